"""The SQLite file shared with another process: a step waits for its lock without freezing
the bot, nothing is lost, and what is committed reaches the database file itself from a
worker thread.

The other process is a plain sqlite3 connection to the same file: SQLite's locks between
two connections are the file's, as between processes. Its commit is scheduled on the
bot's event loop, so a store that waited for the lock inside SQLite, blocking the loop,
would never let it run: the test would then fail with "database is locked".
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from bot.store.sqlite import SqliteRepository
from bot.store.sqlite_file import CHECKPOINT_EVERY
from tests.test_store_contract import make_profile


async def test_a_step_waits_for_another_process_s_write_without_holding_up_the_bot(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.db"
    repository = await SqliteRepository.open(path)
    other_process = sqlite3.connect(path, isolation_level=None)
    try:
        other_process.execute("BEGIN IMMEDIATE")  # another process's write, in progress
        # Her reads still answer while the file is locked for writing.
        assert await repository.get_user(1) is None

        waiting = asyncio.create_task(repository.save_user(make_profile(1)))
        done_while_locked: list[bool] = []

        def other_process_commits() -> None:
            done_while_locked.append(waiting.done())
            other_process.execute("COMMIT")

        # Runs after the write's first try, which finds the file locked. It can run at all
        # only because that try did not block the event loop waiting for the lock.
        asyncio.get_running_loop().call_soon(other_process_commits)
        await waiting

        assert done_while_locked == [False]
        assert await repository.get_user(1) == make_profile(1)
    finally:
        other_process.close()
        await repository.close()


def _users_in_the_file_alone(path: Path, tmp_path: Path) -> int:
    """What a copy of the database file holds without its WAL (a careless backup)."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(path, copy)
    with closing(sqlite3.connect(copy)) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE name = 'users'")
        if tables.fetchone() is None:
            return 0
        return int(connection.execute("SELECT count(*) FROM users").fetchone()[0])


async def test_commits_reach_the_database_file_by_a_checkpoint_off_the_loop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.db"
    repository = await SqliteRepository.open(path)
    try:
        for user_id in range(1, CHECKPOINT_EVERY):
            await repository.save_user(make_profile(user_id))
        # Until the checkpoint, every commit is only in the WAL.
        assert _users_in_the_file_alone(path, tmp_path) == 0

        await repository.save_user(make_profile(CHECKPOINT_EVERY))
        checkpoint = next(
            task for task in asyncio.all_tasks() if task.get_name() == "sqlite-checkpoint"
        )
        await checkpoint
        assert _users_in_the_file_alone(path, tmp_path) == CHECKPOINT_EVERY
    finally:
        await repository.close()
