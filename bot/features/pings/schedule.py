"""Her wall clock, turned into the UTC instants timers are stored in.

She thinks in local times ("every morning at 8:30"), timers fire at instants, and the
two disagree twice a year. The rules, the same for every message:

- a local time that does not exist that day (clocks spring forward over it) is reached
  at the first whole minute after the jump: 02:30 on Berlin's March change is 03:00;
- a local time that happens twice (clocks fall back) counts once, the first time;
- a local date gets at most one daily ping; in the rare case a jump swallows the whole
  ping time and carries it into the next day (Samoa skipped 30 December 2011), that date
  simply has none, so "one ping per local date" stays a safe idempotency key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.core.timezones import local_date


@dataclass(frozen=True, slots=True)
class QuietHours:
    """Local times when the bot does not start a conversation: from `start` up to, not
    including, `end`. A window that wraps midnight (23:00 to 07:00) is the usual case;
    equal ends mean no quiet hours at all.

    Daily pings (and the milestones that ride on them) ignore quiet hours: they go at the
    time she chose, even inside the window, because she chose it. Danger-day messages and
    risk nudges are the bot's own idea and respect the window.
    """

    start: time
    end: time

    @property
    def wraps_midnight(self) -> bool:
        return self.start > self.end

    def __contains__(self, moment: time) -> bool:
        if self.wraps_midnight:
            return moment >= self.start or moment < self.end
        return self.start <= moment < self.end


DEFAULT_QUIET_HOURS: Final = QuietHours(start=time(23), end=time(7))


def local_instant(day: date, at: time, zone: str) -> datetime:
    """The UTC instant at which her clock in `zone` reads `at` on `day`, by the rules in
    the module docstring (gap: first minute after it; fold: first occurrence)."""
    tz = ZoneInfo(zone)
    wall = datetime.combine(day, at.replace(tzinfo=None))
    # fold=0 is the first of two readings in a fold, which is the one we want.
    instant = wall.replace(tzinfo=tz).astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == wall:
        return instant
    # `wall` is inside a gap. Read with the offset from after the jump (fold=1) it lands
    # before the jump; read as above it lands after. The jump lies between the two.
    before = wall.replace(tzinfo=tz, fold=1).astimezone(UTC)
    return _first_minute_after_jump(before, instant, tz)


def next_daily_ping(
    after: datetime, at: time, zone: str, *, paused_until: date | None = None
) -> datetime:
    """The first instant strictly after `after` at which her local clock reads `at`.

    `paused_until` is the local date pings resume: dates before it are skipped. The
    result is an aware UTC datetime; its local date (see `ping_day`) is unique to it.
    """
    _require_aware(after)
    day = local_date(after, zone)
    if paused_until is not None:
        day = max(day, paused_until)
    # Ends within a few days: each date either has its ping or was swallowed whole by
    # a jump, and no zone swallows days in a row.
    while True:
        instant = local_instant(day, at, zone)
        if instant > after and ping_day(instant, zone) == day:
            return instant
        day += timedelta(days=1)


def ping_day(moment: datetime, zone: str) -> date:
    """The local date a ping at `moment` belongs to; with the user id, its idempotency key."""
    return local_date(moment, zone)


def quiet_window_around(
    moment: datetime, zone: str, quiet: QuietHours
) -> tuple[datetime, datetime] | None:
    """The (start, end) UTC instants of the quiet window `moment` falls in, or None if it
    falls outside quiet hours."""
    _require_aware(moment)
    local = moment.astimezone(ZoneInfo(zone))
    if local.time() not in quiet:
        return None
    start_day = local.date()
    if quiet.wraps_midnight and local.time() < quiet.end:
        start_day -= timedelta(days=1)  # after midnight: the window began last evening
    end_day = start_day + timedelta(days=1) if quiet.wraps_midnight else start_day
    return local_instant(start_day, quiet.start, zone), local_instant(end_day, quiet.end, zone)


def shift_out_of_quiet_hours(due: datetime, zone: str, quiet: QuietHours) -> datetime:
    """`due`, or the end of the quiet window it falls in: a message that can wait until
    morning should not wake her."""
    window = quiet_window_around(due, zone, quiet)
    return due if window is None else window[1]


_ONE_MINUTE: Final = timedelta(minutes=1)


def _first_minute_after_jump(before: datetime, after: datetime, tz: ZoneInfo) -> datetime:
    """The first whole local minute at or after the jump lying in (`before`, `after`]."""
    # Zone data has no public list of transitions, so find this one by bisection over
    # whole seconds, the resolution transitions are recorded in.
    new_offset = after.astimezone(tz).utcoffset()
    low, high = int(before.timestamp()), int(after.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, tz).utcoffset() == new_offset:
            high = middle
        else:
            low = middle
    jump = datetime.fromtimestamp(high, UTC)
    # Old offsets carried seconds (Amsterdam was +00:19:32), so the first valid instant
    # may sit mid-minute on her clock; the ping waits for the minute to turn.
    local = jump.astimezone(tz)
    if local.second or local.microsecond:
        jump += _ONE_MINUTE - timedelta(seconds=local.second, microseconds=local.microsecond)
    return jump


def _require_aware(moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("expected an aware datetime")
