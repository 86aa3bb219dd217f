"""Onboarding decisions: the choices offered and how typed answers are read. Pure Python."""

from __future__ import annotations

import re
from datetime import time
from typing import Final

from bot.core.model import Situation

SITUATION_ORDER: Final = (
    Situation.ABUSE,
    Situation.CHEATING,
    Situation.DISRESPECT,
    Situation.AMICABLE,
    Situation.OTHER,
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

_SITUATION_WORDS: Final = {
    Situation.ABUSE: (
        "abus",
        "violen",
        "hit",
        "hurt me",
        "unsafe",
        "scared",
        "afraid",
        "maltrat",
        "pegaba",
        "miedo",
    ),
    Situation.CHEATING: (
        "cheat",
        "affair",
        "unfaithful",
        "another woman",
        "someone else",
        "infiel",
        "engañ",
        "otra mujer",
    ),
    Situation.DISRESPECT: (
        "disrespect",
        "promise",
        "excuse",
        "hot and cold",
        "ignored",
        "falta de respeto",
        "promesa",
        "excusa",
        "ignoraba",
    ),
    Situation.AMICABLE: (
        "amicab",
        "good terms",
        "friendly",
        "mutual",
        "fine terms",
        "buenos términos",
        "buenos terminos",
        "amistos",
        "de mutuo acuerdo",
    ),
    Situation.OTHER: ("other", "something else", "complicated", "skip", "otra cosa", "complicado"),
}


# Quiet hours on offer: no nudges or hard-date messages inside them (a check-in she chose
# herself still comes). Equal ends mean none.
QUIET_CHOICES: Final = {
    "2200-0700": (time(22, 0), time(7, 0)),
    "2300-0700": (time(23, 0), time(7, 0)),
    "0000-0800": (time(0, 0), time(8, 0)),
    "off": (time(0, 0), time(0, 0)),
}


def parse_situation(text: str) -> Situation | None:
    cleaned = text.strip().lower()
    if re.fullmatch(r"[1-5]", cleaned):
        return SITUATION_ORDER[int(cleaned) - 1]
    for situation in SITUATION_ORDER:
        if cleaned == situation.value:
            return situation
    for situation, words in _SITUATION_WORDS.items():
        if any(word in cleaned for word in words):
            return situation
    return None


def format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
