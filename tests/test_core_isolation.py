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
    "bot.timers.service",  # Telegram's errors are read in bot/telegram/delivery.py
)
FORBIDDEN = ("telegram", "sqlite3", "asyncpg")
# Every feature's pure decisions and use cases, found on disk so a new one is covered too.
FEATURE_MODULES = tuple(
    sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for pattern in ("bot/features/*/logic.py", "bot/features/*/service.py")
        for path in ROOT.glob(pattern)
    )
)
# Use cases that still reach Telegram through what they call (the pings' outreach sends by
# itself); the list may only shrink, as those move behind the delivery adapter.
STILL_REACH_TELEGRAM = frozenset({"bot.features.onboarding.service", "bot.features.space.service"})


def _loaded_by(modules: tuple[str, ...]) -> set[str]:
    """The top-level packages a fresh interpreter has loaded after importing `modules`."""
    script = (
        f"import sys\nimport {', '.join(modules)}\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_every_feature_logic_and_service_stays_plain() -> None:
    assert len(FEATURE_MODULES) >= 8
    reaching = {
        module for module in FEATURE_MODULES if not _loaded_by((module,)).isdisjoint(FORBIDDEN)
    }
    assert reaching == STILL_REACH_TELEGRAM


def test_domain_imports_no_telegram_and_no_database() -> None:
    # A fresh interpreter: in this one, other tests have long since imported both.
    loaded = _loaded_by(DOMAIN)
    assert "bot" in loaded  # the import really ran
    assert loaded.isdisjoint(FORBIDDEN), loaded & set(FORBIDDEN)
