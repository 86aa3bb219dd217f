"""`python -m bot [run|demo|migrate]`: with a token it polls Telegram, without one it opens
a local demo chat on the same handlers and store."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from bot.app import open_deps, running_bot
from bot.clock import SystemClock
from bot.content import ContentError
from bot.features.drafts.rotation import rotate_keys
from bot.logs import configure_logging
from bot.settings import Settings, SettingsError, load_settings
from bot.store.migrate import MigrationError

_log = logging.getLogger("bot")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument(
        "command", nargs="?", default="run", choices=["run", "demo", "migrate", "rotate-keys"]
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    secrets = [token]
    if settings.telegram_webhook_secret is not None:
        secrets.append(settings.telegram_webhook_secret.get_secret_value())
    configure_logging(settings.log_level, secrets=secrets, log_format=settings.log_format)
    command = args.command
    if command == "run" and not token:
        command = "demo"
    try:
        if command == "migrate":
            asyncio.run(_migrate(settings))
        elif command == "rotate-keys":
            asyncio.run(_rotate_keys(settings))
        elif command == "demo":
            asyncio.run(_demo(settings))
        else:
            asyncio.run(_poll_telegram(settings, token))
    except (ContentError, MigrationError, ValueError) as error:
        print(f"Radio Silence cannot start: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


async def _migrate(settings: Settings) -> None:
    async with open_deps(settings, SystemClock()):
        _log.info("database %s is up to date", settings.database_label)


async def _rotate_keys(settings: Settings) -> None:
    """Put the new key first in ENCRYPTION_KEYS, keep the old one listed, run this, and
    only then drop the old key."""
    async with open_deps(settings, SystemClock()) as deps:
        count = await rotate_keys(deps.repo, deps.cipher)
    _log.info("re-encrypted %d stored texts under the newest key", count)


async def _poll_telegram(settings: Settings, token: str) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    async with running_bot(
        settings, SystemClock(), token=token, base_url=settings.telegram_api_base_url
    ):
        mode = "webhook" if settings.webhook_mode else "polling"
        _log.info("Radio Silence is listening (%s)", mode)
        await stop.wait()


async def _demo(settings: Settings) -> None:
    from bot.demo import run_demo

    await run_demo(settings)


if __name__ == "__main__":
    sys.exit(main())
