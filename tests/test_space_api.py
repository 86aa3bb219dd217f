"""Her space's API over real HTTP: the real bot, its real database and use cases, the
sub-app on its own aiohttp runner. Only she sees her data, and what she changes there is
what the chat shows."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.app import Bot
from bot.clock import FakeClock
from bot.features.space import auth
from bot.features.space.web import SECURITY_HEADERS, build_space_app
from bot.settings import Settings
from tests.conftest import TOKEN, USER, Chat, Tick
from tests.test_journeys import onboard, urge_until_delay

OTHER = 2002


@dataclass
class Space:
    url: str  # ends in "/", as the mounted page does
    session: aiohttp.ClientSession
    clock: FakeClock

    def header(self, user_id: int = USER, token: str = TOKEN) -> dict[str, str]:
        return {"Authorization": f"tma {auth.signed(user_id, token, now=self.clock.now())}"}

    async def get(self, path: str, user_id: int = USER) -> Any:
        async with self.session.get(self.url + path, headers=self.header(user_id)) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def post(self, path: str, body: object, user_id: int = USER) -> Any:
        async with self.session.post(
            self.url + path, json=body, headers=self.header(user_id)
        ) as response:
            assert response.status == 200, await response.text()
            return await response.json()


@asynccontextmanager
async def serving_space(bot: Bot, clock: FakeClock) -> AsyncIterator[Space]:
    """The sub-app over the running bot, on its own runner on a free local port."""
    runner = web.AppRunner(build_space_app(bot.deps, bot_token=TOKEN))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with aiohttp.ClientSession() as session:
            yield Space(f"http://127.0.0.1:{port}/", session, clock)
    finally:
        await runner.cleanup()


@pytest.fixture
async def space(bot: Bot, clock: FakeClock) -> AsyncIterator[Space]:
    async with serving_space(bot, clock) as serving:
        yield serving


async def held_urge(chat: Chat, tick: Tick) -> None:
    """One urge through the real bot: the delay, the check-back, "I held on"."""
    await urge_until_delay(chat)
    await tick(10)
    await chat.expect("How is it now?")
    await chat.tap("I held on", expect="You held on")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "tma "},
        {"Authorization": "tma user=%7B%22id%22%3A1001%7D&auth_date=1768507200&hash=00"},
    ],
    ids=["missing", "empty", "forged"],
)
async def test_without_valid_init_data_nothing_of_hers_is_shown(
    space: Space, chat: Chat, headers: dict[str, str]
) -> None:
    await onboard(chat)
    for path in ("api/overview", "api/checklist", "api/settings", "api/day?date=2026-01-15"):
        async with space.session.get(space.url + path, headers=headers) as response:
            body = await response.json()
            assert response.status == 401
            assert set(body) == {"error", "message"}
            assert "My space" in body["message"]


async def test_stale_or_other_bots_init_data_is_refused(space: Space, chat: Chat) -> None:
    await onboard(chat)
    stale = auth.signed(USER, TOKEN, now=space.clock.now() - timedelta(hours=25))
    for headers in (
        {"Authorization": f"tma {stale}"},
        space.header(token="42:another-bot"),
    ):
        async with space.session.get(space.url + "api/overview", headers=headers) as response:
            assert response.status == 401
            assert "streak" not in await response.json()


async def test_every_response_is_uncached_under_a_strict_policy_and_sets_no_cookie(
    space: Space, chat: Chat
) -> None:
    await onboard(chat)
    for path, headers in (
        ("", {}),
        ("static/app.js", {}),
        ("api/overview", {}),
        ("api/overview", space.header()),
    ):
        async with space.session.get(space.url + path, headers=headers) as response:
            for name, value in SECURITY_HEADERS.items():
                assert response.headers[name] == value, (path, name)
            assert "Set-Cookie" not in response.headers
    policy = SECURITY_HEADERS["Content-Security-Policy"]
    assert "script-src 'self' https://telegram.org;" in policy
    assert "unsafe-inline" not in policy
    async with space.session.get(space.url) as response:
        page = await response.text()
    assert "<script>" not in page and "style=" not in page  # no inline script or style
    assert 'src="https://telegram.org/js/telegram-web-app.js"' in page


async def test_her_overview_counts_her_urges_from_the_chat(
    space: Space, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)  # 15 January in Berlin, last contact 3 days before
    await held_urge(chat, tick)

    overview = await space.get("api/overview")

    assert overview["streak"] == {"current": 3, "best": 3, "total": 3, "ridden": 1}
    assert overview["texts"]["title"] == "My space"
    assert 'data-day="2026-01-15"' in overview["calendar"]
    assert overview["calendar"].startswith("<svg")
    day = await space.get("api/day?date=2026-01-15")
    assert [(u["time"], u["outcome_text"]) for u in day["urges"]] == [("21:00", "You rode it out")]
    assert "him" not in str(day).lower()  # a shoulder-surfer reads nothing about him


async def test_the_api_answers_only_for_the_person_signed_in(
    space: Space, chat: Chat, tick: Tick, emulator: Any
) -> None:
    await onboard(chat)
    await held_urge(chat, tick)
    other = Chat(emulator, OTHER, chat.live)
    await other.say("/start", expect="How did it end")

    # An id in the request is not who she is: only the signed init data says that.
    theirs = await space.get(f"api/overview?user_id={USER}", user_id=OTHER)
    assert theirs["streak"]["ridden"] == 0
    day = await space.get(f"api/day?date=2026-01-15&user_id={USER}", user_id=OTHER)
    assert day["urges"] == []
    changed = await space.post("api/settings", {"user_id": USER, "checkin": "07:30"}, OTHER)
    assert changed["checkin"] == "07:30"
    mine = await space.get("api/settings")
    assert mine["checkin"] == "21:00"


async def test_a_checklist_tick_in_the_page_shows_in_cutoff_in_the_chat(
    space: Space, chat: Chat
) -> None:
    await onboard(chat)
    checklist = await space.get("api/checklist")
    first = checklist["items"][0]
    assert first["state"] == "open"

    ticked = await space.post("api/checklist", {"item": first["id"], "state": "done"})

    assert ticked["items"][0]["state"] == "done"
    assert ticked["progress"].startswith("1 of ")
    shown = await chat.say("/cutoff", expect="done")
    assert "1 of" in shown.text
    assert any(first["label"] in label and "✅" in label for label in shown.inline_labels)


async def test_changing_the_check_in_time_in_the_page_moves_her_next_check_in(
    space: Space, chat: Chat, bot: Bot
) -> None:
    await onboard(chat)  # check-in at 21:00 Berlin; it is 21:00 there now
    before = await bot.deps.pings.next_ping(USER)
    assert before is not None

    settings = await space.post("api/settings", {"checkin": "07:30"})

    after = await bot.deps.pings.next_ping(USER)
    assert after is not None and after != before
    assert f"{after.astimezone(before.tzinfo):%H:%M}" == "06:30"  # 07:30 in Berlin, in UTC
    assert settings["checkin"] == "07:30"
    assert "07:30" in settings["next"]
    assert (await chat.say("/settings", expect="07:30")).text


async def test_a_setting_not_on_offer_is_refused_and_changes_nothing(
    space: Space, chat: Chat
) -> None:
    await onboard(chat)
    for body in ({"zone": "Mars/Olympus"}, {"quiet": "all-day"}, {"checkin": "25:00"}):
        async with space.session.post(
            space.url + "api/settings", json=body, headers=space.header()
        ) as response:
            assert response.status == 400
    assert (await space.get("api/settings"))["zone"] == "Europe/Berlin"


class TestWithAnAddress:
    """With MINI_APP_URL set, the chat offers her space where it shows the same things."""

    URL = "https://radio.example/space/"

    @pytest.fixture
    def settings(self, settings: Settings) -> Settings:
        # The bot serves the page itself then: on a free local port here.
        return settings.model_copy(
            update={"mini_app_url": self.URL, "listen_address": "127.0.0.1:0"}
        )

    async def test_the_running_bot_serves_her_space_to_her_alone(
        self, bot: Bot, chat: Chat, clock: FakeClock
    ) -> None:
        await onboard(chat)
        assert bot.web is not None
        async with aiohttp.ClientSession() as session:
            space = Space(bot.web.url + "/space/", session, clock)
            async with session.get(space.url) as response:
                assert response.status == 200
                assert "telegram-web-app.js" in await response.text()
                assert response.headers["Cache-Control"] == "no-store"
            assert (await space.get("api/overview"))["streak"]["current"] == 3
            async with session.get(space.url + "api/overview") as response:
                assert response.status == 401

    async def test_cutoff_settings_and_insights_carry_a_my_space_button(
        self, bot: Bot, chat: Chat, tick: Tick
    ) -> None:
        await onboard(chat)
        await held_urge(chat, tick)
        for command, expect in (
            ("/cutoff", "done"),
            ("/settings", "21:00"),
            ("/insights", "without contact so far"),
        ):
            shown = await chat.say(command, expect=expect)
            buttons = (shown.reply_markup or {}).get("inline_keyboard") or []
            web_apps = [b["web_app"]["url"] for row in buttons for b in row if "web_app" in b]
            assert web_apps == [self.URL], command
            assert "My space" in shown.inline_labels
