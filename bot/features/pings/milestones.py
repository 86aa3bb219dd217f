"""Milestones: the streak lengths worth a message of their own (the list is content).

Each is sent at most once per streak; a slip starts a new streak and they can all come
again. If the bot was away when one fell due, only the most recent milestone she has
reached is sent when it is back, with today's day count; the older ones she passed in
the meantime are never sent. A burst of stale congratulations would read like a machine
catching up, not like someone who noticed.

A milestone rides on the daily ping: on a day with a milestone to send, the milestone
message replaces the usual check-in, at the time she chose to hear from the bot.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import date, datetime, time, timedelta

from bot.features.pings.schedule import local_instant


def milestone_to_send(
    streak_days: int, sent_for_this_streak: Set[int], milestones: Sequence[int]
) -> int | None:
    """The milestone to send now: the highest one reached, unless it was sent already.

    Older unsent milestones are passed over for good (see the module docstring), so the
    caller only ever records the milestone this returns.
    """
    latest = max((days for days in milestones if days <= streak_days), default=None)
    if latest is None or latest in sent_for_this_streak:
        return None
    return latest


def next_milestone(streak_days: int, milestones: Sequence[int]) -> int | None:
    """The next milestone ahead of her, or None past the last one."""
    return min((days for days in milestones if days > streak_days), default=None)


def milestone_due_at(last_contact: date, days: int, zone: str, at: time) -> datetime:
    """When the milestone of `days` falls due: at her ping time on the local date her
    streak reaches `days`, so it arrives in place of that day's check-in."""
    return local_instant(last_contact + timedelta(days=days), at, zone)
