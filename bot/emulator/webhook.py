"""Telegram's side of a webhook: each update POSTed to the bot's URL, as Telegram does it.

- While a webhook is set, getUpdates answers 409 Conflict.
- Every update goes as a JSON body with the X-Telegram-Bot-Api-Secret-Token header.
- One chat's updates go one after another: the next only after the previous got a 2xx.
  Different chats are delivered side by side, up to max_connections at once.
- A non-2xx answer or a connection error is delivered again after a short backoff, until
  it is answered 2xx (Telegram gives up only after many hours; tests never get that far).

The bot's URL is https, as Telegram requires; tests run the bot over plain HTTP, so
`route(public, local)` stands in for the ingress that ends TLS in front of the bot.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.emulator.world import Signal, World

_log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEFAULT_MAX_CONNECTIONS = 40
# Redelivery: quick at first, then no faster than this. Short, because tests wait on it.
_FIRST_BACKOFF_SECONDS = 0.02
_MAX_BACKOFF_SECONDS = 1.0
# Telegram waits a while for the answer; a bot that takes longer is treated as failed.
_ANSWER_TIMEOUT_SECONDS = 30.0
# How long one idle wait for new updates lasts before it looks again (it is also woken).
_IDLE_POLL_SECONDS = 30.0


@dataclass
class _ChatLine:
    """One chat's updates still to deliver, oldest first; at most one in flight."""

    waiting: deque[dict[str, Any]] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None


class WebhookDelivery:
    def __init__(self, world: World) -> None:
        self._world = world
        self.url = ""
        self.secret: str | None = None
        self.max_connections = DEFAULT_MAX_CONNECTIONS
        self.allowed_updates: list[str] | None = None
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        # Every POST made (update_id, HTTP status or None for a connection error).
        self.attempts: list[tuple[int, int | None]] = []
        self._routes: dict[str, str] = {}
        self._lines: dict[int, _ChatLine] = {}
        self._pump: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._slots = asyncio.Semaphore(DEFAULT_MAX_CONNECTIONS)
        self._stopping = asyncio.Event()
        # Fired after each POST (answered or failed) and when updates are taken for delivery.
        self.progress = Signal()

    @property
    def active(self) -> bool:
        return bool(self.url)

    @property
    def pending(self) -> int:
        """Updates taken for delivery that have not been answered 2xx yet."""
        return sum(len(line.waiting) for line in self._lines.values())

    def route(self, public_prefix: str, local_prefix: str) -> None:
        """POSTs to URLs starting with `public_prefix` go to `local_prefix` instead."""
        self._routes[public_prefix] = local_prefix

    # --- what setWebhook / deleteWebhook do ---------------------------------------------

    async def set(
        self, url: str, secret: str | None, max_connections: int, allowed: list[str] | None
    ) -> None:
        self.url, self.secret, self.allowed_updates = url, secret, allowed
        if max_connections != self.max_connections:
            self.max_connections = max_connections
            self._slots = asyncio.Semaphore(max_connections)
        self.resume()

    async def delete(self) -> None:
        """The webhook is gone: what it had not delivered goes back to getUpdates."""
        self.url, self.secret = "", None
        await self._halt()
        undelivered = [update for line in self._lines.values() for update in line.waiting]
        self._lines.clear()
        self._world.requeue(undelivered)

    def drop_pending(self) -> None:
        for line in self._lines.values():
            line.waiting.clear()
        self.progress.fire()

    def resume(self) -> None:
        """Start delivering (after setWebhook, or when the emulator starts again)."""
        if not self.active or self._pump is not None:
            return
        self._stopping.clear()
        self._pump = asyncio.create_task(self._take_updates(), name="webhook-pump")
        for chat_id, line in self._lines.items():
            if line.waiting and (line.worker is None or line.worker.done()):
                line.worker = asyncio.create_task(self._deliver_chat(chat_id, line))

    async def close(self) -> None:
        """The emulator stops: delivery pauses; the webhook and its updates stay."""
        await self._halt()

    async def _halt(self) -> None:
        self._stopping.set()
        self._world.update_arrived.fire()
        tasks = [task for task in (self._pump, *self._workers()) if task is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._pump = None
        for line in self._lines.values():
            line.worker = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        self.progress.fire()

    def _workers(self) -> list[asyncio.Task[None] | None]:
        return [line.worker for line in self._lines.values()]

    # --- getWebhookInfo -----------------------------------------------------------------

    def info(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": self.pending + self._world.unconfirmed_updates,
        }
        if self.active:
            result["max_connections"] = self.max_connections
            if self.allowed_updates:
                result["allowed_updates"] = self.allowed_updates
        if self.last_error_date is not None:
            result["last_error_date"] = self.last_error_date
            result["last_error_message"] = self.last_error_message
        return result

    # --- delivery -----------------------------------------------------------------------

    async def _take_updates(self) -> None:
        """Moves updates from Telegram's queue into each chat's delivery line, in order."""
        while not self._stopping.is_set():
            batch = await self._world.poll(None, 100, _IDLE_POLL_SECONDS)
            if self._stopping.is_set() or self._world.closing:
                return
            if not batch:
                continue
            for update in batch:
                chat_id = _chat_of(update)
                line = self._lines.setdefault(chat_id, _ChatLine())
                line.waiting.append(update)
                if line.worker is None or line.worker.done():
                    line.worker = asyncio.create_task(self._deliver_chat(chat_id, line))
            # Confirmed, as a getUpdates offset would: from now on the line holds them.
            await self._world.poll(batch[-1]["update_id"] + 1, 1, 0)
            self.progress.fire()

    async def _deliver_chat(self, chat_id: int, line: _ChatLine) -> None:
        while line.waiting:
            update = line.waiting[0]
            backoff = _FIRST_BACKOFF_SECONDS
            while not await self._post(update):
                await asyncio.sleep(backoff)  # Telegram's own pause before it retries
                backoff = min(backoff * 2, _MAX_BACKOFF_SECONDS)
            if line.waiting and line.waiting[0] is update:
                line.waiting.popleft()
            self.progress.fire()
        if self._lines.get(chat_id) is line and not line.waiting:
            del self._lines[chat_id]

    async def _post(self, update: dict[str, Any]) -> bool:
        headers = {SECRET_HEADER: self.secret} if self.secret else {}
        async with self._slots:
            status: int | None = None
            try:
                async with self._client().post(
                    self._target(self.url),
                    json=update,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=_ANSWER_TIMEOUT_SECONDS),
                ) as response:
                    status = response.status
                    await response.read()
            except (aiohttp.ClientError, TimeoutError) as error:
                self._failed(update, None, _connection_problem(error))
                return False
        if 200 <= status < 300:
            self.attempts.append((update["update_id"], status))
            return True
        self._failed(update, status, f"Wrong response from the webhook: {status}")
        return False

    def _failed(self, update: dict[str, Any], status: int | None, message: str) -> None:
        self.attempts.append((update["update_id"], status))
        self.last_error_date = self._world.now()
        self.last_error_message = message
        self.progress.fire()

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    def _target(self, url: str) -> str:
        for public, local in self._routes.items():
            if url.startswith(public):
                return local + url[len(public) :]
        return url


def _chat_of(update: dict[str, Any]) -> int:
    for kind, payload in update.items():
        if kind == "update_id" or not isinstance(payload, dict):
            continue
        chat = payload.get("chat") or (payload.get("message") or {}).get("chat")
        if isinstance(chat, dict):
            return int(chat["id"])
        sender = payload.get("from")
        if isinstance(sender, dict):
            return int(sender["id"])
    return 0


def _connection_problem(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "Read timeout expired"
    if isinstance(error, aiohttp.ClientConnectorError):
        return "Connection refused"
    return f"Connection error: {type(error).__name__}"
