"""Streak arithmetic: how many days she has kept no contact, in her own calendar days.

Only the date of the last contact is stored for the running streak; the count is
derived from it, so it can never drift from the calendar. Finished streaks live on in
`best_days` (the longest) and `banked_days` (their sum), so a slip costs her the
running count and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True, slots=True)
class StreakState:
    last_contact: date  # her local date of the last contact
    best_days: int  # the longest finished streak
    banked_days: int  # the days of all finished streaks together


def current_days(state: StreakState, today: date) -> int:
    """Whole calendar days since the last contact; 0 on the day itself.

    Never negative: if her zone moves west, "today" can fall before the stored date,
    and a count below zero would only confuse her.
    """
    return max(0, (today - state.last_contact).days)


def best_days(state: StreakState, today: date) -> int:
    """Her best streak, counting the one she is in now."""
    return max(state.best_days, current_days(state, today))


def total_days(state: StreakState, today: date) -> int:
    """Every no-contact day she has ever kept, the running streak included."""
    return state.banked_days + current_days(state, today)


def after_slip(state: StreakState, today: date) -> StreakState:
    """The state after a contact today: the running streak is banked and starts again."""
    return StreakState(
        last_contact=today,
        best_days=best_days(state, today),
        banked_days=total_days(state, today),
    )


def starts_today(state: StreakState, today: date) -> bool:
    """True on the day the count (re)starts, when "Day 0" would read as a failure: the
    words for that day say a fresh count begins instead of giving a number."""
    return current_days(state, today) == 0


@dataclass(frozen=True, slots=True)
class ContactEdit:
    """Her history after she corrected the date of her last contact."""

    state: StreakState
    # The date she gave fell before a slip she had logged; the slip is kept and the count
    # runs from it. None when the date was taken as she gave it.
    kept_slip: date | None


def edit_last_contact(
    state: StreakState, asked: date, today: date, last_slip: date | None
) -> ContactEdit:
    """Correct the start of the running streak without counting any day twice.

    A corrected date is a correction, not a slip: the running streak is replaced, so
    `best_days` and `banked_days`, which only hold *finished* streaks, stay as they are.
    Those finished streaks all end on or before her last logged slip (`last_slip`, in her
    local calendar), so the running streak may not start before it: a date she gives
    that falls earlier would count the banked days a second time and contradict the slip
    she told us about. The slip is kept, the count runs from its day, and the caller
    tells her so.
    """
    wanted = min(asked, today)
    if last_slip is not None and wanted < last_slip:
        return ContactEdit(replace(state, last_contact=last_slip), kept_slip=last_slip)
    return ContactEdit(replace(state, last_contact=wanted), kept_slip=None)
