"""The real stack for tests: PTB over real HTTP to the in-project Bot API emulator, a real
SQLite file, real zoneinfo. Only the clock is fake.

Nothing here waits on wall time. No sweep runs by itself: a test moves the clock and runs
the sweep (`await tick(minutes)`). "Nothing happened" is `await chat.nothing_new()`: it
waits until every update handed to the bot is fully handled, then looks, exactly.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest

from bot.app import Bot, running_bot
from bot.clock import FakeClock
from bot.content import Content, default_content_dir
from bot.emulator import BotApiEmulator, SentMessage
from bot.settings import Settings, load_settings
from bot.telegram.delivery import PaceClock
from tests.postgres_server import fresh_schema

TOKEN = "123456789:TEST-token-never-in-logs"
USER = 1001


@pytest.fixture
def clock() -> FakeClock:
    # 20:00 UTC = 21:00 in Berlin on a winter evening.
    return FakeClock(datetime(2026, 1, 15, 20, 0, tzinfo=UTC))


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """Where the bot keeps its data: a fresh SQLite file. A module overrides this fixture to
    run its bots on PostgreSQL (`return postgres_url`; see tests/test_postgres_journeys.py)."""
    return f"sqlite:///{tmp_path / 'radio_silence.db'}"


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A fresh schema on the real PostgreSQL server (tests/postgres_server.py): skipped with
    the reason when no server is reachable, failed instead under CI=true."""
    async with fresh_schema() as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return load_settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        default_timezone="Europe/Berlin",
        # Never reached: tests run every sweep themselves (see Live.tick).
        timer_sweep_seconds=3600,
        _env_file=None,
    )


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


StartBot = Callable[[], AbstractAsyncContextManager[Bot]]
Settle = Callable[[], Awaitable[None]]


class Tick(Protocol):
    def __call__(self, minutes: float = 0, *, at: datetime | None = None) -> Awaitable[int]: ...


# Only a guard against a hung bot: every wait below ends on an event well before it.
SETTLE_TIMEOUT_SECONDS = 30.0


class Live:
    """The bot running right now and its Telegram, for waits that need both."""

    def __init__(self, emulator: BotApiEmulator, clock: FakeClock) -> None:
        self.emulator = emulator
        self.clock = clock
        self.bot: Bot | None = None

    def running(self) -> Bot:
        if self.bot is None:
            raise RuntimeError("no bot is running: wait inside `async with start_bot()`")
        return self.bot

    async def settled(self) -> None:
        """Until every update queued so far has been fetched by the bot and fully handled,
        its replies sent: after this, whatever the bot was going to say, it has said."""
        bot = self.running()
        async with asyncio.timeout(SETTLE_TIMEOUT_SECONDS):
            while True:
                await self.emulator.updates_handed_over(SETTLE_TIMEOUT_SECONDS)
                await bot.idle()
                # A handler could have made Telegram queue more; then round again.
                if not self.emulator.unconfirmed_updates:
                    return

    async def tick(self, minutes: float = 0, *, at: datetime | None = None) -> int:
        """What the timer sweep does `minutes` from now (or `at` that moment): the bot
        settles first, so every timer her last message set is stored and no handler sees
        the clock jump; then the clock moves and one sweep runs to its end. Returns how
        many timers it settled."""
        await self.settled()
        if at is not None:
            self.clock.set(at)
        later(self.clock, minutes)
        swept = await self.running().deps.timers.sweep()
        await self.settled()
        return swept


@pytest.fixture
def live(emulator: BotApiEmulator, clock: FakeClock) -> Live:
    return Live(emulator, clock)


@pytest.fixture
def settle(live: Live) -> Settle:
    return live.settled


@pytest.fixture
def tick(live: Live) -> Tick:
    return live.tick


class InstantPace:
    """The sending lanes' time, passing as soon as it is waited for: a journey's unprompted
    messages still go out in the lanes' order and spacing, without the real seconds between
    them (tests/test_delivery.py tests the pacing itself, in time of its own)."""

    def __init__(self) -> None:
        self._now = 0.0

    def clock(self) -> PaceClock:
        return PaceClock(monotonic=lambda: self._now, sleep=self._pass)

    async def _pass(self, seconds: float) -> None:
        self._now += max(seconds, 0.0)


@pytest.fixture(scope="session")
def shipped_contents() -> Mapping[str, Content]:
    """content/, loaded and checked once for the run: Content is immutable, and reading
    every locale's Fluent files again for each of a thousand bots would only repeat the
    start-up check the content tests make."""
    return Content.load_all(default_content_dir())


@pytest.fixture
def start_bot(
    settings: Settings,
    clock: FakeClock,
    emulator: BotApiEmulator,
    live: Live,
    shipped_contents: Mapping[str, Content],
) -> StartBot:
    """A fresh Application over the same database file each time it is entered."""

    @asynccontextmanager
    async def start() -> AsyncIterator[Bot]:
        async with running_bot(
            settings,
            clock,
            token=TOKEN,
            base_url=emulator.base_url,
            poll_timeout=5,
            rng=random.Random(7),
            sweep_timers=False,
            pace=InstantPace().clock(),
            contents=shipped_contents,
        ) as running:
            live.bot = running
            try:
                yield running
            finally:
                live.bot = None

    return start


@pytest.fixture
async def bot(start_bot: StartBot) -> AsyncIterator[Bot]:
    async with start_bot() as running:
        yield running


class Chat:
    """One person talking to the bot, as a test sees it."""

    def __init__(
        self, emulator: BotApiEmulator, user_id: int = USER, live: Live | None = None
    ) -> None:
        self.emulator = emulator
        self.user_id = user_id
        self.live = live

    async def say(self, text: str, expect: str | None = None) -> SentMessage:
        self.emulator.send_text(self.user_id, text)
        return await self._reply(expect)

    async def tap(self, label: str, expect: str | None = None) -> SentMessage:
        """Press a button as soon as the bot has shown it (replies arrive asynchronously)."""
        await self.emulator.press_when_shown(self.user_id, label)
        return await self._reply(expect)

    async def expect(self, contains: str, seconds: float = 5.0) -> SentMessage:
        return await self.emulator.wait_for(self.user_id, contains, timeout=seconds)

    async def settled(self) -> None:
        """Until the bot has handled everything sent to it and said what it had to say."""
        if self.live is None:
            raise RuntimeError("this Chat was made without `live`; pass it to wait exactly")
        await self.live.settled()

    async def nothing_new(self) -> None:
        """Once the bot has handled everything she sent, it has said nothing she has not read."""
        await self.settled()
        self.emulator.assert_nothing_unread(self.user_id)

    async def _reply(self, expect: str | None) -> SentMessage:
        if expect is None:
            return await self.emulator.next_message(self.user_id)
        return await self.expect(expect)


@pytest.fixture
def chat(emulator: BotApiEmulator, live: Live) -> Chat:
    return Chat(emulator, live=live)


def later(clock: FakeClock, minutes: float) -> None:
    clock.advance(timedelta(minutes=minutes))
