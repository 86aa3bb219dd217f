"""LOG_FORMAT=json: one object per line, with the update's id, never her words or the token."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.app import Bot
from bot.emulator import BotApiEmulator
from bot.logs import configure_logging
from bot.observability.context import working_on
from tests.conftest import TOKEN, USER, Chat

HER_WORDS = "I drove past his flat at midnight again"


@pytest.fixture
def json_logging() -> Iterator[io.StringIO]:
    """The logging `python -m bot` sets up with LOG_FORMAT=json; what it writes, kept."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    configure_logging("DEBUG", secrets=[TOKEN], log_format="json")
    written = io.StringIO()
    (handler,) = root.handlers
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(written)
    yield written
    root.handlers[:], level = saved
    root.setLevel(level)


def log_lines(written: io.StringIO) -> list[dict[str, object]]:
    lines = [line for line in written.getvalue().splitlines() if line.strip()]
    bad = [line for line in lines if not line.startswith("{")]
    assert not bad, bad[:5]
    return [json.loads(line) for line in lines]  # every line parses, or this fails


async def test_a_failure_while_handling_her_update_is_logged_with_its_update_id(
    json_logging: io.StringIO, bot: Bot, chat: Chat, emulator: BotApiEmulator
) -> None:
    emulator.fail_next("sendMessage", 502)
    update_id = emulator.send_text(USER, "/start")
    await chat.settled()
    emulator.send_text(USER, HER_WORDS)
    await chat.settled()

    entries = log_lines(json_logging)
    failures = [entry for entry in entries if "handler failed" in str(entry["message"])]
    assert failures, "the failed reply was not logged"
    failure = failures[0]
    assert failure["update_id"] == update_id
    assert failure["level"] == "ERROR"
    assert {"time", "level", "logger", "message"} <= failure.keys()
    everything = "\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries)
    assert HER_WORDS not in everything
    assert TOKEN not in everything


def test_a_line_written_while_a_timer_is_delivered_carries_its_id(
    json_logging: io.StringIO,
) -> None:
    log = logging.getLogger("bot.timers.service")
    with working_on(timer_id=41):
        log.warning("timer %s will be retried (token %s)", 41, TOKEN)
    log.warning("outside any timer")

    inside, outside = log_lines(json_logging)
    assert inside["timer_id"] == 41
    assert "update_id" not in inside
    assert TOKEN not in str(inside["message"]) and "[redacted]" in str(inside["message"])
    assert "timer_id" not in outside
