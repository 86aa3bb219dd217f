"""Whole journeys over the real stack on PostgreSQL: the real Application, real HTTP to the
emulator, and `DATABASE_URL` naming a fresh schema on the real server, so the composition
root opens the PostgreSQL store exactly as `python -m bot` would."""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import pytest

from bot.clock import FakeClock
from bot.features.privacy.handlers import export_document
from bot.store.postgres import PostgresRepository
from tests import test_journeys as journeys
from tests import test_one_step as one_step
from tests import test_privacy_flow as privacy
from tests.conftest import USER, Chat, Live, StartBot, Tick

pytestmark = pytest.mark.filterwarnings(
    "ignore:A persistent `ConversationHandler`:telegram.warnings.PTBUserWarning"
)


@pytest.fixture
def database_url(postgres_url: str) -> str:
    """Every bot in this module keeps its data on the PostgreSQL server."""
    return postgres_url


# The same journeys as on SQLite, step for step: her first urge from /start to "I held on",
# and a check-back that arrives once although the bot restarted twice on the way.
test_a_newcomer_gets_through_her_first_urge = journeys.test_a_newcomer_gets_through_her_first_urge
test_the_check_back_arrives_once_after_a_restart_mid_delay = (
    journeys.test_the_check_back_arrives_once_after_a_restart_mid_delay
)
# Where each step reads her state from the database, it must be there after each step.
test_what_each_step_remembers_of_her_flow_is_stored_with_that_step = (
    one_step.test_what_each_step_remembers_of_her_flow_is_stored_with_that_step
)


async def traces_of(url: str, user_id: int) -> list[str]:
    """Every value in every row of every table that is her id or holds it as a number,
    read the way an operator with psql would (see test_privacy_flow.traces_of)."""
    connection = await asyncpg.connect(url)
    try:
        tables = [
            row[0]
            for row in await connection.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            )
        ]
        found = []
        for table in tables:
            # Each row as JSON: JSON keys and payloads are then read like any other value.
            for row in await connection.fetch(f'SELECT to_jsonb(t)::text FROM "{table}" t'):
                found += [
                    f"{table}.{column} = {value!r}"
                    for column, value in json.loads(row[0]).items()
                    if privacy._holds_id(_readable(value), user_id)
                ]
    finally:
        await connection.close()
    return found


def _readable(value: object) -> object:
    if isinstance(value, dict | list):
        return json.dumps(value)
    # bytea comes as hex, where any digit run may appear by chance; her blobs carry her id
    # in their row's user_id anyway (as in test_privacy_flow).
    if isinstance(value, str) and value.startswith("\\x"):
        return None
    return value


async def test_her_whole_life_is_exported_readable_then_forgotten_without_a_trace(
    start_bot: StartBot, chat: Chat, clock: FakeClock, live: Live, postgres_url: str, tick: Tick
) -> None:
    other = Chat(chat.emulator, privacy.OTHER, live)
    async with start_bot() as bot:
        assert isinstance(bot.deps.repo, PostgresRepository)
        await privacy.her_whole_life(bot, other, clock)
        await privacy.her_whole_life(bot, chat, clock)

        await chat.say("/export", expect="Everything I keep about you")
        document = export_document(
            await bot.deps.repo.export_user(USER), bot.deps.cipher, clock.now()
        )
        tables: dict[str, list[dict[str, Any]]] = json.loads(document)["tables"]
        assert [draft["body"] for draft in tables["drafts"]] == [privacy.DRAFT]
        assert [slip["note"] for slip in tables["slips"]] == [privacy.NOTE]
        assert [reason["body"] for reason in tables["reasons"]] == [privacy.REASON]
        assert tables["users"][0]["created_at"].startswith("2026-01-15T20:00:00")
        assert privacy.CIPHERTEXT not in document.decode("utf-8")

        kept_for_her = {line.split(".")[0] for line in await traces_of(postgres_url, USER)}
        assert {"users", "drafts", "slips", "timers", "conversations"} <= kept_for_her

        await privacy.forget_me(chat)
        await other.say("/streak", expect="Urges you rode out")  # another update, another flush
        assert await traces_of(postgres_url, USER) == []
        await tick(10)
        await other.expect("How is it now?")
        await chat.nothing_new()

    # Stopping writes the last of PTB's state: none of it may be hers.
    assert await traces_of(postgres_url, USER) == []
