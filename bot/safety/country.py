"""Which country she is in: a guess from her time zone, and a country found by its name.

Both come from CLDR through Babel, the data every platform's locale support is built on:
its table of the territory each time zone belongs to, and the names of every country in
every language. Nothing here is hand-kept, so a zone or a country we never thought of is
handled like any other. Pure Python: no Telegram, no store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from bot.core.model import UNKNOWN_COUNTRY
from bot.core.text import plain_words

_COUNTRY_CODE: Final = re.compile(r"[A-Z]{2}")
# Two-letter CLDR codes that are groupings, not places one lives in.
_NOT_COUNTRIES: Final = frozenset({UNKNOWN_COUNTRY, "EU", "EZ", "UN", "QO"})


def country_of_zone(zone: str) -> str | None:
    """The country a zone belongs to ("America/Mexico_City" -> "MX"), or None for a zone of
    no country: UTC, "Etc/GMT-2" and the like, where she only gave an offset."""
    territories: Mapping[str, str] = get_global("zone_territories")
    aliases: Mapping[str, str] = get_global("zone_aliases")
    code = territories.get(zone) or territories.get(aliases.get(zone, ""))
    return code if code is not None and is_country(code) else None


def is_country(code: str) -> bool:
    return bool(_COUNTRY_CODE.fullmatch(code)) and code not in _NOT_COUNTRIES


def country_name(code: str, locale: str) -> str:
    """The country as she reads it: "MX" -> "México" in Spanish, "Mexico" in English."""
    return _names(locale).get(code, code)


def find_countries(
    typed: str, locales: Iterable[str], aliases: Mapping[str, Iterable[str]] | None = None
) -> list[str]:
    """Countries whose name, in any of `locales`, she may have meant by `typed`.

    Accents, case and punctuation do not matter ("Mexico", "méxico", "MÉXICO."). An exact
    name (or an alias from content, like "USA" or "EEUU") wins outright; otherwise every
    country whose name starts with what she typed, or contains it as a whole word
    ("Republic of Ireland" for "ireland"), so the caller can ask which one she meant.
    """
    wanted = plain_words(typed)
    if len(wanted) < 2:
        return []
    exact: list[str] = []
    partial: list[str] = []
    for locale in locales:
        for code, name in _names(locale).items():
            plain = plain_words(name)
            if plain == wanted:
                exact.append(code)
            elif plain.startswith(wanted) or f" {wanted}" in f" {plain}":
                partial.append(code)
    for code, names in (aliases or {}).items():
        if any(plain_words(name) == wanted for name in names):
            exact.append(code)
    return _unique(exact) or (_unique(partial) if len(wanted) >= 3 else [])


@cache
def _names(locale: str) -> Mapping[str, str]:
    try:
        # A content folder may name a region ("pt-BR"); CLDR spells it "pt_BR".
        territories: Mapping[str, str] = Locale.parse(locale.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        territories = Locale.parse("en").territories
    return {code: name for code, name in territories.items() if is_country(code)}


def _unique(codes: list[str]) -> list[str]:
    return list(dict.fromkeys(codes))
