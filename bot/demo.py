"""A terminal chat with the bot, through the emulator: what a newcomer gets without a token."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import sys
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum, auto

from bot.emulator import BotApiEmulator, SentMessage

ReadLine = Callable[[str], Awaitable[str]]

PROMPT = "you: "
_BOT = "bot: "
_INDENT = " " * len(_BOT)
_NOTE = "· "

GREETING = (
    f"{_NOTE}Radio Silence demo: you're chatting with the bot right here, no Telegram needed.\n"
    f"{_NOTE}Say hi or send /start. A number presses a button. :help shows the rest."
)
HELP = f"""{_NOTE}any text    goes to the bot (commands like /urge too)
{_NOTE}1, 2, …     presses that button on the latest message with buttons
{_NOTE}:wait 10    skips 10 minutes ahead (or :wait 2h, :wait 3d)
{_NOTE}:quit       ends the demo (Ctrl-D does too)"""
GOODBYE = f"{_NOTE}Bye for now."

_DEMO_COMMAND = re.compile(r":([a-z]+)\s*(.*)")
_SPAN = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]*)")
_UNITS = {
    **dict.fromkeys(("", "m", "min", "mins", "minute", "minutes"), "minute"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hour"),
    **dict.fromkeys(("d", "day", "days"), "day"),
}


@dataclass(frozen=True, slots=True)
class _InlineOffer:
    """The inline buttons numbers press: those of the newest message that shows any."""

    message_id: int
    buttons: tuple[tuple[str, str], ...]  # (label, callback_data), numbered from 1


@dataclass(frozen=True, slots=True)
class _Keyboard:
    """The reply keyboard under the input field; numbered on after the inline buttons."""

    rows: tuple[tuple[str, ...], ...]
    one_time: bool

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for row in self.rows for label in row)


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
        *,
        read_line: ReadLine | None = None,
        write: Callable[[str], None] = print,
        on_wait: Callable[[timedelta], Awaitable[None]] | None = None,
        reply_grace: float = 1.5,
        quiet: float = 0.2,
    ) -> None:
        """`reply_grace`: how long to wait for the bot to start answering before prompting
        again; `quiet`: how long it must then stay silent to count as done."""
        self._emulator = emulator
        self._user_id = user_id
        self._read_line = read_line or read_stdin_line
        self._write = write
        self._on_wait = on_wait
        self._reply_grace = reply_grace
        self._quiet = quiet
        self._inline: _InlineOffer | None = None
        self._keyboard: _Keyboard | None = None
        self._shown_keyboard: tuple[int, _Keyboard] | None = None  # (first number, keyboard)
        self._printed = asyncio.Event()
        # Only a real terminal with our own input() shows a prompt worth redrawing.
        self._redraw_prompt = read_line is None and write is print and sys.stdout.isatty()
        self._prompt_showing = False

    async def run(self) -> None:
        self._write(GREETING)
        # Taking the history and subscribing in one step leaves no gap for a message to miss.
        feed = self._emulator.subscribe(self._user_id)
        for message in self._emulator.messages(self._user_id):
            feed.put_nowait(message)
        printer = asyncio.create_task(self._print_feed(feed))
        try:
            await self._settle(self._quiet)  # a reply to whatever was sent before we started
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
            printer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await printer
            self._emulator.unsubscribe(self._user_id, feed)
            if self._redraw_prompt and self._prompt_showing:
                self._write("")  # Ctrl-D or Ctrl-C left the cursor on the prompt line
            self._write(GOODBYE)

    async def _prompt(self) -> str:
        self._prompt_showing = True
        line = await self._read_line(PROMPT)
        self._prompt_showing = False
        return line

    async def _act(self, line: str) -> _Next:
        if not line:
            return _Next.PROMPT
        if command := _DEMO_COMMAND.fullmatch(line):
            return await self._demo_command(command[1], command[2])
        if line.isascii() and line.isdigit():
            return self._choose(int(line))
        self._emulator.send_text(self._user_id, line)
        return _Next.AWAIT_REPLY

    async def _demo_command(self, name: str, argument: str) -> _Next:
        if name in ("quit", "q", "exit"):
            return _Next.QUIT
        if name == "help":
            self._write(HELP)
            return _Next.PROMPT
        if name == "wait":
            return await self._skip_ahead(argument)
        self._write(f"{_NOTE}There's no :{name} here. :help lists what there is.")
        return _Next.PROMPT

    async def _skip_ahead(self, argument: str) -> _Next:
        span = _parse_span(argument or "10")
        if span is None:
            self._write(f"{_NOTE}Try :wait 10 (minutes), :wait 2h or :wait 3d.")
            return _Next.PROMPT
        delta, said = span
        if self._on_wait is None:
            self._write(f"{_NOTE}Time can't be skipped in this demo.")
            return _Next.PROMPT
        self._write(f"{_NOTE}⏩ {said} later…")
        await self._on_wait(delta)
        return _Next.AWAIT_REPLY

    def _choose(self, number: int) -> _Next:
        inline = self._inline
        buttons = inline.buttons if inline else ()
        keyboard = self._keyboard.labels if self._keyboard else ()
        if inline is not None and 1 <= number <= len(buttons):
            label, data = buttons[number - 1]
            if not data:
                self._write(f"{_NOTE}“{label}” opens a link, which the demo can't follow.")
                return _Next.PROMPT
            self._write(f"{_INDENT}↳ {label}")
            self._emulator.press_data(self._user_id, inline.message_id, data)
            return _Next.AWAIT_REPLY
        if self._keyboard is not None and 1 <= number - len(buttons) <= len(keyboard):
            label = keyboard[number - len(buttons) - 1]
            self._write(f"{_INDENT}↳ {label}")
            self._emulator.send_text(self._user_id, label)
            if self._keyboard.one_time:
                self._keyboard = None
            return _Next.AWAIT_REPLY
        # A bare number can be an answer too ("how strong is the urge, 1-10?").
        if buttons or keyboard:
            self._write(f"{_NOTE}No button [{number}], so it goes as a message.")
        self._emulator.send_text(self._user_id, str(number))
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

    async def _print_feed(self, feed: asyncio.Queue[SentMessage]) -> None:
        while True:
            text = self._show(await feed.get())
            if self._redraw_prompt and self._prompt_showing:
                # She is at the prompt: print over it, then give it back to her.
                sys.stdout.write(f"\r\x1b[K{text}\n{PROMPT}")
                sys.stdout.flush()
            else:
                self._write(text)
            self._printed.set()

    def _show(self, message: SentMessage) -> str:
        self._track(message)
        pressable = self._inline is not None and self._inline.message_id == message.message_id
        shown = [render(message, numbered=pressable)]
        # Inline buttons come and go, shifting the keyboard's numbers: show them when they do.
        keyboard = None
        if self._keyboard is not None:
            first = len(self._inline.buttons) + 1 if self._inline else 1
            keyboard = (first, self._keyboard)
        if keyboard is not None and keyboard != self._shown_keyboard:
            shown.append(_keyboard_lines(*keyboard))
        self._shown_keyboard = keyboard
        return "\n".join(shown)

    def _track(self, message: SentMessage) -> None:
        current = self._inline
        buttons = () if message.deleted else tuple(b for r in message.inline_buttons for b in r)
        if buttons and (current is None or message.message_id >= current.message_id):
            self._inline = _InlineOffer(message.message_id, buttons)
        elif current is not None and current.message_id == message.message_id:
            self._inline = None  # edited or deleted out of its buttons
        if message.edits or message.deleted:
            return  # a reply keyboard comes and goes with new messages only
        markup = message.reply_markup or {}
        if "keyboard" in markup:
            rows = tuple(tuple(row) for row in message.keyboard)
            self._keyboard = _Keyboard(rows, one_time=bool(markup.get("one_time_keyboard")))
        elif markup.get("remove_keyboard"):
            self._keyboard = None


def render(message: SentMessage, *, numbered: bool = True) -> str:
    """A bot message (or a new version of one) as the terminal shows it.

    Its inline buttons are numbered when numbers press them, and shown bare when an older
    message is the one that changed.
    """
    if message.deleted:
        return f"{_BOT}(deleted) {_shorten(message.text)}"
    lines = _body(message).splitlines() or [""]
    if message.edits:
        lines[0] = f"(edited) {lines[0]}"
    numbers = itertools.count(1)
    for row in message.inline_buttons:
        labels = (f"[{next(numbers)}] {label}" if numbered else f"[{label}]" for label, _ in row)
        lines.append("   ".join(labels))
    rest = [f"{_INDENT}{line}".rstrip() for line in lines[1:]]
    return "\n".join([_BOT + lines[0], *rest])


def _keyboard_lines(first_number: int, keyboard: _Keyboard) -> str:
    numbers = itertools.count(first_number)
    rows = ["   ".join(f"[{next(numbers)}] {label}" for label in row) for row in keyboard.rows]
    return "\n".join(
        f"{_INDENT}{'⌨ ' if index == 0 else '  '}{row}" for index, row in enumerate(rows)
    )


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


def _body(message: SentMessage) -> str:
    if message.method == "sendPhoto":
        return _with_caption(f"[photo{_size(message.photo_bytes)}]", message.text)
    if message.method == "sendDocument":
        name = message.file_name or "file"
        return _with_caption(f"[{name}{_size(message.document_bytes)}]", message.text)
    return message.text


def _with_caption(label: str, caption: str) -> str:
    return f"{label} {caption}" if caption else label


def _size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f", {size} bytes"
    return f", {size / 1024:.0f} KB" if size < 1024 * 1024 else f", {size / 1024**2:.1f} MB"


def _shorten(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _parse_span(argument: str) -> tuple[timedelta, str] | None:
    """Reads "10", "10m", "2h" or "3 days" (minutes if no unit): the span and how to say it."""
    match = _SPAN.fullmatch(argument.strip().lower())
    if match is None:
        return None
    amount = float(match[1])
    unit = _UNITS.get(match[2])
    if unit is None or amount <= 0:
        return None
    delta = timedelta(**{f"{unit}s": amount})
    shown = f"{amount:g} {unit}" + ("" if amount == 1 else "s")
    return delta, shown
