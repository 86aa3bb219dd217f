"""Request parameters, whichever way a client chose to send them.

PTB form-encodes everything and turns non-string fields (reply_markup, commands, ...) into JSON
strings; uploads come as multipart; other clients post JSON. Telegram accepts all of these plus
the query string, so the accessors below accept a field in any of its encodings.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.emulator.errors import CHAT_NOT_FOUND, ApiError


@dataclass(frozen=True, slots=True)
class Upload:
    """A file the bot uploaded. Tests look at its size and name; the demo chat saves it."""

    size: int
    filename: str | None
    data: bytes = field(default=b"", repr=False)


class Params:
    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, object]) -> None:
        self._values = values

    @classmethod
    async def read(cls, request: web.Request) -> Params:
        values: dict[str, object] = dict(request.query)
        if not request.body_exists:
            return cls(values)
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError.bad_request("Bad Request: can't parse JSON") from None
            if not isinstance(body, dict):
                raise ApiError.bad_request("Bad Request: JSON object expected")
            values.update(body)
            return cls(values)
        # aiohttp's post() understands both url-encoded and multipart bodies.
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                size = value.file.seek(0, io.SEEK_END)
                value.file.seek(0)
                values[name] = Upload(size, value.filename, value.file.read())
            elif isinstance(value, bytes | bytearray):
                values[name] = value.decode("utf-8", "replace")
            else:
                values[name] = value
        return cls(values)

    def string(self, name: str) -> str | None:
        value = self._values.get(name)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        raise ApiError.bad_request(f'Bad Request: field "{name}" must be of type String')

    def integer(self, name: str) -> int | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                pass
        raise ApiError.bad_request(f'Bad Request: field "{name}" must be of type Integer')

    def number(self, name: str) -> float | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        raise ApiError.bad_request(f'Bad Request: field "{name}" must be of type Number')

    def flag(self, name: str) -> bool:
        return self._values.get(name) in (True, "true", "True", "1", 1)

    def structure(self, name: str, what: str | None = None) -> Any:
        """A JSON-typed field, decoded if it arrived as a JSON string."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise ApiError.bad_request(
                f"Bad Request: can't parse {what or name} JSON object"
            ) from None

    def upload(self, name: str) -> Upload | str | None:
        """A new upload, or the file_id/URL of a file Telegram is to fetch itself."""
        value = self._values.get(name)
        if value is None or isinstance(value, Upload | str):
            return value
        raise ApiError.bad_request(f"Bad Request: wrong {name} specified")

    def chat_id(self) -> int:
        value = self._values.get("chat_id")
        if value is None or value == "":
            raise ApiError.bad_request("Bad Request: chat_id is empty")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.removeprefix("-").isdigit():
            return int(value)
        # "@channel" usernames are valid Bot API chat ids; no such chat exists here.
        raise ApiError.bad_request(CHAT_NOT_FOUND)

    def message_id(self) -> int:
        message_id = self.integer("message_id")
        if message_id is None:
            raise ApiError.bad_request("Bad Request: message identifier is not specified")
        return message_id
