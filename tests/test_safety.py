"""Safety before every feature: danger and despair heard in every state and language, her own
country's lines (never another country's), /sos, and the country question on the abuse path.

All over the real stack: the PTB Application over HTTP to the emulator, a real SQLite file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import available_timezones

import pytest

from bot.app import Bot
from bot.content import Content
from bot.core.model import Situation, UserProfile
from bot.features.onboarding.logic import parse_situation
from bot.safety.alarm import Alarm
from bot.safety.country import country_of_zone
from bot.safety.lines import Need
from tests.conftest import USER, Chat
from tests.vocabulary import SITUATIONS

DANGER = {
    "en": "he is here at my apartment, i'm scared, what do i do",
    "es": "está afuera de mi casa y no se va, tengo miedo",
}
DESPAIR = {
    "en": "I don't want to be alive anymore",
    "es": "ya no quiero vivir",
}


class Her:
    """One person, in her language: taps and words by content key, not by English label.

    Every step waits for the reply it expects, so the next step starts from a known place.
    """

    def __init__(self, bot: Bot, chat: Chat, locale: str) -> None:
        self.bot, self.chat, self.locale = bot, chat, locale
        self.content: Content = bot.deps.locales.of(locale)

    def t(self, key: str, situation: Situation | None = None, **fields: object) -> str:
        return self.content.messages.text(key, situation, **fields)

    def opening(self, key: str, **fields: object) -> str:
        """The start of a text's first line: the same however its placeholders are filled."""
        return self.t(key, **fields).split("\n")[0][:30]

    async def say(self, text: str, key: str, **fields: object) -> str:
        # Her Telegram language rides on every message, as it does from a real app.
        language = "es-MX" if self.locale == "es" else "en"
        self.chat.emulator.send_text(USER, text, language_code=language)
        return (await self.chat.expect(self.opening(key, **fields))).text

    async def tap(self, label: str, key: str, **fields: object) -> str:
        return (await self.chat.tap(label, expect=self.opening(key, **fields))).text

    async def onboarded(self) -> None:
        await self.say("/start", "setup.ask_situation")
        await self.tap(self.t("setup.situations.cheating"), "setup.ask_contact")
        await self.tap(self.t("setup.contact_choices.d3"), "setup.ask_zone")
        await self.tap(self.city("Europe/Berlin"), "setup.ask_ping")
        await self.tap("21:00", "setup.not_therapy")

    def city(self, zone: str) -> str:
        return next(city.label for city in self.content.cities if city.zone == zone)

    async def in_urge_delay(self) -> None:
        await self.onboarded()
        await self.say("/urge", "urge.ask_kind")
        await self.tap(self.t("urge.kinds.text"), "urge.ask_trigger")
        await self.tap(self.t("urge.triggers.lonely"), "urge.ask_intensity")
        await self.tap("7", "urge.delay_intro", minutes=10, time="")

    async def drafts(self) -> int:
        return len(await self.bot.deps.repo.list_drafts(USER))


# Each gets her to a state where what she types is read as something else: an answer, a
# draft, a name, a reason.
async def _idle(her: Her) -> None:
    await her.onboarded()


async def _onboarding_situation(her: Her) -> None:
    await her.say("/start", "setup.ask_situation")


async def _onboarding_contact(her: Her) -> None:
    await _onboarding_situation(her)
    await her.tap(her.t("setup.situations.cheating"), "setup.ask_contact")


async def _onboarding_zone(her: Her) -> None:
    await _onboarding_contact(her)
    await her.tap(her.t("setup.contact_choices.d3"), "setup.ask_zone")


async def _onboarding_ping(her: Her) -> None:
    await _onboarding_zone(her)
    await her.tap(her.city("Europe/Berlin"), "setup.ask_ping")


async def _onboarding_country(her: Her) -> None:
    await _onboarding_situation(her)
    await her.tap(her.t("setup.situations.abuse"), "sos.ask_country")


async def _urge_kind(her: Her) -> None:
    await her.onboarded()
    await her.say("/urge", "urge.ask_kind")


async def _urge_trigger(her: Her) -> None:
    await _urge_kind(her)
    await her.tap(her.t("urge.kinds.text"), "urge.ask_trigger")


async def _urge_strength(her: Her) -> None:
    await _urge_trigger(her)
    await her.tap(her.t("urge.triggers.lonely"), "urge.ask_intensity")


async def _urge_delay(her: Her) -> None:
    await her.in_urge_delay()


async def _urge_delay_writing(her: Her) -> None:
    await her.in_urge_delay()
    await her.tap(her.t("urge.buttons.write"), "urge.write_invite")


async def _naming_a_friend(her: Her) -> None:
    await her.in_urge_delay()
    her.bot.deps.clock.advance(timedelta(minutes=11))  # type: ignore[attr-defined]
    await her.bot.deps.timers.sweep()
    await her.chat.expect(her.opening("urge.checkback"))
    await her.tap(her.t("urge.buttons.still"), "urge.still")
    await her.tap(her.t("urge.buttons.friend"), "urge.friend_ask")


async def _hetexted(her: Her) -> None:
    await her.onboarded()
    await her.say("/hetexted", "hetexted.ask_kind")


async def _draft(her: Her) -> None:
    await her.onboarded()
    await her.say("/draft", "drafts.ask")


async def _myreasons(her: Her) -> None:
    await her.onboarded()
    await her.say("/myreasons", "reasons_own.empty")
    await her.tap(her.t("reasons_own.buttons.add"), "reasons_own.ask")


async def _settings(her: Her) -> None:
    await her.onboarded()
    await her.say("/settings", "setup.menu", situation_name="", last_contact="", zone="",
                  country="", time="", quiet="", nudges="")  # fmt: skip


STATES: dict[str, Callable[[Her], Awaitable[None]]] = {
    "idle": _idle,
    "onboarding: how it ended": _onboarding_situation,
    "onboarding: last contact": _onboarding_contact,
    "onboarding: time zone": _onboarding_zone,
    "onboarding: check-in time": _onboarding_ping,
    "onboarding: her country": _onboarding_country,
    "urge: what kind": _urge_kind,
    "urge: what set it off": _urge_trigger,
    "urge: how strong": _urge_strength,
    "urge: the delay": _urge_delay,
    "urge: writing it here": _urge_delay_writing,
    "urge: naming a friend": _naming_a_friend,
    "he texted": _hetexted,
    "draft": _draft,
    "my reasons": _myreasons,
    "settings": _settings,
}


@pytest.mark.parametrize("locale", ["en", "es"])
@pytest.mark.parametrize("state", list(STATES))
async def test_danger_gets_her_lines_first_in_every_state_and_is_never_a_draft(
    bot: Bot, chat: Chat, state: str, locale: str
) -> None:
    her = Her(bot, chat, locale)
    await STATES[state](her)
    drafts_before = await her.drafts()

    answer = await her.say(DANGER[locale], "sos.danger", lines="")
    # Berlin's lines once she has chosen it; before that her local number and a directory.
    elsewhere = her.t("sos.elsewhere", directory="", url="").split("\n")[0]
    assert "110" in answer or elsewhere in answer, answer
    assert her.t("sos.buttons.safe") in chat.emulator.messages(USER)[-1].inline_labels

    answer = await her.say(DESPAIR[locale], "sos.despair", lines="")
    assert await her.drafts() == drafts_before  # a cry for help is never filed as a draft


@pytest.mark.parametrize("locale", ["en", "es"])
async def test_after_the_lines_the_urge_is_still_waiting_where_she_left_it(
    bot: Bot, chat: Chat, locale: str
) -> None:
    her = Her(bot, chat, locale)
    await her.in_urge_delay()
    await her.say(DANGER[locale], "sos.danger", lines="")
    await her.tap(her.t("sos.buttons.safe"), "sos.safe_now")
    # The delay still reads what she writes as words to him, kept here.
    await her.say("i miss you" if locale == "en" else "te extraño", "urge.draft_kept")
    assert await her.drafts() == 1


async def test_a_woman_in_mexico_who_was_abused_is_asked_her_country_before_any_lines(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "es")
    await her.say("/start", "setup.ask_situation")
    await her.tap(her.t("setup.situations.abuse"), "sos.ask_country")
    mexico = bot.deps.content.country_lines("MX")
    assert mexico is not None
    assert not any(mexico.emergency in m.text for m in chat.emulator.messages(USER))

    lines = await her.say("mexico", "sos.abuse", lines="")  # typed, without its accent
    assert "En México:" in lines and mexico.emergency in lines
    for line in mexico.lines_for(Need.ABUSE):
        assert line.reach in lines
    assert "800-799-7233" not in lines and "88788" not in lines
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.country == "MX"
    await chat.expect(her.opening("setup.ask_contact"))  # and onboarding carries on


async def test_the_country_is_confirmed_in_one_tap_from_her_zone_in_settings(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await her.onboarded()  # Berlin
    await her.say("/settings", "setup.menu", situation_name="", last_contact="", zone="",
                  country="", time="", quiet="", nudges="")  # fmt: skip
    assert "Country for safety lines: not set yet" in chat.emulator.messages(USER)[-1].text
    asked = await her.tap(her.t("setup.menu_buttons.country"), "sos.ask_country_guess", country="")
    assert "Germany" in asked
    menu = await chat.tap(her.t("sos.buttons.yes_country"), expect="Country for safety lines")
    assert "Country for safety lines: Germany" in menu.text
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.country == "DE"


async def test_a_name_that_fits_several_countries_asks_which_one(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    await _onboarding_country(her)
    await her.say("korea", "sos.which_country")
    labels = chat.emulator.messages(USER)[-1].inline_labels
    assert "North Korea" in labels and "South Korea" in labels
    lines = await her.tap("South Korea", "sos.abuse", lines="")
    assert "local emergency number" in lines  # no lines held for it: never another country's
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.country == "KR"


async def test_a_country_we_hold_no_lines_for_gets_her_local_number_and_a_directory(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await _onboarding_country(her)
    lines = await her.say("Mongolia", "sos.abuse", lines="")
    assert "local emergency number" in lines and bot.deps.content.safety.directory.url in lines
    assert "112" not in lines and "911" not in lines


async def test_a_country_typed_into_nowhere_is_asked_again_kindly(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    await _onboarding_country(her)
    again = await her.say("Narnia", "sos.country_not_found")
    assert her.t("sos.ask_country")[:30] in again
    lines = await her.tap(her.t("sos.buttons.rather_not_say"), "sos.abuse", lines="")
    assert "local emergency number" in lines


async def test_sos_always_shows_her_lines_and_what_to_do_if_he_shows_up(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await her.in_urge_delay()
    shown = await her.say("/sos", "sos.sos", lines="")
    germany = bot.deps.content.country_lines("DE")
    assert germany is not None
    assert "If you're in Germany" in shown and germany.emergency in shown
    assert "don't open the door" in shown
    showing_up = await her.tap(her.t("sos.buttons.shows_up"), "sos.shows_up", emergency="")
    assert germany.emergency in showing_up
    # Not in Germany after all: the lines follow her answer.
    await her.tap(her.t("sos.buttons.where"), "sos.ask_country")
    moved = await her.say("Ireland", "sos.sos", lines="")
    ireland = bot.deps.content.country_lines("IE")
    assert ireland is not None
    assert "In Ireland:" in moved and ireland.emergency in moved and "Germany" not in moved
    # The country question is closed: the delay reads her words as a draft again.
    await her.say("i wish you would call", "urge.draft_kept")


async def test_a_name_that_is_no_country_twice_goes_back_to_what_she_was_doing(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await her.in_urge_delay()
    await her.say("/sos", "sos.sos", lines="")
    await her.tap(her.t("sos.buttons.where"), "sos.ask_country")
    await her.say("no idea", "sos.country_not_found")
    await her.say("i just want to hear your voice", "urge.draft_kept")
    assert await her.drafts() == 1


async def test_unsure_words_get_a_gentle_question_and_help_is_one_tap_away(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await her.onboarded()
    corpus = tomllib.loads((Path(__file__).parent / "corpus" / "alarm_en.toml").read_text())
    phrase = corpus["unsure"][0]
    assert bot.deps.safety.hear(phrase) is Alarm.UNSURE
    await her.say(phrase, "sos.unsure")
    lines = await her.tap(her.t("sos.buttons.need_help"), "sos.sos", lines="")
    assert "112" in lines or "110" in lines


async def test_sos_is_in_the_command_menu_in_every_language(bot: Bot) -> None:
    for locale in bot.deps.locales.available:
        # Telegram keys command menus by a two-letter language: "pt" for pt-BR.
        language = locale.split("-")[0]
        commands = await bot.application.bot.get_my_commands(language_code=language)
        assert [command.command for command in commands][:2] == ["urge", "sos"]


def _profile(zone: str, country: str | None = None) -> UserProfile:
    return UserProfile(
        user_id=1,
        chat_id=1,
        situation=Situation.ABUSE,
        last_contact=datetime(2026, 1, 1, tzinfo=UTC).date(),
        timezone=zone,
        ping_time=datetime(2026, 1, 1, 9, 0).time(),
        locale="en",
        onboarded=True,
        best_streak_days=0,
        banked_days=0,
        active=True,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        country=country,
    )


# 988 is shared with Canada; these two exist only in the United States.
US_ONLY = ("800-799-7233", "88788")


@pytest.mark.parametrize("locale", ["en", "es"])
async def test_no_zone_outside_the_united_states_ever_sees_a_us_line(bot: Bot, locale: str) -> None:
    bot.deps.locales.use(locale)
    for zone in sorted(available_timezones()):
        shown = bot.deps.safety.lines_text(_profile(zone), Need.ALL)
        if country_of_zone(zone) != "US":
            assert not any(number in shown for number in US_ONLY), (zone, shown)
        else:
            assert "800-799-7233" in shown, zone


async def test_a_confirmed_country_wins_over_the_zone(bot: Bot) -> None:
    bot.deps.locales.use("en")
    shown = bot.deps.safety.lines_text(_profile("America/New_York", country="MX"), Need.ALL)
    assert "In Mexico" in shown and not any(number in shown for number in US_ONLY)
    anywhere = bot.deps.safety.lines_text(_profile("America/New_York", country="ZZ"), Need.ALL)
    assert "local emergency number" in anywhere and "800-799-7233" not in anywhere


async def test_an_offset_only_zone_guesses_no_country(bot: Bot) -> None:
    bot.deps.locales.use("en")
    shown = bot.deps.safety.lines_text(_profile("Etc/GMT-2"), Need.DANGER)
    assert "local emergency number" in shown


async def test_rather_not_say_takes_the_careful_path(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    await _onboarding_situation(her)
    saved = await her.tap(
        her.t("setup.situations.unsaid"), "setup.situation_saved", situation=Situation.UNSAID
    )
    assert her.opening("setup.ask_contact") in saved
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.situation is Situation.UNSAID
    await her.say("/urge", "urge.ask_kind", situation=Situation.ABUSE)
    await her.tap(her.t("urge.kinds.text"), "urge.ask_trigger")
    await her.tap(her.t("urge.triggers.lonely"), "urge.ask_intensity")
    await her.tap("7", "urge.delay_intro", situation=Situation.ABUSE, minutes=10, time="")
    careful = {card.text for card in bot.deps.content.cards if card.reason in (4, 5)}
    for _ in range(6):
        shown = (await chat.tap(her.t("urge.buttons.read_card"))).text
        assert any(text in shown for text in careful), shown


async def test_someone_who_never_answered_is_on_the_careful_path_too(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    await her.say("/urge", "urge.ask_kind", situation=Situation.ABUSE)
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.situation is Situation.UNSAID


@pytest.mark.parametrize(
    ("answer", "situation"),
    [
        ("he cheated with a white girl", Situation.CHEATING),  # "hit" inside "white"
        ("He hit me", Situation.ABUSE),
        ("he cheated and hit me", Situation.ABUSE),  # the safest reading wins
        ("Me engañó con otra", Situation.CHEATING),
        ("me pegaba", Situation.ABUSE),
        ("he told white lies and made excuses", Situation.DISRESPECT),
        ("whatever", None),
        ("I'd rather not say", Situation.UNSAID),
        ("prefiero no decirlo", Situation.UNSAID),
        ("6", Situation.UNSAID),
        ("we broke up on good terms", Situation.AMICABLE),
        ("he made promises and excuses", Situation.DISRESPECT),
    ],
)
def test_how_it_ended_is_read_by_whole_words(answer: str, situation: Situation | None) -> None:
    assert parse_situation(answer, SITUATIONS) == situation


async def test_a_reason_card_ends_on_a_closing_about_her(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    await her.in_urge_delay()
    closings = [closing.text for closing in bot.deps.content.closings]
    shown = [(await chat.tap(her.t("urge.buttons.read_card"))).text for _ in range(3)]
    for card in shown:
        assert any(card.rstrip().endswith(closing) or closing in card for closing in closings)
    # Each wording once per round, as the cards are.
    used = [next(c for c in closings if c in card) for card in shown]
    assert len(set(used)) == len(used)


async def test_help_says_kindly_that_this_is_not_therapy(bot: Bot, chat: Chat) -> None:
    her = Her(bot, chat, "en")
    shown = await her.say("/help", "general.help", button="")
    assert "not therapy" in shown and "counsellor" in shown


# Words that put off a reply instead of ruling it out: after abuse there is no "later".
DEFERRING = re.compile(
    r"not now|not tonight|this minute|not yet|for now|ahora no|esta noche no|este minuto"
    r"|todav[ií]a no|por ahora|de momento",
    re.IGNORECASE,
)


def test_nothing_on_the_abuse_path_defers_a_reply_instead_of_ruling_it_out(bot: Bot) -> None:
    for locale in bot.deps.locales.available:
        content = bot.deps.locales.of(locale)
        every_key = sorted(content.keys())
        careful = [
            (key, situation)
            for key in every_key
            for situation in (Situation.ABUSE, Situation.UNSAID)
            if situation.value in content.messages.facts(key).situations
        ]
        careful += [(key, Situation.ABUSE) for key in every_key if key.startswith("sos-")]
        assert len(careful) > 30
        for key, situation in careful:
            fields = dict.fromkeys(content.fields(key), "")
            for text in [content.messages.text(key, situation, **fields)]:
                assert not DEFERRING.search(text), (locale, key, text)
                assert (
                    "mediat" not in text.lower()
                    or "not for" in text.lower()
                    or ("no es para" in text.lower())
                ), (locale, key, text)


async def test_the_abuse_lines_in_onboarding_offer_what_to_do_if_he_shows_up(
    bot: Bot, chat: Chat
) -> None:
    her = Her(bot, chat, "en")
    await _onboarding_country(her)
    await her.say("United Kingdom", "sos.abuse", lines="")
    await chat.expect(her.opening("setup.ask_contact"))
    await her.tap(her.t("sos.buttons.shows_up"), "sos.shows_up", emergency="")
    assert "999" in chat.emulator.messages(USER)[-1].text
