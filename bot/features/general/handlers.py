"""What every chat needs: help, the private-chat rule, and a kind word for anything odd."""

from __future__ import annotations

import contextlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from telegram import BotCommand, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.content.words import words_of
from bot.deps import Deps
from bot.features.drafts.handlers import hold_draft
from bot.features.drafts.review import DraftReview
from bot.features.general.service import GeneralService
from bot.features.space import space_menu_button
from bot.telegram.context import StepContext
from bot.telegram.ui import (
    Handler,
    answer_button,
    callback_parts,
    inline,
    main_keyboard,
    reply,
    user_data,
)
from bot.telegram.units import fail_current_step

Context = StepContext

MENU_COMMANDS: Final = (
    "urge",
    "sos",
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
        self._review = DraftReview.from_deps(deps)
        self._service = GeneralService(deps.repo, deps.profiles, deps.clock)
        # A greeting in any language the bot speaks: she may type "hola" to the English bot.
        self._greetings = greeting_phrases(words_of(deps.locales.every()).words.greetings.words)

    def guards(self) -> tuple[Handler, Handler]:
        """The private-chat rule and the answer to edits; each runs before the flows."""
        return (
            TypeHandler(Update, self.private_only),
            MessageHandler(filters.UpdateType.EDITED, self.edited),
        )

    def handlers(self) -> list[Handler]:
        """Run after the features in the same group: only what no flow took reaches these."""
        return [
            CommandHandler("help", self.help),
            CommandHandler("cancel", self.nothing_to_cancel),
            MessageHandler(filters.COMMAND, self.unknown_command),
            CallbackQueryHandler(self.keep_letter, pattern=r"^general:keep:\d+$"),
            CallbackQueryHandler(self.drop_letter, pattern=r"^general:drop:\d+$"),
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
            # Telegram takes a bare two-letter language ("pt" for "pt-BR"); where two
            # folders share one, the list is that of the folder the language picks.
            if locale == locales.pick(None):
                await application.bot.set_my_commands(commands)
            language = locale.replace("_", "-").split("-")[0].lower()
            if locales.pick(language) == locale:
                await application.bot.set_my_commands(commands, language_code=language)
        # The menu button opens her space (the Mini App) when it has an address; Telegram
        # keeps one menu button per chat, not per language, so it takes the default's words.
        menu = space_menu_button(self._deps.settings, locales.of(locales.pick(None)))
        if menu is not None:
            await application.bot.set_chat_menu_button(menu_button=menu)

    async def speak_her_language(self, update: Update, context: Context) -> None:
        """First for every update: her saved language, or her Telegram app's."""
        user = update.effective_user
        if user is None:
            return
        self._deps.locales.use(await self._service.language_of(user.id, user.language_code))

    async def private_only(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if chat is None or chat.type == ChatType.PRIVATE:
            return
        if update.callback_query is not None:
            await update.callback_query.answer()
        if await self._service.first_time_in_group(chat.id):
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
        """Free text no flow took, answered by what it is; never a reply that pretends to
        have read it. (Danger and despair never get here: the safety guard runs first.)"""
        message = update.effective_message
        words = message.text if message is not None and message.text else ""
        kind = read_free_text(words, self._greetings)
        text = self._content.text
        button, keyboard = text("keyboard.urge"), main_keyboard(self._content)
        if kind is FreeText.LETTER and message is not None:
            await self._offer_to_hold(update, context, message.message_id, words)
        elif kind is FreeText.ROUGH:
            await reply(
                update,
                text("general.rough_moment"),
                inline([[(text("general.buttons.rough_moment"), "urge:start")]]),
            )
        elif kind is FreeText.GREETING:
            await reply(update, text("general.greeting"), keyboard)
        elif kind is FreeText.EMOJI:
            await reply(update, text("general.emoji_only", button=button), keyboard)
        else:
            await reply(update, text("general.unexpected_text", button=button), keyboard)

    async def _offer_to_hold(
        self, update: Update, context: Context, message_id: int, words: str
    ) -> None:
        # Kept only until she answers, and only encrypted, like every draft: user_data is
        # written to the database after each update.
        offers = user_data(context).setdefault(_LETTER_OFFERS, {})
        offers[str(message_id)] = self._deps.cipher.encrypt(words).decode("ascii")
        for stale in list(offers)[:-_MAX_LETTER_OFFERS]:
            del offers[stale]
        text = self._content.text
        await reply(
            update,
            text("general.letter_offer"),
            inline(
                [
                    [(text("general.buttons.keep_letter"), f"general:keep:{message_id}")],
                    [(text("general.buttons.drop_letter"), f"general:drop:{message_id}")],
                ]
            ),
        )

    async def keep_letter(self, update: Update, context: Context) -> None:
        """Her long message becomes a held draft, as if she had sent it with /draft."""
        answer_button(update, context)
        token = self._take_letter(update, context)
        if token is None:
            await reply(update, self._content.text("general.letter_gone"))
            return
        profile = await context.profile()
        await _drop_buttons(update)
        await hold_draft(self._deps, self._review, update, profile, token.encode("ascii"))

    async def drop_letter(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        self._take_letter(update, context)
        await _drop_buttons(update)
        await reply(
            update, self._content.text("general.letter_dropped"), main_keyboard(self._content)
        )

    def _take_letter(self, update: Update, context: Context) -> str | None:
        offers = user_data(context).get(_LETTER_OFFERS)
        token = offers.pop(callback_parts(update)[-1], None) if isinstance(offers, dict) else None
        return token if isinstance(token, str) else None

    async def unexpected_media(self, update: Update, context: Context) -> None:
        await reply(
            update, self._content.text("general.unexpected_media"), main_keyboard(self._content)
        )

    async def on_error(self, update: object, context: Context) -> None:
        # Nothing of the failed step is kept, and none of its replies go out: the apology
        # below is all she reads.
        await fail_current_step(self._deps.repo)
        # Only the error's type: its message may carry her words or the token.
        _log.error("handler failed: %s", type(context.error).__name__, exc_info=_safe_exc(context))
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await context.bot.send_message(
                    update.effective_chat.id, self._content.text("general.error")
                )
            except Exception:
                _log.warning("could not apologise for an error")


# -- free text: what it is --------------------------------------------------------------

# A long message outside any flow is most often the one she wants to send him.
LETTER_MIN_CHARS: Final = 200
_LETTER_OFFERS: Final = "letter_offers"  # user_data: message id -> her words, encrypted
_MAX_LETTER_OFFERS: Final = 3
# After a greeting, a word or two more is still a greeting ("hi there, bot").
_GREETING_TAIL_WORDS: Final = 2
# A crying face beside a word or three ("ugh 😭😭") is still a rough moment, not a chat.
_ROUGH_MOST_WORDS: Final = 3
# Faces and hearts that mean it hurts.
_ROUGH_EMOJI: Final = frozenset("😭😢😥😰😨😱😞😔😟🙁☹😣😖😫😩🥺💔😿🥀😓😪🥲😵")
_REPEATS = re.compile(r"(\w)\1{2,}")  # "hiiii" is "hi"


class FreeText(StrEnum):
    GREETING = "greeting"
    ROUGH = "rough"  # distress in faces, not words: "😭😭😭"
    EMOJI = "emoji"  # only emoji, none of them distress
    LETTER = "letter"  # long enough to be the message she wants to send him
    OTHER = "other"


def greeting_phrases(greetings: Iterable[str]) -> frozenset[str]:
    """Content's greetings (words.toml, [greetings]), in the form `read_free_text` compares."""
    return frozenset(phrase for words in greetings if (phrase := " ".join(_plain_words(words))))


def read_free_text(text: str, greetings: frozenset[str]) -> FreeText:
    stripped = text.strip()
    if len(stripped) >= LETTER_MIN_CHARS:
        return FreeText.LETTER
    words = _plain_words(stripped)
    if any(char in _ROUGH_EMOJI for char in stripped) and len(words) <= _ROUGH_MOST_WORDS:
        return FreeText.ROUGH
    if not words:
        only_emoji = any(unicodedata.category(char) == "So" for char in stripped)
        return FreeText.EMOJI if only_emoji else FreeText.OTHER
    if any(
        " ".join(words[:length]) in greetings and len(words) - length <= _GREETING_TAIL_WORDS
        for length in range(1, len(words) + 1)
    ):
        return FreeText.GREETING
    return FreeText.OTHER


def _plain_words(text: str) -> list[str]:
    """Lower-case words without punctuation or emoji; letters typed over and over once."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(char if char.isalnum() or char in "'\u2019" else " " for char in folded)
    return [_REPEATS.sub(r"\1", word.replace("\u2019", "'")) for word in kept.split()]


async def _drop_buttons(update: Update) -> None:
    """Take the buttons off the offer she answered; an old message keeps them, harmlessly."""
    query = update.callback_query
    if query is not None:
        with contextlib.suppress(TelegramError):
            await query.edit_message_reply_markup(reply_markup=None)


def _safe_exc(context: Context) -> bool:
    """Tracebacks help in DEBUG; they show code, never update contents."""
    return _log.isEnabledFor(logging.DEBUG) and context.error is not None
