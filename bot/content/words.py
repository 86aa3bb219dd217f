"""content/<locale>/words.toml: every word a parser listens for, in one language.

The parsers themselves (bot/core/timezones.py, the features' logic.py, pings/dates.py)
know no language: each takes a vocabulary compiled at start from every locale's words
together, since she may type any language she knows to the bot in any other. This module
reads and checks one locale's file (`Words.load`) and joins every locale's into one
(`every_language`), which the features compile once. Only the lock-screen words stay
per language (`Words.lock_screen`): Spanish "he" means "I have", and gives nothing
away.

A mistake stops the bot at start with one line naming the file and the place in it:
"es/words.toml: urge.kinds.reply, item 3: '*' goes at the end of a word, as in 'repl*'".
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Final, Protocol, TypeVar

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    ValidationError,
    field_validator,
)
from pydantic_core import ErrorDetails

from bot.core.model import Situation, Trigger, UrgeKind
from bot.core.phrases import check_answer_phrase, check_telltale_phrase, telltale_pattern
from bot.core.text import without_accents
from bot.core.timezones import TimeUnit, TimeWords
from bot.features.hetexted.logic import MessageKind

__all__ = [
    "WORDS",
    "EveryLanguage",
    "LockScreenWords",
    "Words",
    "WordsError",
    "every_language",
    "month_words",
    "word_form",
    "words_of",
]

WORDS: Final = "words.toml"
MONTHS: Final = range(1, 13)


class WordsError(Exception):
    """One line naming the file and the place in it. bot.content raises it as ContentError."""


# -- one entry ------------------------------------------------------------------------------


def _phrase(value: str) -> str:
    check_answer_phrase(value)  # raises PhraseError (a ValueError) naming what is wrong
    return value


def _telltale(value: str) -> str:
    check_telltale_phrase(value)
    return value


def _word(value: str) -> str:
    if not word_form(value):
        raise ValueError(f"'{value}' has no letters or digits")
    return value


def word_form(word: str) -> str:
    """How single words and whole answers compare: "Esta  Mañana" -> "esta manana"."""
    return " ".join(without_accents(word.casefold()).split())


# Non-empty text in the phrase notation of bot/core/phrases.py ("repl*", "hey+", "#am").
Phrase = Annotated[str, Field(min_length=1), AfterValidator(_phrase)]
# A word or a whole answer, compared in `word_form` ("esta mañana").
Word = Annotated[str, Field(min_length=1), AfterValidator(_word)]
Telltale = Annotated[str, Field(min_length=1), AfterValidator(_telltale)]


class _Strict(BaseModel):
    # A typo in a key fails at start instead of leaving a word list silently unread.
    model_config = ConfigDict(extra="forbid", frozen=True)


_Option = TypeVar("_Option", UrgeKind, Trigger, Situation, MessageKind)


def _every_option(
    table: dict[_Option, list[str]], options: Iterable[_Option]
) -> dict[_Option, list[str]]:
    if missing := [option.value for option in options if option not in table]:
        raise ValueError(f"missing key '{missing[0]}'")
    return table


# -- the sections -----------------------------------------------------------------------------


class StrengthSection(_Strict):
    out_of: list[Word]  # "7 out of 10"


class UrgeSection(_Strict):
    kinds: dict[UrgeKind, list[Phrase]]
    # Only a guess when no kind matched: names of apps ("instagram" means looking).
    kinds_fallback: dict[UrgeKind, list[Phrase]]
    triggers: dict[Trigger, list[Phrase]]
    strength: StrengthSection

    @field_validator("kinds")
    @classmethod
    def _every_kind(cls, table: dict[UrgeKind, list[str]]) -> dict[UrgeKind, list[str]]:
        return _every_option(table, UrgeKind)

    @field_validator("triggers")
    @classmethod
    def _every_trigger(cls, table: dict[Trigger, list[str]]) -> dict[Trigger, list[str]]:
        return _every_option(table, Trigger)


class HeTextedSection(_Strict):
    kinds: dict[MessageKind, list[Phrase]]

    @field_validator("kinds")
    @classmethod
    def _every_kind(cls, table: dict[MessageKind, list[str]]) -> dict[MessageKind, list[str]]:
        return _every_option(table, MessageKind)


class GreetingsSection(_Strict):
    words: list[Word]


class TimeSection(_Strict):
    today: list[Word]
    yesterday: list[Word]
    before_count: list[Word]  # "hace 3 días"
    after_count: list[Word]  # "3 days ago"
    one: list[Word]  # "a week ago"
    days: list[Word]
    weeks: list[Word]
    months: list[Word]
    years: list[Word]
    skip: list[Word]  # for dateparser: "on the 3rd of October"
    noon: list[Word]
    midnight: list[Word]
    am: list[Word]
    pm: list[Word]


class DatesSection(_Strict):
    of: list[Word]  # "14 of March"
    ordinals: list[Word]  # "14th"
    # More names of months beside CLDR's, by the month's number (TOML keys are text).
    month_names: dict[str, list[Word]] = Field(default_factory=dict)

    @field_validator("month_names")
    @classmethod
    def _months(cls, table: dict[str, list[str]]) -> dict[str, list[str]]:
        for key in table:
            if not key.isdecimal() or int(key) not in MONTHS:
                raise ValueError(f"'{key}' is not a month's number (1 to 12)")
        return table


class LockScreenWords(_Strict):
    telltale: list[Telltale]
    _pattern: re.Pattern[str] = PrivateAttr()

    def model_post_init(self, context: object) -> None:
        self._pattern = telltale_pattern(self.telltale)

    def giveaway(self, preview: str) -> str | None:
        """The first telltale word in `preview` (what a lock screen shows), or None."""
        found = self._pattern.search(preview)
        return found.group() if found else None


class Words(_Strict):
    """One locale's words.toml, checked; joined with the others by `every_language`."""

    urge: UrgeSection
    numbers: dict[str, Annotated[StrictInt, Field(ge=0)]]  # "seven" -> 7
    situations: dict[Situation, list[Phrase]]
    he_texted: HeTextedSection
    greetings: GreetingsSection
    time: TimeSection
    dates: DatesSection
    lock_screen: LockScreenWords

    @field_validator("situations")
    @classmethod
    def _every_situation(cls, table: dict[Situation, list[str]]) -> dict[Situation, list[str]]:
        return _every_option(table, Situation)

    @field_validator("numbers")
    @classmethod
    def _number_words(cls, table: dict[str, int]) -> dict[str, int]:
        for word in table:
            _word(word)
        return table

    @classmethod
    def load(cls, folder: Path, locale: str) -> Words:
        """content/<locale>/words.toml, checked; raises WordsError naming file and place."""
        file = f"{locale}/{WORDS}"
        path = folder / WORDS
        if not path.is_file():
            raise WordsError(f"{file}: file is missing")
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise WordsError(f"{file}: not valid TOML: {error}") from None
        try:
            words = cls.model_validate(data)
            month_words(words, locale)  # a locale CLDR does not know fails here, at start
        except ValidationError as error:
            raise WordsError(f"{file}: {_first_problem(error)}") from None
        except ValueError as error:
            raise WordsError(f"{file}: {error}") from None
        return words


@dataclass(frozen=True, slots=True, eq=False)
class EveryLanguage:
    """Every locale's words in one: what the parsers listen for, whatever her language.

    `words` has every locale's lists joined (the lock-screen words too: checked against
    all of them, a text gives nothing away in any language, the strictest reading)."""

    words: Words
    locales: tuple[str, ...]  # in the order given: dateparser tries them in it
    months: Mapping[str, int]  # every month name of every locale, in `word_form`

    def time_words(self) -> TimeWords:
        """What her check-in time and her last contact are read with."""
        time = self.words.time
        return TimeWords.of(
            languages=self.locales,
            today=time.today,
            yesterday=time.yesterday,
            numbers=self.words.numbers,
            one=time.one,
            units={
                TimeUnit.DAY: time.days,
                TimeUnit.WEEK: time.weeks,
                TimeUnit.MONTH: time.months,
                TimeUnit.YEAR: time.years,
            },
            before_count=time.before_count,
            after_count=time.after_count,
            skip=time.skip,
            noon=time.noon,
            midnight=time.midnight,
            am=time.am,
            pm=time.pm,
        )


class _Speaks(Protocol):
    """A locale's content, as far as its words go (`bot.content.Content`)."""

    @property
    def locale(self) -> str: ...
    @property
    def words(self) -> Words: ...


def words_of(contents: Iterable[_Speaks]) -> EveryLanguage:
    """The words of every one of these locales' contents, joined (`every_language`)."""
    return every_language({content.locale: content.words for content in contents})


def every_language(by_locale: Mapping[str, Words]) -> EveryLanguage:
    """Join the words of every locale. A number or month word that two languages read
    differently raises WordsError: no parser could tell which she meant."""
    if not by_locale:
        raise WordsError(f"{WORDS}: no locale to take words from")
    locales = tuple(by_locale)
    every = [by_locale[locale] for locale in locales]
    _agreed({locale: dict(words.numbers) for locale, words in by_locale.items()}, "numbers")
    months = {locale: month_words(words, locale) for locale, words in by_locale.items()}
    _agreed(months, "month names")
    joined = {
        name: _joined([getattr(words, name) for words in every]) for name in Words.model_fields
    }
    return EveryLanguage(
        words=Words.model_validate(joined),
        locales=locales,
        months=MappingProxyType(
            {word: n for table in months.values() for word, n in table.items()}
        ),
    )


def _joined(values: Sequence[object]) -> object:
    """One field of several locales' Words, joined: lists added up, tables merged."""
    first = values[0]
    if isinstance(first, BaseModel):
        models = [value for value in values if isinstance(value, BaseModel)]
        return {
            name: _joined([getattr(model, name) for model in models])
            for name in type(first).model_fields
        }
    if isinstance(first, dict):
        tables = [value for value in values if isinstance(value, dict)]
        keys = dict.fromkeys(key for table in tables for key in table)
        return {key: _joined([table[key] for table in tables if key in table]) for key in keys}
    if isinstance(first, list | tuple):
        return [item for value in values if isinstance(value, list | tuple) for item in value]
    return first  # a number: `_agreed` has checked that every language says the same


def _agreed(tables: Mapping[str, Mapping[str, int]], what: str) -> None:
    seen: dict[str, tuple[int, str]] = {}
    for locale, table in tables.items():
        for word, value in table.items():
            key = word_form(word)
            earlier, where = seen.setdefault(key, (value, locale))
            if earlier != value:
                raise WordsError(
                    f"{locale}/{WORDS}: {what}: '{word}' is {value} here and {earlier} in"
                    f" {where}/{WORDS}; one word cannot mean both"
                )


# -- months --------------------------------------------------------------------------------


def cldr_locale(locale: str) -> Locale:
    """CLDR's locale for a content folder's name ("es", "pt-BR")."""
    try:
        return Locale.parse(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        raise ValueError(f"'{locale}' is not a locale CLDR knows, for month names") from None


def month_words(words: Words, locale: str) -> dict[str, int]:
    """Every name of a month in the locale's language, in `word_form`, to its number:
    CLDR's names and short names ("march", "mar"; "marzo"; dots dropped: "fev." is
    "fev"), and content's own (`[dates.month_names]`)."""
    cldr = cldr_locale(locale)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, cldr).items():
                months.setdefault(word_form(name.replace(".", "")), number)
    for key, names in words.dates.month_names.items():
        for name in names:
            months.setdefault(word_form(name), int(key))
    return months


# -- errors --------------------------------------------------------------------------------


def _first_problem(error: ValidationError) -> str:
    """The one problem to report: a misspelt key first, since it also makes the key it
    stands for look missing."""
    errors = error.errors()
    typo = next((each for each in errors if each["type"] == "extra_forbidden"), errors[0])
    return _problem(typo)


def _problem(error: ErrorDetails) -> str:
    """pydantic's error as the rest of content says it: "urge.kinds.rely: unknown key"."""
    where = ""
    for part in error["loc"]:
        if isinstance(part, int):
            where += f", item {part + 1}"
        elif part != "[key]":
            where += f".{part}" if where else str(part)
    kind = error["type"]
    if kind == "missing":
        place, _, key = where.rpartition(".")
        return f"{place + ': ' if place else ''}missing key '{key}'"
    if kind == "extra_forbidden":
        place, _, key = where.rpartition(".")
        return f"{place + ': ' if place else ''}unknown key '{key}'"
    message = error["msg"].removeprefix("Value error, ")
    if kind == "enum":
        message = f"unknown key ({message.replace('Input should be', 'the keys are')})"
    else:
        message = message.replace("Input should be", "should be")
    return f"{where}: {message}" if where else message
