"""/friend: one trusted person, told only that she could use a call."""

from __future__ import annotations

import re

from bot.app import Bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from tests.conftest import Chat, later
from tests.test_journeys import onboard, urge_until_delay

FRIEND = 2002


async def invite_and_join(chat: Chat, emulator: BotApiEmulator) -> None:
    await chat.say("/friend", expect="one trusted friend")
    invite = await chat.tap("Invite a friend", expect="Send this link")
    found = re.search(r"start=(friend-\S+)", invite.text)
    assert found is not None, invite.text
    emulator.send_text(FRIEND, f"/start {found.group(1)}", first_name="Maya")
    await emulator.wait_for(FRIEND, "someone's person")
    await chat.expect("Your friend opened the link")


async def test_i_need_someone_tells_her_friend_only_that_she_could_use_a_call(
    bot: Bot, chat: Chat, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    await onboard(chat)
    await invite_and_join(chat, emulator)
    await urge_until_delay(chat)
    await chat.say("He posted with someone new and I want to message him", expect="not sent")
    await chat.tap("I need someone", expect="let your friend know")

    note = await emulator.next_message(FRIEND)
    assert note.text == "Ana could use a call right now."
    await chat.tap("I need someone", expect="a little while ago")
    await chat.settled()
    emulator.assert_nothing_unread(FRIEND)
    later(clock, 31)
    await chat.tap("I need someone", expect="let your friend know")
    await emulator.next_message(FRIEND)


async def test_the_friend_can_leave_and_the_link_works_only_once(
    bot: Bot, chat: Chat, emulator: BotApiEmulator
) -> None:
    await onboard(chat)
    await chat.say("/friend", expect="one trusted friend")
    invite = await chat.tap("Invite a friend", expect="Send this link")
    code = re.search(r"start=(friend-\S+)", invite.text)
    assert code is not None
    emulator.send_text(FRIEND, f"/start {code.group(1)}")
    await emulator.wait_for(FRIEND, "someone's person")
    emulator.send_text(3003, f"/start {code.group(1)}")
    await emulator.wait_for(3003, "isn't open any more")

    emulator.send_text(FRIEND, "/leave")
    await emulator.wait_for(FRIEND, "won't get any more notes")
    await chat.expect("stepped back")
    await urge_until_delay(chat)
    await chat.tap("I need someone", expect="haven't chosen a trusted friend")
