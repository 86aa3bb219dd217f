"""The daily check-in comes at the time she chose on her own clock, across DST changes and
in zones with odd offsets; quiet hours and pauses hold; hard dates get a word the
evening before and the morning of. All against the real zone database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content import Content, DangerKind, DangerMoment, default_content_dir
from bot.core.timezones import is_known_zone
from bot.features.pings import (
    DEFAULT_QUIET_HOURS,
    DangerDay,
    QuietHours,
    holiday_danger_days,
    next_daily_ping,
    next_danger_messages,
    ping_day,
    shift_out_of_quiet_hours,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
KATHMANDU = "Asia/Kathmandu"
KIRITIMATI = "Pacific/Kiritimati"
MORNING = time(8, 30)


def wall(moment: datetime, zone: str) -> datetime:
    """What her clock reads at `moment`, as a naive datetime."""
    return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def her(zone: str, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """An instant given as her clock reading (the first, if it happens twice)."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def noon(zone: str, day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=ZoneInfo(zone)).astimezone(UTC)


def pings(after: datetime, at: time, zone: str, count: int) -> list[datetime]:
    """`count` consecutive daily pings, each scheduled from the one before, as the shell does."""
    found: list[datetime] = []
    for _ in range(count):
        after = next_daily_ping(after, at, zone)
        found.append(after)
    return found


# -- across DST changes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "change"),
    [
        (BERLIN, date(2026, 3, 29)),
        (BERLIN, date(2026, 10, 25)),
        (NEW_YORK, date(2026, 3, 8)),
        (NEW_YORK, date(2026, 11, 1)),
    ],
)
def test_a_week_of_morning_pings_stays_at_half_past_eight_across_the_change(
    zone: str, change: date
) -> None:
    start = noon(zone, change - timedelta(days=3))
    week = pings(start, MORNING, zone, 7)

    assert [wall(ping, zone).date() for ping in week] == [
        change + timedelta(days=offset) for offset in range(-2, 5)
    ]
    assert all(wall(ping, zone).time() == MORNING for ping in week)
    assert [ping_day(ping, zone) for ping in week] == [wall(p, zone).date() for p in week]
    # The week really straddles the change: in UTC the ping moved by an hour.
    assert len({ping.astimezone(UTC).time() for ping in week}) == 2


def test_a_ping_time_the_clocks_skip_comes_at_three_in_berlin() -> None:
    # 29 March 2026: at 02:00 Berlin clocks jump to 03:00, so 02:30 does not exist.
    first, second = pings(her(BERLIN, 2026, 3, 28, 12, 0), time(2, 30), BERLIN, 2)

    assert first == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert wall(first, BERLIN) == datetime(2026, 3, 29, 3, 0)
    assert wall(second, BERLIN) == datetime(2026, 3, 30, 2, 30)


def test_a_ping_time_the_clocks_skip_comes_at_three_in_new_york() -> None:
    # 8 March 2026: New York clocks jump from 02:00 to 03:00.
    first = next_daily_ping(her(NEW_YORK, 2026, 3, 7, 12, 0), time(2, 15), NEW_YORK)
    assert first == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    assert wall(first, NEW_YORK) == datetime(2026, 3, 8, 3, 0)


@pytest.mark.parametrize(
    ("zone", "day", "at", "first_utc"),
    [
        # 25 October 2026: Berlin clocks go from 03:00 back to 02:00; 02:30 happens twice.
        (BERLIN, date(2026, 10, 25), time(2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        # 1 November 2026: New York goes from 02:00 back to 01:00; 01:30 happens twice.
        (NEW_YORK, date(2026, 11, 1), time(1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
    ],
)
def test_a_ping_time_that_happens_twice_fires_once_the_first_time(
    zone: str, day: date, at: time, first_utc: datetime
) -> None:
    eve = noon(zone, day - timedelta(days=1))
    first, second, third = pings(eve, at, zone, 3)

    assert first == first_utc
    # The repeat an hour later is not a second ping: the next one is the next day's.
    assert [wall(ping, zone).date() for ping in (second, third)] == [
        day + timedelta(days=1),
        day + timedelta(days=2),
    ]
    assert all(wall(ping, zone).time() == at for ping in (first, second, third))


def test_kathmandu_pings_at_its_quarter_hour_offset() -> None:
    after = datetime(2026, 1, 15, 0, 0, tzinfo=UTC)  # 05:45 in Kathmandu
    ping = next_daily_ping(after, MORNING, KATHMANDU)

    assert ping == datetime(2026, 1, 15, 2, 45, tzinfo=UTC)
    # Strictly after: scheduling from the ping itself gives the next day's.
    assert next_daily_ping(ping, MORNING, KATHMANDU) == ping + timedelta(days=1)


def test_kiritimati_pings_on_its_own_date_a_day_ahead_of_utc() -> None:
    after = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)  # 02:00 on the 16th in Kiritimati
    ping = next_daily_ping(after, MORNING, KIRITIMATI)

    assert ping == datetime(2026, 1, 15, 18, 30, tzinfo=UTC)
    # The ping belongs to her date, not to UTC's, or the day count would lag by one.
    assert ping_day(ping, KIRITIMATI) == date(2026, 1, 16)


def test_a_day_the_calendar_skips_gets_no_invented_ping() -> None:
    # Samoa jumped from 29 to 31 December 2011. The 30th's 08:30 would land on the 31st,
    # beside the 31st's own ping; instead the 31st gets exactly one.
    apia = "Pacific/Apia"
    after = her(apia, 2011, 12, 29, 9, 0)
    ping = next_daily_ping(after, MORNING, apia)

    assert wall(ping, apia) == datetime(2011, 12, 31, 8, 30)
    assert wall(next_daily_ping(ping, MORNING, apia), apia) == datetime(2012, 1, 1, 8, 30)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_daily_ping(datetime(2026, 1, 15, 12, 0), MORNING, BERLIN)


# -- pauses -------------------------------------------------------------------------------


def test_a_pause_skips_days_until_the_date_pings_resume() -> None:
    after = her(BERLIN, 2026, 1, 15, 6, 0)  # before today's ping
    ping = next_daily_ping(after, MORNING, BERLIN, paused_until=date(2026, 1, 20))
    assert wall(ping, BERLIN) == datetime(2026, 1, 20, 8, 30)


def test_a_pause_that_ended_changes_nothing() -> None:
    after = her(BERLIN, 2026, 1, 15, 6, 0)
    ping = next_daily_ping(after, MORNING, BERLIN, paused_until=date(2026, 1, 15))
    assert wall(ping, BERLIN) == datetime(2026, 1, 15, 8, 30)
    assert next_daily_ping(after, MORNING, BERLIN, paused_until=date(2026, 1, 1)) == ping


# -- any zone, any time -------------------------------------------------------------------

ZONES = sorted(zone for zone in available_timezones() if is_known_zone(zone))
# From 2013 on: earlier, Samoa and Tokelau skipped a whole calendar day (tested above).
AFTER = st.datetimes(min_value=datetime(2013, 1, 1), max_value=datetime(2040, 12, 31))
PING_TIMES = st.builds(time, st.integers(0, 23), st.integers(0, 59))
# The largest clock change since 2013: Antarctica/Casey moved by three hours.
LONGEST_WAIT = timedelta(hours=24 + 3)
LOOK_BACK = [timedelta(minutes=minutes) for minutes in range(1, 3 * 60 + 1)]


@settings(deadline=None)
@given(zone=st.sampled_from(ZONES), naive_after=AFTER, at=PING_TIMES)
def test_any_zone_pings_at_her_time_within_a_day(
    zone: str, naive_after: datetime, at: time
) -> None:
    after = naive_after.replace(tzinfo=UTC)
    ping = next_daily_ping(after, at, zone)
    day = wall(ping, zone).date()
    wanted = datetime.combine(day, at)

    assert after < ping <= after + LONGEST_WAIT
    assert ping.utcoffset() == timedelta(0)
    assert (day - wall(after, zone).date()).days in (0, 1)
    if wall(ping, zone) != wanted:
        # Only when her clock skipped over `at`: then it is the first minute after the jump.
        assert wall(ping, zone).second == 0
        assert wall(ping - timedelta(minutes=1), zone) < wanted < wall(ping, zone)
    # The first time her clock reached `at` that day, not the repeat after a fall-back.
    earlier = [wall(ping - back, zone) for back in LOOK_BACK]
    assert all(reading < wanted for reading in earlier if reading.date() == day)


@settings(deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    naive_after=AFTER,
    at=PING_TIMES,
    pause_days=st.integers(-3, 30),
)
def test_any_pause_resumes_on_its_date(
    zone: str, naive_after: datetime, at: time, pause_days: int
) -> None:
    after = naive_after.replace(tzinfo=UTC)
    today = wall(after, zone).date()
    resume = today + timedelta(days=pause_days)
    ping = next_daily_ping(after, at, zone, paused_until=resume)

    assert ping > after
    if resume > today:
        assert ping_day(ping, zone) == resume
    else:
        assert ping == next_daily_ping(after, at, zone)


# -- quiet hours --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quiet", "inside", "outside"),
    [
        (DEFAULT_QUIET_HOURS, [time(23), time(2), time(6, 59)], [time(7), time(12), time(22, 59)]),
        (QuietHours(time(13), time(15)), [time(13), time(14, 59)], [time(12, 59), time(15)]),
        (QuietHours(time(9), time(9)), [], [time(9), time(0), time(23, 59)]),
    ],
)
def test_quiet_hours_run_from_start_up_to_end(
    quiet: QuietHours, inside: list[time], outside: list[time]
) -> None:
    assert all(moment in quiet for moment in inside)
    assert not any(moment in quiet for moment in outside)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        # Late evening: held until 07:00 the next morning.
        ((2026, 1, 15, 23, 30), datetime(2026, 1, 16, 7, 0)),
        # Small hours: held until 07:00 the same morning.
        ((2026, 1, 16, 3, 0), datetime(2026, 1, 16, 7, 0)),
        # Outside quiet hours: untouched.
        ((2026, 1, 16, 12, 0), datetime(2026, 1, 16, 12, 0)),
        # The nights the clocks change: still 07:00 on her clock.
        ((2026, 3, 28, 23, 30), datetime(2026, 3, 29, 7, 0)),
        ((2026, 10, 24, 23, 30), datetime(2026, 10, 25, 7, 0)),
    ],
)
def test_a_message_due_in_quiet_hours_waits_for_them_to_end(
    due: tuple[int, int, int, int, int], expected: datetime
) -> None:
    shifted = shift_out_of_quiet_hours(her(BERLIN, *due), BERLIN, DEFAULT_QUIET_HOURS)
    assert wall(shifted, BERLIN) == expected


# -- danger days --------------------------------------------------------------------------

CONTENT = Content.load(default_content_dir())


def messages_at(
    day: DangerDay, after: datetime, zone: str, quiet: QuietHours = DEFAULT_QUIET_HOURS
) -> list[tuple[DangerMoment, datetime, date]]:
    """(eve or morning, her clock reading when it arrives, the hard day) per message."""
    return [
        (message.moment, wall(message.due_at, zone), message.occurs_on)
        for message in next_danger_messages(day, after, zone, quiet=quiet)
    ]


def readings_at(
    day: DangerDay, after: datetime, zone: str, quiet: QuietHours = DEFAULT_QUIET_HOURS
) -> list[datetime]:
    """Just her clock readings when the messages arrive."""
    return [reading for _, reading, _ in messages_at(day, after, zone, quiet)]


def test_a_birthday_gets_the_evening_before_and_the_morning_of() -> None:
    birthday = DangerDay(DangerKind.BIRTHDAY, 6, 12)
    assert messages_at(birthday, her(BERLIN, 2026, 5, 1, 12), BERLIN) == [
        (DangerMoment.EVE, datetime(2026, 6, 11, 20, 0), date(2026, 6, 12)),
        (DangerMoment.MORNING, datetime(2026, 6, 12, 8, 0), date(2026, 6, 12)),
    ]


def test_after_the_eve_only_the_morning_is_left_and_then_next_year() -> None:
    birthday = DangerDay(DangerKind.BIRTHDAY, 6, 12)
    assert messages_at(birthday, her(BERLIN, 2026, 6, 11, 21), BERLIN) == [
        (DangerMoment.MORNING, datetime(2026, 6, 12, 8, 0), date(2026, 6, 12)),
    ]
    assert readings_at(birthday, her(BERLIN, 2026, 6, 12, 8, 1), BERLIN) == [
        datetime(2027, 6, 11, 20, 0),
        datetime(2027, 6, 12, 8, 0),
    ]


def test_both_messages_keep_her_local_time_across_a_clock_change() -> None:
    # New York springs forward at 02:00 on 8 March 2026: the eve is on winter time,
    # the morning on summer time, both at the usual local hour.
    anniversary = DangerDay(DangerKind.ANNIVERSARY, 3, 8)
    got = next_danger_messages(anniversary, her(NEW_YORK, 2026, 3, 1, 12), NEW_YORK)
    assert [message.due_at for message in got] == [
        datetime(2026, 3, 8, 1, 0, tzinfo=UTC),
        datetime(2026, 3, 8, 12, 0, tzinfo=UTC),
    ]


def test_a_new_years_day_anniversary_starts_on_the_last_evening_of_the_year() -> None:
    anniversary = DangerDay(DangerKind.ANNIVERSARY, 1, 1)
    assert readings_at(anniversary, her(BERLIN, 2026, 12, 30, 12), BERLIN) == [
        datetime(2026, 12, 31, 20, 0),
        datetime(2027, 1, 1, 8, 0),
    ]


@pytest.mark.parametrize(
    ("year", "eve", "morning"),
    [
        (2027, datetime(2027, 2, 27, 20, 0), datetime(2027, 2, 28, 8, 0)),
        (2028, datetime(2028, 2, 28, 20, 0), datetime(2028, 2, 29, 8, 0)),
    ],
)
def test_a_leap_day_birthday_falls_on_the_28th_in_common_years(
    year: int, eve: datetime, morning: datetime
) -> None:
    birthday = DangerDay(DangerKind.BIRTHDAY, 2, 29)
    assert readings_at(birthday, her(BERLIN, year, 1, 10, 12), BERLIN) == [eve, morning]


def test_quiet_hours_move_both_messages_and_never_send_two_at_once() -> None:
    birthday = DangerDay(DangerKind.BIRTHDAY, 6, 12)
    after = her(BERLIN, 2026, 5, 1, 12)

    late_riser = QuietHours(time(22), time(8, 30))
    assert readings_at(birthday, after, BERLIN, late_riser) == [
        datetime(2026, 6, 11, 20, 0),
        datetime(2026, 6, 12, 8, 30),
    ]
    # Quiet from 19:00: the eve would land on the morning message at 09:00; one is enough.
    early_night = QuietHours(time(19), time(9))
    assert messages_at(birthday, after, BERLIN, early_night) == [
        (DangerMoment.MORNING, datetime(2026, 6, 12, 9, 0), date(2026, 6, 12)),
    ]


def test_a_one_off_date_comes_once_even_years_ahead() -> None:
    marked = DangerDay(DangerKind.CUSTOM, 9, 5, year=2028)
    assert readings_at(marked, her(BERLIN, 2026, 1, 1, 12), BERLIN) == [
        datetime(2028, 9, 4, 20, 0),
        datetime(2028, 9, 5, 8, 0),
    ]
    assert messages_at(marked, her(BERLIN, 2028, 9, 5, 9), BERLIN) == []


def test_kiritimati_gets_the_eve_on_its_own_evening() -> None:
    valentines = DangerDay(DangerKind.HOLIDAY, 2, 14, label="Valentine's Day")
    got = next_danger_messages(valentines, datetime(2026, 2, 1, tzinfo=UTC), KIRITIMATI)
    # 20:00 on the 13th in Kiritimati is 06:00 UTC that same day.
    assert got[0].due_at == datetime(2026, 2, 13, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "make",
    [
        lambda: DangerDay(DangerKind.BIRTHDAY, 2, 30),
        lambda: DangerDay(DangerKind.CUSTOM, 2, 29, year=2027),
        lambda: DangerDay(DangerKind.HOLIDAY, 12, 25),
        lambda: DangerDay(DangerKind.CUSTOM, 12, 25, label="Max's birthday"),
    ],
)
def test_impossible_dates_and_labels_on_her_own_dates_are_refused(
    make: Callable[[], DangerDay],
) -> None:
    with pytest.raises(ValueError):
        make()


def test_the_usual_hard_holidays_are_on_the_list() -> None:
    days = {(day.month, day.day): day for day in holiday_danger_days(CONTENT.pings.holidays)}
    assert {(2, 14), (12, 25), (12, 31)} <= days.keys()
    assert days[12, 25].label == "Christmas"
    assert all(day.kind is DangerKind.HOLIDAY for day in days.values())
