"""The bot's words, loaded once at start from content/<locale>/*.toml and checked there.

A mistake in a content file stops the bot at start with one line naming the file and
the problem, rather than turning into a broken message in the middle of her worst night.

Files of a locale:
- cards.toml: the six reasons' titles, the reason cards and the closing thoughts;
- grounding.toml: short grounding exercises;
- safety.toml: support lines per country, for the abuse path;
- zones.toml: the time-zone buttons;
- pings.toml: what the bot says unasked: the daily check-in, milestones, the evening
  before and the morning of a hard date, and the nudge before her hardest hour;
- messages.toml, and any other .toml file: the flows' texts, nested tables of strings
  (or lists of strings, the variants), addressed by dotted keys like "urge.ask_kind".

Every locale says the same things: `Content.load_all` loads each folder under content/
and stops at the first key, id or number one locale has and the reference locale ("en")
does not, or the other way round (see `check_locales_match`).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Final, NoReturn

from babel import Locale
from babel.dates import format_skeleton, get_day_names

from bot.core.model import Situation, UrgeKind
from bot.core.timezones import (
    CityChoice,
    ZoneAbbreviation,
    abbreviation_key,
    alias_key,
    is_known_zone,
)
from bot.safety.alarm import AlarmPatterns, read_alarm_patterns
from bot.safety.country import is_country
from bot.safety.lines import CountryLines, Directory, HelpLine, SafetyBook

__all__ = [
    "Card",
    "CityChoice",
    "Closing",
    "Content",
    "ContentError",
    "DangerKind",
    "DangerMoment",
    "Exercise",
    "Holiday",
    "Milestone",
    "PingTexts",
    "SupportLine",
    "check_locales_match",
    "default_content_dir",
    "reads_fine_on_lock_screen",
]

REASONS: Final = range(1, 7)
ANY_KIND: Final = "any"
MIN_CARDS_PER_REASON: Final = 3
MIN_CARDS: Final = 24
MIN_CLOSINGS: Final = 3
MIN_EXERCISES: Final = 4
EXERCISE_MINUTES: Final = range(2, 6)
MAX_STEP_LENGTH: Final = 160  # a step is read mid-urge, on a phone

CARDS: Final = "cards.toml"
GROUNDING: Final = "grounding.toml"
SAFETY: Final = "safety.toml"
ZONES: Final = "zones.toml"
PINGS: Final = "pings.toml"
ALARM: Final = "alarm.toml"

MIN_LINES_PER_DAY: Final = 7  # a week of daily check-ins without a repeat, at any streak
STREAK_DAYS: Final = range(0, 3651)  # ten years is far enough to write lines for
MILESTONE_DAYS: Final = range(1, 3651)
WEEKDAYS: Final = 7
HOURS: Final = 24
# CLDR's plural categories: the risk hour's phrase may differ by the hour's number ("la 1",
# "las 2" in Spanish); `other` is the one every language has.
PLURAL_CATEGORIES: Final = frozenset({"zero", "one", "two", "few", "many", "other"})

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{2}")

REFERENCE_LOCALE: Final = "en"  # the locale every other one is compared against

# Words that give away what a notification is about to anyone glancing at her phone, per
# language. Each list is only applied to its own locale: Spanish "he" means "I have".
_TELLTALE: Final[Mapping[str, re.Pattern[str]]] = MappingProxyType(
    {
        "en": re.compile(
            r"\b(?:he|him|his|himself|ex|exes|boyfriend\w*|girlfriend\w*|husband\w*"
            r"|relationship\w*|text\w*|(?:un)?block\w*|contact\w*|stalk\w*|dump\w*"
            r"|break\W?ups?|broke up|breaking up)\b",
            re.IGNORECASE,
        ),
        # "él", and the pronouns that stand for him ("lo echo de menos", "le escribo", "su
        # foto"); the ex and the words for what they were; writing, messages, calls to
        # him; blocking, contact, snooping; the breakup. English loanwords too.
        "es": re.compile(
            r"\b(?:él|le|lo|les|su|sus|ex|exes|ex-\w+|ex(?:novi|pareja|marido|espos)\w*"
            r"|novi[oa]s?|noviazgo\w*|pareja\w*|marido\w*|espos[oa]s?|relaci[oó]n\w*"
            r"|mensaj\w*|escrib\w*|escrit[oa]s?|whats\w*|llamarl[eo]|llamad[oa]s?"
            r"|(?:des)?bloque\w*|contact\w*|stalk\w*|acos(?!t)\w*|espi(?:ar|o|as|a|ando)"
            r"|ruptura\w*|romp\w*|cortamos|separaci[oó]n\w*|separad[oa]s?"
            r"|divorci\w*|text\w*|block\w*)\b",
            re.IGNORECASE,
        ),
    }
)


# What a notification preview shows of a message depends on the phone: a few lines, or a
# few lines' worth of characters. Both are read, each in full.
PREVIEW_LINES: Final = 3
PREVIEW_CHARS: Final = 150
# The first PREVIEW_CHARS characters and the rest of the word they stop in: "him" cut
# after "hi" still says him, and "hello" cut after "he" does not say he.
_PREVIEW_START: Final = re.compile(rf".{{0,{PREVIEW_CHARS}}}\w*", re.DOTALL)


def reads_fine_on_lock_screen(text: str, locale: str | None = None) -> bool:
    """True if what a lock screen shows of `text` gives nothing away.

    What the bot sends unasked arrives while someone else may be looking at her screen.
    A preview shows the first few lines or the first few lines' worth of characters, so
    both are read: the first three lines with any text in them, each whole, and the first
    150 characters. Neither may mention him, an ex, texting, blocking or a breakup. The
    words are those of `locale`; without one, or for a language with no list of its own,
    every list applies, the strictest reading.
    """
    return lock_screen_giveaway(text, locale) is None


def lock_screen_giveaway(text: str, locale: str | None = None) -> str | None:
    """The first word that gives her away where a lock screen shows `text`, or None."""
    lines = [line for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    start = _PREVIEW_START.match(text.strip())
    preview = "\n".join([*lines, start.group() if start else ""])
    own = _TELLTALE.get(locale or "")
    patterns = [own] if own is not None else list(_TELLTALE.values())
    found = (match.group() for pattern in patterns if (match := pattern.search(preview)))
    return next(found, None)


# The flows' texts that the bot sends without being asked (pings.toml is all unasked and
# is checked as it is read). Each arrives as a notification, so `reads_fine_on_lock_screen`
# must hold for it: checked at load, in every locale, for every situation's variant and
# every wording, with its placeholders left empty, which shows the most of its own words a
# preview can. What fills a placeholder is checked where it comes from.
UNPROMPTED: Final = (
    "drafts.review.one",  # the held-draft review, before she taps "Show it"
    "drafts.review.many",
    "cutoff.reminder",  # days after she opened the checklist, if something is still open
    "urge.checkback",  # the end of the wait she asked for
    "urge.checkback_late",
    "hetexted.late",  # opens the /hetexted check-back when it comes late
    "hetexted.checkback",
    "hetexted.checkback_template",
    "friend.alert",  # to her trusted friend
    "friend.removed_friend",
    "friend.joined_her",  # to her, when her friend opens the link or leaves
    "friend.left_her",
)


def _check_unprompted(
    locale: str, texts: Mapping[str, tuple[str, ...]], sources: Mapping[str, str]
) -> None:
    for key in UNPROMPTED:
        for variant in (key, *(f"{key}_{situation.value}" for situation in Situation)):
            for template in texts.get(variant, ()):
                words = "".join(literal for literal, *_ in string.Formatter().parse(template))
                if (word := lock_screen_giveaway(words, locale)) is not None:
                    raise ContentError(
                        f"{locale}/{sources.get(variant, '*.toml')}: '{variant}' arrives unasked"
                        f" and says '{word}' where a lock screen shows it (the first"
                        f" {PREVIEW_LINES} lines and {PREVIEW_CHARS} characters)"
                    )


class ContentError(Exception):
    """A content file is missing or wrong, or the code asked for text it does not have."""


@dataclass(frozen=True, slots=True)
class Card:
    """One thought for the reflect step, tied to one of the six reasons."""

    id: str
    reason: int
    kinds: frozenset[UrgeKind] | None  # None: it speaks to every kind of urge
    text: str

    def fits(self, kind: UrgeKind) -> bool:
        return self.kinds is None or kind in self.kinds


@dataclass(frozen=True, slots=True)
class Closing:
    """The deeper point, in one of several wordings: this is about her, not him."""

    id: str
    text: str
    # Talks about him (whether he misses her...). Logic keeps these from anyone who left
    # an abuser, where any thought of his feelings can read as a door left open.
    about_him: bool


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    title: str
    minutes: int
    steps: tuple[str, ...]


class DangerKind(StrEnum):
    """What makes a date hard; each kind has its own words."""

    BIRTHDAY = "birthday"  # his birthday
    ANNIVERSARY = "anniversary"
    HOLIDAY = "holiday"  # from the content's list, with its label
    CUSTOM = "custom"  # any date she marks


class DangerMoment(StrEnum):
    EVE = "eve"  # the evening before
    MORNING = "morning"  # the morning of the day itself


@dataclass(frozen=True, slots=True)
class SupportLine:
    """One line of the daily check-in, for streaks from `from_day` to `until_day`."""

    id: str
    text: str
    from_day: int = 0
    until_day: int | None = None  # None: for every streak from `from_day` on

    def fits(self, streak_days: int) -> bool:
        return self.from_day <= streak_days and (
            self.until_day is None or streak_days <= self.until_day
        )


@dataclass(frozen=True, slots=True)
class Milestone:
    days: int
    title: str  # the first line, the one a lock screen shows
    text: str


@dataclass(frozen=True, slots=True)
class Holiday:
    """A date that is hard for many people, the same day every year."""

    id: str
    month: int
    day: int
    label: str  # "Valentine's Day"


@dataclass(frozen=True, slots=True, eq=False)
class PingTexts:
    """The words of pings.toml. Every part a lock screen can show has passed its check."""

    headlines: tuple[str, ...]  # "Day {days}. ..." wordings for a streak of 1 day or more
    first_day: str  # for the day the count starts again, when "Day 0" would sting
    lines: tuple[SupportLine, ...]
    milestones: tuple[Milestone, ...]  # in order of days
    late_milestone: str  # added when a milestone arrives after its day; {days} is today's
    holidays: tuple[Holiday, ...]
    danger: Mapping[tuple[DangerKind, DangerMoment], str]  # holiday texts use {holiday}
    risk_nudge: str  # {day} and {hour}
    # How the nudge (and /insights) names her hard hour of the week, around CLDR's own
    # words: {weekday} "Friday" / {weekdays} "Fridays"; {time} "11 at night", per plural
    # category of the hour's number on a 12-hour clock.
    risk_day: str
    risk_hour: Mapping[str, str]
    language: str  # the locale's language, for CLDR when the caller names no region

    @property
    def weekdays(self) -> tuple[str, ...]:
        """Monday first, as the nudge names them: "Fridays"."""
        return tuple(self.risk_words(day, 0)[0] for day in range(WEEKDAYS))

    @property
    def hours(self) -> tuple[str, ...]:
        """0 to 23, as the nudge names them: "around 11 at night"."""
        return tuple(self.risk_words(0, hour)[1] for hour in range(HOURS))

    def risk_words(self, weekday: int, hour: int, locale: str | None = None) -> tuple[str, str]:
        """The {day} and {hour} of the nudge, in `locale` (a CLDR locale like "en_GB";
        the language alone without one)."""
        cldr = locale or self.language
        name = get_day_names("wide", "format", cldr)[weekday]
        day = _fill("pings.risk.day", self.risk_day, {"weekday": name, "weekdays": _plural(name)})
        category = Locale.parse(cldr).plural_form(hour % 12 or 12)
        template = self.risk_hour.get(category, self.risk_hour["other"])
        # "Bh" is CLDR's hour with its flexible day period: "11 at night", "11 de la noche".
        clock = format_skeleton("Bh", datetime(2000, 1, 1, hour), locale=cldr)
        return day, _fill("pings.risk.hour", template, {"time": clock})

    @property
    def milestone_days(self) -> tuple[int, ...]:
        return tuple(milestone.days for milestone in self.milestones)

    def milestone(self, days: int) -> Milestone:
        for milestone in self.milestones:
            if milestone.days == days:
                return milestone
        raise ContentError(f"no milestone for {days} days")

    def line(self, line_id: str) -> SupportLine | None:
        """The line with this id, or None if content has changed since it was shown."""
        return next((line for line in self.lines if line.id == line_id), None)

    def holiday(self, holiday_id: str) -> Holiday | None:
        return next((item for item in self.holidays if item.id == holiday_id), None)

    def headline(self, streak_days: int) -> str:
        if streak_days <= 0:
            return self.first_day
        # Stepping through the wordings by day count varies them without keeping state.
        template = self.headlines[streak_days % len(self.headlines)]
        return _fill("pings.headline", template, {"days": streak_days})

    def late_note(self, streak_days: int) -> str:
        return _fill("pings.late_milestone", self.late_milestone, {"days": streak_days})

    def danger_text(self, kind: DangerKind, moment: DangerMoment, holiday: str = "") -> str:
        return _fill(
            f"pings.danger.{kind}.{moment}", self.danger[kind, moment], {"holiday": holiday}
        )

    def risk_text(self, weekday: int, hour: int, locale: str | None = None) -> str:
        day, at = self.risk_words(weekday, hour, locale)
        return _fill("pings.risk.nudge", self.risk_nudge, {"day": day, "hour": at})


def _plural(weekday: str) -> str:
    """A weekday name in the plural: CLDR has no plural names, and English and Spanish
    both add an s unless the name ends in one ("Fridays", "sábados", "los viernes"). A
    language whose weekdays do otherwise uses {weekday} in its template instead."""
    return weekday if weekday.endswith("s") else f"{weekday}s"


def default_content_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "content"


@dataclass(frozen=True, slots=True, eq=False)
class Content:
    locale: str
    reasons: Mapping[int, str]  # reason number -> its short title
    cards: tuple[Card, ...]
    closings: tuple[Closing, ...]
    exercises: tuple[Exercise, ...]
    cities: tuple[CityChoice, ...]
    safety: SafetyBook
    alarm: AlarmPatterns  # the words of danger and despair in this language
    texts: Mapping[str, tuple[str, ...]]  # dotted key -> its variants, first is the main one
    pings: PingTexts
    # What she may type for her zone ("EST"), from zones.toml; per locale, unmatched.
    zone_abbreviations: tuple[ZoneAbbreviation, ...] = ()
    # dotted key -> the file that holds it ("messages.toml"), for errors that name it
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def load(cls, root: Path, locale: str = "en") -> Content:
        """Read and check every file of the locale; raises ContentError on the first fault."""
        folder = root / locale
        if not folder.is_dir():
            raise ContentError(f"{folder}: no content folder for locale '{locale}'")
        # Sorted, so that a key defined in two text files is always reported the same way.
        documents = {
            path.name: _parse(path, f"{locale}/{path.name}")
            for path in sorted(folder.glob("*.toml"))
        }
        for required in (CARDS, GROUNDING, SAFETY, ZONES, PINGS, ALARM):
            if required not in documents:
                raise ContentError(f"{locale}/{required}: file is missing")
        reasons, cards, closings = _read_cards(documents.pop(CARDS))
        safety = _read_safety(documents.pop(SAFETY))
        alarm = _read_alarm(documents.pop(ALARM))
        pings = _read_pings(documents.pop(PINGS))
        exercises = _read_exercises(documents.pop(GROUNDING))
        cities, zone_abbreviations = _read_zones(documents.pop(ZONES))
        # What is left are the text files.
        texts, sources = _read_texts(list(documents.values()))
        _check_unprompted(locale, texts, sources)
        return cls(
            locale=locale,
            reasons=MappingProxyType(reasons),
            cards=cards,
            closings=closings,
            exercises=exercises,
            cities=cities,
            zone_abbreviations=zone_abbreviations,
            safety=safety,
            alarm=alarm,
            texts=MappingProxyType(texts),
            pings=pings,
            sources=MappingProxyType(sources),
        )

    @classmethod
    def load_all(cls, root: Path, reference: str = REFERENCE_LOCALE) -> dict[str, Content]:
        """Every locale under `root`, by name, each checked against `reference`.

        Raises ContentError on the first fault in any file, and on the first key, id or
        placeholder that one locale has and the reference does not, or the other way round.
        """
        if not root.is_dir():
            raise ContentError(f"{root}: no content folder")
        contents = {
            folder.name: cls.load(root, folder.name)
            for folder in sorted(root.iterdir())
            if folder.is_dir() and not folder.name.startswith((".", "_"))
        }
        if reference not in contents:
            raise ContentError(f"{root / reference}: no content folder for locale '{reference}'")
        for content in contents.values():
            if content is not contents[reference]:
                check_locales_match(contents[reference], content)
        return contents

    # -- the flows' texts ------------------------------------------------------------------

    def text(self, key: str, **fields: object) -> str:
        """The text at a dotted key, its {placeholders} filled from `fields`."""
        return _fill(key, self._templates(key)[0], fields)

    def variants(self, key: str, **fields: object) -> list[str]:
        """Every wording of a key, filled in; a plain string is a single variant."""
        return [_fill(key, template, fields) for template in self._templates(key)]

    def has(self, key: str) -> bool:
        return key in self.texts

    def keys(self) -> set[str]:
        return set(self.texts)

    def fields(self, key: str) -> frozenset[str]:
        """The placeholder names a key's text expects, for completeness tests."""
        return _placeholders(key, self._templates(key)[0])

    def _templates(self, key: str) -> tuple[str, ...]:
        try:
            return self.texts[key]
        except KeyError:
            raise ContentError(f"no text with key '{key}' in locale '{self.locale}'") from None

    # -- everything else -------------------------------------------------------------------

    def reason_title(self, reason: int) -> str:
        try:
            return self.reasons[reason]
        except KeyError:
            raise ContentError(f"no reason {reason} in locale '{self.locale}'") from None

    def card(self, card_id: str) -> Card | None:
        """The card with this id, or None if content has changed since it was shown."""
        return next((card for card in self.cards if card.id == card_id), None)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((item for item in self.exercises if item.id == exercise_id), None)

    def country_lines(self, country: str | None) -> CountryLines | None:
        """Her country's lines, or None where we hold none (the directory is for her)."""
        return self.safety.lines(country)


# -- every locale says the same things ------------------------------------------------------


def check_locales_match(reference: Content, other: Content) -> None:
    """Raise ContentError naming the first thing `other` lacks or has on top of `reference`.

    Only the words may differ between locales. Compared: every text key, its placeholders
    and, for a list, its length; the cards (reason, kinds), closings (about_him),
    exercises (minutes), time-zone buttons (zones), safety lines per country (which lines,
    their phone numbers and sources), check-in lines (days), milestone days, holidays
    (dates) and danger kinds. The message starts with the locale's file: "es/cards.toml".
    """
    for problem in _differences(reference, other):
        raise ContentError(f"{other.locale}/{problem}")


def _differences(reference: Content, other: Content) -> Iterator[str]:
    """Every difference, as "<file>: <problem>", in the order the files are read."""
    base = reference.locale
    yield from _text_differences(reference, other)

    for file, what, facts in _MATCHED_BEFORE_SAFETY:
        yield from _matched(file, what, base, facts(reference), facts(other))
    yield from _safety_differences(reference, other)
    for file, what, facts in _MATCHED_PINGS:
        yield from _matched(file, what, base, facts(reference), facts(other))


# What must be the same in every locale, item by item: (file, item name, id -> facts),
# in the order the files are read, so the first difference reported is the first found.
_PartFacts = tuple[str, str, Callable[[Content], Mapping[str, str]]]
_MATCHED_BEFORE_SAFETY: tuple[_PartFacts, ...] = (
    (CARDS, "card", lambda c: {card.id: _card_facts(card) for card in c.cards}),
    (
        CARDS,
        "closing",
        lambda c: {i.id: f"about_him = {str(i.about_him).lower()}" for i in c.closings},
    ),
    (CARDS, "reason", lambda c: {str(number): "" for number in c.reasons}),
    (GROUNDING, "exercise", lambda c: {i.id: f"minutes = {i.minutes}" for i in c.exercises}),
    (ZONES, "city with zone", lambda c: {city.zone: "" for city in c.cities}),
)
_MATCHED_PINGS: tuple[_PartFacts, ...] = (
    (PINGS, "line", lambda c: {line.id: _line_facts(line) for line in c.pings.lines}),
    (PINGS, "milestone for day", lambda c: {str(days): "" for days in c.pings.milestone_days}),
    (
        PINGS,
        "holiday",
        lambda c: {i.id: f"month = {i.month}, day = {i.day}" for i in c.pings.holidays},
    ),
    (PINGS, "danger kind", lambda c: {f"{kind}.{moment}": "" for kind, moment in c.pings.danger}),
)


def _text_differences(reference: Content, other: Content) -> Iterator[str]:
    base = reference.locale
    for key in reference.texts:
        if key not in other.texts:
            file = reference.sources.get(key, "*.toml")
            yield f"{file}: missing key '{key}' ({base}/{file} has it)"
    for key in other.texts:
        if key not in reference.texts:
            file = other.sources.get(key, "*.toml")
            yield f"{file}: key '{key}' is not in {base} (remove it, or add it to {base} too)"
    for key, templates in reference.texts.items():
        if key not in other.texts:
            continue
        file = other.sources.get(key, "*.toml")
        expected, found = reference.fields(key), other.fields(key)
        if found != expected:
            yield f"{file}: '{key}' uses {_listed(found)}, {base} uses {_listed(expected)}"
        count, their_count = len(templates), len(other.texts[key])
        if (count > 1 or their_count > 1) and count != their_count:
            yield f"{file}: '{key}' has {their_count} items, {base} has {count}"


def _safety_differences(reference: Content, other: Content) -> Iterator[str]:
    base = reference.locale
    ours, theirs = _safety_facts(reference.safety), _safety_facts(other.safety)
    yield from _matched(SAFETY, "country", base, ours, theirs)
    our_directory, their_directory = reference.safety.directory, other.safety.directory
    if our_directory.url != their_directory.url:
        yield (
            f"{SAFETY}: directory url is '{their_directory.url}', {base} has '{our_directory.url}'"
        )


def _safety_facts(book: SafetyBook) -> dict[str, str]:
    """Country code -> what must not differ between languages: which lines it has, the
    numbers she would dial (a wrong digit in a translation sends her nowhere) and where
    each was confirmed."""
    facts: dict[str, str] = {}
    for code, country in book.countries.items():
        parts = [f"emergency {country.emergency} ({country.source})"]
        for kind, line in (("abuse", country.abuse), ("crisis", country.crisis)):
            if line is not None:
                numbers = ", ".join(_phone_numbers((line.reach,))) or "no number"
                parts.append(f"{kind} {numbers} ({line.source})")
        facts[code] = "; ".join(parts)
    return facts


_NUMBER = re.compile(r"\d(?:[\d \-]*\d)?")


def _phone_numbers(lines: tuple[str, ...]) -> list[str]:
    """What she would dial, however it is spaced: "call 0808 2000 247" -> ["08082000247"]."""
    return [re.sub(r"\D", "", found) for line in lines for found in _NUMBER.findall(line)]


def _card_facts(card: Card) -> str:
    kinds = ", ".join(sorted(kind.value for kind in card.kinds)) if card.kinds else ANY_KIND
    return f"reason = {card.reason}, kinds = {kinds}"


def _line_facts(line: SupportLine) -> str:
    return f"from_day = {line.from_day}, until_day = {line.until_day}"


def _matched(
    file: str, what: str, base: str, ours: Mapping[str, str], theirs: Mapping[str, str]
) -> Iterator[str]:
    """Items by id: missing ones, then extra ones, then ones whose facts differ."""
    for item_id in ours:
        if item_id not in theirs:
            yield f"{file}: missing {what} '{item_id}' ({base} has it)"
    for item_id in theirs:
        if item_id not in ours:
            yield f"{file}: {what} '{item_id}' is not in {base}"
    for item_id, facts in ours.items():
        if item_id in theirs and theirs[item_id] != facts:
            yield f"{file}: {what} '{item_id}' has {theirs[item_id]}, {base} has {facts}"


# -- reading and checking ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Document:
    file: str  # "en/cards.toml", as errors name it
    data: Mapping[str, object]


def _parse(path: Path, file: str) -> _Document:
    try:
        with path.open("rb") as handle:
            return _Document(file, tomllib.load(handle))
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{file}: not valid TOML: {error}") from None


class _Table:
    """One TOML table being read. Every complaint names the file and the place in it,
    and keys nobody read are reported, so a typo like `kind =` cannot pass silently."""

    def __init__(self, file: str, where: str, data: object) -> None:
        self.file = file
        self.where = where
        if not isinstance(data, dict):
            self.fail("expected a table")
        self._data: dict[str, object] = data
        self._read: set[str] = set()

    def fail(self, problem: str) -> NoReturn:
        place = f"{self.where}: " if self.where else ""
        raise ContentError(f"{self.file}: {place}{problem}")

    def value(self, key: str) -> object:
        self._read.add(key)
        if key not in self._data:
            self.fail(f"missing key '{key}'")
        return self._data[key]

    def text(self, key: str) -> str:
        value = self.value(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be non-empty text")
        return self._plain(key, value.strip())

    def texts(self, key: str, *, allow_empty: bool = False) -> tuple[str, ...]:
        value = self.value(key)
        if not isinstance(value, list) or not (value or allow_empty):
            self.fail(f"'{key}' must be a{'' if allow_empty else ' non-empty'} list of texts")
        items: list[str] = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.fail(f"'{key}' must hold only non-empty texts")
            items.append(self._plain(key, item.strip()))
        return tuple(items)

    def template(self, key: str, fields: frozenset[str]) -> str:
        """Text with exactly these {placeholders}, so a misspelt one fails at start."""
        value = self.value(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"'{key}' must be non-empty text")
        return self._expecting(key, value.strip(), fields)

    def templates(self, key: str, fields: frozenset[str]) -> tuple[str, ...]:
        value = self.value(key)
        if not isinstance(value, list) or not value:
            self.fail(f"'{key}' must be a non-empty list of texts")
        items: list[str] = []
        for item in value:
            if not isinstance(item, str) or not item.strip():
                self.fail(f"'{key}' must hold only non-empty texts")
            items.append(self._expecting(key, item.strip(), fields))
        return tuple(items)

    @property
    def locale(self) -> str:
        return self.file.split("/", 1)[0]  # files are named "<locale>/<name>.toml"

    def discreet(self, key: str, text: str) -> str:
        if (word := lock_screen_giveaway(text, self.locale)) is not None:
            self.fail(
                f"'{key}': '{word}' would give her away on a lock screen (it shows the first"
                f" {PREVIEW_LINES} lines and {PREVIEW_CHARS} characters)"
            )
        return text

    def has(self, key: str) -> bool:
        return key in self._data

    def day(self, key: str) -> date:
        value = self.value(key)
        # TOML has dates of its own (checked = 2026-12-03); a datetime is a date too in Python.
        if not isinstance(value, date) or isinstance(value, datetime):
            self.fail(f"'{key}' must be a date like 2026-12-03")
        return value

    def number(self, key: str, allowed: range) -> int:
        value = self.value(key)
        # bool is an int to Python, but `reason = true` is a typo, not a reason.
        if not isinstance(value, int) or isinstance(value, bool) or value not in allowed:
            self.fail(f"'{key}' must be a whole number from {allowed[0]} to {allowed[-1]}")
        return value

    def optional_number(self, key: str, allowed: range) -> int | None:
        return self.number(key, allowed) if key in self._data else None

    def flag(self, key: str, default: bool) -> bool:
        if key not in self._data:
            return default
        value = self.value(key)
        if not isinstance(value, bool):
            self.fail(f"'{key}' must be true or false")
        return value

    def table(self, key: str) -> _Table:
        return _Table(self.file, _join(self.where, key), self.value(key))

    def tables(self, key: str) -> list[_Table]:
        """An array of tables, `[[key]]` in TOML."""
        value = self.value(key)
        if not isinstance(value, list):
            self.fail(f"'{key}' must be written as [[{key}]] entries")
        return [
            _Table(self.file, _join(self.where, f"{key} #{number}"), item)
            for number, item in enumerate(value, 1)
        ]

    def items(self) -> Iterator[tuple[str, object]]:
        """Every entry, for tables keyed by data (reason numbers, country codes)."""
        self._read.update(self._data)
        return iter(self._data.items())

    def done(self) -> None:
        if unknown := sorted(self._data.keys() - self._read):
            self.fail(f"unknown key '{unknown[0]}'")

    def _expecting(self, key: str, template: str, fields: frozenset[str]) -> str:
        try:
            found = _placeholders(key, template)
        except ContentError as error:
            self.fail(str(error))
        if found != fields:
            self.fail(f"'{key}' must use {_listed(fields)}, not {_listed(found)}")
        return template

    def _plain(self, key: str, text: str) -> str:
        # Only the flows' texts are formatted; a brace anywhere else is a stray placeholder.
        if "{" in text or "}" in text:
            self.fail(f"'{key}' has a '{{' or '}}', but placeholders only work in messages")
        return text


def _join(where: str, part: str) -> str:
    return f"{where}.{part}" if where else part


def _read_cards(
    document: _Document,
) -> tuple[dict[int, str], tuple[Card, ...], tuple[Closing, ...]]:
    top = _Table(document.file, "", document.data)

    reasons: dict[int, str] = {}
    reason_tables = top.table("reasons")
    for name, data in reason_tables.items():
        if not name.isdigit() or int(name) not in REASONS:
            reason_tables.fail(f"unknown reason '{name}' (reasons are 1 to 6)")
        entry = _Table(document.file, f"reasons.{name}", data)
        reasons[int(name)] = entry.text("title")
        entry.done()
    if missing := [number for number in REASONS if number not in reasons]:
        reason_tables.fail(f"missing reason {missing[0]}")

    ids: set[str] = set()
    cards = tuple(_read_card(entry, ids) for entry in top.tables("card"))
    closings = tuple(_read_closing(entry, ids) for entry in top.tables("closing"))
    top.done()

    for reason in REASONS:
        count = sum(card.reason == reason for card in cards)
        if count < MIN_CARDS_PER_REASON:
            top.fail(f"reason {reason} has {count} cards, needs at least {MIN_CARDS_PER_REASON}")
    if len(cards) < MIN_CARDS:
        top.fail(f"{len(cards)} cards, needs at least {MIN_CARDS}")
    if len(closings) < MIN_CLOSINGS:
        top.fail(f"{len(closings)} closing entries, needs at least {MIN_CLOSINGS}")
    return reasons, cards, closings


def _read_id(entry: _Table, taken: set[str]) -> str:
    item_id = entry.text("id")
    if not _ID.fullmatch(item_id):
        entry.fail(f"id '{item_id}' must be lowercase words joined by dashes")
    if item_id in taken:
        entry.fail(f"id '{item_id}' is used twice")
    taken.add(item_id)
    # From here on the entry is easier to find by its id than by its position.
    entry.where = f"{entry.where.split(' #')[0]} '{item_id}'"
    return item_id


def _read_card(entry: _Table, taken: set[str]) -> Card:
    card = Card(
        id=_read_id(entry, taken),
        reason=entry.number("reason", REASONS),
        kinds=_read_kinds(entry),
        text=entry.text("text"),
    )
    entry.done()
    return card


def _read_kinds(entry: _Table) -> frozenset[UrgeKind] | None:
    names = entry.texts("kinds")
    if ANY_KIND in names:
        if len(names) > 1:
            entry.fail(f"'{ANY_KIND}' in kinds must stand alone")
        return None
    known = {kind.value: kind for kind in UrgeKind}
    for name in names:
        if name not in known:
            entry.fail(f"unknown urge kind '{name}' (use {', '.join(known)} or {ANY_KIND})")
    return frozenset(known[name] for name in names)


def _read_closing(entry: _Table, taken: set[str]) -> Closing:
    closing = Closing(
        id=_read_id(entry, taken),
        text=entry.text("text"),
        about_him=entry.flag("about_him", default=False),
    )
    entry.done()
    return closing


def _read_exercises(document: _Document) -> tuple[Exercise, ...]:
    top = _Table(document.file, "", document.data)
    ids: set[str] = set()
    exercises = []
    for entry in top.tables("exercise"):
        exercise = Exercise(
            id=_read_id(entry, ids),
            title=entry.text("title"),
            minutes=entry.number("minutes", EXERCISE_MINUTES),
            steps=entry.texts("steps"),
        )
        if too_long := [step for step in exercise.steps if len(step) > MAX_STEP_LENGTH]:
            entry.fail(f"step '{too_long[0][:30]}...' is over {MAX_STEP_LENGTH} characters")
        entry.done()
        exercises.append(exercise)
    top.done()
    if len(exercises) < MIN_EXERCISES:
        top.fail(f"{len(exercises)} exercises, needs at least {MIN_EXERCISES}")
    return tuple(exercises)


def _read_safety(document: _Document) -> SafetyBook:
    top = _Table(document.file, "", document.data)
    elsewhere = top.table("directory")
    directory = Directory(
        name=elsewhere.text("name"),
        url=_url(elsewhere, "url"),
        source=_url(elsewhere, "source"),
        checked=elsewhere.day("checked"),
    )
    elsewhere.done()
    countries: dict[str, CountryLines] = {}
    tables = top.table("country")
    for code, data in tables.items():
        if not is_country(code):
            tables.fail(f"'{code}' is not a two-letter country code like MX")
        entry = _Table(document.file, f"country.{code}", data)
        emergency = entry.text("emergency")
        if not emergency.isdigit():
            entry.fail(f"emergency '{emergency}' must be the digits she dials")
        countries[code] = CountryLines(
            code=code,
            emergency=emergency,
            source=_url(entry, "source"),
            checked=entry.day("checked"),
            abuse=_read_help_line(entry, "abuse"),
            crisis=_read_help_line(entry, "crisis"),
        )
        entry.done()
    aliases: dict[str, tuple[str, ...]] = {}
    if "aliases" in document.data:
        alias_table = top.table("aliases")
        for code, _names in alias_table.items():
            if code not in countries and not is_country(code):
                alias_table.fail(f"'{code}' is not a two-letter country code like MX")
            aliases[code] = alias_table.texts(code)
        alias_table.done()
    top.done()
    if not countries:
        top.fail("no [country.XX] tables")
    return SafetyBook(
        countries=MappingProxyType(countries),
        directory=directory,
        aliases=MappingProxyType(aliases),
    )


def _read_help_line(country: _Table, kind: str) -> HelpLine | None:
    if not country.has(kind):
        return None  # none confirmed: the emergency number and the directory stand in
    entry = country.table(kind)
    line = HelpLine(
        name=entry.text("name"),
        reach=entry.text("reach"),
        source=_url(entry, "source"),
        checked=entry.day("checked"),
    )
    if not _phone_numbers((line.reach,)):
        entry.fail(f"'reach' must hold the number to call or text: '{line.reach}'")
    entry.done()
    return line


def _url(entry: _Table, key: str) -> str:
    url = entry.text(key)
    if not url.startswith(("https://", "http://")):
        entry.fail(f"'{key}' must be a web address, not '{url}'")
    return url


def _read_alarm(document: _Document) -> AlarmPatterns:
    try:
        return read_alarm_patterns(document.data)
    except ValueError as error:
        raise ContentError(f"{document.file}: {error}") from None


def _read_zones(
    document: _Document,
) -> tuple[tuple[CityChoice, ...], tuple[ZoneAbbreviation, ...]]:
    top = _Table(document.file, "", document.data)
    cities = _read_cities(top)
    abbreviations: list[ZoneAbbreviation] = []
    taken: set[str] = set()
    # [[alias]]: short names for a city ("NYC", "CDMX"), read like abbreviations and
    # compared with accents ignored as well; both kinds share one list, each name once.
    kinds = (("abbreviation", abbreviation_key), ("alias", alias_key))
    for kind, key_of, entry in (
        (table, fold, entry)
        for table, fold in kinds
        for entry in (top.tables(table) if top.has(table) else [])
    ):
        names = entry.texts("names")
        entry.where = f"{kind} '{names[0]}'"
        keys = {key_of(name) for name in names}
        if used := sorted(keys & taken):
            entry.fail(f"'{used[0]}' is used twice")
        taken |= keys
        zone = entry.text("zone") if entry.has("zone") else None
        if zone is not None and not is_known_zone(zone):
            entry.fail(f"unknown time zone '{zone}'")
        others = tuple(
            _read_city(other) for other in (entry.tables("other") if entry.has("other") else [])
        )
        if zone is None and len(others) < 2:
            entry.fail("needs a zone, or two or more [[abbreviation.other]] to ask between")
        entry.done()
        abbreviations.append(ZoneAbbreviation(frozenset(keys), zone, others))
    top.done()
    return cities, tuple(abbreviations)


def _read_city(entry: _Table) -> CityChoice:
    city = CityChoice(label=entry.text("label"), zone=entry.text("zone"))
    if not is_known_zone(city.zone):
        entry.fail(f"unknown time zone '{city.zone}'")
    entry.done()
    return city


def _read_cities(top: _Table) -> tuple[CityChoice, ...]:
    cities: list[CityChoice] = []
    for entry in top.tables("city"):
        city = CityChoice(label=entry.text("label"), zone=entry.text("zone"))
        entry.where = f"city '{city.label}'"
        if not is_known_zone(city.zone):
            entry.fail(f"unknown time zone '{city.zone}'")
        if any(other.label.casefold() == city.label.casefold() for other in cities):
            entry.fail("label is used twice")
        entry.done()
        cities.append(city)
    if not cities:
        top.fail("no [[city]] entries")
    return tuple(cities)


def _read_pings(document: _Document) -> PingTexts:
    top = _Table(document.file, "", document.data)

    daily = top.table("daily")
    headlines = daily.templates("headlines", frozenset({"days"}))
    for headline in headlines:
        daily.discreet("headlines", headline)
    first_day = daily.discreet("first_day", daily.text("first_day"))
    daily.done()

    line_ids: set[str] = set()
    lines = tuple(_read_line(entry, line_ids) for entry in top.tables("line"))
    _check_lines_cover_every_day(top, lines)

    notes = top.table("milestones")
    # It can follow a short milestone text closely enough to show on the lock screen.
    late_milestone = notes.discreet("late", notes.template("late", frozenset({"days"})))
    notes.done()
    milestones = _read_milestones(top)

    holiday_ids: set[str] = set()
    holidays = tuple(_read_holiday(entry, holiday_ids) for entry in top.tables("holiday"))

    danger = _read_danger(top.table("danger"))

    risk = top.table("risk")
    risk_nudge = risk.discreet("nudge", risk.template("nudge", frozenset({"day", "hour"})))
    # One name or the plural, whichever her language says "Fridays around 11" with.
    day_fields = frozenset({"weekdays" if "{weekdays}" in str(risk.value("day")) else "weekday"})
    risk_day = risk.template("day", day_fields)
    hour_table = risk.table("hour")
    risk_hour = {
        category: hour_table.template(category, frozenset({"time"}))
        for category, _ in hour_table.items()
    }
    if unknown := sorted(risk_hour.keys() - PLURAL_CATEGORIES):
        hour_table.fail(f"'{unknown[0]}' is not a CLDR plural category (use one, other...)")
    if "other" not in risk_hour:
        hour_table.fail("missing key 'other'")
    risk.done()
    language = top.locale
    try:
        Locale.parse(language)
    except (ValueError, LookupError):
        top.fail(f"'{language}' is not a language CLDR knows, for dates and hours")
    top.done()
    pings = PingTexts(
        headlines=headlines,
        first_day=first_day,
        lines=lines,
        milestones=milestones,
        late_milestone=late_milestone,
        holidays=holidays,
        danger=MappingProxyType(danger),
        risk_nudge=risk_nudge,
        risk_day=risk_day,
        risk_hour=MappingProxyType(risk_hour),
        language=language,
    )
    # Every weekday and hour lands in the nudge's first line, so each one, as CLDR words
    # it, passes the lock-screen check there.
    for weekday in range(WEEKDAYS):
        for hour in range(HOURS):
            risk.discreet("nudge", pings.risk_text(weekday, hour))
    return pings


def _read_milestones(top: _Table) -> tuple[Milestone, ...]:
    milestones: list[Milestone] = []
    for entry in top.tables("milestone"):
        milestone = Milestone(
            days=entry.number("days", MILESTONE_DAYS),
            title=entry.text("title"),
            text=entry.text("text"),
        )
        entry.where = f"milestone {milestone.days}"
        entry.discreet("title", milestone.title)
        entry.discreet("text", milestone.text)  # right under the title, in the preview
        if milestones and milestone.days <= milestones[-1].days:
            entry.fail(
                f"days must grow from one milestone to the next, {milestones[-1].days} came first"
            )
        entry.done()
        milestones.append(milestone)
    if not milestones:
        top.fail("no [[milestone]] entries")
    return tuple(milestones)


def _read_line(entry: _Table, taken: set[str]) -> SupportLine:
    line = SupportLine(
        id=_read_id(entry, taken),
        text=entry.text("text"),
        from_day=entry.optional_number("from_day", STREAK_DAYS) or 0,
        until_day=entry.optional_number("until_day", STREAK_DAYS),
    )
    if line.until_day is not None and line.until_day < line.from_day:
        entry.fail("until_day comes before from_day")
    entry.discreet("text", line.text)  # right under the headline, in the preview
    entry.done()
    return line


def _check_lines_cover_every_day(top: _Table, lines: tuple[SupportLine, ...]) -> None:
    # The set of fitting lines only changes where some line starts or stops, so checking
    # those days covers every streak length there is.
    edges = {0} | {line.from_day for line in lines}
    edges |= {line.until_day + 1 for line in lines if line.until_day is not None}
    for day in sorted(edges):
        count = sum(line.fits(day) for line in lines)
        if count < MIN_LINES_PER_DAY:
            top.fail(f"{count} [[line]] entries fit day {day}, needs at least {MIN_LINES_PER_DAY}")


def _read_holiday(entry: _Table, taken: set[str]) -> Holiday:
    holiday = Holiday(
        id=_read_id(entry, taken),
        month=entry.number("month", range(1, 13)),
        day=entry.number("day", range(1, 32)),
        label=entry.text("label"),
    )
    try:
        date(2000, holiday.month, holiday.day)  # a leap year, so 29 February may stand
    except ValueError:
        entry.fail(f"{holiday.month}/{holiday.day} is not a date")
    # The label goes into the first line of the holiday texts.
    entry.discreet("label", holiday.label)
    entry.done()
    return holiday


def _read_danger(table: _Table) -> dict[tuple[DangerKind, DangerMoment], str]:
    known = {kind.value: kind for kind in DangerKind}
    texts: dict[tuple[DangerKind, DangerMoment], str] = {}
    for name, data in table.items():
        if name not in known:
            table.fail(f"unknown kind '{name}' (use {', '.join(known)})")
        kind = known[name]
        fields = frozenset({"holiday"}) if kind is DangerKind.HOLIDAY else frozenset()
        entry = _Table(table.file, _join(table.where, name), data)
        for moment in DangerMoment:
            texts[kind, moment] = entry.discreet(moment, entry.template(moment, fields))
        entry.done()
    if missing := [kind for kind in DangerKind if (kind, DangerMoment.EVE) not in texts]:
        table.fail(f"missing [danger.{missing[0]}]")
    return texts


def _read_texts(
    documents: list[_Document],
) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The text keys of every document, and for each the name of its file."""
    texts: dict[str, tuple[str, ...]] = {}
    origin: dict[str, str] = {}
    for document in documents:
        for key, templates in _flatten(document.file, document.data):
            if key in texts:
                raise ContentError(f"{document.file}: {key}: already defined in {origin[key]}")
            texts[key], origin[key] = templates, document.file
    return texts, {key: file.rsplit("/", 1)[-1] for key, file in origin.items()}


def _flatten(
    file: str, data: Mapping[str, object], prefix: str = ""
) -> Iterator[tuple[str, tuple[str, ...]]]:
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict):
            yield from _flatten(file, value, f"{key}.")
            continue
        if isinstance(value, str):
            templates: tuple[str, ...] = (value,)
        elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
            templates = tuple(value)
        else:
            raise ContentError(f"{file}: {key}: expected text or a list of texts")
        yield key, _checked_templates(file, key, templates)


def _checked_templates(file: str, key: str, templates: tuple[str, ...]) -> tuple[str, ...]:
    try:
        expected = _placeholders(key, templates[0])
        for number, template in enumerate(templates, 1):
            if not template.strip():
                raise ContentError(f"{key}: variant {number} is empty")
            # Callers fill every variant from one set of fields, so a variant that spells
            # a placeholder differently is a typo that would only fail at runtime.
            if (found := _placeholders(key, template)) != expected:
                raise ContentError(
                    f"{key}: variant {number} uses {_listed(found)}, variant 1 uses"
                    f" {_listed(expected)}"
                )
    except ContentError as error:
        raise ContentError(f"{file}: {error}") from None
    return templates


def _placeholders(key: str, template: str) -> frozenset[str]:
    """The names in a template's {placeholders}; only plain {name} and {name:spec}."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:  # a lone brace: "{minutes" or "done}"
        raise ContentError(f"{key}: broken placeholder ({error}); write {{{{ for a brace") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or conversion or (spec and "{" in spec):
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            raise ContentError(f"{key}: placeholder '{{{shown}}}' must be a plain name")
        names.add(name)
    return frozenset(names)


def _listed(names: frozenset[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) or "no placeholders"


def _fill(key: str, template: str, fields: Mapping[str, object]) -> str:
    try:
        return template.format_map(fields)
    except KeyError as error:
        raise ContentError(f"{key}: missing field '{error.args[0]}'") from None
    except (ValueError, TypeError) as error:  # a field that does not fit its :spec
        raise ContentError(f"{key}: {error}") from None


def situational(content: Content, key: str, situation: Situation, **fields: object) -> str:
    """`<key>_<situation>` where content has a variant for her situation, else `key`.

    Where she would rather not say, the abuse variant stands in for a missing one of her
    own: abuse is often not named on the first day, so the careful wording is the default.
    """
    candidates = [f"{key}_{situation.value}"]
    if situation.safety_first:
        candidates.append(f"{key}_{Situation.ABUSE.value}")
    variant = next((name for name in candidates if content.has(name)), key)
    return content.text(variant, **fields)
