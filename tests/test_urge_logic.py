"""The urge flow's decisions: understanding her answers, which reason card she gets, and
how long the bot waits before it checks back."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import Card, Closing, Content, default_content_dir
from bot.core.model import Situation, Trigger, UrgeKind
from bot.features.urge.logic import (
    DEFAULT_DELAY,
    EXTENSIONS,
    KIND_ORDER,
    TRIGGER_ORDER,
    CardPick,
    checkback_at,
    checkback_timing,
    choose_card,
    choose_closing,
    delay_for_intensity,
    looks_like_a_name,
    parse_intensity,
    parse_kind,
    parse_trigger,
    reasons_for,
)
from tests.vocabulary import URGE

CONTENT = Content.load(default_content_dir())
CARDS = CONTENT.cards
CLOSINGS = CONTENT.closings


# -- button order -------------------------------------------------------------------------


def test_every_kind_and_trigger_has_exactly_one_button() -> None:
    assert sorted(KIND_ORDER) == sorted(UrgeKind)
    assert len(set(KIND_ORDER)) == len(KIND_ORDER)
    assert sorted(TRIGGER_ORDER) == sorted(Trigger)
    assert TRIGGER_ORDER[-1] is Trigger.OTHER  # "something else" closes the list


# -- parsing her answers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("1", UrgeKind.TEXT),
        ("6", UrgeKind.GO),
        ("ask_friends", UrgeKind.ASK_FRIENDS),
        ("Ask friends", UrgeKind.ASK_FRIENDS),
        ("text him", UrgeKind.TEXT),
        ("I want to CALL him!!", UrgeKind.TEXT),
        ("dm him on instagram", UrgeKind.TEXT),
        ("instagram", UrgeKind.CHECK),
        ("check his profile", UrgeKind.CHECK),
        ("look at his stories", UrgeKind.CHECK),
        ("story", UrgeKind.POST),
        ("post a selfie", UrgeKind.POST),
        ("ask his friends", UrgeKind.ASK_FRIENDS),
        ("text his sister", UrgeKind.ASK_FRIENDS),
        ("reply", UrgeKind.REPLY),
        ("answer", UrgeKind.REPLY),
        ("he texted me", UrgeKind.REPLY),
        ("text him back", UrgeKind.REPLY),
        ("go to his bar", UrgeKind.GO),
        ("drive past his house", UrgeKind.GO),
    ],
)
def test_parse_kind_understands(text: str, kind: UrgeKind) -> None:
    assert parse_kind(text, URGE) is kind


@pytest.mark.parametrize("text", ["", "0", "7", "asdf", "hmm", "🙂", "12"])
def test_parse_kind_refuses(text: str) -> None:
    assert parse_kind(text, URGE) is None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("1", Trigger.LATE_NIGHT),
        ("7", Trigger.OTHER),
        ("late_night", Trigger.LATE_NIGHT),
        ("drunk", Trigger.DRINKING),
        ("had some wine", Trigger.DRINKING),
        ("it's 3am and I can't sleep", Trigger.LATE_NIGHT),
        ("night", Trigger.LATE_NIGHT),
        ("saw his story", Trigger.SAW_POST),
        ("his story", Trigger.SAW_POST),
        ("alone", Trigger.LONELY),
        ("I miss him", Trigger.LONELY),
        ("his birthday", Trigger.SPECIAL_DATE),
        ("our anniversary", Trigger.SPECIAL_DATE),
        ("he texted", Trigger.HE_REACHED_OUT),
        ("a message from him", Trigger.HE_REACHED_OUT),
        ("a song came on", Trigger.OTHER),
        ("something else", Trigger.OTHER),
    ],
)
def test_parse_trigger_understands(text: str, trigger: Trigger) -> None:
    assert parse_trigger(text, URGE) is trigger


@pytest.mark.parametrize("text", ["", "0", "8", "qwerty", "..."])
def test_parse_trigger_refuses(text: str) -> None:
    assert parse_trigger(text, URGE) is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("7", 7),
        ("7/10", 7),
        ("7 / 10", 7),
        (" 10 ", 10),
        ("1", 1),
        ("seven", 7),
        ("Ten", 10),
        ("8 out of 10", 8),
    ],
)
def test_parse_intensity_understands(text: str, level: int) -> None:
    assert parse_intensity(text, URGE) == level


@pytest.mark.parametrize("text", ["0", "11", "100", "lots", "", "7.5", "-3", "7/11", "zero"])
def test_parse_intensity_refuses(text: str) -> None:
    assert parse_intensity(text, URGE) is None


@given(st.text())
def test_parsers_never_raise(text: str) -> None:
    assert parse_kind(text, URGE) in {*UrgeKind, None}
    assert parse_trigger(text, URGE) in {*Trigger, None}
    assert parse_intensity(text, URGE) in {*range(1, 11), None}


@given(st.sampled_from(UrgeKind))
def test_button_values_round_trip(kind: UrgeKind) -> None:
    assert parse_kind(kind.value, URGE) is kind
    assert parse_kind(str(KIND_ORDER.index(kind) + 1), URGE) is kind


@given(st.sampled_from(Trigger))
def test_trigger_values_round_trip(trigger: Trigger) -> None:
    assert parse_trigger(trigger.value, URGE) is trigger
    assert parse_trigger(str(TRIGGER_ORDER.index(trigger) + 1), URGE) is trigger


# -- which reasons fit her situation ------------------------------------------------------


def test_abuse_only_gets_her_own_peace_and_power() -> None:
    assert reasons_for(Situation.ABUSE) == {4, 5}


@pytest.mark.parametrize(
    "situation",
    [Situation.CHEATING, Situation.DISRESPECT, Situation.AMICABLE, Situation.OTHER],
)
def test_other_situations_get_all_six_reasons(situation: Situation) -> None:
    assert reasons_for(situation) == {1, 2, 3, 4, 5, 6}


@given(
    st.sampled_from(UrgeKind),
    st.integers(min_value=0, max_value=2**32),
    st.sets(st.sampled_from([card.id for card in CARDS])),
)
def test_abuse_never_gets_a_card_about_him_noticing(
    kind: UrgeKind, seed: int, seen: set[str]
) -> None:
    pick = choose_card(CARDS, kind, Situation.ABUSE, seen, random.Random(seed))
    assert pick.card.reason in {4, 5}
    assert pick.card.fits(kind)


@given(st.integers(min_value=0, max_value=2**32))
def test_abuse_never_gets_a_closing_about_him(seed: int) -> None:
    seen: set[str] = set()
    for _ in range(2 * len(CLOSINGS)):
        pick = choose_closing(CLOSINGS, Situation.ABUSE, seen, random.Random(seed))
        assert not pick.closing.about_him
        seen = {pick.closing.id} if pick.cycle_restarted else seen | {pick.closing.id}


@pytest.mark.parametrize("situation", list(Situation))
@pytest.mark.parametrize("kind", list(UrgeKind))
def test_the_real_cards_cover_every_kind_and_situation(
    situation: Situation, kind: UrgeKind
) -> None:
    pick = choose_card(CARDS, kind, situation, set(), random.Random(1))
    # A card made for her kind of urge exists everywhere, so she never starts generic.
    assert pick.card.kinds is not None
    assert kind in pick.card.kinds


# -- rotation -----------------------------------------------------------------------------


def _show(
    cards: list[Card] | tuple[Card, ...],
    kind: UrgeKind,
    situation: Situation,
    times: int,
    seed: int,
) -> list[tuple[str, bool]]:
    """Pick `times` cards the way the handler does: remember what she saw, forget it when
    a new round starts."""
    rng = random.Random(seed)
    seen: set[str] = set()
    shown = []
    for _ in range(times):
        pick = choose_card(cards, kind, situation, seen, rng)
        if pick.cycle_restarted:
            seen = set()
        seen.add(pick.card.id)
        shown.append((pick.card.id, pick.cycle_restarted))
    return shown


@given(
    st.sampled_from(UrgeKind),
    st.sampled_from(Situation),
    st.integers(min_value=0, max_value=2**32),
)
def test_no_card_repeats_before_every_fitting_card_was_shown(
    kind: UrgeKind, situation: Situation, seed: int
) -> None:
    allowed = reasons_for(situation)
    eligible = {card.id for card in CARDS if card.reason in allowed and card.fits(kind)}
    shown = _show(CARDS, kind, situation, 2 * len(eligible) + 1, seed)
    first_round = [card_id for card_id, _ in shown[: len(eligible)]]
    second_round = [card_id for card_id, _ in shown[len(eligible) : 2 * len(eligible)]]
    assert set(first_round) == eligible
    assert set(second_round) == eligible
    assert [restarted for _, restarted in shown] == [
        index > 0 and index % len(eligible) == 0 for index in range(len(shown))
    ]


def _card(card_id: str, reason: int, *kinds: UrgeKind) -> Card:
    return Card(card_id, reason, frozenset(kinds) or None, f"Card {card_id}.")


def test_cards_made_for_her_kind_of_urge_come_before_general_ones() -> None:
    cards = [
        _card("general-1", 4),
        _card("feed-1", 4, UrgeKind.CHECK),
        _card("general-2", 5),
        _card("post-1", 5, UrgeKind.POST),
        _card("feed-2", 5, UrgeKind.CHECK, UrgeKind.GO),
    ]
    for seed in range(20):
        shown = [card_id for card_id, _ in _show(cards, UrgeKind.CHECK, Situation.OTHER, 4, seed)]
        assert set(shown[:2]) == {"feed-1", "feed-2"}
        assert set(shown[2:]) == {"general-1", "general-2"}


def test_a_new_round_starts_with_specific_cards_again() -> None:
    cards = [_card("general", 4), _card("feed", 4, UrgeKind.CHECK)]
    shown = _show(cards, UrgeKind.CHECK, Situation.OTHER, 4, seed=3)
    assert shown == [("feed", False), ("general", False), ("feed", True), ("general", False)]


def test_cards_seen_for_another_kind_do_not_hold_back_this_one() -> None:
    cards = [_card("feed", 4, UrgeKind.CHECK), _card("text", 4, UrgeKind.TEXT)]
    pick = choose_card(cards, UrgeKind.TEXT, Situation.OTHER, {"feed"}, random.Random(0))
    assert pick == CardPick(cards[1], cycle_restarted=False)


def test_no_fitting_card_is_a_content_bug_not_a_silent_pick() -> None:
    cards = [_card("peace", 4, UrgeKind.CHECK), _card("absence", 1, UrgeKind.TEXT)]
    with pytest.raises(LookupError):
        choose_card(cards, UrgeKind.TEXT, Situation.ABUSE, set(), random.Random(0))


def test_closings_rotate_like_cards() -> None:
    closings = [Closing("a", "A.", about_him=False), Closing("b", "B.", about_him=True)]
    rng = random.Random(5)
    first = choose_closing(closings, Situation.CHEATING, set(), rng)
    second = choose_closing(closings, Situation.CHEATING, {first.closing.id}, rng)
    assert {first.closing.id, second.closing.id} == {"a", "b"}
    again = choose_closing(closings, Situation.CHEATING, {"a", "b"}, rng)
    assert again.cycle_restarted


# -- waiting ------------------------------------------------------------------------------


def test_the_bot_checks_back_ten_minutes_later_and_offers_five_or_ten_more() -> None:
    now = datetime(2026, 1, 15, 21, 0, tzinfo=UTC)
    assert checkback_at(now, DEFAULT_DELAY) == datetime(2026, 1, 15, 21, 10, tzinfo=UTC)
    assert [extra // timedelta(minutes=1) for extra in EXTENSIONS] == [5, 10]


def test_checkback_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError):
        checkback_at(datetime(2026, 1, 15, 21, 0), DEFAULT_DELAY)


@pytest.mark.parametrize(
    ("intensity", "minutes"), [(None, 10), (1, 10), (5, 10), (8, 10), (9, 15), (10, 15)]
)
def test_the_strongest_urges_get_a_little_longer(intensity: int | None, minutes: int) -> None:
    assert delay_for_intensity(intensity) == timedelta(minutes=minutes)


@given(st.integers(min_value=1, max_value=10), st.integers(min_value=1, max_value=60))
def test_a_wait_is_never_shorter_than_asked(intensity: int, base_minutes: int) -> None:
    base = timedelta(minutes=base_minutes)
    assert delay_for_intensity(intensity, base) >= base


@pytest.mark.parametrize("name", ["Maya", "  Sam ", "Mamá", "李雷", "J.", "Anna-Lena K"])
def test_a_friends_name_is_accepted(name: str) -> None:
    assert looks_like_a_name(name)


@pytest.mark.parametrize("text", ["", "   ", "💔🥀😭", "123", "x" * 61, "!!!"])
def test_what_is_not_a_name_is_asked_again(text: str) -> None:
    assert not looks_like_a_name(text)


@pytest.mark.parametrize(
    ("late_by", "timing"),
    [
        (timedelta(0), "on_time"),
        (timedelta(minutes=30), "on_time"),
        (timedelta(minutes=31), "late"),
        (timedelta(hours=12), "late"),
        (timedelta(hours=12, minutes=1), "stale"),
        (timedelta(days=7), "stale"),
    ],
)
def test_a_late_check_back_is_asked_with_an_apology_and_a_stale_one_not_at_all(
    late_by: timedelta, timing: str
) -> None:
    due = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)
    assert checkback_timing(due, due + late_by) == timing
