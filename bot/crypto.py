"""Encryption of what she writes (drafts, slip notes) before it reaches the database.

Keys are Fernet keys, newest first: the newest encrypts, every listed key can decrypt, so
a key is rotated by putting a new one in front, re-encrypting (`TextCipher.rotate`) and
only then dropping the old one. Keys are never logged and never appear in error messages.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

KEY_FILE_NAME = "encryption.keys"

_KEY_FILE_HEADER = """\
# Radio Silence encryption keys, one per line, newest first.
# Without them the stored drafts and notes cannot be read: back this file up, privately.
"""


class UnreadableTextError(ValueError):
    """No configured key can decrypt a stored text (a key was dropped, or the data is bad)."""


class TextCipher:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("TextCipher needs at least one key")
        self._fernet = MultiFernet([Fernet(key) for key in keys])

    def encrypt(self, text: str) -> bytes:
        return self._fernet.encrypt(text.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken:
            raise UnreadableTextError(
                "None of the encryption keys can read this text; was a key removed from "
                "ENCRYPTION_KEYS or encryption.keys before its texts were rotated?"
            ) from None

    def rotate(self, token: bytes) -> bytes:
        """The same text, encrypted under the newest key."""
        try:
            return self._fernet.rotate(token)
        except InvalidToken:
            raise UnreadableTextError("None of the encryption keys can read this text") from None


def new_key() -> str:
    """A fresh Fernet key, as the key file and ENCRYPTION_KEYS hold them."""
    return Fernet.generate_key().decode("ascii")


def resolve_keys(configured: list[str], data_dir: Path) -> tuple[list[str], bool]:
    """The keys to use, newest first, and whether a new key was just generated.

    Configured keys (ENCRYPTION_KEYS) win. Otherwise the key file in `data_dir` is used,
    and created with a fresh key the very first time. The caller should tell the operator
    to back up a generated key; losing it loses every draft.
    """
    if configured:
        _check_keys(configured, "ENCRYPTION_KEYS")
        return list(configured), False

    key_file = data_dir / KEY_FILE_NAME
    if key_file.exists():
        return _read_key_file(key_file), False

    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = new_key()
    try:
        _write_new_key_file(key_file, key)
    except FileExistsError:
        # Another process starting at the same moment won the race: use its key, or the
        # two would encrypt under keys the other cannot read.
        return _read_key_file(key_file), False
    return [key], True


def _check_keys(keys: Sequence[str], source: str) -> None:
    for number, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError):
            # `from None`: the underlying error could carry fragments of the key.
            raise ValueError(
                f"{source}: key {number} of {len(keys)} is not a valid Fernet key "
                "(32 url-safe base64 bytes)"
            ) from None


def _read_key_file(key_file: Path) -> list[str]:
    keys = [
        line.strip()
        for line in key_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not keys:
        # Never generate a replacement here: texts written under the lost key would
        # become unreadable without anyone noticing.
        raise ValueError(f"{key_file} holds no keys; restore it from your backup")
    _check_keys(keys, str(key_file))
    return keys


def _write_new_key_file(key_file: Path, key: str) -> None:
    """Create the key file, private (0600) from its first byte; never overwrite one."""
    descriptor = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(_KEY_FILE_HEADER + key + "\n")
            handle.flush()
            # On disk before any text is encrypted with it: a crash must not lose the key
            # while keeping the data.
            os.fsync(handle.fileno())
    except BaseException:
        # A half-written file would read as "holds no keys" on the next start.
        key_file.unlink(missing_ok=True)
        raise
