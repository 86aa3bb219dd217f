"""The SQLite file itself: opened, locked and checkpointed without stalling the event loop.

The store runs its statements on the event loop's own thread. A statement on this file
takes microseconds, while a hop to a database thread and back (as aiosqlite makes for
every statement) costs the loop more than the statement itself: measured on the /urge
benchmark, the hops took half the bot's CPU, and the database thread and the loop spent
their time handing the GIL to each other (README, "Performance").

Running on the loop is only right while no statement waits, and SQLite waits in two
places; both are moved off the loop here:

- **Another process's write lock.** The connection's busy timeout is zero, so a
  statement that needs a lock someone else holds is refused at once instead of blocking;
  `when_unlocked` then tries again after a short pause, awaiting between tries, for up to
  `BUSY_TIMEOUT` (the wait SQLite's own busy timeout would have made, without holding up
  every other chat). In one process, writes already queue on the store's `asyncio.Lock`.
- **The disk.** With `synchronous = NORMAL` in WAL mode a commit only appends to the WAL;
  the fsyncs happen when a checkpoint copies the WAL into the database file, which SQLite
  would otherwise do inside the commit that crosses 1000 pages. `Checkpoints` does it
  from a worker thread on a connection of its own instead (SQLite releases the GIL while
  it copies and syncs), and the loop's connection never checkpoints by itself.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

# How long a statement waits for another process's lock before it gives up.
BUSY_TIMEOUT = timedelta(seconds=5)
# Pauses between tries while another process holds the lock: short at first (its
# transaction is usually one step, about a millisecond), then no more than a few per second.
_FIRST_PAUSE = 0.001
_LONGEST_PAUSE = 0.05
# A checkpoint after this many commits: a step commits a handful of pages, so the WAL
# stays around a thousand pages, as it would with SQLite's own automatic checkpoints.
CHECKPOINT_EVERY = 200

_log = logging.getLogger(__name__)


async def connect(path: Path) -> sqlite3.Connection:
    """The loop's connection: autocommit (the store opens its own transactions), rows by
    column name, and no waiting inside SQLite for anyone's lock."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        connection.row_factory = sqlite3.Row
        for pragma in (
            "PRAGMA busy_timeout = 0",
            "PRAGMA foreign_keys = ON",
            "PRAGMA synchronous = NORMAL",
            # Checkpoints run in `Checkpoints`' thread, never inside one of her steps.
            "PRAGMA wal_autocheckpoint = 0",
        ):
            # Even a pragma can be refused while another process is creating the file.
            await when_unlocked(connection, pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def _is_busy(error: sqlite3.Error) -> bool:
    """SQLite refused because another connection holds a lock it needs (SQLITE_BUSY and its
    extended codes)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and (code & 0xFF) == sqlite3.SQLITE_BUSY


async def when_unlocked(
    connection: sqlite3.Connection, sql: str, parameters: Sequence[object] = ()
) -> sqlite3.Cursor:
    """Run `sql`, trying again while another process holds a lock it needs.

    Tried again only when it ran outside a transaction (BEGIN IMMEDIATE, a bare read): one
    that SQLite refused as busy then changed nothing, so trying it again is safe. Inside a
    transaction this connection already holds the write lock, and a refusal is raised.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BUSY_TIMEOUT.total_seconds()
    pause = _FIRST_PAUSE
    while True:
        try:
            return connection.execute(sql, parameters)
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or connection.in_transaction or loop.time() > deadline:
                raise
        await asyncio.sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE)


class Checkpoints:
    """Copies the WAL into the database file from a worker thread, every
    `CHECKPOINT_EVERY` commits; one checkpoint at a time.

    PASSIVE: it copies what no reader still needs and never waits for, or blocks, the
    loop's connection; what it could not copy this time, the next one does.
    """

    def __init__(self, path: Path, every: int = CHECKPOINT_EVERY) -> None:
        self._path = path
        self._every = every
        self._commits = 0
        self._connection: sqlite3.Connection | None = None
        self._running: asyncio.Task[None] | None = None

    def committed(self) -> None:
        """Count a commit; start a checkpoint when enough have gathered and none is running."""
        self._commits += 1
        if self._commits < self._every or self._running is not None:
            return
        self._commits = 0
        self._running = asyncio.get_running_loop().create_task(
            asyncio.to_thread(self._checkpoint), name="sqlite-checkpoint"
        )
        self._running.add_done_callback(self._finished)

    def _checkpoint(self) -> None:
        if self._connection is None:
            # Used only from worker threads, one checkpoint at a time.
            self._connection = sqlite3.connect(
                self._path, isolation_level=None, timeout=0, check_same_thread=False
            )
        self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._running = None
        if not task.cancelled() and (error := task.exception()) is not None:
            # The WAL only grows until the next checkpoint succeeds; nothing is lost.
            _log.warning("SQLite checkpoint failed; the next one tries again: %s", error)

    async def close(self) -> None:
        """Let a checkpoint in progress finish, then close its connection."""
        if self._running is not None:
            await asyncio.wait([self._running])
        if self._connection is not None:
            self._connection.close()
            self._connection = None
