"""One step, one transaction, seen from her chat: the real Application over real HTTP."""

from __future__ import annotations

import json

import pytest

from bot.app import Bot
from bot.features.pings.scheduler import DAILY_PING
from bot.features.urge.service import CHECKBACK_TIMER
from bot.telegram.replies import Reply, replies_from_json, replies_to_json
from bot.telegram.ui import inline
from tests.conftest import USER, Chat
from tests.test_journeys import onboard

APOLOGY = "Something went wrong on my side"


def steps_within(bot: Bot, metric: str, at_most: float) -> tuple[float, float]:
    """(steps counted, of them within `at_most`) for the updates handled so far."""
    sample = bot.deps.metrics.registry.get_sample_value
    labels = {"work": "update"}
    count = sample(f"{metric}_count", labels) or 0.0
    within = sample(f"{metric}_bucket", {**labels, "le": str(float(at_most))}) or 0.0
    return count, within


async def test_each_step_of_an_urge_is_one_write_transaction_and_two_reads_at_most(
    bot: Bot, chat: Chat
) -> None:
    await onboard(chat)
    await chat.say("/myreasons", expect="in your own words")
    await chat.tap("Write a reason", expect="one reason")
    await chat.say("My mornings are mine again.", expect="Kept")
    before = {
        metric: steps_within(bot, metric, limit)
        for metric, limit in (
            ("radio_silence_step_write_transactions", 1),
            ("radio_silence_step_reads", 2),
        )
    }

    await chat.say("I want to text him", expect="What do you want to do")
    await chat.tap("Text or call him", expect="What set it off")
    await chat.tap("I feel lonely", expect="How strong")
    await chat.tap("7", expect="I'll check in at")
    # A card, its closing and one of her own reasons: everything it needs in one read.
    card = await chat.tap("Remind me why", expect="My mornings are mine again.")
    assert card.text.count("\n\n") >= 2, "a card, a closing and her own reason"
    await chat.tap("Write it here instead", expect="write it to me")
    await chat.say("I miss you. Can we talk tonight?", expect="was not sent")
    await chat.tap("I'm ready now", expect="How is it now")
    # The urge and how many she has held, read together: the count still includes this one.
    await chat.tap("I held on", expect="Urges ridden out so far: 1.")

    steps = 9
    for metric, (count_before, within_before) in before.items():
        limit = 1 if "write" in metric else 2
        count, within = steps_within(bot, metric, limit)
        assert count - count_before == steps, "every tap and message was one unit of work"
        assert within - within_before == steps, f"a step went over {limit} ({metric})"


# Her setup and one urge, step by step: what she does, and what the one reply holds.
SETUP_AND_AN_URGE = [
    ("/start", "How did it end"),
    ("He cheated", "last in touch"),
    ("3 days ago", "Where are you"),
    ("Berlin", "check in each day"),
    ("21:00", "You're set"),
    ("I want to text him", "What do you want to do"),
    ("Text or call him", "What set it off"),
    ("I feel lonely", "How strong"),
    ("7", "I'll check in at"),
    ("Write it here instead", "write it to me"),
    ("I miss you. Can we talk tonight?", "was not sent"),
    ("I'm ready now", "How is it now"),
    ("I held on", "You held on"),
]
TYPED = {"/start", "I want to text him", "I miss you. Can we talk tonight?"}
# The welcome puts the urge button under her message bar, and the first question has buttons
# of its own: one message holds one or the other, so her very first step is two messages.
MESSAGES_FOR = {"/start": 2}


async def test_every_step_of_her_setup_and_an_urge_is_one_message_on_her_phone(
    bot: Bot, chat: Chat
) -> None:
    for action, reply in SETUP_AND_AN_URGE:
        before = len(chat.emulator.messages(USER))
        if action in TYPED:
            answer = await chat.say(action, expect=reply)
        else:
            answer = await chat.tap(action, expect=reply)
        await chat.nothing_new()
        assert len(chat.emulator.messages(USER)) == before + MESSAGES_FOR.get(action, 1), (
            f"{action!r} was answered in more than one message; the last: {answer.text!r}"
        )


async def test_a_step_that_fails_halfway_keeps_nothing_and_she_can_simply_tap_again(
    bot: Bot, chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    await onboard(chat)
    await chat.say("I want to text him", expect="What do you want to do")
    await chat.tap("Text or call him", expect="What set it off")
    await chat.tap("I feel lonely", expect="How strong")
    repo = bot.deps.repo
    schedule = repo.schedule_timer
    failures = iter([True])

    async def fails_once(*args: object, **kwargs: object) -> object:
        # After the strength is stored, before the check-back is: halfway through the step.
        if next(failures, False):
            raise RuntimeError("the database went away")
        return await schedule(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(repo, "schedule_timer", fails_once)
    shown_before = len(chat.emulator.messages(USER))
    await chat.tap("7", expect=APOLOGY)
    await chat.nothing_new()
    # Neither the strength nor the check-back was kept: the step is still to be taken.
    urges = await repo.list_urges(USER)
    assert [urge.intensity for urge in urges] == [None]
    assert [timer.kind for timer in await repo.pending_timers(USER)] == [DAILY_PING]
    shown = [message.text for message in chat.emulator.messages(USER)[shown_before:]]
    assert shown == [bot.deps.content.text("general.error")], "no reply of the failed step"

    await chat.tap("7", expect="I'll check in at")
    assert [urge.intensity for urge in await repo.list_urges(USER)] == [7]
    pending = {timer.kind for timer in await repo.pending_timers(USER)}
    assert pending == {DAILY_PING, CHECKBACK_TIMER}


async def test_what_each_step_remembers_of_her_flow_is_stored_with_that_step(
    bot: Bot, chat: Chat
) -> None:
    # Stored with the step, not by whichever step comes next: a crash (or another member
    # taking her next tap) right after it still knows which urge she is riding out.
    await onboard(chat)
    for act in (
        (lambda: chat.say("I want to text him", expect="What do you want")),
        (lambda: chat.tap("Text or call him", expect="What set it off")),
        (lambda: chat.tap("I feel lonely", expect="How strong")),
        (lambda: chat.tap("7", expect="I'll check in at")),
    ):
        await act()
        await chat.settled()
        stored = json.loads(await bot.deps.repo.user_data_of(USER) or "{}")
        if bot.deps.settings.members_share_the_bot:
            # Let go after each step (bot/cluster/state.py): the store is her only copy,
            # read afresh by whichever member takes her next tap; memory does not grow.
            assert USER not in bot.application.user_data
        else:
            assert stored == bot.application.user_data[USER]
    assert "urge_id" in stored


def test_replies_that_would_not_read_as_one_message_stay_two() -> None:
    question = Reply(USER, "When should I check in each day?", inline([[("09:00", "ping:9")]]))
    got_it = Reply(USER, "Got it.")
    assert got_it.followed_by(question) == Reply(
        USER, "Got it.\n\nWhen should I check in each day?", question.markup
    )
    # Buttons belong to their own text: nothing is put between them and it.
    assert question.followed_by(got_it) is None
    # Telegram would refuse the whole: two that fit beat one that is refused.
    assert Reply(USER, "x" * 4000).followed_by(Reply(USER, "y" * 100)) is None
    assert got_it.followed_by(Reply(USER + 1, "Someone else's")) is None


def test_a_list_redrawn_in_place_stays_its_own_message_even_after_a_crash(bot: Bot) -> None:
    checklist = Reply(USER, "Your checklist: 1 of 13 done", inline([[("Done", "co:done")]]), 42)
    saved = Reply(USER, "Saved.")
    # The redrawn list is the message she tapped; what follows it is a new message.
    assert checklist.followed_by(saved) is None
    assert saved.followed_by(checklist) is None
    # Stored with the step (bot/cluster/), it comes back as the same redraw for whichever
    # member sends it, not as a second copy of the list.
    stored = replies_to_json([checklist, saved])
    assert replies_from_json(stored, bot.application.bot) == [checklist, saved]
