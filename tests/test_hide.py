"""/hide: when someone may look at her phone, the chat empties and the button goes."""

from __future__ import annotations

from bot.app import Bot
from tests.conftest import USER, Chat
from tests.test_journeys import onboard, urge_until_delay


async def test_hide_clears_the_conversation_and_takes_the_button_away(bot: Bot, chat: Chat) -> None:
    await onboard(chat)
    await urge_until_delay(chat)
    await chat.say("I wish I could just call you", expect="was not sent")
    before = [message for message in chat.emulator.messages(USER) if not message.deleted]
    assert before

    chat.emulator.send_text(USER, "/hide")
    await chat.settled()
    messages = chat.emulator.messages(USER)
    assert all(message.deleted for message in messages), [m.text for m in messages if not m.deleted]
    cover = messages[-1]
    assert cover.reply_markup == {"remove_keyboard": True}
    deleted_ids = {message_id for chat_id, message_id in chat.emulator.deleted if chat_id == USER}
    assert len(deleted_ids) > len(before), "her own messages went too"
