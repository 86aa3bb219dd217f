"""A local stand-in for api.telegram.org that a real PTB Application talks to over HTTP.

Tests and the demo chat drive it from the bot's own event loop: they act as the user
(`send_text`, `press`, ...) and read back what the bot did (`next_message`, `wait_for`, ...)::

    async with BotApiEmulator() as telegram:
        app = ApplicationBuilder().token("123:TEST").base_url(telegram.base_url).build()
        ...  # start the app polling
        telegram.send_text(42, "/start")
        welcome = await telegram.next_message(42)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, Unpack

from aiohttp import web

from bot.clock import Clock, SystemClock
from bot.emulator import errors
from bot.emulator.errors import ApiError
from bot.emulator.flood import SENDING_METHODS, FloodControl, FloodLimits
from bot.emulator.messages import SentMessage, describe
from bot.emulator.methods import BotApi, Handler
from bot.emulator.params import Params
from bot.emulator.webhook import WebhookDelivery
from bot.emulator.world import Chat, Sender, Signal, World, text_content

_log = logging.getLogger(__name__)

# Telegram takes documents up to 50 MB; a little more leaves room for the rest of the form.
_MAX_BODY_BYTES = 51 * 1024 * 1024
# Every request that could outlive stop() is woken by it, so this only bounds a bug.
_SHUTDOWN_GRACE_SECONDS = 2.0


@dataclass
class _Fault:
    status: int
    description: str | None
    retry_after: int | None
    remaining: int


class BotApiEmulator:
    def __init__(
        self, *, bot_username: str = "radio_silence_bot", clock: Clock | None = None
    ) -> None:
        self._world = World(bot_username, clock or SystemClock())
        self._webhook = WebhookDelivery(self._world)
        self._methods: dict[str, tuple[str, Handler]] = {
            name.lower(): (name, handler)
            for name, handler in BotApi(self._world, self._webhook).handlers().items()
        }
        self.requests: Counter[str] = Counter()
        self._request_arrived = Signal()
        self._faults: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, tuple[float, bool]] = {}
        self._flood: FloodControl | None = None
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        if self._runner is not None:
            raise RuntimeError("the emulator is already running")
        # Chats and pending updates survive a restart, as they survive a Telegram outage.
        self._world.closing = False
        self._stopping.clear()
        app = web.Application(client_max_size=_MAX_BODY_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        # No access log: every request path carries the bot token.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=_SHUTDOWN_GRACE_SECONDS)
        await runner.setup()
        await web.TCPSite(runner, host, port).start()
        self._runner = runner
        bound_port = runner.addresses[0][1]
        self._base_url = f"http://{host}:{bound_port}/bot"
        # A webhook set before a restart is still set, as with Telegram.
        self._webhook.resume()

    async def stop(self) -> None:
        """Answers pending long polls and hung requests at once, then closes the server."""
        self._world.closing = True
        self._stopping.set()
        self._world.update_arrived.fire()
        await self._webhook.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What to pass to ApplicationBuilder().base_url(); PTB appends the token."""
        if self._base_url is None:
            raise RuntimeError("start() the emulator first")
        return self._base_url

    # --- what a user does (each returns the update_id it queued) ----------------------------

    def send_text(self, user_id: int, text: str, **sender: Unpack[Sender]) -> int:
        """A text message; "/command ..." carries the bot_command entity Telegram adds."""
        update_id, _ = self._world.queue_user_message(user_id, text_content(text), sender)
        return update_id

    def send_sticker(self, user_id: int, *, emoji: str = "🙂", **sender: Unpack[Sender]) -> int:
        content = self._world.sticker_content(emoji)
        update_id, _ = self._world.queue_user_message(user_id, content, sender)
        return update_id

    def send_photo(
        self, user_id: int, *, caption: str | None = None, **sender: Unpack[Sender]
    ) -> int:
        content = self._world.photo_content(caption)
        update_id, _ = self._world.queue_user_message(user_id, content, sender)
        return update_id

    def edit_text(
        self, user_id: int, message_id: int, text: str, *, chat_id: int | None = None
    ) -> int:
        """The user edits a text message she sent: an edited_message update."""
        return self._world.queue_user_edit(user_id, chat_id or user_id, message_id, text)

    def press(self, user_id: int, label: str, *, chat_id: int | None = None) -> int:
        """Presses the button labelled exactly `label` on the newest bot message showing one."""
        chat = self._world.chat(chat_id or user_id)
        for message in reversed(chat.sent):
            if message.deleted:
                continue
            for row in message.inline_buttons:
                for button_label, data in row:
                    if button_label == label and data:
                        return self._world.queue_callback_query(user_id, chat, message, data)
        raise LookupError(_no_such_button(chat, label))

    async def press_when_shown(
        self,
        user_id: int,
        label: str,
        *,
        chat_id: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - the error names what was shown instead
    ) -> int:
        """Presses the button as soon as the bot shows it: replies arrive asynchronously, so
        each new message, edit or deletion in the chat is a moment to look again."""
        chat = self._world.chat(chat_id or user_id)
        deadline = _deadline(timeout)
        while True:
            try:
                return self.press(user_id, label, chat_id=chat_id)
            except LookupError:
                pass
            # No await between the look and the wait, so no change can slip in between.
            try:
                async with asyncio.timeout_at(deadline):
                    await chat.changed.wait()
            except TimeoutError:
                raise LookupError(f"{_no_such_button(chat, label)} (waited {timeout}s)") from None

    def press_data(
        self, user_id: int, message_id: int, callback_data: str, *, chat_id: int | None = None
    ) -> int:
        """Sends any callback_data from a bot message, e.g. from a button an edit replaced."""
        chat = self._world.chat(chat_id or user_id)
        message = chat.bot_messages.get(message_id)
        if message is None:
            raise LookupError(f"the bot has no message {message_id} in chat {chat.id}")
        return self._world.queue_callback_query(user_id, chat, message, callback_data)

    def block(self, user_id: int) -> None:
        """From now on the bot gets 403 Forbidden for anything it sends to her."""
        self._world.blocked.add(user_id)

    def unblock(self, user_id: int) -> None:
        self._world.blocked.discard(user_id)

    def register_chat(self, chat_id: int) -> None:
        """Lets the bot write to a chat no user has written from."""
        self._world.register_chat(chat_id)

    def restore_chat(self, chat_id: int, sent: Iterable[SentMessage]) -> None:
        """Brings back what the bot had sent to a chat in an earlier run, as Telegram keeps a
        chat while the bot restarts: its buttons can be pressed, its ids go on counting.
        The demo chat uses it, because its emulator lives only as long as the process."""
        self._world.restore_chat(chat_id, list(sent))

    # --- webhook delivery -------------------------------------------------------------------

    @property
    def webhook(self) -> WebhookDelivery:
        """The webhook Telegram delivers to (set by the bot with setWebhook): its url, secret,
        every POST it made (`attempts`) and its last error."""
        return self._webhook

    def route_webhook(self, public_prefix: str, local_prefix: str) -> None:
        """Webhook POSTs to `public_prefix...` go to `local_prefix...`: the ingress that
        ends TLS in front of a bot served over plain HTTP in tests."""
        self._webhook.route(public_prefix, local_prefix)

    async def webhook_delivered(self, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Returns once every update queued so far has been POSTed to the webhook and
        answered 2xx (after as many redeliveries as it took)."""
        try:
            async with asyncio.timeout(timeout):
                while self._world.unconfirmed_updates or self._webhook.pending:
                    await self._webhook.progress.wait()
        except TimeoutError:
            raise TimeoutError(
                f"{self._world.unconfirmed_updates + self._webhook.pending} update(s) not "
                f"delivered to the webhook within {timeout}s; last error: "
                f"{self._webhook.last_error_message}"
            ) from None

    # --- what the bot did -----------------------------------------------------------------

    @property
    def callback_answers(self) -> list[dict[str, Any]]:
        """Every answerCallbackQuery: callback_query_id, text, show_alert, url."""
        return self._world.callback_answers

    @property
    def commands(self) -> list[dict[str, str]]:
        """The commands of the last setMyCommands call."""
        return self._world.commands

    @property
    def deleted(self) -> list[tuple[int, int]]:
        """(chat_id, message_id) of every deleteMessage."""
        return self._world.deleted

    def messages(self, chat_id: int) -> list[SentMessage]:
        """Everything the bot sent to the chat, in order, edits applied, deleted ones flagged."""
        return list(self._world.chat(chat_id).sent)

    # A timeout parameter (not the caller's asyncio.timeout) lets the error list what did arrive.
    async def next_message(self, chat_id: int, timeout: float = 5.0) -> SentMessage:  # noqa: ASYNC109
        """The next bot message that next_message/wait_for have not returned yet."""
        chat = self._world.chat(chat_id)
        message = await self._read_next(chat, _deadline(timeout))
        if message is None:
            raise TimeoutError(
                f"The bot sent nothing new to chat {chat_id} within {timeout}s. "
                f"Everything it sent there:\n{describe(chat.sent)}"
            )
        return message

    async def wait_for(self, chat_id: int, contains: str, timeout: float = 5.0) -> SentMessage:  # noqa: ASYNC109
        """Reads on until a message whose text (or caption) contains `contains`, any case."""
        chat = self._world.chat(chat_id)
        deadline = _deadline(timeout)
        wanted = contains.casefold()
        passed_over: list[SentMessage] = []
        while (message := await self._read_next(chat, deadline)) is not None:
            if wanted in message.text.casefold():
                return message
            passed_over.append(message)
        seen = (
            f"Passed over while waiting:\n{describe(passed_over)}"
            if passed_over
            else f"Nothing new arrived. The latest messages were:\n{describe(chat.sent[-5:])}"
        )
        raise TimeoutError(
            f"No bot message containing {contains!r} reached chat {chat_id} "
            f"within {timeout}s. {seen}"
        )

    def assert_nothing_unread(self, chat_id: int) -> None:
        """Asserts next_message/wait_for have returned everything the bot sent to the chat.

        No waiting: "nothing more is coming" is only true once the bot has handled every
        update (see `updates_handed_over` and the bot's own idle wait); then this is exact.
        """
        unread = self.unread(chat_id)
        if unread:
            raise AssertionError(
                f"Expected no new bot message in chat {chat_id}, but got:\n{describe(unread)}"
            )

    def unread(self, chat_id: int) -> list[SentMessage]:
        """What the bot sent that next_message/wait_for have not returned yet (none read)."""
        chat = self._world.chat(chat_id)
        return chat.sent[chat.cursor :]

    async def requests_reached(self, method: str, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Returns once `method` has been called `count` times (counted as each call arrives,
        before it takes effect): for a test holding a call open on purpose."""
        name = self._method_name(method)
        try:
            async with asyncio.timeout(timeout):
                while self.requests[name] < count:
                    await self._request_arrived.wait()
        except TimeoutError:
            raise TimeoutError(
                f"{name} was called {self.requests[name]} times within {timeout}s, not {count}"
            ) from None

    async def until_sent(self, holds: Callable[[], bool], timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Returns once `holds()` is true, asking again each time the bot sends a message
        to any chat (for what several chats received together, from several bots)."""
        try:
            async with asyncio.timeout(timeout):
                while not holds():
                    await self._world.message_sent.wait()
        except TimeoutError:
            raise TimeoutError(f"not true of what was sent within {timeout}s") from None

    @property
    def poll_conflicts(self) -> int:
        """How many getUpdates calls a newer one ended with 409 (two pollers met)."""
        return self._world.poll_conflicts

    @property
    def unconfirmed_updates(self) -> int:
        """Updates queued for the bot that no later getUpdates offset has confirmed yet."""
        return self._world.unconfirmed_updates

    async def updates_handed_over(self, timeout: float = 30.0) -> None:  # noqa: ASYNC109
        """Returns once the bot has confirmed every update queued so far with a later
        getUpdates offset. PTB confirms an update only after putting it in its own queue,
        so from then on the bot, not Telegram, holds every one of them."""
        deadline = _deadline(timeout)
        try:
            async with asyncio.timeout_at(deadline):
                while self._world.unconfirmed_updates:
                    await self._world.updates_confirmed.wait()
        except TimeoutError:
            raise TimeoutError(
                f"The bot did not fetch {self._world.unconfirmed_updates} queued update(s) "
                f"within {timeout}s: is it polling?"
            ) from None

    def drain(self, chat_id: int) -> list[SentMessage]:
        """Marks everything sent so far as read; returns what was still unread."""
        chat = self._world.chat(chat_id)
        unread = chat.sent[chat.cursor :]
        chat.cursor = len(chat.sent)
        return unread

    def subscribe(self, chat_id: int) -> asyncio.Queue[SentMessage]:
        """A live feed of the chat: a snapshot of every new message, edit and deletion."""
        queue: asyncio.Queue[SentMessage] = asyncio.Queue()
        self._world.chat(chat_id).subscribers.append(queue)
        return queue

    def unsubscribe(self, chat_id: int, queue: asyncio.Queue[SentMessage]) -> None:
        with contextlib.suppress(ValueError):
            self._world.chat(chat_id).subscribers.remove(queue)

    def subscribe_answers(self, user_id: int) -> asyncio.Queue[dict[str, Any]]:
        """A live feed of the bot's answers to her button presses (the pop-ups), each like
        an entry of `callback_answers`."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._world.answer_subscribers.setdefault(user_id, []).append(queue)
        return queue

    def unsubscribe_answers(self, user_id: int, queue: asyncio.Queue[dict[str, Any]]) -> None:
        with contextlib.suppress(ValueError):
            self._world.answer_subscribers.get(user_id, []).remove(queue)

    async def _read_next(self, chat: Chat, deadline: float) -> SentMessage | None:
        if not await self._wait_unread(chat, deadline):
            return None
        message = chat.sent[chat.cursor]
        chat.cursor += 1
        return message

    async def _wait_unread(self, chat: Chat, deadline: float) -> bool:
        try:
            async with asyncio.timeout_at(deadline):
                while chat.cursor >= len(chat.sent):
                    await chat.arrived.wait()
        except TimeoutError:
            return False
        return True

    # --- faults -----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` calls of `method` fail with this error instead of taking effect.

        Without a description Telegram's usual one for the status is used, e.g. 502 "Bad
        Gateway" or 429 "Too Many Requests: retry after N" (retry_after defaults to 1).
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        fault = _Fault(status, description, retry_after, times)
        self._faults.setdefault(self._method_name(method), deque()).append(fault)

    def delay(self, method: str, seconds: float, *, undone_if_caller_dies: bool = False) -> None:
        """Every later call of `method` takes `seconds` longer before it takes effect.

        math.inf hangs the calls until stop(); 0 ends the delay. A client that gives up
        waiting does not undo the call, just as with Telegram. With
        `undone_if_caller_dies`, a call whose connection is gone when its delay ends has
        no effect: the request that never left a process killed as it sent it.
        """
        name = self._method_name(method)
        if seconds > 0:
            self._delays[name] = (seconds, undone_if_caller_dies)
        else:
            self._delays.pop(name, None)

    def enforce_flood_limits(
        self,
        limits: FloodLimits | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """From now on, messages over Telegram's flood limits (bot/emulator/flood.py) are
        refused with 429 and retry_after, as Telegram refuses them. Off by default: most
        tests walk faster than a person taps."""
        self._flood = FloodControl(limits or FloodLimits(), monotonic)

    @property
    def flood_refusals(self) -> Counter[int]:
        """How many messages flood control refused, per chat (empty while it is off)."""
        return Counter() if self._flood is None else self._flood.refused

    def _method_name(self, method: str) -> str:
        known = self._methods.get(method.lower())
        if known is None:
            names = ", ".join(name for name, _ in self._methods.values())
            raise ValueError(f"the emulator has no method {method!r}; it has {names}")
        return known[0]

    # --- HTTP -------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        requested = request.match_info["method"]
        known = self._methods.get(requested.lower())  # Telegram ignores the case of names
        if known is None:
            self.requests[requested] += 1
            return _error_response(ApiError(404, errors.NOT_FOUND))
        method, handler = known
        self.requests[method] += 1
        self._request_arrived.fire()
        try:
            params = await Params.read(request)
            if await self._hold(method) and _caller_gone(request):
                return web.Response(status=499)
            self._raise_fault(method)
            self._check_flood(method, params)
            result = await handler(params)
        except ApiError as error:
            return _error_response(error)
        except ConnectionError:
            # The client hung up mid-request, as PTB does when it stops polling: no one to tell.
            return web.Response(status=400)
        except Exception:
            # Named by method only: the request path would put the bot token in the log.
            _log.exception("Bot API emulator failed in %s", method)
            return _error_response(ApiError(500, "Internal Server Error"))
        return web.json_response({"ok": True, "result": result})

    async def _hold(self, method: str) -> bool:
        """Wait out the delay of `method`; True if the call is undone when its caller died."""
        delay = self._delays.get(method)
        if delay is None:
            return False
        seconds, undone_if_caller_dies = delay
        # Waiting on the stop event rather than sleeping lets stop() release hung calls.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(None if math.isinf(seconds) else seconds):
                await self._stopping.wait()
        return undone_if_caller_dies

    def _check_flood(self, method: str, params: Params) -> None:
        if self._flood is None or method not in SENDING_METHODS:
            return
        retry_after = self._flood.admit(params.chat_id())
        if retry_after is not None:
            raise ApiError.stock(429, None, retry_after)

    def _raise_fault(self, method: str) -> None:
        queue = self._faults.get(method)
        if not queue:
            return
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining == 0:
            queue.popleft()
        raise ApiError.stock(fault.status, fault.description, fault.retry_after)


def _caller_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()


def _error_response(error: ApiError) -> web.Response:
    return web.json_response(error.payload(), status=error.status)


def _deadline(timeout: float) -> float:
    return asyncio.get_running_loop().time() + timeout


def _no_such_button(chat: Chat, label: str) -> str:
    problem = f"No inline button {label!r} in chat {chat.id}"
    for message in reversed(chat.sent):
        if message.inline_labels and not message.deleted:
            offered = ", ".join(repr(offer) for offer in message.inline_labels)
            return f"{problem}. The newest buttons (message #{message.message_id}): {offered}"
    return f"{problem}: the bot has not shown any inline buttons there."
