"""Numbered SQL migrations, applied in order, each exactly once.

Each dialect has its own folder, `migrations/sqlite/` and `migrations/postgresql/`, with the
same version numbers: version N is the same schema in both, written in each database's own
types. A migration is `NNNN_name.sql`. This module finds them, and applies SQLite's; the
PostgreSQL store applies its own (`bot.store.postgres`) by the same rules:

- each file runs in its own transaction together with its `schema_version` row, so a
  failing file leaves the database exactly as the previous file left it;
- a database at a version newer than the newest file is refused (`SchemaTooNewError`):
  an older Radio Silence would misread a schema it does not know;
- two processes starting at once apply each file once (SQLite: `BEGIN IMMEDIATE`, the
  file's write lock; PostgreSQL: an advisory lock).

SQLite statements that refuse to run inside a transaction (`VACUUM`, `PRAGMA
journal_mode`) therefore do not belong in migration files.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.packaged import shipped_dir
from bot.store.sqlite_file import when_unlocked

_FILE_NAME = re.compile(r"(?P<version>\d{4})_(?P<name>[a-z0-9_]+)\.sql")

_CREATE_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


class MigrationError(RuntimeError):
    """A migration file is misnamed, missing or failed; the message names the file."""


class SchemaTooNewError(MigrationError):
    """The database was migrated by a newer Radio Silence than this one."""

    def __init__(self, database_version: int, known_version: int, *, place: str = "file") -> None:
        super().__init__(
            f"This database is at schema version {database_version}, but this Radio Silence "
            f"knows only up to {known_version}. Upgrade Radio Silence, or point DATABASE_URL "
            f"at another {place}."
        )
        self.database_version = database_version
        self.known_version = known_version


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path

    def statements(self) -> list[str]:
        return split_statements(self.path.read_text(encoding="utf-8"))


DIALECTS = ("sqlite", "postgresql")


def default_migrations_dir(dialect: str = "sqlite") -> Path:
    """`migrations/<dialect>/`: inside an installed wheel, or the repository's (next to the
    `bot` package; see bot/packaged.py)."""
    if dialect not in DIALECTS:
        raise ValueError(f"no migrations for {dialect!r}; there are {', '.join(DIALECTS)}")
    return shipped_dir("migrations") / dialect


def discover_migrations(directory: Path) -> list[Migration]:
    """Every migration file in `directory`, oldest first.

    A stray or misnumbered `.sql` file is an error rather than silently skipped: skipping
    it would leave the schema short of what the code expects.
    """
    migrations: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _FILE_NAME.fullmatch(path.name)
        if match is None:
            raise MigrationError(
                f"{path}: migration files must be named like 0002_add_something.sql"
            )
        version = int(match["version"])
        if version in migrations:
            raise MigrationError(
                f"{path}: version {version} is also used by {migrations[version].path.name}"
            )
        migrations[version] = Migration(version, match["name"], path)
    if not migrations:
        raise MigrationError(f"No migration files found in {directory}")
    return [migrations[version] for version in sorted(migrations)]


def split_statements(script: str) -> list[str]:
    """Split an SQL script into single statements.

    We cannot hand the whole script to `executescript`: it commits on its own and would
    break the one-transaction-per-file promise. Splitting on every `;` is wrong too (string
    literals, trigger bodies), so we let SQLite's own tokenizer decide where a statement is
    complete.
    """
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    # The split added one `;` too many at the end; what remains is comments, whitespace or
    # a final statement without its semicolon, which SQLite runs (or rejects) just the same.
    tail = pending.removesuffix(";").strip()
    if tail:
        statements.append(tail)
    return statements


async def migrate(connection: sqlite3.Connection, directory: Path) -> list[Migration]:
    """Apply the migrations in `directory` the database has not seen yet; return them.

    The connection must be in autocommit mode (`isolation_level=None`), so that the
    transactions opened here are the only ones.
    """
    migrations = discover_migrations(directory)
    # In a write transaction of its own: as a bare statement, its read of the schema could
    # be overtaken by another process's commit, and SQLite answers that with "database is
    # locked" even to a connection willing to wait.
    await when_unlocked(connection, "BEGIN IMMEDIATE")
    try:
        connection.execute(_CREATE_VERSION_TABLE)
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise

    newest_known = migrations[-1].version
    database_version = await _highest_version(connection)
    if database_version > newest_known:
        raise SchemaTooNewError(database_version, newest_known)

    applied: list[Migration] = []
    for migration in migrations:
        if await _apply(connection, migration):
            applied.append(migration)
    return applied


async def _highest_version(connection: sqlite3.Connection) -> int:
    cursor = await when_unlocked(connection, "SELECT coalesce(max(version), 0) FROM schema_version")
    row = cursor.fetchone()
    assert row is not None  # an aggregate always yields a row
    return int(row[0])


async def _apply(connection: sqlite3.Connection, migration: Migration) -> bool:
    """Run one migration in its own transaction. False if it had been applied already."""
    statements = migration.statements()
    await when_unlocked(connection, "BEGIN IMMEDIATE")
    try:
        # Checked under the write lock: another process starting at the same moment may
        # have applied this very file while we waited for BEGIN IMMEDIATE.
        already_applied = (
            connection.execute(
                "SELECT 1 FROM schema_version WHERE version = ?", (migration.version,)
            ).fetchone()
            is not None
        )
        if already_applied:
            connection.execute("ROLLBACK")
            return False
        for statement in statements:
            connection.execute(statement)
        connection.execute(
            "INSERT INTO schema_version (version, name, applied_at)"
            " VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'))",
            (migration.version, migration.name),
        )
        connection.execute("COMMIT")
    except BaseException as error:
        # SQLite rolls back by itself after some errors (disk full, for one); a second
        # ROLLBACK would then raise and hide the real error.
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise MigrationError(f"Migration {migration.path.name} failed: {error}") from error
        raise
    return True
