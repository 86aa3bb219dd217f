"""Correcting the date of her last contact keeps her history whole: no day counted twice,
and a slip she logged after the new date is kept and said so, never silently contradicted."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.app import Bot
from bot.clock import FakeClock
from bot.core.streak import (
    StreakState,
    after_slip,
    best_days,
    current_days,
    edit_last_contact,
    total_days,
)
from tests.conftest import Chat, later
from tests.test_journeys import onboard

DAY = 24 * 60  # minutes


async def set_last_contact(chat: Chat, button: str) -> str:
    await chat.say("/settings", expect="Your answers so far")
    await chat.tap("Date of last contact", expect="last in touch")
    saved = await chat.tap(button)
    await chat.tap("Done", expect="Saved")
    return saved.text


async def slip(chat: Chat) -> None:
    await chat.say("/slip", expect="what happened")
    await chat.tap("Skip", expect="Noted")


async def test_moving_the_date_back_past_a_slip_keeps_the_slip_and_counts_no_day_twice(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)  # last contact 3 days ago
    later(clock, DAY)  # day 4
    await slip(chat)
    before = await chat.say("/streak", expect="Urges you rode out")
    assert before.text.startswith("A fresh count starts today.")
    assert "Best streak: 4 days" in before.text
    assert "All days without contact: 4" in before.text

    said = await set_last_contact(chat, "Two weeks ago")
    # The slip she logged today is kept, and she is told why the count starts there.
    assert "You told me about a slip on 16 January" in said
    after = await chat.say("/streak", expect="Urges you rode out")
    assert after.text.startswith("A fresh count starts today.")
    assert "Best streak: 4 days" in after.text
    assert "All days without contact: 4" in after.text

    later(clock, 2 * DAY)
    two_days_on = await chat.say("/streak", expect="Urges you rode out")
    assert two_days_on.text.startswith("Day 2 without contact.")
    assert "Best streak: 4 days" in two_days_on.text
    assert "All days without contact: 6" in two_days_on.text


async def test_a_date_after_the_slip_is_taken_as_she_gives_it(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    later(clock, DAY)
    await slip(chat)  # 16 January, after 4 days
    later(clock, 3 * DAY)  # 19 January: day 3 of the new count

    said = await set_last_contact(chat, "Yesterday")  # she was in touch on the 18th
    assert said.startswith("Day 1 it is")
    streak = await chat.say("/streak", expect="Day 1 without contact")
    assert "Best streak: 4 days" in streak.text
    assert "All days without contact: 5" in streak.text  # 4 before the slip, 1 now


async def test_a_corrected_date_is_a_correction_not_a_second_streak(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)
    await set_last_contact(chat, "A month ago")
    await chat.say("/streak", expect="Day 30 without contact")
    # She mistyped: it was yesterday. No 30-day best is left behind from the typo.
    await set_last_contact(chat, "Yesterday")
    streak = await chat.say("/streak", expect="Day 1 without contact")
    assert "Best streak: 1 " in streak.text
    assert "All days without contact: 1\n" in streak.text


# -- the rule, over any history ---------------------------------------------------------------

Step = tuple[str, int]
steps = st.lists(
    st.one_of(
        st.tuples(st.just("days pass"), st.integers(min_value=0, max_value=60)),
        st.tuples(st.just("slip"), st.just(0)),
        st.tuples(st.just("edit"), st.integers(min_value=0, max_value=400)),  # days ago
    ),
    max_size=40,
)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 1, 1)), steps)
def test_no_history_of_edits_slips_and_days_counts_a_day_twice(
    start: date, history: list[Step]
) -> None:
    today = start
    state = StreakState(last_contact=start, best_days=0, banked_days=0)
    finished: list[tuple[date, date]] = []  # each finished streak: (its last contact, slip]
    last_slip: date | None = None
    began = start  # the earliest day her history has ever started from
    for step, number in history:
        if step == "days pass":
            today += timedelta(days=number)
        elif step == "slip":
            finished.append((state.last_contact, today))
            state, last_slip = after_slip(state, today), today
        else:
            asked = today - timedelta(days=number)
            edit = edit_last_contact(state, asked, today, last_slip)
            # A correction never rewrites the finished streaks.
            assert (edit.state.best_days, edit.state.banked_days) == (
                state.best_days,
                state.banked_days,
            )
            if last_slip is not None and asked < last_slip:
                # The slip she logged is kept, and the caller is told to say so.
                assert edit.kept_slip == last_slip == edit.state.last_contact
            else:
                assert edit.kept_slip is None and edit.state.last_contact == asked
            state = edit.state
            began = min(began, state.last_contact)

        current, best, total = (
            current_days(state, today),
            best_days(state, today),
            total_days(state, today),
        )
        assert 0 <= current <= best <= total <= (today - began).days
        # Every day counted, finished streaks and the running one: none of them twice.
        spans = [*finished, (state.last_contact, today)]
        counted = [
            since + timedelta(days=offset)
            for since, until in spans
            for offset in range(1, (until - since).days + 1)
        ]
        assert len(counted) == len(set(counted)) == total
