"""Many members, one bot: real `python -m bot` processes on PostgreSQL (and SQLite, once).

Each run starts the members as an operator would (the same command and settings, one
process each) against the in-project emulator in this process, over real HTTP:

- no backlog: 20 people walk the 8-step /urge journey (bench/urge_throughput.py) at once;
  measured: steps/s, the round trip of a step (what she feels) and the members' CPU time
  per update (user + system, from /proc), for SQLite with one process and for PostgreSQL
  with 1, 2 and 3 members;
- backlog: D people (100,000) have their daily check-in due in the same minute. Measured
  over a window (30 s) once the first burst is out: the bulk pace seen by Telegram for the
  bot as a whole, its fastest second, the time to deliver all D projected from the pace,
  and the /urge round trip of the same 20 people walking meanwhile.

The emulator does not enforce Telegram's flood limits, so the pacing shows in the rate:
at or under 30/s overall means no 429 from Telegram.

Needs the PostgreSQL server of TEST_DATABASE_URL (default
postgresql://postgres@127.0.0.1:5432/test); works in a schema of its own, dropped after.

Run: .venv/bin/python -m bench.members [--members 1 2 3 --due 100000 --window 30]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import asyncpg
from cryptography.fernet import Fernet

from bench.dispatch import ZONES
from bench.urge_throughput import URGE_SCRIPT, Measurements, percentile, walk
from bot.clock import SystemClock
from bot.emulator import BotApiEmulator
from bot.features.pings.scheduler import DAILY_PING
from bot.features.profiles import Profiles
from bot.store.postgres import PostgresRepository

SERVER = os.environ.get("TEST_DATABASE_URL", "").strip() or (
    "postgresql://postgres@127.0.0.1:5432/test"
)
TOKEN = "1:MEMBERS"
WALKERS = 20
# Past the first second's burst before the window opens.
STEADY_AFTER = 60
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    store: str
    members: int
    due: int
    steps_per_second: float
    round_trips: list[float]
    cpu_ms_per_update: float | None
    bulk_per_second: float | None = None
    fastest_second: int | None = None

    def row(self) -> str:
        cpu = "—" if self.cpu_ms_per_update is None else f"{self.cpu_ms_per_update:.1f}"
        pace = "—" if self.bulk_per_second is None else f"{self.bulk_per_second:.1f}/s"
        fastest = "—" if self.fastest_second is None else str(self.fastest_second)
        projected = (
            "—" if not self.bulk_per_second else f"{self.due / self.bulk_per_second / 60:.0f} min"
        )
        backlog = f"{self.due:,} due" if self.due else "none"
        return (
            f"| {self.store} | {self.members} | {backlog} | {self.steps_per_second:.0f} "
            f"| {percentile(self.round_trips, 0.5):.0f} ms "
            f"| {percentile(self.round_trips, 0.99):.0f} ms | {cpu} | {pace} "
            f"| {fastest} | {projected} |"
        )


def with_query(url: str, **query: str) -> str:
    joiner = "&" if "?" in url else "?"
    return url + joiner + "&".join(f"{key}={value}" for key, value in query.items())


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / _TICKS


class Members:
    def __init__(self, emulator: BotApiEmulator, database_url: str, folder: Path) -> None:
        self._emulator = emulator
        self._database_url = database_url
        self._folder = folder
        self._keys = Fernet.generate_key().decode()
        self.processes: list[subprocess.Popen[bytes]] = []

    @contextmanager
    def running(self, count: int) -> Iterator[list[int]]:
        postgres = self._database_url.startswith("postgres")
        for number in range(count):
            url = (
                with_query(self._database_url, application_name=f"member-{number}")
                if postgres
                else self._database_url
            )
            env = {
                key: value
                for key, value in os.environ.items()
                if not key.startswith(("TELEGRAM_", "DATABASE_", "LISTEN_", "ENCRYPTION_"))
            } | {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": self._emulator.base_url,
                "DATABASE_URL": url,
                "ENCRYPTION_KEYS": self._keys,
                "DATA_DIR": str(self._folder),
                "TIMER_SWEEP_SECONDS": "1",
                "LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "ERROR"),
            }
            with (self._folder / f"member-{number}.log").open("ab") as log:
                self.processes.append(
                    subprocess.Popen(
                        [sys.executable, "-m", "bot"],
                        cwd=self._folder,
                        env=env,
                        stdout=log,
                        stderr=log,
                    )
                )
        try:
            yield [process.pid for process in self.processes]
        finally:
            for process in self.processes:
                process.terminate()
            for process in self.processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            self.processes.clear()


async def seed(url: str, due: int, at: datetime) -> None:
    """D onboarded people, each with her daily check-in due at `at`; kept as a template."""
    repo = await PostgresRepository.open(url)
    profiles = Profiles(repo, SystemClock(), "UTC")
    rng = random.Random(7)
    gate = asyncio.Semaphore(8)

    async def one(user: int) -> None:
        async with gate:
            profile = await profiles.get_or_create(user, user)
            await repo.save_user(
                replace(
                    profile, onboarded=True, timezone=rng.choice(ZONES), ping_time=clock_time(9)
                )
            )
            await repo.set_timer(user, DAILY_PING, at, {}, f"{DAILY_PING}:{user}:seed")

    await asyncio.gather(*(one(user) for user in range(1, due + 1)))
    await repo.close()
    connection = await asyncpg.connect(url)
    await connection.execute("CREATE TABLE timers_seed AS SELECT * FROM timers")
    await connection.close()


async def reset(url: str, *, backlog: bool) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(
            "TRUNCATE timers, inbox, members, conversations, urges, drafts, user_data"
        )
        if backlog:
            await connection.execute(
                "INSERT INTO timers OVERRIDING SYSTEM VALUE SELECT * FROM timers_seed"
            )
    finally:
        await connection.close()


def bulk_sent(emulator: BotApiEmulator, walkers: range) -> int:
    return emulator.requests["sendMessage"] - sum(len(emulator.messages(u)) for u in walkers)


async def measure(
    emulator: BotApiEmulator,
    members: Members,
    *,
    store: str,
    count: int,
    due: int,
    window: float,
    first_walker: int,
) -> Run:
    walkers = range(first_walker, first_walker + WALKERS)
    emulator_before = emulator.requests["sendMessage"]
    polls_before = emulator.requests["getUpdates"]
    with members.running(count) as pids:
        # Up once one member polls; then past the first burst of the backlog.
        await emulator.requests_reached("getUpdates", polls_before + 1, timeout=60)
        pace: float | None = None
        fastest: int | None = None
        if due:
            while emulator.requests["sendMessage"] - emulator_before < STEADY_AFTER:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        measurements = Measurements()
        window_start = bulk_sent(emulator, walkers)
        cpu_start = cpu_seconds(pids)
        began = time.perf_counter()
        walking = asyncio.gather(
            *(walk(emulator, user, URGE_SCRIPT, measurements) for user in walkers)
        )
        walked: list[float] = []
        # Steps/s over the walk itself: the window of the bulk pace may outlast it.
        walking.add_done_callback(lambda _: walked.append(time.perf_counter() - began))
        samples: list[tuple[float, int]] = []
        if due:
            while time.perf_counter() - began < window:
                samples.append((time.perf_counter(), bulk_sent(emulator, walkers)))
                await asyncio.sleep(0.25)
        await walking
        seconds = time.perf_counter() - began
        cpu = cpu_seconds(pids) - cpu_start
        if due:
            sent = bulk_sent(emulator, walkers) - window_start
            pace = sent / seconds
            fastest = max(
                (
                    later_count - count_then
                    for at, count_then in samples
                    for later_at, later_count in samples
                    if 0.99 <= later_at - at <= 1.01 + 0.25
                ),
                default=0,
            )
    return Run(
        store,
        count,
        due,
        measurements.updates / walked[0],
        measurements.round_trips,
        # With a backlog the CPU also goes to the check-ins: per update only without one.
        None if due else cpu / measurements.updates * 1000,
        pace,
        fastest,
    )


async def main(member_counts: list[int], due: int, window: float) -> None:
    runs: list[Run] = []
    schema = f"rs_bench_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(SERVER)
    await admin.execute(f'CREATE SCHEMA "{schema}"')
    url = with_query(SERVER, search_path=schema)
    next_walker = iter(range(10_000_000, 20_000_000, 1000))
    try:
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            async with BotApiEmulator() as emulator:
                sqlite = Members(emulator, f"sqlite:///{folder / 'bench.db'}", folder)
                runs.append(
                    await measure(
                        emulator,
                        sqlite,
                        store="SQLite",
                        count=1,
                        due=0,
                        window=window,
                        first_walker=next(next_walker),
                    )
                )
                began = time.perf_counter()
                due_at = datetime.now(UTC) - timedelta(minutes=1)
                await seed(url, due, due_at)
                print(f"seeded {due:,} people, all due, in {time.perf_counter() - began:.0f} s")
                for user in range(1, due + 1):
                    emulator.register_chat(user)
                postgres = Members(emulator, url, folder)
                for count in member_counts:
                    for backlog in (False, True):
                        await reset(url, backlog=backlog)
                        runs.append(
                            await measure(
                                emulator,
                                postgres,
                                store="PostgreSQL",
                                count=count,
                                due=due if backlog else 0,
                                window=window,
                                first_walker=next(next_walker),
                            )
                        )
                        print(runs[-1].row(), flush=True)
    finally:
        await admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        await admin.close()
    print(f"\n{WALKERS} people walking /urge ({len(URGE_SCRIPT)} steps each)\n")
    print(
        "| store | members | backlog | urge steps/s | step p50 | step p99 | CPU ms/update "
        "| bulk pace | fastest second | all due delivered in |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for run in runs:
        print(run.row())
    cpus = [run.cpu_ms_per_update for run in runs if run.cpu_ms_per_update is not None]
    if cpus:
        print(f"\nCPU per update, median over runs: {statistics.median(cpus):.1f} ms")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--due", type=int, default=100_000)
    parser.add_argument("--window", type=float, default=30.0)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.members, arguments.due, arguments.window))
