"""/export and /forget: everything kept about her, hers to take away or to erase.

/export sends one JSON file with every row about her, her own words decrypted. /forget
asks twice, then deletes every row about her and everything the running bot still holds
for her in memory, so that she is a stranger to it afterwards: the next /start is a
first meeting.
"""

from __future__ import annotations

import re
from typing import Any, Final

from telegram import InputFile, ReplyKeyboardRemove, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
)

from bot.deps import Deps
from bot.features.privacy.service import PrivacyService, export_document
from bot.telegram.context import StepContext
from bot.telegram.ui import Handler, answer_button, inline, main_keyboard, reply

# The document is built in the service; tests check what she was sent against it from here.
__all__ = ["EXPORT_FILE_NAME", "PrivacyFlow", "export_document"]

EXPORT_FILE_NAME: Final = "radio-silence-export.json"

_TEXTS: Final = (
    "privacy.export_caption",
    "privacy.forget_ask",
    "privacy.forget_confirm",
    "privacy.forget_expired",
    "privacy.forgotten",
    "privacy.kept",
    "privacy.buttons.forget_continue",
    "privacy.buttons.forget_yes",
    "privacy.buttons.keep",
)
_SURE = "privacy:forget:sure"
_KEEP = "privacy:forget:keep"
_YES_PATTERN = re.compile(r"^privacy:forget:yes:(\d+)$")

Context = StepContext


class PrivacyFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        # Asked for once now, so a content mistake stops the start, not her /forget.
        for locale in deps.locales.available:
            for key in _TEXTS:
                deps.locales.of(locale).text(key)
        self._service = PrivacyService(deps.repo, deps.cipher, deps.clock)

    def handlers(self) -> list[Handler]:
        return [
            CommandHandler("export", self.export),
            CommandHandler("forget", self.ask_forget),
            CallbackQueryHandler(self.confirm_forget, pattern=rf"^{_SURE}$"),
            CallbackQueryHandler(self.forget, pattern=_YES_PATTERN),
            CallbackQueryHandler(self.keep, pattern=rf"^{_KEEP}$"),
        ]

    # -- export ------------------------------------------------------------------------
    async def export(self, update: Update, context: Context) -> None:
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None  # the private-chat guard runs first
        document = await self._service.export(user.id)
        await context.bot.send_document(
            chat.id,
            InputFile(document, filename=EXPORT_FILE_NAME),
            caption=self._content.text("privacy.export_caption"),
        )

    # -- forget ------------------------------------------------------------------------
    async def ask_forget(self, update: Update, context: Context) -> None:
        text = self._content.text
        await reply(
            update,
            text("privacy.forget_ask"),
            inline(
                [
                    [(text("privacy.buttons.forget_continue"), _SURE)],
                    [(text("privacy.buttons.keep"), _KEEP)],
                ]
            ),
        )

    async def confirm_forget(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        text = self._content.text
        issued = self._service.ask_to_confirm()
        await reply(
            update,
            text("privacy.forget_confirm"),
            inline(
                [
                    [(text("privacy.buttons.forget_yes"), f"privacy:forget:yes:{issued}")],
                    [(text("privacy.buttons.keep"), _KEEP)],
                ]
            ),
        )

    async def forget(self, update: Update, context: Context) -> None:
        query, user = update.callback_query, update.effective_user
        assert query is not None and user is not None
        match = _YES_PATTERN.match(str(query.data))
        assert match is not None  # the handler's pattern
        # Awaited, not left to a task: a task finishing later would mark her for one more
        # persistence write, which would bring an empty user_data row of hers back.
        # Answered before the deletion, so no write transaction waits on Telegram.
        await query.answer()
        if not await self._service.forget(user.id, int(match[1])):
            await reply(update, self._content.text("privacy.forget_expired"))
            return
        _end_conversations(context.application, user.id)
        await reply(update, self._content.text("privacy.forgotten"), ReplyKeyboardRemove())
        # Last, with no await after it: PTB writes user_data for everyone this update
        # touched, and only a drop pending at that moment stops it writing hers back.
        context.application.drop_user_data(user.id)
        # Later handlers (the persistence flush among them) would consume that pending drop
        # before PTB marks her as touched; nothing else has anything to do for her now.
        raise ApplicationHandlerStop

    async def keep(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        await reply(update, self._content.text("privacy.kept"), main_keyboard(self._content))


def _end_conversations(
    application: Application[Any, Any, Any, Any, Any, Any], user_id: int
) -> None:
    """End every conversation she is in. The store has dropped their rows, but PTB keeps
    states in memory too, and without this her next message would land in a flow she was
    in before she was forgotten (typed words taken for a draft, say). PTB has no public
    way to end a conversation from outside, hence its private dict."""
    for handlers in application.handlers.values():
        for handler in handlers:
            if isinstance(handler, ConversationHandler):
                states = handler._conversations
                # Keys are (chat id, user id): compared as ids, never as text.
                for key in [key for key in states if user_id in key]:
                    del states[key]
