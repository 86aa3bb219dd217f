"""Logging that never carries the token or her words."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, datetime

from bot.observability.context import current_work

# PTB logs whole updates (her messages) at DEBUG, httpx logs request URLs (the token) at INFO.
_QUIET_FLOORS = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "apscheduler": logging.ERROR,
    "aiohttp.access": logging.WARNING,
}


class RedactSecrets(logging.Filter):
    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            message = record.getMessage()
            redacted = message
            for secret in self._secrets:
                redacted = redacted.replace(secret, "[redacted]")
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


class JsonLines(logging.Formatter):
    """LOG_FORMAT=json: one object per line with the ids of the update or timer at hand.

    The message is the one RedactSecrets already cleaned; a traceback is cleaned here."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        work = current_work()
        if work is not None:
            if work.update_id is not None:
                entry["update_id"] = work.update_id
            if work.timer_id is not None:
                entry["timer_id"] = work.timer_id
        if record.exc_info:
            entry["exception"] = self._redacted(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)

    def _redacted(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "[redacted]")
        return text


def configure_logging(level: str, secrets: Iterable[str] = (), log_format: str = "text") -> None:
    secrets = list(secrets)
    handler = logging.StreamHandler()
    if log_format == "json":
        handler.setFormatter(JsonLines(secrets))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    numeric = logging.getLevelName(level)
    for name, floor in _QUIET_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, numeric))
