"""Which lines she sees, and her country: the use cases of safety, with no Telegram in them.

Her lines come from the country she confirmed. Until she has, the country of the time zone
she chose is a guess, and the lines say so ("If you're in Mexico"), with a way to correct
it. Where there is neither, or we hold no lines for her country, she gets her local
emergency number and an international directory: never another country's numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.content import Content
from bot.core.model import UNKNOWN_COUNTRY, UserProfile
from bot.features.profiles import Profiles
from bot.safety.alarm import Alarm, hear
from bot.safety.country import country_name, country_of_zone, find_countries
from bot.safety.lines import CountryLines, Need


@dataclass(frozen=True, slots=True)
class Whereabouts:
    country: str | None  # the country whose lines she is shown; None: we do not know it
    confirmed: bool  # she said so herself; otherwise a guess from her time zone
    lines: CountryLines | None  # None: the directory and her local emergency number


class SafetyService:
    def __init__(
        self,
        content: Content,
        contents: Sequence[Content],
        profiles: Profiles,
        default_timezone: str,
    ) -> None:
        self._content = content  # speaks the language of whoever is being answered
        self._contents = contents  # every language, for what she may type in any of them
        self._profiles = profiles
        self._default_timezone = default_timezone

    # -- hearing her -------------------------------------------------------------------------
    def hear(self, text: str) -> Alarm | None:
        """Danger or despair in anything she typed, in any language the bot speaks."""
        return hear(text, [content.alarm for content in self._contents])

    # -- where she is ------------------------------------------------------------------------
    def guess(self, profile: UserProfile) -> str | None:
        """Her zone's country, when the zone is one she chose rather than our default."""
        chose_zone = profile.onboarded or profile.timezone != self._default_timezone
        return country_of_zone(profile.timezone) if chose_zone else None

    def whereabouts(self, profile: UserProfile) -> Whereabouts:
        if profile.country is not None:
            code = None if profile.country == UNKNOWN_COUNTRY else profile.country
            return Whereabouts(code, True, self._content.country_lines(code))
        guess = self.guess(profile)
        return Whereabouts(guess, False, self._content.country_lines(guess))

    def find(self, typed: str) -> list[str]:
        """Countries she may mean, by their name in any of our languages or an alias."""
        aliases: dict[str, list[str]] = {}
        for content in self._contents:
            for code, names in content.safety.aliases.items():
                aliases.setdefault(code, []).extend(names)
        return find_countries(typed, [content.locale for content in self._contents], aliases)

    def name(self, code: str) -> str:
        return country_name(code, self._content.locale)

    async def confirm(self, profile: UserProfile, country: str | None) -> UserProfile:
        """Save the country she confirmed; None: she would rather not say, or it is not
        one we know."""
        updated = replace(profile, country=country or UNKNOWN_COUNTRY)
        await self._profiles.save(updated)
        return updated

    # -- what she reads ------------------------------------------------------------------------
    def lines_text(self, profile: UserProfile, need: Need) -> str:
        """Her lines, as a block of text for the message that needs them."""
        return render_lines(self._content, self.whereabouts(profile), need, self.name)


def render_lines(
    content: Content, where: Whereabouts, need: Need, name_of: Callable[[str], str]
) -> str:
    """Her country and its lines for this need; the directory where we hold none."""
    text = content.text
    lines = where.lines
    if lines is None or where.country is None:
        directory = content.safety.directory
        return text("sos.elsewhere", directory=directory.name, url=directory.url)
    country = name_of(where.country)
    parts = [
        text("sos.country_header" if where.confirmed else "sos.country_guess", country=country),
        text("sos.emergency", number=lines.emergency),
    ]
    helplines = lines.lines_for(need)
    parts += [text("sos.line", name=line.name, reach=line.reach) for line in helplines]
    if not helplines:  # none confirmed for this need there: the directory stands in
        directory = content.safety.directory
        parts.append(text("sos.more", directory=directory.name, url=directory.url))
    return "\n".join(parts)
