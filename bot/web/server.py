"""One aiohttp application per process: health, metrics, the webhook and mounted sub-apps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST

from bot.observability.metrics import Metrics
from bot.web.health import alive, readiness
from bot.web.webhook import WebhookReceiver

# Telegram's updates are small; a photo arrives as a file_id, never as bytes.
_MAX_BODY_BYTES = 1024 * 1024
# Requests in flight get this long to finish when the bot stops.
_SHUTDOWN_GRACE_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class WebhookRoute:
    path: str
    receiver: WebhookReceiver


def build_web_app(
    *,
    metrics: Metrics,
    ping: Callable[[], Awaitable[None]],
    webhook: WebhookRoute | None = None,
    mounts: Mapping[str, web.Application] | None = None,
) -> web.Application:
    """`mounts`: prefix ("/space/") -> a sub-application served under it."""
    app = web.Application(client_max_size=_MAX_BODY_BYTES)
    app.router.add_get("/healthz", alive)
    app.router.add_get("/readyz", readiness(ping))

    async def expose_metrics(request: web.Request) -> web.Response:
        body = metrics.exposition()
        # CONTENT_TYPE_LATEST carries its charset; aiohttp wants it as a full header.
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get("/metrics", expose_metrics)
    if webhook is not None:
        app.router.add_post(webhook.path, webhook.receiver.handle)
    for prefix, sub_app in (mounts or {}).items():
        app.add_subapp(prefix.rstrip("/") or "/", sub_app)
    return app


@dataclass(frozen=True, slots=True)
class WebServer:
    host: str
    port: int  # the bound one: LISTEN_ADDRESS may ask for port 0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


@asynccontextmanager
async def serving(app: web.Application, host: str, port: int) -> AsyncIterator[WebServer]:
    # No access log: it would list every request, and at DEBUG a webhook's would be hers.
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=_SHUTDOWN_GRACE_SECONDS)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_host, bound_port = runner.addresses[0][:2]
        yield WebServer(host if host not in ("0.0.0.0", "::") else bound_host, bound_port)
    finally:
        await runner.cleanup()
