"""A bare PTB echo bot: the benchmark's yardstick for what the emulator and PTB cost alone."""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text is not None:
        await context.bot.send_message(message.chat_id, message.text)


def build_echo_application(
    base_url: str, token: str = "123:ECHO"
) -> Application[Any, Any, Any, Any, Any, Any]:
    application = ApplicationBuilder().token(token).base_url(base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application
