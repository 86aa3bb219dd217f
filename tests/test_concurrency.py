"""Many people at once: each conversation stays correct, and one chat's messages keep order."""

from __future__ import annotations

import asyncio

from bot.app import Bot
from bot.emulator import BotApiEmulator
from tests.conftest import Chat
from tests.test_journeys import urge_until_delay


async def test_thirty_people_in_the_urge_flow_at_once_each_get_their_own_flow(
    bot: Bot, emulator: BotApiEmulator
) -> None:
    chats = [Chat(emulator, user_id) for user_id in range(2001, 2031)]
    delays = await asyncio.gather(*(urge_until_delay(chat) for chat in chats))
    assert all("I'll check in at" in text for text in delays)
    for chat in chats:
        urges = await bot.deps.repo.count_urges(chat.user_id)
        assert urges == 1, chat.user_id


async def test_words_sent_in_a_rush_are_all_kept_in_the_order_she_wrote_them(
    bot: Bot, chat: Chat
) -> None:
    await urge_until_delay(chat)
    lines = [f"line {number}: I keep thinking about you" for number in range(8)]
    for line in lines:
        chat.emulator.send_text(chat.user_id, line)
    for _ in lines:
        await chat.expect("was not sent")
    drafts = await bot.deps.repo.list_drafts(chat.user_id)
    assert [bot.deps.cipher.decrypt(draft.body) for draft in drafts] == lines
