"""Her space in a real headless Chromium (Debian's, driven by Playwright), against the real
bot and its database: the calendar from urges logged in the chat, a checklist tick that
/cutoff then shows, a settings change that moves her next check-in. A screenshot of each
screen lands in tests/artifacts/.

Telegram's script (telegram.org is out of reach here) is replaced by a tiny stub that
hands the page signed init data and a dark theme, as Telegram's own would. Without a
browser the tests are skipped, saying why; under CI=true they fail instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.features.space import auth
from bot.features.space.web import TELEGRAM_SCRIPT
from tests.conftest import TOKEN, USER, Chat, Tick
from tests.test_journeys import onboard
from tests.test_space_api import Space, held_urge, serving_space

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
README_PICTURE = ROOT / "docs" / "space.png"
PHONE = {"width": 390, "height": 844}
DARK = {
    "bg_color": "#17212b",
    "text_color": "#f5f5f5",
    "hint_color": "#708499",
    "link_color": "#6ab3f3",
    "button_color": "#5288c1",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#232e3c",
}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium, installed here when it is missing and we may (root, apt-get)."""
    if not CHROMIUM.exists() and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "chromium"],
            capture_output=True,
            check=False,
            timeout=900,
        )
    if not CHROMIUM.exists():
        _unavailable(f"no browser at {CHROMIUM} (apt-get install -y chromium, as root)")
    return CHROMIUM


def telegram_stub(init_data: str, theme: dict[str, str]) -> str:
    """What the page needs of Telegram's script: window.Telegram.WebApp."""
    web_app = {"initData": init_data, "themeParams": theme, "colorScheme": "dark"}
    return (
        f"window.Telegram = {{ WebApp: Object.assign({json.dumps(web_app)},"
        " { ready() {}, expand() {}, onEvent() {} }) };"
    )


@pytest.fixture
async def space(bot: Bot, clock: FakeClock) -> AsyncIterator[Space]:
    async with serving_space(bot, clock) as serving:
        yield serving


@pytest.fixture
async def page(chromium: Path, space: Space) -> AsyncIterator[Any]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(chromium), args=["--no-sandbox"]
        )
        context = await browser.new_context(viewport=PHONE, device_scale_factor=2)
        tab = await context.new_page()
        init_data = auth.signed(USER, TOKEN, now=space.clock.now(), language_code="en")
        stub = telegram_stub(init_data, DARK)

        async def serve_stub(route: Any) -> None:
            await route.fulfill(body=stub, content_type="application/javascript")

        await tab.route(TELEGRAM_SCRIPT, serve_stub)
        outside: list[str] = []
        tab.on(
            "request",
            lambda request: (
                outside.append(request.url)
                if not request.url.startswith((space.url, TELEGRAM_SCRIPT))
                else None
            ),
        )
        try:
            yield tab
        finally:
            await browser.close()
        assert outside == []  # no request anywhere but to the bot and Telegram


async def snapshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"space-{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path


async def test_the_page_draws_her_calendar_from_the_urges_she_logged(
    page: Any,
    space: Space,
    chat: Chat,
    tick: Tick,
) -> None:
    await onboard(chat)
    await held_urge(chat, tick)

    await page.goto(space.url)
    today = page.locator('[data-day="2026-01-15"]')
    await today.wait_for()

    assert await today.locator("circle.urges").count() == 1
    assert await page.locator("#streak-current").text_content() == "3"
    assert await page.locator("#streak-ridden").text_content() == "1"
    assert await page.title() == "My space"
    # Her Telegram theme, dark: the page's background is hers.
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(23, 33, 43)"
    await today.click()
    detail = page.locator("#day")
    await detail.get_by_text("You rode it out").wait_for()
    assert "21:00" in (await detail.text_content() or "")
    picture = await snapshot(page, "days")
    README_PICTURE.parent.mkdir(exist_ok=True)
    shutil.copyfile(picture, README_PICTURE)

    await page.get_by_role("button", name="Patterns").click()
    await page.locator("#week svg").wait_for()
    assert await page.locator("#week rect.heat4").count() == 1  # Thursday, 21:00
    await snapshot(page, "patterns")


async def test_a_checklist_tick_in_the_page_shows_in_cutoff_in_the_chat(
    page: Any,
    space: Space,
    chat: Chat,
) -> None:
    await onboard(chat)
    await page.goto(space.url)
    await page.get_by_role("button", name="Checklist").click()
    first = page.locator("#checklist-items li").first
    await first.wait_for()
    label = await first.locator(".label").text_content()

    await first.get_by_role("button", name="Done").click()

    await first.locator('button[data-state="done"][aria-pressed="true"]').wait_for()
    assert (await page.locator("#checklist-progress").text_content() or "").startswith("1 of")
    await snapshot(page, "checklist")
    shown = await chat.say("/cutoff", expect="done")
    assert any(f"✅ {label}" == button for button in shown.inline_labels)


async def test_a_new_check_in_time_in_the_page_moves_her_next_check_in(
    page: Any,
    space: Space,
    chat: Chat,
    bot: Bot,
) -> None:
    await onboard(chat)  # check-in at 21:00 in Berlin
    before = await bot.deps.pings.next_ping(USER)
    await page.goto(space.url)
    await page.get_by_role("button", name="Settings").click()
    checkin = page.locator('input[name="checkin"]')
    await page.locator('select[name="zone"] option').first.wait_for(state="attached")
    assert await checkin.input_value() == "21:00"

    await checkin.fill("07:30")
    await checkin.dispatch_event("change")

    await page.locator("#settings-saved").get_by_text("Saved").wait_for()
    await page.locator("#settings-next").get_by_text("07:30").wait_for()
    after = await bot.deps.pings.next_ping(USER)
    assert before is not None and after is not None and after != before
    assert f"{after:%H:%M}" == "06:30"  # 07:30 in Berlin
    await snapshot(page, "settings")
