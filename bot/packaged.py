"""Where the files the bot ships with (content/, migrations/) are, however it was installed.

A wheel carries them inside the package as bot/_shipped/ (setup.py puts them there); a
checkout or an editable install has them at the top of the repository, next to bot/.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """`content` or `migrations`: the installed copy if there is one, else the repository's."""
    installed = _PACKAGE / "_shipped" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name
