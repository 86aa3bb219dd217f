"""Hearing danger and despair in anything she types: the real phrases of content/*/alarm.toml
against the corpus of what people type (tests/corpus/alarm_*.toml), every locale at once.

A miss is reported with every other miss, so one run shows the whole picture."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content import default_content_dir
from bot.safety.alarm import Alarm, AlarmPatterns, hear, normalise, read_alarm_patterns

CONTENT = default_content_dir()
CORPUS = Path(__file__).parent / "corpus"
LOCALES = ("en", "es", "pt-BR")
# How much each corpus must hold, so that it stays a real test as the phrases change.
AT_LEAST = {"danger": 35, "despair": 30, "unsure": 3, "ordinary": 150}


def load_patterns(locale: str) -> AlarmPatterns:
    with (CONTENT / locale / "alarm.toml").open("rb") as handle:
        return read_alarm_patterns(tomllib.load(handle))


# Every locale's phrases, loaded once: hypothesis calls the tests below many times.
_PATTERNS = tuple(load_patterns(locale) for locale in LOCALES)


def load_corpus(locale: str) -> dict[str, list[str]]:
    with (CORPUS / f"alarm_{locale}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return {key: list(value) for key, value in data.items()}


@pytest.fixture(scope="module")
def every_locale() -> tuple[AlarmPatterns, ...]:
    return _PATTERNS


def misheard(
    messages: list[str], patterns: tuple[AlarmPatterns, ...], wanted: set[Alarm | None]
) -> list[str]:
    """Each message not heard as one of `wanted`, with what was heard instead."""
    return [
        f"{heard}: {message!r}"
        for message in messages
        if (heard := hear(message, patterns)) not in wanted
    ]


# -- the corpus ------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_the_corpus_is_big_enough(locale: str) -> None:
    corpus = load_corpus(locale)
    assert set(corpus) == set(AT_LEAST)
    for kind, least in AT_LEAST.items():
        assert len(corpus[kind]) >= least, kind
        assert len(set(corpus[kind])) == len(corpus[kind]), f"{kind} has a repeat"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_danger_is_heard_as_danger(
    locale: str, every_locale: tuple[AlarmPatterns, ...]
) -> None:
    misses = misheard(load_corpus(locale)["danger"], every_locale, {Alarm.DANGER})
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_despair_is_heard_as_despair(
    locale: str, every_locale: tuple[AlarmPatterns, ...]
) -> None:
    misses = misheard(load_corpus(locale)["despair"], every_locale, {Alarm.DESPAIR})
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_unsure_message_is_at_least_asked_about(
    locale: str, every_locale: tuple[AlarmPatterns, ...]
) -> None:
    misses = misheard(load_corpus(locale)["unsure"], every_locale, set(Alarm))
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_ordinary_message_raises_an_alarm(
    locale: str, every_locale: tuple[AlarmPatterns, ...]
) -> None:
    misses = misheard(load_corpus(locale)["ordinary"], every_locale, {None})
    assert not misses, "\n".join(misses)


def test_a_message_is_heard_whatever_the_language_of_her_profile() -> None:
    # Only one locale's phrases would miss the other language: `hear` is given them all.
    english, spanish = load_patterns("en"), load_patterns("es")
    assert hear("está afuera de mi casa", [english]) is None
    assert hear("está afuera de mi casa", [english, spanish]) is Alarm.DANGER
    assert hear("he's outside my door", [spanish, english]) is Alarm.DANGER


def test_danger_comes_before_despair_and_despair_before_unsure(
    every_locale: tuple[AlarmPatterns, ...],
) -> None:
    assert hear("i want to die. this is killing me", every_locale) is Alarm.DESPAIR
    assert hear("i want to die and he's outside my door", every_locale) is Alarm.DANGER
    assert hear("quiero morirme, está afuera de mi casa", every_locale) is Alarm.DANGER


def test_a_negation_cancels_only_the_phrase_it_stands_before(
    every_locale: tuple[AlarmPatterns, ...],
) -> None:
    assert hear("i would never kill myself", every_locale) is None
    assert hear("i would never kill myself, but i want to die", every_locale) is Alarm.DESPAIR
    assert hear("ya no le tengo miedo", every_locale) is None
    assert hear("ya no le tengo miedo pero me está siguiendo", every_locale) is Alarm.DANGER


def test_her_text_is_made_plain_before_it_is_heard(every_locale: tuple[AlarmPatterns, ...]) -> None:
    assert normalise("  I\u2019M   Scared\n  Of HIM ") == "im scared of him"
    assert normalise("Estoy ASUSTÁDA, está AQUÍ") == "estoy asustada, esta aqui"
    for typed in ("He\u2019s outside my door", "hes outside my door", "HE'S OUTSIDE MY DOOR"):
        assert hear(typed, every_locale) is Alarm.DANGER, typed
    assert hear("i want to dieeee", every_locale) is Alarm.DESPAIR
    assert hear("im sooo scaaared of him", every_locale) is Alarm.DANGER
    assert hear("", every_locale) is None
    assert hear("   \n ", every_locale) is None


def test_a_phrase_inside_a_longer_word_is_not_heard(
    every_locale: tuple[AlarmPatterns, ...],
) -> None:
    assert hear("i want to diet", every_locale) is None
    assert hear("suicidesquad was a bad movie", every_locale) is None


# -- the files -------------------------------------------------------------------------------


def alarm_data(**changes: object) -> Mapping[str, object]:
    """The real English alarm.toml, with some keys replaced (or removed, with None)."""
    with (CONTENT / "en" / "alarm.toml").open("rb") as handle:
        data: dict[str, object] = tomllib.load(handle)
    for key, value in changes.items():
        if value is None:
            del data[key]
        else:
            data[key] = value
    return data


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_file_has_all_four_groups(locale: str) -> None:
    with (CONTENT / locale / "alarm.toml").open("rb") as handle:
        data = tomllib.load(handle)
    assert set(data) == {"danger", "despair", "unsure", "negations"}
    patterns = read_alarm_patterns(data)
    assert patterns.danger and patterns.despair and patterns.unsure
    assert patterns.negation is not None


def test_a_bad_regex_is_named_with_its_group_and_place(tmp_path: Path) -> None:
    broken = tmp_path / "alarm.toml"
    broken.write_text(
        "danger = ['hes outside', 'he (is|was outside']\n"
        "despair = ['want to die']\nunsure = []\nnegations = ['not']\n",
        encoding="utf-8",
    )
    with broken.open("rb") as handle, pytest.raises(ValueError) as raised:
        read_alarm_patterns(tomllib.load(handle))
    assert "danger[1]" in str(raised.value)
    assert "he (is|was outside" in str(raised.value)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"despair": None}, "'despair' is missing"),
        ({"negations": None}, "'negations' is missing"),
        ({"danger": []}, "'danger' has no patterns"),
        ({"unsure": "killing me"}, "'unsure' must be a list"),
        ({"danger": ["hes outside", 3]}, "'danger' must be a list"),
        ({"dangers": ["hes outside"]}, "unknown key 'dangers'"),
        ({"despair": ["want to die", "   "]}, "despair[1] is empty"),
        ({"unsure": ["(?:killing me)?"]}, "unsure[0] '(?:killing me)?' matches an empty message"),
        ({"negations": ["not", "[never"]}, "negations[1] '[never'"),
        ({"danger": ["he'?s outside"]}, "danger[0] 'he'?s outside': apostrophes are dropped"),
    ],
)
def test_a_broken_file_is_refused_with_a_message_naming_the_problem(
    changes: dict[str, object], named: str
) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(named)):
        read_alarm_patterns(alarm_data(**changes))


def test_empty_unsure_and_negations_are_allowed() -> None:
    patterns = read_alarm_patterns(alarm_data(unsure=[], negations=[]))
    assert patterns.negation is None
    assert hear("i would never kill myself", [patterns]) is Alarm.DESPAIR
    assert hear("this is killing me", [patterns]) is None


# -- any text at all -------------------------------------------------------------------------

# What makes a regex slow is many near-matches: repeated subjects, fillers and cues.
HOSTILE_WORDS = (
    "he", "hes", "is", "i", "im", "not", "so", "really", "scared", "of", "him", "my", "door",
    "outside", "want", "to", "die", "dont", "kill", "myself", "me", "no", "ya", "esta",
    "afuera", "de", "mi", "casa", "quiero", "morir", "tengo", "miedo", "nunca", "le",
    "following", "threatened", "pills", "on", "a", ",", ".", "!", "'", "\u2019", "á", "ñ",
)  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,  # not timed: a catastrophic pattern would hang, not run slow
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(text=st.text(max_size=5000))
def test_any_text_is_heard_without_raising(text: str) -> None:
    assert hear(text, _PATTERNS) in {*Alarm, None}


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(words=st.lists(st.sampled_from(HOSTILE_WORDS), min_size=1, max_size=1200))
def test_any_mix_of_the_phrases_own_words_is_heard_without_raising(words: list[str]) -> None:
    assert hear(" ".join(words)[:5000], _PATTERNS) in {*Alarm, None}


@pytest.mark.parametrize(
    "message",
    [
        "he " * 1666,
        "im so " + "so " * 1660 + "scared",
        "no " * 1666 + "tengo miedo",
        "not " * 1250,
        "a" * 5000,
        ("x" * 99 + " ") * 50,
        "he is " + "literally just still " * 230 + "here",
        "i want to " * 500,
        "me esta " * 625,
        "hes outside my " * 333,
        "!" * 5000,
        "ñ" * 5000,
    ],
    ids=lambda message: repr(message[:20]),
)
def test_a_five_thousand_character_message_comes_back(message: str) -> None:
    # No catastrophic backtracking: this returns (the suite would hang if it did not).
    assert len(message) <= 5000 + 20
    assert hear(message, _PATTERNS) in {*Alarm, None}
