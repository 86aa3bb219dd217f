"""The real stack for tests: PTB over real HTTP to the in-project Bot API emulator, a real
SQLite file, real zoneinfo. Only the clock is fake."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import Bot, running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator, SentMessage
from bot.settings import Settings, load_settings

TOKEN = "123456789:TEST-token-never-in-logs"
USER = 1001


@pytest.fixture
def clock() -> FakeClock:
    # 20:00 UTC = 21:00 in Berlin on a winter evening.
    return FakeClock(datetime(2026, 1, 15, 20, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        database_url=f"sqlite:///{tmp_path / 'radio_silence.db'}",
        data_dir=tmp_path / "data",
        default_timezone="Europe/Berlin",
        timer_sweep_seconds=0.05,
        _env_file=None,
    )


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator()
    await emulator.start()
    yield emulator
    await emulator.stop()


StartBot = Callable[[], AbstractAsyncContextManager[Bot]]


@pytest.fixture
def start_bot(settings: Settings, clock: FakeClock, emulator: BotApiEmulator) -> StartBot:
    """A fresh Application over the same database file each time it is entered."""

    def start() -> AbstractAsyncContextManager[Bot]:
        return running_bot(
            settings,
            clock,
            token=TOKEN,
            base_url=emulator.base_url,
            poll_timeout=5,
            rng=random.Random(7),
        )

    return start


@pytest.fixture
async def bot(start_bot: StartBot) -> AsyncIterator[Bot]:
    async with start_bot() as running:
        yield running


class Chat:
    """One person talking to the bot, as a test sees it."""

    def __init__(self, emulator: BotApiEmulator, user_id: int = USER) -> None:
        self.emulator = emulator
        self.user_id = user_id

    async def say(self, text: str, expect: str | None = None) -> SentMessage:
        self.emulator.send_text(self.user_id, text)
        return await self._reply(expect)

    async def tap(self, label: str, expect: str | None = None) -> SentMessage:
        """Press a button as soon as the bot has shown it (replies arrive asynchronously)."""
        deadline = asyncio.get_running_loop().time() + 5.0
        while True:
            try:
                self.emulator.press(self.user_id, label)
                break
            except LookupError:
                if asyncio.get_running_loop().time() > deadline:
                    raise
                await asyncio.sleep(0.01)
        return await self._reply(expect)

    async def expect(self, contains: str, seconds: float = 5.0) -> SentMessage:
        return await self.emulator.wait_for(self.user_id, contains, timeout=seconds)

    async def silence(self, within: float = 0.3) -> None:
        await self.emulator.no_message(self.user_id, within=within)

    async def _reply(self, expect: str | None) -> SentMessage:
        if expect is None:
            return await self.emulator.next_message(self.user_id)
        return await self.expect(expect)


@pytest.fixture
def chat(emulator: BotApiEmulator) -> Chat:
    return Chat(emulator)


def later(clock: FakeClock, minutes: float) -> None:
    clock.advance(timedelta(minutes=minutes))
