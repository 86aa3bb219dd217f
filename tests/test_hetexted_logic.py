"""When he reaches out: the advice follows her situation, and a reply is never made easy
where the brief says the answer is decided already."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import Content, default_content_dir, reads_fine_on_lock_screen, situational
from bot.core.model import Situation
from bot.features.hetexted.logic import (
    GENTLE_PRACTICAL_DELAY,
    KIND_ORDER,
    REPLY_DELAY,
    MessageKind,
    Outcome,
    ReplyAdvice,
    advice_for,
    parse_kind,
)
from tests.test_abuse_path import CONTACT_SUGGESTIONS
from tests.vocabulary import HE_TEXTED

EVERY_CASE = [(situation, kind) for situation in Situation for kind in MessageKind]
TEMPLATE_SITUATIONS = {Situation.DISRESPECT, Situation.AMICABLE, Situation.OTHER}


@pytest.fixture(scope="module")
def content() -> Content:
    return Content.load(default_content_dir())


# -- advice -------------------------------------------------------------------------------


@pytest.mark.parametrize(("situation", "kind"), EVERY_CASE)
def test_only_a_practical_matter_outside_abuse_and_cheating_gets_a_template(
    situation: Situation, kind: MessageKind
) -> None:
    advice = advice_for(situation, kind)
    expected = kind is MessageKind.PRACTICAL and situation in TEMPLATE_SITUATIONS
    assert advice.offers_template is expected
    assert (Outcome.PRACTICAL_REPLY in advice.outcomes) is expected
    assert advice.outcomes[0] is Outcome.NO_REPLY and Outcome.REPLIED in advice.outcomes


@pytest.mark.parametrize("kind", list(MessageKind))
def test_after_abuse_it_is_safety_first_and_never_a_reply(kind: MessageKind) -> None:
    advice = advice_for(Situation.ABUSE, kind)
    assert advice.safety_first
    expected = ReplyAdvice.THIRD_PARTY if kind is MessageKind.PRACTICAL else ReplyAdvice.NONE
    assert advice.reply is expected


@pytest.mark.parametrize("kind", list(MessageKind))
def test_after_cheating_nothing_is_owed(kind: MessageKind) -> None:
    advice = advice_for(Situation.CHEATING, kind)
    assert not advice.safety_first
    assert advice.reply in {ReplyAdvice.NONE, ReplyAdvice.THIRD_PARTY}


def test_disrespect_waits_and_amicable_is_her_call() -> None:
    assert advice_for(Situation.DISRESPECT, MessageKind.SORRY).reply is ReplyAdvice.NOT_NOW
    assert advice_for(Situation.OTHER, MessageKind.HEY).reply is ReplyAdvice.NOT_NOW
    assert advice_for(Situation.AMICABLE, MessageKind.MISS_YOU).reply is ReplyAdvice.HER_CALL


@pytest.mark.parametrize(("situation", "kind"), EVERY_CASE)
def test_there_is_always_a_wait_and_it_is_shorter_only_for_gentle_practical_matters(
    situation: Situation, kind: MessageKind
) -> None:
    delay = advice_for(situation, kind).delay
    gentle = kind is MessageKind.PRACTICAL and situation in {Situation.AMICABLE, Situation.OTHER}
    assert delay == (GENTLE_PRACTICAL_DELAY if gentle else REPLY_DELAY)
    assert delay >= timedelta(minutes=20)


# -- what she typed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("He says he's SORRY!!", MessageKind.SORRY),
        ("he apologised", MessageKind.SORRY),
        ("miss you", MessageKind.MISS_YOU),
        ("he misses me", MessageKind.MISS_YOU),
        ("he wants his stuff back", MessageKind.PRACTICAL),
        ("sorry about the kids' pickup", MessageKind.PRACTICAL),
        ("rent money", MessageKind.PRACTICAL),
        ("he's furious", MessageKind.ANGRY),
        ("a threat", MessageKind.ANGRY),
        ("just hey", MessageKind.HEY),
        ("Hiii", MessageKind.HEY),
        ("how are you?", MessageKind.HEY),
        ("3", MessageKind.PRACTICAL),
        ("miss_you", MessageKind.MISS_YOU),
    ],
)
def test_typed_words_are_understood(typed: str, kind: MessageKind) -> None:
    assert parse_kind(typed, HE_TEXTED) is kind


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("quiere sus cosas", MessageKind.PRACTICAL),
        ("lo de los niños", MessageKind.PRACTICAL),
        ("me pidió perdón", MessageKind.SORRY),
        ("dice que me extraña", MessageKind.MISS_YOU),
        ("está furioso", MessageKind.ANGRY),
        ("Holaaa", MessageKind.HEY),
        ("¿qué tal?", MessageKind.HEY),
    ],
)
def test_typed_words_are_understood_in_spanish(typed: str, kind: MessageKind) -> None:
    assert parse_kind(typed, HE_TEXTED) is kind


@pytest.mark.parametrize("typed", ["", "   ", "asdf", "0", "6", "99", "hmm", "🙃"])
def test_anything_else_is_asked_again(typed: str) -> None:
    assert parse_kind(typed, HE_TEXTED) is None


@given(st.text(max_size=300))
def test_any_text_gives_a_kind_or_none(text: str) -> None:
    assert parse_kind(text, HE_TEXTED) in {*MessageKind, None}


@given(
    st.sampled_from(KIND_ORDER),
    st.sampled_from(["", " ", "  ", "\n"]),
    st.sampled_from(["", "!", ".", "?!", " "]),
    st.booleans(),
)
def test_a_kind_reads_back_whatever_its_case_and_spacing(
    kind: MessageKind, before: str, after: str, shout: bool
) -> None:
    for word in (kind.value, kind.value.replace("_", " "), str(KIND_ORDER.index(kind) + 1)):
        typed = f"{before}{word.upper() if shout else word}{after}"
        assert parse_kind(typed, HE_TEXTED) is kind, typed


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=3, max_size=5000))
def test_long_numbers_are_not_buttons(digits: str) -> None:
    assert parse_kind(digits, HE_TEXTED) is None


# -- the words that go with the advice ------------------------------------------------------


def flow_texts(content: Content, situation: Situation) -> list[str]:
    """Every text the flow can show someone in this situation."""
    fields = {"minutes": 30, "time": "21:30", "days": 3, "safety": "", "template": "T"}
    keys = [
        "hetexted.ask_kind",
        "hetexted.checkback",
        "hetexted.template",
        *(f"hetexted.read.{kind.value}" for kind in MessageKind),
        *(f"hetexted.outcome.{outcome.value}" for outcome in Outcome),
        *(f"hetexted.advice.{advice_for(situation, kind).reply.value}" for kind in MessageKind),
    ]
    return [situational(content, key, situation, **fields) for key in keys]


def test_after_abuse_no_text_suggests_contact(content: Content) -> None:
    for text in flow_texts(content, Situation.ABUSE):
        assert not CONTACT_SUGGESTIONS.search(text), text


def test_the_check_back_arrives_unasked_so_its_first_line_gives_nothing_away(
    content: Content,
) -> None:
    check_backs = [situational(content, "hetexted.checkback", s) for s in Situation]
    check_backs.append(content.text("hetexted.checkback_template", template="T"))
    check_backs.append(content.text("hetexted.late"))
    for text in check_backs:
        assert reads_fine_on_lock_screen(text), text


def test_the_template_holds_facts_to_fill_in_and_no_feelings(content: Content) -> None:
    for situation in TEMPLATE_SITUATIONS:
        template = situational(content, "hetexted.template", situation)
        assert re.search(r"\[[^\]]+\]", template), template
        assert not re.search(r"\b(miss|love|sorry|feel\w*|hurt)\b", template, re.I), template
