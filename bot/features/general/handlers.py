"""What every chat needs: help, the private-chat rule, and a kind word for anything odd."""

from __future__ import annotations

import logging
from typing import Final

from telegram import BotCommand, Update
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.deps import Deps
from bot.telegram.ui import Handler, main_keyboard, reply

Context = ContextTypes.DEFAULT_TYPE

MENU_COMMANDS: Final = (
    "urge",
    "streak",
    "slip",
    "settings",
    "pause",
    "resume",
    "dangerdays",
    "cutoff",
    "draft",
    "drafts",
    "myreasons",
    "hetexted",
    "friend",
    "hide",
    "export",
    "forget",
    "insights",
    "help",
    "cancel",
)

_log = logging.getLogger(__name__)


class GeneralFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content

    def guards(self) -> list[Handler]:
        """Each runs before the flows, in a group of its own: one match per group is all
        PTB allows, and every guard must see every update."""
        return [
            TypeHandler(Update, self.private_only),
            MessageHandler(filters.UpdateType.EDITED, self.edited),
        ]

    def handlers(self) -> list[Handler]:
        """Run after the features in the same group: only what no flow took reaches these."""
        return [
            CommandHandler("help", self.help),
            CommandHandler("cancel", self.nothing_to_cancel),
            MessageHandler(filters.COMMAND, self.unknown_command),
            CallbackQueryHandler(self.stale_button),
            MessageHandler(filters.TEXT, self.unexpected_text),
            MessageHandler(filters.ALL, self.unexpected_media),
        ]

    async def set_commands(self, application: Application) -> None:  # type: ignore[type-arg]
        locales = self._deps.locales
        for locale in locales.available:
            content = locales.of(locale)
            commands = [
                BotCommand(name, content.text(f"commands.{name}")) for name in MENU_COMMANDS
            ]
            # The default list, and one per language for the Telegram apps set to it.
            if locale == locales.pick(None):
                await application.bot.set_my_commands(commands)
            await application.bot.set_my_commands(commands, language_code=locale)

    async def speak_her_language(self, update: Update, context: Context) -> None:
        """First for every update: her saved language, or her Telegram app's."""
        user = update.effective_user
        if user is None:
            return
        profile = await self._deps.repo.get_user(user.id)
        self._deps.locales.use(profile.locale if profile is not None else user.language_code)

    async def private_only(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.PRIVATE:
            return
        if update.callback_query is not None:
            await update.callback_query.answer()
        if await self._deps.repo.note_group_told(chat.id, self._deps.clock.now()):
            await context.bot.send_message(chat.id, self._content.text("general.private_only"))
        raise ApplicationHandlerStop

    async def edited(self, update: Update, context: Context) -> None:
        await reply(update, self._content.text("general.edited"))
        raise ApplicationHandlerStop

    async def help(self, update: Update, context: Context) -> None:
        await reply(
            update,
            self._content.text("general.help", button=self._content.text("keyboard.urge")),
            main_keyboard(self._content),
        )

    async def nothing_to_cancel(self, update: Update, context: Context) -> None:
        await reply(
            update, self._content.text("general.nothing_to_cancel"), main_keyboard(self._content)
        )

    async def unknown_command(self, update: Update, context: Context) -> None:
        await reply(update, self._content.text("general.unknown_command"))

    async def stale_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        if query is not None:
            await query.answer(self._content.text("general.stale_button"))

    async def unexpected_text(self, update: Update, context: Context) -> None:
        await reply(
            update,
            self._content.text(
                "general.unexpected_text", button=self._content.text("keyboard.urge")
            ),
            main_keyboard(self._content),
        )

    async def unexpected_media(self, update: Update, context: Context) -> None:
        await reply(
            update, self._content.text("general.unexpected_media"), main_keyboard(self._content)
        )

    async def on_error(self, update: object, context: Context) -> None:
        # Only the error's type: its message may carry her words or the token.
        _log.error("handler failed: %s", type(context.error).__name__, exc_info=_safe_exc(context))
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await context.bot.send_message(
                    update.effective_chat.id, self._content.text("general.error")
                )
            except Exception:
                _log.warning("could not apologise for an error")


def _safe_exc(context: Context) -> bool:
    """Tracebacks help in DEBUG; they show code, never update contents."""
    return _log.isEnabledFor(logging.DEBUG) and context.error is not None


async def flush_persistence(update: object, context: Context) -> None:
    """Write conversation state after each update, so a crash loses nothing she answered."""
    await context.application.update_persistence()
