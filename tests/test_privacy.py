"""Her words are hers: never in plaintext on disk, never in logs; the token never logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import Bot
from bot.logs import configure_logging
from bot.settings import Settings
from tests.conftest import TOKEN, USER, Chat, Tick
from tests.test_journeys import onboard, urge_until_delay

DRAFT = "Please come back, I forgive you for everything"
NOTE = "I called him from a friend's phone at midnight"


@pytest.fixture
def production_logging(capsys: pytest.CaptureFixture[str]) -> Iterator[None]:
    """The logging `python -m bot` sets up, writing to the captured stderr."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging("DEBUG", secrets=[TOKEN])
    yield
    root.handlers[:], level = saved
    root.setLevel(level)


def database_bytes(settings: Settings) -> bytes:
    path = settings.sqlite_path
    files = [path, Path(f"{path}-wal")]
    return b"".join(file.read_bytes() for file in files if file.exists())


async def test_drafts_and_slip_notes_are_not_plaintext_in_the_database_file(
    bot: Bot, chat: Chat, settings: Settings
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.say(DRAFT, expect="was not sent")
    await chat.say("/cancel", expect="stopped here")
    await chat.say("/slip", expect="what happened")
    await chat.say(NOTE, expect="Noted")

    raw = database_bytes(settings)
    assert DRAFT.encode() not in raw
    assert NOTE.encode() not in raw
    # ...and yet they are kept, readable with her key.
    drafts = await bot.deps.repo.list_drafts(USER)
    assert [bot.deps.cipher.decrypt(draft.body) for draft in drafts] == [DRAFT]


async def test_neither_the_token_nor_her_words_reach_the_logs_even_at_debug(
    production_logging: None,
    bot: Bot,
    chat: Chat,
    tick: Tick,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.say(DRAFT, expect="was not sent")
    await tick(10)
    await chat.expect("How is it now?")
    logging.getLogger("bot.test").info("calling %s/bot%s/getMe", "http://x", TOKEN)

    logs = capsys.readouterr().err
    assert "[redacted]" in logs, "the filter saw the planted token"
    assert TOKEN not in logs
    assert DRAFT not in logs
    assert "I feel lonely" not in logs


async def test_in_a_group_the_bot_says_once_that_it_works_in_private(bot: Bot, chat: Chat) -> None:
    group = -100123
    chat.emulator.send_text(USER, "/urge", chat_id=group, chat_type="group")
    told = await chat.emulator.next_message(group)
    assert "one to one" in told.text
    chat.emulator.send_text(USER, "hello?", chat_id=group, chat_type="group")
    await chat.nothing_new()
    chat.emulator.assert_nothing_unread(group)
