"""What she writes is stored encrypted, keys can be rotated, and keys never leak."""

from __future__ import annotations

import base64
import stat
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.core.model import Situation, UserProfile
from bot.crypto import KEY_FILE_NAME, TextCipher, UnreadableTextError, new_key, resolve_keys
from bot.store.sqlite import SqliteRepository

T0 = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
UNSENT = "I still think about you every night. Please call me. — M."


def database_bytes(directory: Path) -> bytes:
    """Everything SQLite keeps on disk: the main file, and the -wal and -shm files."""
    return b"".join(file.read_bytes() for file in sorted(directory.glob("rs.db*")))


def test_text_comes_back_exactly_and_is_not_in_the_token() -> None:
    cipher = TextCipher([new_key()])
    text = "Warum hast du das getan? 💔 ça fait mal"

    token = cipher.encrypt(text)

    assert cipher.decrypt(token) == text
    assert text.encode("utf-8") not in token


async def test_a_draft_cannot_be_read_in_the_database_files(tmp_path: Path) -> None:
    cipher = TextCipher([new_key()])
    repository = await SqliteRepository.open(tmp_path / "rs.db")
    await repository.save_user(
        UserProfile(1, 1, Situation.ABUSE, date(2026, 3, 1), "UTC", time(20), "en", True, 0, 0,
                    True, T0)
    )  # fmt: skip
    body = cipher.encrypt(UNSENT)

    await repository.add_draft(1, None, T0, body)

    # While open, the new row lives in the -wal file; after close it is checkpointed into
    # the main file. Both moments count.
    on_disk_while_open = database_bytes(tmp_path)
    [draft] = await repository.list_drafts(1)
    await repository.close()
    on_disk_after_close = database_bytes(tmp_path)

    for raw in (on_disk_while_open, on_disk_after_close):
        assert body in raw  # proves we are looking where the draft is
        assert UNSENT.encode("utf-8") not in raw
        assert b"every night" not in raw
    assert cipher.decrypt(draft.body) == UNSENT


def test_rotation_moves_texts_to_the_new_key(tmp_path: Path) -> None:
    old, new = new_key(), new_key()
    token = TextCipher([old]).encrypt(UNSENT)
    during = TextCipher([new, old])

    assert during.decrypt(token) == UNSENT  # the old key, second in the list, still reads
    rotated = during.rotate(token)

    assert TextCipher([new]).decrypt(rotated) == UNSENT
    with pytest.raises(UnreadableTextError):
        TextCipher([old]).decrypt(rotated)


def test_a_text_no_key_can_read_is_a_clear_error() -> None:
    token = TextCipher([new_key()]).encrypt(UNSENT)

    with pytest.raises(UnreadableTextError, match="None of the encryption keys"):
        TextCipher([new_key()]).decrypt(token)


def test_a_generated_key_file_is_private_and_reused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    keys, created = resolve_keys([], data_dir)
    token = TextCipher(keys).encrypt(UNSENT)

    key_file = data_dir / KEY_FILE_NAME
    assert created is True
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    keys_next_start, created_next_start = resolve_keys([], data_dir)

    assert (keys_next_start, created_next_start) == (keys, False)
    assert TextCipher(keys_next_start).decrypt(token) == UNSENT


def test_configured_keys_win_and_nothing_is_written(tmp_path: Path) -> None:
    configured = [new_key(), new_key()]

    assert resolve_keys(configured, tmp_path) == (configured, False)
    assert not (tmp_path / KEY_FILE_NAME).exists()


def test_an_emptied_key_file_is_not_silently_replaced(tmp_path: Path) -> None:
    key_file = tmp_path / KEY_FILE_NAME
    key_file.write_text("# keys\n\n")

    # A fresh key here would quietly make every stored draft unreadable.
    with pytest.raises(ValueError, match="holds no keys"):
        resolve_keys([], tmp_path)

    assert key_file.read_text() == "# keys\n\n"


@pytest.mark.parametrize(
    "bad_key",
    [
        "correct-horse-battery-staple",
        base64.urlsafe_b64encode(b"sixteen byte key").decode("ascii"),
    ],
)
def test_an_invalid_configured_key_is_named_by_position_never_shown(
    tmp_path: Path, bad_key: str
) -> None:
    with pytest.raises(ValueError) as refused:
        resolve_keys([new_key(), bad_key, new_key()], tmp_path)

    message = str(refused.value)
    assert message == (
        "ENCRYPTION_KEYS: key 2 of 3 is not a valid Fernet key (32 url-safe base64 bytes)"
    )
    assert bad_key not in message
    # The library's own error is not chained in, so a traceback cannot show it either.
    assert refused.value.__cause__ is None and refused.value.__suppress_context__
