"""Bot API error responses, worded the way Telegram words them.

Bots and tests match on these strings (PTB surfaces them as the exception message), so they are
copied from real Telegram responses rather than paraphrased.
"""

from __future__ import annotations

from typing import Any

CHAT_NOT_FOUND = "Bad Request: chat not found"
BOT_BLOCKED = "Forbidden: bot was blocked by the user"
TEXT_EMPTY = "Bad Request: message text is empty"
TEXT_TOO_LONG = "Bad Request: message is too long"
CAPTION_TOO_LONG = "Bad Request: message caption is too long"
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
EDIT_NOT_FOUND = "Bad Request: message to edit not found"
CANT_EDIT = "Bad Request: message can't be edited"
NO_TEXT_TO_EDIT = "Bad Request: there is no text in the message to edit"
DELETE_NOT_FOUND = "Bad Request: message to delete not found"
REPLY_NOT_FOUND = "Bad Request: message to be replied not found"
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
BUTTON_DATA_INVALID = "Bad Request: BUTTON_DATA_INVALID"
BOT_COMMAND_INVALID = "Bad Request: BOT_COMMAND_INVALID"
BOT_COMMAND_DESCRIPTION_INVALID = "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID"
WRONG_FILE_ID = "Bad Request: wrong file identifier/HTTP URL specified"
FILE_EMPTY = "Bad Request: file must be non-empty"
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
NOT_FOUND = "Not Found"

# What `fail_next` says when the test names only a status code.
_STOCK_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: BOT_BLOCKED,
    404: NOT_FOUND,
    409: POLL_CONFLICT,
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class ApiError(Exception):
    """An error response. Raised anywhere below a method handler; the server turns it into JSON."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    @classmethod
    def bad_request(cls, description: str) -> ApiError:
        return cls(400, description)

    @classmethod
    def stock(cls, status: int, description: str | None, retry_after: int | None) -> ApiError:
        """The error for `status` with Telegram's usual wording unless the test chose its own."""
        if status == 429:
            # Telegram never sends a 429 without telling the bot how long to back off.
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        return cls(
            status,
            description or _STOCK_DESCRIPTIONS.get(status, "Error"),
            retry_after=retry_after,
        )

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def cant_parse_entities(detail: str) -> ApiError:
    return ApiError.bad_request(f"Bad Request: can't parse entities: {detail}")
