"""/healthz (the process is alive) and /readyz (it can do its work: the database answers)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

_log = logging.getLogger(__name__)

# A database that takes longer than this to answer SELECT 1 is as good as down for her.
READY_TIMEOUT_SECONDS = 2.0


async def alive(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def readiness(
    ping: Callable[[], Awaitable[None]], *, timeout: float = READY_TIMEOUT_SECONDS
) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def ready(request: web.Request) -> web.Response:
        try:
            async with asyncio.timeout(timeout):
                await ping()
        except Exception as error:
            _log.warning("not ready: the database did not answer (%s)", type(error).__name__)
            return web.Response(status=503, text="database unreachable")
        return web.Response(text="ready")

    return ready
