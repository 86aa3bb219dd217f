"""The words a parser listens for, written in content in a notation anyone can write.

Pure Python. Content (content/<locale>/words.toml) lists words and phrases, not regular
expressions; this module turns them into patterns. The notation:

- a word or phrase is found as whole words anywhere in what she typed: "hit" is found in
  "he hit me" and not in "white";
- `*` ends a word with any ending: "repl*" is reply, replies, replied, replying;
- `+` after a letter stands for that letter typed once or more: "hey+" is hey and heyyy;
- `#` stands for a number of one or two digits: "#am" is 3am, "# am" is 3 am.

Phrases for typed answers (`answer_pattern`) are compared in the form `plain_words` gives
her text: lowercase, without accents or punctuation, apostrophes joined ("can't" reads
"cant"). They are put in that form too, so content writes them as people spell them
("me engañó"). Phrases for the lock-screen check (`telltale_pattern`) are compared as
written, accents included ("él" is not "el"), in any case, and a space in one also stands
for a hyphen or for nothing ("break up": break-up, breakup).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.core.text import plain_words

__all__ = ["PhraseError", "answer_pattern", "answer_phrase", "telltale_pattern"]

ANY_ENDING: Final = "*"
REPEATED: Final = "+"
NUMBER: Final = "#"
_MARKS: Final = ANY_ENDING + REPEATED + NUMBER


class PhraseError(ValueError):
    """A phrase the notation cannot read; the message says what is wrong with it."""


def answer_phrase(phrase: str) -> str:
    """A phrase in the form typed answers are compared in: "Me engañó" -> "me engano"."""
    return plain_words(phrase, keep=_MARKS)


def answer_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds any of `phrases` in `plain_words` text. Raises PhraseError."""
    return _pattern((_regex(answer_phrase(phrase), phrase, " ") for phrase in phrases), 0)


def telltale_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One pattern that finds any of `phrases` in raw text, in any case, accents as written.
    Raises PhraseError."""
    return _pattern(
        (_regex(" ".join(phrase.split()), phrase, r"\W?") for phrase in phrases), re.IGNORECASE
    )


def check_answer_phrase(phrase: str) -> None:
    """Raise PhraseError if `phrase` cannot be read as a typed answer. Checked without
    compiling: every piece `_regex` writes is escaped or a fixed fragment, so what it
    accepts always compiles, and the thousands of phrases in content/ load in
    milliseconds instead of seconds."""
    _regex(answer_phrase(phrase), phrase, " ")


def check_telltale_phrase(phrase: str) -> None:
    """Raise PhraseError if `phrase` cannot be listened for in raw text (see above)."""
    _regex(" ".join(phrase.split()), phrase, r"\W?")


def _pattern(alternatives: Iterable[str], flags: int) -> re.Pattern[str]:
    # Longest first, so that of two phrases starting at the same place the one reported
    # (by the lock-screen check) is the whole word; which one matches does not change.
    unique = sorted(set(alternatives), key=lambda regex: (-len(regex), regex))
    # Nothing to listen for matches nothing (an empty alternation would match everywhere).
    body = "|".join(unique) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _regex(normal: str, written: str, space: str) -> str:
    if not normal.strip(_MARKS + " "):
        raise PhraseError(f"'{written}' has no letters or digits to listen for")
    parts: list[str] = []
    previous = " "
    for position, char in enumerate(normal):
        following = normal[position + 1 : position + 2]
        if char == ANY_ENDING:
            if previous in _MARKS + " " or following not in {"", " "}:
                raise PhraseError(f"'{written}': '*' goes at the end of a word, as in 'repl*'")
            parts.append(r"\w*")
        elif char == REPEATED:
            if not previous.isalnum():
                raise PhraseError(f"'{written}': '+' goes after a letter, as in 'hey+'")
            parts.append("+")
        elif char == NUMBER:
            parts.append(r"\d{1,2}")
        elif char == " ":
            parts.append(space)
        else:
            parts.append(re.escape(char))
        previous = char
    return "".join(parts)
