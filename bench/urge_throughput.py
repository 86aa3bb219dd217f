"""Throughput and latency: a bare PTB echo bot vs Radio Silence's full /urge flow.

All run on the same in-process Bot API emulator, over real HTTP, with the same simulated
people (the echo bot twice: as PTB ships it, on httpx, the yardstick the target is set
against; and on Radio Silence's aiohttp transport, to show what the bot's own handling
costs beyond the HTTP client both then use): each of N users walks an 8-step script,
waiting for the bot's reply before the next step (as a person would). Radio Silence runs
in its shipped configuration (the two sending lanes on, the SQLite store, 32 chats at
once). Reported per bot:

- updates/s: all updates handled / wall time of the run;
- handling latency: from PTB picking an update up to its last handler finishing
  (measured inside the Application, so it excludes the HTTP round trips);
- round trip: from the update being offered to the bot until its reply reaches the
  emulator (what she would feel, including getUpdates long-polling and sendMessage);
- for /urge, what each step cost the database: reads and write transactions per update,
  from the bot's own metrics (bot/store/unit.py counts them per unit of work).

Run: .venv/bin/python -m bench.urge_throughput [--users 50]
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


def row(name: str, m: Measurements) -> str:
    return (
        f"| {name:<22} | {m.updates / m.seconds:>9.0f} | {percentile(m.handling, 0.5):>8.1f} "
        f"| {percentile(m.handling, 0.99):>8.1f} | {percentile(m.round_trips, 0.5):>8.1f} "
        f"| {percentile(m.round_trips, 0.99):>8.1f} |"
    )


async def main(users: int) -> None:
    echo = await measure(
        lambda base_url: _ready(build_echo_application(base_url)), ECHO_SCRIPT, users
    )
    echo_aiohttp = await measure(
        lambda base_url: _ready(build_echo_application(base_url, aiohttp=True)),
        ECHO_SCRIPT,
        users,
    )
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            database_url=f"sqlite:///{Path(folder) / 'bench.db'}",
            data_dir=Path(folder),
            _env_file=None,
        )
        async with open_deps(settings, SystemClock()) as deps:
            urge = await measure(
                lambda base_url: _ready(
                    build_application(deps, token="123:BENCH", base_url=base_url)
                ),
                URGE_SCRIPT,
                users,
            )
            cost = StepCost.of(deps.metrics)
        sequential_settings = settings.model_copy(update={"max_concurrent_updates": 1})
        async with open_deps(sequential_settings, SystemClock()) as deps:
            sequential = await measure(
                lambda base_url: _ready(
                    build_application(deps, token="123:BENCH", base_url=base_url)
                ),
                URGE_SCRIPT,
                users,
            )
    print(f"{users} users x {STEPS_PER_USER} steps each, concurrently, one emulator\n")
    print("| bot                    | updates/s | p50 (ms) | p99 (ms) | rt p50   | rt p99   |")
    print("|------------------------|-----------|----------|----------|----------|----------|")
    print(row("PTB echo bot", echo))
    print(row("echo bot on aiohttp", echo_aiohttp))
    print(row(f"/urge, {settings.max_concurrent_updates} chats at once", urge))
    print(row("/urge, sequential", sequential))
    for name, run in (("concurrent", urge), ("sequential", sequential)):
        ratio = (run.updates / run.seconds) / (echo.updates / echo.seconds)
        same_transport = (run.updates / run.seconds) / (echo_aiohttp.updates / echo_aiohttp.seconds)
        print(
            f"\n/urge ({name}): {ratio:.2f}x the PTB echo bot's throughput (target >= 0.5x), "
            f"{same_transport:.2f}x the echo bot on the same transport; "
            f"handling p99 {percentile(run.handling, 0.99):.1f} ms"
        )
    print(
        f"\nper /urge step ({cost.steps:.0f} steps): {cost.reads_mean:.2f} reads and "
        f"{cost.writes_mean:.2f} write transactions on average; "
        f"{cost.reads_within_2:.0%} within 2 reads, {cost.writes_within_1:.0%} within one "
        "write transaction (target: all)"
    )
    print(
        f"(handling = inside the Application; rt = round trip as the user feels it; "
        f"mean rt {statistics.fmean(urge.round_trips) * 1000:.1f} ms)"
    )


async def _ready(
    application: Application[Any, Any, Any, Any, Any, Any],
) -> Application[Any, Any, Any, Any, Any, Any]:
    return application


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    asyncio.run(main(parser.parse_args().users))
