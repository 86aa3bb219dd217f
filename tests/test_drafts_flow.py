"""Held drafts, end to end: what she wrote to him instead comes back once, after the night,
at her check-in hour, and she decides what becomes of it."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.content import Content, ContentError, default_content_dir, reads_fine_on_lock_screen
from bot.emulator import SentMessage
from bot.features.drafts.handlers import DraftsFlow
from bot.features.drafts.review import DRAFT_REVIEW, DraftReview, first_words
from bot.settings import Settings
from tests.conftest import USER, Chat
from tests.test_abuse_path import CONTACT_SUGGESTIONS
from tests.test_journeys import onboard, urge_until_delay
from tests.test_pings import next_check_in, onboard_at, utc
from tests.test_privacy import database_bytes

DRAFT = "I can't stop thinking about you. Can we please talk, just once, tonight?"
REVIEW = "is still here"
CHOICES = ["Let it go", "Keep holding it", "Talk it through"]


def with_drafts(bot: Bot) -> DraftsFlow:
    """The drafts feature as the app wires it (its review is stateless beyond deps)."""
    return DraftsFlow(bot.deps)


async def settle(bot: Bot) -> None:
    """Wait until every timer due by now has gone out and set its successor, so that
    moving the clock on cannot make a check-in skip a day."""
    for _ in range(200):
        if await bot.deps.repo.count_due_timers(bot.deps.clock.now()) == 0:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timers due now were not delivered")


async def review_arrives(
    bot: Bot, chat: Chat, clock: FakeClock, day: int, hour: int = 9
) -> SentMessage:
    """Nothing held comes back before the hour; at it, the review (beside the check-in)."""
    await settle(bot)
    chat.emulator.drain(chat.user_id)
    clock.set(utc("Europe/Berlin", 2026, 1, day, hour, 0) - timedelta(minutes=1))
    await chat.silence(within=0.3)
    clock.set(utc("Europe/Berlin", 2026, 1, day, hour, 0))
    return await chat.expect(REVIEW)


def reviews(chat: Chat) -> list[SentMessage]:
    return [m for m in chat.emulator.messages(chat.user_id) if REVIEW in m.text]


async def test_a_draft_from_an_urge_comes_back_once_the_next_morning_and_can_be_kept(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    flow = with_drafts(bot)
    await onboard_at(chat, "Europe/Berlin", "09:00")  # it is 21:00 in Berlin
    await urge_until_delay(chat)
    await chat.say(DRAFT, expect="was not sent")
    # Where the urge flow will call it, right after keeping the draft.
    profile = await bot.deps.profiles.get(USER)
    [draft] = await bot.deps.repo.list_drafts(USER)
    assert profile is not None
    await flow.review.held(profile, draft)
    await chat.say("/cancel", expect="stopped here")

    review = await review_arrives(bot, chat, clock, day=16)

    first_line, rest = review.text.split("\n", 1)
    assert reads_fine_on_lock_screen(review.text)
    assert DRAFT not in first_line and DRAFT in rest
    assert review.inline_labels == CHOICES

    await chat.tap("Keep holding it", expect="keep holding it")
    [kept] = await bot.deps.repo.list_drafts(USER)
    assert kept.reviewed_at is not None
    assert review.inline_labels == [], "the answered review loses its buttons"

    await settle(bot)
    chat.emulator.drain(USER)
    clock.set(utc("Europe/Berlin", 2026, 1, 17, 9, 0))
    await next_check_in(chat)  # the next check-in goes out...
    await chat.silence(within=0.5)
    assert len(reviews(chat)) == 1, "...and the kept draft does not come back with it"


async def test_letting_a_draft_go_deletes_it_for_good_and_from_the_chat(
    bot: Bot, chat: Chat, clock: FakeClock, settings: Settings
) -> None:
    with_drafts(bot)
    await onboard_at(chat, "Europe/Berlin", "09:00")
    await chat.say("/draft", expect="Write it here")
    held = await chat.say(DRAFT, expect="Held")
    assert "09:00" in held.text
    assert DRAFT.encode() not in database_bytes(settings)

    review = await review_arrives(bot, chat, clock, day=16)
    await chat.tap("Let it go", expect="Let go, for good")

    assert await bot.deps.repo.list_drafts(USER) == []
    assert DRAFT not in review.text, "the review message no longer shows her words"
    assert review.inline_labels == []


async def test_the_drafts_of_one_night_come_back_together_and_a_late_one_waits_a_day(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    with_drafts(bot)
    await onboard_at(chat, "Europe/Berlin", "09:00")
    await chat.say("/draft Come over, please", expect="Held")
    clock.set(utc("Europe/Berlin", 2026, 1, 16, 1, 30))
    await chat.say("/draft Why did you leave like that", expect="Held")
    pending = [t for t in await bot.deps.repo.pending_timers(USER) if t.kind == DRAFT_REVIEW]
    assert len(pending) == 1
    # Four hours before the check-in hour: too fresh to put in front of her at 9.
    clock.set(utc("Europe/Berlin", 2026, 1, 16, 5, 0))
    await chat.say("/draft One more thing", expect="Held")

    await review_arrives(bot, chat, clock, day=16)
    await chat.expect(REVIEW)
    texts = [m.text for m in reviews(chat)]
    assert [t.split("\n", 1)[0] for t in texts] == [
        "Something you wrote is still here (1 of 2).",
        "Something you wrote is still here (2 of 2).",
    ]
    assert "Come over, please" in texts[0] and "Why did you leave like that" in texts[1]

    late = await review_arrives(bot, chat, clock, day=17)
    assert "One more thing" in late.text
    assert late.text.startswith("Something you wrote is still here.")


async def test_drafts_lists_first_words_only_with_the_same_choices(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    with_drafts(bot)
    await onboard_at(chat, "Europe/Berlin", "09:00")
    await chat.say("/drafts", expect="not holding anything")
    await chat.say("/draft", expect="Write it here")
    await chat.say(DRAFT, expect="Held")
    await chat.say("/draft Miss you", expect="Held")

    await chat.say("/drafts", expect="holding 2 messages")
    older = await chat.emulator.next_message(USER)
    newest = await chat.emulator.next_message(USER)
    assert newest.text == "“Miss you”"
    assert older.text == f"“{first_words(DRAFT)}”"
    assert older.text.endswith("…”") and DRAFT not in older.text
    assert older.inline_labels == newest.inline_labels == CHOICES

    await chat.tap("Let it go", expect="Let go")  # on the latest message: "Miss you"
    [left] = await bot.deps.repo.list_drafts(USER)
    assert bot.deps.cipher.decrypt(left.body) == DRAFT


async def test_talking_it_through_starts_an_urge(bot: Bot, chat: Chat, clock: FakeClock) -> None:
    with_drafts(bot)
    await onboard_at(chat, "Europe/Berlin", "09:00")
    await chat.say("/draft Please answer me", expect="Held")
    await review_arrives(bot, chat, clock, day=16)
    await chat.tap("Talk it through", expect="What do you want to do")
    assert len(await bot.deps.repo.list_drafts(USER)) == 1, "still held while she decides"


async def test_after_abuse_nothing_about_a_draft_suggests_contact(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    with_drafts(bot)
    await onboard(chat, situation="He was abusive")  # Berlin, check-in at 21:00
    asked = await chat.say("/draft", expect="nowhere near him")
    await chat.say("You hurt me more than anyone ever has", expect="nowhere near him")

    review = await review_arrives(bot, chat, clock, day=16, hour=21)
    assert "don't owe him" in review.text
    await chat.tap("Let it go", expect="never owed him")
    await chat.say("/drafts", expect="not holding anything")

    messages = chat.emulator.messages(USER)
    start = next(i for i, m in enumerate(messages) if m.message_id == asked.message_id)
    said = "\n".join(m.text for m in messages[start:])
    assert not CONTACT_SUGGESTIONS.search(said), CONTACT_SUGGESTIONS.search(said)


def test_a_review_wording_that_would_give_her_away_stops_the_start(
    bot: Bot, tmp_path: Path
) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for path in (default_content_dir() / "en").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        if path.name == "drafts.toml":
            text = text.replace(
                'heading = "Something you wrote is still here."',
                'heading = "The text you almost sent him is still here."',
            )
        (folder / path.name).write_text(text, encoding="utf-8")
    content = Content.load(tmp_path, "en")

    with pytest.raises(ContentError, match="lock screen"):
        DraftReview.from_deps(replace(bot.deps, content=content))
