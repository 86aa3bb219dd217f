"""The embedded store: one SQLite file in WAL mode, one connection per process.

Statements run on the event loop's own thread, with no hop to a database thread: how
that stays safe when another process holds the file's lock, and why the disk's syncs
happen elsewhere, is in bot/store/sqlite_file.py.

Every write runs in a `BEGIN IMMEDIATE` transaction: it takes the file's write lock up
front, so two processes sharing the file queue for it (`when_unlocked`) instead of failing
halfway with SQLITE_BUSY. Within the process an `asyncio.Lock` keeps the single connection
to one transaction at a time. Reads run outside transactions; sharing the connection, a
read that lands between two statements of a write sees that write's rows a moment early.

Inside a unit of work (`unit_of_work`, bot/store/unit.py) the first write begins the
unit's one transaction and every later write joins it; the lock is held until the unit
ends, which is why the chat sends its replies only after the commit.

Storage formats (all decided here; nothing about them leaks out of the class):
  moments   UTC ISO-8601 text with microseconds and `+00:00`, so text order is time order
  dates     ISO `YYYY-MM-DD`; the daily ping time `HH:MM`
  payloads  JSON text; user-written text arrives already encrypted and is stored as BLOB
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

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
from bot.store.migrate import default_migrations_dir, migrate
from bot.store.sqlite_file import Checkpoints, connect, when_unlocked
from bot.store.unit import Unit, Units

# Upsert (`ON CONFLICT ... DO UPDATE`) arrived in SQLite 3.24.
_OLDEST_SQLITE = (3, 24, 0)

_USER_COLUMNS = (
    "user_id, chat_id, situation, last_contact, timezone, ping_time, locale,"
    " onboarded, best_streak_days, banked_days, active, created_at,"
    " paused_until, quiet_start, quiet_end, risk_nudges, country"
)
# An upsert, never INSERT OR REPLACE: REPLACE deletes the old row first, and the
# ON DELETE CASCADE foreign keys would take her slips, urges and drafts with it.
_SAVE_USER = f"""
INSERT INTO users ({_USER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (user_id) DO UPDATE SET
    chat_id = excluded.chat_id,
    situation = excluded.situation,
    last_contact = excluded.last_contact,
    timezone = excluded.timezone,
    ping_time = excluded.ping_time,
    locale = excluded.locale,
    onboarded = excluded.onboarded,
    best_streak_days = excluded.best_streak_days,
    banked_days = excluded.banked_days,
    active = excluded.active,
    created_at = excluded.created_at,
    paused_until = excluded.paused_until,
    quiet_start = excluded.quiet_start,
    quiet_end = excluded.quiet_end,
    risk_nudges = excluded.risk_nudges,
    country = excluded.country
"""

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

# `state = 'pending'` must stay a literal: SQLite only uses the partial index `timers_due`
# when the query's WHERE clause visibly implies the index's own.
_DUE_TIMERS_SQL = f"""
SELECT {_TIMER_COLUMNS} FROM timers
WHERE state = 'pending' AND due_at <= ?
ORDER BY due_at, id
LIMIT ?
"""


# Due, pending and held by no live claim. Through the same partial index as the query above.
# People, not rows: everything due of the owners of the oldest due timers, skipping anyone
# another worker holds a timer of (as bot/store/postgres.py does for many workers; here the
# file's write lock keeps two processes from choosing at once).
_CLAIMABLE_TIMERS_SQL = f"""
SELECT {_TIMER_COLUMNS} FROM timers
WHERE state = 'pending' AND due_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)
  AND user_id IN (
      SELECT due.user_id FROM timers AS due
      WHERE due.state = 'pending' AND due.due_at <= :now
        AND (due.claimed_until IS NULL OR due.claimed_until <= :now)
        AND NOT EXISTS (
            SELECT 1 FROM timers AS held
            WHERE held.user_id = due.user_id AND held.state = 'pending'
              AND held.claimed_until > :now
        )
      ORDER BY due.due_at, due.id
      LIMIT :limit
  )
ORDER BY due_at, id
"""


# The oldest waiting update of each chat, unless it is in a live worker's hands or the
# chat's last step's replies are not out yet; and replies a dead worker left unsent.
_INBOX_HEADS_SQL = """
SELECT update_id, chat_id, payload, received_at, replies FROM inbox AS waiting
WHERE (claimed_until IS NULL OR claimed_until <= ?)
  AND (
    (handled_at IS NOT NULL AND replies IS NOT NULL)
    OR (
      handled_at IS NULL
      AND update_id = (
        SELECT min(update_id) FROM inbox AS same_chat
        WHERE same_chat.chat_id = waiting.chat_id AND same_chat.handled_at IS NULL
      )
      AND NOT EXISTS (
        SELECT 1 FROM inbox AS unsent
        WHERE unsent.chat_id = waiting.chat_id AND unsent.replies IS NOT NULL
      )
    )
  )
ORDER BY update_id
LIMIT ?
"""


def _chat_key_range(chat_id: int) -> tuple[str, str]:
    """Conversation keys are JSON lists beginning with the chat id: `[42,42]`. All of one
    chat's sort between `[42,` and `[42-` (the character after the comma)."""
    return f"[{chat_id},", f"[{chat_id}-"


class SqliteRepository:
    """`bot.store.base.Repository` over one SQLite file. Create it with `open`."""

    def __init__(
        self, connection: sqlite3.Connection, checkpoints: Checkpoints, clock: Clock
    ) -> None:
        self._db = connection
        self._checkpoints = checkpoints
        self._clock = clock
        self._write_lock = asyncio.Lock()
        self._units = Units()

    @classmethod
    async def open(
        cls,
        path: Path,
        *,
        migrations_dir: Path | None = None,
        clock: Clock | None = None,
    ) -> SqliteRepository:
        """Open (or create) the database at `path` and bring its schema up to date."""
        if sqlite3.sqlite_version_info < _OLDEST_SQLITE:
            raise RuntimeError(
                "Radio Silence needs SQLite 3.24 or newer; "
                f"this Python has {sqlite3.sqlite_version}"
            )
        await asyncio.to_thread(_create_private_file, path)
        connection = await connect(path)
        try:
            await _use_wal(connection)
            await migrate(connection, migrations_dir or default_migrations_dir("sqlite"))
        except BaseException:
            connection.close()
            raise
        return cls(connection, Checkpoints(path), clock or SystemClock())

    async def close(self) -> None:
        # Waiting for the lock lets a write in flight finish instead of being rolled back.
        async with self._write_lock:
            await self._checkpoints.close()
            # Keeps the query planner's statistics fresh; cheap when little has changed.
            self._db.execute("PRAGMA optimize")
            self._db.close()

    async def ping(self) -> None:
        await self._rows("SELECT 1")

    # -- plumbing --------------------------------------------------------------
    def unit_of_work(self, owner: int) -> AbstractAsyncContextManager[Unit]:
        return self._units.unit_of_work(owner)

    def current_unit(self) -> Unit | None:
        return self._units.current()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[sqlite3.Connection]:
        unit = self._units.current()
        if unit is not None:
            async with self._in_unit(unit) as db:
                yield db
            return
        async with self._write_lock:
            await when_unlocked(self._db, "BEGIN IMMEDIATE")
            try:
                yield self._db
                self._commit()
            except BaseException:
                self._roll_back()
                raise

    @asynccontextmanager
    async def _in_unit(self, unit: Unit) -> AsyncIterator[sqlite3.Connection]:
        if unit.finish is None:
            await self._write_lock.acquire()
            try:
                await when_unlocked(self._db, "BEGIN IMMEDIATE")
            except BaseException:
                self._write_lock.release()
                raise
            unit.finish = self._finish_unit
            unit.write_transactions += 1
        unit.writes += 1
        try:
            yield self._db
        except BaseException:
            # A write that failed fails its whole step, even if the caller carries on.
            await unit.fail()
            raise

    async def _finish_unit(self, hold: object, commit: bool) -> None:
        try:
            if commit:
                self._commit()
            else:
                self._roll_back()
        finally:
            self._write_lock.release()

    def _commit(self) -> None:
        self._db.execute("COMMIT")
        self._checkpoints.committed()

    def _roll_back(self) -> None:
        # SQLite rolls back on its own after some errors; a second ROLLBACK would raise and
        # hide the error that matters.
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def _count_read(self) -> None:
        unit = self._units.current()
        if unit is not None:
            unit.reads += 1

    async def _change(self, sql: str, parameters: Sequence[object]) -> int:
        """Run one write in its own transaction; return how many rows it changed."""
        async with self._transaction() as db:
            return db.execute(sql, parameters).rowcount

    async def _insert(self, sql: str, parameters: Sequence[object]) -> int:
        """Run one INSERT in its own transaction; return the new row's id."""
        async with self._transaction() as db:
            return _insert_in(db, sql, parameters)

    async def _rows(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        self._count_read()
        # A read outside a transaction can meet another process's recovery of the WAL.
        return (await when_unlocked(self._db, sql, parameters)).fetchall()

    async def _row(self, sql: str, parameters: Sequence[object]) -> sqlite3.Row | None:
        rows = await self._rows(sql, parameters)
        return rows[0] if rows else None

    # -- users -----------------------------------------------------------------
    async def get_user(self, user_id: int) -> UserProfile | None:
        unit = self._units.current()
        if unit is not None and unit.knows_profile(user_id):
            return unit.profile(user_id)
        row = await self._row(f"SELECT {_USER_COLUMNS} FROM users WHERE user_id = ?", (user_id,))
        profile = None if row is None else _profile_from(row)
        if unit is not None:
            unit.remember_profile(user_id, profile)
        return profile

    async def save_user(self, profile: UserProfile) -> None:
        await self._change(_SAVE_USER, _profile_values(profile))
        self._remember_profile(profile.user_id, profile)

    async def set_user_active(self, user_id: int, active: bool) -> None:
        await self._change("UPDATE users SET active = ? WHERE user_id = ?", (active, user_id))
        self._forget_profile(user_id)

    def _remember_profile(self, user_id: int, profile: UserProfile | None) -> None:
        unit = self._units.current()
        if unit is not None:
            unit.remember_profile(user_id, profile)

    def _forget_profile(self, user_id: int) -> None:
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
            db.execute(_SAVE_USER, profile_values)
            slip_id = _insert_in(
                db,
                "INSERT INTO slips (user_id, occurred_at, streak_days_ended, note)"
                " VALUES (?, ?, ?, ?)",
                (profile_after.user_id, _text(occurred), streak_days_ended, note),
            )
        self._remember_profile(profile_after.user_id, profile_after)
        return Slip(slip_id, profile_after.user_id, occurred, streak_days_ended, note)

    async def list_slips(self, user_id: int) -> list[Slip]:
        rows = await self._rows(
            "SELECT id, user_id, occurred_at, streak_days_ended, note FROM slips"
            " WHERE user_id = ? ORDER BY occurred_at, id",
            (user_id,),
        )
        return [
            Slip(
                id=row["id"],
                user_id=row["user_id"],
                occurred_at=_moment(row["occurred_at"]),
                streak_days_ended=row["streak_days_ended"],
                note=row["note"],
            )
            for row in rows
        ]

    # -- urges -----------------------------------------------------------------
    async def start_urge(self, user_id: int, kind: UrgeKind, started_at: datetime) -> Urge:
        started = _utc(started_at)
        urge_id = await self._insert(
            "INSERT INTO urges (user_id, started_at, kind) VALUES (?, ?, ?)",
            (user_id, _text(started), kind.value),
        )
        return Urge(urge_id, user_id, started, kind, None, None, None, None)

    async def get_urge(self, urge_id: int) -> Urge | None:
        row = await self._row(f"SELECT {_URGE_COLUMNS} FROM urges WHERE id = ?", (urge_id,))
        return None if row is None else _urge_from(row)

    async def get_urge_and_held(self, urge_id: int) -> tuple[Urge, int] | None:
        row = await self._row(
            f"SELECT {_URGE_COLUMNS}, (SELECT count(*) FROM urges AS held"
            " WHERE held.user_id = urges.user_id AND held.outcome = ?) AS held"
            " FROM urges WHERE id = ?",
            (UrgeOutcome.HELD.value, urge_id),
        )
        return None if row is None else (_urge_from(row), int(row["held"]))

    async def set_urge_trigger(self, urge_id: int, trigger: Trigger) -> None:
        await self._change("UPDATE urges SET trigger = ? WHERE id = ?", (trigger.value, urge_id))

    async def set_urge_intensity(self, urge_id: int, intensity: int) -> None:
        if not 1 <= intensity <= 10:
            raise ValueError(f"urge intensity must be 1 to 10, not {intensity}")
        await self._change("UPDATE urges SET intensity = ? WHERE id = ?", (intensity, urge_id))

    async def finish_urge(self, urge_id: int, outcome: UrgeOutcome, ended_at: datetime) -> bool:
        changed = await self._change(
            "UPDATE urges SET outcome = ?, ended_at = ? WHERE id = ? AND outcome IS NULL",
            (outcome.value, _text(ended_at), urge_id),
        )
        return changed == 1

    async def list_urges(self, user_id: int) -> list[Urge]:
        rows = await self._rows(
            f"SELECT {_URGE_COLUMNS} FROM urges WHERE user_id = ? ORDER BY started_at, id",
            (user_id,),
        )
        return [_urge_from(row) for row in rows]

    async def count_urges(self, user_id: int, outcome: UrgeOutcome | None = None) -> int:
        if outcome is None:
            row = await self._row("SELECT count(*) FROM urges WHERE user_id = ?", (user_id,))
        else:
            row = await self._row(
                "SELECT count(*) FROM urges WHERE user_id = ? AND outcome = ?",
                (user_id, outcome.value),
            )
        assert row is not None  # an aggregate always yields a row
        return int(row[0])

    # -- drafts ----------------------------------------------------------------
    async def add_draft(
        self, user_id: int, urge_id: int | None, created_at: datetime, body: bytes
    ) -> Draft:
        created = _utc(created_at)
        draft_id = await self._insert(
            "INSERT INTO drafts (user_id, urge_id, created_at, body) VALUES (?, ?, ?, ?)",
            (user_id, urge_id, _text(created), bytes(body)),
        )
        return Draft(draft_id, user_id, urge_id, created, bytes(body))

    async def list_drafts(self, user_id: int) -> list[Draft]:
        rows = await self._rows(
            "SELECT id, user_id, urge_id, created_at, body, reviewed_at FROM drafts"
            " WHERE user_id = ? ORDER BY created_at, id",
            (user_id,),
        )
        return [
            Draft(
                id=row["id"],
                user_id=row["user_id"],
                urge_id=row["urge_id"],
                created_at=_moment(row["created_at"]),
                body=row["body"],
                reviewed_at=None if row["reviewed_at"] is None else _moment(row["reviewed_at"]),
            )
            for row in rows
        ]

    async def mark_draft_reviewed(self, user_id: int, draft_id: int, at: datetime) -> None:
        await self._change(
            "UPDATE drafts SET reviewed_at = ? WHERE id = ? AND user_id = ?",
            (_text(_utc(at)), draft_id, user_id),
        )

    async def delete_draft(self, user_id: int, draft_id: int) -> bool:
        return (
            await self._change(
                "DELETE FROM drafts WHERE id = ? AND user_id = ?", (draft_id, user_id)
            )
            > 0
        )

    # -- her own reasons -----------------------------------------------------------
    async def add_reason(self, user_id: int, created_at: datetime, body: bytes) -> OwnReason:
        created = _utc(created_at)
        reason_id = await self._insert(
            "INSERT INTO reasons (user_id, created_at, body) VALUES (?, ?, ?)",
            (user_id, _text(created), bytes(body)),
        )
        return OwnReason(reason_id, user_id, created, bytes(body))

    async def list_reasons(self, user_id: int) -> list[OwnReason]:
        rows = await self._rows(
            "SELECT id, user_id, created_at, body FROM reasons"
            " WHERE user_id = ? ORDER BY created_at, id",
            (user_id,),
        )
        return [OwnReason(r["id"], r["user_id"], _moment(r["created_at"]), r["body"]) for r in rows]

    async def reasons_and_seen(
        self, user_id: int, pools: Sequence[str]
    ) -> tuple[list[OwnReason], dict[str, set[str]]]:
        wanted = list(dict.fromkeys(pools))
        rows = await self._rows(
            "SELECT NULL AS pool, NULL AS item_id, id, created_at, body FROM reasons"
            " WHERE user_id = ?"
            " UNION ALL SELECT pool, item_id, NULL, NULL, NULL FROM seen_items"
            f" WHERE user_id = ? AND pool IN ({', '.join('?' for _ in wanted) or 'NULL'})"
            " ORDER BY created_at, id",
            (user_id, user_id, *wanted),
        )
        reasons = [
            OwnReason(r["id"], user_id, _moment(r["created_at"]), r["body"])
            for r in rows
            if r["pool"] is None
        ]
        return reasons, seen_by_pool(wanted, rows)

    async def delete_reason(self, user_id: int, reason_id: int) -> bool:
        return (
            await self._change(
                "DELETE FROM reasons WHERE id = ? AND user_id = ?", (reason_id, user_id)
            )
            > 0
        )

    # -- the cut-off checklist -----------------------------------------------------
    async def cutoff_states(self, user_id: int) -> dict[str, str]:
        rows = await self._rows(
            "SELECT item_id, state FROM cutoff_items WHERE user_id = ?", (user_id,)
        )
        return {row["item_id"]: row["state"] for row in rows}

    async def set_cutoff_state(self, user_id: int, item_id: str, state: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO cutoff_items (user_id, item_id, state, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, item_id) DO UPDATE SET"
            " state = excluded.state, updated_at = excluded.updated_at",
            (user_id, item_id, state, _text(_utc(at))),
        )

    # -- when he reaches out ---------------------------------------------------------
    async def log_he_texted(self, user_id: int, received_at: datetime, kind: str) -> HeTexted:
        received = _utc(received_at)
        entry_id = await self._insert(
            "INSERT INTO he_texted (user_id, received_at, kind) VALUES (?, ?, ?)",
            (user_id, _text(received), kind),
        )
        return HeTexted(entry_id, user_id, received, kind, None)

    async def set_he_texted_outcome(self, user_id: int, entry_id: int, outcome: str) -> None:
        await self._change(
            "UPDATE he_texted SET outcome = ? WHERE id = ? AND user_id = ?",
            (outcome, entry_id, user_id),
        )

    async def list_he_texted(self, user_id: int) -> list[HeTexted]:
        rows = await self._rows(
            "SELECT id, user_id, received_at, kind, outcome FROM he_texted"
            " WHERE user_id = ? ORDER BY received_at, id",
            (user_id,),
        )
        return [
            HeTexted(r["id"], r["user_id"], _moment(r["received_at"]), r["kind"], r["outcome"])
            for r in rows
        ]

    # -- rotating content --------------------------------------------------------
    async def seen_items(self, user_id: int, pools: Sequence[str]) -> dict[str, set[str]]:
        wanted = list(dict.fromkeys(pools))
        rows = await self._rows(
            "SELECT pool, item_id FROM seen_items"
            f" WHERE user_id = ? AND pool IN ({', '.join('?' for _ in wanted) or 'NULL'})",
            (user_id, *wanted),
        )
        return seen_by_pool(wanted, rows)

    async def mark_item_seen(self, user_id: int, pool: str, item_id: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO seen_items (user_id, pool, item_id, seen_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (user_id, pool, item_id) DO UPDATE SET seen_at = excluded.seen_at",
            (user_id, pool, item_id, _text(at)),
        )

    async def forget_seen_items(self, user_id: int, pool: str) -> None:
        await self._change("DELETE FROM seen_items WHERE user_id = ? AND pool = ?", (user_id, pool))

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
        payload_json = json.dumps(dict(payload), separators=(",", ":"))
        # rowcount and lastrowid rather than RETURNING (SQLite 3.35+): they tell the
        # duplicate apart on every SQLite we accept, with one code path.
        async with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO timers (user_id, kind, due_at, payload, dedupe_key, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING",
                (user_id, kind, _text(due), payload_json, dedupe_key, _text(self._clock.now())),
            )
            if cursor.rowcount == 0:
                return None
            timer_id = _new_id(cursor.lastrowid)
        # Built from the stored JSON so the caller sees what the sweeper will see later.
        return Timer(
            timer_id, user_id, kind, due, json.loads(payload_json), dedupe_key, TimerState.PENDING
        )

    async def cancel_timers(self, user_id: int, kind: str) -> int:
        return await self._change(
            "UPDATE timers SET state = 'cancelled', done_at = ?"
            " WHERE user_id = ? AND kind = ? AND state = 'pending'",
            (_text(self._clock.now()), user_id, kind),
        )

    async def due_timers(self, now: datetime, limit: int) -> list[Timer]:
        if limit < 0:
            raise ValueError(f"limit must not be negative, not {limit}")
        rows = await self._rows(_DUE_TIMERS_SQL, (_text(now), limit))
        return [_timer_from(row) for row in rows]

    async def claim_due_timers(self, now: datetime, limit: int, until: datetime) -> list[Timer]:
        if limit < 0:
            raise ValueError(f"limit must not be negative, not {limit}")
        moment = _text(now)
        # One write transaction holds the file's lock: no other process claims between the
        # read and the update.
        async with self._transaction() as db:
            rows = db.execute(_CLAIMABLE_TIMERS_SQL, {"now": moment, "limit": limit}).fetchall()
            if rows:
                ids = [row["id"] for row in rows]
                marks = ", ".join("?" * len(ids))
                db.execute(
                    f"UPDATE timers SET claimed_until = ? WHERE id IN ({marks})",
                    (_text(_utc(until)), *ids),
                )
        return [_timer_from(row) for row in rows]

    async def extend_timer_claims(self, timer_ids: Sequence[int], until: datetime) -> None:
        if not timer_ids:
            return
        marks = ", ".join("?" * len(timer_ids))
        await self._change(
            f"UPDATE timers SET claimed_until = ?"
            f" WHERE state = 'pending' AND claimed_until IS NOT NULL AND id IN ({marks})",
            (_text(_utc(until)), *timer_ids),
        )

    async def pending_timers(self, user_id: int) -> list[Timer]:
        rows = await self._rows(
            f"SELECT {_TIMER_COLUMNS} FROM timers"
            " WHERE user_id = ? AND state = 'pending' ORDER BY due_at, id",
            (user_id,),
        )
        return [_timer_from(row) for row in rows]

    async def mark_timer_done(self, timer_id: int, at: datetime) -> None:
        # Only from pending: a timer cancelled while it was being handled stays cancelled.
        await self._change(
            "UPDATE timers SET state = 'done', done_at = ? WHERE id = ? AND state = 'pending'",
            (_text(at), timer_id),
        )

    async def set_timer(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> bool:
        payload_json = json.dumps(dict(payload), separators=(",", ":"))
        changed = await self._change(
            "INSERT INTO timers (user_id, kind, due_at, payload, dedupe_key, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (dedupe_key) DO UPDATE SET"
            " due_at = excluded.due_at, payload = excluded.payload, state = 'pending',"
            " done_at = NULL, claimed_until = NULL WHERE timers.state != 'done'",
            (
                user_id,
                kind,
                _text(_utc(due_at)),
                payload_json,
                dedupe_key,
                _text(self._clock.now()),
            ),
        )
        return changed > 0

    async def postpone_timer(self, timer_id: int, due_at: datetime) -> None:
        await self._change(
            "UPDATE timers SET due_at = ?, claimed_until = NULL WHERE id = ? AND state = 'pending'",
            (_text(_utc(due_at)), timer_id),
        )

    async def cancel_all_timers(self, user_id: int) -> int:
        return await self._change(
            "UPDATE timers SET state = 'cancelled', done_at = ?"
            " WHERE user_id = ? AND state = 'pending'",
            (_text(self._clock.now()), user_id),
        )

    async def count_due_timers(self, now: datetime) -> int:
        row = await self._row(
            "SELECT count(*) FROM timers WHERE state = 'pending' AND due_at <= ?",
            (_text(_utc(now)),),
        )
        return int(row[0]) if row is not None else 0

    # -- urge history ------------------------------------------------------------
    async def urge_start_times(self, user_id: int, limit: int = 500) -> list[datetime]:
        rows = await self._rows(
            "SELECT started_at FROM urges WHERE user_id = ? ORDER BY started_at DESC LIMIT ?",
            (user_id, limit),
        )
        return [_moment(row["started_at"]) for row in rows]

    # -- danger days -------------------------------------------------------------
    async def add_danger_day(self, user_id: int, kind: str, month: int, day: int) -> DangerDay:
        async with self._transaction() as db:
            db.execute(
                "INSERT INTO danger_days (user_id, kind, month, day) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, kind, month, day) DO NOTHING",
                (user_id, kind, month, day),
            )
            rows = db.execute(
                "SELECT id FROM danger_days"
                " WHERE user_id = ? AND kind = ? AND month = ? AND day = ?",
                (user_id, kind, month, day),
            ).fetchall()
        return DangerDay(rows[0]["id"], user_id, kind, month, day)

    async def list_danger_days(self, user_id: int) -> list[DangerDay]:
        rows = await self._rows(
            "SELECT id, user_id, kind, month, day FROM danger_days"
            " WHERE user_id = ? ORDER BY month, day, id",
            (user_id,),
        )
        return [DangerDay(r["id"], r["user_id"], r["kind"], r["month"], r["day"]) for r in rows]

    async def remove_danger_day(self, user_id: int, danger_day_id: int) -> bool:
        removed = await self._change(
            "DELETE FROM danger_days WHERE id = ? AND user_id = ?", (danger_day_id, user_id)
        )
        return removed > 0

    # -- her trusted friend --------------------------------------------------------
    async def invite_friend(self, user_id: int, invite_code: str, at: datetime) -> Friend:
        created = _utc(at)
        await self._change(
            "INSERT INTO friends (user_id, invite_code, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET invite_code = excluded.invite_code,"
            " created_at = excluded.created_at, friend_chat_id = NULL, joined_at = NULL,"
            " last_alert_at = NULL",
            (user_id, invite_code, _text(created)),
        )
        return Friend(user_id, invite_code, None, created, None, None)

    async def friend_of(self, user_id: int) -> Friend | None:
        row = await self._row(
            f"SELECT {_FRIEND_COLUMNS} FROM friends WHERE user_id = ?", (user_id,)
        )
        return None if row is None else _friend_from(row)

    async def accept_invite(
        self, invite_code: str, friend_chat_id: int, at: datetime
    ) -> Friend | None:
        changed = await self._change(
            "UPDATE friends SET friend_chat_id = ?, joined_at = ?"
            " WHERE invite_code = ? AND friend_chat_id IS NULL AND user_id != ?",
            (friend_chat_id, _text(_utc(at)), invite_code, friend_chat_id),
        )
        if not changed:
            return None
        row = await self._row(
            f"SELECT {_FRIEND_COLUMNS} FROM friends WHERE invite_code = ?", (invite_code,)
        )
        return None if row is None else _friend_from(row)

    async def friendships_of(self, friend_chat_id: int) -> list[Friend]:
        rows = await self._rows(
            f"SELECT {_FRIEND_COLUMNS} FROM friends WHERE friend_chat_id = ? ORDER BY user_id",
            (friend_chat_id,),
        )
        return [_friend_from(row) for row in rows]

    async def end_friendship(self, user_id: int) -> None:
        await self._change("DELETE FROM friends WHERE user_id = ?", (user_id,))

    async def note_friend_alerted(self, user_id: int, at: datetime) -> None:
        await self._change(
            "UPDATE friends SET last_alert_at = ? WHERE user_id = ?", (_text(_utc(at)), user_id)
        )

    # -- her data as a whole: key rotation, export, forgetting -------------------------
    async def ciphertexts(self) -> list[Ciphertext]:
        found: list[Ciphertext] = []
        for table, column in _ENCRYPTED_COLUMNS:
            rows = await self._rows(
                f"SELECT id, {column} AS value FROM {table} WHERE {column} IS NOT NULL"
            )
            found += [Ciphertext(table, row["id"], row["value"]) for row in rows]
        return found

    async def replace_ciphertexts(self, replacements: Sequence[Ciphertext]) -> None:
        columns = dict(_ENCRYPTED_COLUMNS)
        async with self._transaction() as db:
            for item in replacements:
                column = columns[item.table]  # only known tables and columns reach the SQL
                db.execute(
                    f"UPDATE {item.table} SET {column} = ? WHERE id = ?",
                    (bytes(item.value), item.row_id),
                )

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        exported: dict[str, list[dict[str, Any]]] = {}
        for table in _USER_TABLES:
            rows = await self._rows(f"SELECT * FROM {table} WHERE user_id = ?", (user_id,))
            exported[table] = [dict(row) for row in rows]
        return exported

    async def forget_user(self, user_id: int) -> None:
        async with self._transaction() as db:
            for table in _USER_TABLES:
                db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            # Where she was someone's trusted friend, that link goes too.
            db.execute("DELETE FROM friends WHERE friend_chat_id = ?", (user_id,))
            db.execute("DELETE FROM inbox WHERE chat_id = ?", (user_id,))
            # Conversation keys are JSON lists of chat and user ids: hers hold her id. SQLite
            # finds the keys with her id's digits in them (a scan, but in C: the statement
            # runs on the event loop); the JSON check drops any that only contain them.
            conversations = db.execute(
                "SELECT name, key FROM conversations WHERE instr(key, ?) > 0", (str(user_id),)
            ).fetchall()
            for row in conversations:
                if user_id in json.loads(row["key"]):
                    db.execute(
                        "DELETE FROM conversations WHERE name = ? AND key = ?",
                        (row["name"], row["key"]),
                    )
        self._remember_profile(user_id, None)

    # -- conversation persistence (PTB) ----------------------------------------
    async def load_conversations(self, name: str) -> dict[str, str]:
        rows = await self._rows("SELECT key, state FROM conversations WHERE name = ?", (name,))
        return {row["key"]: row["state"] for row in rows}

    async def save_conversation(self, name: str, key: str, state: str | None) -> None:
        if state is None:
            await self._change("DELETE FROM conversations WHERE name = ? AND key = ?", (name, key))
        else:
            await self._change(
                "INSERT INTO conversations (name, key, state) VALUES (?, ?, ?)"
                " ON CONFLICT (name, key) DO UPDATE SET state = excluded.state",
                (name, key, state),
            )

    async def conversations_of(self, chat_id: int) -> list[tuple[str, str, str]]:
        low, high = _chat_key_range(chat_id)
        rows = await self._rows(
            "SELECT name, key, state FROM conversations WHERE key >= ? AND key < ?", (low, high)
        )
        return [(row["name"], row["key"], row["state"]) for row in rows]

    async def user_data_of(self, user_id: int) -> str | None:
        row = await self._row("SELECT data FROM user_data WHERE user_id = ?", (user_id,))
        return None if row is None else str(row["data"])

    # -- the members ------------------------------------------------------------------
    async def member_seen(self, member_id: str, at: datetime) -> None:
        await self._change(
            "INSERT INTO members (member_id, seen_at) VALUES (?, ?)"
            " ON CONFLICT (member_id) DO UPDATE SET seen_at = excluded.seen_at",
            (member_id, _text(at)),
        )

    async def members_alive(self, seen_since: datetime) -> int:
        row = await self._row(
            "SELECT count(*) AS alive FROM members WHERE seen_at >= ?", (_text(seen_since),)
        )
        return 0 if row is None else int(row["alive"])

    async def member_left(self, member_id: str) -> None:
        await self._change("DELETE FROM members WHERE member_id = ?", (member_id,))

    # -- the inbox -------------------------------------------------------------------
    async def add_to_inbox(
        self, update_id: int, chat_id: int, payload: bytes, at: datetime
    ) -> bool:
        added = await self._change(
            "INSERT INTO inbox (update_id, chat_id, payload, received_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (update_id) DO NOTHING",
            (update_id, chat_id, payload, _text(at)),
        )
        return added == 1

    async def claim_inbox(self, now: datetime, limit: int, until: datetime) -> list[InboxUpdate]:
        moment = _text(now)
        async with self._transaction() as db:
            rows = db.execute(_INBOX_HEADS_SQL, (moment, limit)).fetchall()
            if rows:
                ids = [row["update_id"] for row in rows]
                marks = ", ".join("?" * len(ids))
                db.execute(
                    f"UPDATE inbox SET claimed_until = ? WHERE update_id IN ({marks})",
                    (_text(_utc(until)), *ids),
                )
        return [
            InboxUpdate(
                row["update_id"],
                row["chat_id"],
                bytes(row["payload"]),
                _moment(row["received_at"]),
                None if row["replies"] is None else bytes(row["replies"]),
            )
            for row in rows
        ]

    async def mark_inbox_handled(
        self, update_id: int, at: datetime, replies: bytes | None = None
    ) -> bool:
        marked = await self._change(
            "UPDATE inbox SET handled_at = ?, payload = x'', replies = ?,"
            " claimed_until = CASE WHEN ? IS NULL THEN NULL ELSE claimed_until END"
            " WHERE update_id = ? AND handled_at IS NULL",
            (_text(at), replies, replies, update_id),
        )
        if marked:
            return True
        # Gone, not handled: her step forgot her, this update's row with the rest.
        return await self._row("SELECT 1 FROM inbox WHERE update_id = ?", (update_id,)) is None

    async def inbox_replies_sent(self, update_id: int) -> None:
        await self._change(
            "UPDATE inbox SET replies = NULL, claimed_until = NULL WHERE update_id = ?",
            (update_id,),
        )

    async def extend_inbox_claims(self, update_ids: Sequence[int], until: datetime) -> None:
        if not update_ids:
            return
        marks = ", ".join("?" * len(update_ids))
        await self._change(
            f"UPDATE inbox SET claimed_until = ?"
            f" WHERE (handled_at IS NULL OR replies IS NOT NULL) AND update_id IN ({marks})",
            (_text(_utc(until)), *update_ids),
        )

    async def purge_inbox(self, handled_before: datetime) -> int:
        return await self._change(
            "DELETE FROM inbox WHERE handled_at IS NOT NULL AND handled_at < ?",
            (_text(handled_before),),
        )

    async def load_user_data(self) -> dict[int, str]:
        rows = await self._rows("SELECT user_id, data FROM user_data")
        return {row["user_id"]: row["data"] for row in rows}

    async def save_user_data(self, user_id: int, data: str) -> None:
        await self._change(
            "INSERT INTO user_data (user_id, data) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET data = excluded.data",
            (user_id, data),
        )

    async def drop_user_data(self, user_id: int) -> None:
        await self._change("DELETE FROM user_data WHERE user_id = ?", (user_id,))

    # -- groups ----------------------------------------------------------------
    async def note_group_told(self, chat_id: int, at: datetime) -> bool:
        changed = await self._change(
            "INSERT INTO group_notices (chat_id, told_at) VALUES (?, ?)"
            " ON CONFLICT (chat_id) DO NOTHING",
            (chat_id, _text(at)),
        )
        return changed == 1


async def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting for another process that is opening it too.

    Changing the journal mode takes the file's exclusive lock. When two processes open a new
    file at once, both hold a read lock while each asks for it, and one of them is refused;
    it tries again, and by then the other has switched the file (the mode is stored in the
    file), so the second try finds WAL already on.
    """
    rows = (await when_unlocked(connection, "PRAGMA journal_mode = WAL")).fetchall()
    mode = str(rows[0][0]) if rows else "unknown"
    if mode.lower() != "wal":
        # An in-memory or read-only database cannot use WAL; a file of ours always can.
        raise RuntimeError(f"SQLite kept journal mode {mode!r} instead of WAL")


def _create_private_file(path: Path) -> None:
    # The file holds who she is and what happened to her. Creating it ourselves makes it
    # private from the start; SQLite gives the -wal and -shm files the same mode.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)


# -- conversions between the domain and the stored formats ------------------------------


def _utc(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError("naive datetime: the store takes aware datetimes only")
    return moment.astimezone(UTC)


def _text(moment: datetime) -> str:
    """The one stored form of a moment: fixed width, so sorting the text sorts the time."""
    return _utc(moment).isoformat(timespec="microseconds")


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _optional_moment(text: str | None) -> datetime | None:
    return None if text is None else _moment(text)


def _ping_text(moment: time) -> str:
    if moment.second or moment.microsecond or moment.tzinfo is not None:
        raise ValueError("ping_time is a local wall-clock time in whole minutes")
    return moment.strftime("%H:%M")


def _profile_values(profile: UserProfile) -> tuple[object, ...]:
    return (
        profile.user_id,
        profile.chat_id,
        profile.situation.value,
        profile.last_contact.isoformat(),
        profile.timezone,
        _ping_text(profile.ping_time),
        profile.locale,
        profile.onboarded,
        profile.best_streak_days,
        profile.banked_days,
        profile.active,
        _text(profile.created_at),
        None if profile.paused_until is None else profile.paused_until.isoformat(),
        _ping_text(profile.quiet_start),
        _ping_text(profile.quiet_end),
        profile.risk_nudges,
        profile.country,
    )


def _profile_from(row: sqlite3.Row) -> UserProfile:
    return UserProfile(
        user_id=row["user_id"],
        chat_id=row["chat_id"],
        situation=Situation(row["situation"]),
        last_contact=date.fromisoformat(row["last_contact"]),
        timezone=row["timezone"],
        ping_time=time.fromisoformat(row["ping_time"]),
        locale=row["locale"],
        onboarded=bool(row["onboarded"]),
        best_streak_days=row["best_streak_days"],
        banked_days=row["banked_days"],
        active=bool(row["active"]),
        created_at=_moment(row["created_at"]),
        paused_until=None
        if row["paused_until"] is None
        else date.fromisoformat(row["paused_until"]),
        quiet_start=time.fromisoformat(row["quiet_start"]),
        quiet_end=time.fromisoformat(row["quiet_end"]),
        risk_nudges=bool(row["risk_nudges"]),
        country=row["country"],
    )


def _urge_from(row: sqlite3.Row) -> Urge:
    return Urge(
        id=row["id"],
        user_id=row["user_id"],
        started_at=_moment(row["started_at"]),
        kind=UrgeKind(row["kind"]),
        trigger=None if row["trigger"] is None else Trigger(row["trigger"]),
        intensity=row["intensity"],
        outcome=None if row["outcome"] is None else UrgeOutcome(row["outcome"]),
        ended_at=_optional_moment(row["ended_at"]),
    )


def _timer_from(row: sqlite3.Row) -> Timer:
    return Timer(
        id=row["id"],
        user_id=row["user_id"],
        kind=row["kind"],
        due_at=_moment(row["due_at"]),
        payload=json.loads(row["payload"]),
        dedupe_key=row["dedupe_key"],
        state=TimerState(row["state"]),
    )


def _insert_in(db: sqlite3.Connection, sql: str, parameters: Sequence[object]) -> int:
    return _new_id(db.execute(sql, parameters).lastrowid)


def _new_id(lastrowid: int | None) -> int:
    if lastrowid is None:  # only when no row was inserted, which callers rule out
        raise RuntimeError("INSERT reported no new row id")
    return lastrowid


def _friend_from(row: sqlite3.Row) -> Friend:
    def moment(value: str | None) -> datetime | None:
        return None if value is None else _moment(value)

    return Friend(
        user_id=row["user_id"],
        invite_code=row["invite_code"],
        friend_chat_id=row["friend_chat_id"],
        created_at=_moment(row["created_at"]),
        joined_at=moment(row["joined_at"]),
        last_alert_at=moment(row["last_alert_at"]),
    )
