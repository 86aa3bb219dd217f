"""The country question, asked the same way wherever it comes up: onboarding, /settings,
and the "I'm in another country" button under her lines.

A guess from her zone is one tap to confirm ("Are you in Mexico?"); otherwise she types
the name in her words, and a name that fits several countries asks which one.
"""

from __future__ import annotations

from typing import Final

from bot.content import Content
from bot.features.safety.service import SafetyService
from bot.safety.country import country_of_zone
from bot.telegram.ui import Button, in_rows

OTHER: Final = "other"  # "Another country": she will type it
NONE: Final = "none"  # "I'd rather not say"
MAX_CHOICES: Final = 8  # more than this is a list to scroll, not a question


class CountryQuestion:
    """Texts and buttons of the question; `prefix` routes the taps to the flow asking."""

    def __init__(self, content: Content, safety: SafetyService, prefix: str) -> None:
        self._content = content
        self._safety = safety
        self._prefix = prefix

    def ask(self, guess: str | None) -> tuple[str, list[list[Button]]]:
        text = self._content.text
        if guess is not None:
            return text("sos.ask_country_guess", country=self._safety.name(guess)), [
                [(text("sos.buttons.yes_country"), f"{self._prefix}{guess}")],
                [(text("sos.buttons.other_country"), f"{self._prefix}{OTHER}")],
                [(text("sos.buttons.rather_not_say"), f"{self._prefix}{NONE}")],
            ]
        return self.ask_name()

    def ask_name(self) -> tuple[str, list[list[Button]]]:
        """Type its name; the countries of the city buttons are a tap away."""
        codes = list(
            dict.fromkeys(
                code
                for city in self._content.cities
                if (code := country_of_zone(city.zone)) is not None
            )
        )
        rows = in_rows(self._buttons(codes), 3)
        rows.append([(self._content.text("sos.buttons.rather_not_say"), f"{self._prefix}{NONE}")])
        return self._content.text("sos.ask_country"), rows

    def again(self, codes: list[str]) -> tuple[str, list[list[Button]]]:
        """What a typed name that was not one country gets: which of these, or try again."""
        return self.which(codes) if codes else self.not_found()

    def which(self, codes: list[str]) -> tuple[str, list[list[Button]]]:
        rows = in_rows(self._buttons(codes[:MAX_CHOICES]), 2)
        rows.append([(self._content.text("sos.buttons.other_country"), f"{self._prefix}{OTHER}")])
        return self._content.text("sos.which_country"), rows

    def not_found(self) -> tuple[str, list[list[Button]]]:
        text, rows = self.ask_name()
        return f"{self._content.text('sos.country_not_found')}\n\n{text}", rows

    def _buttons(self, codes: list[str]) -> list[Button]:
        return [(self._safety.name(code), f"{self._prefix}{code}") for code in codes]
