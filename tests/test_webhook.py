"""Webhook mode, over real HTTP both ways: the emulator POSTs updates to the bot's own web
server as Telegram does, and the bot answers her through the Bot API as always."""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from bot.app import Bot, running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.emulator.methods import WEBHOOK_CONFLICT
from bot.settings import Settings, SettingsError, load_settings
from bot.web.webhook import HANDLED_UPDATES, SECRET_HEADER
from tests.conftest import TOKEN, USER

PUBLIC = "https://bot.example"
HOOK_PATH = "/telegram/webhook"
SECRET = "a-long_Random-secret-0123456789"
OTHER_USER = 1002

StartBot = Callable[[], Awaitable[None]]


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return load_settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        default_timezone="Europe/Berlin",
        timer_sweep_seconds=3600,
        telegram_webhook_url=PUBLIC + HOOK_PATH,
        telegram_webhook_secret=SECRET,
        listen_address="127.0.0.1:0",
        _env_file=None,
    )


@asynccontextmanager
async def webhook_bot(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator, *, via: str | None = None
) -> AsyncIterator[Bot]:
    """The bot in webhook mode; Telegram reaches it at `via` (an ingress) or directly."""
    async with running_bot(
        settings,
        clock,
        token=TOKEN,
        base_url=emulator.base_url,
        rng=random.Random(7),
        sweep_timers=False,
    ) as bot:
        assert bot.web is not None
        emulator.route_webhook(PUBLIC, via or bot.web.url)
        yield bot


async def settled(emulator: BotApiEmulator, bot: Bot) -> None:
    """Every update queued so far was answered 2xx by the webhook and fully handled."""
    await emulator.webhook_delivered()
    await bot.idle()


def texts(emulator: BotApiEmulator, chat_id: int) -> list[str]:
    return [message.text for message in emulator.messages(chat_id)]


async def test_she_gets_her_reply_through_the_webhook(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    async with webhook_bot(settings, clock, emulator) as bot:
        # setWebhook on start, with the secret and the update kinds the bot handles.
        assert emulator.webhook.url == PUBLIC + HOOK_PATH
        assert emulator.webhook.secret == SECRET
        assert emulator.webhook.allowed_updates == list(HANDLED_UPDATES)

        emulator.send_text(USER, "/start")
        welcome = await emulator.next_message(USER)
        assert welcome.text

        await settled(emulator, bot)
        info = await bot.application.bot.get_webhook_info()
        assert info.url == PUBLIC + HOOK_PATH
        assert info.pending_update_count == 0
        # Delivered once, answered 200 at the first try.
        assert [status for _, status in emulator.webhook.attempts] == [200]


async def test_getupdates_is_refused_while_a_webhook_is_set(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    async with webhook_bot(settings, clock, emulator):
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"{emulator.base_url}{TOKEN}/getUpdates") as response,
        ):
            body = await response.json()
        assert response.status == 409
        assert body == {"ok": False, "error_code": 409, "description": WEBHOOK_CONFLICT}


@pytest.mark.parametrize("secret", [None, "", "not-the-secret", SECRET + "x"])
async def test_a_post_without_the_right_secret_is_refused_and_not_handled(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator, secret: str | None
) -> None:
    async with webhook_bot(settings, clock, emulator) as bot:
        assert bot.web is not None
        forged = {
            "update_id": 999,
            "message": {
                "message_id": 1,
                "date": 1_760_000_000,
                "chat": {"id": USER, "type": "private", "first_name": "Ana"},
                "from": {"id": USER, "is_bot": False, "first_name": "Ana"},
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            },
        }
        headers = {} if secret is None else {SECRET_HEADER: secret}
        async with (
            aiohttp.ClientSession() as session,
            session.post(bot.web.url + HOOK_PATH, json=forged, headers=headers) as response,
        ):
            assert response.status == 403
        # Refused before it reached the update queue: once the queue is empty, exactly
        # nothing was sent to her.
        await bot.idle()
        assert emulator.messages(USER) == []


async def test_a_body_that_is_not_an_update_gets_400_and_is_not_logged(
    settings: Settings,
    clock: FakeClock,
    emulator: BotApiEmulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    words = "I miss him so much tonight"
    async with webhook_bot(settings, clock, emulator) as bot:
        assert bot.web is not None
        async with aiohttp.ClientSession() as session:
            for body in (f'{{"message": "{words}"', json.dumps({"text": words})):
                async with session.post(
                    bot.web.url + HOOK_PATH,
                    data=body,
                    headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
                ) as response:
                    assert response.status == 400
        await bot.idle()
    assert "webhook body is not a valid update" in caplog.text
    assert words not in caplog.text


async def test_an_update_redelivered_after_a_500_is_handled_once(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    """The ingress passes the first POST on to the bot but answers Telegram 500 (a proxy
    timing out, say): Telegram delivers it again, and she must not get two answers."""
    failures_left = 1

    async def flaky_ingress(request: web.Request) -> web.Response:
        nonlocal failures_left
        assert bot.web is not None
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                bot.web.url + request.path, data=await request.read(), headers=request.headers
            ) as answer,
        ):
            status = answer.status
        if failures_left:
            failures_left -= 1
            return web.Response(status=500)
        return web.Response(status=status)

    ingress = web.Application()
    ingress.router.add_post(HOOK_PATH, flaky_ingress)
    runner = web.AppRunner(ingress)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    ingress_url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with webhook_bot(settings, clock, emulator, via=ingress_url) as bot:
            first = emulator.send_text(USER, "/start")
            await settled(emulator, bot)
            # Someone else's /start, delivered once: what one /start is answered with.
            emulator.send_text(OTHER_USER, "/start")
            await settled(emulator, bot)
    finally:
        await runner.cleanup()

    assert [attempt for attempt in emulator.webhook.attempts if attempt[0] == first] == [
        (first, 500),
        (first, 200),
    ]
    assert emulator.webhook.last_error_message == "Wrong response from the webhook: 500"
    assert texts(emulator, USER), "she got no answer at all"
    assert texts(emulator, USER) == texts(emulator, OTHER_USER)


async def test_a_webhook_that_is_down_gets_its_updates_once_it_is_back(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    """Connection refused (the bot restarting): Telegram keeps trying, and nothing is lost."""
    async with webhook_bot(settings, clock, emulator) as bot:
        assert bot.web is not None
        live_url = bot.web.url
        # A port nobody listens on: the one of a server that just stopped.
        probe = web.AppRunner(web.Application())
        await probe.setup()
        await web.TCPSite(probe, "127.0.0.1", 0).start()
        dead_url = f"http://127.0.0.1:{probe.addresses[0][1]}"
        await probe.cleanup()

        emulator.route_webhook(PUBLIC, dead_url)
        emulator.send_text(USER, "/start")
        while not emulator.webhook.attempts:
            await emulator.webhook.progress.wait()
        assert emulator.webhook.attempts[0][1] is None
        info = await bot.application.bot.get_webhook_info()
        assert info.pending_update_count == 1
        assert info.last_error_message == "Connection refused"

        emulator.route_webhook(PUBLIC, live_url)
        welcome = await emulator.next_message(USER, timeout=10)
        assert welcome.text
        await settled(emulator, bot)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"telegram_webhook_url": PUBLIC + HOOK_PATH},
            "Invalid setting TELEGRAM_WEBHOOK_SECRET: is required with TELEGRAM_WEBHOOK_URL",
        ),
        (
            {"telegram_webhook_url": "http://bot.example/hook", "telegram_webhook_secret": SECRET},
            "Invalid setting TELEGRAM_WEBHOOK_URL: must be an https:// URL",
        ),
        (
            {"telegram_webhook_url": PUBLIC, "telegram_webhook_secret": "has spaces!"},
            "Invalid setting TELEGRAM_WEBHOOK_SECRET: must be 1-256 characters",
        ),
        (
            {"telegram_webhook_url": PUBLIC, "telegram_webhook_secret": "x" * 257},
            "Invalid setting TELEGRAM_WEBHOOK_SECRET: must be 1-256 characters",
        ),
        ({"listen_address": "8080"}, "Invalid setting LISTEN_ADDRESS: must be host:port"),
        ({"log_format": "xml"}, "Invalid setting LOG_FORMAT"),
    ],
)
def test_a_wrong_webhook_setting_is_one_clear_line(values: dict[str, str], expected: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(_env_file=None, **values)
    message = str(error.value)
    assert message.startswith(expected) and "\n" not in message
    assert SECRET not in message


def test_polling_stays_the_default() -> None:
    plain = load_settings(_env_file=None)
    assert not plain.webhook_mode and not plain.web_server_wanted
    assert plain.listen_address == "0.0.0.0:8080" and plain.log_format == "text"
