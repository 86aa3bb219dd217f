"""Hearing danger and despair in anything she types, in any language the bot speaks.

Pure Python over the phrases of content/<locale>/alarm.toml: no Telegram, no storage.
Every word lives in those files; this module only knows how to read them and how to
match them fairly:

- Her text and the patterns are put in one plain form first: casefolded, accents and
  apostrophes dropped (a curly "I'm" and "im" alike read "im", "está" reads "esta"),
  whitespace collapsed. Letters she stretched ("sooo scared", "helllp") are also tried
  squeezed, since people type that way when it matters most.
- Every pattern matches whole words only: it never fires inside a longer word.
- A negating cue (a locale's "not", "ya no") that ends right where a match begins cancels
  that one match, and only that one: "I'm not scared of him anymore, but he is outside
  my door" is still heard.
- DANGER is heard before DESPAIR, and both before UNSURE, across every locale at once:
  she may type Spanish with an English profile, or both in one message.

Python's `re` has no timeouts, so the patterns themselves guard against slow matching:
every repetition in them is bounded or runs over whole, distinct words, never a star
inside a star. tests/test_alarm.py runs `hear` on long hostile messages to keep it so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from bot.core.text import without_accents

__all__ = ["Alarm", "AlarmPatterns", "hear", "normalise", "read_alarm_patterns"]


class Alarm(StrEnum):
    # He is there, following her, threatening her or himself; she fears for her safety.
    DANGER = "danger"
    DESPAIR = "despair"  # wanting to die, to end it, to hurt herself
    UNSURE = "unsure"  # might be either: ask "Are you safe right now?"


NEGATIONS: Final = "negations"
KEYS: Final = (Alarm.DANGER.value, Alarm.DESPAIR.value, Alarm.UNSURE.value, NEGATIONS)
# A locale that cannot hear danger or despair at all is a broken file, not a choice.
REQUIRED: Final = frozenset({Alarm.DANGER.value, Alarm.DESPAIR.value})

# How far back from a match a negating cue may start. The cue itself must end at the
# match (see `_negation`); this only keeps the look-back short on a long message.
NEGATION_REACH: Final = 80

# Apostrophes people type: straight, curly, modifier letter, grave and acute accents,
# primes. All are dropped, so that "don't" (straight or curly) and "dont" read alike.
_APOSTROPHES: Final = re.compile("['\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032]")
_SPACE: Final = re.compile(r"\s+")
# Three or more of one letter: "sooo", "helllp". Letters only; "1000" stays a number.
_STRETCHED: Final = re.compile(r"([^\W\d_])\1{2,}")
# An apostrophe in a pattern is dropped like one in her text, so one that a quantifier or
# an escape applies to would silently change what the pattern means.
_BAD_APOSTROPHE: Final = re.compile(r"\\'|'[?*+{]")


@dataclass(frozen=True, slots=True)
class AlarmPatterns:
    """One locale's phrases, compiled, in the plain form `normalise` gives her text."""

    danger: tuple[re.Pattern[str], ...]
    despair: tuple[re.Pattern[str], ...]
    unsure: tuple[re.Pattern[str], ...]
    # Every negating cue of the locale in one pattern that must end where a match starts.
    negation: re.Pattern[str] | None

    def group(self, alarm: Alarm) -> tuple[re.Pattern[str], ...]:
        if alarm is Alarm.DANGER:
            return self.danger
        if alarm is Alarm.DESPAIR:
            return self.despair
        return self.unsure


def read_alarm_patterns(data: Mapping[str, object]) -> AlarmPatterns:
    """From the parsed alarm.toml of one locale; raises ValueError naming the bad key/pattern."""
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ValueError(f"unknown key '{unknown[0]}' (the keys are {', '.join(KEYS)})")
    groups = {key: _sources(data, key) for key in KEYS}
    negations = groups[NEGATIONS]
    for index, source in enumerate(negations):
        _compile(NEGATIONS, index, source)  # one at a time, so an error names the bad one
    return AlarmPatterns(
        danger=tuple(_compile("danger", i, s) for i, s in enumerate(groups["danger"])),
        despair=tuple(_compile("despair", i, s) for i, s in enumerate(groups["despair"])),
        unsure=tuple(_compile("unsure", i, s) for i, s in enumerate(groups["unsure"])),
        negation=_negation(negations) if negations else None,
    )


def hear(text: str, patterns: Iterable[AlarmPatterns]) -> Alarm | None:
    """DANGER before DESPAIR before UNSURE; None for an ordinary message."""
    locales = tuple(patterns)
    forms = _forms(text)
    if not forms:
        return None
    for alarm in Alarm:  # in the order declared: the most urgent first
        for locale in locales:
            negation = locale.negation
            for pattern in locale.group(alarm):
                if any(_heard(pattern, negation, form) for form in forms):
                    return alarm
    return None


def normalise(text: str) -> str:
    """Her text in the form the patterns are written for: "Don't  ASUSTÁDA" -> "dont asustada"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_SPACE.split(_APOSTROPHES.sub("", _without_accents(folded)))).strip()


# -- matching --------------------------------------------------------------------------------


def _forms(text: str) -> tuple[str, ...]:
    """Her text as typed (in plain form), and with stretched letters squeezed to two and to
    one: "sooo scaaared" is tried as "soo scaared" and as "so scared"."""
    plain = normalise(text)
    if not plain:
        return ()
    forms = dict.fromkeys((plain, _STRETCHED.sub(r"\1\1", plain), _STRETCHED.sub(r"\1", plain)))
    return tuple(forms)


def _heard(pattern: re.Pattern[str], negation: re.Pattern[str] | None, text: str) -> bool:
    """Whether the pattern matches anywhere in `text` without a negating cue right before it.

    Every start is tried, not only non-overlapping ones, so that a negated match cannot
    hide one that is not negated.
    """
    for start in _starts(pattern, text):
        if negation is None or not negation.search(text, max(0, start - NEGATION_REACH), start):
            return True
    return False


def _starts(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    position = 0
    while position <= len(text):
        match = pattern.search(text, position)
        if match is None:
            return
        yield match.start()
        position = match.start() + 1


# -- reading the file ------------------------------------------------------------------------


def _sources(data: Mapping[str, object], key: str) -> tuple[str, ...]:
    if key not in data:
        raise ValueError(f"'{key}' is missing (a list of patterns, possibly empty)")
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"'{key}' must be a list of patterns (strings)")
    if key in REQUIRED and not value:
        raise ValueError(f"'{key}' has no patterns; a locale must be able to hear it")
    for index, item in enumerate(value):
        if not item.strip():
            raise ValueError(f"{key}[{index}] is empty")
    return tuple(value)


def _plain_pattern(key: str, index: int, source: str) -> str:
    """The pattern in the same plain form as her text: no accents, no apostrophes."""
    if _BAD_APOSTROPHE.search(source):
        raise ValueError(
            f"{key}[{index}] '{source}': apostrophes are dropped before matching, so one"
            ' cannot be escaped or made optional; write "dont" for don\'t'
        )
    return _APOSTROPHES.sub("", _without_accents(source))


def _compile(key: str, index: int, source: str) -> re.Pattern[str]:
    plain = _plain_pattern(key, index, source)
    try:
        # Whole words only: a pattern never fires inside a longer word.
        pattern = re.compile(rf"(?<!\w)(?:{plain})(?!\w)", re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{key}[{index}] '{source}' is not a valid pattern: {error}") from None
    if pattern.search("") or pattern.search(" "):
        raise ValueError(f"{key}[{index}] '{source}' matches an empty message")
    return pattern


def _negation(sources: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every cue, anchored to end where a match starts: searched between
    `start - NEGATION_REACH` and the match's start, `\\Z` is the match's start."""
    cues = "|".join(f"(?:{_plain_pattern(NEGATIONS, i, s)})" for i, s in enumerate(sources))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w) ?\Z", re.IGNORECASE)


def _without_accents(text: str) -> str:
    return unicodedata.normalize("NFC", without_accents(text))
