"""Held drafts, end to end: what she wrote to him instead comes back once, after the night,
at her check-in hour and ahead of the check-in, and she decides what becomes of it.

The review arrives unasked, so it only says that something is waiting; her words appear
when she taps "Show it". The timer sweep is run by the tests themselves, after moving the
clock, so what a sweep sent is all there by the time it returns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.content import Content, ContentError, default_content_dir, reads_fine_on_lock_screen
from bot.core.model import Draft, Situation
from bot.emulator import SentMessage
from bot.features.drafts.review import DRAFT_REVIEW, first_words
from bot.settings import Settings
from tests.conftest import USER, Chat
from tests.test_abuse_path import CONTACT_SUGGESTIONS
from tests.test_journeys import urge_until_delay
from tests.test_pings import utc
from tests.test_privacy import database_bytes

DRAFT = "I can't stop thinking about you. Can we please talk, just once, tonight?"
ONE_REVIEW = "Something you wrote is still here"
SHOW = "Show it"
CHOICES = ["Let it go", "Keep holding it", "Talk it through"]
QUESTION = "Here's what you wanted to send him a few hours ago."
CHECK_IN = "I'm doing OK"  # a button only the daily check-in has


async def settled(
    bot: Bot,
    situation: Situation = Situation.OTHER,
    check_in: time = time(9, 0),
    locale: str = "en",
) -> None:
    """Her profile as onboarding leaves it (onboarding has tests of its own): in Berlin,
    her last contact today, 15 January, her check-in at `check_in`, and it set."""
    profile = await bot.deps.profiles.get_or_create(USER, USER, locale)
    profile = replace(
        profile,
        onboarded=True,
        situation=situation,
        timezone="Europe/Berlin",
        ping_time=check_in,
        last_contact=date(2026, 1, 15),
    )
    await bot.deps.profiles.save(profile)
    await bot.deps.pings.refresh(profile)


async def sweep_at(bot: Bot, chat: Chat, clock: FakeClock, moment: datetime) -> list[SentMessage]:
    """Move the clock to `moment`, deliver what is due, and return what she got from it."""
    chat.emulator.drain(chat.user_id)
    clock.set(moment)
    await bot.deps.timers.sweep()
    return chat.emulator.drain(chat.user_id)


async def morning(
    bot: Bot, chat: Chat, clock: FakeClock, day: int, hour: int = 9
) -> list[SentMessage]:
    """Nothing a minute before her check-in hour on `day` in January; what comes at it."""
    assert await sweep_at(bot, chat, clock, utc("Europe/Berlin", 2026, 1, day, hour - 1, 59)) == []
    return await sweep_at(bot, chat, clock, utc("Europe/Berlin", 2026, 1, day, hour, 0))


async def tap_in_place(chat: Chat, message: SentMessage, label: str) -> SentMessage:
    """Press `label` on `message` and wait for the bot's answer: that message, edited."""
    [data] = [data for row in message.inline_buttons for text, data in row if text == label]
    edits = message.edits
    chat.emulator.press_data(chat.user_id, message.message_id, data)
    await chat.settled()
    assert message.edits > edits, f"{label!r} did not change {message.brief()}"
    return message


async def nothing_else_was_said(bot: Bot, chat: Chat) -> None:
    """Her updates are handled in order, so if the next message is the answer to /drafts,
    the tap before it said nothing of its own."""
    chat.emulator.drain(chat.user_id)
    answer = await chat.say("/drafts")
    assert answer.text.startswith(("You're holding", "You're not holding")), answer.text
    # The count shares its message with the first draft, then one message per draft.
    for _ in (await bot.deps.repo.list_drafts(chat.user_id))[1:]:
        await chat.emulator.next_message(chat.user_id)


def said(chat: Chat) -> str:
    return "\n".join(message.text for message in chat.emulator.messages(chat.user_id))


async def test_a_draft_comes_back_the_next_morning_and_shows_her_words_only_when_she_asks(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await settled(bot)  # it is 21:00 in Berlin
    await urge_until_delay(chat)
    await chat.tap("Write it here instead", expect="write it to me")
    await chat.say(DRAFT, expect="was not sent")  # the urge flow holds it for the review
    await chat.say("/cancel", expect="stopped here")

    review, check_in = await morning(bot, chat, clock, day=16)

    assert review.text.startswith(ONE_REVIEW)
    assert reads_fine_on_lock_screen(review.text, "en")
    assert DRAFT not in review.text and first_words(DRAFT) not in review.text
    assert review.inline_labels == [SHOW]
    assert CHECK_IN in check_in.inline_labels

    shown = await tap_in_place(chat, review, SHOW)
    assert (
        shown.text
        == f"{QUESTION} Do you still want to? Whatever you choose, nothing gets sent.\n\n“{DRAFT}”"
    )
    assert shown.inline_labels == CHOICES

    kept = await tap_in_place(chat, shown, "Keep holding it")
    assert kept.text.startswith("Okay, I'll keep holding it")
    assert DRAFT not in kept.text and kept.inline_labels == []
    await nothing_else_was_said(bot, chat)
    [held] = await bot.deps.repo.list_drafts(USER)
    assert held.reviewed_at is not None

    [check_in] = await morning(bot, chat, clock, day=17)
    assert CHECK_IN in check_in.inline_labels, "the kept draft does not come back with it"


async def test_letting_a_draft_go_says_so_once_and_leaves_no_trace(
    bot: Bot, chat: Chat, clock: FakeClock, settings: Settings
) -> None:
    await settled(bot)
    await chat.say("/draft", expect="Write it here")
    held = await chat.say(DRAFT, expect="Held")
    assert "09:00" in held.text, "she is told her check-in time, not the moment before it"
    assert DRAFT.encode() not in database_bytes(settings)

    review, _ = await morning(bot, chat, clock, day=16)
    await tap_in_place(chat, review, SHOW)
    await tap_in_place(chat, review, "Let it go")

    assert (
        review.text == "Let go, for good. Not a word of it left here, and he never saw any of it."
    )
    assert review.inline_labels == []
    await nothing_else_was_said(bot, chat)
    assert said(chat).count("Let go") == 1
    assert DRAFT not in said(chat)
    assert await bot.deps.repo.list_drafts(USER) == []


async def test_a_mornings_drafts_come_back_in_one_review_before_the_check_in(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await settled(bot)
    # Long enough to fill a phone's screen: it must not hide what she is being asked.
    long_one = "Why did you leave like that? " * 40
    await chat.say("/draft Come over, please", expect="Held")
    clock.set(utc("Europe/Berlin", 2026, 1, 15, 23, 30))
    await chat.say(f"/draft {long_one}", expect="Held")
    clock.set(utc("Europe/Berlin", 2026, 1, 16, 1, 30))
    await chat.say("/draft I still have your jacket", expect="Held")
    pending = [t for t in await bot.deps.repo.pending_timers(USER) if t.kind == DRAFT_REVIEW]
    assert len(pending) == 1
    # Four hours before the check-in hour: too fresh to put in front of her at 9.
    clock.set(utc("Europe/Berlin", 2026, 1, 16, 5, 0))
    await chat.say("/draft One more thing", expect="Held")

    # Both fall due in the same sweep; the review is read first, then the check-in.
    review, check_in = await morning(bot, chat, clock, day=16)
    assert review.text.startswith("3 things you wrote are still here")
    assert reads_fine_on_lock_screen(review.text, "en")
    assert not any(words in review.text for words in ("Come over", "Why did you", "jacket"))
    assert review.inline_labels == [SHOW]
    assert CHECK_IN in check_in.inline_labels

    first = await tap_in_place(chat, review, SHOW)
    assert first.text.startswith(f"1 of 3\n\n{QUESTION}")
    assert first.text.endswith("“Come over, please”")
    await tap_in_place(chat, review, "Keep holding it")
    assert review.text.startswith("Okay, I'll keep holding it")
    assert review.inline_labels == ["Show the next one (2 of 3)"]

    second = await tap_in_place(chat, review, "Show the next one (2 of 3)")
    assert second.text.startswith(f"2 of 3\n\n{QUESTION}"), "the question comes before a long draft"
    assert "Why did you leave like that?" in second.text
    await tap_in_place(chat, review, "Let it go")
    assert review.text.startswith("Let go, for good")
    assert review.inline_labels == ["Show the next one (3 of 3)"]

    third = await tap_in_place(chat, review, "Show the next one (3 of 3)")
    assert third.text.startswith(f"3 of 3\n\n{QUESTION}")
    assert third.text.endswith("“I still have your jacket”")
    await tap_in_place(chat, review, "Let it go")
    assert review.inline_labels == [], "that was the last one"
    await nothing_else_was_said(bot, chat)
    left = [bot.deps.cipher.decrypt(draft.body) for draft in await bot.deps.repo.list_drafts(USER)]
    assert left == ["Come over, please", "One more thing"]

    late, check_in = await morning(bot, chat, clock, day=17)
    assert late.text.startswith(ONE_REVIEW)
    shown = await tap_in_place(chat, late, SHOW)
    assert shown.text.endswith("“One more thing”")
    assert CHECK_IN in check_in.inline_labels


async def test_however_long_the_review_takes_the_check_in_waits_for_it(
    bot: Bot, chat: Chat, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await settled(bot)
    await chat.say("/draft Come over, please", expect="Held")
    repo = bot.deps.repo
    list_drafts = repo.list_drafts

    async def slow_list_drafts(user_id: int) -> list[Draft]:
        # A busy database, while her check-in is due too: ten round trips to Telegram go by,
        # time enough for a check-in sent alongside the review to arrive first.
        for _ in range(10):
            await bot.application.bot.get_me()
        return await list_drafts(user_id)

    monkeypatch.setattr(repo, "list_drafts", slow_list_drafts)
    review, check_in = await morning(bot, chat, clock, day=16)
    assert review.text.startswith(ONE_REVIEW)
    assert CHECK_IN in check_in.inline_labels


async def test_drafts_lists_first_words_only_and_a_choice_answers_in_place(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await settled(bot)
    await chat.say("/drafts", expect="not holding anything")
    await chat.say("/draft", expect="Write it here")
    await chat.say(DRAFT, expect="Held")
    await chat.say("/draft Miss you", expect="Held")

    older = await chat.say("/drafts", expect="holding 2 messages")
    newest = await chat.emulator.next_message(USER)
    assert newest.text == "“Miss you”"
    assert older.text.endswith(f"\n\n“{first_words(DRAFT)}”"), "the count, then the draft"
    assert older.text.endswith("…”") and DRAFT not in older.text
    assert older.inline_labels == newest.inline_labels == CHOICES

    await tap_in_place(chat, newest, "Let it go")
    assert newest.text.startswith("Let go, for good") and newest.inline_labels == []
    await nothing_else_was_said(bot, chat)
    [left] = await bot.deps.repo.list_drafts(USER)
    assert bot.deps.cipher.decrypt(left.body) == DRAFT

    await tap_in_place(chat, older, "Keep holding it")
    assert older.text.startswith("Okay, I'll keep holding it")
    # Kept from the list counts as her answer: no review asks again.
    assert await morning(bot, chat, clock, day=16) != []
    assert ONE_REVIEW not in said(chat)


async def test_a_review_of_a_draft_she_let_go_meanwhile_says_it_is_gone(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await settled(bot)
    await chat.say("/draft Please answer me", expect="Held")
    review, _ = await morning(bot, chat, clock, day=16)
    [draft] = await bot.deps.repo.list_drafts(USER)
    await bot.deps.repo.delete_draft(USER, draft.id)

    await tap_in_place(chat, review, SHOW)
    assert review.text == "That one isn't here any more." and review.inline_labels == []


async def test_talking_it_through_starts_an_urge(bot: Bot, chat: Chat, clock: FakeClock) -> None:
    await settled(bot)
    await chat.say("/draft Please answer me", expect="Held")
    review, _ = await morning(bot, chat, clock, day=16)
    await tap_in_place(chat, review, SHOW)
    await chat.tap("Talk it through", expect="What do you want to do")
    assert len(await bot.deps.repo.list_drafts(USER)) == 1, "still held while she decides"
    assert review.inline_labels == CHOICES, "her choices wait for her on the review"


async def test_after_abuse_nothing_about_a_draft_suggests_contact(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await settled(bot, Situation.ABUSE, check_in=time(21, 0))
    asked = await chat.say("/draft", expect="nowhere near him")
    await chat.say("You hurt me more than anyone ever has", expect="nowhere near him")

    review, _ = await morning(bot, chat, clock, day=16, hour=21)
    shown = await tap_in_place(chat, review, SHOW)
    assert "don't owe him" in shown.text
    await tap_in_place(chat, review, "Let it go")
    assert "never owed him" in review.text
    await chat.say("/drafts", expect="not holding anything")

    messages = chat.emulator.messages(USER)
    start = next(i for i, m in enumerate(messages) if m.message_id == asked.message_id)
    everything = "\n".join(m.text for m in messages[start:])
    assert not CONTACT_SUGGESTIONS.search(everything), CONTACT_SUGGESTIONS.search(everything)


def test_a_review_wording_that_would_give_her_away_stops_the_start(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for path in (default_content_dir() / "en").iterdir():
        text = path.read_text(encoding="utf-8")
        if path.name == "drafts.ftl":
            # Not the first line: the third, which a lock screen shows all the same.
            text = text.replace(
                "Have a look when you have a quiet minute. Nothing",
                "Have a look when you have a quiet minute.\n    You didn't text him. Nothing",
                1,
            )
        (folder / path.name).write_text(text, encoding="utf-8")

    with pytest.raises(ContentError, match=r"en/drafts\.ftl: 'drafts\.review\.one' .*lock screen"):
        Content.load(tmp_path, "en")
