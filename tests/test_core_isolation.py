"""The domain stays plain Python: loading it pulls in no Telegram and no database driver,
so its rules can be read, tested and reused without either."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = (
    "bot.core.model",
    "bot.core.streak",
    "bot.core.timezones",
    "bot.core.text",
    "bot.safety.alarm",
    "bot.safety.country",
    "bot.safety.lines",
    "bot.features.onboarding.logic",
    "bot.features.hetexted.logic",
    "bot.features.urge.logic",
    "bot.content",
)
FORBIDDEN = ("telegram", "aiosqlite", "asyncpg")


def test_domain_imports_no_telegram_and_no_database() -> None:
    # A fresh interpreter: in this one, other tests have long since imported both.
    script = (
        f"import sys\nimport {', '.join(DOMAIN)}\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "bot" in loaded  # the import really ran
    assert loaded.isdisjoint(FORBIDDEN), loaded & set(FORBIDDEN)
