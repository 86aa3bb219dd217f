"""The cut-off checklist's arithmetic: states, progress, what is open, when to remind."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import (
    Content,
    ContentError,
    default_content_dir,
    reads_fine_on_lock_screen,
    situational,
)
from bot.core.model import Situation
from bot.core.timezones import local_date
from bot.features.cutoff.logic import (
    ItemState,
    Progress,
    checked_order,
    next_state,
    open_items,
    progress,
    reminder_at,
    reminder_due,
    state_of,
)

ORDER = ("number", "whatsapp", "instagram", "friends", "photos")
STORED = st.sampled_from([*ItemState, "archived-by-a-future-version"])
STATES = st.dictionaries(st.sampled_from([*ORDER, "gone_from_content"]), STORED)
ZONES = st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Apia"])


def berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(
        UTC
    )


# -- states ----------------------------------------------------------------------------


def test_a_tap_moves_open_to_done_to_not_needed_and_back() -> None:
    assert next_state(ItemState.OPEN) is ItemState.DONE
    assert next_state(ItemState.DONE) is ItemState.NOT_NEEDED
    assert next_state(ItemState.NOT_NEEDED) is ItemState.OPEN


@given(st.sampled_from(ItemState))
def test_three_taps_bring_any_item_back_where_it_was(state: ItemState) -> None:
    assert next_state(next_state(next_state(state))) is state
    assert len({state, next_state(state), next_state(next_state(state))}) == 3


def test_untouched_and_unreadable_items_count_as_open() -> None:
    stored = {"whatsapp": "done", "instagram": "archived-by-a-future-version"}

    assert state_of(stored, "whatsapp") is ItemState.DONE
    assert state_of(stored, "number") is ItemState.OPEN
    assert state_of(stored, "instagram") is ItemState.OPEN


# -- progress --------------------------------------------------------------------------


def test_not_needed_items_leave_the_total() -> None:
    stored = {"number": "done", "whatsapp": "done", "instagram": "not_needed"}

    assert progress(stored, ORDER) == Progress(done=2, total=4)
    assert progress({}, ORDER) == Progress(done=0, total=5)


def test_items_no_longer_in_the_content_do_not_count() -> None:
    assert progress({"myspace": "done", "number": "done"}, ORDER) == Progress(1, 5)
    assert open_items({"myspace": "open"}, ORDER) == list(ORDER)


@given(STATES)
def test_every_item_is_done_open_or_out_of_the_count(stored: dict[str, str]) -> None:
    done, total = progress(stored, ORDER)
    still_open = open_items(stored, ORDER)

    assert 0 <= done <= total <= len(ORDER)
    assert done + len(still_open) == total
    assert still_open == [item for item in ORDER if item in still_open]  # checklist order
    assert reminder_due(stored, ORDER) == bool(still_open)


def test_nothing_to_remind_once_everything_is_done_or_not_needed() -> None:
    settled = {item: "done" for item in ORDER} | {"photos": "not_needed"}

    assert not reminder_due(settled, ORDER)
    assert reminder_due(settled | {"number": "open"}, ORDER)


# -- when the reminder comes -----------------------------------------------------------


@pytest.mark.parametrize(
    ("opened", "expected"),
    [
        (berlin(2026, 1, 15, 21, 0), berlin(2026, 1, 18, 9, 0)),  # after today's ping time
        (berlin(2026, 1, 15, 7, 0), berlin(2026, 1, 18, 9, 0)),  # before it: still day 3
        (berlin(2026, 12, 30, 12, 0), berlin(2027, 1, 2, 9, 0)),  # over the year's end
    ],
)
def test_the_reminder_comes_at_her_ping_time_on_the_third_day(
    opened: datetime, expected: datetime
) -> None:
    assert reminder_at(opened, "Europe/Berlin", time(9, 0)) == expected


def test_a_ping_time_the_clocks_skip_comes_right_after_the_jump() -> None:
    # Berlin springs from 02:00 to 03:00 on 29 March 2026.
    due = reminder_at(berlin(2026, 3, 26, 12, 0), "Europe/Berlin", time(2, 30))

    assert due == berlin(2026, 3, 29, 3, 0)


@given(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1)),
    ZONES,
    st.times(),
)
def test_the_reminder_lands_on_her_third_day_from_now(naive: datetime, zone: str, at: time) -> None:
    now = naive.replace(tzinfo=UTC)
    due = reminder_at(now, zone, at)

    assert due > now + timedelta(days=2)
    # A day only goes by when a clock change swallows her time whole (Samoa, 2011).
    assert (local_date(due, zone) - local_date(now, zone)).days in (3, 4)


# -- the content it runs on --------------------------------------------------------------


def allow_all(item_id: str) -> bool:
    return True


@pytest.mark.parametrize(
    ("ids", "problem"),
    [
        (["number", "number"], "twice"),
        (["WhatsApp"], "lowercase"),
        (["his:number"], "lowercase"),
        (["a" * 21], "at most 20"),
        ([], "no items"),
    ],
)
def test_a_broken_order_stops_the_bot_at_start(ids: list[str], problem: str) -> None:
    with pytest.raises(ContentError, match=problem):
        checked_order(ids, has_label=allow_all)


def test_an_item_without_a_label_stops_the_bot_at_start() -> None:
    with pytest.raises(ContentError, match="'signal' has no label"):
        checked_order(["number", "signal"], has_label=lambda item_id: item_id == "number")


@pytest.fixture(scope="module")
def content() -> Content:
    return Content.load(default_content_dir(), "en")


def test_the_checklist_covers_every_channel_of_the_brief(content: Content) -> None:
    order = checked_order(
        content.variants("cutoff.order"),
        has_label=lambda item_id: content.has(f"cutoff.items.{item_id}"),
    )
    labels = " ".join(content.text(f"cutoff.items.{item_id}") for item_id in order)

    for channel in [
        "number",
        "SMS",
        "WhatsApp",
        "Telegram",
        "Signal",
        "iMessage",
        "Instagram",
        "Facebook",
        "TikTok",
        "Snapchat",
        "X",
        "friends",
        "Mutual friends",
        "Photos",
    ]:
        assert channel in labels


@pytest.mark.parametrize("situation", list(Situation))
def test_every_reminder_reads_fine_on_a_lock_screen(content: Content, situation: Situation) -> None:
    text = situational(content, "cutoff.reminder", situation, items="• His number")

    assert reads_fine_on_lock_screen(text)
    assert "• His number" in text


def test_the_safety_checklist_never_suggests_a_word_to_him(content: Content) -> None:
    for key in ("intro", "progress", "complete", "reminder"):
        text = situational(
            content, f"cutoff.{key}", Situation.ABUSE, support="", done=0, total=1, items=""
        ).lower()
        assert "tell him" not in text and "let him know" not in text
    assert "safety" in content.text("cutoff.intro_abuse", support="")
