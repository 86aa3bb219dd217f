"""Her clock and calendar, against the real zone database: the day her streak counts in,
and the ways she can tell us her zone, her ping time and her last contact."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.timezones import (
    CityChoice,
    is_known_zone,
    local_date,
    parse_clock_time,
    parse_last_contact,
    zone_for_offset,
    zone_from_text,
)
from tests.vocabulary import TIME

TODAY = date(2026, 3, 31)


# -- her local day ------------------------------------------------------------------------


def test_kathmandu_is_five_hours_forty_five_ahead() -> None:
    moment = datetime(2026, 1, 15, 18, 20, tzinfo=UTC)  # 00:05 next day in Kathmandu
    assert local_date(moment, "Asia/Kathmandu") == date(2026, 1, 16)
    assert local_date(moment - timedelta(minutes=10), "Asia/Kathmandu") == date(2026, 1, 15)


def test_kiritimati_is_already_tomorrow() -> None:
    moment = datetime(2026, 1, 15, 10, 0, tzinfo=UTC)
    assert local_date(moment, "Pacific/Kiritimati") == date(2026, 1, 16)


def test_newfoundland_half_hour_behind_is_still_yesterday() -> None:
    moment = datetime(2026, 1, 16, 3, 0, tzinfo=UTC)  # 23:30 the day before in St. John's
    assert local_date(moment, "America/St_Johns") == date(2026, 1, 15)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # 23:30 UTC the night clocks go forward (29 March 2026): still CET, local 00:30.
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), date(2026, 3, 29)),
        # The night after, Berlin is on summer time: 01:30 the next day.
        (datetime(2026, 3, 29, 23, 30, tzinfo=UTC), date(2026, 3, 30)),
        # The night clocks go back (25 October 2026): summer time until 01:00 UTC.
        (datetime(2026, 10, 24, 23, 30, tzinfo=UTC), date(2026, 10, 25)),
        # 22:30 UTC is 23:30 in winter but already past midnight in summer.
        (datetime(2026, 1, 15, 22, 30, tzinfo=UTC), date(2026, 1, 15)),
        (datetime(2026, 7, 15, 22, 30, tzinfo=UTC), date(2026, 7, 16)),
    ],
)
def test_berlin_day_follows_daylight_saving(moment: datetime, expected: date) -> None:
    assert local_date(moment, "Europe/Berlin") == expected


def test_naive_moments_are_refused() -> None:
    with pytest.raises(ValueError):
        local_date(datetime(2026, 1, 15, 12, 0), "Europe/Berlin")


# -- zones from offsets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "zone"),
    [
        (180, "Etc/GMT-3"),
        (-240, "Etc/GMT+4"),
        (14 * 60, "Etc/GMT-14"),
        (-12 * 60, "Etc/GMT+12"),
        (0, "Etc/UTC"),
        (330, "Asia/Kolkata"),
        (345, "Asia/Kathmandu"),
        (210, "Asia/Tehran"),
        (270, "Asia/Kabul"),
        (390, "Asia/Yangon"),
        (570, "Australia/Darwin"),
        (-210, "America/St_Johns"),
        (765, "Pacific/Chatham"),
    ],
)
def test_zone_for_offset(minutes: int, zone: str) -> None:
    assert zone_for_offset(minutes) == zone
    # The zone really keeps that offset on a January day.
    moment = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    if zone not in {"America/St_Johns", "Pacific/Chatham"}:  # these two have summer time
        offset = moment.astimezone(ZoneInfo(zone)).utcoffset()
        assert offset == timedelta(minutes=minutes)


@pytest.mark.parametrize("minutes", [15 * 60, -13 * 60, 7, 200, -30])
def test_no_zone_for_offsets_nobody_uses(minutes: int) -> None:
    assert zone_for_offset(minutes) is None


@given(st.integers(min_value=-14 * 60, max_value=15 * 60))
def test_every_zone_for_an_offset_is_real(minutes: int) -> None:
    zone = zone_for_offset(minutes)
    assert zone is None or is_known_zone(zone)


# -- zones from text ----------------------------------------------------------------------

CITIES = (CityChoice("Home", "Europe/Lisbon"), CityChoice("São Paulo", "America/Sao_Paulo"))


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/BERLIN", "Europe/Berlin"),
        (" berlin ", "Europe/Berlin"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("sao paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("mexico city", "America/Mexico_City"),
        ("Singapore", "Asia/Singapore"),  # the place, not the legacy alias "Singapore"
        ("st. john's", "America/St_Johns"),
        ("munich", "Europe/Berlin"),
        ("Mumbai", "Asia/Kolkata"),
        ("home", "Europe/Lisbon"),
        ("UTC", "Etc/UTC"),
        ("gmt", "Etc/UTC"),
        ("UTC+3", "Etc/GMT-3"),
        ("+05:30", "Asia/Kolkata"),
        ("GMT-4", "Etc/GMT+4"),
        ("utc +5:45", "Asia/Kathmandu"),
        ("UTC+0530", "Asia/Kolkata"),
        ("utc \u22123", "Etc/GMT+3"),  # a typographic minus
    ],
)
def test_zone_from_text_understands(text: str, zone: str) -> None:
    assert zone_from_text(text, CITIES) == zone


@pytest.mark.parametrize(
    "text", ["", "   ", "somewhere", "utc+15", "+05:60", "gmt 3", "Europe/Atlantis", "localtime"]
)
def test_zone_from_text_refuses(text: str) -> None:
    assert zone_from_text(text, CITIES) is None


@settings(deadline=None)  # the first example builds the city index or loads dateparser
@given(st.text())
def test_zone_from_text_never_raises(text: str) -> None:
    zone = zone_from_text(text, CITIES)
    assert zone is None or is_known_zone(zone)


# -- ping time ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9", time(9)),
        ("09:30", time(9, 30)),
        ("21:00", time(21)),
        ("9pm", time(21)),
        ("9:30 am", time(9, 30)),
        ("9 P.M.", time(21)),
        ("21.15", time(21, 15)),
        ("0930", time(9, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("0:00", time(0)),
        ("noon", time(12)),
    ],
)
def test_parse_clock_time(text: str, expected: time) -> None:
    assert parse_clock_time(text, TIME) == expected


@pytest.mark.parametrize("text", ["25:00", "24:00", "9:60", "13pm", "0am", "nine", "", "9:3"])
def test_parse_clock_time_refuses(text: str) -> None:
    assert parse_clock_time(text, TIME) is None


@given(st.text())
def test_parse_clock_time_never_raises(text: str) -> None:
    parse_clock_time(text, TIME)


# -- last contact -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", TODAY),
        ("Yesterday", date(2026, 3, 30)),
        ("0", TODAY),
        ("3", date(2026, 3, 28)),
        ("3 days", date(2026, 3, 28)),
        ("3 days ago", date(2026, 3, 28)),
        ("2 weeks", date(2026, 3, 17)),
        ("a week ago", date(2026, 3, 24)),
        ("seven days", date(2026, 3, 24)),
        ("a month ago", date(2026, 2, 28)),  # 31 March minus a month: the end of February
        ("2 years", date(2024, 3, 31)),
        ("2026-03-01", date(2026, 3, 1)),
        ("01.11.2025", date(2025, 11, 1)),  # day first
        ("13/01/2026", date(2026, 1, 13)),  # slashes only when they cannot be misread
        ("20 years ago", date(2006, 3, 31)),
    ],
)
def test_parse_last_contact(text: str, expected: date) -> None:
    assert parse_last_contact(text, TODAY, TIME) == expected


@pytest.mark.parametrize(
    "text",
    [
        "tomorrow",
        "2026-11-01",  # in the future
        "21 years",  # more than twenty years back
        "1999-01-01",
        "31.02.2026",  # no such day
        "01/02/2026",  # January 2nd or February 1st?
        "seven",
        "lots",
        "",
        "99999 weeks",
    ],
)
def test_parse_last_contact_refuses(text: str) -> None:
    assert parse_last_contact(text, TODAY, TIME) is None


@settings(deadline=None)  # the first example builds the city index or loads dateparser
@given(st.text(), st.dates())
def test_parse_last_contact_never_raises_nor_accepts_the_future(text: str, today: date) -> None:
    found = parse_last_contact(text, today, TIME)
    assert found is None or found <= today


@given(st.integers(min_value=0, max_value=3650))
def test_a_count_of_days_lands_that_many_days_back(days: int) -> None:
    found = parse_last_contact(f"{days} days ago", TODAY, TIME)
    assert found is not None
    assert (TODAY - found).days == days


def test_dates_near_the_start_of_the_calendar_do_not_break_the_lookback() -> None:
    # Found by fuzzing: twenty years before the year 20 does not exist.
    assert parse_last_contact("0", date(20, 1, 1), TIME) == date(20, 1, 1)
