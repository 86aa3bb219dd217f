"""What ships: a Dockerfile that lints clean and an entry point that fails kindly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    result = subprocess.run(
        [hadolint, "--failure-threshold", "warning", str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("LOG_LEVEL", "loud", "Invalid setting LOG_LEVEL"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "Invalid setting DEFAULT_TIMEZONE"),
        ("TELEGRAM_API_BASE_URL", "https://api.telegram.org", "must end in /bot"),
        ("DATABASE_URL", "mysql://x", "Invalid setting DATABASE_URL"),
        ("URGE_DELAY_MINUTES", "0", "Invalid setting URGE_DELAY_MINUTES"),
    ],
)
def test_an_invalid_setting_stops_the_start_with_one_clear_line(
    tmp_path: Path, name: str, value: str, expected: str
) -> None:
    env = {**os.environ, name: value, "TELEGRAM_BOT_TOKEN": ""}
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr
