"""The real PostgreSQL server the tests run against, one fresh schema per test.

The server is `TEST_DATABASE_URL`, by default `postgresql://postgres@127.0.0.1:5432/test`
(trust auth on this machine). Each test gets a schema of its own, created empty and
dropped afterwards, and a URL whose `search_path` puts the store in it: tests never see
each other's rows, and the store cannot tell it from a database of its own.

Without a reachable server a test that needs it is skipped, and the reason says where it
looked and why it failed. Under `CI=true` it fails instead: CI must never pass by skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import NoReturn
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg
import pytest

from bot.store.postgres import redacted

DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/test"
CONNECT_TIMEOUT_SECONDS = 5.0


def server_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", "").strip() or DEFAULT_SERVER_URL


def with_search_path(url: str, schema: str) -> str:
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "search_path"]
    return urlunsplit(parts._replace(query=urlencode([*query, ("search_path", schema)])))


def unreachable(url: str, error: BaseException) -> NoReturn:
    reason = f"PostgreSQL not reachable at {redacted(url)}: {type(error).__name__}: {error}"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: the server is required, never skipped)", pytrace=False)
    pytest.skip(f"{reason} (set TEST_DATABASE_URL to use another server)")


async def connect(url: str) -> asyncpg.Connection[asyncpg.Record]:
    """A connection to the test server, or the test skipped (failed under CI) with why."""
    try:
        return await asyncpg.connect(url, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, asyncpg.PostgresError) as error:
        unreachable(url, error)


@asynccontextmanager
async def fresh_schema(server: str | None = None) -> AsyncIterator[str]:
    """An empty schema for one test; yields the URL that puts a store in it."""
    url = server or server_url()
    admin = await connect(url)
    schema = f"rs_test_{uuid.uuid4().hex[:16]}"
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        yield with_search_path(url, schema)
    finally:
        try:
            await admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        finally:
            await admin.close()
