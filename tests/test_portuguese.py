"""Brazilian Portuguese, the third locale, over the real stack: a woman whose Telegram speaks
"pt-BR" gets through onboarding typing her answers the way she writes them, an urge end to
end, her check-in at her own evening, Brazil's lines on the abuse path, danger heard in the
middle of a flow, and /settings switching her language away and back.

Every text is read from content by its key, never spelt out here, so the tests hold as the
translation is polished.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import Bot
from bot.content import Content, default_content_dir
from bot.core.model import Situation
from bot.localization import Locales
from bot.safety.lines import Need
from tests.conftest import USER, Chat, Tick

LOCALE = "pt-BR"
TELEGRAM_LANGUAGE = "pt-BR"  # what a Brazilian phone's Telegram sends


@pytest.fixture(scope="module")
def pt() -> Content:
    return Content.load_all(default_content_dir())[LOCALE]


class Her:
    """A Brazilian woman: her Telegram language rides on every message; taps and waits are
    by content key."""

    def __init__(self, chat: Chat, content: Content) -> None:
        self.chat, self.content = chat, content

    def t(self, key: str, situation: Situation | None = None, **fields: object) -> str:
        return self.content.messages.text(key, situation, **fields)

    def opening(self, key: str, situation: Situation | None = None, **fields: object) -> str:
        """The start of a text's first line: the same however its placeholders are filled."""
        return self.t(key, situation, **fields).split("\n")[0][:30]

    async def say(
        self, text: str, key: str, situation: Situation | None = None, **fields: object
    ) -> str:
        self.chat.emulator.send_text(USER, text, language_code=TELEGRAM_LANGUAGE)
        return (await self.chat.expect(self.opening(key, situation, **fields))).text

    async def tap(
        self, label: str, key: str, situation: Situation | None = None, **fields: object
    ) -> str:
        return (await self.chat.tap(label, expect=self.opening(key, situation, **fields))).text

    async def onboarded(self, contact: str = "semana passada") -> None:
        await self.say("/start", "setup.ask_situation")
        await self.tap(self.t("setup.situations.cheating"), "setup.ask_contact")
        await self.say(contact, "setup.ask_zone")
        await self.say("Sao Paulo", "setup.ask_ping")
        await self.say("21h", "setup.not_therapy")


def said(chat: Chat) -> str:
    return "\n".join(message.text for message in chat.emulator.messages(USER))


# -- her language, from her Telegram ---------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "locale"),
    [
        ("pt-br", "pt-BR"),
        ("pt-BR", "pt-BR"),
        ("pt", "pt-BR"),
        ("pt-PT", "pt-BR"),  # the same language: closer than English
        ("es-MX", "es"),
        ("en-GB", "en"),
        ("fr", "en"),
        (None, "en"),
    ],
)
def test_a_telegram_language_finds_its_folder(code: str | None, locale: str) -> None:
    assert Locales(Content.load_all(default_content_dir())).pick(code) == locale


def test_counts_take_the_plural_portuguese_gives_them(pt: Content) -> None:
    assert pt.text("unit.days", days=1) == "1 dia"
    assert pt.text("unit.days", days=2) == "2 dias"
    assert pt.text("unit.days", days=21) == "21 dias"
    assert pt.text("unit.minutes", minutes=1) == "1 minuto"
    assert pt.text("unit.minutes", minutes=10) == "10 minutos"


# -- onboarding, typed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "days"),
    [("semana passada", 7), ("há duas semanas", 14), ("3 de outubro", 104)],
)
async def test_onboarding_in_portuguese_reads_her_words(
    bot: Bot, chat: Chat, pt: Content, typed: str, days: int
) -> None:
    her = Her(chat, pt)
    asked = await her.say("/start", "setup.ask_situation")
    assert asked.startswith(her.t("setup.ask_situation"))
    await her.tap(her.t("setup.situations.cheating"), "setup.ask_contact")
    # A date still to come is a typo: asked again, kindly, and nothing is saved.
    await her.say("amanhã", "setup.reask_contact")
    saved = await her.say(typed, "setup.contact_saved", days=days)
    assert her.t("setup.contact_saved", days=days) in saved
    assert her.opening("setup.ask_zone") in saved, "the next question, in the same message"

    zone = await her.say("Sao Paulo", "setup.ask_ping")  # typed without its accent
    saved = her.t("setup.zone_saved", zone="São Paulo, Rio, Brasília", time="17:00")
    assert zone.startswith(f"{saved}\n\n")  # 20:00 UTC is 17:00 in São Paulo, by its button
    ping = await her.say("21h", "setup.ping_saved", time="21:00")
    assert her.opening("setup.not_therapy") in ping

    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None
    assert profile.locale == LOCALE and profile.timezone == "America/Sao_Paulo"
    assert "Europe/" not in said(chat) and "America/" not in said(chat)


async def test_the_zone_question_offers_brazils_own_cities(
    bot: Bot, chat: Chat, pt: Content
) -> None:
    her = Her(chat, pt)
    await her.say("/start", "setup.ask_situation")
    await her.tap(her.t("setup.situations.cheating"), "setup.ask_contact")
    await her.say("semana passada", "setup.ask_zone")
    question = chat.emulator.messages(USER)[-1]
    assert {"São Paulo, Rio, Brasília", "Manaus", "Recife", "Lisboa"} <= set(question.inline_labels)
    await her.tap("Manaus", "setup.ask_ping")
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.timezone == "America/Manaus"


async def test_her_check_in_comes_at_her_own_evening(
    bot: Bot, chat: Chat, pt: Content, tick: Tick
) -> None:
    her = Her(chat, pt)
    await her.onboarded("há 5 dias")
    await chat.nothing_new()
    # 21:00 in São Paulo is midnight UTC: nothing at 23:59, the check-in at midnight. Her
    # count started five days back, so the milestone she passed on day 3 comes with it.
    await tick(at=datetime(2026, 1, 15, 23, 59, tzinfo=UTC))
    await chat.nothing_new()
    await tick(at=datetime(2026, 1, 16, 0, 0, tzinfo=UTC))
    checkin = await chat.expect(pt.pings.milestone(3).title)
    assert checkin.text.startswith(pt.pings.milestone(3).title)
    assert checkin.inline_labels[:3] == [
        her.t("checkin.buttons.ok"),
        her.t("checkin.buttons.hard"),
        her.t("checkin.buttons.slipped"),
    ]


# -- an urge, end to end ---------------------------------------------------------------------


async def test_an_urge_from_naming_it_to_the_check_back(
    bot: Bot, chat: Chat, pt: Content, tick: Tick
) -> None:
    her = Her(chat, pt)
    await her.onboarded()
    await her.say(her.t("keyboard.urge"), "urge.ask_kind")
    await her.tap(her.t("urge.kinds.text"), "urge.ask_trigger")
    await her.tap(her.t("urge.triggers.lonely"), "urge.ask_intensity")
    delay = await her.say("sete", "urge.delay_intro", Situation.CHEATING, minutes=10, time="")
    assert "10 minutos" in delay and "17:10" in delay  # her local time, in her words

    chat.emulator.send_text(USER, "oi", language_code=TELEGRAM_LANGUAGE)  # nothing lost
    await chat.tap(her.t("urge.buttons.read_card"))
    await chat.settled()
    card = chat.emulator.messages(USER)[-1].text
    assert any(item.text in card for item in pt.cards), card
    assert pt.reason_title(next(c.reason for c in pt.cards if c.text in card)) in card

    await tick(10)
    checkback = await chat.expect(her.opening("urge.checkback"))
    assert checkback.inline_labels == [
        her.t("urge.buttons.held"),
        her.t("urge.buttons.still"),
        her.t("urge.buttons.slipped"),
    ]
    await chat.tap(her.t("urge.buttons.held"))
    await chat.settled()
    assert "Urges" not in said(chat) and "minutes" not in said(chat)


# -- safety ----------------------------------------------------------------------------------


async def test_the_abuse_path_shows_brazils_lines_and_no_other_country(
    bot: Bot, chat: Chat, pt: Content
) -> None:
    her = Her(chat, pt)
    await her.say("/start", "setup.ask_situation")
    await her.tap(her.t("setup.situations.abuse"), "sos.ask_country")
    lines = await her.say("brasil", "sos.abuse", lines="")
    brazil = pt.country_lines("BR")
    assert brazil is not None and brazil.emergency == "190"
    assert "190" in lines and "180" in lines and "188" in lines
    for line in brazil.lines_for(Need.ALL):
        assert line.reach in lines  # worded in Portuguese, from pt-BR/safety.toml
    assert "ligue" in lines.lower()
    for elsewhere in ("911", "988", "800-799-7233", "116 123", "0808 2000 247", "016"):
        assert elsewhere not in lines, elsewhere
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.country == "BR"
    await chat.expect(her.opening("setup.ask_contact"))


async def test_he_is_at_her_door_is_heard_in_the_middle_of_an_urge(
    bot: Bot, chat: Chat, pt: Content
) -> None:
    her = Her(chat, pt)
    await her.onboarded()
    await her.say("/urge", "urge.ask_kind")
    await her.tap(her.t("urge.kinds.text"), "urge.ask_trigger")
    danger = await her.say("ele está na minha porta", "sos.danger", lines="")
    assert "190" in danger and "180" in danger  # her zone is in Brazil: its lines
    assert "911" not in danger
    # The step she was at is still waiting when she is safe again.
    await her.tap(her.t("sos.buttons.safe"), "sos.safe_now")
    await her.tap(her.t("urge.triggers.lonely"), "urge.ask_intensity")


# -- /settings -------------------------------------------------------------------------------


async def test_settings_switch_her_language_away_and_back(
    bot: Bot, chat: Chat, pt: Content
) -> None:
    her = Her(chat, pt)
    await her.onboarded()
    english = bot.deps.locales.of("en")
    menu_fields: dict[str, object] = dict.fromkeys(pt.fields("setup.menu"), "")
    await her.say("/settings", "setup.menu", None, **menu_fields)
    await chat.tap(her.t("setup.menu.buttons.language"), expect=her.t("setup.ask_language"))
    asked = chat.emulator.messages(USER)[-1]
    # Every locale found, each by its own name.
    assert sorted(asked.inline_labels) == sorted(
        bot.deps.locales.of(locale).text("language.name") for locale in bot.deps.locales.available
    )
    await chat.tap("English", expect=english.text("setup.language_saved"))
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.locale == "en"

    await chat.tap(
        english.text("setup.menu.buttons.language"), expect=english.text("setup.ask_language")
    )
    await chat.tap(pt.text("language.name"), expect=her.t("setup.language_saved"))
    profile = await bot.deps.repo.get_user(USER)
    assert profile is not None and profile.locale == LOCALE
