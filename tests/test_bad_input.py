"""Anything odd, in any step, gets a short kind reply and loses nothing she already gave."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import Bot
from tests.conftest import USER, Chat

ERROR_REPLY = "went wrong on my side"

Step = Callable[[Chat], Awaitable[object]]


async def to_situation(chat: Chat) -> None:
    await chat.say("/start", expect="How did it end")


async def to_contact(chat: Chat) -> None:
    await to_situation(chat)
    await chat.tap("He cheated", expect="last in touch")


async def to_zone(chat: Chat) -> None:
    await to_contact(chat)
    await chat.tap("Today", expect="Where are you")


async def to_offset(chat: Chat) -> None:
    await to_zone(chat)
    await chat.tap("Choose by UTC offset", expect="Which UTC offset")


async def to_ping(chat: Chat) -> None:
    await to_zone(chat)
    await chat.tap("Berlin", expect="check in each day")


async def to_menu(chat: Chat) -> None:
    await chat.say("/settings", expect="What would you like to change")


async def to_kind(chat: Chat) -> None:
    await chat.say("/urge", expect="What do you want to do")


async def to_trigger(chat: Chat) -> None:
    await to_kind(chat)
    await chat.tap("Check his profiles", expect="What set it off")


async def to_intensity(chat: Chat) -> None:
    await to_trigger(chat)
    await chat.tap("I've been drinking", expect="How strong")


async def to_delay(chat: Chat) -> None:
    await to_intensity(chat)
    await chat.tap("8", expect="I'll check in at")


async def to_friend(chat: Chat) -> None:
    await to_delay(chat)
    await chat.tap("I'm ready now", expect="How is it now")
    await chat.tap("I still want to", expect="What would help")
    await chat.tap("Call a friend", expect="Type their name")


# Where she is, how she gets there, and the proof the step still works afterwards.
STEPS: dict[str, tuple[Step, Step]] = {
    "situation": (to_situation, lambda chat: chat.tap("He cheated", expect="last in touch")),
    "contact": (to_contact, lambda chat: chat.tap("Yesterday", expect="Day 1")),
    "zone": (to_zone, lambda chat: chat.say("Tokyo", expect="Your time zone is Tokyo")),
    "offset": (to_offset, lambda chat: chat.tap("UTC+05:45", expect="Your time zone is Kathmandu")),
    "ping": (to_ping, lambda chat: chat.say("8:30", expect="08:30 your time")),
    "menu": (to_menu, lambda chat: chat.tap("Done", expect="Saved")),
    "kind": (to_kind, lambda chat: chat.tap("Check his profiles", expect="What set it off")),
    "trigger": (to_trigger, lambda chat: chat.tap("I feel lonely", expect="How strong")),
    "intensity": (to_intensity, lambda chat: chat.say("6", expect="I'll check in at")),
    "delay": (to_delay, lambda chat: chat.tap("I'm ready now", expect="How is it now")),
    "friend": (to_friend, lambda chat: chat.say("Sam", expect="Call Sam now")),
}


async def send_all_kinds_of_odd_input(chat: Chat) -> None:
    emulator = chat.emulator

    emulator.send_sticker(USER)
    assert ERROR_REPLY not in (await chat.emulator.next_message(USER)).text

    emulator.send_photo(USER)
    assert ERROR_REPLY not in (await chat.emulator.next_message(USER)).text

    emulator.send_text(USER, "💔🥀😭")
    assert ERROR_REPLY not in (await chat.emulator.next_message(USER)).text

    await chat.say("/whatisthis", expect="don't know that one")

    sent = emulator.messages(USER)[-1]
    emulator.edit_text(USER, sent.message_id - 1, "edited words")
    await chat.expect("I keep what you first sent")

    old = emulator.messages(USER)[0]
    emulator.press_data(USER, old.message_id, "retired:button")
    # A stale or unknown button gets an answer (no endless spinner) and changes nothing.
    await chat.nothing_new()


@pytest.mark.parametrize("step", sorted(STEPS))
async def test_odd_input_in_every_step_gets_a_kind_reply_and_the_step_still_works(
    bot: Bot, chat: Chat, step: str
) -> None:
    reach, proceed = STEPS[step]
    await reach(chat)
    await send_all_kinds_of_odd_input(chat)
    chat.emulator.send_text(USER, "x" * 5000)
    reply = await chat.emulator.next_message(USER)
    assert ERROR_REPLY not in reply.text
    await proceed(chat)
    assert all(ERROR_REPLY not in message.text for message in chat.emulator.messages(USER))
    assert chat.emulator.callback_answers, "every button press is answered"


async def test_a_button_from_a_finished_flow_gets_a_gentle_answer(bot: Bot, chat: Chat) -> None:
    await to_kind(chat)
    await chat.tap("Text or call him", expect="What set it off")
    await chat.say("/cancel", expect="stopped here")
    chat.emulator.press(USER, "It's late at night")
    await chat.nothing_new()
    assert "moment has passed" in str(chat.emulator.callback_answers[-1])


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and t[0] != "/"))
async def test_any_typed_text_at_the_strength_question_is_taken_or_kindly_asked_again(
    bot: Bot, chat: Chat, text: str
) -> None:
    await to_intensity(chat)
    chat.emulator.send_text(USER, text)
    answer = await chat.emulator.next_message(USER)
    assert "I'll check in at" in answer.text or "number from 1 to 10" in answer.text
    await chat.say("/cancel", expect="stopped here")
