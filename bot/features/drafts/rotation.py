"""Key rotation: every stored text re-encrypted under the newest key, so an old key can go.

The order that loses nothing: put the new key first (ENCRYPTION_KEYS or encryption.keys)
with the old one still listed, rotate, and only then remove the old key.
"""

from __future__ import annotations

from dataclasses import replace

from bot.crypto import TextCipher
from bot.store.base import Repository


async def rotate_keys(repo: Repository, cipher: TextCipher) -> int:
    """Re-encrypt every stored text under `cipher`'s newest key; returns how many.

    All or nothing: every text is rotated in memory before one is written, so a text no
    key can read raises `UnreadableTextError` with the database untouched, and the rest
    are written in a single transaction.
    """
    stored = await repo.ciphertexts()
    rotated = [replace(item, value=cipher.rotate(item.value)) for item in stored]
    await repo.replace_ciphertexts(rotated)
    return len(rotated)
