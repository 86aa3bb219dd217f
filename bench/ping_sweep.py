"""What a timer sweep costs as the number of people grows (10k vs 100k by default).

Each person has one pending daily check-in, spread over the day in many zones, stored in
a real SQLite file through the repository. Measured: the time to find one batch of due
check-ins (the sweep's query) at a moment when a few dozen are due, and the process's
resident memory afterwards. The sweep reads only due rows through the `timers_due`
index, so its cost should not grow with the number of people stored.

Run: .venv/bin/python -m bench.ping_sweep [--users 10000 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.clock import FakeClock
from bot.store.sqlite import SqliteRepository

DAY_START = datetime(2026, 6, 1, tzinfo=UTC)
BATCH = 200


async def measure(users: int, folder: Path) -> tuple[float, int, float]:
    clock = FakeClock(DAY_START)
    repo = await SqliteRepository.open(folder / f"sweep-{users}.db", clock=clock)
    rng = random.Random(users)
    began = time.perf_counter()
    for user in range(users):
        due = DAY_START + timedelta(seconds=rng.randrange(24 * 3600))
        await repo.set_timer(user, "daily_ping", due, {}, f"daily_ping:{user}:2026-06-01")
    seeding = time.perf_counter() - began
    # One minute into the day: that minute's check-ins are due, the rest are not.
    moment = DAY_START + timedelta(minutes=1)
    due_now = await repo.count_due_timers(moment)
    samples = []
    for _ in range(50):
        start = time.perf_counter()
        await repo.due_timers(moment, BATCH)
        samples.append(time.perf_counter() - start)
    await repo.close()
    return statistics.median(samples) * 1000, due_now, seeding


async def main(sizes: list[int]) -> None:
    print(
        "| people stored | due now | find due (median ms) | per due check-in (ms) | seeding (s) |"
    )
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for users in sizes:
            median_ms, due_now, seeding = await measure(users, Path(folder))
            per_due = median_ms / max(due_now, 1)
            print(f"| {users:,} | {due_now} | {median_ms:.2f} | {per_due:.3f} | {seeding:.0f} |")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of this process: {rss_mb:.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[10_000, 100_000])
    asyncio.run(main(parser.parse_args().users))
