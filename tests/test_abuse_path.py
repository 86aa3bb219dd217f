"""When he was abusive: safety first, resources shown, and never a word that suggests contact."""

from __future__ import annotations

import re

from bot.app import Bot
from tests.conftest import USER, Chat, Tick
from tests.test_journeys import onboard, urge_until_delay

# Phrases that would nudge her towards him. None may ever reach someone who was abused.
CONTACT_SUGGESTIONS = re.compile(
    r"text him back|reach out to him|reply to him|answer him|call him|give him (a|another)"
    r"|second chance|talk to him|he'?ll miss|he misses|make him (miss|wonder|notice)"
    r"|he will notice|get him back|reconcil",
    re.IGNORECASE,
)


async def test_abuse_shows_safety_resources_and_never_suggests_contact(
    bot: Bot, chat: Chat, tick: Tick
) -> None:
    await onboard(chat, situation="He was abusive", city="New York")
    # The lines came for the country she confirmed, before anything else.
    safety = next(m for m in chat.emulator.messages(USER) if "safety comes first" in m.text)
    assert "800-799-7233" in safety.text
    assert "START to 88788" in safety.text

    await urge_until_delay(chat)
    for _ in range(4):
        await chat.tap("Remind me why")
    await chat.tap("Help me calm down")
    await tick(10)
    await chat.expect("How is it now?")
    await chat.tap("I still want to", expect="safety still comes first")
    await chat.tap("I did it", expect="isn't your fault")

    messages = chat.emulator.messages(USER)
    first_safety = next(i for i, m in enumerate(messages) if "safety comes first" in m.text)
    # Everything said once she told us he was abusive.
    everything = "\n".join(message.text for message in messages[first_safety:])
    assert not CONTACT_SUGGESTIONS.search(everything), CONTACT_SUGGESTIONS.search(everything)


async def test_abuse_only_ever_gets_reasons_about_her_peace_and_power(bot: Bot, chat: Chat) -> None:
    await onboard(chat, situation="He was abusive")
    await urge_until_delay(chat)
    content = bot.deps.content
    allowed = {card.text for card in content.cards if card.reason in (4, 5)}
    for _ in range(8):
        shown = await chat.tap("Remind me why")
        assert any(text in shown.text for text in allowed), shown.text


async def test_in_the_united_kingdom_she_gets_british_lines(bot: Bot, chat: Chat) -> None:
    await chat.say("/start", expect="How did it end")
    await chat.tap("He was abusive", expect="Which country are you in")
    safety = await chat.tap("United Kingdom", expect="safety comes first")
    assert "0808 2000 247" in safety.text and "999" in safety.text
    assert "800-799-7233" not in safety.text
    await chat.tap("Today")
    await chat.tap("London")
    await chat.tap("09:00")
    await chat.expect("You're set")
