"""The bot's words, loaded once at start from content/<locale>/ and checked there.

A mistake in a content file stops the bot at start with one line naming the file and
the problem, rather than turning into a broken message in the middle of her worst night.

Files of a locale:
- cards.toml: the six reasons' titles, the reason cards and the closing thoughts;
- grounding.toml: short grounding exercises;
- safety.toml: support lines per country, for the abuse path;
- zones.toml: the time-zone buttons;
- pings.toml: what the bot says unasked: the daily check-in, milestones, the evening
  before and the morning of a hard date, and the nudge before her hardest hour;
- alarm.toml: the phrases of danger and despair the bot listens for in anything she types
  (these six are read by their models in bot/content/schema.py, into the objects of
  bot/content/structured.py);
- checklist.toml: the /cutoff items in order and each one's how-to links;
- words.toml: every word a parser listens for when she types instead of tapping, and the
  words a lock screen must not show (bot/content/words.py reads it);
- *.ftl: the flows' texts, Project Fluent messages addressed from code by dotted keys
  like "urge.ask_kind" (bot/content/messages.py: her situation and plural forms are
  chosen in the message, by the language).

Every locale says the same things: `Content.load_all` loads each folder under content/
and stops at the first message, variable, id or number one locale has and the reference
locale ("en") does not, or the other way round (see `check_locales_match`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Final, TypeVar

from pydantic import BaseModel

from bot.content.messages import Messages
from bot.content.schema import (
    ANY_KIND,
    AlarmFile,
    CardsFile,
    ChecklistFile,
    GroundingFile,
    PingsFile,
    Reading,
    SafetyFile,
    ZonesFile,
    read_model,
)
from bot.content.structured import (
    REASONS,
    Card,
    Closing,
    ContentError,
    DangerKind,
    DangerMoment,
    Exercise,
    Holiday,
    Milestone,
    PingTexts,
    SupportLine,
)
from bot.content.words import WORDS, LockScreenWords, Words, WordsError, every_language
from bot.core.model import Situation
from bot.core.timezones import CityChoice, ZoneAbbreviation
from bot.packaged import shipped_dir
from bot.safety.alarm import AlarmPatterns
from bot.safety.lines import CountryLines, SafetyBook

__all__ = [
    "REASONS",
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

CARDS: Final = "cards.toml"
GROUNDING: Final = "grounding.toml"
SAFETY: Final = "safety.toml"
ZONES: Final = "zones.toml"
PINGS: Final = "pings.toml"
ALARM: Final = "alarm.toml"
CHECKLIST: Final = "checklist.toml"
# Every locale's structured files, in the order a missing one is reported.
_STRUCTURED: Final = (CARDS, GROUNDING, SAFETY, ZONES, PINGS, ALARM, CHECKLIST, WORDS)

_File = TypeVar("_File", bound=BaseModel)

REFERENCE_LOCALE: Final = "en"  # the locale every other one is compared against

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
    words are those of `locale` (its words.toml, [lock_screen]); without one, or for a
    language with no list of its own, every list applies, the strictest reading.
    """
    return lock_screen_giveaway(text, locale) is None


def lock_screen_giveaway(
    text: str,
    locale: str | None = None,
    *,
    telltales: Mapping[str, LockScreenWords] | None = None,
) -> str | None:
    """The first word that gives her away where a lock screen shows `text`, or None.

    `telltales` are the lock-screen words by locale; without them, those of the content
    shipped with the bot (a `Content` checks its texts against its own)."""
    lines = [line for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    start = _PREVIEW_START.match(text.strip())
    preview = "\n".join([*lines, start.group() if start else ""])
    every = _shipped_telltales() if telltales is None else telltales
    own = every.get(locale or "")
    checks = [own] if own is not None else list(every.values())
    return next((word for check in checks if (word := check.giveaway(preview))), None)


@cache
def _shipped_telltales() -> Mapping[str, LockScreenWords]:
    """The lock-screen words of every locale under content/, read once on first use."""
    root = default_content_dir()
    try:
        return MappingProxyType(
            {
                folder.name: Words.load(folder, folder.name).lock_screen
                for folder in sorted(root.iterdir())
                if folder.is_dir() and not folder.name.startswith((".", "_"))
            }
        )
    except WordsError as error:
        raise ContentError(str(error)) from None


# The flows' texts that the bot sends without being asked (pings.toml is all unasked and
# is checked as it is read). Each arrives as a notification, so `reads_fine_on_lock_screen`
# must hold for it: checked at load, in every locale, for every variant of every selector
# (each situation's wording, each plural form), with its placeables left empty, which
# shows the most of its own words a preview can. What fills a placeholder is checked where
# it comes from.
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


def _check_unprompted(messages: Messages, telltales: LockScreenWords | None = None) -> None:
    locale = messages.locale
    own = {locale: telltales} if telltales is not None else None
    for key in UNPROMPTED:
        if not messages.has(key):  # a locale without it fails the comparison with English
            continue
        facts = messages.facts(key)
        for wording in facts.wordings:
            if (word := lock_screen_giveaway(wording, locale, telltales=own)) is not None:
                raise ContentError(
                    f"{locale}/{facts.file}: '{key}' arrives unasked and says '{word}' where a"
                    f" lock screen shows it (the first {PREVIEW_LINES} lines and"
                    f" {PREVIEW_CHARS} characters)"
                )


def default_content_dir() -> Path:
    # Inside an installed wheel, or the repository's content/ (bot/packaged.py).
    return shipped_dir("content")


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
    messages: Messages  # the flows' texts, from the .ftl files
    checklist: ChecklistFile
    pings: PingTexts
    words: Words  # what the parsers listen for (joined across locales by every_language)
    # What she may type for her zone ("EST"), from zones.toml; per locale, unmatched.
    zone_abbreviations: tuple[ZoneAbbreviation, ...] = ()

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
        for required in _STRUCTURED:
            if required not in documents:
                raise ContentError(f"{locale}/{required}: file is missing")
        if unknown := sorted(documents.keys() - set(_STRUCTURED)):
            raise ContentError(
                f"{locale}/{unknown[0]}: not a content file this bot reads (texts are Fluent"
                " messages in .ftl files; the structured files are "
                + ", ".join(sorted(_STRUCTURED))
                + ")"
            )
        documents.pop(WORDS)  # read by its own schema, below
        try:
            words = Words.load(folder, locale)
        except WordsError as error:
            raise ContentError(str(error)) from None
        # The structured files, each by its model in bot/content/schema.py; what a lock
        # screen may show is checked against this locale's own words.
        own = {locale: words.lock_screen}
        reading = Reading(locale, lambda text: lock_screen_giveaway(text, locale, telltales=own))

        def structured(model: type[_File], name: str) -> _File:
            document = documents.pop(name)
            return read_model(model, document.data, document.file, reading)

        cards = structured(CardsFile, CARDS)
        safety = structured(SafetyFile, SAFETY)
        alarm = structured(AlarmFile, ALARM)
        pings = structured(PingsFile, PINGS)
        grounding = structured(GroundingFile, GROUNDING)
        zones = structured(ZonesFile, ZONES)
        checklist = structured(ChecklistFile, CHECKLIST)
        messages = Messages.load(folder, locale)
        _check_unprompted(messages, words.lock_screen)
        return cls(
            locale=locale,
            reasons=cards.titles(),
            cards=cards.cards(),
            closings=cards.closings(),
            exercises=grounding.exercises(),
            cities=zones.cities(),
            zone_abbreviations=zones.abbreviations(),
            safety=safety.book(),
            alarm=alarm.patterns(),
            messages=messages,
            checklist=checklist,
            pings=pings.texts(locale),
            words=words,
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
        try:  # every language is listened to at once: no word may mean two things
            every_language({locale: content.words for locale, content in contents.items()})
        except WordsError as error:
            raise ContentError(str(error)) from None
        return contents

    # -- the flows' texts ------------------------------------------------------------------

    def text(self, key: str, /, **fields: object) -> str:
        """The message a dotted key names, its placeables filled from `fields`; where it
        words things per situation, its default wording (see `situational`)."""
        return self.messages.text(key, None, **fields)

    def has(self, key: str) -> bool:
        return self.messages.has(key)

    def keys(self) -> set[str]:
        return self.messages.keys()

    def fields(self, key: str) -> frozenset[str]:
        """The fields a message expects, for completeness tests."""
        return self.messages.facts(key).fields

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

    Only the words may differ between locales, and the time-zone buttons (each language
    offers its speakers' cities). Compared: every message (its file, variables and the
    situations it words), the checklist (order, links per item), the cards (reason, kinds),
    closings (about_him), exercises (minutes), safety lines per country (which lines, their
    phone numbers and sources), check-in lines (days), milestone days, holidays (dates) and
    danger kinds. The message starts with the locale's file: "es/cards.toml".
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
    # Not the time-zone buttons: each language offers the cities its speakers live in.
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
    """Every message in both, in the same file, with the same variables and the same
    situations worded; plural forms are the language's own and are not compared."""
    base = reference.locale
    ours, theirs = reference.messages, other.messages
    for name in sorted(ours.keys() - theirs.keys()):
        file = ours.facts(name).file
        yield f"{file}: missing message '{name}' ({base}/{file} has it)"
    for name in sorted(theirs.keys() - ours.keys()):
        file = theirs.facts(name).file
        yield f"{file}: message '{name}' is not in {base} (remove it, or add it to {base} too)"
    for name in sorted(ours.keys() & theirs.keys()):
        expected, found = ours.facts(name), theirs.facts(name)
        if found.file != expected.file:
            yield f"{found.file}: message '{name}' belongs in {expected.file}, as in {base}"
        if found.variables != expected.variables:
            yield (
                f"{found.file}: '{name}' uses {_listed(found.variables)},"
                f" {base} uses {_listed(expected.variables)}"
            )
        if found.situations != expected.situations:
            yield (
                f"{found.file}: '{name}' has wordings for {_listed_plain(found.situations)},"
                f" {base} for {_listed_plain(expected.situations)}"
            )
    our_list, their_list = reference.checklist, other.checklist
    if their_list.order != our_list.order:
        yield f"{CHECKLIST}: order is {list(their_list.order)}, {base} has {list(our_list.order)}"
    for item_id in our_list.how.keys() | their_list.how.keys():
        ours_links, theirs_links = our_list.links(item_id) or (), their_list.links(item_id) or ()
        if len(ours_links) != len(theirs_links):
            yield (
                f"{CHECKLIST}: how.{item_id} has {len(theirs_links)} links,"
                f" {base} has {len(ours_links)}"
            )


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


def _listed(names: frozenset[str]) -> str:
    return ", ".join(f"{{ ${name} }}" for name in sorted(names)) or "no variables"


def _listed_plain(names: frozenset[str]) -> str:
    return ", ".join(sorted(names)) or "none"


def situational(content: Content, key: str, situation: Situation, **fields: object) -> str:
    """The message worded for her situation (`{ $situation -> ... }`), else its default.

    Where she would rather not say, the abuse wording stands in for a missing one of her
    own: abuse is often not named on the first day, so the careful wording is the default.
    """
    return content.messages.text(key, situation, **fields)
