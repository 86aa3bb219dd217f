"""Who is asking: Telegram's Mini App init data, checked exactly as Telegram specifies.

Telegram signs what it hands the page (`Telegram.WebApp.initData`, a query string) with a
key only Telegram and this bot know: secret = HMAC-SHA256(key="WebAppData", msg=bot token),
hash = hex HMAC-SHA256(secret, data-check-string), where the data-check-string is every
field except `hash` as `key=value` lines, sorted by key (the newer Ed25519 `signature`
field included; it is one more field). The page sends the string back in a header
(`Authorization: tma <initData>`), never in a URL, and her id is read only from it once it
checks out. `auth_date` older than a day (by the bot's own clock) is refused: a copied
string stops working. Pure: no web framework here.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final
from urllib.parse import parse_qsl, urlencode

MAX_AGE: Final = timedelta(hours=24)
# A phone whose clock runs a little fast signs "from the future"; more than this is forged.
CLOCK_SKEW: Final = timedelta(minutes=5)
SCHEME: Final = "tma"  # the Authorization scheme Mini App backends commonly use
_SECRET_KEY: Final = b"WebAppData"


class InitDataError(Exception):
    """Init data that does not prove who is asking; the reason is for logs, never shown."""


@dataclass(frozen=True, slots=True)
class InitData:
    """What the validated init data says; nothing else about her is taken from the page."""

    user_id: int
    auth_date: datetime
    language_code: str | None


def _secret(bot_token: str) -> bytes:
    return hmac.new(_SECRET_KEY, bot_token.encode(), hashlib.sha256).digest()


def data_check_string(fields: Mapping[str, str]) -> str:
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def signature(fields: Mapping[str, str], bot_token: str) -> str:
    """The hex hash Telegram puts beside these fields for this bot."""
    message = data_check_string(fields).encode()
    return hmac.new(_secret(bot_token), message, hashlib.sha256).hexdigest()


def validate(raw: str, bot_token: str, *, now: datetime, max_age: timedelta = MAX_AGE) -> InitData:
    """The init data's user, or InitDataError: forged, stale, from another bot, or
    without a user."""
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise InitDataError("not a query string") from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InitDataError("a field appears twice")
    received = fields.get("hash")
    if not received:
        raise InitDataError("no hash")
    if not hmac.compare_digest(signature(fields, bot_token), received.lower()):
        raise InitDataError("hash does not match")
    try:
        auth_date = datetime.fromtimestamp(int(fields["auth_date"]), UTC)
    except (KeyError, ValueError, OverflowError, OSError):
        raise InitDataError("no auth_date") from None
    if now - auth_date > max_age:
        raise InitDataError("stale")
    if auth_date - now > CLOCK_SKEW:
        raise InitDataError("from the future")
    try:
        user = json.loads(fields["user"])
    except (KeyError, ValueError):
        raise InitDataError("no user") from None
    user_id = user.get("id") if isinstance(user, dict) else None
    # bool is an int in Python; an id is not.
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        raise InitDataError("no user id")
    language = user.get("language_code")
    return InitData(user_id, auth_date, language if isinstance(language, str) else None)


def from_header(value: str | None) -> str:
    """The init data of an `Authorization: tma <initData>` header; InitDataError if absent."""
    scheme, _, raw = (value or "").strip().partition(" ")
    if scheme.lower() != SCHEME or not raw.strip():
        raise InitDataError("no init data")
    return raw.strip()


def signed(
    user_id: int,
    bot_token: str,
    *,
    now: datetime,
    language_code: str | None = None,
    first_name: str = "",
) -> str:
    """Init data as Telegram would sign it for this bot: for the demo chat and the tests."""
    user: dict[str, object] = {"id": user_id, "first_name": first_name}
    if language_code is not None:
        user["language_code"] = language_code
    fields = {
        "auth_date": str(int(now.timestamp())),
        "chat_type": "private",
        "user": json.dumps(user, separators=(",", ":"), ensure_ascii=False),
    }
    return urlencode({**fields, "hash": signature(fields, bot_token)})
