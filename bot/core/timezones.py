"""Her clock and calendar: time zones and the small parsers for what she types about time.

Everything here is pure: the only outside world is the system's IANA zone database,
read through `zoneinfo`. The parsers return None for anything they do not understand
and never raise, so a handler can pass them raw chat text.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta
from functools import cache
from typing import Final
from zoneinfo import ZoneInfo, available_timezones

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
    typed: str = ""  # the abbreviation as she wrote it ("MST"), for the reply; else ""

    @property
    def must_ask(self) -> bool:
        return self.zone is None and bool(self.others)


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

# Big cities that have no zone of their own in the database, so that typing the place
# she lives works more often. Keys are in `_city_key` form.
_CITY_ALIASES: Final[Mapping[str, str]] = {
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "washington": "America/New_York",
    "boston": "America/New_York",
    "philadelphia": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "austin": "America/Chicago",
    "san francisco": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "rio de janeiro": "America/Sao_Paulo",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "manchester": "Europe/London",
    "milan": "Europe/Rome",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "osaka": "Asia/Tokyo",
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


def utc_offset_label(zone: str, moment: datetime) -> str:
    """The zone's offset at `moment` the way she can check it: "UTC+05:45", "UTC-03:00"."""
    offset = _in_zone(moment, zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


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
) -> str | None:
    """Understand a typed time zone: an offset ("UTC+3", "+05:30", "gmt-4"), an
    abbreviation content knows ("EST"), an IANA name ("Europe/Berlin"), one of the offered
    city labels, or a city name ("berlin", "sao paulo"). Returns an IANA zone name or
    None; `read_zone` also tells which other places she may have meant.
    """
    return read_zone(text, cities, abbreviations).zone


def read_zone(
    text: str,
    cities: Sequence[CityChoice] = (),
    abbreviations: Sequence[ZoneAbbreviation] = (),
) -> ZoneReading:
    """`zone_from_text`, with what an abbreviation could also mean: "MST" is Denver, and
    could be Phoenix (say so); "IST" could be India, Ireland or Israel (ask)."""
    compact = "".join(text.split()).casefold().replace("\u2212", "-")
    if offset := _OFFSET.fullmatch(compact):
        sign, hours, minutes = offset.groups()
        if int(minutes or 0) >= 60:
            return ZoneReading(None)
        total = int(hours) * 60 + int(minutes or 0)
        return ZoneReading(zone_for_offset(-total if sign == "-" else total))
    # Before the plain "gmt" below: content may say GMT means London.
    key = abbreviation_key(text)
    for abbreviation in abbreviations:
        if key in abbreviation.names:
            return ZoneReading(abbreviation.zone, abbreviation.others, text.strip())
    if compact in {"utc", "gmt", "z"}:
        return ZoneReading(UTC_ZONE)
    return ZoneReading(_named_zone(text, compact, cities))


def _named_zone(text: str, compact: str, cities: Sequence[CityChoice]) -> str | None:
    # Only full names here: a bare "singapore" should find Asia/Singapore through the
    # city index below, not the legacy alias "Singapore".
    if "/" in compact and (named := _zone_names().get(compact)):
        return named
    # "Berlin, Germany": the first part is the city.
    for candidate in dict.fromkeys((text, text.split(",", 1)[0])):
        if zone := _zone_for_city(_city_key(candidate), cities):
            return zone
    return None


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


def _zone_for_city(key: str, cities: Sequence[CityChoice]) -> str | None:
    if not key:
        return None
    for city in cities:
        if _city_key(city.label) == key:
            return city.zone
    return _zones_by_city().get(key) or _CITY_ALIASES.get(key)


def _city_key(text: str) -> str:
    """Fold a place name so "São Paulo", "sao_paulo" and "SAO-PAULO" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    spaced = re.sub(r"[\s_\-]+", " ", plain.casefold())
    return " ".join(re.sub(r"[^\w ]", "", spaced).split())


def _in_zone(moment: datetime, zone: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("expected an aware datetime")
    return moment.astimezone(ZoneInfo(zone))


# -- clock times --------------------------------------------------------------------------

_CLOCK = re.compile(r"(\d{1,2})(?:[:.h]?(\d{2}))?(am|pm)?")
_HALF_DAY_DOTS = re.compile(r"([ap])\.m\.?$")  # "p.m." -> "pm"


def parse_clock_time(text: str) -> time | None:
    """A time of day as she would type it: "9", "09:30", "21.15", "9pm", "9:30 am"."""
    compact = _HALF_DAY_DOTS.sub(r"\1m", "".join(text.split()).casefold())
    if compact == "noon":
        return time(12)
    if compact == "midnight":
        return time(0)
    match = _CLOCK.fullmatch(compact)
    if match is None:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3]
    if minute > 59:
        return None
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23:
        return None
    return time(hour, minute)


# -- the day of the last contact ----------------------------------------------------------

_COUNT_WORDS: Final[Mapping[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
}  # fmt: skip
# Spanish, read as the English the rest of the parser knows: "hace 3 días" is "3 days".
_SPANISH_WORDS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), english)
    for pattern, english in (
        (r"^hace\s+", ""),
        (r"\bd[ií]as?\b", "days"),
        (r"\bsemanas?\b", "weeks"),
        (r"\bmes(es)?\b", "months"),
        (r"\ba[ñn]os?\b", "years"),
        (r"^(hoy|esta ma[ñn]ana|esta noche)$", "today"),
        (r"^(ayer|anoche)$", "yesterday"),
    )
)
_AGO = re.compile(r"(\d{1,5}|[a-z]+)(?:\s*(day|week|month|year)s?)?(?:\s+ago)?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_last_contact(text: str, today: date) -> date | None:
    """The date of her last contact with him, from "today", "yesterday", "3" (days),
    "2 weeks", "a month ago", "2026-11-01" or day-first "01.11.2026".

    Future dates and dates more than twenty years back are refused: both are typos.
    """
    words = " ".join(text.casefold().split())
    for pattern, english in _SPANISH_WORDS:
        words = pattern.sub(english, words)
    try:
        found = _relative_date(words, today) or _absolute_date(words)
    except (ValueError, OverflowError):  # an impossible date like 31.02.2026
        return None
    if found is None or found > today or found < _earliest_contact(today):
        return None
    return found


def _earliest_contact(today: date) -> date:
    if today.year - MAX_LOOKBACK_YEARS < MINYEAR:
        return date.min
    return _years_before(today, MAX_LOOKBACK_YEARS)


def _relative_date(words: str, today: date) -> date | None:
    if words in {"today", "this morning", "tonight", "earlier today"}:
        return today
    if words in {"yesterday", "last night"}:
        return today - timedelta(days=1)
    match = _AGO.fullmatch(words)
    if match is None:
        return None
    count_text, unit = match[1], match[2]
    count = int(count_text) if count_text.isdecimal() else _COUNT_WORDS.get(count_text)
    # A bare word ("seven") needs a unit; a bare number ("7") means days.
    if count is None or (unit is None and not count_text.isdecimal()):
        return None
    if unit == "year":
        return _years_before(today, count)
    if unit == "month":
        return _months_before(today, count)
    return today - timedelta(days=count * (7 if unit == "week" else 1))


def _absolute_date(words: str) -> date | None:
    if match := _ISO.fullmatch(words):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DAY_FIRST.fullmatch(words):
        return date(int(match[3]), int(match[2]), int(match[1]))
    if match := _SLASHED.fullmatch(words):
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
