"""Dates, months, weekdays and hours in her language, as CLDR writes them: hard dates,
the pause, /settings and /streak, the insights' axes and paragraph, and the hard-hour
nudge, in English and Spanish."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.clock import FakeClock
from bot.content import Content, default_content_dir, reads_fine_on_lock_screen
from bot.core.model import UNKNOWN_COUNTRY, Situation, UrgeKind, UserProfile
from bot.core.streak import StreakState
from bot.emulator import SentMessage
from bot.features.insights.charts import History
from bot.features.insights.handlers import chart_labels
from bot.features.insights.summary import summary
from bot.features.pings.formats import (
    cldr_locale,
    day_and_month,
    hour_marks,
    month_names,
    on_date,
    weekday_names,
)
from tests.conftest import USER, Chat, StartBot, Tick

BERLIN = "Europe/Berlin"
TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def en() -> Content:
    return Content.load(default_content_dir(), "en")


@pytest.fixture(scope="module")
def es() -> Content:
    return Content.load(default_content_dir(), "es")


def _profile(zone: str, country: str | None = None) -> UserProfile:
    return UserProfile(
        user_id=USER, chat_id=USER, situation=Situation.OTHER, last_contact=TODAY,
        timezone=zone, ping_time=time(9), locale="en", onboarded=True, best_streak_days=0,
        banked_days=0, active=True, created_at=datetime(2026, 1, 1, tzinfo=UTC),
        country=country,
    )  # fmt: skip


# -- the words themselves -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "14 February"),  # no region known: English as the world writes it
        ("en_US", "February 14"),
        ("en_GB", "14 February"),
        ("es", "14 de febrero"),
        ("es_MX", "14 de febrero"),
    ],
)
def test_a_hard_date_is_day_and_month_in_her_order(locale: str, expected: str) -> None:
    assert day_and_month(2, 14, locale if "_" in locale else cldr_locale(locale)) == expected


def test_29_february_can_be_a_hard_date() -> None:
    assert day_and_month(2, 29, "es") == "29 de febrero"


def test_a_date_names_its_year_only_when_it_is_not_this_one() -> None:
    assert on_date(date(2026, 11, 1), "en_001", today=TODAY) == "1 November"
    assert on_date(date(2025, 11, 1), "en_001", today=TODAY) == "1 November 2025"
    assert on_date(date(2026, 11, 1), "es", today=TODAY) == "1 de noviembre"
    assert on_date(date(2025, 11, 1), "es", today=TODAY) == "1 de noviembre de 2025"


def test_her_region_comes_from_her_country_then_her_zone() -> None:
    assert cldr_locale("en", _profile("America/New_York")) == "en_US"
    assert cldr_locale("en", _profile("Europe/London")) == "en_GB"
    # The country she confirmed wins over the zone; one CLDR has no English for falls back.
    assert cldr_locale("en", _profile("America/New_York", country="GB")) == "en_GB"
    assert cldr_locale("en", _profile("America/New_York", country=UNKNOWN_COUNTRY)) == "en_001"
    assert cldr_locale("es", _profile("America/Mexico_City")) == "es_MX"
    assert cldr_locale("es", _profile(BERLIN)) == "es"


def test_the_charts_name_days_months_and_hours_in_her_language(en: Content, es: Content) -> None:
    assert weekday_names("en_001") == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert weekday_names("es") == ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
    assert month_names("en_001")[1] == "Feb" and month_names("es")[0] == "ene"
    assert hour_marks("en_001") == (
        "midnight", "3 am", "6 am", "9 am", "noon", "3 pm", "6 pm", "9 pm",
    )  # fmt: skip
    assert hour_marks("es") == (
        "0:00", "3:00", "6:00", "9:00", "mediodía", "15:00", "18:00", "21:00",
    )  # fmt: skip
    labels = chart_labels(es, "es")
    assert labels.weekdays[4] == "vie" and labels.months[11] == "dic"
    assert chart_labels(en).hour_marks[4] == "noon"


@pytest.mark.parametrize(
    ("locale", "weekday", "hour", "first_line"),
    [
        ("en", 4, 23, "Fridays around 11 at night have been hard lately."),
        ("en", 6, 0, "Sundays around 12 midnight have been hard lately."),
        ("en", 0, 13, "Mondays around 1 in the afternoon have been hard lately."),
        ("es", 4, 23, "Últimamente, los viernes hacia las 11 de la noche cuestan más."),
        ("es", 5, 1, "Últimamente, los sábados hacia la 1 de la madrugada cuestan más."),
        ("es", 6, 12, "Últimamente, los domingos hacia las 12 del mediodía cuestan más."),
        ("es", 2, 9, "Últimamente, los miércoles hacia las 9 de la mañana cuestan más."),
    ],
)
def test_the_hard_hour_reads_naturally(
    en: Content, es: Content, locale: str, weekday: int, hour: int, first_line: str
) -> None:
    content = en if locale == "en" else es
    text = content.pings.risk_text(weekday, hour)
    assert text.splitlines()[0] == first_line
    assert reads_fine_on_lock_screen(text, locale)


def test_every_hard_hour_reads_fine_on_a_lock_screen(en: Content, es: Content) -> None:
    for content in (en, es):
        for weekday in range(7):
            for hour in range(24):
                text = content.pings.risk_text(weekday, hour, cldr_locale(content.locale))
                assert reads_fine_on_lock_screen(text, content.locale), text


def test_the_insights_paragraph_names_her_hardest_hour_as_the_nudge_does(es: Content) -> None:
    zone = ZoneInfo(BERLIN)
    # Five Friday nights in a row at 23:10, her local time.
    fridays = [datetime(2026, 10, 30, 23, 10, tzinfo=zone) + timedelta(weeks=n) for n in range(5)]
    history = History(
        zone=BERLIN,
        today=TODAY,
        started=date(2026, 11, 1),
        urge_times=tuple(moment.astimezone(UTC) for moment in fridays),
        held_times=tuple(moment.astimezone(UTC) for moment in fridays),
        slip_times=(),
    )
    streak = StreakState(last_contact=date(2026, 11, 1), best_days=0, banked_days=0)
    text = summary(es, history, streak, Situation.OTHER, locale="es")
    assert "sobre todo los viernes hacia las 11 de la noche" in text


# -- over the real stack ----------------------------------------------------------------------


def _utc(zone: str, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def _onboard(chat: Chat, zone: str = BERLIN, contact: str = "3 days ago") -> None:
    await chat.say("/start", expect="How did it end")
    await chat.tap("Something else")
    await chat.tap(contact, expect="Where are you")
    zone_set = await chat.say(zone, expect="check in each day")
    assert "Your time zone is" in zone_set.text
    done = await chat.say("09:00", expect="You're set")
    assert "your time" in done.text


async def _to_spanish(chat: Chat) -> None:
    await chat.say("/settings", expect="What would you like to change")
    await chat.tap("Language", expect="Which language")
    await chat.tap("Español", expect="¿Qué quieres cambiar?")
    await chat.tap("Listo")


async def test_dangerdays_lists_hard_dates_in_her_language(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot():
        await _onboard(chat)
        await chat.say("/dangerdays", expect="Some dates are harder")
        await chat.tap("Add a holiday")
        listing = await chat.tap("Valentine's Day", expect="Hard dates I'll watch for")
        assert "Noted: Valentine's Day, 14 February" in listing.text
        assert "Valentine's Day — 14 February" in listing.text
        await chat.tap("Done", expect="All set")

        await _to_spanish(chat)
        listing = await chat.say("/dangerdays", expect="San Valentín")
        assert "San Valentín — 14 de febrero" in listing.text
        await chat.tap("Añadir su cumpleaños")
        added = await chat.say("3 de marzo", expect="3 de marzo")
        assert "14" not in added.text.split("3 de marzo")[0]


async def test_a_us_zone_reads_dates_month_first(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot():
        await _onboard(chat, zone="America/New_York")
        await chat.say("/dangerdays", expect="Some dates are harder")
        await chat.tap("Add a holiday")
        await chat.tap("Christmas", expect="Noted: Christmas, December 25")


async def test_settings_and_streak_show_her_last_contact_as_a_date(
    start_bot: StartBot, chat: Chat
) -> None:
    async with start_bot():
        await _onboard(chat)  # 15 January 2026 in Berlin, last contact 3 days before
        menu = await chat.say("/settings", expect="What would you like to change")
        assert "Last contact: 12 January" in menu.text
        assert "2026-01-12" not in menu.text
        await chat.tap("Done")
        streak = await chat.say("/streak", expect="Urges you rode out")
        assert "Last contact: 12 January" in streak.text

        await _to_spanish(chat)
        streak = await chat.say("/streak", expect="Olas de ganas")
        assert "Último contacto: 12 de enero" in streak.text


async def test_the_pause_says_until_when_in_her_language(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot():
        await _onboard(chat)
        await _to_spanish(chat)
        await chat.say("/pause", expect="¿Cuánto tiempo")
        paused = await chat.tap("3 días", expect="hasta el")
        assert "18 de enero" in paused.text


def _nudges(messages: list[SentMessage], first_words: str) -> list[str]:
    return [message.text for message in messages if first_words in message.text]


@pytest.mark.parametrize(
    ("spanish", "first_line"),
    [
        (False, "Fridays around 11 at night have been hard lately."),
        (True, "Últimamente, los viernes hacia las 11 de la noche cuestan más."),
    ],
)
async def test_the_hard_hour_nudge_names_the_hour_in_her_language(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, spanish: bool, first_line: str
) -> None:
    # Friday 16 January 2026, 23:10 in Berlin; four earlier Fridays were hard too.
    friday_night = _utc(BERLIN, 2026, 1, 16, 23, 10)
    clock.set(friday_night - timedelta(hours=2))
    async with start_bot() as bot:
        await _onboard(chat)
        if spanish:
            await _to_spanish(chat)
        for weeks in range(1, 5):
            await bot.deps.repo.start_urge(
                USER, UrgeKind.TEXT, friday_night - timedelta(weeks=weeks)
            )
        clock.set(friday_night)
        await chat.say("/urge", expect="What do you want to do" if not spanish else "¿Qué")
        await chat.tap("Text or call him" if not spanish else "Escribirle o llamarlo")
        await chat.say("/cancel")
        await tick()
        chat.emulator.drain(USER)

        # Half an hour before the hard hour, a week on.
        clock.set(_utc(BERLIN, 2026, 1, 23, 22, 29))
        await tick()
        assert not _nudges(chat.emulator.drain(USER), first_line.split()[0])
        await tick(1)
        nudges = _nudges(chat.emulator.drain(USER), first_line)
        assert len(nudges) == 1
        assert nudges[0].splitlines()[0] == first_line
