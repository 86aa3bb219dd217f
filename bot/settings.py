"""Configuration from the environment (and `.env`), checked once at start."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.store.opening import describe as describe_database
from bot.store.opening import dialect_of, sqlite_path

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
# What Telegram accepts as a webhook's secret_token.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_SECRET_SHAPE = "1-256 characters of A-Z, a-z, 0-9, _ and -"


class SettingsError(Exception):
    """One readable line naming the setting and what is wrong with it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = TELEGRAM_BASE_URL
    database_url: str = "sqlite:///./data/radio_silence.db"
    data_dir: Path = Path("./data")
    log_level: str = "INFO"
    default_timezone: str = "UTC"
    encryption_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    urge_delay_minutes: int = Field(default=10, ge=1, le=120)
    timer_sweep_seconds: float = Field(default=5.0, gt=0, le=3600)
    # Updates of different chats handled at once (one chat's are always in order).
    # Telegram round trips, not CPU, bound a real bot, so waiting concurrently pays.
    max_concurrent_updates: int = Field(default=32, ge=1, le=1024)
    # The public https address of her space (the Mini App, served at /space/); unset: no
    # "My space" buttons. Telegram opens web apps over https only.
    mini_app_url: str | None = None
    # Unprompted messages at Telegram's paid pace (1000/s) instead of the free 30/s; Telegram
    # bills the bot's Stars balance for every message sent this way beyond its free limits.
    telegram_paid_broadcast: bool = False
    # Webhook mode when set: Telegram POSTs updates here (https, as Telegram requires) instead
    # of the bot polling. The secret is the X-Telegram-Bot-Api-Secret-Token it sends back.
    telegram_webhook_url: str | None = None
    # validate_default: checked (required with a URL) even when not set at all.
    telegram_webhook_secret: SecretStr | None = Field(default=None, validate_default=True)
    # host:port of the bot's own web server (webhook, /healthz, /readyz, /metrics).
    listen_address: str = "0.0.0.0:8080"
    log_format: Literal["text", "json"] = "text"
    # With PostgreSQL, every `python -m bot` is a member of one bot (bot/cluster/): how often
    # a member looks for updates another member stored, and for the polling role when
    # another member holds it (a dead leader is replaced within this).
    inbox_poll_seconds: float = Field(default=0.2, gt=0, le=60)
    leader_retry_seconds: float = Field(default=2.0, gt=0, le=60)

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_webhook_url", mode="before")
    @classmethod
    def _webhook_url_shape(cls, value: object) -> object:
        if not isinstance(value, str) or not value.strip():
            return None
        value = value.strip()
        parsed = urlsplit(value)
        if parsed.scheme != "https" or not parsed.hostname:
            raise ValueError("must be an https:// URL (Telegram delivers webhooks over TLS only)")
        return value

    @field_validator("telegram_webhook_secret", mode="before")
    @classmethod
    def _webhook_secret_shape(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str) and not value.strip():
            value = None
        if value is None and info.data.get("telegram_webhook_url"):
            raise ValueError(f"is required with TELEGRAM_WEBHOOK_URL ({_SECRET_SHAPE})")
        if isinstance(value, str) and not _WEBHOOK_SECRET.fullmatch(value):
            raise ValueError(f"must be {_SECRET_SHAPE}")
        return value

    @field_validator("listen_address")
    @classmethod
    def _listen_address_shape(cls, value: str) -> str:
        split_address(value)  # raises with the expected shape
        return value.strip()

    @field_validator("log_format", mode="before")
    @classmethod
    def _log_format_case(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url_shape(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        if not value.endswith("/bot"):
            raise ValueError("must end in /bot (the token is appended to it)")
        return value

    @field_validator("mini_app_url", mode="before")
    @classmethod
    def _mini_app_url_shape(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not value.strip().startswith("https://"):
            raise ValueError("must start with https:// (Telegram opens Mini Apps over https)")
        return value.strip()

    @field_validator("database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        value = value.strip()
        dialect_of(value)  # sqlite:///file.db or postgresql://...; raises with what is accepted
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value.strip())
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not an IANA time zone (e.g. Europe/Berlin)") from None
        return value.strip()

    @field_validator("encryption_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [key.strip() for key in value.split(",") if key.strip()]
        return value

    @property
    def webhook_mode(self) -> bool:
        return self.telegram_webhook_url is not None

    @property
    def members_share_the_bot(self) -> bool:
        """PostgreSQL: any number of processes are one bot. SQLite: one process."""
        return dialect_of(self.database_url) == "postgresql"

    @property
    def web_server_wanted(self) -> bool:
        """Always with a webhook or the Mini App; when polling, only if LISTEN_ADDRESS was set
        explicitly (health and metrics), so a plain local run opens no port."""
        return (
            self.webhook_mode
            or self.mini_app_url is not None  # "My space" is served by the bot itself
            or "listen_address" in self.model_fields_set
        )

    @property
    def sqlite_path(self) -> Path:
        """`sqlite:///rel.db` is relative to the working directory, `sqlite:////abs.db` absolute."""
        return sqlite_path(self.database_url)

    @property
    def database_label(self) -> str:
        """The database for a log line: the SQLite file, or the server without its password."""
        return describe_database(self.database_url)


def split_address(address: str) -> tuple[str, int]:
    """LISTEN_ADDRESS "host:port" (port 0: any free one, for tests) -> (host, port)."""
    host, separator, port = address.strip().rpartition(":")
    if not separator or not host or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError("must be host:port, e.g. 0.0.0.0:8080")
    return host.strip("[]"), int(port)


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"Invalid setting {name}: {message}") from None
