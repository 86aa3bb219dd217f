"""Key rotation: everything she wrote moves to the newest key, and only then may the old go."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.core.model import Situation, UserProfile
from bot.crypto import TextCipher, UnreadableTextError, new_key
from bot.features.drafts.rotation import rotate_keys
from bot.store.sqlite import SqliteRepository

T0 = datetime(2026, 2, 1, 22, 0, tzinfo=UTC)
WORDS = {"drafts": "Please call me back", "reasons": "I sleep again", "slips": "I rang him"}


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[SqliteRepository]:
    repository = await SqliteRepository.open(tmp_path / "rs.db")
    yield repository
    await repository.close()


async def store_everything(repo: SqliteRepository, cipher: TextCipher) -> None:
    profile = UserProfile(
        user_id=1,
        chat_id=1,
        situation=Situation.CHEATING,
        last_contact=date(2026, 1, 20),
        timezone="UTC",
        ping_time=time(9),
        locale="en",
        onboarded=True,
        best_streak_days=0,
        banked_days=0,
        active=True,
        created_at=T0,
    )
    await repo.save_user(profile)
    await repo.add_draft(1, None, T0, cipher.encrypt(WORDS["drafts"]))
    await repo.add_reason(1, T0, cipher.encrypt(WORDS["reasons"]))
    await repo.record_slip(profile, T0, 12, cipher.encrypt(WORDS["slips"]))


async def test_after_rotation_the_new_key_alone_reads_everything(repo: SqliteRepository) -> None:
    key_a, key_b = new_key(), new_key()
    await store_everything(repo, TextCipher([key_a]))

    count = await rotate_keys(repo, TextCipher([key_b, key_a]))

    assert count == 3
    only_b, only_a = TextCipher([key_b]), TextCipher([key_a])
    stored = await repo.ciphertexts()
    assert {item.table: only_b.decrypt(item.value) for item in stored} == WORDS
    for item in stored:
        with pytest.raises(UnreadableTextError):
            only_a.decrypt(item.value)


async def test_a_text_no_key_can_read_stops_the_rotation_before_anything_changes(
    repo: SqliteRepository,
) -> None:
    key_a, key_b, lost = new_key(), new_key(), new_key()
    await store_everything(repo, TextCipher([key_a]))
    await repo.add_draft(1, None, T0, TextCipher([lost]).encrypt("under a lost key"))
    before = await repo.ciphertexts()

    with pytest.raises(UnreadableTextError):
        await rotate_keys(repo, TextCipher([key_b, key_a]))

    assert await repo.ciphertexts() == before


async def test_rotating_nothing_is_fine(repo: SqliteRepository) -> None:
    assert await rotate_keys(repo, TextCipher([new_key()])) == 0
