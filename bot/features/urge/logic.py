"""The urge flow's decisions: what she meant, which card to show, how long to wait.

Pure functions over the domain model and content; the handlers do the talking. Parsers
take raw chat text (button payloads are just very tidy text) and the words they listen
for (`UrgeWords`, from every locale's content), and return None for anything they do not
understand, so "asdf" re-asks instead of guessing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final, TypeVar

from bot.content import REASONS, Card, Closing
from bot.content.words import Words
from bot.core.model import Situation, Trigger, UrgeKind
from bot.core.phrases import answer_pattern
from bot.core.text import plain_words
from bot.features.rotation import fresh_or_all

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
# The words themselves are content's (content/<locale>/words.toml, [urge]).
KIND_PRECEDENCE: Final[tuple[UrgeKind, ...]] = (
    UrgeKind.REPLY,
    UrgeKind.ASK_FRIENDS,
    UrgeKind.CHECK,
    UrgeKind.POST,
    UrgeKind.TEXT,
    UrgeKind.GO,
)
TRIGGER_PRECEDENCE: Final[tuple[Trigger, ...]] = (
    Trigger.HE_REACHED_OUT,
    Trigger.SAW_POST,
    Trigger.SPECIAL_DATE,
    Trigger.DRINKING,
    Trigger.LATE_NIGHT,
    Trigger.LONELY,
    Trigger.OTHER,
)
INTENSITY_SCALE: Final = range(1, 11)

_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True, slots=True, eq=False)
class UrgeWords:
    """What the urge questions listen for, in every language at once, compiled once."""

    kinds: tuple[tuple[UrgeKind, re.Pattern[str]], ...]  # in order: first match wins
    triggers: tuple[tuple[Trigger, re.Pattern[str]], ...]
    numbers: Mapping[str, int]  # "seven" -> 7, in `plain_words` form
    intensity: re.Pattern[str]  # "7", "7/10", "7 out of 10"

    @classmethod
    def of(
        cls,
        kinds: Mapping[UrgeKind, Iterable[str]],
        kinds_fallback: Mapping[UrgeKind, Iterable[str]],
        triggers: Mapping[Trigger, Iterable[str]],
        numbers: Mapping[str, int],
        out_of: Iterable[str],
    ) -> UrgeWords:
        """From content's phrases (bot/core/phrases.py notation); raises PhraseError.

        Names of apps (`kinds_fallback`) say where, not what: only a guess when no kind
        matched, which is why "dm him on instagram" stays a text while a bare
        "instagram" means looking."""
        number_words = {plain_words(word): value for word, value in numbers.items()}
        top = [re.escape(w) for w, n in number_words.items() if n == INTENSITY_SCALE[-1]]
        between = [re.escape(plain_words(words)) for words in out_of]
        return cls(
            kinds=(
                *_compiled(KIND_PRECEDENCE, kinds),
                *_compiled(KIND_PRECEDENCE, kinds_fallback),
            ),
            triggers=_compiled(TRIGGER_PRECEDENCE, triggers),
            numbers=MappingProxyType(number_words),
            intensity=re.compile(
                rf"(\w+)(?: ?(?:{'|'.join(['/', *between])}) ?(?:{'|'.join(['10', *top])}))?"
            ),
        )

    @classmethod
    def of_content(cls, words: Words) -> UrgeWords:
        """From content's words: one locale's, or every locale's joined (`words_of`)."""
        urge = words.urge
        return cls.of(
            urge.kinds, urge.kinds_fallback, urge.triggers, words.numbers, urge.strength.out_of
        )


def _compiled(
    order: Sequence[_E], phrases: Mapping[_E, Iterable[str]]
) -> tuple[tuple[_E, re.Pattern[str]], ...]:
    return tuple(
        (option, answer_pattern(phrases[option])) for option in order if phrases.get(option)
    )


def parse_kind(text: str, words: UrgeWords) -> UrgeKind | None:
    """Button number "1".."6", a value like "ask_friends", or words: "check his insta"."""
    return _parse_choice(text, KIND_ORDER, words.kinds)


def parse_trigger(text: str, words: UrgeWords) -> Trigger | None:
    """Button number "1".."7", a value like "late_night", or words: "had wine"."""
    return _parse_choice(text, TRIGGER_ORDER, words.triggers)


def parse_intensity(text: str, words: UrgeWords) -> int | None:
    """How strong the urge is, 1 to 10: "7", "7/10", "seven", "7 out of 10"."""
    # Keep the signs that change the meaning: "-3" and "7.5" are not a 3 and a 7.
    match = words.intensity.fullmatch(plain_words(text, keep="/-."))
    if match is None:
        return None
    word = match[1]
    level = int(word) if word.isdecimal() and len(word) <= 2 else words.numbers.get(word)
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


def cards_for(cards: Sequence[Card], kind: UrgeKind, situation: Situation) -> list[Card]:
    """The cards that fit this urge in her situation.

    Raises LookupError if content has no card at all for this kind and situation.
    """
    allowed = reasons_for(situation)
    eligible = [card for card in cards if card.reason in allowed and card.fits(kind)]
    if not eligible:
        raise LookupError(f"no card for a {kind.value} urge in a {situation.value} situation")
    return eligible


def pick_card(candidates: Sequence[Card], rng: random.Random) -> Card:
    """Cards written for her kind of urge come before general ones, so "check his
    profile" gets the card about his feed before a card that fits every urge."""
    specific = [card for card in candidates if card.kinds is not None]
    return rng.choice(specific or list(candidates))


def closings_for(closings: Sequence[Closing], situation: Situation) -> list[Closing]:
    """The closing thoughts for her situation: none about him after abuse."""
    eligible = [
        closing for closing in closings if not (situation.safety_first and closing.about_him)
    ]
    if not eligible:
        raise LookupError(f"no closing for a {situation.value} situation")
    return eligible


def choose_card(
    cards: Sequence[Card],
    kind: UrgeKind,
    situation: Situation,
    seen: set[str],
    rng: random.Random,
) -> CardPick:
    """A card for this urge that she has not seen yet in this round (`seen`, as the
    rotation in bot/features/rotation.py remembers it)."""
    fresh, restarted = fresh_or_all(cards_for(cards, kind, situation), seen, _id)
    return CardPick(pick_card(fresh, rng), restarted)


def choose_closing(
    closings: Sequence[Closing], situation: Situation, seen: set[str], rng: random.Random
) -> ClosingPick:
    """A closing thought she has not seen in this round; none about him after abuse."""
    fresh, restarted = fresh_or_all(closings_for(closings, situation), seen, _id)
    return ClosingPick(rng.choice(fresh), restarted)


def _id(item: Card | Closing) -> str:
    return item.id


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
