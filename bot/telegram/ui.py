"""Small pieces of Telegram glue every feature uses: keyboards, replies, situational text."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import MessageLimit
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackContext, ConversationHandler, filters

from bot.content import Content
from bot.localization import Locales
from bot.telegram.context import StepContext
from bot.telegram.outbox import queue_in_step
from bot.telegram.replies import Markup, Reply

Button = tuple[str, str]  # (label, callback data)
# Any PTB handler over our context type; what its callback returns is the handler's business.
Handler = BaseHandler[Update, StepContext, Any]


def inline(rows: Iterable[Sequence[Button]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def in_rows(buttons: Sequence[Button], per_row: int) -> list[list[Button]]:
    return [list(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]


def main_keyboard(content: Content) -> ReplyKeyboardMarkup:
    """The urge button stays one tap away in every chat screen."""
    return ReplyKeyboardMarkup(
        [[content.text("keyboard.urge")]],
        resize_keyboard=True,
        is_persistent=True,
    )


def clip(text: str) -> str:
    """Telegram refuses longer messages; losing a tail beats losing the whole reply."""
    limit = MessageLimit.MAX_TEXT_LENGTH
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_button(update: Update, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Stop the button's spinner, alongside the real reply rather than before it: she
    waits one round trip less. Harmless if the query is already too old."""
    query = update.callback_query
    if query is not None:
        context.application.create_task(_answer_quietly(query), update=update)


async def _answer_quietly(query: CallbackQuery) -> None:
    with contextlib.suppress(TelegramError):
        await query.answer()


async def reply(update: Update, text: str, markup: Markup | None = None) -> None:
    """Answer her in her chat: once the step's writes are stored, when the step has a
    unit of work (bot/telegram/outbox.py); at once otherwise."""
    message = update.effective_message
    if message is None:
        return

    await _in_step(Reply(message.chat_id, clip(text), markup), message.get_bot())


async def rewrite(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Turn the message she tapped into `text`, with `markup` or no buttons at all: sent
    like any reply, once the step's writes are stored (so no transaction waits on
    Telegram's answer). A new message where there is none to rewrite."""
    query = update.callback_query
    tapped = query.message if query is not None else None
    if tapped is None:
        await reply(update, text, markup)
        return
    await _in_step(Reply(tapped.chat.id, clip(text), markup, tapped.message_id), update.get_bot())


async def _in_step(answer: Reply, bot: Bot) -> None:
    """Queued for after the step's commit when it has a unit of work; sent at once if not."""
    if not queue_in_step(answer):
        await answer.send(bot)


def callback_parts(update: Update) -> list[str]:
    query = update.callback_query
    data = query.data if query is not None and isinstance(query.data, str) else ""
    return data.split(":")


def local_clock(moment: datetime, zone: str) -> str:
    """ "23:40" in her own zone: times she reads are always her local times."""
    return moment.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def pressed_or_typed(update: Update, prefix: str) -> str:
    """The value of the button she pressed (its data without `prefix`), or what she typed."""
    query = update.callback_query
    if query is not None and isinstance(query.data, str):
        return query.data.removeprefix(prefix)
    message = update.effective_message
    return (message.text or "") if message is not None else ""


def user_data(context: CallbackContext[Any, dict[Any, Any], Any, Any]) -> dict[Any, Any]:
    assert context.user_data is not None  # every update we handle comes from a user
    return context.user_data


def conversation(
    name: str,
    entry_points: list[Handler],
    states: dict[object, list[Handler]],
    fallbacks: list[Handler],
) -> ConversationHandler[Any]:
    """A flow whose state is kept in the database and which a new entry always restarts."""
    with warnings.catch_warnings():
        # PTB warns about buttons with per_message=False; ours belong to her chat, not to
        # one message, so a flow keeps working whichever of its messages she taps.
        warnings.simplefilter("ignore")
        return ConversationHandler(
            name=name,
            persistent=True,
            allow_reentry=True,
            entry_points=entry_points,
            states=states,
            fallbacks=fallbacks,
        )


def urge_button(locales: Locales) -> filters.MessageFilter:
    """Her urge button, as every language labels it: flows that read free text step aside
    for it, so it reaches /urge whatever she was in the middle of."""
    return filters.Text(locales.in_every_locale("keyboard.urge"))
