"""/cutoff end to end: the real Application over HTTP to the emulator, a real database
file, a fake clock. One checklist message, ticked in place; one reminder, days later."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.app import Bot
from bot.clock import FakeClock
from bot.content import reads_fine_on_lock_screen
from bot.core.model import Situation, TimerState
from bot.emulator import SentMessage
from bot.features.cutoff.handlers import REMINDER_TIMER
from tests.conftest import USER, Chat, StartBot

ITEMS = 13
OPEN = "\N{WHITE LARGE SQUARE}"
DONE = "\N{WHITE HEAVY CHECK MARK}"
NOT_NEEDED = "\N{HEAVY MINUS SIGN}"
OPEN_BUTTON = "Open my checklist"
# Opened at 21:00 on Thursday 15 January in Berlin, where she checks in at 09:00.
REMINDER_DUE = datetime(2026, 1, 18, 9, 0, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(UTC)


async def eventually(condition: Callable[[], bool], what: str) -> None:
    for _ in range(250):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"still waiting: {what}")


async def tap_in_place(chat: Chat, checklist: SentMessage, label: str) -> None:
    """Press a checklist button and wait until the checklist itself has changed."""
    edits = checklist.edits
    chat.emulator.press(chat.user_id, label)
    await eventually(lambda: checklist.edits > edits, f"{label!r} redraws the checklist")


async def open_checklist(chat: Chat) -> SentMessage:
    checklist = await chat.say("/cutoff", expect="done")
    assert len(checklist.inline_labels) == ITEMS + 1  # every item, and "Done"
    return checklist


async def scheduled_reminder(bot: Bot) -> datetime:
    """When her reminder is due, once it is set (just after her first list went out)."""
    for _ in range(250):
        if (due := await bot.deps.timers.next_due(USER, REMINDER_TIMER)) is not None:
            return due
        await asyncio.sleep(0.02)
    raise AssertionError("no reminder was scheduled")


async def reminder_timers(bot: Bot) -> list[TimerState]:
    """The state of every reminder timer she has, sent or not."""
    rows = (await bot.deps.repo.export_user(USER))["timers"]
    return [TimerState(row["state"]) for row in rows if row["kind"] == REMINDER_TIMER]


async def test_the_checklist_is_one_message_ticked_in_place(bot: Bot, chat: Chat) -> None:
    checklist = await open_checklist(chat)
    assert checklist.text.startswith(f"Your checklist: 0 of {ITEMS} done")
    assert f"{OPEN} WhatsApp" in checklist.inline_labels
    assert f"{OPEN} His number: calls and SMS" in checklist.inline_labels
    sent_before = len(chat.emulator.messages(USER))

    await tap_in_place(chat, checklist, f"{OPEN} WhatsApp")
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")
    assert f"{DONE} WhatsApp" in checklist.inline_labels

    await tap_in_place(chat, checklist, f"{DONE} WhatsApp")  # doesn't apply to her
    assert checklist.text.startswith(f"Your checklist: 0 of {ITEMS - 1} done")
    assert f"{NOT_NEEDED} WhatsApp" in checklist.inline_labels

    await tap_in_place(chat, checklist, f"{NOT_NEEDED} WhatsApp")  # back on the list
    await tap_in_place(chat, checklist, f"{OPEN} Instagram")
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")
    assert f"{OPEN} WhatsApp" in checklist.inline_labels

    assert checklist.edits == 4
    await chat.silence()
    assert len(chat.emulator.messages(USER)) == sent_before  # not one message more
    assert len(chat.emulator.callback_answers) == 4  # no spinner left turning


async def test_a_double_tap_is_one_tap(bot: Bot, chat: Chat) -> None:
    checklist = await open_checklist(chat)
    data = dict(checklist.inline_buttons[1])[f"{OPEN} WhatsApp"]

    # Both arrive before the first edit reaches her phone: the second asks for "done" again.
    chat.emulator.press_data(USER, checklist.message_id, data)
    chat.emulator.press_data(USER, checklist.message_id, data)

    await eventually(lambda: len(chat.emulator.callback_answers) == 2, "both taps answered")
    await chat.silence()  # in particular, no "something went wrong"
    assert checklist.edits == 1
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")


async def test_done_puts_the_list_away_and_cutoff_brings_it_back(bot: Bot, chat: Chat) -> None:
    checklist = await open_checklist(chat)
    await tap_in_place(chat, checklist, f"{OPEN} Signal")

    await chat.tap("Done", expect="whenever you're ready for the next one")
    assert checklist.inline_labels == []
    assert checklist.text.startswith(f"Your checklist: 1 of {ITEMS} done")

    again = await open_checklist(chat)
    assert f"{DONE} Signal" in again.inline_labels


async def test_progress_survives_a_restart(start_bot: StartBot, chat: Chat) -> None:
    async with start_bot():
        checklist = await open_checklist(chat)
        await tap_in_place(chat, checklist, f"{OPEN} His number: calls and SMS")
        await tap_in_place(chat, checklist, f"{OPEN} Instagram")
        await tap_in_place(chat, checklist, f"{OPEN} Snapchat")
        await tap_in_place(chat, checklist, f"{DONE} Snapchat")

    async with start_bot():
        checklist = await open_checklist(chat)
        assert checklist.text.startswith(f"Your checklist: 2 of {ITEMS - 1} done")
        labels = checklist.inline_labels
        assert f"{DONE} His number: calls and SMS" in labels
        assert f"{DONE} Instagram" in labels
        assert f"{NOT_NEEDED} Snapchat" in labels
        assert f"{OPEN} WhatsApp" in labels


async def test_the_reminder_comes_once_three_days_later_with_only_the_open_items(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    checklist = await open_checklist(chat)
    await tap_in_place(chat, checklist, f"{OPEN} WhatsApp")
    # The rest of the list settled straight in the store: the taps are tested above.
    settled = {"number", "telegram", "signal", "imessage", "facebook", "tiktok", "snapchat"}
    for item_id in settled | {"x", "mutuals", "photos"}:
        state = "done" if item_id in settled else "not_needed"
        await bot.deps.repo.set_cutoff_state(USER, item_id, state, clock.now())
    await chat.say("/cutoff", expect="done")
    assert await scheduled_reminder(bot) == REMINDER_DUE  # opening it again moved nothing

    clock.set(REMINDER_DUE - timedelta(minutes=1))
    await chat.silence()
    clock.set(REMINDER_DUE)
    reminder = await chat.expect("Still open on your checklist")

    assert reads_fine_on_lock_screen(reminder.text)
    assert "• Instagram" in reminder.text
    assert "• His closest friends' accounts" in reminder.text
    for closed in ("WhatsApp", "His number", "Snapchat", "Photos", "X (Twitter)"):
        assert closed not in reminder.text
    assert reminder.inline_labels == [OPEN_BUTTON]

    checklist = await chat.tap(OPEN_BUTTON, expect="done")
    assert checklist.text.startswith(f"Your checklist: 8 of {ITEMS - 3} done")

    clock.set(REMINDER_DUE + timedelta(days=7))
    await chat.say("/cutoff", expect="done")
    await chat.silence(within=0.5)
    assert await reminder_timers(bot) == [TimerState.DONE]


async def test_no_reminder_once_every_item_is_settled(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    await open_checklist(chat)
    assert await scheduled_reminder(bot) == REMINDER_DUE
    for number, item_id in enumerate(bot.deps.content.variants("cutoff.order")):
        state = "not_needed" if number % 4 == 0 else "done"
        await bot.deps.repo.set_cutoff_state(USER, item_id, state, clock.now())

    clock.set(REMINDER_DUE + timedelta(minutes=1))
    for _ in range(250):  # the sweep takes it, finds nothing open, and sends nothing
        if await reminder_timers(bot) == [TimerState.DONE]:
            break
        await asyncio.sleep(0.02)
    else:
        raise AssertionError("the reminder timer was never settled")
    await chat.silence()


async def test_the_reminder_keeps_to_her_own_zone_and_ping_time(
    bot: Bot, chat: Chat, clock: FakeClock
) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    zone = "America/New_York"
    await bot.deps.profiles.save(replace(profile, timezone=zone, ping_time=time(7, 30)))
    await open_checklist(chat)  # 15:00 on Thursday in New York

    assert await scheduled_reminder(bot) == datetime(
        2026, 1, 18, 7, 30, tzinfo=ZoneInfo(zone)
    ).astimezone(UTC)


async def test_after_abuse_the_list_is_about_her_safety(bot: Bot, chat: Chat) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    await bot.deps.profiles.save(replace(profile, situation=Situation.ABUSE))

    checklist = await open_checklist(chat)

    assert checklist.text.startswith(f"Your safety checklist: 0 of {ITEMS} done")
    assert "for your safety" in checklist.text
    support = bot.deps.content.safety_for_zone(profile.timezone)
    assert support.lines[0] in checklist.text
    assert "tell him" not in checklist.text.lower()
