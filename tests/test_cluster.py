"""Three `python -m bot` processes on one PostgreSQL are one bot, and any of them may die.

Real processes, started exactly as an operator would (the same command, the same
settings), against the in-project Bot API emulator over real HTTP and a fresh schema on
the real PostgreSQL server. The members run on the real clock, as in production: what
the test waits for is an event with a deadline (her next reply, the database naming a new
poller), never a pause to let something happen.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from aiohttp import web

from bot.clock import SystemClock
from bot.crypto import new_key
from bot.emulator import BotApiEmulator
from bot.features.pings.scheduler import DAILY_PING
from bot.features.profiles import Profiles
from bot.store.postgres import PostgresRepository
from tests.conftest import TOKEN, USER, Chat

# What the issue asks: her conversation continues within 10 s after its member dies.
FAILOVER_SECONDS = 10.0
# A member starting: the interpreter, PTB, the migrations (applied once, under a lock).
START_SECONDS = 30.0
# People whose check-in falls due at once: ten seconds of Telegram's bulk pace.
PEOPLE = 300

# The member holding the polling role, named by the application_name its connections carry.
_POLLER_SQL = """
SELECT activity.application_name
FROM pg_locks AS lock JOIN pg_stat_activity AS activity USING (pid)
WHERE lock.locktype = 'advisory' AND lock.granted
  AND lock.classid::bigint = 1381190724
  AND lock.objid::bigint = (hashtext(current_schema() || 'polling')::bigint + 4294967296)
                           % 4294967296
"""


@dataclass
class Cluster:
    """The members of one bot, each a real process, and a view of their database."""

    emulator: BotApiEmulator
    database_url: str
    folder: Path
    keys: str
    members: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)

    def start(self, name: str, **settings: str) -> None:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("TELEGRAM_", "DATABASE_", "LISTEN_", "ENCRYPTION_"))
        }
        env |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": self.emulator.base_url,
            # Its connections carry its name, so the test can tell which member polls.
            "DATABASE_URL": f"{self.database_url}&application_name={name}",
            "ENCRYPTION_KEYS": self.keys,
            "DATA_DIR": str(self.folder / name),
            "LEADER_RETRY_SECONDS": "0.5",
            "INBOX_POLL_SECONDS": "0.1",
            "LOG_LEVEL": "INFO",
            # /metrics of its own, to read what it counts.
            "LISTEN_ADDRESS": f"127.0.0.1:{self.ports.setdefault(name, _free_port())}",
            **settings,
        }
        # From a folder of its own: no developer's .env is read. The child keeps its own
        # copy of the log's descriptor.
        with (self.folder / f"{name}.log").open("ab") as log:
            self.members[name] = subprocess.Popen(
                [sys.executable, "-m", "bot"], cwd=self.folder, env=env, stdout=log, stderr=log
            )

    def kill(self, name: str) -> None:
        """kill -9: no goodbye, no unlock, no cleanup."""
        process = self.members.pop(name)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.members.values():
            process.send_signal(signal.SIGTERM)
        for name, process in list(self.members.items()):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                pytest.fail(f"{name} did not stop on SIGTERM within 15 s")
        self.members.clear()

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}"
            for path in sorted(self.folder.glob("*.log"))
        )

    async def poller(self, *, other_than: str | None = None, seconds: float) -> str:
        """The member polling Telegram, once one (not `other_than`) does."""
        connection = await asyncpg.connect(self.database_url)
        try:
            async with asyncio.timeout(seconds):
                while True:
                    names = [row[0] for row in await connection.fetch(_POLLER_SQL)]
                    assert len(names) <= 1, f"two members poll at once: {names}"
                    if names and names[0] != other_than and names[0] in self.members:
                        return str(names[0])
                    # Asking the database again, not waiting for something to happen.
                    await asyncio.sleep(0.05)
        finally:
            await connection.close()

    async def metric(self, name: str, metric: str) -> float | None:
        """One value from a member's /metrics; None while it is not serving yet."""
        url = f"http://127.0.0.1:{self.ports[name]}/metrics"
        try:
            async with aiohttp.ClientSession() as session, session.get(url) as response:
                text = await response.text()
        except aiohttp.ClientConnectionError:
            return None
        for line in text.splitlines():
            if line.startswith(f"{metric} "):
                return float(line.split()[1])
        return None

    async def metric_reaches(self, name: str, metric: str, value: float, *, seconds: float) -> None:
        seen: float | None = None
        try:
            async with asyncio.timeout(seconds):
                while True:
                    seen = await self.metric(name, metric)
                    if seen == value:
                        return
                    # Asking the member again, not waiting for something to happen.
                    await asyncio.sleep(0.1)
        except TimeoutError:
            pytest.fail(f"{name}'s {metric} stayed {seen}, never {value}, within {seconds} s")

    async def steps_done(self, *, seconds: float = FAILOVER_SECONDS) -> None:
        """Until every update stored is handled and its replies are out: between two of
        her steps, not in the middle of one (replies are at-least-once: a member killed
        after Telegram took a reply but before it noted so would have it sent again)."""
        connection = await asyncpg.connect(self.database_url)
        try:
            async with asyncio.timeout(seconds):
                while True:
                    under_way = await connection.fetchval(
                        "SELECT count(*) FROM inbox WHERE handled_at IS NULL OR replies IS NOT NULL"
                    )
                    if not under_way:
                        return
                    # Asking the database again, not waiting for something to happen.
                    await asyncio.sleep(0.02)
        finally:
            await connection.close()

    async def check_ins_due(self, people: range) -> None:
        """Each of `people` onboarded, her daily check-in due a minute ago."""
        store = await PostgresRepository.open(self.database_url)
        due = datetime.now(UTC) - timedelta(minutes=1)
        try:
            profiles = Profiles(store, SystemClock(), "UTC")
            for person in people:
                profile = await profiles.get_or_create(person, person)
                await store.save_user(replace(profile, onboarded=True, ping_time=time(9)))
                await store.set_timer(person, DAILY_PING, due, {}, f"{DAILY_PING}:{person}:test")
        finally:
            await store.close()

    async def inbox(self) -> list[tuple[int, bool]]:
        connection = await asyncpg.connect(self.database_url)
        try:
            rows = await connection.fetch(
                "SELECT update_id, handled_at IS NOT NULL FROM inbox ORDER BY update_id"
            )
        finally:
            await connection.close()
        return [(row[0], row[1]) for row in rows]


class Ingress:
    """The load balancer in front of the members in webhook mode (Caddy in compose.yaml):
    each POST to the next member, round robin; a member that refuses the connection
    (dead) makes it answer 502, and Telegram (the emulator) delivers the update again."""

    def __init__(self, cluster: Cluster) -> None:
        self._cluster = cluster
        self._turn = 0
        self.served: dict[str, int] = {}
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.url = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"
        self._session = aiohttp.ClientSession()

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        names = sorted(self._cluster.ports)
        name = names[self._turn % len(names)]
        self._turn += 1
        target = f"http://127.0.0.1:{self._cluster.ports[name]}{request.path}"
        try:
            async with self._session.post(
                target, data=await request.read(), headers=request.headers
            ) as answer:
                body = await answer.read()
                if answer.status < 300:
                    self.served[name] = self.served.get(name, 0) + 1
                return web.Response(status=answer.status, body=body)
        except aiohttp.ClientConnectionError:
            return web.Response(status=502)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def cluster(
    emulator: BotApiEmulator, postgres_url: str, tmp_path: Path
) -> AsyncIterator[Cluster]:
    cluster = Cluster(emulator, postgres_url, tmp_path, new_key())
    try:
        yield cluster
    finally:
        cluster.stop_all()


@contextmanager
def logs_on_failure(cluster: Cluster) -> Iterator[None]:
    try:
        yield
    except BaseException:
        print(cluster.logs())
        raise


async def test_her_flow_continues_on_another_member_when_hers_is_killed(
    cluster: Cluster, emulator: BotApiEmulator
) -> None:
    for name in ("member-1", "member-2", "member-3"):
        cluster.start(name)
    chat = Chat(emulator)
    with logs_on_failure(cluster):
        first = await cluster.poller(seconds=START_SECONDS)
        await chat.say("/start", expect="How did it end")
        await chat.tap("He cheated", expect="last in touch")
        await chat.tap("3 days ago", expect="Where are you")
        await chat.tap("Berlin", expect="check in each day")
        await chat.tap("21:00", expect="You're set")
        await chat.say("I want to text him", expect="What do you want to do")
        await chat.tap("Text or call him", expect="What set it off")
        await cluster.steps_done()

        # The member polling Telegram dies mid-flow; another takes over and she goes on
        # at the step she was at.
        cluster.kill(first)
        await emulator.press_when_shown(USER, "I feel lonely")
        await emulator.wait_for(USER, "How strong", timeout=FAILOVER_SECONDS)
        second = await cluster.poller(other_than=first, seconds=FAILOVER_SECONDS)
        await cluster.steps_done()

        # And that one too: the last member carries on alone.
        cluster.kill(second)
        await emulator.press_when_shown(USER, "7")
        await emulator.wait_for(USER, "I'll check in at", timeout=FAILOVER_SECONDS)
        await chat.tap("Write it here instead", expect="write it to me")
        await chat.say("I miss you. Can we talk tonight?", expect="was not sent")

        # Each step was answered once: no update handled twice by two members.
        texts = [message.text for message in emulator.messages(USER)]
        assert len(texts) == len(set(texts)), texts
        for prompt in ("How did it end", "What set it off", "How strong", "was not sent"):
            assert sum(prompt in text for text in texts) == 1, (prompt, texts)
        # Nothing lost: every update she sent is in the inbox once, and handled.
        inbox = await cluster.inbox()
        assert len(inbox) == len({update_id for update_id, _ in inbox}) == 11
        assert all(handled for _, handled in inbox)
        # Two pollers met only when a dead one's poll was still open at the emulator.
        assert emulator.poll_conflicts <= 2


# Onboarding and a first urge: what she does, and the words of the bot's answer to it.
JOURNEY: list[tuple[str, str, str]] = [
    ("say", "/start", "How did it end"),
    ("tap", "He cheated", "last in touch"),
    ("tap", "3 days ago", "Where are you"),
    ("tap", "Berlin", "check in each day"),
    ("tap", "21:00", "You're set"),
    ("say", "I want to text him", "What do you want to do"),
    ("tap", "Text or call him", "What set it off"),
    ("tap", "I feel lonely", "How strong"),
    ("tap", "7", "I'll check in at"),
    ("tap", "Write it here instead", "write it to me"),
    ("say", "I miss you. Can we talk tonight?", "was not sent"),
]


async def test_journeys_side_by_side_survive_a_member_killed_every_few_steps(
    cluster: Cluster, emulator: BotApiEmulator
) -> None:
    """Five people walk at once while, every eleven of their steps, a member is killed
    -9 wherever it is (mid-step, mid-reply, polling) and a fresh one joins. Each of them
    finishes, in order; every update is handled once, her urge and her draft stored once."""
    people = [USER + n for n in range(5)]
    names = iter(f"member-{n}" for n in range(1, 100))
    for _ in range(3):
        cluster.start(next(names))
    steps = [0]
    rng = random.Random(9)
    patience = 2 * FAILOVER_SECONDS  # a kill mid-step: the lease lapses, a poller takes over

    async def walk(person: int) -> None:
        for action, what, answer in JOURNEY:
            if action == "say":
                emulator.send_text(person, what)
            else:
                await emulator.press_when_shown(person, what, timeout=patience)
            await emulator.wait_for(person, answer, timeout=patience)
            steps[0] += 1
            # Every eleventh step of theirs, counted as it ends: the others are mid-way.
            if steps[0] % len(JOURNEY) == 0:
                cluster.kill(rng.choice(sorted(cluster.members)))
                cluster.start(next(names))

    with logs_on_failure(cluster):
        await cluster.poller(seconds=START_SECONDS)
        await asyncio.gather(*(walk(person) for person in people))
        await cluster.steps_done(seconds=2 * FAILOVER_SECONDS)

        for person in people:
            texts = [message.text for message in emulator.messages(person)]
            # In the order she went, each answer at most twice (a reply is sent again
            # only when its member died between Telegram taking it and noting so).
            at = 0
            for *_, answer in JOURNEY:
                at = next(i for i, text in enumerate(texts) if i >= at and answer in text) + 1
            for *_, answer in JOURNEY:
                assert sum(answer in text for text in texts) <= 2, (person, answer, texts)
        inbox = await cluster.inbox()
        assert len(inbox) == len({update_id for update_id, _ in inbox}) == 5 * len(JOURNEY)
        assert all(handled for _, handled in inbox)
        store = await PostgresRepository.open(cluster.database_url)
        try:
            for person in people:
                assert [urge.intensity for urge in await store.list_urges(person)] == [7]
                assert len(await store.list_drafts(person)) == 1
        finally:
            await store.close()


async def test_the_members_share_telegram_s_bulk_pace_and_take_up_a_dead_one_s_share(
    cluster: Cluster,
) -> None:
    for name in ("member-1", "member-2", "member-3"):
        cluster.start(name)
    with logs_on_failure(cluster):
        # Telegram's ~30 unprompted messages a second are the bot's: 10 each.
        for name in ("member-1", "member-2", "member-3"):
            await cluster.metric_reaches(
                name, "radio_silence_members_alive", 3, seconds=START_SECONDS
            )
            await cluster.metric_reaches(
                name, "radio_silence_bulk_pace_per_second", 10, seconds=FAILOVER_SECONDS
            )

        cluster.kill("member-3")
        for name in ("member-1", "member-2"):
            await cluster.metric_reaches(
                name, "radio_silence_bulk_pace_per_second", 15, seconds=FAILOVER_SECONDS
            )


async def test_a_day_s_check_ins_come_once_each_through_kills_within_telegram_s_limits(
    cluster: Cluster, emulator: BotApiEmulator
) -> None:
    """Everyone's check-in falls due at once while members die and new ones join; the
    emulator refuses what Telegram's flood control would. Each arrives; only a member
    killed as it sent may cause one again (at least once, never more)."""
    people = range(1, PEOPLE + 1)
    for person in people:
        emulator.register_chat(person)
    emulator.enforce_flood_limits()
    for name in ("member-1", "member-2", "member-3"):
        cluster.start(name, TIMER_SWEEP_SECONDS="0.5")
    with logs_on_failure(cluster):
        for name in ("member-1", "member-2", "member-3"):
            await cluster.metric_reaches(
                name, "radio_silence_bulk_pace_per_second", 10, seconds=START_SECONDS
            )
        await cluster.check_ins_due(people)

        def arrived() -> int:
            return sum(bool(emulator.messages(person)) for person in people)

        # Killed mid-delivery, each with a batch of check-ins claimed; one joins.
        await emulator.until_sent(lambda: arrived() >= PEOPLE // 4, START_SECONDS)
        cluster.kill("member-1")
        cluster.start("member-4", TIMER_SWEEP_SECONDS="0.5")
        await emulator.until_sent(lambda: arrived() >= PEOPLE // 2, START_SECONDS)
        cluster.kill("member-2")
        # What they held goes to the others one lease later, at the shared pace.
        await emulator.until_sent(lambda: arrived() == PEOPLE, PEOPLE / 10 + 2 * START_SECONDS)

        counts = [len(emulator.messages(person)) for person in people]
        assert max(counts) <= 2, "at most one resend, after a crash"
        # Only what a killed member had in flight (30 sends at a time) can come twice.
        assert sum(count == 2 for count in counts) <= 2 * 30
        # Shared, the pace stays within Telegram's 30/s: a few refusals while a newcomer
        # and the others count the members differently, not one a message (90/s).
        assert sum(emulator.flood_refusals.values()) <= 30, emulator.flood_refusals


async def test_replies_of_a_step_whose_member_died_before_sending_them_still_come_once(
    cluster: Cluster, emulator: BotApiEmulator
) -> None:
    for name in ("member-1", "member-2"):
        cluster.start(name)
    chat = Chat(emulator)
    with logs_on_failure(cluster):
        await cluster.poller(seconds=START_SECONDS)
        await chat.say("/start", expect="How did it end")
        sent_so_far = emulator.requests["sendMessage"]

        # Her answer's step commits; every member dies as its reply is leaving.
        emulator.delay("sendMessage", 2.0, undone_if_caller_dies=True)
        await emulator.press_when_shown(USER, "He cheated")
        await emulator.requests_reached("sendMessage", sent_so_far + 1, timeout=FAILOVER_SECONDS)
        cluster.kill("member-1")
        cluster.kill("member-2")
        emulator.delay("sendMessage", 0)

        # A member started afterwards finds the step done and its replies unsent.
        cluster.start("member-3")
        await emulator.wait_for(USER, "last in touch", timeout=START_SECONDS)
        await chat.tap("3 days ago", expect="Day 3")

        texts = [message.text for message in emulator.messages(USER)]
        assert sum("last in touch" in text for text in texts) == 1, texts


async def test_every_member_serves_the_webhook_and_one_may_die_under_her(
    cluster: Cluster, emulator: BotApiEmulator
) -> None:
    ingress = Ingress(cluster)
    await ingress.start()
    emulator.route_webhook("https://bot.example", ingress.url)
    webhook = {
        "TELEGRAM_WEBHOOK_URL": "https://bot.example/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": "a-secret-only-telegram-and-the-members-know",
    }
    try:
        for name in ("member-1", "member-2", "member-3"):
            cluster.start(name, **webhook)
        chat = Chat(emulator)
        with logs_on_failure(cluster):
            for name in ("member-1", "member-2", "member-3"):
                await cluster.metric_reaches(
                    name, "radio_silence_members_alive", 3, seconds=START_SECONDS
                )
            await chat.say("/start", expect="How did it end")
            await chat.tap("He cheated", expect="last in touch")
            await chat.tap("3 days ago", expect="Where are you")
            await cluster.steps_done()

            cluster.kill("member-2")
            await emulator.press_when_shown(USER, "Berlin")
            zone = await emulator.wait_for(USER, "check in each day", timeout=FAILOVER_SECONDS)
            assert "Your time zone is" in zone.text
            await chat.tap("21:00", expect="21:00 your time")

            texts = [message.text for message in emulator.messages(USER)]
            assert len(texts) == len(set(texts)), texts
            # Round robin: every member took POSTs, not one receiving for all.
            assert set(ingress.served) == {"member-1", "member-2", "member-3"}
            inbox = await cluster.inbox()
            assert len(inbox) == 5 and all(handled for _, handled in inbox)
            # Never polled: in webhook mode no member calls getUpdates.
            assert emulator.requests["getUpdates"] == 0
    finally:
        await ingress.stop()
