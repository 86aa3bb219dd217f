"""Her country's lines: the emergency number, a domestic-abuse line and a crisis line.

Plain data, read from content/<locale>/safety.toml by the content loader; each line
carries the page it was confirmed on and the date, so anyone can check it again. A
country without lines here gets "call your local emergency number" and an international
directory, never another country's numbers: a US hotline is useless in Mexico, and a
text short code works only in its own country.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Need(StrEnum):
    """Why the lines are shown, which decides which of them come first."""

    ABUSE = "abuse"  # she said he was abusive: the abuse line, then emergencies
    DANGER = "danger"  # he is there, following, threatening: emergency first
    DESPAIR = "despair"  # she does not want to live: the crisis line first
    ALL = "all"  # /sos: everything


@dataclass(frozen=True, slots=True)
class HelpLine:
    name: str  # the service's own name
    reach: str  # how she reaches it, in her language: "call 0808 2000 247"
    source: str  # the service's own page this was confirmed on
    checked: date


@dataclass(frozen=True, slots=True)
class CountryLines:
    code: str  # ISO 3166 alpha-2
    emergency: str  # what to dial in immediate danger: "911"
    source: str
    checked: date
    abuse: HelpLine | None = None
    crisis: HelpLine | None = None

    def lines_for(self, need: Need) -> tuple[HelpLine, ...]:
        """The helplines worth showing for this need, most relevant first."""
        order = {
            Need.ABUSE: (self.abuse, self.crisis),
            Need.DANGER: (self.abuse,),
            Need.DESPAIR: (self.crisis,),
            Need.ALL: (self.abuse, self.crisis),
        }[need]
        return tuple(line for line in order if line is not None)


@dataclass(frozen=True, slots=True)
class Directory:
    """Where anyone, anywhere, can find a line: for countries we hold none for."""

    name: str
    url: str
    source: str
    checked: date


@dataclass(frozen=True, slots=True)
class SafetyBook:
    countries: Mapping[str, CountryLines]
    directory: Directory
    aliases: Mapping[str, tuple[str, ...]]  # country code -> other names she may type

    def lines(self, country: str | None) -> CountryLines | None:
        return None if country is None else self.countries.get(country)
