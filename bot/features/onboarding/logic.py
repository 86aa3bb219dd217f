"""Onboarding decisions: the choices offered and how typed answers are read. Pure Python."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import time
from types import MappingProxyType
from typing import Final

from bot.core.model import Situation
from bot.core.phrases import answer_pattern
from bot.core.text import plain_words

SITUATION_ORDER: Final = (
    Situation.ABUSE,
    Situation.CHEATING,
    Situation.DISRESPECT,
    Situation.AMICABLE,
    Situation.OTHER,
    Situation.UNSAID,
)

# Offered as buttons: days since the last contact.
CONTACT_DAYS_CHOICES: Final = (0, 1, 3, 7, 14, 30)

PING_TIME_CHOICES: Final = (time(7, 30), time(9, 0), time(12, 0), time(18, 0), time(21, 0))

# UTC offsets in minutes, for people whose city is not among the buttons.
OFFSET_CHOICES: Final = (
    -600,
    -480,
    -420,
    -360,
    -300,
    -240,
    -180,
    0,
    60,
    120,
    180,
    240,
    330,
    345,
    420,
    480,
    540,
    600,
    720,
)


# Checked in SITUATION_ORDER, so the safest reading wins when an answer names two things
# ("he cheated and hit me" is abuse). The words are content's (words.toml, [situations]).
@dataclass(frozen=True, slots=True, eq=False)
class SituationWords:
    """What the "how did it end" question listens for, in every language, compiled once."""

    patterns: Mapping[Situation, re.Pattern[str]]

    @classmethod
    def of(cls, phrases: Mapping[Situation, Iterable[str]]) -> SituationWords:
        """From content's phrases (bot/core/phrases.py notation); raises PhraseError."""
        return cls(
            MappingProxyType(
                {situation: answer_pattern(phrases.get(situation, ())) for situation in Situation}
            )
        )


# Quiet hours on offer: no nudges or hard-date messages inside them (a check-in she chose
# herself still comes). Equal ends mean none.
QUIET_CHOICES: Final = {
    "2200-0700": (time(22, 0), time(7, 0)),
    "2300-0700": (time(23, 0), time(7, 0)),
    "0000-0800": (time(0, 0), time(8, 0)),
    "off": (time(0, 0), time(0, 0)),
}


def parse_situation(text: str, words: SituationWords) -> Situation | None:
    cleaned = plain_words(text)
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(SITUATION_ORDER):
        return SITUATION_ORDER[int(cleaned) - 1]
    for situation in SITUATION_ORDER:
        if cleaned == situation.value:
            return situation
    for situation in SITUATION_ORDER:
        if words.patterns[situation].search(cleaned):
            return situation
    return None


def format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
