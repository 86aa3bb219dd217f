"""The bot's Bot API calls over aiohttp (bot/telegram/transport.py), against the emulator.

The journeys (every flow test) already go through this transport: their replies, her
export document and the charts are what it carried. Here: what PTB is told when a call
does not go well, which is what the delivery adapter and the timer service act on.
"""

from __future__ import annotations

import math
import socket

import pytest
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.emulator import BotApiEmulator
from bot.telegram.transport import AiohttpRequest, Timeouts

CHAT = 4242


def _bot(base_url: str, timeouts: Timeouts | None = None) -> Bot:
    return Bot(
        "123:TRANSPORT",
        base_url=base_url,
        request=AiohttpRequest(connections=4, timeouts=timeouts),
        get_updates_request=AiohttpRequest(connections=1, timeouts=timeouts),
    )


async def test_a_reply_telegram_does_not_answer_in_time_is_given_up_as_timed_out(
    emulator: BotApiEmulator,
) -> None:
    emulator.register_chat(CHAT)
    emulator.delay("sendMessage", math.inf)
    async with _bot(emulator.base_url, Timeouts(read=0.05)) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(CHAT, "Still here.")


async def test_an_unreachable_bot_api_is_a_network_error_not_a_crash() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    # Nothing listens on the port any more: the connection is refused.
    bot = _bot(f"http://127.0.0.1:{port}/bot")
    with pytest.raises(NetworkError):
        await bot.initialize()
    await bot.shutdown()


async def test_long_polling_waits_its_whole_timeout_beyond_the_read_timeout(
    emulator: BotApiEmulator,
) -> None:
    # PTB adds getUpdates' own timeout to the read timeout: an idle poll is not an error.
    async with _bot(emulator.base_url, Timeouts(read=0.05)) as bot:
        assert await bot.get_updates(timeout=0.3) == ()


async def test_a_long_reply_in_any_script_arrives_whole(emulator: BotApiEmulator) -> None:
    emulator.register_chat(CHAT)
    # Near Telegram's 4,096 characters (it trims trailing spaces, so there are none).
    text = " ".join(["Ça va aller, ты справишься. 💛"] * 130)
    async with _bot(emulator.base_url) as bot:
        await bot.send_message(CHAT, text)
    assert [message.text for message in emulator.messages(CHAT)] == [text]
