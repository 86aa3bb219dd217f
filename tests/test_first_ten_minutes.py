"""The rough edges a newcomer trips over in her first minutes: how her zone is shown, what
"I need someone" offers with no friend set, the name she types for who to call, what the
bot answers to free text, and how the first day of a count is worded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import Bot
from bot.content import Content, default_content_dir
from bot.core.timezones import (
    CityChoice,
    ZoneAbbreviation,
    abbreviation_key,
    describe_zone,
    is_known_zone,
    is_plain_offset,
    read_zone,
    zone_from_text,
)
from bot.emulator import BotApiEmulator
from bot.features.general.handlers import FreeText, greeting_phrases, read_free_text
from bot.features.urge.handlers import CallWords, who_to_call
from bot.settings import Settings
from tests.conftest import USER, Chat, Tick
from tests.test_journeys import onboard, urge_until_delay
from tests.vocabulary import GREETINGS as SHIPPED_GREETINGS

CONTENT = {locale: Content.load(default_content_dir(), locale) for locale in ("en", "es", "pt-BR")}
EN, ES = CONTENT["en"], CONTENT["es"]


def everything_said(chat: Chat) -> str:
    return "\n".join(message.text for message in chat.emulator.messages(USER))


async def start_with(chat: Chat, contact: str = "3 days ago") -> None:
    """Onboarding up to the zone question, with a situation that asks nothing more."""
    await chat.say("/start", expect="How did it end")
    await chat.tap("He cheated", expect="last in touch")
    await chat.tap(contact, expect="Where are you")


# -- her zone, as she would say it ---------------------------------------------------------


async def test_an_offset_is_shown_as_she_typed_it_and_said_to_ignore_summer_time(
    bot: Bot, chat: Chat
) -> None:
    await start_with(chat)
    saved = await chat.say("GMT+2", expect="Your time zone is")
    assert "Your time zone is UTC+2." in saved.text
    assert "never moves for summer time" in saved.text  # a fixed offset, and she is told
    await chat.tap("09:00", expect="You're set")

    await chat.say("/settings", expect="Your answers so far")
    menu = chat.emulator.messages(USER)[-1]
    assert "Time zone: UTC+2" in menu.text
    assert "Etc/" not in everything_said(chat)


async def test_a_city_is_shown_by_its_name_in_her_language(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    saved = await chat.tap("Berlin", expect="Your time zone is")
    assert "Your time zone is Berlin." in saved.text
    assert "summer time" not in saved.text  # a real place: its clock changes with hers
    await chat.tap("09:00", expect="You're set")

    await chat.say("/settings", expect="Time zone: Berlin")
    await chat.tap("Language")
    await chat.tap("Español")
    await chat.expect("Zona horaria: Berlín")
    assert "Europe/Berlin" not in everything_said(chat)


@pytest.mark.parametrize(
    ("zone", "said"),
    [
        ("Etc/GMT-2", "UTC+2"),  # the database's sign is the opposite of hers
        ("Etc/GMT+5", "UTC-5"),
        ("Etc/UTC", "UTC"),
        ("EST", "UTC-5"),  # a legacy fixed zone is an offset too
        ("Asia/Kathmandu", "Kathmandu"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("America/New_York", "New York"),  # the button's label
    ],
)
def test_describe_zone_says_a_place_or_an_offset(zone: str, said: str) -> None:
    assert describe_zone(zone, EN.cities) == said


def test_describe_zone_uses_the_labels_of_her_language() -> None:
    assert describe_zone("Europe/Berlin", ES.cities) == "Berlín"
    assert describe_zone("America/New_York", ES.cities) == "Nueva York"


ZONES = sorted(name for name in available_timezones() if is_known_zone(name))


@given(st.sampled_from(ZONES))
def test_no_zone_is_ever_shown_by_a_raw_etc_name(zone: str) -> None:
    said = describe_zone(zone, EN.cities)
    assert said and "Etc/" not in said and "_" not in said
    if is_plain_offset(zone):
        assert said.startswith("UTC")


def test_only_offsets_count_as_plain_offsets() -> None:
    assert is_plain_offset("Etc/GMT-2") and is_plain_offset("EST") and is_plain_offset("UTC")
    assert not is_plain_offset("Europe/Berlin")
    assert not is_plain_offset("Asia/Kolkata")  # no summer time, but a place


# -- abbreviations, read from content's data -----------------------------------------------

NEW_YORK = ZoneAbbreviation(
    frozenset(abbreviation_key(name) for name in ("EST", "EDT", "ET", "Eastern time")),
    "America/New_York",
)
MOUNTAIN = ZoneAbbreviation(
    frozenset({"mst"}), "America/Denver", (CityChoice("Phoenix", "America/Phoenix"),)
)
IRISH_INDIAN_ISRAELI = ZoneAbbreviation(
    frozenset({"ist"}),
    None,
    (
        CityChoice("India", "Asia/Kolkata"),
        CityChoice("Ireland", "Europe/Dublin"),
        CityChoice("Israel", "Asia/Jerusalem"),
    ),
)
LONDON = ZoneAbbreviation(
    frozenset({"gmt", "bst"}), "Europe/London", (CityChoice("UTC", "Etc/UTC"),)
)
ABBREVIATIONS = (NEW_YORK, MOUNTAIN, IRISH_INDIAN_ISRAELI, LONDON)


@pytest.mark.parametrize("typed", ["EST", "est", "E.S.T.", "EDT", "ET", "Eastern Time"])
def test_eastern_abbreviations_are_new_york_not_a_fixed_offset(typed: str) -> None:
    reading = read_zone(typed, EN.cities, ABBREVIATIONS)
    assert reading.zone == "America/New_York"
    assert not reading.asks_which


def test_mst_is_denver_and_says_it_could_be_phoenix() -> None:
    reading = read_zone("MST", EN.cities, ABBREVIATIONS)
    assert reading.zone == "America/Denver"
    assert [other.zone for other in reading.others] == ["America/Phoenix"]
    assert reading.typed == "MST"


def test_ist_is_asked_between_india_ireland_and_israel() -> None:
    reading = read_zone("IST", EN.cities, ABBREVIATIONS)
    assert reading.zone is None and reading.asks_which
    assert [other.label for other in reading.others] == ["India", "Ireland", "Israel"]


def test_gmt_means_london_but_an_offset_from_gmt_stays_an_offset() -> None:
    assert zone_from_text("GMT", EN.cities, ABBREVIATIONS) == "Europe/London"
    assert zone_from_text("GMT+2", EN.cities, ABBREVIATIONS) == "Etc/GMT-2"
    assert zone_from_text("UTC", EN.cities, ABBREVIATIONS) == "Etc/UTC"
    assert zone_from_text("Berlin", EN.cities, ABBREVIATIONS) == "Europe/Berlin"


# -- "I need someone" with no friend set ---------------------------------------------------


async def test_i_need_someone_without_a_friend_gives_her_lines_and_a_way_to_set_one_up(
    bot: Bot, chat: Chat
) -> None:
    await onboard(chat)  # Berlin: Germany's lines, a guess from her zone
    await urge_until_delay(chat)
    answer = await chat.tap("I need someone", expect="haven't chosen a trusted friend")
    assert "someone you could call" in answer.text
    assert "110" in answer.text  # her country's emergency number, not a question alone
    assert "Choose a trusted friend" in answer.inline_labels
    await chat.tap("Choose a trusted friend", expect="Send this link")


async def test_i_need_someone_on_the_abuse_path_puts_her_safety_first(bot: Bot, chat: Chat) -> None:
    await chat.say("/start", expect="How did it end")
    await chat.tap("He was abusive", expect="Which country are you in")
    await chat.tap("United Kingdom", expect="safety comes first")
    await chat.tap("Today")
    await chat.tap("London")
    await chat.tap("09:00")
    await chat.expect("You're set")
    await urge_until_delay(chat)
    answer = await chat.tap("I need someone", expect="haven't chosen a trusted friend")
    assert answer.text.startswith("Your safety comes first")
    assert "999" in answer.text and "0808 2000 247" in answer.text
    assert "Choose a trusted friend" in answer.inline_labels


# -- the name she types for who to call ----------------------------------------------------


async def test_who_to_call_is_named_without_my_sister(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.tap("I'm ready now", expect="How is it now?")
    await chat.tap("I still want to", expect="What would help")
    await chat.tap("Call a friend", expect="Type their name")
    go = await chat.say("my sister Ana", expect="now.")
    assert go.text.startswith("Call Ana now.")
    assert "I held on" in go.inline_labels


async def test_no_one_to_call_gets_her_lines_not_a_call_to_nobody(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.tap("I'm ready now", expect="How is it now?")
    await chat.tap("I still want to", expect="What would help")
    await chat.tap("Call a friend", expect="Type their name")
    answer = await chat.say("nobody", expect="someone you could call")
    assert "Call nobody" not in answer.text and "110" in answer.text
    assert {"Choose a trusted friend", "I held on"} <= set(answer.inline_labels)


@pytest.mark.parametrize(
    ("locale", "typed", "callee"),
    [
        ("en", "Maya", "Maya"),
        ("en", "my sister Ana", "Ana"),
        ("en", "Ana, my sister", "Ana"),
        ("en", "ana", "Ana"),
        ("en", "my best friend Maya", "Maya"),
        ("en", "probably Maya or Ana", "Maya or Ana"),
        ("en", "my mom", "your mom"),
        ("en", "I'd call my mum", "your mum"),
        ("en", "mom and dad", "your mom and dad"),
        ("en", "my sister's friend", "your sister's friend"),
        ("en", "Anne-Marie", "Anne-Marie"),
        ("en", "the one from work I guess", None),
        ("en", "someone who won't judge me at all", None),
        ("es", "mi hermana Ana", "Ana"),
        ("es", "a mi mamá", "tu mamá"),
        ("es", "llamaría a mi hermana", "tu hermana"),
        ("es", "mis padres", "tus padres"),
        ("es", "seguramente Lucía", "Lucía"),
        ("es", "mamá", "tu mamá"),
        ("es", "padres", "tus padres"),
        ("pt-BR", "minha irmã Ana", "Ana"),
        ("pt-BR", "mãe", "sua mãe"),
        ("pt-BR", "pai", "seu pai"),
        ("pt-BR", "meus pais", "seus pais"),
        ("pt-BR", "amigas", "suas amigas"),
    ],
)
def test_the_name_is_taken_out_of_what_she_typed(locale: str, typed: str, callee: str) -> None:
    assert who_to_call(typed, CallWords.of(CONTENT[locale])) == callee


@pytest.mark.parametrize(("locale", "typed"), [("en", "no one"), ("en", "idk"), ("es", "nadie")])
def test_no_one_is_understood(locale: str, typed: str) -> None:
    assert CallWords.of(CONTENT[locale]).means_nobody(typed)


@given(st.text(max_size=60))
def test_any_answer_reads_as_a_short_name_or_as_them(typed: str) -> None:
    callee = who_to_call(typed, CallWords.of(EN))
    assert callee is None or (callee.strip() and len(callee.split()) <= 6)


# -- free text outside a flow ----------------------------------------------------------------

GREETINGS = greeting_phrases(SHIPPED_GREETINGS)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("hi", FreeText.GREETING),
        ("Hello!", FreeText.GREETING),
        ("heyyy there 🙂", FreeText.GREETING),
        ("good morning bot", FreeText.GREETING),
        ("Hola", FreeText.GREETING),  # her Spanish greeting reaches the English bot too
        ("buenos días", FreeText.GREETING),
        ("😭😭😭", FreeText.ROUGH),
        ("💔", FreeText.ROUGH),
        ("ugh 😭", FreeText.ROUGH),
        ("👍", FreeText.EMOJI),
        ("hi, I want to text him so badly right now", FreeText.OTHER),
        ("ok", FreeText.OTHER),
        ("I miss you. " * 30, FreeText.LETTER),
    ],
)
def test_free_text_is_read_for_what_it_is(typed: str, kind: FreeText) -> None:
    assert read_free_text(typed, GREETINGS) is kind


async def test_a_greeting_gets_a_greeting_and_the_menu(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    answer = await chat.say("hey!")
    assert answer.text.startswith("Hi, I'm glad you're here.")
    assert "/urge" in answer.text and "/streak" in answer.text
    assert ["I want to text him"] in answer.keyboard


async def test_crying_faces_get_a_soft_question_and_the_urge_button(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    answer = await chat.say("😭😭😭")
    assert "rough moment" in answer.text
    assert "listening" not in answer.text
    await chat.tap("Help me through it", expect="What do you want to do")


async def test_anything_else_is_answered_honestly(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    answer = await chat.say("ok whatever")
    assert "listening" not in answer.text  # nothing was read; it does not pretend
    assert "/draft" in answer.text


async def test_a_long_letter_to_him_is_offered_to_be_held_as_a_draft(
    bot: Bot, chat: Chat, emulator: BotApiEmulator, settings: Settings
) -> None:
    await onboard(chat)
    letter = "I keep thinking about the night you left. " * 95  # about 4,000 characters
    offer = await chat.say(letter.strip())
    assert "keep it as a draft" in offer.text
    assert offer.inline_labels == ["Keep it as a draft", "No, let it go"]
    # Waiting for her answer, it is kept only encrypted.
    assert b"the night you left" not in _database_bytes(settings)

    held = await chat.tap("Keep it as a draft", expect="Held, locked away")
    assert ["I want to text him"] in held.keyboard
    assert chat.emulator.messages(USER)[-2].inline_labels == []  # the offer is answered
    drafts = await bot.deps.repo.list_drafts(USER)
    assert len(drafts) == 1
    assert bot.deps.cipher.decrypt(drafts[0].body) == letter.strip()
    assert b"the night you left" not in _database_bytes(settings)
    listed = await chat.say("/drafts", expect="one message you didn't send")
    assert listed.text


async def test_a_letter_she_lets_go_is_not_kept(
    bot: Bot, chat: Chat, emulator: BotApiEmulator
) -> None:
    await onboard(chat)
    offer = await chat.say("Why did you do this to me, after everything we had? " * 10)
    data = dict(offer.inline_buttons[0])["Keep it as a draft"]
    await chat.tap("No, let it go", expect="haven't kept it")
    assert await bot.deps.repo.list_drafts(USER) == []
    # A tap on the old offer, from a copy of the message the edit took the buttons from.
    emulator.press_data(USER, offer.message_id, data)
    await chat.expect("don't have that one")
    assert await bot.deps.repo.list_drafts(USER) == []


def _database_bytes(settings: Settings) -> bytes:
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:  # flush the WAL into the file we read
        connection.execute("PRAGMA wal_checkpoint(FULL)")
    return b"".join(
        file.read_bytes() for file in path.parent.glob(f"{path.name}*") if file.is_file()
    )


# -- the first day of a count, and the check-back ------------------------------------------


async def test_the_first_day_is_never_day_zero(bot: Bot, chat: Chat, tick: Tick) -> None:
    await start_with(chat, contact="Today")
    saved = chat.emulator.messages(USER)[-1]
    assert "your count starts today" in saved.text
    await chat.tap("Berlin")
    done = await chat.tap("21:00", expect="You're set")
    assert "\n\nYou're set. Your count starts today." in done.text
    first = await chat.say("/streak", expect="Urges you rode out")
    assert first.text.startswith("Your count starts today.")
    assert "Best streak" not in first.text  # no "0 days" to read on her very first day

    await tick(2 * 24 * 60)
    two_days = await chat.say("/streak", expect="Urges you rode out")
    assert two_days.text.startswith("Day 2 without contact.")
    await chat.say("/slip", expect="what happened")
    await chat.tap("Skip", expect="Noted")
    again = await chat.say("/streak", expect="Urges you rode out")
    assert again.text.startswith("A fresh count starts today.")
    assert "Best streak: 2 days" in again.text
    assert "Day 0" not in everything_said(chat)


async def test_the_check_back_does_not_sound_like_a_game_show(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await tick(10)
    checkback = await chat.expect("How is it now?")
    assert "Time's up" not in checkback.text
    assert all("Time's up" not in text for text in EN.messages.facts("urge.checkback").wordings)


async def test_the_check_in_on_the_day_of_a_slip_says_a_fresh_count_starts(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat)  # check-in at 21:00 Berlin; it is 21:00 on 15 January now
    await tick(at=datetime(2026, 1, 16, 12, 0, tzinfo=UTC))
    await chat.say("/slip", expect="what happened")
    await chat.tap("Skip", expect="Noted")
    await tick(at=datetime(2026, 1, 16, 20, 0, tzinfo=UTC) + timedelta(seconds=1))
    check_in = await chat.expect(EN.pings.first_day)
    assert "Day 0" not in check_in.text


# -- typed abbreviations, end to end (content/<locale>/zones.toml) ---------------------------


async def test_typed_est_is_new_york_not_a_fixed_offset(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    saved = await chat.say("EST", expect="Your time zone is")
    assert "Your time zone is New York." in saved.text
    assert "summer time" not in saved.text


async def test_typed_ist_asks_which_place_she_means(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    asked = await chat.say("IST", expect="more than one place")
    assert asked.inline_labels == ["India", "Ireland", "Israel"]
    saved = await chat.tap("Ireland", expect="Your time zone is")
    assert "Your time zone is Dublin." in saved.text


async def test_typed_mst_offers_phoenix_beside_denver(bot: Bot, chat: Chat) -> None:
    await start_with(chat)
    asked = await chat.say("MST", expect="more than one place")
    assert asked.inline_labels == ["Denver", "Phoenix"]
    saved = await chat.tap("Phoenix", expect="Your time zone is")
    assert "Your time zone is Phoenix." in saved.text


def test_every_abbreviation_in_content_points_to_a_real_place() -> None:
    for content in (EN, ES):
        assert content.zone_abbreviations
        for abbreviation in content.zone_abbreviations:
            zones = [abbreviation.zone, *(other.zone for other in abbreviation.others)]
            assert all(
                zone is None or not is_plain_offset(zone) or zone == "Etc/UTC" for zone in zones
            )
        est = read_zone("EST", content.cities, content.zone_abbreviations)
        assert est.zone == "America/New_York"


async def test_welcome_back_and_an_urge_held_on_the_first_day_say_no_day_zero(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await start_with(chat, contact="Today")
    await chat.tap("Berlin")
    await chat.tap("21:00", expect="You're set")
    back = await chat.say("/start", expect="Welcome back")
    assert "fresh count starts today" in back.text
    await urge_until_delay(chat)
    await tick(10)
    await chat.expect("How is it now?")
    held = await chat.tap("I held on", expect="You held on")
    assert "fresh count started today" in held.text
    assert "Day 0" not in everything_said(chat)
