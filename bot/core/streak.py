"""Streak arithmetic: how many days she has kept no contact, in her own calendar days.

Only the date of the last contact is stored for the running streak; the count is
derived from it, so it can never drift from the calendar. Finished streaks live on in
`best_days` (the longest) and `banked_days` (their sum), so a slip costs her the
running count and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
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
