"""A bare PTB echo bot: the benchmark's yardstick for what the emulator and PTB cost alone.

As PTB ships it (httpx), the yardstick the issue names; on Radio Silence's own transport
(`aiohttp=True`), the yardstick that shows what the bot's handling costs beyond the HTTP
client both use."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import BOT_API_CONNECTIONS
from bot.telegram.transport import AiohttpRequest


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text is not None:
        await context.bot.send_message(message.chat_id, message.text)


def build_echo_application(
    base_url: str, token: str = "123:ECHO", *, aiohttp: bool = False
) -> Application[Any, Any, Any, Any, Any, Any]:
    builder = ApplicationBuilder().token(token).base_url(base_url)
    if aiohttp:
        builder = builder.request(AiohttpRequest(connections=BOT_API_CONNECTIONS))
        builder = builder.get_updates_request(AiohttpRequest(connections=1))
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application
