"""The pure half of /insights: her log counted on her own calendar and clock, drawn as
valid PNGs whatever the log holds, and put into words that fit what she has done."""

from __future__ import annotations

import random
import struct
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content import Content, default_content_dir
from bot.core.model import Situation, Slip, Urge, UrgeKind, UrgeOutcome
from bot.core.streak import StreakState
from bot.features.insights.charts import (
    ChartLabels,
    History,
    daily_counts,
    hour_of_week_counts,
    render_all,
    render_calendar,
    render_held_vs_slipped,
    render_week_hours,
    weekly_counts,
)
from bot.features.insights.handlers import chart_labels
from bot.features.insights.summary import summary

BERLIN = "Europe/Berlin"
TODAY = date(2026, 1, 15)  # a Thursday
MONDAY, FRIDAY, SUNDAY = 0, 4, 6
CONTENT = Content.load(default_content_dir())
LABELS = chart_labels(CONTENT)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

Render = Callable[[History, ChartLabels], bytes]
RENDERS: list[Render] = [render_calendar, render_week_hours, render_held_vs_slipped]


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from the IHDR chunk, which the PNG format puts first."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def at(day: date, hour: int, minute: int = 0, zone: str = BERLIN) -> datetime:
    """An aware UTC moment from her wall clock."""
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def history(
    urges: Sequence[datetime] = (),
    held: Sequence[datetime] = (),
    slips: Sequence[datetime] = (),
    *,
    started: date = TODAY - timedelta(days=3),
    today: date = TODAY,
    zone: str = BERLIN,
) -> History:
    return History(
        zone=zone,
        today=today,
        started=started,
        urge_times=tuple(urges),
        held_times=tuple(held),
        slip_times=tuple(slips),
    )


def a_year(seed: int = 11) -> History:
    """A year as it might really go: most days one or two urges, harder evenings at the
    weekend, most urges ridden out, a slip every few weeks."""
    rng = random.Random(seed)
    urges: list[datetime] = []
    held: list[datetime] = []
    slips: list[datetime] = []
    for back in range(365):
        day = TODAY - timedelta(days=back)
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            hour = rng.choice((21, 22, 23)) if day.weekday() >= FRIDAY else rng.randrange(24)
            moment = at(day, hour, rng.randrange(60))
            urges.append(moment)
            if rng.random() < 0.85:
                held.append(moment)
            elif rng.random() < 0.4:
                slips.append(moment)
    return history(urges, held, slips, started=TODAY - timedelta(days=360))


# -- counting on her clock ------------------------------------------------------------------


def test_an_urge_at_friday_23_local_lands_in_friday_23_in_winter_and_in_summer() -> None:
    winter = at(date(2026, 1, 9), 23, 10)  # CET, UTC+1: 22:10 UTC
    summer = at(date(2026, 7, 3), 23, 50)  # CEST, UTC+2: 21:50 UTC
    assert (winter.hour, summer.hour) == (22, 21)

    counts = hour_of_week_counts([winter, summer], BERLIN)

    assert counts.shape == (7, 24)
    assert counts[FRIDAY, 23] == 2
    assert counts.sum() == 2


def test_urges_in_the_nights_the_clocks_change_keep_their_local_hour() -> None:
    spring = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 CEST, just after the jump
    fall_first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    fall_again = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, an hour later

    counts = hour_of_week_counts([spring, fall_first, fall_again], BERLIN)

    assert counts[SUNDAY, 3] == 1
    assert counts[SUNDAY, 2] == 2  # the hour that happens twice
    assert counts.sum() == 3


def test_a_late_sunday_urge_counts_in_its_own_week_not_the_next() -> None:
    sunday_night = at(date(2026, 1, 11), 23, 30)  # still Sunday in Berlin, 22:30 UTC
    monday_early = at(date(2026, 1, 12), 0, 30)  # Monday in Berlin, Sunday 23:30 UTC
    weeks = weekly_counts(history([], [sunday_night, monday_early], []))

    sunday_week = weeks.mondays.index(date(2026, 1, 5))
    assert weeks.held[sunday_week] == 1
    assert weeks.held[sunday_week + 1] == 1
    assert weeks.mondays[-1] == date(2026, 1, 12)  # this week, Monday to today


def test_days_are_her_local_dates() -> None:
    just_after_midnight = at(date(2026, 1, 10), 0, 15)  # still the 9th in UTC
    assert daily_counts([just_after_midnight], BERLIN) == {date(2026, 1, 10): 1}


def test_naive_times_are_refused_rather_than_guessed() -> None:
    with pytest.raises(ValueError, match="aware"):
        hour_of_week_counts([datetime(2026, 1, 9, 23, 0)], BERLIN)


def test_her_start_is_read_back_from_the_first_slip() -> None:
    def urge(moment: datetime, outcome: UrgeOutcome | None) -> Urge:
        return Urge(1, 7, moment, UrgeKind.TEXT, None, None, outcome, None)

    slip_at = at(date(2025, 12, 20), 22)
    urges = [
        urge(at(date(2025, 12, 18), 21), UrgeOutcome.HELD),
        urge(slip_at, UrgeOutcome.SLIPPED),
        urge(at(date(2026, 1, 3), 23), UrgeOutcome.CANCELLED),
    ]
    slips = [Slip(1, 7, slip_at, streak_days_ended=12, note=None)]

    log = History.from_log(urges, slips, zone=BERLIN, today=TODAY, last_contact=date(2025, 12, 20))

    assert log.started == date(2025, 12, 8)  # 12 days before the slip
    assert log.urge_times == tuple(u.started_at for u in urges)
    assert log.held_times == (urges[0].started_at,)
    assert log.slip_times == (slip_at,)


@pytest.mark.parametrize(
    ("started", "first_day"),
    [
        (TODAY - timedelta(days=2), date(2025, 11, 1)),  # a new start still shows a season
        (date(2025, 6, 30), date(2025, 6, 1)),
        (date(2023, 5, 4), date(2025, 2, 1)),  # a year back at most
    ],
)
def test_the_pictures_begin_with_the_month_her_log_does(started: date, first_day: date) -> None:
    assert history(started=started).first_day() == first_day


# -- the pictures ---------------------------------------------------------------------------


def test_a_year_of_realistic_data_draws_three_phone_sized_pngs() -> None:
    calendar, week, trend = render_all(a_year(), LABELS)

    assert png_size(calendar) == (800, 72 + 12 * 23 + 44)  # a row for each of 12 months
    assert png_size(week) == (800, 400)
    assert png_size(trend) == (800, 400)
    assert all(len(picture) < 150_000 for picture in (calendar, week, trend))


@pytest.mark.parametrize("render", RENDERS)
def test_an_empty_log_still_draws(render: Render) -> None:
    width, height = png_size(render(history(), LABELS))
    assert width == 800 and height > 100


@pytest.mark.parametrize("render", RENDERS)
def test_a_single_day_draws(render: Render) -> None:
    moments = [at(TODAY, 8), at(TODAY, 23, 40)]
    single = history(moments, moments[:1], moments[1:], started=TODAY - timedelta(days=1))
    assert png_size(render(single, LABELS))[0] == 800


def test_labels_must_have_a_name_for_every_weekday() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        replace(LABELS, weekdays=("Mon", "Tue"))


zones = st.sampled_from([BERLIN, "America/New_York", "Asia/Kolkata", "Pacific/Chatham", "UTC"])
moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1), timezones=st.just(UTC)
)
outcomes = st.sampled_from([*UrgeOutcome, None])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    urges=st.lists(st.tuples(moments, outcomes), max_size=60),
    zone=zones,
    today=st.dates(min_value=date(2024, 6, 1), max_value=date(2026, 12, 31)),
    started_back=st.integers(min_value=-30, max_value=900),
)
def test_any_log_draws_without_raising(
    urges: list[tuple[datetime, UrgeOutcome | None]], zone: str, today: date, started_back: int
) -> None:
    log = history(
        [moment for moment, _ in urges],
        [moment for moment, outcome in urges if outcome is UrgeOutcome.HELD],
        [moment for moment, outcome in urges if outcome is UrgeOutcome.SLIPPED],
        started=today - timedelta(days=started_back),
        today=today,
        zone=zone,
    )
    for picture in render_all(log, LABELS):
        assert png_size(picture)[0] == 800


# -- the words ------------------------------------------------------------------------------


def streak(last_contact: date, best: int = 0, banked: int = 0) -> StreakState:
    return StreakState(last_contact=last_contact, best_days=best, banked_days=banked)


def test_the_summary_gives_her_numbers_and_her_hardest_hour() -> None:
    fridays = [at(date(2026, 1, 9) - timedelta(weeks=week), 23, 10) for week in range(5)]
    other = at(date(2026, 1, 13), 9)
    log = history([*fridays, other], fridays[:4], started=date(2025, 12, 1))

    text = summary(CONTENT, log, streak(date(2025, 12, 1)), Situation.CHEATING)

    assert "45 days without contact" in text
    assert "All of them in a row." in text
    assert "6 urges with me and rode out 4 of them" in text
    assert "Fridays around 11 at night" in text
    assert "\n" not in text  # one paragraph


def test_after_a_slip_today_the_summary_keeps_her_days_and_speaks_of_starting_again() -> None:
    slip = at(TODAY, 1)
    log = history([slip], [], [slip], started=date(2025, 11, 1))

    text = summary(CONTENT, log, streak(TODAY, best=40, banked=75), Situation.OTHER)

    assert "75 days without contact" in text
    assert "longest run is 40 days" in text
    assert "one urge with me." in text
    assert "count begins again" in text
    for harsh in ("fail", "weak", "should have", "disappoint"):
        assert harsh not in text.lower()


def test_the_summary_speaks_of_space_when_it_ended_well_and_counts_a_first_day() -> None:
    moment = at(TODAY, 12)
    log = history([moment], [moment], started=TODAY - timedelta(days=1))

    text = summary(CONTENT, log, streak(TODAY - timedelta(days=1)), Situation.AMICABLE)

    assert text.startswith("You've given yourself 1 day of space")
    assert "longest run" not in text  # one day is no run to speak of yet
    assert "you rode it out" in text
