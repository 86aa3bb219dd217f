"""Check-ins at scale: start-up, dispatch rate under Telegram's limits, and memory.

Stores N people (100,000 by default) in a real SQLite file, each with a daily check-in;
D of them (600) are due at the moment the bot starts. Then starts the real Application,
rate limiter on, against the in-project emulator, and measures:

- start-up: from entering the bot's context to its first getUpdates;
- dispatch: check-ins delivered per second while working off the D due ones (Telegram
  allows about 30 messages/s overall);
- (the emulator does not enforce Telegram's flood limits itself, so the bot's pacing
  shows in the rate: at or under 30/s means no 429 from Telegram);
- memory: the process's resident set once the due ones are out (it holds the bot, the
  emulator and the benchmark; no per-person objects are kept).

Run: .venv/bin/python -m bench.dispatch [--users 100000 --due 600]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from bot.app import running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.features.pings.scheduler import DAILY_PING
from bot.features.profiles import Profiles
from bot.settings import load_settings
from bot.store.sqlite import SqliteRepository

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Tokyo", "UTC")


def resident_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


async def seed(path: Path, users: int, due: int) -> None:
    clock = FakeClock(NOW - timedelta(days=1))
    repo = await SqliteRepository.open(path, clock=clock)
    profiles = Profiles(repo, clock, "UTC")
    rng = random.Random(7)
    for user in range(1, users + 1):
        profile = await profiles.get_or_create(user, user)
        zone = rng.choice(ZONES)
        await repo.save_user(
            replace(profile, onboarded=True, timezone=zone, ping_time=clock_time(9, 0))
        )
        at = NOW if user <= due else NOW + timedelta(seconds=rng.randrange(1, 24 * 3600))
        await repo.set_timer(user, DAILY_PING, at, {}, f"{DAILY_PING}:{user}:seed")
    await repo.close()


async def main(users: int, due: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "dispatch.db"
        began = time.perf_counter()
        await seed(database, users, due)
        print(f"seeded {users:,} people in {time.perf_counter() - began:.0f} s")
        settings = load_settings(
            database_url=f"sqlite:///{database}",
            data_dir=Path(folder),
            timer_sweep_seconds=0.2,
            _env_file=None,
        )
        async with BotApiEmulator() as emulator:
            for user in range(1, due + 1):
                emulator.register_chat(user)
            started = time.perf_counter()
            async with running_bot(
                settings, FakeClock(NOW), token="1:DISPATCH", base_url=emulator.base_url
            ):
                while emulator.requests["getUpdates"] == 0:  # noqa: ASYNC110 - polling is the measurement
                    await asyncio.sleep(0.001)
                startup = time.perf_counter() - started
                first = None
                while (sent := emulator.requests["sendMessage"]) < due:
                    if first is None and sent:
                        first = time.perf_counter()
                    await asyncio.sleep(0.01)
                assert first is not None
                rate = (due - 1) / (time.perf_counter() - first)
                rss = resident_mb()
    print(f"start-up to first poll: {startup:.2f} s (target < 2 s)")
    print(f"dispatch: {rate:.1f} check-ins/s (target >= 29/s, Telegram allows ~30/s)")
    print(f"resident memory with {users:,} people stored: {rss:.0f} MB (target < 150 MB)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=600)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.due))
