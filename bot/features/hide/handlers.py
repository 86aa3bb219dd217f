"""/hide: someone may look at her phone. Clear the chat of everything Telegram still lets
the bot delete, and take the urge button off the screen, in one command and no questions."""

from __future__ import annotations

from typing import Final

from telegram import ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler

from bot.deps import Deps
from bot.telegram.context import StepContext
from bot.telegram.ui import Handler

# Bots may delete any message of a private chat for 48 hours; her messages and the bot's
# share one numbering, so the latest ids reach back over the recent conversation.
RECENT_MESSAGES: Final = 400
# Telegram's deleteMessages takes at most this many ids at once.
DELETE_BATCH: Final = 100

Context = StepContext


class HideFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content

    def handlers(self) -> list[Handler]:
        return [CommandHandler("hide", self.hide)]

    async def hide(self, update: Update, context: Context) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None:
            return
        # A last, neutral message takes the urge button off the screen; it goes too.
        cover = await context.bot.send_message(
            chat.id, self._content.text("hide.cleared"), reply_markup=ReplyKeyboardRemove()
        )
        newest = cover.message_id
        ids = list(range(newest, max(0, newest - RECENT_MESSAGES), -1))
        for start in range(0, len(ids), DELETE_BATCH):
            try:
                await context.bot.delete_messages(chat.id, ids[start : start + DELETE_BATCH])
            except TelegramError:
                # Too old or already gone: what can be cleared has been.
                continue
