"""/export's and /forget's use cases, with no Telegram in them: everything kept about her
as one readable document, and erasing it, but only on a fresh "yes", over the repository
and the clock. The handlers read the update, call one of these and render the reply from
content; what the running bot holds for her in memory is theirs to let go of."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from bot.clock import Clock
from bot.crypto import TextCipher, UnreadableTextError
from bot.store.base import Repository

EXPORT_FORMAT: Final = "radio-silence-export/1"
# The final "yes" only counts shortly after she read the warning: a stale button in her
# history, tapped by accident weeks later, must not erase everything.
CONFIRM_WINDOW: Final = timedelta(minutes=10)


def export_document(
    tables: Mapping[str, list[dict[str, Any]]], cipher: TextCipher, exported_at: datetime
) -> bytes:
    """Her rows, table by table, as readable JSON: her words decrypted, moments in ISO."""
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": exported_at.isoformat(),
        "tables": {
            table: [
                {column: _readable(value, cipher) for column, value in row.items()} for row in rows
            ]
            for table, rows in tables.items()
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _readable(value: object, cipher: TextCipher) -> object:
    # The store keeps only her own words as bytes, and always encrypted.
    if isinstance(value, bytes):
        try:
            return cipher.decrypt(value)
        except UnreadableTextError:
            return None  # its key was retired before it was re-encrypted: lost to everyone
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


class PrivacyService:
    def __init__(self, repo: Repository, cipher: TextCipher, clock: Clock) -> None:
        self._repo = repo
        self._cipher = cipher
        self._clock = clock

    async def export(self, user_id: int) -> bytes:
        """Every row about her, as the JSON file she is sent."""
        tables = await self._repo.export_user(user_id)
        return export_document(tables, self._cipher, self._clock.now())

    def ask_to_confirm(self) -> int:
        """The moment her last check is shown, carried by its "yes" button (whole seconds,
        to fit the button's data): the yes counts for CONFIRM_WINDOW from then."""
        return int(self._clock.now().timestamp())

    async def forget(self, user_id: int, asked_at: int) -> bool:
        """Every row about her deleted, if her "yes" still counts: tapped within
        CONFIRM_WINDOW of the check it answers (`asked_at`, from its button). A yes from
        the future (a clock set back, a forged button) counts no more than an old one.
        False, and nothing deleted, when it does not count."""
        age = timedelta(seconds=self._clock.now().timestamp() - asked_at)
        if not timedelta(0) <= age <= CONFIRM_WINDOW:
            return False
        await self._repo.forget_user(user_id)
        return True
