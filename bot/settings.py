"""Configuration from the environment (and `.env`), checked once at start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.store.opening import describe as describe_database
from bot.store.opening import dialect_of, sqlite_path

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"


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
    # Unprompted messages at Telegram's paid pace (1000/s) instead of the free 30/s; Telegram
    # bills the bot's Stars balance for every message sent this way beyond its free limits.
    telegram_paid_broadcast: bool = False

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _empty_token_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url_shape(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        if not value.endswith("/bot"):
            raise ValueError("must end in /bot (the token is appended to it)")
        return value

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
    def sqlite_path(self) -> Path:
        """`sqlite:///rel.db` is relative to the working directory, `sqlite:////abs.db` absolute."""
        return sqlite_path(self.database_url)

    @property
    def database_label(self) -> str:
        """The database for a log line: the SQLite file, or the server without its password."""
        return describe_database(self.database_url)


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        message = first["msg"].removeprefix("Value error, ")
        raise SettingsError(f"Invalid setting {name}: {message}") from None
