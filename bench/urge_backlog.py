"""Replies while check-ins pour out: the /urge journey with 10,000 check-ins due at once.

The real Application (rate limiter on) against the in-project emulator over real HTTP, a
real SQLite file. U people (20 by default) each walk the 8-step /urge script of
bench/urge_throughput.py R times in a row (5 by default: 800 steps in all, so the p99 is
the 8th slowest rather than the second), waiting for each reply before the next step, in
three runs:

- no backlog: nothing else is due;
- backlog, two lanes: D check-ins (10,000) are due when the bot starts, the sweep works
  them off through the bulk lane while the urge replies take the reply lane;
- backlog, one queue (before): the same with PTB's AIORateLimiter, which paced every
  request at 30/s in one queue, replies and check-ins alike.

Reported: the urge steps' round trip (from her update being offered to the bot's reply
arriving, what she feels) p50 and p99, and the check-ins' pace while she walked (check-ins
delivered during the walk / its wall time). The walk starts once 60 check-ins are out, past
the first second's burst, so the backlog flows at its steady pace the whole time.

Run: .venv/bin/python -m bench.urge_backlog [--users 20 --due 10000 --rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import tempfile
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest import mock

from telegram.ext import AIORateLimiter

from bench.dispatch import NOW, seed
from bench.urge_throughput import URGE_SCRIPT, Measurements, percentile, walk
from bot.app import running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.settings import load_settings

# Clear of the seeded people (1..D), so their chats are told apart.
FIRST_URGE_USER = 1_000_000
# The walk starts once this many check-ins are out: the first burst is behind.
STEADY_AFTER = 60


@dataclass(frozen=True)
class Run:
    name: str
    round_trips: list[float]
    check_ins_per_second: float | None


def _one_queue(**_: Any) -> AIORateLimiter:
    """The limiter build_application used before the lanes (bench/dispatch.py measured it)."""
    return AIORateLimiter(max_retries=3)


def _delivered(emulator: BotApiEmulator, due: int) -> int:
    return sum(1 for chat_id in range(1, due + 1) if emulator.messages(chat_id))


async def measure(
    name: str, database: Path | None, users: int, rounds: int, due: int, folder: Path
) -> Run:
    run_dir = folder / name.replace(" ", "-").replace(",", "")
    run_dir.mkdir()
    db = run_dir / "bench.db"
    if database is not None:
        shutil.copy(database, db)
    settings = load_settings(
        database_url=f"sqlite:///{db}",
        data_dir=run_dir,
        timer_sweep_seconds=0.2,
        _env_file=None,
    )
    before: AbstractContextManager[Any] = (
        mock.patch("bot.app.LaneRateLimiter", _one_queue) if "before" in name else nullcontext()
    )
    clock = FakeClock(NOW)
    measurements = Measurements()
    async with BotApiEmulator() as emulator:
        for chat_id in range(1, due + 1):
            emulator.register_chat(chat_id)
        with before:
            async with running_bot(settings, clock, token="1:BACKLOG", base_url=emulator.base_url):
                # Past the first burst (a second's worth at once), into the steady pace.
                while due and _delivered(emulator, due) < STEADY_AFTER:  # noqa: ASYNC110
                    await asyncio.sleep(0.05)
                delivered = _delivered(emulator, due)
                began = time.perf_counter()
                await asyncio.gather(
                    *(
                        walk(emulator, FIRST_URGE_USER + n, URGE_SCRIPT * rounds, measurements)
                        for n in range(users)
                    )
                )
                seconds = time.perf_counter() - began
                pace = (_delivered(emulator, due) - delivered) / seconds if due else None
                # Nothing more is due from here: the sweep ends with the batch in hand, so
                # stopping does not wait for the rest of the backlog.
                clock.set(NOW - timedelta(days=1))
    return Run(name, measurements.round_trips, pace)


def row(run: Run) -> str:
    pace = "—" if run.check_ins_per_second is None else f"{run.check_ins_per_second:.1f}/s"
    return (
        f"| {run.name:<30} | {percentile(run.round_trips, 0.5):>7.0f} ms "
        f"| {percentile(run.round_trips, 0.99):>7.0f} ms | {pace:>9} |"
    )


async def main(users: int, rounds: int, due: int) -> None:
    # Stopping mid-backlog makes the sweep log the check-ins it could not finish.
    logging.basicConfig(level=logging.ERROR)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        template = folder / "template.db"
        began = time.perf_counter()
        await seed(template, due, due)
        print(f"seeded {due:,} people, all due, in {time.perf_counter() - began:.0f} s")
        runs = [
            await measure("no backlog", None, users, rounds, 0, folder),
            await measure(f"{due:,} due, two lanes", template, users, rounds, due, folder),
            await measure(f"{due:,} due, one queue (before)", template, users, rounds, due, folder),
        ]
    steps = len(URGE_SCRIPT) * rounds
    print(f"\n{users} people walking /urge {rounds} times ({steps} steps each)\n")
    print("| run                            | step p50   | step p99   | check-ins |")
    print("|--------------------------------|------------|------------|-----------|")
    for run in runs:
        print(row(run))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.rounds, arguments.due))
