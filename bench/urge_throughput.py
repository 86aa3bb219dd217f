"""Throughput and latency: a bare PTB echo bot vs Radio Silence's full /urge flow.

All run on the same in-process Bot API emulator, over real HTTP, with the same simulated
people (the echo bot twice: as PTB ships it, on httpx, the yardstick the target is set
against; and on Radio Silence's aiohttp transport, to show what the bot's own handling
costs beyond the HTTP client both then use): each of N users walks an 8-step script,
waiting for the bot's reply before the next step (as a person would). Radio Silence runs
in its shipped configuration (the two sending lanes on, the SQLite store, 32 chats at
once). Each run lasts a second or two, and this machine's pace drifts by more than the
difference being measured between one minute and the next, so the four bots run back to
back in each of R rounds (5 by default) and a ratio is taken within each round; the median
round is reported, with the range. Reported per bot:

- updates/s: all updates handled / wall time of the run (the median round's);
- handling latency: from PTB picking an update up to its last handler finishing
  (measured inside the Application, so it excludes the HTTP round trips);
- round trip: from the update being offered to the bot until its reply reaches the
  emulator (what she would feel, including getUpdates long-polling and sendMessage);
- for /urge, what each step cost the database: reads and write transactions per update,
  from the bot's own metrics (bot/store/unit.py counts them per unit of work).

Run: .venv/bin/python -m bench.urge_throughput [--users 50 --rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bench.echo_bot import build_echo_application
from bot.app import build_application, open_deps
from bot.clock import SystemClock
from bot.emulator import BotApiEmulator, SentMessage
from bot.observability.metrics import Metrics
from bot.settings import load_settings

STEPS_PER_USER = 8
FIRST_USER = 10_000


@dataclass
class Measurements:
    handling: list[float] = field(default_factory=list)
    round_trips: list[float] = field(default_factory=list)
    started: dict[int, float] = field(default_factory=dict)
    updates: int = 0
    seconds: float = 0.0

    def instrument(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            self.started[update.update_id] = time.perf_counter()

        async def end(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            began = self.started.pop(update.update_id, None)
            if began is not None:
                self.handling.append(time.perf_counter() - began)

        application.add_handler(TypeHandler(Update, begin), group=-1_000)
        application.add_handler(TypeHandler(Update, end), group=1_000)


Step = Callable[[BotApiEmulator, int], object]

ECHO_SCRIPT: list[Step] = [
    (lambda emu, user, n=n: emu.send_text(user, f"message {n}")) for n in range(STEPS_PER_USER)
]

URGE_SCRIPT: list[Step] = [
    lambda emu, user: emu.send_text(user, "/urge"),
    lambda emu, user: emu.press(user, "Text or call him"),
    lambda emu, user: emu.press(user, "I feel lonely"),
    lambda emu, user: emu.press(user, "7"),
    lambda emu, user: emu.press(user, "Remind me why"),
    lambda emu, user: emu.send_text(user, "I miss you. Are you awake?"),
    lambda emu, user: emu.press(user, "I'm ready now"),
    lambda emu, user: emu.press(user, "I held on"),
]


async def walk(
    emulator: BotApiEmulator, user: int, script: list[Step], measurements: Measurements
) -> None:
    replies = emulator.subscribe(user)
    try:
        for step in script:
            offered = time.perf_counter()
            step(emulator, user)
            await _next_new_message(replies)
            measurements.round_trips.append(time.perf_counter() - offered)
            measurements.updates += 1
    finally:
        emulator.unsubscribe(user, replies)


async def _next_new_message(replies: asyncio.Queue[SentMessage]) -> SentMessage:
    while True:
        message = await asyncio.wait_for(replies.get(), timeout=30)
        if message.edits == 0 and not message.deleted:
            return message


async def run_load(
    emulator: BotApiEmulator, users: int, script: list[Step], measurements: Measurements
) -> None:
    began = time.perf_counter()
    await asyncio.gather(
        *(walk(emulator, FIRST_USER + n, script, measurements) for n in range(users))
    )
    measurements.seconds = time.perf_counter() - began


@dataclass(frozen=True)
class StepCost:
    """Database work per update, from the bot's histograms of its units of work."""

    steps: float
    reads_mean: float
    writes_mean: float
    reads_within_2: float
    writes_within_1: float

    @classmethod
    def of(cls, metrics: Metrics) -> StepCost:
        sample = metrics.registry.get_sample_value
        work = {"work": "update"}

        def value(name: str, **labels: str) -> float:
            return sample(name, {**work, **labels}) or 0.0

        steps = value("radio_silence_step_reads_count")
        return cls(
            steps=steps,
            reads_mean=value("radio_silence_step_reads_sum") / steps,
            writes_mean=value("radio_silence_step_write_transactions_sum") / steps,
            reads_within_2=value("radio_silence_step_reads_bucket", le="2.0") / steps,
            writes_within_1=value("radio_silence_step_write_transactions_bucket", le="1.0") / steps,
        )


async def measure(
    build: Callable[[str], Awaitable[Application[Any, Any, Any, Any, Any, Any]]],
    script: list[Step],
    users: int,
) -> Measurements:
    measurements = Measurements()
    async with BotApiEmulator() as emulator:
        application = await build(emulator.base_url)
        measurements.instrument(application)
        async with application:
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0, timeout=5)
            try:
                await run_load(emulator, users, script, measurements)
            finally:
                await application.updater.stop()
                await application.stop()
    return measurements


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


def row(name: str, per_second: float, m: Measurements) -> str:
    return (
        f"| {name:<22} | {per_second:>9.0f} | {percentile(m.handling, 0.5):>8.1f} "
        f"| {percentile(m.handling, 0.99):>8.1f} | {percentile(m.round_trips, 0.5):>8.1f} "
        f"| {percentile(m.round_trips, 0.99):>8.1f} |"
    )


# The four bots of one round, in the order they run.
ECHO, ECHO_AIOHTTP, URGE, SEQUENTIAL = (
    "PTB echo bot",
    "echo bot on aiohttp",
    "/urge, 32 chats at once",
    "/urge, sequential",
)


async def one_round(users: int, folder: Path) -> tuple[dict[str, Measurements], StepCost]:
    """Each bot once, back to back, so a ratio compares runs seconds apart."""
    runs = {
        ECHO: await measure(
            lambda base_url: _ready(build_echo_application(base_url)), ECHO_SCRIPT, users
        ),
        ECHO_AIOHTTP: await measure(
            lambda base_url: _ready(build_echo_application(base_url, aiohttp=True)),
            ECHO_SCRIPT,
            users,
        ),
    }
    settings = load_settings(
        database_url=f"sqlite:///{folder / 'bench.db'}", data_dir=folder, _env_file=None
    )
    assert settings.max_concurrent_updates == 32, "the shipped configuration"
    async with open_deps(settings, SystemClock()) as deps:
        runs[URGE] = await measure(
            lambda base_url: _ready(build_application(deps, token="123:BENCH", base_url=base_url)),
            URGE_SCRIPT,
            users,
        )
        cost = StepCost.of(deps.metrics)
    sequential_settings = settings.model_copy(
        update={"max_concurrent_updates": 1, "database_url": f"sqlite:///{folder / 'seq.db'}"}
    )
    async with open_deps(sequential_settings, SystemClock()) as deps:
        runs[SEQUENTIAL] = await measure(
            lambda base_url: _ready(build_application(deps, token="123:BENCH", base_url=base_url)),
            URGE_SCRIPT,
            users,
        )
    return runs, cost


def rate(m: Measurements) -> float:
    return m.updates / m.seconds


def pooled(runs: list[Measurements]) -> Measurements:
    """All rounds of one bot as one sample of latencies."""
    together = Measurements()
    for run in runs:
        together.handling += run.handling
        together.round_trips += run.round_trips
    return together


async def main(users: int, rounds: int) -> None:
    results: list[dict[str, Measurements]] = []
    costs: list[StepCost] = []
    for number in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            runs, cost = await one_round(users, Path(folder))
        results.append(runs)
        costs.append(cost)
        print(f"round {number + 1}: " + ", ".join(f"{n} {rate(m):.0f}/s" for n, m in runs.items()))
    print(f"\n{users} users x {STEPS_PER_USER} steps each, concurrently, one emulator;")
    print(f"{rounds} rounds, each bot once per round; updates/s is the median round's\n")
    print("| bot                    | updates/s | p50 (ms) | p99 (ms) | rt p50   | rt p99   |")
    print("|------------------------|-----------|----------|----------|----------|----------|")
    for name in (ECHO, ECHO_AIOHTTP, URGE, SEQUENTIAL):
        rounds_of = [runs[name] for runs in results]
        print(row(name, statistics.median(map(rate, rounds_of)), pooled(rounds_of)))
    for name in (URGE, SEQUENTIAL):
        # Within a round: the machine's pace drifts between rounds, not within seconds.
        ratios = sorted(rate(runs[name]) / rate(runs[ECHO]) for runs in results)
        same = sorted(rate(runs[name]) / rate(runs[ECHO_AIOHTTP]) for runs in results)
        print(
            f"\n{name}: {statistics.median(ratios):.2f}x the PTB echo bot's throughput, median "
            f"of the rounds ({ratios[0]:.2f}-{ratios[-1]:.2f}; target >= 0.5x); "
            f"{statistics.median(same):.2f}x the echo bot on the same transport "
            f"({same[0]:.2f}-{same[-1]:.2f})"
        )
    steps = sum(cost.steps for cost in costs)
    print(
        f"\nper /urge step ({steps:.0f} steps): "
        f"{sum(c.reads_mean * c.steps for c in costs) / steps:.2f} reads and "
        f"{sum(c.writes_mean * c.steps for c in costs) / steps:.2f} write transactions on "
        f"average; {min(c.reads_within_2 for c in costs):.0%} within 2 reads, "
        f"{min(c.writes_within_1 for c in costs):.0%} within one write transaction "
        "(target: all)"
    )
    print("(handling = inside the Application; rt = round trip as the user feels it)")


async def _ready(
    application: Application[Any, Any, Any, Any, Any, Any],
) -> Application[Any, Any, Any, Any, Any, Any]:
    return application


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.rounds))
