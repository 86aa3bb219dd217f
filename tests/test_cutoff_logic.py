"""The cut-off checklist's arithmetic: states, progress, what is open, when to remind."""

from __future__ import annotations

from collections.abc import Callable
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
    MAX_LINKS,
    Checklist,
    HowLink,
    ItemState,
    Progress,
    checked_checklist,
    checked_order,
    next_state,
    open_items,
    parse_link,
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


# -- how-to links and the digital-safety items ------------------------------------------


def test_a_link_reads_label_then_address() -> None:
    assert parse_link("here", "iPhone | https://support.apple.com/") == HowLink(
        "iPhone", "https://support.apple.com/"
    )
    assert parse_link("here", "  How, in X's Help Center |https://help.x.com/ ") == HowLink(
        "How, in X's Help Center", "https://help.x.com/"
    )


@pytest.mark.parametrize(
    "text",
    [
        "https://support.apple.com/",  # no label
        " | https://support.apple.com/",
        "iPhone | http://support.apple.com/",  # not https: she'd be warned, or worse
        "iPhone | support.apple.com",
        "iPhone | https://support.apple.com/ and more",
    ],
)
def test_a_broken_link_stops_the_bot_at_start(text: str) -> None:
    with pytest.raises(ContentError, match=r"cutoff\.how\.number"):
        parse_link("cutoff.how.number", text)


LINK = "Help | https://example.org/help"


def checklist(
    ids: list[str],
    *,
    safety: frozenset[str] = frozenset(),
    everyday: frozenset[str] | None = None,
    links: dict[str, list[str]] | None = None,
) -> Checklist:
    plain = frozenset(ids) - safety if everyday is None else everyday
    return checked_checklist(
        ids,
        is_everyday=lambda item_id: item_id in plain,
        is_safety=lambda item_id: item_id in safety,
        links_of=lambda item_id: (links or {}).get(item_id, [LINK]),
    )


def test_safety_items_are_only_on_a_safety_first_list_and_keep_their_place() -> None:
    ids = ["evidence", "number", "location", "whatsapp"]
    both = checklist(ids, safety=frozenset({"evidence", "location"}))

    assert both.order_for(safety_first=True) == tuple(ids)
    assert both.order_for(safety_first=False) == ("number", "whatsapp")
    assert both.links["location"] == (HowLink("Help", "https://example.org/help"),)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda: checklist(["number", "whatsapp"], links={"whatsapp": []}), "how-to link"),
        (
            lambda: checklist(["number"], links={"number": [LINK] * (MAX_LINKS + 1)}),
            f"at most {MAX_LINKS}",
        ),
        (
            lambda: checklist(
                ["evidence", "number"],
                safety=frozenset({"evidence"}),
                everyday=frozenset({"evidence", "number"}),
            ),
            "both",
        ),
        (lambda: checklist(["evidence"], safety=frozenset({"evidence"})), "outside"),
        (
            lambda: checklist(["number", "signal"], everyday=frozenset({"number"})),
            "'signal' has no label",
        ),
    ],
)
def test_a_checklist_content_slip_stops_the_bot_at_start(
    make: Callable[[], Checklist], problem: str
) -> None:
    with pytest.raises(ContentError, match=problem):
        make()


@pytest.fixture(scope="module")
def content() -> Content:
    return Content.load(default_content_dir(), "en")


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return Content.load_all(default_content_dir())


def content_checklist(content: Content) -> Checklist:
    return checked_checklist(
        content.checklist.order,
        is_everyday=lambda item_id: content.has(f"cutoff.items.{item_id}"),
        is_safety=lambda item_id: content.has(f"cutoff.safety_items.{item_id}"),
        links_of=content.checklist.links,
    )


DIGITAL_SAFETY = {"evidence", "location", "accounts", "trackers", "stalkerware", "previews"}


def test_after_abuse_evidence_comes_before_anything_is_blocked(
    contents: dict[str, Content],
) -> None:
    for content in contents.values():
        listed = content_checklist(content)
        order = listed.order_for(safety_first=True)

        assert listed.safety_only == DIGITAL_SAFETY
        assert order[0] == "evidence"
        # Every digital-safety step comes before the first channel she blocks.
        assert max(order.index(i) for i in DIGITAL_SAFETY) < order.index("number")
        assert DIGITAL_SAFETY.isdisjoint(listed.order_for(safety_first=False))


def test_every_item_links_to_a_help_page_in_every_language(contents: dict[str, Content]) -> None:
    for content in contents.values():
        listed = content_checklist(content)
        for item_id in listed.order:
            links = listed.links[item_id]
            assert links, item_id
            for link in links:
                assert link.url.startswith("https://"), (content.locale, item_id)
                # Two to a row on a phone: a paired label has to fit half the width.
                limit = 20 if len(links) > 1 else 40
                assert len(content.text("cutoff.how_button", label=link.label)) <= limit, link


def test_the_links_are_the_same_pages_in_every_language(contents: dict[str, Content]) -> None:
    english = content_checklist(contents["en"])
    for content in contents.values():
        listed = content_checklist(content)
        assert listed.order == english.order
        for item_id in listed.order:
            urls = [link.url for link in listed.links[item_id]]
            assert urls == [link.url for link in english.links[item_id]], item_id


def test_the_longest_list_fits_one_telegram_keyboard(content: Content) -> None:
    listed = content_checklist(content)
    order = listed.order_for(safety_first=True)
    links = sum(len(listed.links[item_id]) for item_id in order)

    assert len(order) + links + 2 <= 100  # every toggle, its links, "How?" and "Done"


def test_the_checklist_covers_every_channel_of_the_brief(content: Content) -> None:
    order = content_checklist(content).order_for(safety_first=False)
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


@pytest.mark.parametrize("situation", [s for s in Situation if s.safety_first])
def test_the_safety_checklist_never_suggests_a_word_to_him(
    content: Content, situation: Situation
) -> None:
    for key in ("intro", "progress", "complete", "reminder"):
        text = situational(
            content, f"cutoff.{key}", situation, support="", done=0, total=1, items=""
        ).lower()
        assert "tell him" not in text and "let him know" not in text
        assert "reply" not in text and "miss" not in text
    assert "safety" in situational(content, "cutoff.intro", Situation.ABUSE, support="")


@pytest.mark.parametrize("situation", [s for s in Situation if s.safety_first])
def test_the_safety_first_intro_warns_that_removing_a_tracker_can_alert_him(
    contents: dict[str, Content], situation: Situation
) -> None:
    english = situational(contents["en"], "cutoff.intro", situation, support="").lower()
    assert "alert" in english and "advocate" in english
    for service in ("Find My", "Google Maps", "Snap Map", "Life360"):
        assert service.lower() in english
    spanish = situational(contents["es"], "cutoff.intro", situation, support="").lower()
    assert "alert" in spanish and "rastrea" in spanish
