"""Counts in her language's plural forms, from CLDR's rules through Fluent: "1 day" and
"21 días", never "1 days", in every locale, and where she sees them in the chat."""

from __future__ import annotations

import pytest

from bot.content import Content, default_content_dir
from tests.conftest import Chat, StartBot
from tests.test_cldr_dates import _onboard, _to_spanish

COUNTS = (0, 1, 2, 5, 21)
# What each language writes for COUNTS days and minutes. Portuguese reads 0 as plural ("0
# dias") though CLDR puts 0 in its "one" category, which its units.ftl says with [0].
EXPECTED = {
    "en": {
        "unit.days": ["0 days", "1 day", "2 days", "5 days", "21 days"],
        "unit.minutes": ["0 minutes", "1 minute", "2 minutes", "5 minutes", "21 minutes"],
    },
    "es": {
        "unit.days": ["0 días", "1 día", "2 días", "5 días", "21 días"],
        "unit.minutes": ["0 minutos", "1 minuto", "2 minutos", "5 minutos", "21 minutos"],
    },
    "pt-BR": {
        "unit.days": ["0 dias", "1 dia", "2 dias", "5 dias", "21 dias"],
        "unit.minutes": ["0 minutos", "1 minuto", "2 minutos", "5 minutos", "21 minutos"],
    },
}
FIELD = {"unit.days": "days", "unit.minutes": "minutes"}


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return Content.load_all(default_content_dir())


def test_every_locale_is_covered(contents: dict[str, Content]) -> None:
    assert set(contents) == set(EXPECTED)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
@pytest.mark.parametrize("key", sorted(FIELD))
def test_a_count_takes_its_languages_plural_form(
    contents: dict[str, Content], locale: str, key: str
) -> None:
    content = contents[locale]
    said = [content.text(key, **{FIELD[key]: count}) for count in COUNTS]
    assert said == EXPECTED[locale][key]


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_a_message_that_shows_a_count_says_it_in_the_plural_form_too(
    contents: dict[str, Content], locale: str
) -> None:
    # The best streak inside /streak's summary comes from the shared unit message.
    content = contents[locale]
    fields: dict[str, object] = dict.fromkeys(content.fields("streak.summary"), "x")
    one, many = (content.text("streak.summary", **(fields | {"best": best})) for best in (1, 21))
    singular, plural = EXPECTED[locale]["unit.days"][1], EXPECTED[locale]["unit.days"][4]
    assert singular in one and plural not in one
    assert plural in many


async def test_the_pause_offers_one_day_not_one_days(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot():
        await _onboard(chat)
        offer = await chat.say("/pause", expect="For how long")
        assert offer.inline_labels[:3] == ["1 day", "3 days", "7 days"]
        await _to_spanish(chat)
        offer = await chat.say("/pause", expect="¿Cuánto tiempo")
        assert offer.inline_labels[:3] == ["1 día", "3 días", "7 días"]
