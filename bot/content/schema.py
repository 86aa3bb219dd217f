"""The structured content files' schema, as pydantic models, and how a fault in one is told.

cards.toml, grounding.toml, safety.toml, zones.toml, pings.toml and alarm.toml are TOML
tables of a fixed shape. Each has a model here (`extra="forbid"`, so a typo like `kind =`
for `kinds =` stops the start instead of passing silently) whose validators hold every rule
the bot relies on, and which builds the objects of bot/content/structured.py.

`read_model` turns pydantic's report into the one line content errors are: the file, the
place in it and the problem, as "en/cards.toml: card 'peace-go': 'reason' must be a whole
number from 1 to 6". Any content file with a model of its own reads through it.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Final, TypeVar

from babel import Locale
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    Strict,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from bot.content.structured import (
    HOURS,
    REASONS,
    WEEKDAYS,
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
from bot.core.model import UrgeKind
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
    "AlarmFile",
    "CardsFile",
    "ContentError",
    "GroundingFile",
    "PingsFile",
    "Reading",
    "SafetyFile",
    "ZonesFile",
    "read_model",
    "read_toml",
]

_Model = TypeVar("_Model", bound=BaseModel)

ANY_KIND: Final = "any"  # a card's `kinds = ["any"]`: it speaks to every kind of urge
MIN_CARDS_PER_REASON: Final = 3
MIN_CARDS: Final = 24
MIN_CLOSINGS: Final = 3
MIN_EXERCISES: Final = 4
EXERCISE_MINUTES: Final = range(2, 6)
MAX_STEP_LENGTH: Final = 160
MIN_LINES_PER_DAY: Final = 7  # a week of daily check-ins without a repeat, at any streak
STREAK_DAYS: Final = range(0, 3651)  # ten years is far enough to write lines for
MILESTONE_DAYS: Final = range(1, 3651)
# CLDR's plural categories: the risk hour's phrase may differ by the hour's number ("la 1",
# "las 2" in Spanish); `other` is the one every language has.
PLURAL_CATEGORIES: Final = frozenset({"zero", "one", "two", "few", "many", "other"})

_ID: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


# -- reading a file, and telling what is wrong with it ------------------------------------------


def read_toml(path: Path, file: str) -> dict[str, Any]:
    """The parsed TOML at `path`; `file` ("en/cards.toml") is how errors name it."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(f"{file}: file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{file}: not valid TOML: {error}") from None


def read_model(
    model: type[_Model], data: Mapping[str, object], file: str, context: object = None
) -> _Model:
    """`data` checked against `model`; raises ContentError with one line naming `file`, the
    place in it and the problem. `context` reaches validators as `info.context`."""
    try:
        return model.model_validate(data, context=context)
    except ValidationError as error:
        raise ContentError(f"{file}: {_first_problem(error, data)}") from None


def _first_problem(error: ValidationError, data: object) -> str:
    """The one problem to tell: a misspelt key first, with the key it leaves missing at the
    same place, since the second only follows from the first."""
    errors = error.errors()
    first = next((each for each in errors if each["type"] == "extra_forbidden"), errors[0])
    told = _told(first, data)
    if first["type"] == "extra_forbidden":
        place = first["loc"][:-1]
        missing = [
            e["loc"][-1] for e in errors if e["type"] == "missing" and e["loc"][:-1] == place
        ]
        told += f", and missing key '{missing[0]}'" if missing else ""
    return told


# pydantic's error types, as content says them after the key's name.
_SAID: Final = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "bool_type": "must be true or false",
    "date_type": "must be a date like 2026-12-03",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "too_short": "must not be empty",
    "dict_type": "must be a table",
    "model_type": "must be a table",
}


def _told(error: ErrorDetails, data: object) -> str:
    place, key, item = _place(error["loc"], data)
    at = f"{place}: " if place else ""
    kind = error["type"]
    if kind in ("missing", "extra_forbidden") and key is not None and item is None:
        return f"{at}{'missing' if kind == 'missing' else 'unknown'} key '{key}'"
    said = _SAID.get(kind) or error["msg"].removeprefix("Value error, ").replace(
        "Input should be", "must be"
    )
    if key is None:
        return f"{at}{said}"
    return f"{at}'{key}'{'' if item is None else f' item {item}'} {said}"


def _place(loc: Sequence[int | str], data: object) -> tuple[str, str | None, int | None]:
    """Where an error is, as (place, key, item): ("card 'peace-go'", "reason", None), or
    ("daily", "headlines", 2) for the second text of a list.

    An entry of an array of tables (`[[card]]`) is named by what tells it apart in the
    file, its id or label or days or first name, rather than by its position."""
    parts: list[str] = []
    node, key, item = data, None, None
    for part in loc:
        if part == "[key]":  # pydantic's mark for a table's key itself: the place is enough
            continue
        if key is not None and (item is not None or isinstance(part, str)):
            parts.append(key if item is None else f"{key} #{item}")  # going deeper
            key, item = None, None
        if isinstance(part, str):
            key, node = part, node.get(part) if isinstance(node, dict) else None
            continue
        node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
        if (name := _entry_name(node)) is not None and key is not None:
            parts.append(f"{key} {name}")
            key = None
        else:
            item = part + 1
    return ".".join(parts), key, item


def _entry_name(entry: object) -> str | None:
    """How an entry of an array of tables is known: "'peace-go'", "'Tokyo'", "7"."""
    if isinstance(entry, dict):
        for field in ("id", "label", "days", "names"):
            value = entry.get(field)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str):
                return f"'{value}'"
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
    return None


# -- what validators need besides the file -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reading:
    """The locale a file belongs to, and its lock-screen rule: the first word of a text that
    would give her away where a lock screen shows it, or None."""

    locale: str
    giveaway: Callable[[str], str | None]


def _reading(info: ValidationInfo) -> Reading:
    if not isinstance(info.context, Reading):
        raise TypeError("read structured content with read_model(..., context=Reading(...))")
    return info.context


# -- single values ----------------------------------------------------------------------------


def _rule(holds: Callable[[Any], object], problem: str) -> AfterValidator:
    """A check on one value; `problem` follows the key's name, the value in its {}."""

    def check(value: Any) -> Any:
        if not holds(value):
            raise ValueError(problem.format(value))
        return value

    return AfterValidator(check)


def _within(allowed: range) -> AfterValidator:
    return _rule(allowed.__contains__, f"must be a whole number from {allowed[0]} to {allowed[-1]}")


def _discreet(value: str, info: ValidationInfo) -> str:
    if (word := _reading(info).giveaway(value)) is not None:
        raise ValueError(f"says '{word}', which gives her away where a lock screen shows it")
    return value


def _placeholders(template: str) -> frozenset[str]:
    """The names in a template's {placeholders}; only plain {name} is allowed."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:  # a lone brace: "{days" or "days}"
        raise ValueError(f"has a broken placeholder ({error}); write {{{{ for a brace") from None
    names = {name for _, name, _, _ in parsed if name is not None}
    for _, name, spec, conversion in parsed:
        if name is not None and (not name.isidentifier() or conversion or spec):
            raise ValueError(f"has the placeholder '{{{name}}}', which must be a plain name")
    return frozenset(names)


def _exactly(value: str, fields: frozenset[str]) -> str:
    """A template with exactly these {placeholders}, so a misspelt one fails at start."""
    if (found := _placeholders(value)) != fields:
        listed = [
            ", ".join(f"{{{name}}}" for name in sorted(n)) or "no placeholders"
            for n in (fields, found)
        ]
        raise ValueError(f"must use {listed[0]}, not {listed[1]}")
    return value


def _using(*fields: str) -> AfterValidator:
    return AfterValidator(lambda value: _exactly(value, frozenset(fields)))


# Text as the files hold it: trimmed, never empty, and only templates have placeholders.
Text = Annotated[
    StrictStr,
    AfterValidator(str.strip),
    _rule(bool, "must be non-empty text"),
    _rule(
        lambda text: not {"{", "}"} & set(text),
        "has a '{{' or '}}', but placeholders are only for templates",
    ),
]
Texts = Annotated[tuple[Text, ...], Field(min_length=1)]
Discreet = Annotated[Text, AfterValidator(_discreet)]  # a lock screen may show it
Id = Annotated[Text, _rule(_ID.fullmatch, "must be lowercase words joined by dashes, not '{}'")]
Address = Annotated[
    Text,
    _rule(lambda url: url.startswith(("https://", "http://")), "must be a web address, not '{}'"),
]
Step = Annotated[  # read mid-urge, on a phone
    Text, _rule(lambda step: len(step) <= MAX_STEP_LENGTH, f"is over {MAX_STEP_LENGTH} characters")
]
Zone = Annotated[Text, _rule(is_known_zone, "is '{}', not a time zone name this system knows")]
# TOML has dates of its own (checked = 2026-12-03); "2026-12-03" in quotes is text.
Day = Annotated[date, Strict()]
# pings.toml's templates, each with exactly the placeholders it is filled with.
Template = Annotated[StrictStr, AfterValidator(str.strip), _rule(bool, "must be non-empty text")]
Plain = Annotated[Template, _using(), AfterValidator(_discreet)]
DaysTemplate = Annotated[Template, _using("days"), AfterValidator(_discreet)]
HolidayTemplate = Annotated[Template, _using("holiday"), AfterValidator(_discreet)]


class _Strict(BaseModel):
    # A typo in a key fails at start instead of leaving a value silently unread.
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Entry(_Strict):
    """An entry known by its id: `[[card]]`, `[[line]]`..."""

    id: Id


def _unique_ids(*kinds: tuple[str, Sequence[_Entry]]) -> None:
    """Each entry's `id` once among all these (kind, entries): ("card", [...])."""
    taken: set[str] = set()
    for kind, entries in kinds:
        for entry in entries:
            if (item_id := entry.id) in taken:
                raise ValueError(f"{kind} '{item_id}': the id is used twice")
            taken.add(item_id)


def _has_digits(text: str) -> bool:
    return any(character.isdigit() for character in text)


def _countries(table: object) -> object:
    # Before the values: [country.Spain] would also leave [country.ES] half written.
    if isinstance(table, dict) and (unknown := [c for c in table if not is_country(c)]):
        raise ValueError(f"has '{unknown[0]}', which is not a two-letter country code like MX")
    return table


# -- cards.toml, grounding.toml ---------------------------------------------------------------


def _urge_kinds(value: object) -> frozenset[UrgeKind] | None:
    """`kinds = ["text", "reply"]`, or `["any"]` (None) for a card that fits every urge."""
    if not isinstance(value, list) or not value or not all(isinstance(n, str) for n in value):
        raise ValueError("must be a non-empty list of urge kinds")
    known = [kind.value for kind in UrgeKind]
    if unknown := [name for name in value if name not in [*known, ANY_KIND]]:
        raise ValueError(f"has '{unknown[0]}', not one of {', '.join(known)} or {ANY_KIND}")
    if ANY_KIND in value and len(value) > 1:
        raise ValueError(f"has '{ANY_KIND}', which must stand alone")
    return None if ANY_KIND in value else frozenset(map(UrgeKind, value))


class _Reason(_Strict):
    title: Text


class _Card(_Entry):
    reason: Annotated[StrictInt, _within(REASONS)]
    kinds: Annotated[frozenset[UrgeKind] | None, BeforeValidator(_urge_kinds)]
    text: Text


class _Closing(_Entry):
    text: Text
    about_him: StrictBool = False


class CardsFile(_Strict):
    """cards.toml: the six reasons' titles, the reason cards and the closing thoughts."""

    reasons: dict[str, _Reason]  # the fields are the file's keys: [reasons.1], [[card]]...
    card: tuple[_Card, ...]
    closing: tuple[_Closing, ...]

    @field_validator("reasons")
    @classmethod
    def _the_six(cls, reasons: dict[str, _Reason]) -> dict[str, _Reason]:
        numbers = [str(number) for number in REASONS]
        if unknown := [name for name in reasons if name not in numbers]:
            raise ValueError(f"has '{unknown[0]}', which is not a reason (reasons are 1 to 6)")
        if missing := [name for name in numbers if name not in reasons]:
            raise ValueError(f"lacks reason {missing[0]}")
        return reasons

    @model_validator(mode="after")
    def _enough(self) -> CardsFile:
        _unique_ids(("card", self.card), ("closing", self.closing))
        for reason in REASONS:
            if (count := sum(card.reason == reason for card in self.card)) < MIN_CARDS_PER_REASON:
                raise ValueError(
                    f"reason {reason} has {count} cards, needs at least {MIN_CARDS_PER_REASON}"
                )
        if len(self.card) < MIN_CARDS:
            raise ValueError(f"{len(self.card)} cards, needs at least {MIN_CARDS}")
        if len(self.closing) < MIN_CLOSINGS:
            raise ValueError(f"{len(self.closing)} closing entries, needs at least {MIN_CLOSINGS}")
        return self

    def titles(self) -> Mapping[int, str]:
        return MappingProxyType({int(name): entry.title for name, entry in self.reasons.items()})

    def cards(self) -> tuple[Card, ...]:
        return tuple(Card(**dict(card)) for card in self.card)

    def closings(self) -> tuple[Closing, ...]:
        return tuple(Closing(**dict(closing)) for closing in self.closing)


class ChecklistFile(_Strict):
    """checklist.toml: the /cutoff items top to bottom, and each one's how-to links
    ("label | https://address"); the labels are messages in cutoff.ftl."""

    order: tuple[StrictStr, ...] = Field(min_length=1)
    how: dict[str, tuple[StrictStr, ...]]

    def links(self, item_id: str) -> tuple[str, ...] | None:
        return self.how.get(item_id)


class _Exercise(_Entry):
    title: Text
    minutes: Annotated[StrictInt, _within(EXERCISE_MINUTES)]
    steps: Annotated[tuple[Step, ...], Field(min_length=1)]


class GroundingFile(_Strict):
    """grounding.toml: short grounding exercises, `[[exercise]]`."""

    exercise: tuple[_Exercise, ...]

    @model_validator(mode="after")
    def _enough(self) -> GroundingFile:
        _unique_ids(("exercise", self.exercise))
        if len(self.exercise) < MIN_EXERCISES:
            raise ValueError(f"{len(self.exercise)} exercises, needs at least {MIN_EXERCISES}")
        return self

    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(Exercise(**dict(exercise)) for exercise in self.exercise)


# -- safety.toml, alarm.toml ------------------------------------------------------------------


class _Directory(_Strict):
    name: Text
    url: Address
    source: Address  # the page it was confirmed on, on the date `checked`
    checked: Day


class _HelpLine(_Strict):
    name: Text
    reach: Annotated[Text, _rule(_has_digits, "must hold the number to call or text: '{}'")]
    source: Address
    checked: Day


class _Country(_Strict):
    emergency: Annotated[Text, _rule(str.isdigit, "must be the digits she dials, not '{}'")]
    source: Address
    checked: Day
    # None where no line is confirmed: the emergency number and the directory stand in.
    abuse: _HelpLine | None = None
    crisis: _HelpLine | None = None

    def lines(self, code: str) -> CountryLines:
        abuse, crisis = (
            HelpLine(**dict(line)) if line else None for line in (self.abuse, self.crisis)
        )
        return CountryLines(code, self.emergency, self.source, self.checked, abuse, crisis)


class SafetyFile(_Strict):
    """safety.toml: the directory, other names of countries, and lines per country."""

    directory: _Directory
    aliases: Annotated[dict[str, Texts], BeforeValidator(_countries)] = Field(default_factory=dict)
    country: Annotated[dict[str, _Country], Field(min_length=1), BeforeValidator(_countries)]

    def book(self) -> SafetyBook:
        return SafetyBook(
            countries=MappingProxyType({code: c.lines(code) for code, c in self.country.items()}),
            directory=Directory(**dict(self.directory)),
            aliases=MappingProxyType(dict(self.aliases)),
        )


class AlarmFile(_Strict):
    """alarm.toml: phrases of danger, despair and doubt, and the cues that negate them;
    bot/safety/alarm.py says how they are written, and compiles them."""

    danger: tuple[StrictStr, ...]
    despair: tuple[StrictStr, ...]
    unsure: tuple[StrictStr, ...]
    negations: tuple[StrictStr, ...]
    _patterns: AlarmPatterns = PrivateAttr()

    @model_validator(mode="after")
    def _compiled(self) -> AlarmFile:
        # Its ValueError, naming a pattern that does not compile, is told like any other.
        self._patterns = read_alarm_patterns({key: list(value) for key, value in self})
        return self

    def patterns(self) -> AlarmPatterns:
        return self._patterns


# -- zones.toml -------------------------------------------------------------------------------


class _City(_Strict):
    label: Text
    zone: Zone


class _ZoneName(_Strict):
    """`[[abbreviation]]` ("EST") or `[[alias]]` ("NYC"): names she may type for a zone."""

    names: Texts
    zone: Zone | None = None  # what most people mean by it; None: too many places, so ask
    other: tuple[_City, ...] = ()  # other places it can mean, offered beside `zone`

    @model_validator(mode="after")
    def _answerable(self) -> _ZoneName:
        if self.zone is None and len(self.other) < 2:
            raise ValueError("needs a zone, or two or more [[abbreviation.other]] to ask between")
        return self


class ZonesFile(_Strict):
    """zones.toml: the time-zone buttons, and the abbreviations and aliases she may type."""

    city: Annotated[tuple[_City, ...], Field(min_length=1)]
    abbreviation: tuple[_ZoneName, ...] = ()
    alias: tuple[_ZoneName, ...] = ()  # short names for a city: "NYC", "CDMX"

    @model_validator(mode="after")
    def _each_name_once(self) -> ZonesFile:
        labels = [city.label.casefold() for city in self.city]
        if twice := next((c for n, c in enumerate(self.city) if labels[n] in labels[:n]), None):
            raise ValueError(f"city '{twice.label}': the label is used twice")
        taken: set[str] = set()
        for entry in self.abbreviations():
            if used := sorted(entry.names & taken):
                raise ValueError(f"'{used[0]}' is used twice, by [[abbreviation]] or [[alias]]")
            taken |= entry.names
        return self

    def cities(self) -> tuple[CityChoice, ...]:
        return tuple(CityChoice(**dict(city)) for city in self.city)

    def abbreviations(self) -> tuple[ZoneAbbreviation, ...]:
        """Both kinds in one list; an alias compares with accents ignored as well."""
        kinds = ((self.abbreviation, abbreviation_key), (self.alias, alias_key))
        return tuple(
            ZoneAbbreviation(
                frozenset(map(key, entry.names)),
                entry.zone,
                tuple(CityChoice(**dict(other)) for other in entry.other),
            )
            for entries, key in kinds
            for entry in entries
        )


# -- pings.toml -------------------------------------------------------------------------------


class _Daily(_Strict):
    headlines: Annotated[tuple[DaysTemplate, ...], Field(min_length=1)]
    first_day: Discreet  # for the day the count starts again: no {days}


class _Line(_Entry):
    from_day: Annotated[StrictInt, _within(STREAK_DAYS)] = 0
    until_day: Annotated[StrictInt, _within(STREAK_DAYS)] | None = None
    text: Discreet  # right under the headline, in the preview

    @model_validator(mode="after")
    def _in_order(self) -> _Line:
        if self.until_day is not None and self.until_day < self.from_day:
            raise ValueError("until_day comes before from_day")
        return self


class _LateNote(_Strict):
    late: DaysTemplate  # it can follow a short milestone closely enough to show


class _Milestone(_Strict):
    days: Annotated[StrictInt, _within(MILESTONE_DAYS)]
    title: Discreet
    text: Discreet  # right under the title, in the preview


class _Holiday(_Entry):
    month: Annotated[StrictInt, _within(range(1, 13))]
    day: Annotated[StrictInt, _within(range(1, 32))]
    label: Discreet  # it goes into the first line of the holiday texts

    @model_validator(mode="after")
    def _a_date(self) -> _Holiday:
        try:
            date(2000, self.month, self.day)  # a leap year, so 29 February may stand
        except ValueError:
            raise ValueError(f"{self.month}/{self.day} is not a date") from None
        return self


class _DangerTexts(_Strict):
    eve: Plain
    morning: Plain


class _HolidayTexts(_Strict):
    eve: HolidayTemplate
    morning: HolidayTemplate


class _Danger(_Strict):
    # One field per DangerKind. Her own dates are never named (what she typed could hold
    # his name); holidays are.
    birthday: _DangerTexts
    anniversary: _DangerTexts
    holiday: _HolidayTexts
    custom: _DangerTexts


def _weekday(value: str) -> str:
    # One name or the plural, whichever her language says "Fridays around 11" with.
    return _exactly(value, frozenset({"weekdays" if "{weekdays}" in value else "weekday"}))


def _plural_categories(hour: dict[str, str]) -> dict[str, str]:
    if unknown := sorted(hour.keys() - PLURAL_CATEGORIES):
        raise ValueError(f"has '{unknown[0]}', not a CLDR plural category (one, other...)")
    if "other" not in hour:
        raise ValueError("lacks 'other'")
    return hour


class _Risk(_Strict):
    nudge: Annotated[Template, _using("day", "hour"), AfterValidator(_discreet)]
    day: Annotated[Template, AfterValidator(_weekday)]
    # One wording per CLDR plural category of the hour's number; "other" is required.
    hour: Annotated[
        dict[str, Annotated[Template, _using("time")]], AfterValidator(_plural_categories)
    ]


class PingsFile(_Strict):
    """pings.toml: what the bot says unasked. Every part a lock screen shows is checked."""

    daily: _Daily
    line: tuple[_Line, ...]
    milestones: _LateNote
    milestone: Annotated[tuple[_Milestone, ...], Field(min_length=1)]
    holiday: tuple[_Holiday, ...]
    danger: _Danger
    risk: _Risk

    @model_validator(mode="after")
    def _whole(self, info: ValidationInfo) -> PingsFile:
        _unique_ids(("line", self.line))
        _unique_ids(("holiday", self.holiday))
        for earlier, milestone in zip(self.milestone, self.milestone[1:], strict=False):
            if milestone.days <= earlier.days:
                raise ValueError(
                    f"milestone {milestone.days}: days must grow from one milestone to the"
                    f" next, {earlier.days} came first"
                )
        reading = _reading(info)
        try:
            Locale.parse(_language(reading.locale))
        except (ValueError, LookupError):
            raise ValueError(f"'{reading.locale}' is not a language CLDR knows") from None
        pings = self.texts(reading.locale)
        _check_lines_cover_every_day(pings.lines)
        # Every weekday and hour lands in the nudge's first line, so each one, as CLDR
        # words it, passes the lock-screen check there.
        for nudge in (
            pings.risk_text(day, hour) for day in range(WEEKDAYS) for hour in range(HOURS)
        ):
            if (word := reading.giveaway(nudge)) is not None:
                raise ValueError(f"risk: 'nudge' says '{word}' as '{nudge.splitlines()[0]}'")
        return self

    def texts(self, locale: str) -> PingTexts:
        return PingTexts(
            headlines=self.daily.headlines,
            first_day=self.daily.first_day,
            lines=tuple(SupportLine(**dict(line)) for line in self.line),
            milestones=tuple(Milestone(**dict(milestone)) for milestone in self.milestone),
            late_milestone=self.milestones.late,
            holidays=tuple(Holiday(**dict(holiday)) for holiday in self.holiday),
            danger=MappingProxyType(
                {
                    (kind, moment): getattr(getattr(self.danger, kind.value), moment.value)
                    for kind in DangerKind
                    for moment in DangerMoment
                }
            ),
            risk_nudge=self.risk.nudge,
            risk_day=self.risk.day,
            risk_hour=MappingProxyType(dict(self.risk.hour)),
            language=_language(locale),
        )


def _language(locale: str) -> str:
    """CLDR's name for a content folder's locale: "pt-BR" is "pt_BR"."""
    return locale.replace("-", "_")


def _check_lines_cover_every_day(lines: tuple[SupportLine, ...]) -> None:
    # The set of fitting lines only changes where some line starts or stops, so checking
    # those days covers every streak length there is.
    edges = {0} | {line.from_day for line in lines}
    edges |= {line.until_day + 1 for line in lines if line.until_day is not None}
    for day in sorted(edges):
        if (count := sum(line.fits(day) for line in lines)) < MIN_LINES_PER_DAY:
            raise ValueError(
                f"{count} [[line]] entries fit day {day}, needs at least {MIN_LINES_PER_DAY}"
            )
