"""The Bot API methods: each checks what Telegram checks and answers what Telegram answers."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.emulator import errors
from bot.emulator.errors import ApiError
from bot.emulator.formatting import utf16_length, visible_text
from bot.emulator.messages import SentMessage
from bot.emulator.params import Params, Upload
from bot.emulator.webhook import DEFAULT_MAX_CONNECTIONS, WebhookDelivery
from bot.emulator.world import Chat, StoredFile, World

Handler = Callable[[Params], Awaitable[Any]]

_TEXT_LIMIT = 4096
_CAPTION_LIMIT = 1024
_CALLBACK_LIMIT = 64  # bytes
_BOT_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)


class BotApi:
    def __init__(self, world: World, webhook: WebhookDelivery | None = None) -> None:
        self._world = world
        self._webhook = webhook or WebhookDelivery(world)
        self._last_commands_key: tuple[str, str] | None = None

    def handlers(self) -> dict[str, Handler]:
        """Method name, spelled as in the Bot API docs -> its implementation."""
        return {
            "getMe": self.get_me,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "getUpdates": self.get_updates,
            "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "answerCallbackQuery": self.answer_callback_query,
            "sendPhoto": self.send_photo,
            "sendDocument": self.send_document,
            "sendChatAction": self.send_chat_action,
            "deleteMessage": self.delete_message,
            "deleteMessages": self.delete_messages,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "setChatMenuButton": self.succeed,
            "close": self.succeed,
            "logOut": self.succeed,
        }

    async def succeed(self, params: Params) -> bool:
        return True

    async def get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self._world.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def set_webhook(self, params: Params) -> bool:
        url = (params.string("url") or "").strip()
        if not url:  # Telegram: an empty url removes the webhook
            return await self.delete_webhook(params)
        if not url.startswith("https://"):
            raise ApiError.bad_request(
                "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        secret = params.string("secret_token")
        if secret is not None and not _WEBHOOK_SECRET.fullmatch(secret):
            raise ApiError.bad_request("Bad Request: secret token contains unallowed characters")
        connections = params.integer("max_connections") or DEFAULT_MAX_CONNECTIONS
        if not 1 <= connections <= 100:
            raise ApiError.bad_request("Bad Request: bad webhook: max_connections must be 1-100")
        allowed = params.structure("allowed_updates")
        if isinstance(allowed, list):
            self._world.allow_updates(allowed)
        if params.flag("drop_pending_updates"):
            self._world.drop_pending_updates()
            self._webhook.drop_pending()
        await self._webhook.set(
            url, secret, connections, allowed if isinstance(allowed, list) else None
        )
        return True

    async def delete_webhook(self, params: Params) -> bool:
        if params.flag("drop_pending_updates"):
            self._world.drop_pending_updates()
            self._webhook.drop_pending()
        await self._webhook.delete()
        return True

    async def get_webhook_info(self, params: Params) -> dict[str, Any]:
        return self._webhook.info()

    async def get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self._webhook.active:
            raise ApiError(409, WEBHOOK_CONFLICT)
        allowed = params.structure("allowed_updates")
        if isinstance(allowed, list):
            self._world.allow_updates(allowed)
        limit = min(max(params.integer("limit") or 100, 1), 100)
        timeout = max(params.number("timeout") or 0.0, 0.0)
        return await self._world.poll(params.integer("offset"), limit, timeout)

    # --- sending ------------------------------------------------------------------------

    async def send_message(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        self._check_reply_target(chat, params)
        return self._deliver(chat, "sendMessage", self._text(params), self._reply_markup(params))

    async def send_photo(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        self._check_reply_target(chat, params)
        file = self._file(params, "photo")
        caption, markup = self._caption(params), self._reply_markup(params)
        return self._deliver(
            chat, "sendPhoto", caption, markup, photo_bytes=file.size, file_data=file.data
        )

    async def send_document(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        self._check_reply_target(chat, params)
        file = self._file(params, "document")
        caption, markup = self._caption(params), self._reply_markup(params)
        return self._deliver(
            chat,
            "sendDocument",
            caption,
            markup,
            document_bytes=file.size,
            file_name=file.name,
            file_data=file.data,
        )

    def _deliver(
        self,
        chat: Chat,
        method: str,
        text: str,
        markup: dict[str, Any] | None,
        *,
        photo_bytes: int | None = None,
        document_bytes: int | None = None,
        file_name: str | None = None,
        file_data: bytes | None = None,
    ) -> dict[str, Any]:
        # Called once every check has passed, so a refused message uses up no message_id.
        message = SentMessage(
            chat.id,
            chat.take_message_id(),
            method,
            text,
            markup,
            photo_bytes=photo_bytes,
            document_bytes=document_bytes,
            file_name=file_name,
            date=self._world.now(),
            file_data=file_data,
        )
        return self._world.deliver(chat, message)

    async def send_chat_action(self, params: Params) -> bool:
        self._writable_chat(params)
        if params.string("action") not in _CHAT_ACTIONS:
            raise ApiError.bad_request("Bad Request: wrong parameter action in request")
        return True

    # --- changing what was sent -----------------------------------------------------------

    async def edit_message_text(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self._editable(chat, params.message_id())
        if message.method != "sendMessage":
            raise ApiError.bad_request(errors.NO_TEXT_TO_EDIT)
        text = self._text(params)
        return self._edit(chat, message, text, self._reply_markup(params, inline_only=True))

    async def edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self._editable(chat, params.message_id())
        markup = self._reply_markup(params, inline_only=True)
        return self._edit(chat, message, message.text, markup)

    async def delete_message(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        message_id = params.message_id()
        message = chat.bot_messages.pop(message_id, None)
        if message is not None:
            message.deleted = True
            chat.publish(message)
        elif chat.user_messages.pop(message_id, None) is None:
            raise ApiError.bad_request(errors.DELETE_NOT_FOUND)
        self._world.deleted.append((chat.id, message_id))
        return True

    async def delete_messages(self, params: Params) -> bool:
        """Telegram skips the ids it cannot delete (too old, never there) without a word."""
        chat = self._writable_chat(params)
        message_ids = params.structure("message_ids", "message_ids")
        if not isinstance(message_ids, list) or not 1 <= len(message_ids) <= 100:
            raise ApiError.bad_request("Bad Request: message_ids must hold 1 to 100 ids")
        for message_id in message_ids:
            message = chat.bot_messages.pop(int(message_id), None)
            if message is not None:
                message.deleted = True
                chat.publish(message)
            elif chat.user_messages.pop(int(message_id), None) is None:
                continue
            self._world.deleted.append((chat.id, int(message_id)))
        return True

    def _editable(self, chat: Chat, message_id: int) -> SentMessage:
        message = chat.bot_messages.get(message_id)
        if message is not None:
            return message
        if message_id in chat.user_messages:
            raise ApiError.bad_request(errors.CANT_EDIT)
        raise ApiError.bad_request(errors.EDIT_NOT_FOUND)

    def _edit(
        self, chat: Chat, message: SentMessage, text: str, markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        # An edit without reply_markup drops the message's inline keyboard. A reply keyboard
        # is not part of the message, so no edit touches it.
        if markup is None and not _is_inline(message.reply_markup):
            markup = message.reply_markup
        if text == message.text and markup == message.reply_markup:
            raise ApiError.bad_request(errors.NOT_MODIFIED)
        message.text = text
        message.reply_markup = markup
        message.edits += 1
        chat.publish(message)
        return self._world.message_object(chat, message)

    # --- buttons and commands -------------------------------------------------------------

    async def answer_callback_query(self, params: Params) -> bool:
        query_id = params.string("callback_query_id") or ""
        user_id = self._world.open_queries.pop(query_id, None)
        if user_id is None:
            raise ApiError.bad_request(errors.QUERY_TOO_OLD)
        self._world.answer(
            user_id,
            {
                "callback_query_id": query_id,
                "text": params.string("text"),
                "show_alert": params.flag("show_alert"),
                "url": params.string("url"),
            },
        )
        return True

    async def set_my_commands(self, params: Params) -> bool:
        commands = params.structure("commands", "commands")
        if not isinstance(commands, list):
            raise ApiError.bad_request("Bad Request: can't parse commands JSON object")
        checked = [_checked_command(command) for command in commands]
        key = _commands_key(params)
        self._world.command_sets[key] = checked
        self._world.commands = checked
        self._last_commands_key = key
        return True

    async def get_my_commands(self, params: Params) -> list[dict[str, str]]:
        return self._world.command_sets.get(_commands_key(params), [])

    async def delete_my_commands(self, params: Params) -> bool:
        key = _commands_key(params)
        self._world.command_sets.pop(key, None)
        if key == self._last_commands_key:
            self._world.commands = []
        return True

    # --- checks shared by several methods ---------------------------------------------------

    def _writable_chat(self, params: Params) -> Chat:
        chat_id = params.chat_id()
        chat = self._world.chats.get(chat_id)
        if chat is None or chat.api is None:
            raise ApiError.bad_request(errors.CHAT_NOT_FOUND)
        if chat_id in self._world.blocked:
            raise ApiError(403, errors.BOT_BLOCKED)
        return chat

    def _check_reply_target(self, chat: Chat, params: Params) -> None:
        reply = params.structure("reply_parameters", "reply parameters")
        if isinstance(reply, dict):
            target, optional = (
                reply.get("message_id"),
                bool(reply.get("allow_sending_without_reply")),
            )
        else:
            target = params.integer("reply_to_message_id")
            optional = params.flag("allow_sending_without_reply")
        if target is None or optional:
            return
        if target not in chat.bot_messages and target not in chat.user_messages:
            raise ApiError.bad_request(errors.REPLY_NOT_FOUND)

    def _text(self, params: Params) -> str:
        # Telegram trims the text it shows, so whitespace alone is an empty message.
        text = visible_text(params.string("text") or "", params.string("parse_mode")).strip()
        if not text:
            raise ApiError.bad_request(errors.TEXT_EMPTY)
        if utf16_length(text) > _TEXT_LIMIT:
            raise ApiError.bad_request(errors.TEXT_TOO_LONG)
        return text

    def _caption(self, params: Params) -> str:
        caption = visible_text(params.string("caption") or "", params.string("parse_mode"))
        if utf16_length(caption.strip()) > _CAPTION_LIMIT:
            raise ApiError.bad_request(errors.CAPTION_TOO_LONG)
        return caption.strip()

    def _reply_markup(self, params: Params, *, inline_only: bool = False) -> dict[str, Any] | None:
        markup = params.structure("reply_markup", "reply keyboard markup")
        if markup is None:
            return None
        if not isinstance(markup, dict) or not _well_formed(markup):
            raise ApiError.bad_request("Bad Request: can't parse reply keyboard markup JSON object")
        if inline_only and not _is_inline(markup):
            raise ApiError.bad_request("Bad Request: inline keyboard expected")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is None:
                    continue
                if not isinstance(data, str) or not 1 <= len(data.encode()) <= _CALLBACK_LIMIT:
                    raise ApiError.bad_request(errors.BUTTON_DATA_INVALID)
        return markup

    def _file(self, params: Params, field: str) -> StoredFile:
        """The file to send; its size and data are None for a URL, which Telegram fetches."""
        upload = params.upload(field)
        if upload is None:
            raise ApiError.bad_request(f"Bad Request: there is no {field} in the request")
        if isinstance(upload, Upload):
            if upload.size == 0:
                raise ApiError.bad_request(errors.FILE_EMPTY)
            return StoredFile(upload.size, upload.filename, upload.data)
        if upload in self._world.files:
            return self._world.files[upload]
        if upload.startswith(("http://", "https://")):
            return StoredFile(None, upload.rsplit("/", 1)[-1] or None, None)
        raise ApiError.bad_request(errors.WRONG_FILE_ID)


def _is_inline(markup: dict[str, Any] | None) -> bool:
    return markup is not None and "inline_keyboard" in markup


def _well_formed(markup: dict[str, Any]) -> bool:
    """Rows of labelled buttons; Telegram rejects any other shape outright."""
    for key, plain_labels_allowed in (("inline_keyboard", False), ("keyboard", True)):
        rows = markup.get(key, [])
        if not isinstance(rows, list):
            return False
        for row in rows:
            if not isinstance(row, list):
                return False
            if not all(_labelled(button, plain_labels_allowed) for button in row):
                return False
    return True


def _labelled(button: object, plain_labels_allowed: bool) -> bool:
    if isinstance(button, str):
        return plain_labels_allowed
    return isinstance(button, dict) and isinstance(button.get("text"), str)


def _checked_command(command: object) -> dict[str, str]:
    if not isinstance(command, dict):
        raise ApiError.bad_request("Bad Request: can't parse commands JSON object")
    name, description = command.get("command"), command.get("description")
    if not isinstance(name, str) or not _BOT_COMMAND.fullmatch(name):
        raise ApiError.bad_request(errors.BOT_COMMAND_INVALID)
    if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
        raise ApiError.bad_request(errors.BOT_COMMAND_DESCRIPTION_INVALID)
    return {"command": name, "description": description}


def _commands_key(params: Params) -> tuple[str, str]:
    """Commands are kept per scope and language, like Telegram does."""
    scope = params.structure("scope", "scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), params.string("language_code") or ""
