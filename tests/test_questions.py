"""Every question a flow asks takes its button or her typed words, and says its question
again, kindly, to anything else: a sticker, a photo, words it cannot read. The question
is still open afterwards, whichever way she then answers it (bot/telegram/questions.py)."""

from __future__ import annotations

from collections.abc import Callable

from bot.app import Bot
from bot.content import Content, default_content_dir
from tests.conftest import USER, Chat

EN = Content.load(default_content_dir(), "en")


async def asked_again(chat: Chat, send: Callable[[int], object], key: str) -> None:
    """She sends something the question cannot take: the one reply is its re-ask."""
    send(USER)
    again = await chat.emulator.next_message(USER)
    assert again.text == EN.text(key)
    await chat.nothing_new()


async def test_the_urge_questions_ask_again_then_take_words_and_buttons(
    bot: Bot, chat: Chat
) -> None:
    await chat.say("/urge", expect="What do you want to do")
    await asked_again(chat, chat.emulator.send_sticker, "urge.reask_kind")
    await asked_again(chat, lambda user: chat.emulator.send_text(user, "🍞🍞"), "urge.reask_kind")
    await chat.say("check his instagram", expect="What set it off")  # typed

    await asked_again(chat, chat.emulator.send_photo, "urge.reask_trigger")
    await chat.tap("I feel lonely", expect="How strong")  # the button

    await asked_again(chat, chat.emulator.send_sticker, "urge.reask_intensity")
    await chat.say("7", expect="I'll check in at")
    await chat.nothing_new()


async def test_onboarding_asks_again_then_takes_buttons_and_words(bot: Bot, chat: Chat) -> None:
    await chat.say("/start", expect="How did it end")
    await asked_again(chat, chat.emulator.send_sticker, "setup.reask_situation")
    await chat.tap("He cheated", expect="last in touch")  # the button

    await asked_again(chat, chat.emulator.send_photo, "setup.reask_contact")
    saved = await chat.say("5", expect="Day 5 it is")  # typed
    assert "Where are you" in saved.text

    await asked_again(chat, chat.emulator.send_sticker, "setup.reask_zone")
    saved = await chat.say("Tokyo", expect="Your time zone is Tokyo")
    assert "check in each day" in saved.text
    await chat.nothing_new()


async def test_a_draft_asked_for_lets_her_urge_button_through(bot: Bot, chat: Chat) -> None:
    await chat.say("/draft", expect="Write it here")
    await asked_again(chat, chat.emulator.send_sticker, "drafts.reask")
    # The re-ask never swallows her urge button: it reaches /urge at once.
    await chat.say(EN.text("keyboard.urge"), expect="What do you want to do")
    await chat.nothing_new()
