"""The operator's view over real HTTP: /healthz, /readyz and /metrics of a polling bot."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from bot.app import Bot, running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.features.urge.handlers import CHECKBACK_TIMER
from bot.observability.metrics import Metrics
from bot.settings import Settings, load_settings
from bot.store.opening import open_repository
from bot.web.server import build_web_app, serving
from tests.conftest import TOKEN, USER, Chat, Tick
from tests.test_journeys import onboard, urge_until_delay


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    # LISTEN_ADDRESS set explicitly: the web server runs while polling, for health and metrics.
    return load_settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        default_timezone="Europe/Berlin",
        timer_sweep_seconds=3600,
        listen_address="127.0.0.1:0",
        _env_file=None,
    )


@pytest.fixture
async def polling_bot(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> AsyncIterator[Bot]:
    async with running_bot(
        settings,
        clock,
        token=TOKEN,
        base_url=emulator.base_url,
        poll_timeout=5,
        rng=random.Random(7),
        sweep_timers=False,
    ) as bot:
        yield bot


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def sample(exposition: str, name: str, **labels: str) -> float | None:
    for family in text_string_to_metric_families(exposition):
        for metric in family.samples:
            if metric.name == name and metric.labels == labels:
                return metric.value
    return None


async def test_a_polling_bot_answers_healthz_and_readyz(polling_bot: Bot) -> None:
    assert polling_bot.web is not None
    assert await get(polling_bot.web.url + "/healthz") == (200, "ok")
    assert await get(polling_bot.web.url + "/readyz") == (200, "ready")


async def test_no_port_is_opened_when_polling_without_listen_address(
    tmp_path: Path, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    plain = load_settings(
        database_url=f"sqlite:///{tmp_path / 'plain.db'}", data_dir=tmp_path, _env_file=None
    )
    async with running_bot(
        plain, clock, token=TOKEN, base_url=emulator.base_url, sweep_timers=False
    ) as bot:
        assert bot.web is None


async def test_readyz_says_503_once_the_sqlite_file_is_closed(
    tmp_path: Path, clock: FakeClock
) -> None:
    await readiness_follows_the_store(f"sqlite:///{tmp_path / 'ready.db'}", clock)


async def test_readyz_says_503_once_the_postgresql_pool_is_closed(
    postgres_url: str, clock: FakeClock
) -> None:
    await readiness_follows_the_store(postgres_url, clock)


async def readiness_follows_the_store(url: str, clock: FakeClock) -> None:
    repo = await open_repository(url, clock=clock)
    app = build_web_app(metrics=Metrics(), ping=repo.ping)
    async with serving(app, "127.0.0.1", 0) as server:
        assert await get(server.url + "/readyz") == (200, "ready")
        await repo.close()
        status, _ = await get(server.url + "/readyz")
        assert status == 503
        # Alive all the same: the process is fine, its database is not.
        assert await get(server.url + "/healthz") == (200, "ok")


async def test_metrics_count_her_start_by_its_feature(
    polling_bot: Bot, emulator: BotApiEmulator
) -> None:
    assert polling_bot.web is not None
    emulator.send_text(USER, "/start")
    await emulator.next_message(USER)
    await emulator.updates_handed_over()
    await polling_bot.idle()

    status, exposition = await get(polling_bot.web.url + "/metrics")
    assert status == 200
    assert sample(exposition, "radio_silence_updates_handled_total", feature="onboarding") == 1
    assert (
        sample(exposition, "radio_silence_update_handling_seconds_count", feature="onboarding") == 1
    )
    # Her reply went through the reply lane of the rate limiter.
    replies = sample(exposition, "radio_silence_telegram_sends_total", lane="reply")
    assert replies is not None and replies >= 1
    # Ids and words never become labels.
    assert str(USER) not in exposition


async def test_sub_apps_are_served_under_their_prefix() -> None:
    space = web.Application()

    async def hello(request: web.Request) -> web.Response:
        return web.Response(text="space")

    space.router.add_get("/", hello)

    async def ping() -> None:
        return None

    app = build_web_app(metrics=Metrics(), ping=ping, mounts={"/space/": space})
    async with serving(app, "127.0.0.1", 0) as server:
        assert await get(server.url + "/space/") == (200, "space")


async def test_metrics_count_a_check_back_that_fell_due_and_went_out(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    # The check-back is due after the urge delay; the sweep runs two minutes past it.
    await tick(bot.deps.settings.urge_delay_minutes + 2)
    exposition = bot.deps.metrics.exposition().decode()
    assert sample(exposition, "radio_silence_timers_due_total", kind=CHECKBACK_TIMER) == 1
    assert sample(exposition, "radio_silence_timers_sent_total", kind=CHECKBACK_TIMER) == 1
    # Taken up two minutes after it fell due: late by the metric's measure.
    assert sample(exposition, "radio_silence_timers_late_total", kind=CHECKBACK_TIMER) == 1
    assert sample(exposition, "radio_silence_timers_failed_total", kind=CHECKBACK_TIMER) is None
    urge_updates = sample(exposition, "radio_silence_updates_handled_total", feature="urge")
    assert urge_updates is not None and urge_updates >= 1
