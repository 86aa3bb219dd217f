"""What the bot said, as a test or the demo chat wants to look at it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class SentMessage:
    """One message the bot sent; edits and deletion update it in place."""

    chat_id: int
    message_id: int
    method: str  # sendMessage, sendPhoto or sendDocument
    text: str  # the caption for photos and documents; HTML already rendered
    reply_markup: dict[str, Any] | None = None
    edits: int = 0
    photo_bytes: int | None = None  # None unless sendPhoto uploaded a file
    document_bytes: int | None = None  # None unless sendDocument uploaded a file
    file_name: str | None = None
    deleted: bool = False
    date: int = 0  # unix time, like Message.date
    # What a photo or document held, for the demo chat to save; None for one sent by URL.
    file_data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def inline_buttons(self) -> list[list[tuple[str, str]]]:
        """(label, callback_data) by row; URL and other non-callback buttons have data ""."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [
            [(button["text"], button.get("callback_data", "")) for button in row] for row in rows
        ]

    @property
    def inline_labels(self) -> list[str]:
        return [label for row in self.inline_buttons for label, _ in row]

    @property
    def keyboard(self) -> list[list[str]]:
        """Reply-keyboard labels by row ([] unless the markup is a ReplyKeyboardMarkup)."""
        rows = (self.reply_markup or {}).get("keyboard") or []
        # The Bot API allows a plain string wherever a KeyboardButton goes.
        return [[b if isinstance(b, str) else b["text"] for b in row] for row in rows]

    def brief(self, width: int = 60) -> str:
        """One line for failure messages: id, shortened text and any buttons."""
        text = " ".join(self.text.split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        kind = {"sendPhoto": "photo ", "sendDocument": "document "}.get(self.method, "")
        labels = self.inline_labels or [label for row in self.keyboard for label in row]
        buttons = f" [{' | '.join(labels)}]" if labels else ""
        flags = " (deleted)" if self.deleted else ""
        return f"#{self.message_id} {kind}{text!r}{buttons}{flags}"


def describe(messages: Iterable[SentMessage]) -> str:
    lines = [f"  {message.brief()}" for message in messages]
    return "\n".join(lines) if lines else "  (nothing)"
