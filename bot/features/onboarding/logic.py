"""Onboarding decisions: the choices offered and how typed answers are read. Pure Python."""

from __future__ import annotations

import re
from datetime import time
from typing import Final

from bot.core.model import Situation
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

# Whole words of the normalised answer (lowercase, no accents): "white" is not "hit".
# Checked in SITUATION_ORDER, so the safest reading wins when an answer names two things
# ("he cheated and hit me" is abuse).
_SITUATION_WORDS: Final = {
    Situation.ABUSE: (
        r"abus\w*|violen\w*|hit|hits|hitting|beat|beats|beating|hurt me|hurts me|unsafe"
        r"|scared|afraid|threat\w*|choked?|strangled?"
        r"|maltrat\w*|me pegaba|me pego|pegaba|golpe\w*|miedo|amenaz\w*"
    ),
    Situation.CHEATING: (
        r"cheat\w*|affair|unfaithful|another woman|someone else|infiel\w*|engan\w*|otra mujer"
        r"|me puso los cuernos|cuernos"
    ),
    Situation.DISRESPECT: (
        r"disrespect\w*|promises?|excuses?|hot and cold|ignored|falta de respeto|promesas?"
        r"|excusas?|ignoraba|me ignoraba"
    ),
    Situation.AMICABLE: (
        r"amicabl\w*|good terms|friendly|mutual\w*|fine terms|buenos terminos|amistos\w*"
        r"|de mutuo acuerdo"
    ),
    Situation.UNSAID: (
        r"rather not( say)?|prefer not( to say)?|(do not|dont) want to say|not saying"
        r"|prefiero no( decirlo)?|no quiero decirlo"
    ),
    Situation.OTHER: r"other|something else|complicated|otra cosa|complicado",
}
_SITUATION_PATTERNS: Final = {
    situation: re.compile(rf"\b(?:{words})\b") for situation, words in _SITUATION_WORDS.items()
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
    cleaned = plain_words(text)
    if cleaned.isdigit() and 1 <= int(cleaned) <= len(SITUATION_ORDER):
        return SITUATION_ORDER[int(cleaned) - 1]
    for situation in SITUATION_ORDER:
        if cleaned == situation.value:
            return situation
    for situation in SITUATION_ORDER:
        if _SITUATION_PATTERNS[situation].search(cleaned):
            return situation
    return None


def format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"
