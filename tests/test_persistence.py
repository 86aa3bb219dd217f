"""A restarted bot continues every conversation where she left it, on SQLite and on the
real PostgreSQL server alike."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot, Update
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, RequestData

from bot.clock import SystemClock
from bot.store.base import Repository
from bot.store.opening import open_repository
from bot.telegram.persistence import RepositoryPersistence
from tests.postgres_server import fresh_schema

ASKED_SITUATION, ASKED_DATE = 0, 1

OpenStore = Callable[[], Awaitable[Repository]]


@pytest.fixture(params=["sqlite", "postgresql"])
async def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[OpenStore]:
    """Opens the same database each time it is called, as a restarted bot does."""
    if request.param == "sqlite":
        yield reopening(f"sqlite:///{tmp_path / 'rs.db'}")
    else:
        async with fresh_schema() as url:
            yield reopening(url)


def reopening(url: str) -> OpenStore:
    return lambda: open_repository(url, clock=SystemClock())


@pytest.fixture
async def repository(open_store: OpenStore) -> AsyncIterator[Repository]:
    repo = await open_store()
    try:
        yield repo
    finally:
        await repo.close()


async def test_conversations_and_user_data_survive_a_restart(open_store: OpenStore) -> None:
    repository = await open_store()
    persistence = RepositoryPersistence(repository, update_interval=5)
    await persistence.update_conversation("onboarding", (42, 42), ASKED_DATE)
    await persistence.update_conversation("urge", (42, 42), "WAITING")
    await persistence.update_conversation("urge", ("inline-7", 3), "WAITING")
    await persistence.update_user_data(42, {"urge_id": 17, "steps": ["breathe", "walk"]})
    await repository.close()

    reopened = await open_store()
    try:
        restarted = RepositoryPersistence(reopened)
        assert await restarted.get_conversations("onboarding") == {(42, 42): ASKED_DATE}
        assert await restarted.get_conversations("urge") == {
            (42, 42): "WAITING",
            ("inline-7", 3): "WAITING",
        }
        assert await restarted.get_user_data() == {
            42: {"urge_id": 17, "steps": ["breathe", "walk"]}
        }
    finally:
        await reopened.close()


async def test_an_ended_conversation_starts_fresh(repository: Repository) -> None:
    persistence = RepositoryPersistence(repository)
    await persistence.update_conversation("urge", (42, 42), 1)
    await persistence.update_conversation("urge", (42, 42), 2)
    await persistence.update_conversation("urge", (7, 7), 1)

    await persistence.update_conversation("urge", (42, 42), None)

    assert await persistence.get_conversations("urge") == {(7, 7): 1}


async def test_dropped_user_data_is_gone(repository: Repository) -> None:
    persistence = RepositoryPersistence(repository)
    await persistence.update_user_data(42, {"step": 1})
    await persistence.update_user_data(42, {"step": 2})
    await persistence.update_user_data(7, {})

    assert await persistence.get_user_data() == {42: {"step": 2}, 7: {}}

    await persistence.drop_user_data(42)

    assert await persistence.get_user_data() == {7: {}}


async def test_user_data_that_is_not_json_is_refused_without_showing_it(
    repository: Repository,
) -> None:
    persistence = RepositoryPersistence(repository)
    secret_moment = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)

    with pytest.raises(TypeError, match="datetime") as refused:
        await persistence.update_user_data(42, {"last_call": secret_moment})

    assert "2026" not in str(refused.value)
    assert await persistence.get_user_data() == {}


async def test_only_conversations_and_user_data_are_kept(repository: Repository) -> None:
    persistence = RepositoryPersistence(repository, update_interval=5)
    await persistence.update_chat_data(42, {"x": 1})
    await persistence.update_bot_data({"x": 1})

    assert persistence.store_data.user_data is True
    assert not (
        persistence.store_data.chat_data
        or persistence.store_data.bot_data
        or persistence.store_data.callback_data
    )
    assert persistence.update_interval == 5
    assert await persistence.get_chat_data() == {}
    assert await persistence.get_bot_data() == {}
    assert await persistence.get_callback_data() is None


# -- the same through a real PTB Application -----------------------------------------


class OfflineRequest(BaseRequest):
    """Answers getMe, so an Application can start without reaching Telegram."""

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        if not url.endswith("/getMe"):
            raise AssertionError(f"unexpected Telegram call: {url.rsplit('/', 1)[-1]}")
        me = {"id": 1, "is_bot": True, "first_name": "Radio Silence", "username": "rs_bot"}
        return 200, json.dumps({"ok": True, "result": me}).encode()


def build_application(
    persistence: RepositoryPersistence, reached: list[str]
) -> Application[Any, Any, Any, Any, Any, Any]:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert context.user_data is not None
        context.user_data["started"] = True
        reached.append("start")
        return ASKED_SITUATION

    async def situation(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        assert context.user_data is not None
        reached.append("situation" if context.user_data.get("started") else "user_data lost")
        return ASKED_DATE

    async def last_contact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        reached.append("last_contact")
        return ConversationHandler.END

    application = (
        Application.builder()
        .token("1:offline")
        .request(OfflineRequest())
        .get_updates_request(OfflineRequest())
        .persistence(persistence)
        .build()
    )
    application.add_handler(
        ConversationHandler(
            entry_points=[CommandHandler("start", start)],
            states={
                ASKED_SITUATION: [MessageHandler(filters.TEXT, situation)],
                ASKED_DATE: [MessageHandler(filters.TEXT, last_contact)],
            },
            fallbacks=[],
            name="onboarding",
            persistent=True,
        )
    )
    return application


def message_update(bot: Bot, update_id: int, text: str) -> Update:
    """An update as Telegram would deliver it: parsed from JSON and bound to the bot."""
    command = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    data = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1774746000,
            "chat": {"id": 42, "type": "private"},
            "from": {"id": 42, "is_bot": False, "first_name": "Mara"},
            "text": text,
            "entities": command if text.startswith("/") else [],
        },
    }
    return Update.de_json(data, bot)


async def test_a_restarted_application_continues_her_onboarding(open_store: OpenStore) -> None:
    reached: list[str] = []

    async def run(*texts: str) -> dict[Any, Any]:
        """One life of the bot: start, handle her messages, persist, shut down."""
        repository = await open_store()
        try:
            application = build_application(RepositoryPersistence(repository), reached)
            await application.initialize()
            for number, text in enumerate(texts, start=len(reached) + 1):
                await application.process_update(message_update(application.bot, number, text))
            await application.update_persistence()
            await application.shutdown()
            return await RepositoryPersistence(repository).get_conversations("onboarding")
        finally:
            await repository.close()

    assert await run("/start") == {(42, 42): ASKED_SITUATION}
    # Plain text, not a command: only the state she was in before the restart handles it.
    assert await run("We were together four years") == {(42, 42): ASKED_DATE}
    assert await run("2026-03-01") == {}

    assert reached == ["start", "situation", "last_contact"]
