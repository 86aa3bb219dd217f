"""When he reaches out: what kind of message it is, and what that means for her.

Pure: the situation she named at onboarding and the kind of message decide the advice;
the handlers only say it. The rules follow the domain brief. After abuse or cheating
the answer is decided already: no reply, and no template that could make one easy.
After disrespect, not now; look at the pattern first. A practical matter (kids, money,
belongings) may need a short factual reply, but never in the first rush of feeling,
and after abuse it goes through someone else rather than through her.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Final

from bot.core.model import Situation
from bot.core.phrases import answer_pattern
from bot.core.text import plain_words


class MessageKind(StrEnum):
    SORRY = "sorry"
    MISS_YOU = "miss_you"
    PRACTICAL = "practical"  # kids, money, belongings: something that may need settling
    ANGRY = "angry"
    HEY = "hey"  # "hey", "how are you": a test of whether the door is still open


class ReplyAdvice(StrEnum):
    """What the advice says about answering him."""

    NONE = "none"  # nothing is owed, now or later
    NOT_NOW = "not_now"  # no reply now; look at the pattern of promises and excuses first
    THIRD_PARTY = "third_party"  # a practical matter, settled through someone else
    TEMPLATE = "template"  # a practical matter: a short, factual reply, after the wait
    HER_CALL = "her_call"  # an amicable ending: reduced contact; after the wait, her call


class Outcome(StrEnum):
    """What she did, as she tells it at the check-back."""

    NO_REPLY = "no_reply"
    PRACTICAL_REPLY = "practical_reply"  # only the factual reply: not a slip
    REPLIED = "replied"  # more than that: she may call it a slip, the bot does not


KIND_ORDER: Final[tuple[MessageKind, ...]] = (
    MessageKind.SORRY,
    MessageKind.MISS_YOU,
    MessageKind.PRACTICAL,
    MessageKind.ANGRY,
    MessageKind.HEY,
)

# The first wave of feeling passes in about half an hour; nothing he sent is more urgent.
REPLY_DELAY: Final = timedelta(minutes=30)
# A practical reply after a good ending carries less risk, so the wait can be shorter.
GENTLE_PRACTICAL_DELAY: Final = timedelta(minutes=20)

# Where a short, factual reply to a practical matter is all right to offer.
_TEMPLATE_SITUATIONS: Final = frozenset({Situation.DISRESPECT, Situation.AMICABLE, Situation.OTHER})
_GENTLE_SITUATIONS: Final = frozenset({Situation.AMICABLE, Situation.OTHER})


@dataclass(frozen=True, slots=True)
class Advice:
    reply: ReplyAdvice
    safety_first: bool  # the support lines come before anything else
    delay: timedelta  # no reply before this has passed; the check-back comes after it

    @property
    def offers_template(self) -> bool:
        return self.reply is ReplyAdvice.TEMPLATE

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        """The answers offered at the check-back: "only the practical reply" makes sense
        only where that reply was offered."""
        if self.offers_template:
            return (Outcome.NO_REPLY, Outcome.PRACTICAL_REPLY, Outcome.REPLIED)
        return (Outcome.NO_REPLY, Outcome.REPLIED)


def advice_for(situation: Situation, kind: MessageKind) -> Advice:
    return Advice(
        reply=_reply_advice(situation, kind),
        safety_first=situation.safety_first,
        delay=_delay(situation, kind),
    )


def _reply_advice(situation: Situation, kind: MessageKind) -> ReplyAdvice:
    practical = kind is MessageKind.PRACTICAL
    if situation.safety_first or situation is Situation.CHEATING:
        # Even a practical matter gets no template: a reply made easy is a door left open.
        # "Rather not say" takes this path too: abuse is often not named on the first day.
        return ReplyAdvice.THIRD_PARTY if practical else ReplyAdvice.NONE
    if practical:
        return ReplyAdvice.TEMPLATE
    if situation is Situation.AMICABLE:
        return ReplyAdvice.HER_CALL
    return ReplyAdvice.NOT_NOW


def _delay(situation: Situation, kind: MessageKind) -> timedelta:
    if kind is MessageKind.PRACTICAL and situation in _GENTLE_SITUATIONS:
        return GENTLE_PRACTICAL_DELAY
    return REPLY_DELAY


# -- understanding what she typed ---------------------------------------------------------

# Checked in order, first hit wins: the more specific or more serious meaning comes first.
# "sorry about the kids' pickup" is a practical matter; "I'm sorry, you're a liar" is anger.
# Threats count as anger, so they reach the advice with the most care, never "hey". The
# words are content's (words.toml, [he_texted.kinds]).
KIND_PRECEDENCE: Final[tuple[MessageKind, ...]] = (
    MessageKind.PRACTICAL,
    MessageKind.ANGRY,
    MessageKind.SORRY,
    MessageKind.MISS_YOU,
    MessageKind.HEY,
)


@dataclass(frozen=True, slots=True, eq=False)
class MessageWords:
    """What "what did he send?" listens for, in every language at once, compiled once."""

    kinds: tuple[tuple[MessageKind, re.Pattern[str]], ...]  # in order: first match wins

    @classmethod
    def of(cls, phrases: Mapping[MessageKind, Iterable[str]]) -> MessageWords:
        """From content's phrases (bot/core/phrases.py notation); raises PhraseError."""
        return cls(
            tuple(
                (kind, answer_pattern(phrases[kind]))
                for kind in KIND_PRECEDENCE
                if phrases.get(kind)
            )
        )


def parse_kind(text: str, words: MessageWords) -> MessageKind | None:
    """Button number "1".."5", a value like "miss_you", or words: "he wants his stuff".

    None for anything not understood, so the flow asks again instead of guessing.
    """
    normal = plain_words(text)
    if normal.isdecimal() and len(normal) <= 2:  # int() of a huge digit string raises
        number = int(normal)
        return KIND_ORDER[number - 1] if 1 <= number <= len(KIND_ORDER) else None
    for kind in KIND_ORDER:
        if normal in {kind.value, kind.value.replace("_", " ")}:
            return kind
    return next((kind for kind, pattern in words.kinds if pattern.search(normal)), None)
