"""The SQLite file shared by two bots: one's step never freezes the other, nothing is lost,
and what is committed reaches the database file itself from a worker thread.

Two repositories on one file stand for two processes: each has its own connection, and
SQLite's locks between them are the file's, as between processes. They share one event
loop here, so a store that waited for the other's lock inside SQLite would hold up the
very step it waits for: these tests would then fail with "database is locked".
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


async def test_a_step_waits_for_the_other_bots_write_and_both_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    first = await SqliteRepository.open(path)
    second = await SqliteRepository.open(path)
    try:
        async with first.unit_of_work(1):
            # Her step holds the file's write lock until its unit ends.
            await first.save_user(make_profile(1))
            waiting = asyncio.create_task(second.save_user(make_profile(2)))
            # One turn of the loop: the other bot's write starts, finds the file locked and
            # waits for it, without holding up this step.
            await asyncio.sleep(0)
            assert not waiting.done()
            # Her reads still answer while the other bot waits for the lock.
            assert await second.get_user(2) is None
        await waiting
        assert await first.get_user(2) == make_profile(2)
        assert await second.get_user(1) == make_profile(1)
    finally:
        await first.close()
        await second.close()


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
