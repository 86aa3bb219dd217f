"""The server store: PostgreSQL through an asyncpg connection pool.

The same contract as the SQLite store (`tests/test_store_contract.py` runs on both); the
columns use PostgreSQL's own types, so the database itself checks what SQLite only stores:
  Telegram ids  BIGINT (user and chat ids outgrow 32 bits; group chats are negative)
  moments       timestamptz; asyncpg hands them back aware, in UTC
  local dates   date; the daily ping time and quiet hours `time` (wall clock, whole minutes)
  payloads      jsonb (timer payloads, conversation states, PTB's user_data)
  her words     bytea, already encrypted by the caller

Each write is one transaction: a single statement commits on its own, several run inside
`connection.transaction()`. Reads take any pooled connection. PostgreSQL's MVCC lets them
run beside the writes, so unlike SQLite there is no process-wide write lock.

Inside a unit of work (`unit_of_work`, bot/store/unit.py) the first write takes a pooled
connection and begins the unit's one transaction; every later statement of the unit, reads
included, runs on that connection, so a step reads back what it wrote and commits it all
at once.

Migrations live in `migrations/postgresql/`, one transaction per file, under an advisory
lock so that processes starting together apply each file once (see `apply_migrations`).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from bot.clock import Clock, SystemClock
from bot.core.model import (
    Ciphertext,
    DangerDay,
    Draft,
    Friend,
    HeTexted,
    InboxUpdate,
    OwnReason,
    Situation,
    Slip,
    Timer,
    TimerState,
    Trigger,
    Urge,
    UrgeKind,
    UrgeOutcome,
    UserProfile,
)
from bot.store.base import seen_by_pool
from bot.store.migrate import (
    Migration,
    MigrationError,
    SchemaTooNewError,
    default_migrations_dir,
    discover_migrations,
)
from bot.store.unit import Unit, Units

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    # Generic only in the type stubs; at run time asyncpg's classes take no parameters.
    Connection: TypeAlias = asyncpg.Connection[asyncpg.Record] | PoolConnectionProxy[asyncpg.Record]

_USER_COLUMNS = (
    "user_id",
    "chat_id",
    "situation",
    "last_contact",
    "timezone",
    "ping_time",
    "locale",
    "onboarded",
    "best_streak_days",
    "banked_days",
    "active",
    "created_at",
    "paused_until",
    "quiet_start",
    "quiet_end",
    "risk_nudges",
    "country",
)
_USER_COLUMN_LIST = ", ".join(_USER_COLUMNS)
_USER_PLACEHOLDERS = ", ".join(f"${number}" for number in range(1, len(_USER_COLUMNS) + 1))
# An upsert, never delete-and-insert: the ON DELETE CASCADE foreign keys would take her
# slips, urges and drafts with the old row.
_SAVE_USER = (
    f"INSERT INTO users ({_USER_COLUMN_LIST}) VALUES ({_USER_PLACEHOLDERS})"
    " ON CONFLICT (user_id) DO UPDATE SET "
    + ", ".join(f"{column} = EXCLUDED.{column}" for column in _USER_COLUMNS[1:])
)

_URGE_COLUMNS = "id, user_id, started_at, kind, trigger, intensity, outcome, ended_at"
_TIMER_COLUMNS = "id, user_id, kind, due_at, payload, dedupe_key, state"
_FRIEND_COLUMNS = "user_id, invite_code, friend_chat_id, created_at, joined_at, last_alert_at"

# Where her words are stored encrypted: (table, column). Key rotation walks exactly these.
_ENCRYPTED_COLUMNS: tuple[tuple[str, str], ...] = (
    ("drafts", "body"),
    ("slips", "note"),
    ("reasons", "body"),
)
# Every table with rows about one person, children before parents.
_USER_TABLES: tuple[str, ...] = (
    "drafts",
    "slips",
    "urges",
    "reasons",
    "cutoff_items",
    "he_texted",
    "danger_days",
    "friends",
    "seen_items",
    "timers",
    "user_data",
    "users",
)

# Read through the partial index `timers_due (due_at, id) WHERE state = 'pending'`, which
# already yields this order. Workers sweeping one database claim rows with the same query
# plus `FOR UPDATE SKIP LOCKED` and a lease (`_CLAIM_TIMERS_SQL`): each due row goes to one
# worker, and none waits on another.
_DUE_TIMERS_SQL = f"""
SELECT {_TIMER_COLUMNS} FROM timers
WHERE state = 'pending' AND due_at <= $1
ORDER BY due_at, id
LIMIT $2
"""

# The first key of the two-part advisory lock a sweep takes on each person it claims for:
# "RSTM" in ASCII.
_TIMER_PERSON_LOCK = 0x5253544D
# A worker claims people, not rows: everything due of each person whose turn it is (the
# owners of the oldest due timers), and no one another worker holds a timer of, so what
# she reads comes from one worker at a time, in order and at one per second for her chat.
# Sweeps choosing at the same moment each take different oldest rows (rows another is
# choosing are skipped, not waited for, so they share a backlog instead of queueing for
# its head); a person whose rows fell to two of them goes to whichever takes her advisory
# lock first (held to the end of this one statement; her claims keep the others off
# after it). Rows locked by her own step at this moment are skipped too; the next sweep
# takes them.
_CLAIM_TIMERS_SQL = f"""
WITH oldest AS MATERIALIZED (
    SELECT due.user_id FROM timers AS due
    WHERE due.state = 'pending' AND due.due_at <= $1
      AND (due.claimed_until IS NULL OR due.claimed_until <= $1)
      AND NOT EXISTS (
          SELECT 1 FROM timers AS held
          WHERE held.user_id = due.user_id AND held.state = 'pending'
            AND held.claimed_until > $1
      )
    ORDER BY due.due_at, due.id
    LIMIT $2
    FOR UPDATE OF due SKIP LOCKED
), people AS MATERIALIZED (
    SELECT user_id FROM (SELECT DISTINCT user_id FROM oldest) AS turn
    WHERE pg_try_advisory_xact_lock(
        {_TIMER_PERSON_LOCK}, hashtext(current_schema() || ':' || user_id::text)
    )
)
UPDATE timers SET claimed_until = $3
WHERE id IN (
    SELECT id FROM timers
    WHERE user_id IN (SELECT user_id FROM people)
      AND state = 'pending' AND due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
    FOR UPDATE SKIP LOCKED
)
RETURNING {_TIMER_COLUMNS}
"""

# The oldest waiting update of each chat that no live worker holds, and replies a dead
# worker left unsent. Rows another worker is claiming at this moment are skipped, not
# waited for; a chat whose oldest update is in a worker's hands, or whose last step's
# replies are not out yet, is left alone, so one chat's updates go one at a time.
_CLAIM_INBOX_SQL = """
UPDATE inbox SET claimed_until = $3
WHERE update_id IN (
    SELECT update_id FROM inbox AS waiting
    WHERE (claimed_until IS NULL OR claimed_until <= $1)
      AND (
        -- replies whose member died before sending them
        (handled_at IS NOT NULL AND replies IS NOT NULL)
        OR (
          handled_at IS NULL
          AND update_id = (
            SELECT min(update_id) FROM inbox AS same_chat
            WHERE same_chat.chat_id = waiting.chat_id AND same_chat.handled_at IS NULL
          )
          -- her previous step's replies go out first
          AND NOT EXISTS (
            SELECT 1 FROM inbox AS unsent
            WHERE unsent.chat_id = waiting.chat_id AND unsent.replies IS NOT NULL
          )
        )
      )
    ORDER BY update_id
    LIMIT $2
    FOR UPDATE SKIP LOCKED
)
RETURNING update_id, chat_id, payload, received_at, replies
"""

# The first key of the advisory lock a leading member holds: "RSLD" in ASCII.
_LEADER_LOCK = 0x52534C44

# The first key of the two-part advisory lock held while migrating: "RSMG" in ASCII. The
# second part is the schema being migrated, so two schemas in one database (tests, or two
# deployments) do not wait for each other.
_MIGRATION_LOCK = 0x52534D47

_CREATE_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER     PRIMARY KEY,
    name       TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
"""


class DatabaseUnreachableError(MigrationError):
    """The server could not be reached, so the schema could not be checked or brought up to
    date. The message names the server, never the password."""


class PostgresRepository:
    """`bot.store.base.Repository` over a PostgreSQL database. Create it with `open`."""

    def __init__(self, pool: asyncpg.Pool[asyncpg.Record], clock: Clock) -> None:
        self._pool = pool
        self._clock = clock
        self._units = Units()

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        migrations_dir: Path | None = None,
        clock: Clock | None = None,
        min_connections: int = 1,
        max_connections: int = 10,
    ) -> PostgresRepository:
        """Connect to `url` (`postgresql://user:pass@host:5432/db`) and bring its schema up
        to date. Query parameters other than libpq's own become server settings:
        `?search_path=radio_silence` keeps the tables in a schema of their own."""
        try:
            pool = await asyncpg.create_pool(
                url, min_size=min_connections, max_size=max_connections
            )
        except (OSError, asyncpg.PostgresError) as error:
            raise DatabaseUnreachableError(
                f"Cannot open the PostgreSQL database {redacted(url)}: {error}"
            ) from error
        try:
            async with pool.acquire() as connection:
                await apply_migrations(
                    connection, migrations_dir or default_migrations_dir("postgresql")
                )
        except BaseException:
            await pool.close()
            raise
        return cls(pool, clock or SystemClock())

    async def close(self) -> None:
        # Waits for the statements in flight to finish, then closes every connection.
        await self._pool.close()

    async def ping(self) -> None:
        await self._pool.fetchval("SELECT 1")

    # -- plumbing --------------------------------------------------------------
    def unit_of_work(self, owner: int) -> AbstractAsyncContextManager[Unit]:
        return self._units.unit_of_work(owner)

    def current_unit(self) -> Unit | None:
        return self._units.current()

    def _reader(self) -> Executor:
        """Where a read runs: the unit's transaction once it has one (it sees the unit's own
        writes), else any pooled connection."""
        unit = self._units.current()
        if unit is None:
            return self._pool
        unit.reads += 1
        hold = unit.hold
        return hold if isinstance(hold, _UnitConnection) else self._pool

    async def _writer(self) -> Executor:
        """Where a write runs: the unit's transaction, begun here by its first write; outside
        a unit, the pool (a single statement commits on its own)."""
        unit = self._units.current()
        if unit is None:
            return self._pool
        if not isinstance(unit.hold, _UnitConnection):
            unit.hold = await _UnitConnection.begin(self._pool, unit)
            unit.finish = _UnitConnection.finish
            unit.write_transactions += 1
        unit.writes += 1
        return unit.hold

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[Executor]:
        """Several statements as one: the unit's transaction, or one of their own."""
        if self._units.current() is not None:
            yield await self._writer()
            return
        async with self._pool.acquire() as connection, connection.transaction():
            yield connection

    async def _change(self, sql: str, *parameters: object) -> int:
        """Run one write; return how many rows it changed."""
        return _row_count(await (await self._writer()).execute(sql, *parameters))

    def _remember_profile(self, user_id: int, profile: UserProfile | None) -> None:
        unit = self._units.current()
        if unit is not None:
            unit.remember_profile(user_id, profile)

    # -- users -----------------------------------------------------------------
    async def get_user(self, user_id: int) -> UserProfile | None:
        unit = self._units.current()
        if unit is not None and unit.knows_profile(user_id):
            return unit.profile(user_id)
        row = await self._reader().fetchrow(
            f"SELECT {_USER_COLUMN_LIST} FROM users WHERE user_id = $1", user_id
        )
        profile = None if row is None else _profile_from(row)
        self._remember_profile(user_id, profile)
        return profile

    async def save_user(self, profile: UserProfile) -> None:
        await (await self._writer()).execute(_SAVE_USER, *_profile_values(profile))
        self._remember_profile(profile.user_id, profile)

    async def set_user_active(self, user_id: int, active: bool) -> None:
        await self._change("UPDATE users SET active = $1 WHERE user_id = $2", active, user_id)
        unit = self._units.current()
        if unit is not None:
            unit.forget_profile(user_id)

    # -- slips -----------------------------------------------------------------
    async def record_slip(
        self,
        profile_after: UserProfile,
        occurred_at: datetime,
        streak_days_ended: int,
        note: bytes | None,
    ) -> Slip:
        occurred = _utc(occurred_at)
        profile_values = _profile_values(profile_after)
        async with self._transaction() as db:
            await db.execute(_SAVE_USER, *profile_values)
            slip_id = await db.fetchval(
                "INSERT INTO slips (user_id, occurred_at, streak_days_ended, note)"
                " VALUES ($1, $2, $3, $4) RETURNING id",
                profile_after.user_id,
                occurred,
                streak_days_ended,
                _optional_bytes(note),
            )
        self._remember_profile(profile_after.user_id, profile_after)
        return Slip(int(slip_id), profile_after.user_id, occurred, streak_days_ended, note)

    async def list_slips(self, user_id: int) -> list[Slip]:
        rows = await self._reader().fetch(
            "SELECT id, user_id, occurred_at, streak_days_ended, note FROM slips"
            " WHERE user_id = $1 ORDER BY occurred_at, id",
            user_id,
        )
        return [
            Slip(
                id=row["id"],
                user_id=row["user_id"],
                occurred_at=row["occurred_at"],
                streak_days_ended=row["streak_days_ended"],
                note=row["note"],
            )
            for row in rows
        ]

    # -- urges -----------------------------------------------------------------
    async def start_urge(self, user_id: int, kind: UrgeKind, started_at: datetime) -> Urge:
        started = _utc(started_at)
        urge_id = await (await self._writer()).fetchval(
            "INSERT INTO urges (user_id, started_at, kind) VALUES ($1, $2, $3) RETURNING id",
            user_id,
            started,
            kind.value,
        )
        return Urge(int(urge_id), user_id, started, kind, None, None, None, None)

    async def get_urge(self, urge_id: int) -> Urge | None:
        row = await self._reader().fetchrow(
            f"SELECT {_URGE_COLUMNS} FROM urges WHERE id = $1", urge_id
        )
        return None if row is None else _urge_from(row)

    async def get_urge_and_held(self, urge_id: int) -> tuple[Urge, int] | None:
        row = await self._reader().fetchrow(
            f"SELECT {_URGE_COLUMNS}, (SELECT count(*) FROM urges AS held"
            " WHERE held.user_id = urges.user_id AND held.outcome = $1) AS held"
            " FROM urges WHERE id = $2",
            UrgeOutcome.HELD.value,
            urge_id,
        )
        return None if row is None else (_urge_from(row), int(row["held"]))

    async def set_urge_trigger(self, urge_id: int, trigger: Trigger) -> None:
        await self._change("UPDATE urges SET trigger = $1 WHERE id = $2", trigger.value, urge_id)

    async def set_urge_intensity(self, urge_id: int, intensity: int) -> None:
        if not 1 <= intensity <= 10:
            raise ValueError(f"urge intensity must be 1 to 10, not {intensity}")
        await self._change("UPDATE urges SET intensity = $1 WHERE id = $2", intensity, urge_id)

    async def finish_urge(self, urge_id: int, outcome: UrgeOutcome, ended_at: datetime) -> bool:
        changed = await self._change(
            "UPDATE urges SET outcome = $1, ended_at = $2 WHERE id = $3 AND outcome IS NULL",
            outcome.value,
            _utc(ended_at),
            urge_id,
        )
        return changed == 1

    async def list_urges(self, user_id: int) -> list[Urge]:
        rows = await self._reader().fetch(
            f"SELECT {_URGE_COLUMNS} FROM urges WHERE user_id = $1 ORDER BY started_at, id",
            user_id,
        )
        return [_urge_from(row) for row in rows]

    async def count_urges(self, user_id: int, outcome: UrgeOutcome | None = None) -> int:
        if outcome is None:
            count = await self._reader().fetchval(
                "SELECT count(*) FROM urges WHERE user_id = $1", user_id
            )
        else:
            count = await self._reader().fetchval(
                "SELECT count(*) FROM urges WHERE user_id = $1 AND outcome = $2",
                user_id,
                outcome.value,
            )
        return int(count)

    # -- drafts ----------------------------------------------------------------
    async def add_draft(
        self, user_id: int, urge_id: int | None, created_at: datetime, body: bytes
    ) -> Draft:
        created = _utc(created_at)
        draft_id = await (await self._writer()).fetchval(
            "INSERT INTO drafts (user_id, urge_id, created_at, body) VALUES ($1, $2, $3, $4)"
            " RETURNING id",
            user_id,
            urge_id,
            created,
            bytes(body),
        )
        return Draft(int(draft_id), user_id, urge_id, created, bytes(body))

    async def list_drafts(self, user_id: int) -> list[Draft]:
        rows = await self._reader().fetch(
            "SELECT id, user_id, urge_id, created_at, body, reviewed_at FROM drafts"
            " WHERE user_id = $1 ORDER BY created_at, id",
            user_id,
        )
        return [
            Draft(
                id=row["id"],
                user_id=row["user_id"],
                urge_id=row["urge_id"],
                created_at=row["created_at"],
                body=row["body"],
                reviewed_at=row["reviewed_at"],
            )
            for row in rows
        ]

    async def mark_draft_reviewed(self, user_id: int, draft_id: int, at: datetime) -> None:
        await self._change(
            "UPDATE drafts SET reviewed_at = $1 WHERE id = $2 AND user_id = $3",
            _utc(at),
            draft_id,
            user_id,
        )

    async def delete_draft(self, user_id: int, draft_id: int) -> bool:
        deleted = await self._change(
            "DELETE FROM drafts WHERE id = $1 AND user_id = $2", draft_id, user_id
        )
        return deleted > 0

    # -- her own reasons -----------------------------------------------------------
    async def add_reason(self, user_id: int, created_at: datetime, body: bytes) -> OwnReason:
        created = _utc(created_at)
        reason_id = await (await self._writer()).fetchval(
            "INSERT INTO reasons (user_id, created_at, body) VALUES ($1, $2, $3) RETURNING id",
            user_id,
            created,
            bytes(body),
        )
        return OwnReason(int(reason_id), user_id, created, bytes(body))

    async def list_reasons(self, user_id: int) -> list[OwnReason]:
        rows = await self._reader().fetch(
            "SELECT id, user_id, created_at, body FROM reasons"
            " WHERE user_id = $1 ORDER BY created_at, id",
            user_id,
        )
        return [OwnReason(r["id"], r["user_id"], r["created_at"], r["body"]) for r in rows]

    async def reasons_and_seen(
        self, user_id: int, pools: Sequence[str]
    ) -> tuple[list[OwnReason], dict[str, set[str]]]:
        wanted = list(dict.fromkeys(pools))
        rows = await self._reader().fetch(
            "SELECT NULL::text AS pool, NULL::text AS item_id, id, created_at, body"
            " FROM reasons WHERE user_id = $1"
            " UNION ALL SELECT pool, item_id, NULL, NULL, NULL FROM seen_items"
            " WHERE user_id = $1 AND pool = ANY($2::text[])"
            " ORDER BY created_at, id",
            user_id,
            wanted,
        )
        reasons = [
            OwnReason(r["id"], user_id, r["created_at"], r["body"])
            for r in rows
            if r["pool"] is None
        ]
        return reasons, seen_by_pool(wanted, rows)

    async def delete_reason(self, user_id: int, reason_id: int) -> bool:
        deleted = await self._change(
            "DELETE FROM reasons WHERE id = $1 AND user_id = $2", reason_id, user_id
        )
        return deleted > 0

    # -- the cut-off checklist -----------------------------------------------------
    async def cutoff_states(self, user_id: int) -> dict[str, str]:
        rows = await self._reader().fetch(
            "SELECT item_id, state FROM cutoff_items WHERE user_id = $1", user_id
        )
        return {row["item_id"]: row["state"] for row in rows}

    async def set_cutoff_state(self, user_id: int, item_id: str, state: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO cutoff_items (user_id, item_id, state, updated_at)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, item_id) DO UPDATE SET"
            " state = EXCLUDED.state, updated_at = EXCLUDED.updated_at",
            user_id,
            item_id,
            state,
            _utc(at),
        )

    # -- when he reaches out ---------------------------------------------------------
    async def log_he_texted(self, user_id: int, received_at: datetime, kind: str) -> HeTexted:
        received = _utc(received_at)
        entry_id = await (await self._writer()).fetchval(
            "INSERT INTO he_texted (user_id, received_at, kind) VALUES ($1, $2, $3) RETURNING id",
            user_id,
            received,
            kind,
        )
        return HeTexted(int(entry_id), user_id, received, kind, None)

    async def set_he_texted_outcome(self, user_id: int, entry_id: int, outcome: str) -> None:
        await self._change(
            "UPDATE he_texted SET outcome = $1 WHERE id = $2 AND user_id = $3",
            outcome,
            entry_id,
            user_id,
        )

    async def list_he_texted(self, user_id: int) -> list[HeTexted]:
        rows = await self._reader().fetch(
            "SELECT id, user_id, received_at, kind, outcome FROM he_texted"
            " WHERE user_id = $1 ORDER BY received_at, id",
            user_id,
        )
        return [
            HeTexted(r["id"], r["user_id"], r["received_at"], r["kind"], r["outcome"]) for r in rows
        ]

    # -- her trusted friend --------------------------------------------------------
    async def invite_friend(self, user_id: int, invite_code: str, at: datetime) -> Friend:
        created = _utc(at)
        await self._change(
            "INSERT INTO friends (user_id, invite_code, created_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (user_id) DO UPDATE SET invite_code = EXCLUDED.invite_code,"
            " created_at = EXCLUDED.created_at, friend_chat_id = NULL, joined_at = NULL,"
            " last_alert_at = NULL",
            user_id,
            invite_code,
            created,
        )
        return Friend(user_id, invite_code, None, created, None, None)

    async def friend_of(self, user_id: int) -> Friend | None:
        row = await self._reader().fetchrow(
            f"SELECT {_FRIEND_COLUMNS} FROM friends WHERE user_id = $1", user_id
        )
        return None if row is None else _friend_from(row)

    async def accept_invite(
        self, invite_code: str, friend_chat_id: int, at: datetime
    ) -> Friend | None:
        # One statement: of two friends tapping the same link at once, one joins.
        row = await (await self._writer()).fetchrow(
            "UPDATE friends SET friend_chat_id = $1, joined_at = $2"
            " WHERE invite_code = $3 AND friend_chat_id IS NULL AND user_id <> $1"
            f" RETURNING {_FRIEND_COLUMNS}",
            friend_chat_id,
            _utc(at),
            invite_code,
        )
        return None if row is None else _friend_from(row)

    async def friendships_of(self, friend_chat_id: int) -> list[Friend]:
        rows = await self._reader().fetch(
            f"SELECT {_FRIEND_COLUMNS} FROM friends WHERE friend_chat_id = $1 ORDER BY user_id",
            friend_chat_id,
        )
        return [_friend_from(row) for row in rows]

    async def end_friendship(self, user_id: int) -> None:
        await self._change("DELETE FROM friends WHERE user_id = $1", user_id)

    async def note_friend_alerted(self, user_id: int, at: datetime) -> None:
        await self._change(
            "UPDATE friends SET last_alert_at = $1 WHERE user_id = $2", _utc(at), user_id
        )

    # -- her data as a whole: key rotation, export, forgetting -------------------------
    async def ciphertexts(self) -> list[Ciphertext]:
        found: list[Ciphertext] = []
        for table, column in _ENCRYPTED_COLUMNS:
            rows = await self._reader().fetch(
                f"SELECT id, {column} AS value FROM {table} WHERE {column} IS NOT NULL"
            )
            found += [Ciphertext(table, row["id"], row["value"]) for row in rows]
        return found

    async def replace_ciphertexts(self, replacements: Sequence[Ciphertext]) -> None:
        columns = dict(_ENCRYPTED_COLUMNS)
        unknown = {item.table for item in replacements} - columns.keys()
        if unknown:
            raise KeyError(f"no encrypted column in {', '.join(sorted(unknown))}")
        async with self._transaction() as db:
            for table, column in columns.items():  # only known tables and columns reach SQL
                rows = [(bytes(i.value), i.row_id) for i in replacements if i.table == table]
                if rows:
                    await db.executemany(f"UPDATE {table} SET {column} = $1 WHERE id = $2", rows)

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        exported: dict[str, list[dict[str, Any]]] = {}
        for table in _USER_TABLES:
            rows = await self._reader().fetch(f"SELECT * FROM {table} WHERE user_id = $1", user_id)
            exported[table] = [dict(row) for row in rows]
        return exported

    async def forget_user(self, user_id: int) -> None:
        async with self._transaction() as db:
            for table in _USER_TABLES:
                await db.execute(f"DELETE FROM {table} WHERE user_id = $1", user_id)
            # Where she was someone's trusted friend, that link goes too.
            await db.execute("DELETE FROM friends WHERE friend_chat_id = $1", user_id)
            await db.execute("DELETE FROM inbox WHERE chat_id = $1", user_id)
            # Conversation keys are JSON lists of chat and user ids: hers hold her id. A
            # JSON array contains a number when the number is one of its elements.
            await db.execute(
                "DELETE FROM conversations WHERE key::jsonb @> to_jsonb($1::bigint)", user_id
            )
        self._remember_profile(user_id, None)

    # -- rotating content --------------------------------------------------------
    async def seen_items(self, user_id: int, pools: Sequence[str]) -> dict[str, set[str]]:
        wanted = list(dict.fromkeys(pools))
        rows = await self._reader().fetch(
            "SELECT pool, item_id FROM seen_items WHERE user_id = $1 AND pool = ANY($2::text[])",
            user_id,
            wanted,
        )
        return seen_by_pool(wanted, rows)

    async def mark_item_seen(self, user_id: int, pool: str, item_id: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO seen_items (user_id, pool, item_id, seen_at) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (user_id, pool, item_id) DO UPDATE SET seen_at = EXCLUDED.seen_at",
            user_id,
            pool,
            item_id,
            _utc(at),
        )

    async def forget_seen_items(self, user_id: int, pool: str) -> None:
        await self._change("DELETE FROM seen_items WHERE user_id = $1 AND pool = $2", user_id, pool)

    # -- durable timers --------------------------------------------------------
    async def schedule_timer(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> Timer | None:
        due = _utc(due_at)
        payload_json = _json_text(payload)
        timer_id = await (await self._writer()).fetchval(
            "INSERT INTO timers (user_id, kind, due_at, payload, dedupe_key, created_at)"
            " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
            user_id,
            kind,
            due,
            payload_json,
            dedupe_key,
            _utc(self._clock.now()),
        )
        if timer_id is None:
            return None
        # Built from the stored JSON so the caller sees what the sweeper will see later.
        return Timer(
            int(timer_id),
            user_id,
            kind,
            due,
            json.loads(payload_json),
            dedupe_key,
            TimerState.PENDING,
        )

    async def cancel_timers(self, user_id: int, kind: str) -> int:
        return await self._change(
            "UPDATE timers SET state = 'cancelled', done_at = $1"
            " WHERE user_id = $2 AND kind = $3 AND state = 'pending'",
            _utc(self._clock.now()),
            user_id,
            kind,
        )

    async def due_timers(self, now: datetime, limit: int) -> list[Timer]:
        if limit < 0:
            raise ValueError(f"limit must not be negative, not {limit}")
        rows = await self._reader().fetch(_DUE_TIMERS_SQL, _utc(now), limit)
        return [_timer_from(row) for row in rows]

    async def claim_due_timers(self, now: datetime, limit: int, until: datetime) -> list[Timer]:
        if limit < 0:
            raise ValueError(f"limit must not be negative, not {limit}")
        # One statement: the rows another worker is claiming at this moment are skipped,
        # not waited for, so workers sweeping together each take different timers.
        rows = await (await self._writer()).fetch(_CLAIM_TIMERS_SQL, _utc(now), limit, _utc(until))
        return sorted((_timer_from(row) for row in rows), key=lambda t: (t.due_at, t.id))

    async def extend_timer_claims(self, timer_ids: Sequence[int], until: datetime) -> None:
        if not timer_ids:
            return
        await self._change(
            "UPDATE timers SET claimed_until = $1"
            " WHERE state = 'pending' AND claimed_until IS NOT NULL AND id = ANY($2::bigint[])",
            _utc(until),
            list(timer_ids),
        )

    async def pending_timers(self, user_id: int) -> list[Timer]:
        rows = await self._reader().fetch(
            f"SELECT {_TIMER_COLUMNS} FROM timers"
            " WHERE user_id = $1 AND state = 'pending' ORDER BY due_at, id",
            user_id,
        )
        return [_timer_from(row) for row in rows]

    async def mark_timer_done(self, timer_id: int, at: datetime) -> None:
        # Only from pending: a timer cancelled while it was being handled stays cancelled.
        await self._change(
            "UPDATE timers SET state = 'done', done_at = $1 WHERE id = $2 AND state = 'pending'",
            _utc(at),
            timer_id,
        )

    async def set_timer(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> bool:
        changed = await self._change(
            "INSERT INTO timers (user_id, kind, due_at, payload, dedupe_key, created_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)"
            " ON CONFLICT (dedupe_key) DO UPDATE SET"
            " due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, state = 'pending',"
            " done_at = NULL, claimed_until = NULL WHERE timers.state <> 'done'",
            user_id,
            kind,
            _utc(due_at),
            _json_text(payload),
            dedupe_key,
            _utc(self._clock.now()),
        )
        return changed > 0

    async def postpone_timer(self, timer_id: int, due_at: datetime) -> None:
        await self._change(
            "UPDATE timers SET due_at = $1, claimed_until = NULL"
            " WHERE id = $2 AND state = 'pending'",
            _utc(due_at),
            timer_id,
        )

    async def cancel_all_timers(self, user_id: int) -> int:
        return await self._change(
            "UPDATE timers SET state = 'cancelled', done_at = $1"
            " WHERE user_id = $2 AND state = 'pending'",
            _utc(self._clock.now()),
            user_id,
        )

    async def count_due_timers(self, now: datetime) -> int:
        count = await self._reader().fetchval(
            "SELECT count(*) FROM timers WHERE state = 'pending' AND due_at <= $1", _utc(now)
        )
        return int(count)

    # -- urge history ------------------------------------------------------------
    async def urge_start_times(self, user_id: int, limit: int = 500) -> list[datetime]:
        rows = await self._reader().fetch(
            "SELECT started_at FROM urges WHERE user_id = $1 ORDER BY started_at DESC LIMIT $2",
            user_id,
            limit,
        )
        return [row["started_at"] for row in rows]

    # -- danger days -------------------------------------------------------------
    async def add_danger_day(self, user_id: int, kind: str, month: int, day: int) -> DangerDay:
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO danger_days (user_id, kind, month, day) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (user_id, kind, month, day) DO NOTHING",
                user_id,
                kind,
                month,
                day,
            )
            # A statement of its own: under READ COMMITTED it sees the row even when
            # another transaction added it a moment ago, which one statement would not.
            danger_day_id = await db.fetchval(
                "SELECT id FROM danger_days"
                " WHERE user_id = $1 AND kind = $2 AND month = $3 AND day = $4",
                user_id,
                kind,
                month,
                day,
            )
        return DangerDay(int(danger_day_id), user_id, kind, month, day)

    async def list_danger_days(self, user_id: int) -> list[DangerDay]:
        rows = await self._reader().fetch(
            "SELECT id, user_id, kind, month, day FROM danger_days"
            " WHERE user_id = $1 ORDER BY month, day, id",
            user_id,
        )
        return [DangerDay(r["id"], r["user_id"], r["kind"], r["month"], r["day"]) for r in rows]

    async def remove_danger_day(self, user_id: int, danger_day_id: int) -> bool:
        removed = await self._change(
            "DELETE FROM danger_days WHERE id = $1 AND user_id = $2", danger_day_id, user_id
        )
        return removed > 0

    # -- conversation persistence (PTB) ----------------------------------------
    async def load_conversations(self, name: str) -> dict[str, str]:
        rows = await self._reader().fetch(
            "SELECT key, state FROM conversations WHERE name = $1", name
        )
        return {row["key"]: _compact(row["state"]) for row in rows}

    async def save_conversation(self, name: str, key: str, state: str | None) -> None:
        if state is None:
            await self._change("DELETE FROM conversations WHERE name = $1 AND key = $2", name, key)
        else:
            await self._change(
                "INSERT INTO conversations (name, key, state) VALUES ($1, $2, $3)"
                " ON CONFLICT (name, key) DO UPDATE SET state = EXCLUDED.state",
                name,
                key,
                state,
            )

    async def conversations_of(self, chat_id: int) -> list[tuple[str, str, str]]:
        low, high = f"[{chat_id},", f"[{chat_id}-"  # see the SQLite store's _chat_key_range
        rows = await self._reader().fetch(
            # In byte order whatever the database's locale (migration 0010 says why).
            'SELECT name, key, state FROM conversations WHERE key COLLATE "C" >= $1'
            ' AND key COLLATE "C" < $2',
            low,
            high,
        )
        return [(row["name"], row["key"], _compact(row["state"])) for row in rows]

    async def user_data_of(self, user_id: int) -> str | None:
        row = await self._reader().fetchrow(
            "SELECT data FROM user_data WHERE user_id = $1", user_id
        )
        return None if row is None else _compact(row["data"])

    # -- one member leads (polls Telegram) -------------------------------------------
    async def try_lead(self, role: str) -> Leadership | None:
        """Take `role` (one per schema) if no live member holds it. The lock lives with
        a connection of its own: if this process dies, the server drops the connection
        and with it the lock, and another member takes the role."""
        connection = await self._pool.acquire()
        try:
            taken = await connection.fetchval(
                "SELECT pg_try_advisory_lock($1, hashtext(current_schema() || $2))",
                _LEADER_LOCK,
                role,
            )
        except BaseException:
            await self._pool.release(connection)
            raise
        if not taken:
            await self._pool.release(connection)
            return None
        return Leadership(self._pool, connection, role)

    # -- the members ------------------------------------------------------------------
    async def member_seen(self, member_id: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO members (member_id, seen_at) VALUES ($1, $2)"
            " ON CONFLICT (member_id) DO UPDATE SET seen_at = excluded.seen_at",
            member_id,
            _utc(at),
        )

    async def members_alive(self, seen_since: datetime) -> int:
        count = await self._reader().fetchval(
            "SELECT count(*) FROM members WHERE seen_at >= $1", _utc(seen_since)
        )
        return int(count)

    async def member_left(self, member_id: str) -> None:
        await self._change("DELETE FROM members WHERE member_id = $1", member_id)

    # -- the inbox -------------------------------------------------------------------
    async def add_to_inbox(
        self, update_id: int, chat_id: int, payload: bytes, at: datetime
    ) -> bool:
        added = await self._change(
            "INSERT INTO inbox (update_id, chat_id, payload, received_at)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (update_id) DO NOTHING",
            update_id,
            chat_id,
            payload,
            _utc(at),
        )
        return added == 1

    async def claim_inbox(self, now: datetime, limit: int, until: datetime) -> list[InboxUpdate]:
        rows = await (await self._writer()).fetch(_CLAIM_INBOX_SQL, _utc(now), limit, _utc(until))
        return sorted(
            (
                InboxUpdate(
                    row["update_id"],
                    row["chat_id"],
                    bytes(row["payload"]),
                    row["received_at"],
                    None if row["replies"] is None else bytes(row["replies"]),
                )
                for row in rows
            ),
            key=lambda item: item.update_id,
        )

    async def mark_inbox_handled(
        self, update_id: int, at: datetime, replies: bytes | None = None
    ) -> bool:
        marked = await self._change(
            "UPDATE inbox SET handled_at = $1, payload = ''::bytea, replies = $3,"
            # Still held while its replies are going out.
            " claimed_until = CASE WHEN $3::bytea IS NULL THEN NULL ELSE claimed_until END"
            " WHERE update_id = $2 AND handled_at IS NULL",
            _utc(at),
            update_id,
            replies,
        )
        if marked:
            return True
        # Gone, not handled: her step forgot her, this update's row with the rest.
        held = await self._reader().fetchval("SELECT 1 FROM inbox WHERE update_id = $1", update_id)
        return held is None

    async def inbox_replies_sent(self, update_id: int) -> None:
        await self._change(
            "UPDATE inbox SET replies = NULL, claimed_until = NULL WHERE update_id = $1",
            update_id,
        )

    async def extend_inbox_claims(self, update_ids: Sequence[int], until: datetime) -> None:
        if not update_ids:
            return
        await self._change(
            "UPDATE inbox SET claimed_until = $1"
            " WHERE (handled_at IS NULL OR replies IS NOT NULL) AND update_id = ANY($2::bigint[])",
            _utc(until),
            list(update_ids),
        )

    async def purge_inbox(self, handled_before: datetime) -> int:
        return await self._change(
            "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < $1",
            _utc(handled_before),
        )

    async def load_user_data(self) -> dict[int, str]:
        rows = await self._reader().fetch("SELECT user_id, data FROM user_data")
        return {row["user_id"]: _compact(row["data"]) for row in rows}

    async def save_user_data(self, user_id: int, data: str) -> None:
        await self._change(
            "INSERT INTO user_data (user_id, data) VALUES ($1, $2)"
            " ON CONFLICT (user_id) DO UPDATE SET data = EXCLUDED.data",
            user_id,
            data,
        )

    async def drop_user_data(self, user_id: int) -> None:
        await self._change("DELETE FROM user_data WHERE user_id = $1", user_id)

    # -- groups ----------------------------------------------------------------
    async def note_group_told(self, chat_id: int, at: datetime) -> bool:
        added = await self._change(
            "INSERT INTO group_notices (chat_id, told_at) VALUES ($1, $2)"
            " ON CONFLICT (chat_id) DO NOTHING",
            chat_id,
            _utc(at),
        )
        return added == 1


# -- leadership -------------------------------------------------------------------------


class Leadership:
    """A role this member holds (polling Telegram) until it resigns or its process dies."""

    def __init__(
        self,
        pool: asyncpg.Pool[asyncpg.Record],
        connection: PoolConnectionProxy[asyncpg.Record],
        role: str,
    ) -> None:
        self._pool = pool
        self._connection = connection
        self._role = role

    async def confirm(self) -> None:
        """Raises if the lock's connection is gone (the server let the role go)."""
        await self._connection.fetchval("SELECT 1")

    async def resign(self) -> None:
        try:
            await self._connection.fetchval(
                "SELECT pg_advisory_unlock($1, hashtext(current_schema() || $2))",
                _LEADER_LOCK,
                self._role,
            )
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
            pass  # the connection is gone, and the lock with it
        finally:
            await self._pool.release(self._connection)


# -- a unit's connection -----------------------------------------------------------------


class Executor(Protocol):
    """What the pool and a connection share, and all the store asks of either."""

    async def execute(self, query: str, *args: Any) -> str: ...
    async def executemany(self, command: str, args: Any) -> None: ...
    async def fetch(self, query: str, *args: Any) -> list[Any]: ...
    async def fetchrow(self, query: str, *args: Any) -> Any: ...
    async def fetchval(self, query: str, *args: Any, column: int = 0) -> Any: ...


class _UnitConnection:
    """The pooled connection a unit's transaction runs on, held until the unit ends.

    Tasks a step starts share its unit, and an asyncpg connection runs one statement at a
    time, so statements take turns. A statement that fails aborts the transaction (that is
    PostgreSQL's rule), so it fails the whole step at once."""

    def __init__(
        self,
        pool: asyncpg.Pool[asyncpg.Record],
        connection: PoolConnectionProxy[asyncpg.Record],
        transaction: Any,
        unit: Unit,
    ) -> None:
        self._pool = pool
        self._connection = connection
        self._transaction = transaction
        self._unit = unit
        self._turn = asyncio.Lock()

    @classmethod
    async def begin(cls, pool: asyncpg.Pool[asyncpg.Record], unit: Unit) -> _UnitConnection:
        connection = await pool.acquire()
        try:
            transaction = connection.transaction()
            await transaction.start()
        except BaseException:
            await pool.release(connection)
            raise
        return cls(pool, connection, transaction, unit)

    @staticmethod
    async def finish(hold: object, commit: bool) -> None:
        assert isinstance(hold, _UnitConnection)
        try:
            if commit:
                await hold._transaction.commit()
            else:
                await hold._transaction.rollback()
        finally:
            await hold._pool.release(hold._connection)

    async def _run(self, method: str, *args: Any, **kwargs: Any) -> Any:
        async with self._turn:
            try:
                return await getattr(self._connection, method)(*args, **kwargs)
            except BaseException:
                await self._unit.fail()
                raise

    async def execute(self, query: str, *args: Any) -> str:
        return str(await self._run("execute", query, *args))

    async def executemany(self, command: str, args: Any) -> None:
        await self._run("executemany", command, args)

    async def fetch(self, query: str, *args: Any) -> list[Any]:
        return list(await self._run("fetch", query, *args))

    async def fetchrow(self, query: str, *args: Any) -> Any:
        return await self._run("fetchrow", query, *args)

    async def fetchval(self, query: str, *args: Any, column: int = 0) -> Any:
        return await self._run("fetchval", query, *args, column=column)


# -- migrations ------------------------------------------------------------------------


async def apply_migrations(connection: Connection, directory: Path) -> list[Migration]:
    """Apply the migrations in `directory` the database has not seen yet; return them.

    Everything happens under a session-level advisory lock: a second process starting at the
    same moment waits here, then finds every file applied and applies none. PostgreSQL
    releases the lock by itself if this connection dies halfway.
    """
    migrations = discover_migrations(directory)
    schema = await connection.fetchval("SELECT current_schema()")
    if schema is None:
        raise MigrationError(
            "DATABASE_URL's search_path names no schema that exists; create it first"
        )
    await connection.execute(
        "SELECT pg_advisory_lock($1, hashtext(current_schema()))", _MIGRATION_LOCK
    )
    try:
        await connection.execute(_CREATE_VERSION_TABLE)
        newest_known = migrations[-1].version
        database_version = int(
            await connection.fetchval("SELECT coalesce(max(version), 0) FROM schema_version")
        )
        if database_version > newest_known:
            raise SchemaTooNewError(database_version, newest_known, place="database")
        applied: list[Migration] = []
        for migration in migrations:
            if await _apply(connection, migration):
                applied.append(migration)
    finally:
        # A connection that broke has lost its lock already; unlocking it would only raise
        # and hide the error that matters.
        if not connection.is_closed():
            await connection.execute(
                "SELECT pg_advisory_unlock($1, hashtext(current_schema()))", _MIGRATION_LOCK
            )
    if applied:
        _log.info("applied %d migration(s) to schema %s", len(applied), schema)
    return applied


async def _apply(connection: Connection, migration: Migration) -> bool:
    """Run one migration file in its own transaction. False if it had been applied already."""
    already = await connection.fetchval(
        "SELECT 1 FROM schema_version WHERE version = $1", migration.version
    )
    if already is not None:
        return False
    script = migration.path.read_text(encoding="utf-8")
    try:
        async with connection.transaction():
            # Without arguments asyncpg sends the script as one simple query: every
            # statement in the file, in this transaction, DDL included.
            await connection.execute(script)
            await connection.execute(
                "INSERT INTO schema_version (version, name) VALUES ($1, $2)",
                migration.version,
                migration.name,
            )
    except asyncpg.PostgresError as error:
        raise MigrationError(f"Migration {migration.path.name} failed: {error}") from error
    return True


# -- conversions between the domain and the stored formats ------------------------------


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}:***@" if parts.username else ":***@"
    return urlunsplit(parts._replace(netloc=user + host))


def _row_count(status: str) -> int:
    """asyncpg's command tag ("UPDATE 3", "INSERT 0 1", "DELETE 0") -> rows changed."""
    return int(status.rsplit(" ", 1)[-1])


def _utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("naive datetime: the store takes aware datetimes only")
    return moment.astimezone(UTC)


def _wall_minutes(moment: time) -> time:
    if moment.second or moment.microsecond or moment.tzinfo is not None:
        raise ValueError("ping_time is a local wall-clock time in whole minutes")
    return moment


def _optional_bytes(value: bytes | None) -> bytes | None:
    return None if value is None else bytes(value)


def _json_text(value: Mapping[str, Any]) -> str:
    return json.dumps(dict(value), separators=(",", ":"))


def _compact(stored: str) -> str:
    """jsonb comes back in PostgreSQL's own spacing; hand out the compact form the
    persistence layer writes, so both stores answer with the same text."""
    return json.dumps(json.loads(stored), separators=(",", ":"), ensure_ascii=False)


def _profile_values(profile: UserProfile) -> tuple[object, ...]:
    return (
        profile.user_id,
        profile.chat_id,
        profile.situation.value,
        profile.last_contact,
        profile.timezone,
        _wall_minutes(profile.ping_time),
        profile.locale,
        profile.onboarded,
        profile.best_streak_days,
        profile.banked_days,
        profile.active,
        _utc(profile.created_at),
        profile.paused_until,
        _wall_minutes(profile.quiet_start),
        _wall_minutes(profile.quiet_end),
        profile.risk_nudges,
        profile.country,
    )


def _profile_from(row: asyncpg.Record) -> UserProfile:
    return UserProfile(
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        situation=Situation(row["situation"]),
        last_contact=row["last_contact"],
        timezone=row["timezone"],
        ping_time=row["ping_time"],
        locale=row["locale"],
        onboarded=row["onboarded"],
        best_streak_days=row["best_streak_days"],
        banked_days=row["banked_days"],
        active=row["active"],
        created_at=row["created_at"],
        paused_until=row["paused_until"],
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        risk_nudges=row["risk_nudges"],
        country=row["country"],
    )


def _urge_from(row: asyncpg.Record) -> Urge:
    return Urge(
        id=row["id"],
        user_id=row["user_id"],
        started_at=row["started_at"],
        kind=UrgeKind(row["kind"]),
        trigger=None if row["trigger"] is None else Trigger(row["trigger"]),
        intensity=row["intensity"],
        outcome=None if row["outcome"] is None else UrgeOutcome(row["outcome"]),
        ended_at=row["ended_at"],
    )


def _timer_from(row: asyncpg.Record) -> Timer:
    return Timer(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=row["due_at"],
        payload=json.loads(row["payload"]),
        dedupe_key=row["dedupe_key"],
        state=TimerState(row["state"]),
    )


def _friend_from(row: asyncpg.Record) -> Friend:
    return Friend(
        user_id=row["user_id"],
        invite_code=row["invite_code"],
        friend_chat_id=row["friend_chat_id"],
        created_at=row["created_at"],
        joined_at=row["joined_at"],
        last_alert_at=row["last_alert_at"],
    )
