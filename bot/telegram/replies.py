"""A reply as data: what to send to which chat, with which buttons.

Data rather than a closure, so a step can store its replies with its writes (bot/cluster/:
a member killed after its step committed, before its replies went out, leaves them to
another member to send) and send them once the transaction is durable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from telegram import Bot, ForceReply, InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove
from telegram.constants import MessageLimit
from telegram.error import BadRequest

from bot.telegram.delivery import bulk_lane

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply
_MARKUP_KINDS: dict[str, type[Markup]] = {
    kind.__name__: kind
    for kind in (InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove, ForceReply)
}


@dataclass(frozen=True, slots=True)
class Reply:
    chat_id: int
    text: str
    markup: Markup | None = None
    # The message she tapped, when this reply rewrites it (text and buttons) instead of
    # coming as a new message: the answer to a tap on a list she is working through.
    replaces: int | None = None

    async def send(self, bot: Bot) -> None:
        if self.replaces is not None and await self._rewritten(bot, self.replaces):
            return
        await send_text(bot, self.chat_id, self.text, self.markup)

    async def _rewritten(self, bot: Bot, message_id: int) -> bool:
        """False where Telegram no longer lets the bot edit that message (too old, gone):
        then the reply comes as a new message, so each tap has its answer either way."""
        # Only buttons under the message can be edited in (`ui.rewrite` gives no others).
        buttons = self.markup if isinstance(self.markup, InlineKeyboardMarkup) else None
        try:
            await bot.edit_message_text(
                self.text, chat_id=self.chat_id, message_id=message_id, reply_markup=buttons
            )
        except BadRequest as error:
            return unchanged(error)
        return True

    def followed_by(self, later: Reply) -> Reply | None:
        """This reply and `later` as one message, when they read as one: one step, one
        message on her phone (one notification, one request against the bot's limits).

        Not when this one has buttons of its own: they would end up under text that is not
        theirs. A keyboard under the message bar (the urge button) belongs to no text, so
        it carries over. Never past Telegram's length limit: then they stay two."""
        if later.chat_id != self.chat_id or not _belongs_to_no_text(self.markup):
            return None
        if self.replaces is not None or later.replaces is not None:
            return None  # a rewritten message and a new one are two messages
        if self.markup is not None and later.markup is not None:
            return None
        text = f"{self.text}\n\n{later.text}"
        if len(text) > MessageLimit.MAX_TEXT_LENGTH:
            return None
        return Reply(self.chat_id, text, later.markup if later.markup is not None else self.markup)


def unchanged(error: BadRequest) -> bool:
    """Telegram refused an edit as "message is not modified": a second tap on the same
    button asks for what the message already says, so there is nothing to do."""
    return "not modified" in str(error).lower()


def _belongs_to_no_text(markup: Markup | None) -> bool:
    return markup is None or isinstance(markup, ReplyKeyboardMarkup | ReplyKeyboardRemove)


async def send_text(
    bot: Bot, chat_id: int, text: str, markup: Markup | None = None, *, bulk: bool = False
) -> None:
    """sendMessage, for a message whose Message object nobody reads (replies, timers'
    messages); `bulk` sends it through the bulk lane (bot/telegram/delivery.py).

    Not `bot.send_message`: that builds a Message from Telegram's answer, every button of
    its keyboard an object too. Profiled on the /urge journey, that was a tenth of the
    bot's CPU. Telegram's errors are raised alike."""
    parameters: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if markup is not None:
        parameters["reply_markup"] = markup
    await bot.do_api_request(
        "sendMessage", api_kwargs=parameters, **(bulk_lane(bot) if bulk else {})
    )


def replies_to_json(replies: list[Reply]) -> str:
    return json.dumps([_to_data(reply) for reply in replies], separators=(",", ":"))


def replies_from_json(text: str, bot: Bot) -> list[Reply]:
    return [_from_data(item, bot) for item in json.loads(text)]


def _to_data(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = {"chat_id": reply.chat_id, "text": reply.text}
    if reply.markup is not None:
        data["markup"] = {"kind": type(reply.markup).__name__, **reply.markup.to_dict()}
    if reply.replaces is not None:
        data["replaces"] = reply.replaces
    return data


def _from_data(data: dict[str, Any], bot: Bot) -> Reply:
    markup: Markup | None = None
    if "markup" in data:
        fields = dict(data["markup"])
        markup = _MARKUP_KINDS[fields.pop("kind")].de_json(fields, bot)
    replaces = data.get("replaces")
    return Reply(
        int(data["chat_id"]), str(data["text"]), markup, None if replaces is None else int(replaces)
    )
