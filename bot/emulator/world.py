"""Telegram's side of the conversation: chats, users, messages and the bot's update queue."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, TypedDict

from bot.clock import Clock
from bot.emulator.errors import POLL_CONFLICT, ApiError
from bot.emulator.formatting import utf16_length
from bot.emulator.messages import SentMessage

# Update kinds Telegram sends when the bot never narrowed them with allowed_updates.
# (chat_member and reactions are opt-in, and this emulator never produces them anyway.)
_DEFAULT_UPDATE_KINDS = frozenset({"message", "edited_message", "callback_query"})
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,})?")
_USER_PHOTO_BYTES = 48_213


class Sender(TypedDict, total=False):
    """Who writes, and where: the optional part of every user action."""

    chat_id: int | None  # defaults to the user's private chat
    chat_type: str  # "private", "group" or "supergroup"
    first_name: str
    language_code: str


class StoredFile(NamedTuple):
    """A file Telegram holds, which the bot can send again by its file_id."""

    size: int | None  # None for a file Telegram fetched from a URL
    name: str | None
    data: bytes | None


class Signal:
    """Wakes everyone waiting right now; whoever starts waiting later waits for the next fire."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def fire(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self) -> None:
        await self._event.wait()


@dataclass(eq=False)
class Chat:
    id: int
    # The Chat object as Telegram sends it; None until a user writes here or a test registers
    # the chat, because until then Telegram does not let the bot write here.
    api: dict[str, Any] | None = None
    next_message_id: int = 1
    user_messages: dict[int, dict[str, Any]] = field(default_factory=dict)
    bot_messages: dict[int, SentMessage] = field(default_factory=dict)  # not deleted
    sent: list[SentMessage] = field(default_factory=list)  # everything, in order
    cursor: int = 0  # how far next_message/wait_for have read `sent`
    arrived: Signal = field(default_factory=Signal)  # a new message
    changed: Signal = field(default_factory=Signal)  # a new message, an edit or a deletion
    subscribers: list[asyncio.Queue[SentMessage]] = field(default_factory=list)

    def take_message_id(self) -> int:
        # Telegram numbers messages per chat, the user's and the bot's from one counter.
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id

    def publish(self, message: SentMessage) -> None:
        # A snapshot, so a subscriber reading late still sees each version in turn.
        snapshot = replace(message)
        for queue in self.subscribers:
            queue.put_nowait(snapshot)
        self.changed.fire()


class World:
    def __init__(self, bot_username: str, clock: Clock) -> None:
        self._clock = clock
        self.bot_user: dict[str, Any] = {
            "id": 7_000_000_001,
            "is_bot": True,
            "first_name": bot_username.removesuffix("_bot").replace("_", " ").title(),
            "username": bot_username,
        }
        self.chats: dict[int, Chat] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.files: dict[str, StoredFile] = {}  # by file_id
        self.open_queries: dict[str, int] = {}  # callback query id -> the user who pressed
        self.answer_subscribers: dict[int, list[asyncio.Queue[dict[str, Any]]]] = {}
        self.closing = False
        self.update_arrived = Signal()
        self.message_sent = Signal()  # the bot sent a message to any chat
        # Fired when a getUpdates offset confirms updates: PTB has put them in its own queue.
        self.updates_confirmed = Signal()

        self.callback_answers: list[dict[str, Any]] = []
        self.commands: list[dict[str, str]] = []
        self.command_sets: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.deleted: list[tuple[int, int]] = []

        self._updates: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._update_kinds = _DEFAULT_UPDATE_KINDS
        # Telegram serves one getUpdates at a time: a newer call ends the waiting one with
        # 409. Counted, so a test can say how often two pollers met.
        self._polls = itertools.count(1)
        self._current_poll = 0
        self.poll_conflicts = 0

    def now(self) -> int:
        return int(self._clock.now().timestamp())

    def chat(self, chat_id: int) -> Chat:
        """The record for a chat, known to Telegram or not (tests may wait on any chat)."""
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = self.chats[chat_id] = Chat(chat_id)
        return chat

    def register_chat(self, chat_id: int) -> None:
        chat = self.chat(chat_id)
        if chat.api is None:
            chat.api = _chat_object(chat_id, "private" if chat_id > 0 else "group", "Ana")

    def restore_chat(self, chat_id: int, sent: list[SentMessage]) -> None:
        """A chat's history from an earlier run: Telegram keeps it while the bot restarts."""
        self.register_chat(chat_id)
        chat = self.chat(chat_id)
        chat.sent = list(sent)
        chat.cursor = len(chat.sent)
        chat.bot_messages = {m.message_id: m for m in chat.sent if not m.deleted}
        newest = max((m.message_id for m in chat.sent), default=0)
        chat.next_message_id = max(chat.next_message_id, newest + 1)
        for message in chat.bot_messages.values():
            if message.method != "sendMessage":
                self.files[_file_id(message)] = _stored_file(message)

    # --- the update queue ---------------------------------------------------------------

    def allow_updates(self, kinds: list[str]) -> None:
        # Like Telegram, the choice sticks until changed, and an empty list means the default.
        self._update_kinds = frozenset(kinds) or _DEFAULT_UPDATE_KINDS

    def queue_update(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        if kind in self._update_kinds:
            self._updates.append({"update_id": update_id, kind: payload})
            self.update_arrived.fire()
        return update_id

    def requeue(self, updates: list[dict[str, Any]]) -> None:
        """Updates a webhook took but never delivered, back for getUpdates, in order."""
        if updates:
            merged = sorted([*updates, *self._updates], key=lambda update: update["update_id"])
            self._updates = deque(merged)
            self.update_arrived.fire()

    def drop_pending_updates(self) -> None:
        self._updates.clear()
        self.updates_confirmed.fire()

    @property
    def unconfirmed_updates(self) -> int:
        """Queued updates no later getUpdates offset has confirmed yet."""
        return len(self._updates)

    async def poll(self, offset: int | None, limit: int, seconds: float) -> list[dict[str, Any]]:
        """getUpdates: confirms what precedes `offset`, then waits up to `seconds` for news."""
        self._confirm(offset)
        this_poll = self._current_poll = next(self._polls)
        # Wakes the call this one ends, if one is waiting.
        self.update_arrived.fire()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                while not self._updates and not self.closing and self._current_poll == this_poll:
                    await self.update_arrived.wait()
        if self.closing:
            return []
        if self._current_poll != this_poll:
            self.poll_conflicts += 1
            raise ApiError(409, POLL_CONFLICT)
        return list(itertools.islice(self._updates, limit))

    def _confirm(self, offset: int | None) -> None:
        # Updates stay until a later offset confirms them, so a bot that stops between fetching
        # and confirming gets them again on restart, as with Telegram.
        if offset is None or offset == 0:
            return
        before = len(self._updates)
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
        else:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        if len(self._updates) < before:
            self.updates_confirmed.fire()

    # --- what users do ------------------------------------------------------------------

    def queue_user_message(
        self, user_id: int, content: dict[str, Any], sender: Sender
    ) -> tuple[int, int]:
        """Queues a message update; returns (update_id, message_id)."""
        user = self._user(user_id, sender)
        chat_id = sender.get("chat_id") or user_id
        chat_type = sender.get("chat_type", "private")
        chat = self.chat(chat_id)
        if chat.api is None or chat_type == "private":
            chat.api = _chat_object(chat_id, chat_type, user["first_name"])
        message = {
            "message_id": chat.take_message_id(),
            "date": self.now(),
            "chat": chat.api,
            "from": user,
            **content,
        }
        chat.user_messages[message["message_id"]] = message
        return self.queue_update("message", message), message["message_id"]

    def queue_user_edit(self, user_id: int, chat_id: int, message_id: int, text: str) -> int:
        chat = self.chat(chat_id)
        original = chat.user_messages.get(message_id)
        if original is None or original["from"]["id"] != user_id or "text" not in original:
            raise LookupError(f"user {user_id} has no text message {message_id} in chat {chat_id}")
        # A new dict: the original may still sit unfetched in the update queue.
        edited = {key: value for key, value in original.items() if key != "entities"}
        edited |= text_content(text)
        edited["edit_date"] = self.now()
        chat.user_messages[message_id] = edited
        return self.queue_update("edited_message", edited)

    def queue_callback_query(
        self, user_id: int, chat: Chat, message: SentMessage, data: str
    ) -> int:
        query_id = str(next(self._query_ids))
        self.open_queries[query_id] = user_id
        return self.queue_update(
            "callback_query",
            {
                "id": query_id,
                "from": self._user(user_id, {}),
                "message": self.message_object(chat, message),
                "chat_instance": str(chat.id),
                "data": data,
            },
        )

    def photo_content(self, caption: str | None) -> dict[str, Any]:
        file_id = f"user-photo-{next(self._file_ids)}"
        self.files[file_id] = StoredFile(_USER_PHOTO_BYTES, None, None)
        content: dict[str, Any] = {"photo": [_photo_size(file_id, _USER_PHOTO_BYTES)]}
        if caption:
            content["caption"] = caption
        return content

    def sticker_content(self, emoji: str) -> dict[str, Any]:
        file_id = f"user-sticker-{next(self._file_ids)}"
        return {
            "sticker": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "emoji": emoji,
            }
        }

    def _user(self, user_id: int, sender: Sender) -> dict[str, Any]:
        # Remembered, so a button press comes from the same name the user wrote with.
        user = self.users.setdefault(
            user_id, {"id": user_id, "is_bot": False, "first_name": "Ana", "language_code": "en"}
        )
        if "first_name" in sender:
            user["first_name"] = sender["first_name"]
        if "language_code" in sender:
            user["language_code"] = sender["language_code"]
        return dict(user)

    # --- what the bot sends ---------------------------------------------------------------

    def deliver(self, chat: Chat, message: SentMessage) -> dict[str, Any]:
        chat.sent.append(message)
        chat.bot_messages[message.message_id] = message
        if message.method != "sendMessage":
            self.files[_file_id(message)] = _stored_file(message)
        chat.arrived.fire()
        self.message_sent.fire()
        chat.publish(message)
        return self.message_object(chat, message)

    def answer(self, user_id: int, answer: dict[str, Any]) -> None:
        """An answerCallbackQuery: recorded, and shown to whoever watches that user."""
        self.callback_answers.append(answer)
        for queue in self.answer_subscribers.get(user_id, []):
            queue.put_nowait(answer)

    def message_object(self, chat: Chat, message: SentMessage) -> dict[str, Any]:
        """The Bot API Message for something the bot sent, as Telegram returns it."""
        result: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": chat.api,
            "from": self.bot_user,
        }
        if message.method == "sendPhoto":
            result["photo"] = [_photo_size(_file_id(message), message.photo_bytes)]
        elif message.method == "sendDocument":
            document = {
                "file_id": _file_id(message),
                "file_unique_id": _file_id(message),
                "file_name": message.file_name,
                "file_size": message.document_bytes,
            }
            result["document"] = {key: value for key, value in document.items() if value}
        if message.method == "sendMessage":
            result["text"] = message.text
        elif message.text:
            result["caption"] = message.text
        # Telegram echoes only inline keyboards: a reply keyboard belongs to the chat's input
        # field, not to the message.
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            result["reply_markup"] = message.reply_markup
        if message.edits:
            result["edit_date"] = self.now()
        return result


def text_content(text: str) -> dict[str, Any]:
    content: dict[str, Any] = {"text": text}
    # PTB's CommandHandler reacts only to messages that carry a bot_command entity.
    command = _COMMAND.match(text)
    if command:
        content["entities"] = [
            {"type": "bot_command", "offset": 0, "length": utf16_length(command.group())}
        ]
    return content


def _chat_object(chat_id: int, chat_type: str, first_name: str) -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": first_name}
    return {"id": chat_id, "type": chat_type, "title": "Group chat"}


def _file_id(message: SentMessage) -> str:
    kind = "photo" if message.method == "sendPhoto" else "document"
    return f"{kind}-{message.chat_id}-{message.message_id}"


def _stored_file(message: SentMessage) -> StoredFile:
    return StoredFile(
        message.photo_bytes or message.document_bytes, message.file_name, message.file_data
    )


def _photo_size(file_id: str, size: int | None) -> dict[str, Any]:
    photo: dict[str, Any] = {
        "file_id": file_id,
        "file_unique_id": file_id,
        "width": 1280,
        "height": 960,
    }
    if size is not None:
        photo["file_size"] = size
    return photo
