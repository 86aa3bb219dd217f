"""/hetexted over the real stack: advice that fits her situation, a wait before any reply,
one check-back after it, and her count of days left alone."""

from __future__ import annotations

from datetime import timedelta

from bot.app import Bot
from bot.clock import FakeClock
from bot.core.model import Situation
from bot.features.hetexted.logic import MessageKind, Outcome
from tests.conftest import USER, Chat, StartBot, Tick, later
from tests.test_abuse_path import CONTACT_SUGGESTIONS
from tests.test_journeys import onboard

TEMPLATE_MARK = "[one fact"  # a bracket to fill in: only the template has one


async def test_after_abuse_safety_comes_first_with_no_template_and_no_nudge_towards_him(
    bot: Bot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    await onboard(chat, situation="He was abusive", city="New York")

    await chat.say("/hetexted", expect="What kind of message")
    safety = await chat.tap("He says he's sorry", expect="safety comes first")
    assert "800-799-7233" in safety.text
    assert "nothing to answer" in safety.text.split("800-799-7233", 1)[1], "the lines first"

    await chat.say("/hetexted", expect="What kind of message")
    advice = await chat.tap("Kids, money or things", expect="safety comes first")
    assert "none of it has to go through you" in advice.text
    # Never mediation after abuse: a lawyer, the court or an advocate.
    assert "lawyer" in advice.text and "advocate" in advice.text
    assert "a mediator" not in advice.text
    await tick(29)
    await chat.nothing_new()
    await tick(1)
    checkback = await chat.expect("How are you now?")
    assert checkback.inline_labels == ["I didn't reply", "I replied"]
    await chat.tap("I didn't reply", expect="You kept yourself safe")

    messages = chat.emulator.messages(USER)
    first_safety = next(i for i, m in enumerate(messages) if "safety comes first" in m.text)
    everything = "\n".join(message.text for message in messages[first_safety:])
    assert not CONTACT_SUGGESTIONS.search(everything), CONTACT_SUGGESTIONS.search(everything)
    assert TEMPLATE_MARK not in everything
    # The newer message's wait replaced the older one's: one check-back, not two.
    assert sum("How are you now?" in m.text for m in messages) == 1
    entries = await bot.deps.repo.list_he_texted(USER)
    assert [(e.kind, e.outcome) for e in entries] == [
        (MessageKind.SORRY, None),
        (MessageKind.PRACTICAL, Outcome.NO_REPLY),
    ]


async def test_an_amicable_practical_matter_gets_its_template_only_after_the_wait(
    bot: Bot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    await onboard(chat, situation="It ended on good terms")
    before = await bot.deps.repo.get_user(USER)

    await chat.say("/hetexted", expect="What kind of message")
    advice = await chat.tap("Kids, money or things", expect="facts only")
    # 20:00 UTC is 21:00 in Berlin: the check-back is promised in her own time.
    assert "20 minutes" in advice.text and "21:20" in advice.text
    assert TEMPLATE_MARK not in advice.text

    await tick(19)
    await chat.nothing_new()
    await tick(1)
    checkback = await chat.expect("How are you now?")
    assert TEMPLATE_MARK in checkback.text and "Take care" in checkback.text
    assert checkback.inline_labels == [
        "I didn't reply",
        "I sent only the practical reply",
        "I replied more than that",
    ]
    await tick(120)
    await chat.nothing_new()  # it comes once

    await chat.tap("I sent only the practical reply", expect="not a slip")
    await chat.tap("I sent only the practical reply", expect="already noted")

    entries = await bot.deps.repo.list_he_texted(USER)
    assert [(e.kind, e.outcome) for e in entries] == [
        (MessageKind.PRACTICAL, Outcome.PRACTICAL_REPLY)
    ]
    assert entries[0].received_at == clock.now() - timedelta(minutes=140)
    assert await bot.deps.repo.get_user(USER) == before
    assert await bot.deps.repo.list_slips(USER) == []
    await chat.say("/streak", expect="Day 3 of space")


async def test_a_reply_beyond_the_facts_is_noted_and_the_slip_is_hers_to_call(
    bot: Bot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    await onboard(chat, situation="He kept disrespecting me")
    before = await bot.deps.repo.get_user(USER)

    await chat.say("/hetexted", expect="What kind of message")
    await chat.say("no idea", expect="say it in a word")
    # Typed (his words pasted, even): read for the kind only, never kept.
    advice = await chat.say("He says I'm sorry, I've changed", expect="heard sorry before")
    assert "the pattern" in advice.text and "30 minutes" in advice.text

    await tick(30)
    checkback = await chat.expect("How are you now?")
    assert TEMPLATE_MARK not in checkback.text
    assert checkback.inline_labels == ["I didn't reply", "I replied"]
    await chat.tap("I replied", expect="/slip is there")

    entries = await bot.deps.repo.list_he_texted(USER)
    assert [(e.kind, e.outcome) for e in entries] == [(MessageKind.SORRY, Outcome.REPLIED)]
    assert await bot.deps.repo.get_user(USER) == before
    assert await bot.deps.repo.list_slips(USER) == []


async def test_the_check_back_survives_a_restart_and_cancel_logs_nothing(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    async with start_bot() as bot:
        await onboard(chat)
        await chat.say("/hetexted", expect="What kind of message")
        await chat.say("/cancel", expect="leave it there")
        assert await bot.deps.repo.list_he_texted(USER) == []

        await chat.say("/hetexted", expect="What kind of message")
        await chat.tap('Just "hey"', expect="Nothing about this needs an answer")

    later(clock, 90)  # the bot was down when the check-back fell due, an hour ago
    async with start_bot() as bot:
        await tick()  # the sweep as it starts
        late = await chat.expect("How are you now?")
        assert late.text.startswith("I'm sorry I wasn't here")
        await tick()  # and the next one asks nothing more
        await chat.nothing_new()
        await chat.tap("I didn't reply", expect="choosing your peace")
        profile = await bot.deps.repo.get_user(USER)
        assert profile is not None and profile.situation is Situation.CHEATING
