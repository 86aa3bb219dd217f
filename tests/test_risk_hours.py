"""The risk hour: where in her week the urges cluster, on her own clock, and the check-in
half an hour before it, at the right local time across DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.content import Content, default_content_dir, reads_fine_on_lock_screen
from bot.features.pings import (
    QuietHours,
    RiskHour,
    next_risk_nudge,
    risk_hour,
    risk_message,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
FRIDAY, SATURDAY, SUNDAY, MONDAY, TUESDAY = 4, 5, 6, 0, 1
NO_QUIET_HOURS = QuietHours(time(0), time(0))
PINGS = Content.load(default_content_dir()).pings

# Fridays in January 2026, and a few other days of that month.
FRIDAYS = [date(2026, 1, 2), date(2026, 1, 9), date(2026, 1, 16), date(2026, 1, 23)]


def at(zone: str, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def scattered(count: int) -> list[datetime]:
    """Urges spread thinly over the week: at most one in any three-hour stretch."""
    start = at(BERLIN, date(2026, 2, 2), 4, 30)  # a Monday, away from the clusters below
    return [start + timedelta(hours=7 * index) for index in range(count)]


def wall(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


# -- finding the hour ---------------------------------------------------------------------


def test_fewer_than_five_urges_are_not_yet_a_pattern() -> None:
    late_fridays = [at(BERLIN, friday, 23, 10) for friday in FRIDAYS]
    assert risk_hour(late_fridays, BERLIN) is None
    assert risk_hour([*late_fridays, *scattered(1)], BERLIN) == RiskHour(FRIDAY, 23)


def test_late_friday_urges_make_friday_eleven_the_risk_hour() -> None:
    urges = [
        at(BERLIN, FRIDAYS[0], 23, 5),
        at(BERLIN, FRIDAYS[1], 23, 40),
        at(BERLIN, FRIDAYS[2], 23, 15),
        at(BERLIN, date(2026, 1, 6), 10, 0),  # a Tuesday morning
        at(BERLIN, date(2026, 1, 11), 15, 0),  # a Sunday afternoon
    ]
    assert risk_hour(urges, BERLIN) == RiskHour(FRIDAY, 23)


def test_the_hour_is_read_on_her_clock_not_in_utc() -> None:
    # 23:xx in a Berlin winter is 22:xx UTC; the pattern is hers, so it is Friday 23.
    urges = [at(BERLIN, friday, 23, 20) for friday in FRIDAYS[:3]] + scattered(2)
    assert risk_hour(urges, BERLIN) == RiskHour(FRIDAY, 23)
    assert risk_hour(urges, "Etc/UTC") == RiskHour(FRIDAY, 22)


def test_urges_either_side_of_the_hour_add_up() -> None:
    # No single hour holds three urges, but late Friday as a whole holds four.
    urges = [
        at(BERLIN, FRIDAYS[0], 22, 50),
        at(BERLIN, FRIDAYS[1], 23, 10),
        at(BERLIN, FRIDAYS[2], 23, 30),
        at(BERLIN, FRIDAYS[3] + timedelta(days=1), 0, 10),  # just after midnight
        *scattered(2),
    ]
    assert risk_hour(urges, BERLIN) == RiskHour(FRIDAY, 23)


def test_the_cluster_wraps_from_sunday_night_into_monday() -> None:
    sundays = [date(2026, 1, 4), date(2026, 1, 11)]
    urges = [at(BERLIN, sundays[0], 23, 30), at(BERLIN, sundays[1], 23, 45)]
    urges += [at(BERLIN, date(2026, 1, 12), 0, 20), *scattered(2)]
    assert risk_hour(urges, BERLIN) == RiskHour(SUNDAY, 23)


def test_urges_spread_over_the_week_have_no_risk_hour() -> None:
    assert risk_hour(scattered(12), BERLIN) is None


@pytest.mark.parametrize(("others", "expected"), [(7, RiskHour(FRIDAY, 23)), (8, None)])
def test_a_cluster_needs_three_in_ten_of_all_urges(others: int, expected: RiskHour | None) -> None:
    # Three of ten (exactly 30%) is a pattern; three of eleven is not.
    late_fridays = [at(BERLIN, friday, 23, 30) for friday in FRIDAYS[:3]]
    assert risk_hour([*late_fridays, *scattered(others)], BERLIN) == expected


def test_the_hour_moves_as_the_log_grows() -> None:
    urges = [at(BERLIN, friday, 23, 30) for friday in FRIDAYS] + scattered(2)
    assert risk_hour(urges, BERLIN) == RiskHour(FRIDAY, 23)
    tuesdays = [date(2026, 3, 3) + timedelta(weeks=week) for week in range(8)]
    urges += [at(BERLIN, tuesday, 14, 15) for tuesday in tuesdays]
    assert risk_hour(urges, BERLIN) == RiskHour(TUESDAY, 14)


def test_naive_urge_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        risk_hour([datetime(2026, 1, 2, 23, 0)] * 5, BERLIN)


# -- the nudge ----------------------------------------------------------------------------


def test_the_nudge_comes_half_an_hour_before_on_her_clock_across_the_autumn_change() -> None:
    friday_late = RiskHour(FRIDAY, 23)
    first = next_risk_nudge(at(BERLIN, date(2026, 10, 20), 12), BERLIN, friday_late)
    second = next_risk_nudge(first, BERLIN, friday_late)

    assert wall(first, BERLIN) == datetime(2026, 10, 23, 22, 30)
    assert wall(second, BERLIN) == datetime(2026, 10, 30, 22, 30)
    # Berlin left summer time on 25 October: the same local time is an hour later in UTC.
    assert second - first == timedelta(days=7, hours=1)


def test_the_nudge_keeps_its_local_time_across_the_spring_change_in_new_york() -> None:
    friday_late = RiskHour(FRIDAY, 22)
    first = next_risk_nudge(at(NEW_YORK, date(2026, 3, 2), 12), NEW_YORK, friday_late)
    second = next_risk_nudge(first, NEW_YORK, friday_late)
    assert wall(first, NEW_YORK) == datetime(2026, 3, 6, 21, 30)
    assert wall(second, NEW_YORK) == datetime(2026, 3, 13, 21, 30)
    assert second - first == timedelta(days=7, hours=-1)


def test_the_lead_is_real_time_when_the_clocks_jump_in_between() -> None:
    # 03:00 on 29 March 2026 in Berlin comes straight after 02:00: half an hour before it
    # is 01:30 on her clock, not the 02:30 that never happens.
    early_sunday = RiskHour(SUNDAY, 3)
    nudge = next_risk_nudge(
        at(BERLIN, date(2026, 3, 27), 12), BERLIN, early_sunday, quiet=NO_QUIET_HOURS
    )
    assert nudge == datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert wall(nudge, BERLIN) == datetime(2026, 3, 29, 1, 30)


def test_a_nudge_in_quiet_hours_comes_before_they_begin_not_after_the_hard_hour() -> None:
    # Saturday 01:00 is the hard hour; 00:30 is inside 23:00-07:00, so the check-in goes
    # at 22:30 on Friday, while it can still help.
    nudge = next_risk_nudge(at(BERLIN, date(2026, 1, 12), 12), BERLIN, RiskHour(SATURDAY, 1))
    assert wall(nudge, BERLIN) == datetime(2026, 1, 16, 22, 30)
    unquiet = next_risk_nudge(
        at(BERLIN, date(2026, 1, 12), 12), BERLIN, RiskHour(SATURDAY, 1), quiet=NO_QUIET_HOURS
    )
    assert wall(unquiet, BERLIN) == datetime(2026, 1, 17, 0, 30)


def test_the_nudge_is_always_ahead_and_weekly() -> None:
    monday_midnight = RiskHour(MONDAY, 0)
    after = at(BERLIN, date(2026, 1, 11), 22, 40)  # Sunday, past the 22:30 check-in
    nudge = next_risk_nudge(after, BERLIN, monday_midnight)
    assert wall(nudge, BERLIN) == datetime(2026, 1, 18, 22, 30)
    assert next_risk_nudge(nudge, BERLIN, monday_midnight) == nudge + timedelta(weeks=1)


def test_the_nudge_names_the_day_and_hour_without_giving_anything_away() -> None:
    text = risk_message(PINGS, RiskHour(FRIDAY, 23))
    first_line = text.split("\n", 1)[0]
    assert first_line.startswith("Fridays around 11 at night")
    assert reads_fine_on_lock_screen(text)
