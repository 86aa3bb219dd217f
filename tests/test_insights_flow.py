"""/insights end to end: the real Application over HTTP to the emulator, a real database
file, her urges in it; three pictures and a paragraph come back, or a kind word if there
is nothing to draw yet."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.app import Bot
from bot.clock import FakeClock
from bot.core.model import UrgeKind, UrgeOutcome
from tests.conftest import USER, Chat
from tests.test_journeys import onboard

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN).astimezone(UTC)


async def test_her_log_comes_back_as_three_pictures_and_a_paragraph(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await onboard(chat)  # 15 January, last contact 3 days before, in Berlin
    repo = bot.deps.repo
    fridays = [date(2026, 1, 16) + timedelta(weeks=week) for week in range(5)]
    for number, friday in enumerate(fridays):
        urge = await repo.start_urge(USER, UrgeKind.TEXT, berlin(friday, 23, 10))
        outcome = UrgeOutcome.CANCELLED if number == 2 else UrgeOutcome.HELD
        await repo.finish_urge(urge.id, outcome, berlin(friday, 23, 25))
    weekday = await repo.start_urge(USER, UrgeKind.CHECK, berlin(date(2026, 2, 3), 13))
    await repo.finish_urge(weekday.id, UrgeOutcome.HELD, berlin(date(2026, 2, 3), 13, 20))
    clock.set(berlin(date(2026, 2, 14), 12))
    before = len(chat.emulator.messages(USER))

    paragraph = await chat.say("/insights", expect="urges with me")

    assert "33 days without contact" in paragraph.text  # 12 January to 14 February
    assert "All of them in a row." in paragraph.text
    assert "6 urges with me and rode out 5 of them" in paragraph.text
    assert "Fridays around 11 at night" in paragraph.text
    sent = chat.emulator.messages(USER)[before:]
    photos = [message for message in sent if message.method == "sendPhoto"]
    assert len(photos) == 3
    assert all(photo.photo_bytes and photo.photo_bytes > 2_000 for photo in photos)
    content = bot.deps.content
    assert [photo.text for photo in photos] == [
        content.text(f"insights.{name}.caption") for name in ("calendar", "week", "trend")
    ]
    assert sent.index(photos[-1]) < sent.index(paragraph)  # pictures first, then words


async def test_someone_with_no_urges_yet_gets_a_kind_word_instead_of_empty_pictures(
    bot: Bot, chat: Chat
) -> None:
    reply = await chat.say("/insights", expect="nothing to draw yet")

    assert "I want to text him" in reply.text  # the button she can tap next time
    await chat.nothing_new()
    assert all(message.method == "sendMessage" for message in chat.emulator.messages(USER))
