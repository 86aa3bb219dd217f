"""The risk hour: the hour of the week her urges cluster in, and a check-in before it.

The rule, recomputed from the log whenever it grows:
- nothing until she has logged at least 5 urges: fewer is not a pattern;
- urges are counted per hour of the week on her local clock (Friday 23:00-23:59 is one
  slot, 168 in all), and each slot is scored with its two neighbours, because a habit of
  "late on Friday" spreads over 22:50 and 23:10;
- the best-scoring slot is a cluster if its three hours hold at least 3 urges and at
  least 30% of all of them; ties go to the slot with more urges of its own, then to
  the earliest in the week (Monday first);
- the nudge goes 30 minutes before that hour begins, every week; if that falls in her
  quiet hours, it goes 30 minutes before they begin instead (see `next_risk_nudge`).
The caller chooses which urges count; the last few months keep the hour current.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from fractions import Fraction
from typing import Final
from zoneinfo import ZoneInfo

from bot.core.timezones import local_date
from bot.features.pings.schedule import (
    DEFAULT_QUIET_HOURS,
    QuietHours,
    local_instant,
    quiet_window_around,
)

MIN_URGES: Final = 5
MIN_CLUSTER_URGES: Final = 3
MIN_CLUSTER_SHARE: Final = Fraction(3, 10)  # exact: 3 of 10 must pass, a float would not
NUDGE_LEAD: Final = timedelta(minutes=30)

_HOURS_IN_WEEK: Final = 7 * 24


@dataclass(frozen=True, slots=True)
class RiskHour:
    weekday: int  # 0 is Monday, on her clock
    hour: int  # 0 to 23, on her clock


def risk_hour(urge_times: Sequence[datetime], zone: str) -> RiskHour | None:
    """The hour of the week her urges cluster in, by the rule above, or None."""
    if len(urge_times) < MIN_URGES:
        return None
    tz = ZoneInfo(zone)
    counts = [0] * _HOURS_IN_WEEK
    for moment in urge_times:
        if moment.tzinfo is None:
            raise ValueError("expected aware datetimes")
        local = moment.astimezone(tz)
        counts[local.weekday() * 24 + local.hour] += 1

    def score(slot: int) -> tuple[int, int, int]:
        around = sum(counts[(slot + step) % _HOURS_IN_WEEK] for step in (-1, 0, 1))
        return around, counts[slot], -slot

    best = max(range(_HOURS_IN_WEEK), key=score)
    clustered = score(best)[0]
    if clustered < MIN_CLUSTER_URGES or clustered < MIN_CLUSTER_SHARE * len(urge_times):
        return None
    weekday, hour = divmod(best, 24)
    return RiskHour(weekday, hour)


def next_risk_nudge(
    after: datetime,
    zone: str,
    risk: RiskHour,
    *,
    lead: timedelta = NUDGE_LEAD,
    quiet: QuietHours = DEFAULT_QUIET_HOURS,
) -> datetime:
    """The next check-in strictly after `after`: `lead` before her risk hour begins.

    The lead is real time, not clock time, so it is 30 minutes even across a DST jump.
    A nudge that would fall in quiet hours goes `lead` before they begin instead: unlike
    a danger-day message, it is no use once the hard hour is over, so it cannot wait
    for the morning.
    """
    today = local_date(after, zone)
    risk_day = today + timedelta(days=(risk.weekday - today.weekday()) % 7)
    # This week's risk day is today or later; its nudge may still be behind `after`
    # (or moved there by quiet hours), but next week's is always ahead.
    while True:
        nudge = local_instant(risk_day, time(risk.hour), zone) - lead
        if (window := quiet_window_around(nudge, zone, quiet)) is not None:
            nudge = window[0] - lead
        if nudge > after:
            return nudge
        risk_day += timedelta(weeks=1)
