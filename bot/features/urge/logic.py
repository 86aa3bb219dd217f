"""The urge flow's decisions: what she meant, which card to show, how long to wait.

Pure functions over the domain model and content; the handlers do the talking. Parsers
take raw chat text (button payloads are just very tidy text) and return None for
anything they do not understand, so "asdf" re-asks instead of guessing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final, TypeVar

from bot.content import REASONS, Card, Closing
from bot.core.model import Situation, Trigger, UrgeKind
from bot.core.text import plain_words

# -- button order ---------------------------------------------------------------------------

# Most frequent first: reaching out is the classic urge, watching him the most common.
KIND_ORDER: Final[tuple[UrgeKind, ...]] = (
    UrgeKind.TEXT,
    UrgeKind.CHECK,
    UrgeKind.POST,
    UrgeKind.ASK_FRIENDS,
    UrgeKind.REPLY,
    UrgeKind.GO,
)
TRIGGER_ORDER: Final[tuple[Trigger, ...]] = (
    Trigger.LATE_NIGHT,
    Trigger.DRINKING,
    Trigger.SAW_POST,
    Trigger.LONELY,
    Trigger.SPECIAL_DATE,
    Trigger.HE_REACHED_OUT,
    Trigger.OTHER,
)

# -- understanding what she typed ---------------------------------------------------------

# Checked in order, first hit wins, so the more specific meaning comes first: "reply to
# his text" is a reply, not a text; "text his sister" is asking friends, not texting him.
# Patterns match whole words of the normalised text (lowercase, no accents/punctuation).
_KIND_WORDS: Final[tuple[tuple[UrgeKind, str], ...]] = (
    (
        UrgeKind.REPLY,
        r"repl\w*|answer\w*|respond\w*|(text|write|call|message)\w* (him )?back"
        r"|he (texted|messaged|called|wrote|dm\w*)|his (text|message|dm|call|email)\w*"
        # Spanish, as she might type it in either language's chat
        r"|contest\w*|respond\w*|devolver\w*|su mensaje|me (escribio|llamo|mando)",
    ),
    (
        UrgeKind.ASK_FRIENDS,
        r"friends?|mates?|sister|brother|mom|mum|mother|family|cousin"
        r"|ask\w* (around|about)|mutuals?"
        r"|amig[oa]s?|herman[oa]s?|mama|madre|familia|prim[oa]s?|preguntar\w*",
    ),
    (
        UrgeKind.CHECK,
        r"check\w*|look\w*|stalk\w*|profiles?|feed|scroll\w*|watch\w*|google\w*"
        r"|his (story|stories|posts?|page|account)|see what he|online|last seen"
        r"|mirar\w*|revisar\w*|stalkear\w*|perfil\w*|en linea|ultima conexion"
        r"|sus (historias|fotos|publicaciones)",
    ),
    (
        UrgeKind.POST,
        r"post\w*|story|stories|upload\w*|selfie|share\w*|photo|pic\w*"
        r"|publicar\w*|subir\w*|historia|foto\w*|compartir\w*",
    ),
    (
        UrgeKind.TEXT,
        r"text\w*|call\w*|messag\w*|dm|write|email\w*|ring|phone|voice note"
        r"|whatsapp|reach\w* out|contact|talk\w*|speak\w*|hear his voice"
        r"|escribir\w*|llamar\w*|mensaje\w*|hablar\w*|contactar\w*|oir su voz",
    ),
    (
        UrgeKind.GO,
        r"go|goes|going|visit\w*|drive\w* (by|past)|walk\w* (by|past)|bump\w* into"
        r"|turn up|show up|see him|meet\w*|his (place|house|flat|apartment|work|office|gym|street)"
        r"|bar|club|ir a|pasar por|su casa|su trabajo|buscarlo|encontrarme",
    ),
)
# Platform names say where, not what: only a guess when no verb above matched, which
# is why "dm him on instagram" stays a text while a bare "instagram" means looking.
_KIND_FALLBACK: Final[tuple[tuple[UrgeKind, str], ...]] = (
    (UrgeKind.CHECK, r"instagram|insta|ig|facebook|fb|tiktok|snapchat|snap|twitter"),
    (UrgeKind.TEXT, r"telegram|signal|imessage|sms|his number"),
)
_TRIGGER_WORDS: Final[tuple[tuple[Trigger, str], ...]] = (
    (
        Trigger.HE_REACHED_OUT,
        r"he (texted|messaged|called|wrote|reached|dm\w*|liked|sent)"
        r"|(text|message|call|email|dm) from him|his (text|message|call|email|dm)\w*"
        r"|reached out|heard from him|me (escribio|llamo|mando|hablo|busco)|mensaje suyo",
    ),
    (
        Trigger.SAW_POST,
        r"his (story|stories|posts?|photos?|pic\w*|profile|feed)|saw\w*|seen"
        r"|photos?|pic\w*|instagram|insta|feed|new (girlfriend|gf|partner)|with someone"
        r"|vi|su (historia|foto|publicacion)|nueva novia|con otra",
    ),
    (
        Trigger.SPECIAL_DATE,
        r"birthday|bday|anniversary|holiday\w*|christmas|xmas|valentine\w*"
        r"|new year\w*|thanksgiving|wedding|our day|our song"
        r"|cumple\w*|aniversario|navidad|san valentin|ano nuevo|boda|nuestra cancion",
    ),
    (
        Trigger.DRINKING,
        r"drunk|drink\w*|wine|beer\w*|tipsy|alcohol|shots?|cocktails?|vodka"
        r"|party|had a few|borrach[oa]|beb\w*|vino|cervezas?|copas?|fiesta",
    ),
    (
        Trigger.LATE_NIGHT,
        r"night\w*|late|midnight|cant sleep|can not sleep|awake|insomnia"
        r"|bed|\d{1,2} ?am|noche|madrugada|no puedo dormir|insomnio|cama",
    ),
    (
        Trigger.LONELY,
        r"alone|lonely|loneliness|miss\w*|empty|bored|sad|nobody|no one"
        r"|sola?|soledad|extran\w*|vaci[oa]|aburrid[oa]|triste|nadie",
    ),
    (
        Trigger.OTHER,
        r"other|something else|song|music|memory|memories|else|otra cosa|cancion|recuerdos?",
    ),
)

_NUMBER_WORDS: Final[Mapping[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip
_INTENSITY = re.compile(r"(\w+)(?: ?(?:/|out of|of) ?(?:10|ten))?")
INTENSITY_SCALE: Final = range(1, 11)

_E = TypeVar("_E", bound=StrEnum)


def _compiled(*tables: Sequence[tuple[_E, str]]) -> tuple[tuple[_E, re.Pattern[str]], ...]:
    return tuple(
        (option, re.compile(rf"\b(?:{words})\b")) for table in tables for option, words in table
    )


_KIND_PATTERNS: Final = _compiled(_KIND_WORDS, _KIND_FALLBACK)
_TRIGGER_PATTERNS: Final = _compiled(_TRIGGER_WORDS)


def parse_kind(text: str) -> UrgeKind | None:
    """Button number "1".."6", a value like "ask_friends", or words: "check his insta"."""
    return _parse_choice(text, KIND_ORDER, _KIND_PATTERNS)


def parse_trigger(text: str) -> Trigger | None:
    """Button number "1".."7", a value like "late_night", or words: "had wine"."""
    return _parse_choice(text, TRIGGER_ORDER, _TRIGGER_PATTERNS)


def parse_intensity(text: str) -> int | None:
    """How strong the urge is, 1 to 10: "7", "7/10", "seven", "7 out of 10"."""
    # Keep the signs that change the meaning: "-3" and "7.5" are not a 3 and a 7.
    match = _INTENSITY.fullmatch(plain_words(text, keep="/-."))
    if match is None:
        return None
    word = match[1]
    level = int(word) if word.isdecimal() and len(word) <= 2 else _NUMBER_WORDS.get(word)
    return level if level in INTENSITY_SCALE else None


def _parse_choice(
    text: str, order: Sequence[_E], patterns: Sequence[tuple[_E, re.Pattern[str]]]
) -> _E | None:
    normal = plain_words(text)
    if normal.isdecimal():
        number = int(normal)
        return order[number - 1] if 1 <= number <= len(order) else None
    for option in order:
        if normal in {option.value, option.value.replace("_", " ")}:
            return option
    return next((option for option, pattern in patterns if pattern.search(normal)), None)


# -- reason cards ---------------------------------------------------------------------------

ALL_REASONS: Final = frozenset(REASONS)
# Her own peace and her own power. The other reasons talk about him noticing, wondering
# or missing her, which after abuse reads as a hint of a second chance.
SAFETY_FIRST_REASONS: Final = frozenset({4, 5})


@dataclass(frozen=True, slots=True)
class CardPick:
    card: Card
    # Every fitting card had been seen, so this pick starts a new round: the caller
    # should forget the seen set (and then mark this card as seen).
    cycle_restarted: bool


@dataclass(frozen=True, slots=True)
class ClosingPick:
    closing: Closing
    cycle_restarted: bool  # as in CardPick


def reasons_for(situation: Situation) -> frozenset[int]:
    # Amicable endings get every reason too: the cards reflect on one urge in one moment
    # and never forbid contact, which is all the gentler path needs.
    return SAFETY_FIRST_REASONS if situation.safety_first else ALL_REASONS


def choose_card(
    cards: Sequence[Card],
    kind: UrgeKind,
    situation: Situation,
    seen: set[str],
    rng: random.Random,
) -> CardPick:
    """A card for this urge that she has not seen yet in this round.

    Cards written for her kind of urge come before general ones, so "check his
    profile" gets the card about his feed before a card that fits every urge.
    Raises LookupError if content has no card at all for this kind and situation.
    """
    allowed = reasons_for(situation)
    eligible = [card for card in cards if card.reason in allowed and card.fits(kind)]
    if not eligible:
        raise LookupError(f"no card for a {kind.value} urge in a {situation.value} situation")
    card, restarted = _rotate(eligible, seen, rng, specific=lambda card: card.kinds is not None)
    return CardPick(card, restarted)


def choose_closing(
    closings: Sequence[Closing], situation: Situation, seen: set[str], rng: random.Random
) -> ClosingPick:
    """A closing thought she has not seen in this round; none about him after abuse."""
    eligible = [
        closing for closing in closings if not (situation.safety_first and closing.about_him)
    ]
    if not eligible:
        raise LookupError(f"no closing for a {situation.value} situation")
    closing, restarted = _rotate(eligible, seen, rng, specific=lambda _: False)
    return ClosingPick(closing, restarted)


_Item = TypeVar("_Item", Card, Closing)


def _rotate(
    eligible: list[_Item],
    seen: set[str],
    rng: random.Random,
    specific: Callable[[_Item], bool],
) -> tuple[_Item, bool]:
    fresh = [item for item in eligible if item.id not in seen]
    restarted = not fresh
    pool = fresh or eligible
    pool = [item for item in pool if specific(item)] or pool
    return rng.choice(pool), restarted


# -- waiting --------------------------------------------------------------------------------

DEFAULT_DELAY: Final = timedelta(minutes=10)
EXTENSIONS: Final = (timedelta(minutes=5), timedelta(minutes=10))
STRONG_URGE: Final = 9
STRONG_URGE_EXTRA: Final = timedelta(minutes=5)


def checkback_at(now: datetime, delay: timedelta) -> datetime:
    """When to ask her how she is doing. `now` must be aware: timers are stored in UTC."""
    if now.tzinfo is None:
        raise ValueError("checkback_at needs an aware datetime")
    return now + delay


def delay_for_intensity(intensity: int | None, base: timedelta = DEFAULT_DELAY) -> timedelta:
    """The wait before we check back, a little longer when she rates the urge 9 or 10.

    At the top of the scale, asking "how are you now?" after the usual wait tends to
    meet the urge still at full strength, and a "still there" answer at that moment is
    discouraging. A few extra minutes give it more room to ease first. The wait is
    never shortened: even a mild urge is worth the full pause.
    """
    if intensity is not None and intensity >= STRONG_URGE:
        return base + STRONG_URGE_EXTRA
    return base


FRIEND_NAME_MAX = 60


def looks_like_a_name(text: str) -> bool:
    """A friend's name is short and has at least one letter; anything else is asked again."""
    name = text.strip()
    return 0 < len(name) <= FRIEND_NAME_MAX and any(char.isalpha() for char in name)


# When the bot was down as a check-back fell due: a little late, she still wants to be
# asked (with an apology); half a day late, the moment has passed and asking would only
# bring it back.
CHECKBACK_LATE_AFTER: Final = timedelta(minutes=30)
CHECKBACK_STALE_AFTER: Final = timedelta(hours=12)


class CheckbackTiming(StrEnum):
    ON_TIME = "on_time"
    LATE = "late"
    STALE = "stale"


def checkback_timing(due: datetime, now: datetime) -> CheckbackTiming:
    lateness = now - due
    if lateness > CHECKBACK_STALE_AFTER:
        return CheckbackTiming.STALE
    if lateness > CHECKBACK_LATE_AFTER:
        return CheckbackTiming.LATE
    return CheckbackTiming.ON_TIME
