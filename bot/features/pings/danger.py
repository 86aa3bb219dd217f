"""Danger days: dates that will be hard (his birthday, an anniversary, a holiday, any
date she marks). The evening before and the morning of, the bot sends a short message.

Only the kind of day is ever shown, never a name she typed, so nothing she enters can
put his name on her lock screen.
"""

from __future__ import annotations

from calendar import isleap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import count
from typing import Final

from bot.content import DangerKind, DangerMoment, Holiday
from bot.core.timezones import local_date
from bot.features.pings.schedule import (
    DEFAULT_QUIET_HOURS,
    QuietHours,
    local_instant,
    shift_out_of_quiet_hours,
)

EVE_AT: Final = time(20)
MORNING_AT: Final = time(8)

_ANY_LEAP_YEAR: Final = 2000


@dataclass(frozen=True, slots=True)
class DangerDay:
    kind: DangerKind
    month: int
    day: int
    year: int | None = None  # a date that happens once; None: every year
    # The holiday's name from content, which the texts show. Her own dates never carry
    # a label: whatever she called it could hold his name.
    label: str | None = None

    def __post_init__(self) -> None:
        # 29 February is a fine birthday; a one-off date must exist in its own year.
        date(self.year or _ANY_LEAP_YEAR, self.month, self.day)
        if (self.kind is DangerKind.HOLIDAY) != (self.label is not None):
            raise ValueError("holidays, and only holidays, carry a label")

    @classmethod
    def of_holiday(cls, holiday: Holiday) -> DangerDay:
        return cls(DangerKind.HOLIDAY, holiday.month, holiday.day, label=holiday.label)

    def occurrences(self, from_year: int) -> Iterator[date]:
        """The dates it falls on, in order, from `from_year` on. A 29 February falls on the
        28th in common years: the day before the one that is missing, not the day after."""
        if self.year is not None:
            if self.year >= from_year:
                yield date(self.year, self.month, self.day)
            return
        for year in count(from_year):
            if (self.month, self.day) == (2, 29) and not isleap(year):
                yield date(year, 2, 28)
            else:
                yield date(year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class DangerMessage:
    due_at: datetime  # aware, UTC
    moment: DangerMoment
    occurs_on: date  # the hard day itself, in her calendar: with `moment`, the dedupe key


def holiday_danger_days(holidays: Sequence[Holiday]) -> tuple[DangerDay, ...]:
    return tuple(DangerDay.of_holiday(holiday) for holiday in holidays)


def next_danger_messages(
    day: DangerDay,
    after: datetime,
    zone: str,
    *,
    eve_at: time = EVE_AT,
    morning_at: time = MORNING_AT,
    quiet: QuietHours = DEFAULT_QUIET_HOURS,
) -> list[DangerMessage]:
    """The messages still to come, strictly after `after`, for the next occurrence of
    `day` whose morning message has not gone out yet; in time order, possibly empty.

    Both are moved out of quiet hours to the window's end. If that puts the eve message
    at or after the morning one, only the morning one is kept: two messages at once
    would say the same thing twice.
    """
    # A yearly day yields a date with its morning still ahead within two tries.
    for occurs_on in day.occurrences(local_date(after, zone).year):
        morning = shift_out_of_quiet_hours(local_instant(occurs_on, morning_at, zone), zone, quiet)
        if morning <= after:
            continue
        eve_day = occurs_on - timedelta(days=1)
        eve = shift_out_of_quiet_hours(local_instant(eve_day, eve_at, zone), zone, quiet)
        messages = [DangerMessage(morning, DangerMoment.MORNING, occurs_on)]
        if after < eve < morning:
            messages.insert(0, DangerMessage(eve, DangerMoment.EVE, occurs_on))
        return messages
    return []
