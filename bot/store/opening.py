"""Which store a `DATABASE_URL` names, and opening it.

`sqlite:///relative.db` and `sqlite:////absolute.db` open the embedded SQLite store;
`postgresql://user:pass@host:5432/db` (or `postgres://...`) the PostgreSQL one.
"""

from __future__ import annotations

from pathlib import Path

from bot.clock import Clock
from bot.store.base import Repository

SQLITE_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def dialect_of(url: str) -> str:
    """`sqlite` or `postgresql`; ValueError for anything else, with what is accepted."""
    if url.startswith(SQLITE_PREFIX):
        if len(url) == len(SQLITE_PREFIX):
            raise ValueError("names no file (expected sqlite:///path/to/file.db)")
        return "sqlite"
    if url.startswith(POSTGRES_SCHEMES):
        return "postgresql"
    raise ValueError(
        "must be sqlite:///path/to/file.db or postgresql://user:password@host:5432/database"
    )


def sqlite_path(url: str) -> Path:
    """`sqlite:///rel.db` is relative to the working directory, `sqlite:////abs.db` absolute."""
    return Path(url.removeprefix(SQLITE_PREFIX))


def describe(url: str) -> str:
    """The database for a log line: the SQLite file, or the server URL without its password."""
    if dialect_of(url) == "sqlite":
        return str(sqlite_path(url))
    from bot.store.postgres import redacted

    return redacted(url)


async def open_repository(url: str, *, clock: Clock) -> Repository:
    """Open the store `url` names and bring its schema up to date."""
    if dialect_of(url) == "postgresql":
        # Imported here, so that the SQLite default never loads asyncpg.
        from bot.store.postgres import PostgresRepository

        return await PostgresRepository.open(url, clock=clock)
    from bot.store.sqlite import SqliteRepository

    return await SqliteRepository.open(sqlite_path(url), clock=clock)
