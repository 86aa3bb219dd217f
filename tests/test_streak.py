"""The numbers she sees about her streak: days now, her best, and all days kept."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.core.streak import StreakState, after_slip, best_days, current_days, total_days

START = date(2026, 1, 1)

states = st.builds(
    StreakState,
    last_contact=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    best_days=st.integers(min_value=0, max_value=5000),
    banked_days=st.integers(min_value=0, max_value=20000),
)
todays = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1))


def test_the_day_of_contact_is_day_zero_and_each_day_adds_one() -> None:
    state = StreakState(last_contact=START, best_days=0, banked_days=0)
    assert current_days(state, START) == 0
    assert current_days(state, START + timedelta(days=1)) == 1
    assert current_days(state, date(2026, 2, 1)) == 31


def test_a_date_before_the_last_contact_counts_as_zero_not_negative() -> None:
    # Moving her zone west can put "today" one day before the stored date.
    state = StreakState(last_contact=START, best_days=4, banked_days=9)
    assert current_days(state, START - timedelta(days=1)) == 0
    assert total_days(state, START - timedelta(days=1)) == 9


def test_best_counts_the_running_streak_once_it_is_longer() -> None:
    state = StreakState(last_contact=START, best_days=10, banked_days=10)
    assert best_days(state, START + timedelta(days=4)) == 10
    assert best_days(state, START + timedelta(days=12)) == 12


def test_a_slip_banks_the_days_and_starts_again_today() -> None:
    state = StreakState(last_contact=START, best_days=5, banked_days=5)
    slip_day = START + timedelta(days=12)
    after = after_slip(state, slip_day)
    assert after == StreakState(last_contact=slip_day, best_days=12, banked_days=17)
    assert current_days(after, slip_day) == 0
    assert total_days(after, slip_day + timedelta(days=3)) == 20


def test_a_short_streak_after_a_slip_keeps_the_old_best() -> None:
    state = StreakState(last_contact=START, best_days=30, banked_days=40)
    after = after_slip(state, START + timedelta(days=2))
    assert after.best_days == 30
    assert after.banked_days == 42


def test_two_slips_on_one_day_bank_nothing_twice() -> None:
    state = StreakState(last_contact=START, best_days=0, banked_days=0)
    slip_day = START + timedelta(days=7)
    twice = after_slip(after_slip(state, slip_day), slip_day)
    assert twice == StreakState(last_contact=slip_day, best_days=7, banked_days=7)


@given(states, todays)
def test_best_is_never_below_current(state: StreakState, today: date) -> None:
    assert best_days(state, today) >= current_days(state, today)
    assert current_days(state, today) >= 0


@given(states, todays)
def test_a_slip_never_lowers_best_or_total(state: StreakState, today: date) -> None:
    after = after_slip(state, today)
    assert best_days(after, today) >= best_days(state, today)
    assert total_days(after, today) >= total_days(state, today)
    assert current_days(after, today) == 0


@given(states, todays, st.integers(min_value=0, max_value=4000))
def test_total_never_decreases_with_time(state: StreakState, today: date, later: int) -> None:
    assert total_days(state, today + timedelta(days=later)) >= total_days(state, today)
    assert best_days(state, today + timedelta(days=later)) >= best_days(state, today)


@given(states, todays, st.integers(min_value=0, max_value=400))
def test_a_slip_later_never_loses_days_kept(state: StreakState, today: date, later: int) -> None:
    slip_day = today + timedelta(days=later)
    after = after_slip(state, slip_day)
    assert total_days(after, slip_day + timedelta(days=1)) == total_days(state, slip_day) + 1
