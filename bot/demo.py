"""A terminal chat with the bot, through the emulator: what a newcomer gets without a token.

`run_demo` starts the in-project Bot API emulator and the real bot (same handlers, same
SQLite store) and hands the terminal to `DemoChat`. The demo keeps its own things in
DATA_DIR/demo/: the chat as the terminal last showed it, so a relaunch shows where she was
(encrypted with the store's key, since the bot's messages can quote her words); the photos
and files the bot sent, so /insights and /export can be looked at; and the log, which would
otherwise land in the middle of the chat.

Every word the demo prints itself comes from content/<locale>/demo.toml ("demo.*" keys).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum, auto
from pathlib import Path
from typing import Any, Final, Protocol
from urllib.parse import quote

from aiohttp import web
from telegram.ext import Application, ConversationHandler

from bot.app import running_bot
from bot.clock import Clock, ShiftedClock
from bot.content import Content
from bot.crypto import KEY_FILE_NAME, TextCipher, UnreadableTextError, resolve_keys
from bot.deps import Deps
from bot.emulator import BotApiEmulator, SentMessage
from bot.features.space import auth as space_auth
from bot.features.space.web import build_space_app
from bot.settings import Settings

DEMO_USER_ID: Final = 424242
DEMO_TOKEN: Final = "1000000:demo"
DEMO_FOLDER: Final = "demo"  # under DATA_DIR
CHAT_FILE: Final = "chat.bin"
FILES_FOLDER: Final = "files"
LOG_FILE: Final = "demo.log"

ReadLine = Callable[[str], Awaitable[str]]
Write = Callable[[str], None]
OpenFile = Callable[[Path], None]

# The chat's chrome. "bot" is the same word in every language we have; what she types at
# ("you") comes from content.
_BOT = "bot: "
_INDENT = " " * len(_BOT)
_NOTE = "· "
_KEYBOARD = "⌨ "
_PRESSED = "↳ "
_LABEL_MARK = "▸"

# Button presses need the "#", so a plain number ("how many days ago? 5") is her answer.
_PRESS = re.compile(r"#(?:(\d{1,4})\.)?(\d{1,3})")
_KEY = re.compile(r"#[kK](\d{1,3})")
_DEMO_COMMAND = re.compile(r":([a-z]+)\s*(.*)")
_SPAN = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")
_UNITS = {
    **dict.fromkeys(("", "m", "min", "mins", "minute", "minutes"), "minute"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hour"),
    **dict.fromkeys(("d", "day", "days"), "day"),
}
# Enough history to show where she was after a restart; the rest stays in her scrollback.
_KEPT_MESSAGES = 200
# On a restart, the tail shown: back to the newest message with buttons, at most this many.
_RESUME_TAIL = 3
_IMAGE_TYPES = ((b"\x89PNG", ".png"), (b"\xff\xd8", ".jpg"), (b"GIF8", ".gif"))


@dataclass(frozen=True, slots=True)
class _Keyboard:
    """The reply keyboard under the typing field; its buttons are pressed with #k1, #k2…"""

    rows: tuple[tuple[str, ...], ...]
    one_time: bool

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for row in self.rows for label in row)


@dataclass(slots=True)
class DemoState:
    """What the demo chat shows and remembers; kept in the demo folder between runs."""

    # The latest version of every bot message still in the chat, oldest first.
    messages: dict[int, SentMessage] = field(default_factory=dict)
    # message_id -> its label: every message that ever showed inline buttons gets the next
    # number, for good, so "#3.1" keeps meaning the same button whatever arrives later.
    labels: dict[int, int] = field(default_factory=dict)
    next_label: int = 1
    keyboard: _Keyboard | None = None
    files: dict[int, str] = field(default_factory=dict)  # message_id -> where it was saved
    shift_seconds: float = 0.0  # how far :wait has moved the bot's clock, all runs together

    def label_for(self, message: SentMessage) -> int | None:
        label = self.labels.get(message.message_id)
        if label is None and _buttons(message):
            label = self.labels[message.message_id] = self.next_label
            self.next_label += 1
        return label

    def labelled(self, label: int) -> SentMessage | None:
        for message_id, known in self.labels.items():
            if known == label:
                return self.messages.get(message_id)
        return None

    def newest_with_buttons(self) -> SentMessage | None:
        with_buttons = [m for m in self.messages.values() if _buttons(m)]
        return max(with_buttons, key=lambda m: m.message_id, default=None)


class Transcript:
    """The demo chat's state in a file, encrypted like her drafts: the bot's messages can
    quote what she wrote."""

    def __init__(self, path: Path, cipher: TextCipher) -> None:
        self._path = path
        self._cipher = cipher

    def load(self) -> DemoState | None:
        """None if there is none, or it can't be read (another key, an older format)."""
        try:
            data = json.loads(self._cipher.decrypt(self._path.read_bytes()))
            return _state_from_json(data)
        except (OSError, UnreadableTextError, ValueError, KeyError, TypeError):
            return None

    def save(self, state: DemoState) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        staged = self._path.with_suffix(".tmp")
        staged.write_bytes(self._cipher.encrypt(json.dumps(_state_to_json(state))))
        staged.replace(self._path)  # whole or not at all, even if the demo is killed


class _Next(Enum):
    PROMPT = auto()
    AWAIT_REPLY = auto()
    QUIT = auto()


class DemoChat:
    """Her side of a chat with the bot: prints what the bot says, sends what she types."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        user_id: int,
        content: Content,
        *,
        read_line: ReadLine | None = None,
        write: Write = print,
        on_wait: Callable[[timedelta], Awaitable[None]] | None = None,
        folder: Path | None = None,
        open_file: OpenFile | None = None,
        transcript: Transcript | None = None,
        state: DemoState | None = None,
        reply_grace: float = 1.5,
        quiet: float = 0.2,
    ) -> None:
        """`folder`: where the bot's photos and files are saved (not saved without one);
        `open_file`: shows a saved file, on a real terminal only; `state`: the chat from an
        earlier run, already restored into the emulator; `reply_grace`: how long to wait
        for the bot to start answering before prompting again; `quiet`: how long it must
        then stay silent to count as done."""
        self._emulator = emulator
        self._user_id = user_id
        self._texts = _Texts(content)
        self._read_line = read_line or read_stdin_line
        self._write = write
        self._on_wait = on_wait
        self._files = folder
        self._open_file = open_file
        self._transcript = transcript
        self._state = state or DemoState()
        self._restored = set(self._state.messages)
        self._reply_grace = reply_grace
        self._quiet = quiet
        self._prompt_text = f"{self._texts('you')}: "
        self._printed = asyncio.Event()
        # Only a real terminal with our own input() shows a prompt worth redrawing.
        self._redraw_prompt = read_line is None and write is print and sys.stdout.isatty()
        self._prompt_showing = False

    async def run(self, *, first_launch: bool = False, flow: str | None = None) -> None:
        """`first_launch`: the bot was just greeted for her; `flow`: what she was in the
        middle of when the demo last closed, by conversation name."""
        self._write(self._texts.note("opening"))
        if first_launch:
            self._write(self._texts.note("first_launch"))
        elif self._restored or flow is not None:
            self._write(self._resume(flow))
        # Taking the history and subscribing in one step leaves no gap for a message to miss.
        feed = self._emulator.subscribe(self._user_id)
        answers = self._emulator.subscribe_answers(self._user_id)
        for message in self._emulator.messages(self._user_id):
            if message.message_id not in self._restored:
                feed.put_nowait(message)
        printers = [
            asyncio.create_task(self._print_feed(feed)),
            asyncio.create_task(self._print_answers(answers)),
        ]
        try:
            # A reply to whatever was sent before we started (the greeting's /start).
            await self._settle(self._reply_grace if first_launch else self._quiet)
            while True:
                try:
                    line = await self._prompt()
                except EOFError:
                    break
                self._printed.clear()
                outcome = await self._act(line.strip())
                if outcome is _Next.QUIT:
                    break
                if outcome is _Next.AWAIT_REPLY:
                    await self._settle(self._reply_grace)
        finally:
            for printer in printers:
                printer.cancel()
            for printer in printers:
                with contextlib.suppress(asyncio.CancelledError):
                    await printer
            self._emulator.unsubscribe(self._user_id, feed)
            self._emulator.unsubscribe_answers(self._user_id, answers)
            self._save()
            if self._redraw_prompt and self._prompt_showing:
                self._write("")  # Ctrl-D or Ctrl-C left the cursor on the prompt line
            self._write(self._texts.note("goodbye"))

    # -- what she types ------------------------------------------------------------------

    async def _prompt(self) -> str:
        self._prompt_showing = True
        line = await self._read_line(self._prompt_text)
        self._prompt_showing = False
        return line

    async def _act(self, line: str) -> _Next:
        if not line:
            return _Next.PROMPT
        if command := _DEMO_COMMAND.fullmatch(line):
            return await self._demo_command(command[1], command[2])
        if press := _PRESS.fullmatch(line):
            label = int(press[1]) if press[1] else None
            return self._press(label, int(press[2]))
        if key := _KEY.fullmatch(line):
            return self._press_key(int(key[1]))
        self._emulator.send_text(self._user_id, line)
        return _Next.AWAIT_REPLY

    async def _demo_command(self, name: str, argument: str) -> _Next:
        if name in ("quit", "q", "exit"):
            return _Next.QUIT
        if name == "help":
            folder = self._files or Path(FILES_FOLDER)
            log = folder.parent / LOG_FILE
            self._write(self._texts.note("help", folder=_shown_path(folder), log=_shown_path(log)))
            return _Next.PROMPT
        if name == "wait":
            return await self._skip_ahead(argument)
        self._write(self._texts.note("unknown_command", name=name))
        return _Next.PROMPT

    async def _skip_ahead(self, argument: str) -> _Next:
        span = _parse_span(argument or "10")
        if span is None:
            self._write(self._texts.note("wait_usage"))
            return _Next.PROMPT
        delta, amount, unit = span
        if self._on_wait is None:
            self._write(self._texts.note("wait_unavailable"))
            return _Next.PROMPT
        # A whole number stays whole ("2 hours", not "2.0"); the language picks the plural.
        whole = int(amount) if amount.is_integer() else amount
        said = self._texts(f"{unit}s", amount=whole)
        self._write(self._texts.note("waited", span=said))
        self._state.shift_seconds += delta.total_seconds()
        self._save()
        await self._on_wait(delta)
        return _Next.AWAIT_REPLY

    def _press(self, label: int | None, number: int) -> _Next:
        if label is None:
            message = self._state.newest_with_buttons()
            if message is None:
                self._write(self._texts.note("no_buttons"))
                return _Next.PROMPT
        else:
            found = self._state.labelled(label)
            if found is None:
                self._write(self._texts.note("no_such_message", label=label))
                return _Next.PROMPT
            if not _buttons(found):
                self._write(self._texts.note("buttons_gone", label=label))
                return _Next.PROMPT
            message = found
        buttons = [button for row in _buttons(message) for button in row]
        if not 1 <= number <= len(buttons):
            shown = self._state.labels[message.message_id]
            self._write(self._texts.note("no_such_button", label=shown, number=number))
            return _Next.PROMPT
        button = buttons[number - 1]
        text, data = str(button.get("text", "")), button.get("callback_data")
        if not data:
            url = str(button.get("url") or button.get("login_url", {}).get("url", ""))
            self._write(self._texts.note("link", label=text, url=url))
            return _Next.PROMPT
        self._write(f"{_INDENT}{_PRESSED}{text}")
        self._emulator.press_data(self._user_id, message.message_id, str(data))
        return _Next.AWAIT_REPLY

    def _press_key(self, number: int) -> _Next:
        keyboard = self._state.keyboard
        if keyboard is None:
            self._write(self._texts.note("no_keyboard"))
            return _Next.PROMPT
        if not 1 <= number <= len(keyboard.labels):
            self._write(self._texts.note("no_such_key", number=number))
            return _Next.PROMPT
        label = keyboard.labels[number - 1]
        self._write(f"{_INDENT}{_PRESSED}{label}")
        if keyboard.one_time:
            self._state.keyboard = None
        self._emulator.send_text(self._user_id, label)
        return _Next.AWAIT_REPLY

    async def _settle(self, grace: float) -> None:
        """Holds the next prompt until the bot has had its say, so replies don't split it."""
        window = grace
        while True:
            try:
                async with asyncio.timeout(window):
                    await self._printed.wait()
            except TimeoutError:
                return
            self._printed.clear()
            window = self._quiet

    # -- what the bot does ---------------------------------------------------------------

    async def _print_feed(self, feed: asyncio.Queue[SentMessage]) -> None:
        deleted: list[SentMessage] = []
        while True:
            if not deleted:
                message = await feed.get()
            else:
                # /hide deletes hundreds of messages, a hundred per call: one line for all,
                # once the deleting stops (sooner than _settle gives up, so it prints first).
                try:
                    async with asyncio.timeout(self._quiet / 2):
                        message = await feed.get()
                except TimeoutError:
                    self._emit(self._deletions(deleted))
                    deleted = []
                    continue
            if message.deleted:
                self._state.messages.pop(message.message_id, None)
                deleted.append(message)
                self._printed.set()  # the bot is still busy: hold the prompt
                continue
            if deleted:
                self._emit(self._deletions(deleted))
                deleted = []
            self._emit(self._show(message))

    async def _print_answers(self, answers: asyncio.Queue[dict[str, Any]]) -> None:
        """Telegram's pop-ups (answerCallbackQuery text): without them a pressed stale
        button would look like silence."""
        while True:
            answer = await answers.get()
            if text := answer.get("text"):
                key = "alert" if answer.get("show_alert") else "popup"
                self._emit(f"{_BOT}{self._texts(key, text=text)}")

    def _emit(self, text: str) -> None:
        if self._redraw_prompt and self._prompt_showing:
            # She is at the prompt: print over it, then give it back to her.
            sys.stdout.write(f"\r\x1b[K{text}\n{self._prompt_text}")
            sys.stdout.flush()
        else:
            self._write(text)
        self._printed.set()

    def _show(self, message: SentMessage) -> str:
        state = self._state
        state.messages[message.message_id] = message
        label = state.label_for(message)
        saved = self._save_file(message)
        shown = [render(message, self._texts, label=label, saved=saved)]
        if not message.edits:  # a reply keyboard comes and goes with new messages only
            keyboard = _keyboard_of(message, state.keyboard)
            if keyboard is not None and keyboard != state.keyboard:
                shown.append(_keyboard_lines(keyboard))
            state.keyboard = keyboard
        self._save()
        return "\n".join(shown)

    def _deletions(self, deleted: list[SentMessage]) -> str:
        self._save()
        if len(deleted) == 1:
            text = self._texts("deleted_one", text=_shorten(deleted[0].text))
            return f"{_BOT}{text}"
        return self._texts.note("deleted_many", count=len(deleted))

    def _resume(self, flow: str | None) -> str:
        """After a restart: what she was doing, and the messages it stopped at."""
        lines = [self._texts.note("resumed")]
        messages = list(self._state.messages.values())
        if flow is not None:
            key = "resume_flow" if messages else "resume_flow_lost"
            lines.append(self._texts.note(key, flow=self._texts.flow(flow)))
            tail = _tail(messages)
        else:
            lines.append(self._texts.note("resume_last"))
            tail = messages[-1:]
        for message in tail:
            label = self._state.labels.get(message.message_id)
            saved = self._state.files.get(message.message_id)
            lines.append(render(message, self._texts, label=label, saved=saved))
        if self._state.keyboard is not None:
            lines.append(_keyboard_lines(self._state.keyboard))
        return "\n".join(lines)

    def _save_file(self, message: SentMessage) -> str | None:
        """Saves a photo or document the first time it is shown; where it is saved."""
        known = self._state.files.get(message.message_id)
        if known is not None or self._files is None or message.file_data is None:
            return known
        self._files.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = _unique(self._files / f"{message.message_id}-{_file_name(message)}")
        path.write_bytes(message.file_data)
        shown = self._state.files[message.message_id] = _shown_path(path)
        if self._open_file is not None:
            self._open_file(path)
        return shown

    def _save(self) -> None:
        if self._transcript is not None:
            self._transcript.save(self._state)


class _Texts:
    """The demo's own words, "demo.*" keys of the content."""

    def __init__(self, content: Content) -> None:
        self._content = content

    def __call__(self, key: str, **fields: object) -> str:
        return self._content.text(f"demo.{key}", **fields)

    def note(self, key: str, **fields: object) -> str:
        return "\n".join(f"{_NOTE}{line}" for line in self(key, **fields).splitlines())

    def flow(self, name: str) -> str:
        key = f"flows.{name}"
        return self(key if self._content.has(f"demo.{key}") else "flows.other")


def render(
    message: SentMessage,
    content: Content | _Texts,
    *,
    label: int | None = None,
    saved: str | None = None,
) -> str:
    """A bot message (or a new version of one) as the terminal shows it.

    `label` is shown beside its inline buttons, for "#label.number"; `saved` is where its
    photo or document was saved.
    """
    texts = content if isinstance(content, _Texts) else _Texts(content)
    if message.deleted:
        return _BOT + texts("deleted_one", text=_shorten(message.text))
    lines = _body(message, texts).splitlines() or [""]
    if message.edits:
        lines[0] = f"{texts('edited')} {lines[0]}"
    if saved is not None:
        lines.append(texts("saved", path=saved))
    shown = [_BOT + lines[0], *(f"{_INDENT}{line}".rstrip() for line in lines[1:])]
    number = 0
    for index, row in enumerate(_buttons(message)):
        labels = []
        for button in row:
            number += 1
            labels.append(f"[{number}] {button.get('text', '')}")
        margin = f"{label}{_LABEL_MARK} " if index == 0 and label is not None else ""
        shown.append(margin.rjust(len(_INDENT)) + "   ".join(labels))
    return "\n".join(shown)


def _keyboard_lines(keyboard: _Keyboard) -> str:
    number = 0
    lines = []
    for index, row in enumerate(keyboard.rows):
        labels = []
        for label in row:
            number += 1
            labels.append(f"[k{number}] {label}")
        margin = _KEYBOARD if index == 0 else " " * len(_KEYBOARD)
        lines.append(f"{_INDENT}{margin}{'   '.join(labels)}")
    return "\n".join(lines)


def _keyboard_of(message: SentMessage, current: _Keyboard | None) -> _Keyboard | None:
    markup = message.reply_markup or {}
    if "keyboard" in markup:
        rows = tuple(tuple(row) for row in message.keyboard)
        return _Keyboard(rows, one_time=bool(markup.get("one_time_keyboard")))
    if markup.get("remove_keyboard"):
        return None
    return current


def _buttons(message: SentMessage) -> list[list[dict[str, Any]]]:
    """The inline buttons, by row, as the bot sent them (callback_data, or a url)."""
    if message.deleted:
        return []
    rows = (message.reply_markup or {}).get("inline_keyboard") or []
    return [[button for button in row if isinstance(button, dict)] for row in rows]


def _tail(messages: list[SentMessage]) -> list[SentMessage]:
    recent = messages[-_RESUME_TAIL:]
    starts = [index for index, message in enumerate(recent) if _buttons(message)]
    return recent[starts[-1] :] if starts else recent[-1:]


def _body(message: SentMessage, texts: _Texts) -> str:
    if message.method == "sendPhoto":
        size = _size(message.photo_bytes, texts)
        tag = texts("photo", size=size) if size else texts("photo_unsized")
        return _with_caption(tag, message.text)
    if message.method == "sendDocument":
        name = message.file_name or texts("unnamed_file")
        size = _size(message.document_bytes, texts)
        tag = (
            texts("document", name=name, size=size)
            if size
            else texts("document_unsized", name=name)
        )
        return _with_caption(tag, message.text)
    return message.text


def _with_caption(label: str, caption: str) -> str:
    return f"{label} {caption}" if caption else label


def _size(size: int | None, texts: _Texts) -> str:
    if size is None:
        return ""
    if size < 1024:
        return texts("size_bytes", amount=size)
    if size < 1024 * 1024:
        return texts("size_kb", amount=f"{size / 1024:.0f}")
    return texts("size_mb", amount=f"{size / 1024**2:.1f}")


def _shorten(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _parse_span(argument: str) -> tuple[timedelta, float, str] | None:
    """Reads "10", "10m", "2h" or "3 days" (minutes if no unit): the span, amount and unit."""
    match = _SPAN.fullmatch(argument.strip().lower())
    if match is None:
        return None
    amount = float(match[1])
    unit = _UNITS.get(match[2])
    if unit is None or amount <= 0:
        return None
    return timedelta(**{f"{unit}s": amount}), amount, unit


def _file_name(message: SentMessage) -> str:
    if message.method == "sendPhoto":
        data = message.file_data or b""
        extension = next((ext for magic, ext in _IMAGE_TYPES if data.startswith(magic)), ".jpg")
        return f"photo{extension}"
    # Only the last part of the name, in plain characters: it comes from the bot, but
    # nothing it names may write outside the demo's folder.
    name = re.sub(r"[^\w.-]", "_", Path(message.file_name or "").name).lstrip(".")
    return name or "file"


def _unique(path: Path) -> Path:
    """`path`, or the same name with -2, -3… if a file from an earlier chat is there."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _shown_path(path: Path) -> str:
    return str(path.resolve())


# -- the demo's state on disk -----------------------------------------------------------


def _state_to_json(state: DemoState) -> dict[str, Any]:
    kept = list(state.messages.values())[-_KEPT_MESSAGES:]
    ids = {message.message_id for message in kept}
    keyboard = state.keyboard
    return {
        "version": 1,
        "messages": [_message_to_json(message) for message in kept],
        "labels": {str(key): value for key, value in state.labels.items() if key in ids},
        "next_label": state.next_label,
        "keyboard": None
        if keyboard is None
        else {"rows": [list(row) for row in keyboard.rows], "one_time": keyboard.one_time},
        "files": {str(key): value for key, value in state.files.items() if key in ids},
        "shift_seconds": state.shift_seconds,
    }


def _state_from_json(data: dict[str, Any]) -> DemoState:
    if data.get("version") != 1:
        raise ValueError("an older demo chat")
    messages = [_message_from_json(item) for item in data["messages"]]
    keyboard = data["keyboard"]
    return DemoState(
        messages={message.message_id: message for message in messages},
        labels={int(key): int(value) for key, value in data["labels"].items()},
        next_label=int(data["next_label"]),
        keyboard=None
        if keyboard is None
        else _Keyboard(tuple(tuple(row) for row in keyboard["rows"]), bool(keyboard["one_time"])),
        files={int(key): str(value) for key, value in data["files"].items()},
        shift_seconds=float(data["shift_seconds"]),
    )


_MESSAGE_FIELDS = (
    "chat_id",
    "message_id",
    "method",
    "text",
    "reply_markup",
    "edits",
    "photo_bytes",
    "document_bytes",
    "file_name",
    "date",
)


def _message_to_json(message: SentMessage) -> dict[str, Any]:
    # Not the file itself: it was saved in the files folder when it arrived.
    return {name: getattr(message, name) for name in _MESSAGE_FIELDS}


def _message_from_json(data: dict[str, Any]) -> SentMessage:
    return SentMessage(**{name: data[name] for name in _MESSAGE_FIELDS})


# -- the terminal ---------------------------------------------------------------------


async def read_stdin_line(prompt: str) -> str:
    """input() on a daemon thread, so bot messages keep printing while she types.

    Not asyncio.to_thread: its worker would keep the process alive after Ctrl-C until she
    pressed Enter.
    """
    loop = asyncio.get_running_loop()
    line: asyncio.Future[str] = loop.create_future()

    def deliver(text: str | None, error: Exception | None) -> None:
        if line.done():
            return
        if error is not None:
            line.set_exception(error)
        else:
            line.set_result(text or "")

    def read() -> None:
        try:
            outcome: tuple[str | None, Exception | None] = (input(prompt), None)
        except Exception as error:  # EOFError on Ctrl-D, or undecodable input
            outcome = (None, error)
        with contextlib.suppress(RuntimeError):  # the loop closed while she typed
            loop.call_soon_threadsafe(deliver, *outcome)

    threading.Thread(target=read, name="demo-input", daemon=True).start()
    return await line


def open_in_viewer(path: Path) -> None:
    """Opens a saved photo or file with the desktop's viewer, where there is one."""
    opener = shutil.which("xdg-open") or shutil.which("open")
    if opener is None:
        return
    with contextlib.suppress(OSError):
        # Its own session and no terminal: a viewer's complaints must not land in the chat.
        subprocess.Popen(
            [opener, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )


# -- the whole demo ---------------------------------------------------------------------


class _MovableClock(Clock, Protocol):
    def advance(self, delta: timedelta) -> None: ...


async def run_demo(
    settings: Settings,
    *,
    clock: _MovableClock | None = None,
    read_line: ReadLine | None = None,
    write: Write = print,
    open_file: OpenFile | None = None,
    language: str | None = None,
    user_id: int = DEMO_USER_ID,
    reply_grace: float = 1.5,
    quiet: float = 0.2,
) -> None:
    """The demo, from start to goodbye: emulator, bot, and the chat in the terminal.

    Without `read_line` it is the real terminal: it reads stdin and opens saved files in
    a viewer (unless `open_file` says otherwise). `language` is her Telegram app's
    language for a first launch; by default the terminal's ($LANG).
    """
    clock = clock or ShiftedClock()
    folder = settings.data_dir / DEMO_FOLDER
    # Private, like the data folder: the files the bot sends (/export) hold her words.
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if read_line is None and open_file is None and sys.stdout.isatty():
        open_file = open_in_viewer
    # Before the bot starts: a check-in that fell due while the demo was closed is sent at
    # once, and must find the chat (and the ids) as Telegram would have kept them.
    saved = _saved_state(settings, folder / CHAT_FILE)
    emulator = BotApiEmulator(clock=clock)
    if saved is not None:
        emulator.restore_chat(user_id, saved.messages.values())
        clock.advance(timedelta(seconds=saved.shift_seconds))
    else:
        emulator.register_chat(user_id)
    await emulator.start()
    try:
        with _logs_in(folder / LOG_FILE) as chat_opens:
            async with running_bot(
                settings, clock, token=DEMO_TOKEN, base_url=emulator.base_url, poll_timeout=1
            ) as bot:
                profile = await bot.deps.repo.get_user(user_id)
                locales = bot.deps.locales
                transcript = Transcript(folder / CHAT_FILE, bot.deps.cipher)
                if profile is None:
                    # A first launch, or the first after /forget: the bot is opened for her.
                    # (After /forget the old messages stay, as Telegram keeps them.)
                    locale = locales.pick(language or _terminal_language())
                    emulator.send_text(user_id, "/start", language_code=locale)
                    flow = None
                else:
                    locale = profile.locale
                    flow = await flow_in_progress(bot.application, user_id)

                async def wait(delta: timedelta) -> None:
                    clock.advance(delta)
                    await bot.deps.timers.sweep()

                chat = DemoChat(
                    emulator,
                    user_id,
                    locales.of(locale),
                    read_line=read_line,
                    write=write,
                    on_wait=wait,
                    folder=folder / FILES_FOLDER,
                    open_file=open_file,
                    transcript=transcript,
                    state=saved,
                    reply_grace=reply_grace,
                    quiet=quiet,
                )
                chat_opens()
                async with _space_page(bot.deps, user_id, locale, clock) as page_url:
                    # Her space (the Mini App) without Telegram: the page on a local port.
                    write(locales.of(locale).text("space.demo_link", url=page_url))
                    await chat.run(first_launch=profile is None, flow=flow)
    finally:
        await emulator.stop()


@contextlib.asynccontextmanager
async def _space_page(deps: Deps, user_id: int, locale: str, clock: Clock) -> AsyncIterator[str]:
    """Her space served on 127.0.0.1, and its address with init data signed by the demo
    token. The init data rides in the URL's fragment, where Telegram itself puts it: a
    browser never sends the fragment to the server."""
    runner = web.AppRunner(build_space_app(deps, bot_token=DEMO_TOKEN), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    init = space_auth.signed(user_id, DEMO_TOKEN, now=clock.now(), language_code=locale)
    try:
        yield f"http://127.0.0.1:{port}/#tgWebAppData={quote(init, safe='')}"
    finally:
        await runner.cleanup()


async def flow_in_progress(
    application: Application[Any, Any, Any, Any, Any, Any], user_id: int
) -> str | None:
    """The name of the conversation she is in the middle of, asked of the flows' own
    persisted state; None if she is in none."""
    persistence = application.persistence
    if persistence is None:
        return None
    for group in sorted(application.handlers):
        for handler in application.handlers[group]:
            if not isinstance(handler, ConversationHandler) or not handler.persistent:
                continue
            if handler.name is None:
                continue
            conversations = await persistence.get_conversations(handler.name)
            if any(user_id in key for key in conversations):
                return handler.name
    return None


def _saved_state(settings: Settings, path: Path) -> DemoState | None:
    """The chat from the last run, if its key is at hand before the bot starts."""
    configured = [key.get_secret_value() for key in settings.encryption_keys]
    if not path.exists() or not (configured or (settings.data_dir / KEY_FILE_NAME).exists()):
        return None  # with no key file yet, resolve_keys would make one: leave that to the bot
    try:
        keys, _ = resolve_keys(configured, settings.data_dir)
    except (OSError, ValueError):
        return None  # the bot itself will say what is wrong with the keys
    return Transcript(path, TextCipher(keys)).load()


def _terminal_language() -> str | None:
    return os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")


@contextlib.contextmanager
def _logs_in(path: Path) -> Iterator[Callable[[], None]]:
    """Every log line goes to the demo's log file. The terminal shows warnings only until
    the chat opens (so the key-generation line comes first), and none while she chats."""
    root = logging.getLogger()
    to_file = logging.FileHandler(path, encoding="utf-8")
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for existing in root.handlers:
        for secret_filter in existing.filters:
            to_file.addFilter(secret_filter)  # the token stays out of this file too
    console = [
        handler
        for handler in root.handlers
        if type(handler) is logging.StreamHandler
        and getattr(handler, "stream", None) in (sys.stderr, sys.stdout)
    ]
    levels = {handler: handler.level for handler in console}
    for handler in console:
        handler.setLevel(max(logging.WARNING, handler.level))
    root.addHandler(to_file)

    def chat_opens() -> None:
        for handler in console:
            root.removeHandler(handler)

    try:
        yield chat_opens
    finally:
        root.removeHandler(to_file)
        to_file.close()
        for handler in console:
            if handler not in root.handlers:
                root.addHandler(handler)
            handler.setLevel(levels[handler])
