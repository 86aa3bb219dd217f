"""Her space over HTTP: an aiohttp sub-app with the page and a small JSON API.

Mounted at SPACE_PATH by the process's web server (bot/web/server.py); tests and the demo
chat run it on a runner of their own. Every request but the page's own files proves who
is asking with Telegram's init data in `Authorization: tma <initData>` (bot/features/space/
auth.py), and her id comes only from there: an id anywhere in the request is ignored.
Forged, stale or missing init data gets 401 and nothing of hers.

Every response carries `Cache-Control: no-store` (nothing of hers stays in a cache on her
phone), a strict Content-Security-Policy (scripts only from the bot and Telegram, no
inline script or style, no request elsewhere) and never a cookie.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any, Final

from aiohttp import web

from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.space import auth
from bot.features.space.service import SpaceError, SpaceService

SPACE_PATH: Final = "/space/"
STATIC: Final = Path(__file__).resolve().parent / "static"
TELEGRAM_SCRIPT: Final = "https://telegram.org/js/telegram-web-app.js"
CONTENT_SECURITY_POLICY: Final = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self' https://telegram.org",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        # Telegram Web shows Mini Apps in a frame of its own; nobody else may.
        "frame-ancestors https://web.telegram.org",
    ]
)
SECURITY_HEADERS: Final = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

_log = logging.getLogger(__name__)
_SERVICE: Final = web.AppKey("space_service", SpaceService)
_TOKEN: Final = web.AppKey("space_token", str)
_DEPS: Final = web.AppKey("space_deps", Deps)

Handler = Callable[[web.Request, UserProfile], Awaitable[web.StreamResponse]]


def build_space_app(deps: Deps, *, bot_token: str) -> web.Application:
    """The page and its API over the bot's own repository and use cases."""
    app = web.Application()
    app[_SERVICE] = SpaceService(deps)
    app[_TOKEN] = bot_token
    app[_DEPS] = deps
    app.on_response_prepare.append(_secure)
    app.router.add_get("/", _page)
    app.router.add_static("/static/", STATIC, follow_symlinks=False)
    app.router.add_get("/api/overview", _hers(_overview))
    app.router.add_get("/api/day", _hers(_day))
    app.router.add_get("/api/checklist", _hers(_checklist))
    app.router.add_post("/api/checklist", _hers(_set_item))
    app.router.add_get("/api/settings", _hers(_settings))
    app.router.add_post("/api/settings", _hers(_change_settings))
    return app


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers.popall("Set-Cookie", None)


async def _page(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC / "index.html")


def _hers(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """The handler, given her profile from validated init data; 401 and nothing else
    without it."""

    async def checked(request: web.Request) -> web.StreamResponse:
        service, deps = request.app[_SERVICE], request.app[_DEPS]
        try:
            raw = auth.from_header(request.headers.get("Authorization"))
            init = auth.validate(raw, request.app[_TOKEN], now=deps.clock.now())
        except auth.InitDataError as error:
            _log.info("space: refused a request (%s)", error)  # the reason, never the data
            return _refused(request)
        profile = await service.profile(init.user_id)
        if profile is None:  # signed by Telegram, but she has never opened the bot
            return _refused(request, init.language_code)
        try:
            return await handler(request, profile)
        except SpaceError as error:
            return web.json_response({"error": str(error)}, status=400)

    return checked


def _refused(request: web.Request, language: str | None = None) -> web.Response:
    service = request.app[_SERVICE]
    content = service.content(language=language or request.headers.get("Accept-Language"))
    return web.json_response(
        {"error": "unauthorized", "message": content.text("space.signed_out")}, status=401
    )


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise SpaceError("expected a JSON object") from None
    if not isinstance(body, dict):
        raise SpaceError("expected a JSON object")
    return body


async def _overview(request: web.Request, profile: UserProfile) -> web.Response:
    return web.json_response(await request.app[_SERVICE].overview(profile))


async def _day(request: web.Request, profile: UserProfile) -> web.Response:
    try:
        day = date.fromisoformat(request.query.get("date", ""))
    except ValueError:
        raise SpaceError("date: expected YYYY-MM-DD") from None
    return web.json_response(await request.app[_SERVICE].day(profile, day))


async def _checklist(request: web.Request, profile: UserProfile) -> web.Response:
    return web.json_response(await request.app[_SERVICE].checklist(profile, opened=True))


async def _set_item(request: web.Request, profile: UserProfile) -> web.Response:
    body = await _body(request)
    item, state = body.get("item"), body.get("state")
    if not isinstance(item, str) or not isinstance(state, str):
        raise SpaceError("expected item and state")
    return web.json_response(await request.app[_SERVICE].set_item(profile, item, state))


async def _settings(request: web.Request, profile: UserProfile) -> web.Response:
    return web.json_response(await request.app[_SERVICE].settings(profile))


async def _change_settings(request: web.Request, profile: UserProfile) -> web.Response:
    service = request.app[_SERVICE]
    fields = ("zone", "checkin", "quiet", "language", "country")
    changes = {key: value for key, value in (await _body(request)).items() if key in fields}
    profile = await service.change(profile, changes)
    return web.json_response(await service.settings(profile))
