"""A wheel built from the repository works anywhere: installed into a folder of its own and
run from another one, it finds its content and its migrations."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What a source checkout holds that the build needs; nothing else is copied.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "bot", "content", "migrations")

PROBE = """
import json, sys
from pathlib import Path
import bot
from bot.content import Content, default_content_dir
from bot.store.migrate import default_migrations_dir
print(json.dumps({
    "package": bot.__file__,
    "content": str(default_content_dir()),
    "locales": sorted(Content.load_all(default_content_dir())),
    "migrations": str(default_migrations_dir("sqlite")),
}))
"""


def _run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, capture_output=True, text=True, check=False, timeout=300, **options
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel, built from a copy of the sources (the checkout stays untouched) and
    installed with `pip install --target` into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        original = ROOT / name
        if original.is_dir():
            shutil.copytree(original, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(original, source / name)
    # As a user would: pip fetches the build backend pyproject.toml names (setuptools).
    pip = [sys.executable, "-m", "pip"]
    built = _run([*pip, "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)])
    if built.returncode != 0:
        reason = f"cannot build the wheel here: {built.stderr.strip()[-500:]}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    (wheel,) = (work / "dist").glob("radio_silence-*.whl")
    target = work / "site"
    result = _run([*pip, "install", "--no-deps", "-q", "--target", str(target), str(wheel)])
    assert result.returncode == 0, result.stderr
    return target


def _elsewhere_env(target: Path, **extra: str) -> dict[str, str]:
    # The installed copy first on the path; the venv still provides the dependencies.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    return {**env, "PYTHONPATH": str(target), "TELEGRAM_BOT_TOKEN": "", **extra}


def test_the_installed_wheel_loads_its_content_from_anywhere(
    installed: Path, tmp_path: Path
) -> None:
    result = _run([sys.executable, "-c", PROBE], cwd=tmp_path, env=_elsewhere_env(installed))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(installed), "imported the checkout instead"
    assert Path(found["content"]).is_relative_to(installed)
    assert Path(found["migrations"]).is_relative_to(installed)
    assert {"en", "es"} <= set(found["locales"])


def test_the_installed_wheel_applies_its_migrations_from_anywhere(
    installed: Path, tmp_path: Path
) -> None:
    env = _elsewhere_env(
        installed, DATABASE_URL="sqlite:///./bot.db", DATA_DIR=str(tmp_path / "data")
    )
    result = _run([sys.executable, "-m", "bot", "migrate"], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "is up to date" in result.stderr
    with sqlite3.connect(tmp_path / "bot.db") as database:
        applied = [row[0] for row in database.execute("SELECT version FROM schema_version")]
    shipped = sorted((ROOT / "migrations" / "sqlite").glob("*.sql"))
    assert len(applied) == len(shipped) and applied == sorted(applied)
