"""Opening the database: migrations applied once each, in order, all or nothing per file,
and a database from a newer Radio Silence refused. Each rule holds on a new SQLite file and
on a new schema of the real PostgreSQL server; SQLite's own promises (WAL, private files,
the statement splitter, the sweep's index) are checked at the end."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import asyncpg
import pytest

from bot.core.model import Situation, UserProfile
from bot.store.base import Repository
from bot.store.migrate import (
    DIALECTS,
    MigrationError,
    SchemaTooNewError,
    default_migrations_dir,
    discover_migrations,
    split_statements,
)
from bot.store.opening import open_repository
from bot.store.postgres import PostgresRepository
from bot.store.sqlite import _DUE_TIMERS_SQL, SqliteRepository
from tests.postgres_server import fresh_schema

T0 = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
PROFILE = UserProfile(
    user_id=1,
    chat_id=1,
    situation=Situation.CHEATING,
    last_contact=date(2026, 3, 1),
    timezone="Europe/Berlin",
    ping_time=time(20, 30),
    locale="en",
    onboarded=True,
    best_streak_days=12,
    banked_days=40,
    active=True,
    created_at=T0,
)


@dataclass
class Database:
    """A new, empty database of one dialect, looked at the way an operator would: with
    the sqlite3 shell or psql, not through the store."""

    dialect: str
    url: str  # what DATABASE_URL would say

    async def open(self, migrations_dir: Path | None = None) -> Repository:
        if self.dialect == "sqlite":
            return await SqliteRepository.open(self.path, migrations_dir=migrations_dir)
        return await PostgresRepository.open(self.url, migrations_dir=migrations_dir)

    @property
    def path(self) -> Path:
        return Path(self.url.removeprefix("sqlite:///"))

    async def query(self, sql: str, *parameters: object) -> list[tuple[object, ...]]:
        """`?` placeholders in SQLite, `$1` in PostgreSQL."""
        if self.dialect == "sqlite":
            with closing(sqlite3.connect(self.path)) as connection, connection:
                return connection.execute(sql, parameters).fetchall()
        connection = await asyncpg.connect(self.url)
        try:
            return [tuple(row) for row in await connection.fetch(sql, *parameters)]
        finally:
            await connection.close()

    async def versions(self) -> list[tuple[object, ...]]:
        return await self.query("SELECT version, name FROM schema_version ORDER BY version")

    async def tables(self) -> set[object]:
        if self.dialect == "sqlite":
            sql = "SELECT name FROM sqlite_schema WHERE type = 'table'"
        else:
            sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        return {row[0] for row in await self.query(sql)}

    async def add_version_from_the_future(self, version: int) -> None:
        if self.dialect == "sqlite":
            sql = "INSERT INTO schema_version VALUES (?, 'from_the_future', '2030-01-01')"
        else:
            sql = "INSERT INTO schema_version VALUES ($1, 'from_the_future', '2030-01-01')"
        await self.query(sql, version)


@pytest.fixture(params=DIALECTS)
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        yield Database("sqlite", f"sqlite:///{tmp_path / 'data' / 'rs.db'}")
    else:
        async with fresh_schema() as url:
            yield Database("postgresql", url)


@pytest.fixture
def migrations_dir(database: Database, tmp_path: Path) -> Path:
    """A private copy of the dialect's real migrations that a test may add files to."""
    directory = tmp_path / "migrations"
    shutil.copytree(default_migrations_dir(database.dialect), directory)
    return directory


def shipped(dialect: str) -> list[tuple[object, ...]]:
    return [(m.version, m.name) for m in discover_migrations(default_migrations_dir(dialect))]


# -- both dialects -----------------------------------------------------------------------


def test_both_dialects_ship_the_same_versions_under_the_same_names() -> None:
    # Version N is the same schema everywhere; a file in one folder alone would make a
    # PostgreSQL database and a SQLite file of the same version differ.
    assert shipped("sqlite") == shipped("postgresql")


async def test_a_new_database_gets_every_migration(database: Database) -> None:
    repository = await database.open()
    await repository.close()

    assert await database.versions() == shipped(database.dialect)
    assert {"users", "urges", "drafts", "timers", "conversations"} <= await database.tables()


async def test_reopening_applies_nothing_twice_and_keeps_her_data(database: Database) -> None:
    repository = await database.open()
    await repository.save_user(PROFILE)
    await repository.close()
    applied = await database.query("SELECT * FROM schema_version")

    repository = await database.open()
    try:
        assert await repository.get_user(1) == PROFILE
    finally:
        await repository.close()
    assert await database.query("SELECT * FROM schema_version") == applied


async def test_two_workers_starting_together_on_a_new_database_both_open_it(
    database: Database,
) -> None:
    first, second = await asyncio.gather(database.open(), database.open())
    await first.save_user(PROFILE)
    try:
        assert await second.get_user(1) == PROFILE
    finally:
        await first.close()
        await second.close()
    assert await database.versions() == shipped(database.dialect)


async def test_three_processes_starting_together_apply_each_migration_once(
    database: Database,
) -> None:
    opener = textwrap.dedent(
        """
        import asyncio, sys
        from bot.clock import SystemClock
        from bot.store.opening import open_repository

        async def main() -> None:
            repository = await open_repository(sys.argv[1], clock=SystemClock())
            await repository.close()

        asyncio.run(main())
        """
    )
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", opener, database.url, stderr=subprocess.PIPE
        )
        for _ in range(3)
    ]
    results = [await worker.communicate() for worker in workers]

    assert [worker.returncode for worker in workers] == [0, 0, 0], results
    assert await database.versions() == shipped(database.dialect)


async def test_a_broken_migration_rolls_back_only_itself_and_names_its_file(
    database: Database, migrations_dir: Path
) -> None:
    versions = shipped(database.dialect)
    newest = int(str(versions[-1][0]))
    notes, journal = newest + 1, newest + 2
    (migrations_dir / f"{notes:04d}_add_notes.sql").write_text("CREATE TABLE notes (id INTEGER);\n")
    repository = await database.open(migrations_dir)
    await repository.save_user(PROFILE)
    await repository.close()
    broken = migrations_dir / f"{journal:04d}_add_journal.sql"
    broken.write_text("CREATE TABLE journal (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")

    with pytest.raises(MigrationError, match=r"_add_journal\.sql.*(no such table|not exist)"):
        await database.open(migrations_dir)

    assert await database.versions() == [*versions, (notes, "add_notes")]
    assert "notes" in await database.tables()
    assert "journal" not in await database.tables()
    assert await database.query("SELECT best_streak_days, banked_days FROM users") == [(12, 40)]

    broken.write_text("CREATE TABLE journal (id INTEGER);\n")
    repository = await database.open(migrations_dir)
    await repository.close()
    assert (await database.versions())[-1] == (journal, "add_journal")


async def test_a_database_from_a_newer_radio_silence_is_refused(database: Database) -> None:
    repository = await database.open()
    await repository.close()
    known = discover_migrations(default_migrations_dir(database.dialect))[-1].version
    future = known + 2
    await database.add_version_from_the_future(future)

    with pytest.raises(SchemaTooNewError) as refused:
        await database.open()

    place = "file" if database.dialect == "sqlite" else "database"
    assert str(refused.value) == (
        f"This database is at schema version {future}, but this Radio Silence knows only up "
        f"to {known}. Upgrade Radio Silence, or point DATABASE_URL at another {place}."
    )
    assert (await database.versions())[-1] == (future, "from_the_future")


async def test_a_misnamed_migration_file_is_named_in_the_error(
    database: Database, migrations_dir: Path
) -> None:
    (migrations_dir / "2_add_things.sql").write_text("SELECT 1;")

    with pytest.raises(MigrationError, match=r"2_add_things\.sql.*0002_add_something\.sql"):
        await database.open(migrations_dir)


async def test_a_missing_migrations_folder_is_a_clear_error(
    database: Database, tmp_path: Path
) -> None:
    with pytest.raises(MigrationError, match="No migration files found"):
        await database.open(tmp_path / "nowhere")


async def test_foreign_keys_are_enforced(database: Database) -> None:
    repository = await database.open()
    try:
        # Without enforced foreign keys this draft would be stored for nobody, and deleting
        # a user would leave her drafts behind.
        with pytest.raises(
            (sqlite3.IntegrityError, asyncpg.ForeignKeyViolationError), match=r"(?i)foreign key"
        ):
            await repository.add_draft(404, None, T0, b"orphan")
    finally:
        await repository.close()


async def test_the_url_alone_picks_the_store(database: Database) -> None:
    repository = await open_repository(database.url, clock=_Clock())
    try:
        await repository.save_user(PROFILE)
        expected = SqliteRepository if database.dialect == "sqlite" else PostgresRepository
        assert isinstance(repository, expected)
    finally:
        await repository.close()
    assert await database.query("SELECT user_id FROM users") == [(1,)]


class _Clock:
    def now(self) -> datetime:
        return T0


# -- SQLite's own promises -----------------------------------------------------------------


def query(path: Path, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Look at the file the way an operator with the sqlite3 shell would."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, parameters).fetchall()


def file_modes(directory: Path) -> dict[str, int]:
    return {file.name: stat.S_IMODE(file.stat().st_mode) for file in directory.glob("rs.db*")}


async def test_the_file_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    await repository.close()

    assert query(path, "PRAGMA journal_mode") == [("wal",)]


async def test_the_database_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    try:
        await repository.save_user(PROFILE)
        modes = file_modes(tmp_path)
    finally:
        await repository.close()

    assert {"rs.db", "rs.db-wal"} <= modes.keys()
    assert modes == dict.fromkeys(modes, 0o600)


def test_statements_are_split_where_sqlite_says_they_end() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE a (x TEXT DEFAULT 'semi;colon');
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        UPDATE a SET x = 'one;'; UPDATE a SET x = 'two';
    END;
    INSERT INTO a VALUES ('last, no semicolon')
    -- trailing comment
    """

    statements = split_statements(script)

    assert len(statements) == 3
    assert statements[0].endswith("DEFAULT 'semi;colon');")
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    with closing(sqlite3.connect(":memory:")) as connection:
        for statement in statements:
            connection.execute(statement)
        assert connection.execute("SELECT x FROM a").fetchall() == [("two",)]


async def test_the_timer_sweep_reads_only_due_rows_through_the_partial_index(
    tmp_path: Path,
) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    await repository.close()

    plan = query(path, f"EXPLAIN QUERY PLAN {_DUE_TIMERS_SQL}", (T0.isoformat(), 100))

    details = " | ".join(str(row[-1]) for row in plan)
    assert "USING INDEX timers_due" in details
    # The index already yields due order; a temporary sort would mean reading every row.
    assert "TEMP B-TREE" not in details
