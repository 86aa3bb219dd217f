"""Telegram's webhook: checked, parsed and handed to PTB's update queue.

PTB's "custom webhook" way: the Application runs without its updater and we put each
`Update` on `application.update_queue` ourselves, so the same web server can also answer
/healthz, /readyz, /metrics and mounted sub-apps.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.observability.metrics import Metrics

_log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The update kinds the bot has handlers for; Telegram sends no others.
HANDLED_UPDATES = (Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY)
# Telegram redelivers an update it got no 2xx for; a redelivery comes within minutes, so
# the last few thousand ids are enough to recognise one within this process.
RECENT_IDS = 10_000


def webhook_path(url: str) -> str:
    """The route the webhook is served on: the path of TELEGRAM_WEBHOOK_URL."""
    return urlsplit(url).path or "/"


async def register_webhook(application: Application, url: str, secret: str) -> None:  # type: ignore[type-arg]
    """setWebhook with the secret and the update kinds handled; pending updates are kept."""
    await application.bot.set_webhook(
        url=url,
        secret_token=secret,
        allowed_updates=list(HANDLED_UPDATES),
        drop_pending_updates=False,
    )


class RecentIds:
    """The newest `capacity` update ids seen, oldest forgotten first."""

    def __init__(self, capacity: int = RECENT_IDS) -> None:
        self._capacity = capacity
        self._ids: OrderedDict[int, None] = OrderedDict()

    def first_time(self, update_id: int) -> bool:
        """True once per id (while it is remembered), then False."""
        if update_id in self._ids:
            return False
        self._ids[update_id] = None
        if len(self._ids) > self._capacity:
            self._ids.popitem(last=False)
        return True


class WebhookReceiver:
    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        secret: str,
        metrics: Metrics,
        *,
        recent: RecentIds | None = None,
        deliver: Callable[[Update], Awaitable[object]] | None = None,
    ) -> None:
        """`deliver`: where an accepted update goes (the inbox, when several members share
        the bot); PTB's own update queue by default."""
        self._application = application
        self._deliver = deliver or application.update_queue.put
        self._secret = secret.encode()
        self._metrics = metrics
        self._recent = recent or RecentIds()

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        # Constant time: how much of a guess matched must not show in the answer's timing.
        if not hmac.compare_digest(given, self._secret):
            self._metrics.webhook_updates.labels("forbidden").inc()
            _log.warning("webhook request refused: missing or wrong secret token")
            return web.Response(status=403)
        update = await self._read(request)
        if update is None:
            self._metrics.webhook_updates.labels("malformed").inc()
            return web.Response(status=400)
        if not self._recent.first_time(update.update_id):
            self._metrics.webhook_updates.labels("duplicate").inc()
            _log.info("update %d delivered again; already taken", update.update_id)
            return web.Response()
        # Answered at once: the handling runs in the Application, and Telegram sends this
        # chat's next update only after this answer, so order is kept by the queue.
        await self._deliver(update)
        self._metrics.webhook_updates.labels("accepted").inc()
        return web.Response()

    async def _read(self, request: web.Request) -> Update | None:
        try:
            data: Any = json.loads(await request.read())
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an Update object")
            return Update.de_json(data, self._application.bot)
        except (ValueError, TypeError, KeyError) as error:
            # Never the body: it is her message.
            _log.warning("webhook body is not a valid update (%s)", type(error).__name__)
            return None
