"""Opening the SQLite file: migrations applied once each, in order, all or nothing per file."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import stat
from contextlib import closing
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.core.model import Situation, UserProfile
from bot.store.migrate import (
    MigrationError,
    SchemaTooNewError,
    default_migrations_dir,
    discover_migrations,
    split_statements,
)
from bot.store.sqlite import _DUE_TIMERS_SQL, SqliteRepository

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


def query(path: Path, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Look at the file the way an operator with the sqlite3 shell would."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, parameters).fetchall()


def versions(path: Path) -> list[tuple[object, ...]]:
    return query(path, "SELECT version, name FROM schema_version ORDER BY version")


def tables(path: Path) -> set[object]:
    return {row[0] for row in query(path, "SELECT name FROM sqlite_schema WHERE type = 'table'")}


def file_modes(directory: Path) -> dict[str, int]:
    return {file.name: stat.S_IMODE(file.stat().st_mode) for file in directory.glob("rs.db*")}


@pytest.fixture
def migrations_dir(tmp_path: Path) -> Path:
    """A private copy of the real migrations that a test may add files to."""
    directory = tmp_path / "migrations"
    shutil.copytree(default_migrations_dir(), directory)
    return directory


async def test_a_new_file_gets_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "data" / "new.db"

    repository = await SqliteRepository.open(path)
    await repository.close()

    known = discover_migrations(default_migrations_dir())
    assert versions(path) == [(m.version, m.name) for m in known]
    assert {"users", "urges", "drafts", "timers", "conversations"} <= tables(path)


async def test_reopening_applies_nothing_twice_and_keeps_her_data(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    await repository.save_user(PROFILE)
    await repository.close()
    applied = query(path, "SELECT * FROM schema_version")

    repository = await SqliteRepository.open(path)
    try:
        assert await repository.get_user(1) == PROFILE
    finally:
        await repository.close()
    assert query(path, "SELECT * FROM schema_version") == applied


async def test_two_workers_starting_together_on_a_new_file_both_open_it(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"

    first, second = await asyncio.gather(SqliteRepository.open(path), SqliteRepository.open(path))
    await first.save_user(PROFILE)
    try:
        assert await second.get_user(1) == PROFILE
    finally:
        await first.close()
        await second.close()
    assert len(versions(path)) == len(discover_migrations(default_migrations_dir()))


async def test_a_broken_migration_rolls_back_only_itself_and_names_its_file(
    tmp_path: Path, migrations_dir: Path
) -> None:
    path = tmp_path / "rs.db"
    shipped = [(m.version, m.name) for m in discover_migrations(migrations_dir)]
    notes, journal = shipped[-1][0] + 1, shipped[-1][0] + 2
    (migrations_dir / f"{notes:04d}_add_notes.sql").write_text("CREATE TABLE notes (id INTEGER);\n")
    repository = await SqliteRepository.open(path, migrations_dir=migrations_dir)
    await repository.save_user(PROFILE)
    await repository.close()
    broken = migrations_dir / f"{journal:04d}_add_journal.sql"
    broken.write_text("CREATE TABLE journal (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")

    with pytest.raises(MigrationError, match=r"_add_journal\.sql.*no such table"):
        await SqliteRepository.open(path, migrations_dir=migrations_dir)

    assert versions(path) == [*shipped, (notes, "add_notes")]
    assert "notes" in tables(path)
    assert "journal" not in tables(path)
    assert query(path, "SELECT best_streak_days, banked_days FROM users") == [(12, 40)]

    broken.write_text("CREATE TABLE journal (id INTEGER);\n")
    repository = await SqliteRepository.open(path, migrations_dir=migrations_dir)
    await repository.close()
    assert versions(path)[-1] == (journal, "add_journal")


async def test_a_database_from_a_newer_radio_silence_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    await repository.close()
    known = discover_migrations(default_migrations_dir())[-1].version
    future = known + 2
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO schema_version VALUES (?, 'from_the_future', '2030-01-01')", (future,)
        )

    with pytest.raises(SchemaTooNewError) as refused:
        await SqliteRepository.open(path)

    assert str(refused.value) == (
        f"This database is at schema version {future}, but this Radio Silence knows only up "
        f"to {known}. Upgrade Radio Silence, or point DATABASE_URL at another file."
    )
    assert versions(path)[-1] == (future, "from_the_future")


async def test_a_misnamed_migration_file_is_named_in_the_error(
    tmp_path: Path, migrations_dir: Path
) -> None:
    (migrations_dir / "2_add_things.sql").write_text("SELECT 1;")

    with pytest.raises(MigrationError, match=r"2_add_things\.sql.*0002_add_something\.sql"):
        await SqliteRepository.open(tmp_path / "rs.db", migrations_dir=migrations_dir)


async def test_a_missing_migrations_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MigrationError, match="No migration files found"):
        await SqliteRepository.open(tmp_path / "rs.db", migrations_dir=tmp_path / "nowhere")


async def test_the_file_uses_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "rs.db"
    repository = await SqliteRepository.open(path)
    try:
        # Without enforced foreign keys this draft would be stored for nobody, and deleting
        # a user would leave her drafts behind.
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            await repository.add_draft(404, None, T0, b"orphan")
    finally:
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
