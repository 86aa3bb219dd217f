"""/export and /forget over the real stack: everything about her in one readable file, and
after /forget, not a trace of her anywhere in the database file."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from typing import Any

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.features.privacy.handlers import EXPORT_FILE_NAME, export_document
from bot.settings import Settings
from tests.conftest import USER, Chat, Live, StartBot, Tick, later
from tests.test_journeys import onboard, urge_until_delay

pytestmark = pytest.mark.filterwarnings(
    "ignore:A persistent `ConversationHandler`:telegram.warnings.PTBUserWarning"
)

OTHER = 2002
DRAFT = "Please come back, I forgive you for everything"
NOTE = "I called him from a friend's phone at midnight"
REASON = "He never once asked how my day was"
CIPHERTEXT = "gAAAAA"  # how every Fernet token begins


def traces_of(settings: Settings, user_id: int) -> list[str]:
    """Every value in every row of every table that is her id or holds it as a number.

    Ids are compared whole ("1001" is not in "21001"), which also reads conversation keys
    (JSON lists of chat and user id) and timer keys. Blobs are skipped: they are Fernet
    tokens, where any digit run may appear by chance; hers carry her id in user_id anyway.
    """
    found = []
    with closing(sqlite3.connect(settings.sqlite_path)) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}"')
            columns = [column[0] for column in cursor.description]
            for row in cursor:
                found += [
                    f"{table}.{column} = {value!r}"
                    for column, value in zip(columns, row, strict=True)
                    if _holds_id(value, user_id)
                ]
    return found


def _holds_id(value: object, user_id: int) -> bool:
    if isinstance(value, str):
        return str(user_id) in re.findall(r"\d+", value)
    return isinstance(value, int | float) and value == user_id


def tables_about(settings: Settings) -> list[str]:
    """The tables that hold rows about one person: those with a user_id column."""
    with closing(sqlite3.connect(settings.sqlite_path)) as db:
        tables = [
            name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [
            table
            for table in tables
            if any(column[1] == "user_id" for column in db.execute(f'PRAGMA table_info("{table}")'))
        ]


def count_rows(settings: Settings, table: str, user_id: int) -> int:
    with closing(sqlite3.connect(settings.sqlite_path)) as db:
        (count,) = db.execute(
            f'SELECT COUNT(*) FROM "{table}" WHERE user_id = ?', (user_id,)
        ).fetchone()
        return int(count)


async def her_whole_life(bot: Bot, chat: Chat, clock: FakeClock) -> None:
    """A little of everything: answers, an urge with a draft, a slip with a note, her own
    reason, a hard date, a message from him, and a flow left open."""
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.say(DRAFT, expect="was not sent")
    await chat.say("/cancel", expect="stopped here")
    await chat.say("/slip", expect="what happened")
    await chat.say(NOTE, expect="Noted")
    await chat.say("/dangerdays", expect="Some dates are harder")
    await chat.tap("Add his birthday", expect="When is his birthday")
    await chat.say("20 March", expect="Noted: his birthday")
    await chat.tap("Done", expect="All set")
    await chat.say("/hetexted", expect="What kind of message")
    await chat.tap("He misses me", expect="his to carry")
    await bot.deps.repo.add_reason(chat.user_id, clock.now(), bot.deps.cipher.encrypt(REASON))
    await urge_until_delay(chat)  # left open: her conversation and check-back are pending


async def forget_me(chat: Chat) -> None:
    ask = await chat.say("/forget", expect="This deletes everything")
    assert ask.inline_labels == ["Continue", "Keep it"]
    confirm = await chat.tap("Continue", expect="Last check")
    assert confirm.inline_labels == ["Yes, delete everything", "Keep it"]
    await chat.tap("Yes, delete everything", expect="Everything I kept about you is deleted")


# -- export ---------------------------------------------------------------------------------


async def test_export_sends_every_row_about_her_with_her_words_readable(
    bot: Bot, chat: Chat, clock: FakeClock, settings: Settings
) -> None:
    await her_whole_life(bot, chat, clock)

    sent = await chat.say("/export", expect="Everything I keep about you")
    assert sent.method == "sendDocument" and sent.file_name == EXPORT_FILE_NAME
    assert "private" in sent.text
    # The emulator keeps an upload's size only; the same rows at the same moment make the
    # same bytes, so the file she got is the document built here.
    expected = export_document(await bot.deps.repo.export_user(USER), bot.deps.cipher, clock.now())
    assert sent.document_bytes == len(expected)

    text = expected.decode("utf-8")
    assert CIPHERTEXT not in text
    tables: dict[str, list[dict[str, Any]]] = json.loads(text)["tables"]
    for table in tables_about(settings):
        assert len(tables[table]) == count_rows(settings, table, USER), table
        assert all(row["user_id"] == USER for row in tables[table]), table
    assert [draft["body"] for draft in tables["drafts"]] == [DRAFT]
    assert [slip["note"] for slip in tables["slips"]] == [NOTE]
    assert [reason["body"] for reason in tables["reasons"]] == [REASON]
    assert [entry["kind"] for entry in tables["he_texted"]] == ["miss_you"]
    assert tables["users"][0]["situation"] == "cheating"
    assert tables["users"][0]["created_at"].startswith("2026-01-15T20:00:00")


# -- forget ---------------------------------------------------------------------------------


async def test_forget_asks_twice_then_leaves_no_trace_of_her_and_others_keep_theirs(
    start_bot: StartBot,
    chat: Chat,
    emulator: BotApiEmulator,
    clock: FakeClock,
    settings: Settings,
    live: Live,
    tick: Tick,
) -> None:
    other = Chat(emulator, OTHER, live)
    async with start_bot() as bot:
        await her_whole_life(bot, other, clock)
        await her_whole_life(bot, chat, clock)
        kept_for_her = {line.split(" = ")[0].split(".")[0] for line in traces_of(settings, USER)}
        assert {"users", "drafts", "slips", "reasons", "timers", "conversations"} <= kept_for_her
        theirs = await bot.deps.repo.export_user(OTHER)

        await forget_me(chat)
        # Another update, another persistence flush.
        await other.say("/streak", expect="Urges you rode out")
        assert traces_of(settings, USER) == []
        assert await bot.deps.repo.export_user(OTHER) == theirs

        # Her check-backs and check-in are gone; theirs still come.
        await tick(10)
        await other.expect("How is it now?")
        await tick(20)
        await other.expect("How are you now?")
        await tick(24 * 60)
        await chat.nothing_new()

    # Stopping writes the last of PTB's state: none of it may be hers.
    assert traces_of(settings, USER) == []


async def test_after_forget_she_starts_fresh_even_from_the_middle_of_a_flow(
    bot: Bot, chat: Chat
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)  # typed words would be kept as a draft here
    await forget_me(chat)

    await chat.say("/start", expect="How did it end")
    await chat.tap("He cheated", expect="last in touch")
    await chat.say("5", expect="Day 5 it is")
    assert await bot.deps.repo.list_drafts(USER) == []


async def test_keep_it_deletes_nothing_at_either_step(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await her_whole_life(bot, chat, clock)
    before = await bot.deps.repo.export_user(USER)

    await chat.say("/forget", expect="This deletes everything")
    await chat.tap("Keep it", expect="Nothing was deleted")
    await chat.say("/forget", expect="This deletes everything")
    await chat.tap("Continue", expect="Last check")
    await chat.tap("Keep it", expect="Nothing was deleted")

    assert await bot.deps.repo.export_user(USER) == before


async def test_an_old_yes_deletes_nothing(bot: Bot, chat: Chat, clock: FakeClock) -> None:
    await onboard(chat)
    await chat.say("/forget", expect="This deletes everything")
    await chat.tap("Continue", expect="Last check")
    await chat.settled()
    later(clock, 11)
    await chat.tap("Yes, delete everything", expect="deleted nothing")
    assert await bot.deps.repo.get_user(USER) is not None
