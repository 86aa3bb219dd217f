"""Hard dates and hard hours: the bot speaks first, at the right moment in her day."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.clock import FakeClock
from bot.core.model import UrgeKind
from bot.emulator import BotApiEmulator, SentMessage
from tests.conftest import USER, Chat, StartBot, Tick
from tests.test_pings import onboard_at, utc

DASH = "\u2013"  # as the bot writes time ranges


def is_outreach(message: SentMessage) -> bool:
    return "I want to text him" in message.inline_labels


async def wait_for_outreach(chat: Chat, tick: Tick, moment: datetime) -> str:
    """Nothing of the kind a minute before `moment`; one at `moment`. The daily check-ins
    that fall in between are let through."""
    await tick(at=moment - timedelta(minutes=1))
    while await tick():  # until a sweep finds nothing more due
        pass
    assert not any(is_outreach(message) for message in chat.emulator.drain(chat.user_id))
    await tick(at=moment)
    while True:
        message = await chat.emulator.next_message(chat.user_id)
        if is_outreach(message):
            return message.text


async def test_his_birthday_brings_a_word_the_evening_before_and_the_morning_of(
    start_bot: StartBot, chat: Chat, tick: Tick
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "12:00")
        await chat.say("/dangerdays", expect="Some dates are harder")
        await chat.tap("Add his birthday", expect="When is his birthday")
        await chat.say("sometime soon", expect="couldn't read that")
        listing = await chat.say("20 January", expect="Hard dates I'll watch for")
        assert "Noted: his birthday, 20 January" in listing.text
        assert "his birthday — 20 January" in listing.text
        await chat.tap("Done", expect="All set")

        eve = await wait_for_outreach(chat, tick, utc("Europe/Berlin", 2026, 1, 19, 20, 0))
        morning = await wait_for_outreach(chat, tick, utc("Europe/Berlin", 2026, 1, 20, 8, 0))
        assert eve != morning
        for text in (eve, morning):
            first_line = text.splitlines()[0].lower()
            assert "birthday" not in first_line and " him" not in first_line
        # The next year's is set once the morning one has gone out.
        pending = await bot.deps.repo.pending_timers(USER)
        assert any("2027-01-20:eve" in timer.dedupe_key for timer in pending), (
            "next year's birthday is not scheduled"
        )


async def test_a_holiday_can_be_added_and_removed(
    start_bot: StartBot, chat: Chat, clock: FakeClock
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        await chat.say("/dangerdays", expect="Some dates are harder")
        await chat.tap("Add a holiday", expect="Which one")
        await chat.tap("Christmas Eve", expect="Noted: Christmas Eve")
        keys = [t.dedupe_key for t in await bot.deps.repo.pending_timers(USER)]
        assert any(":2026-12-24:morning" in key for key in keys)

        await chat.tap("Remove one", expect="stop watching")
        await chat.tap("Christmas Eve — 24 December", expect="Removed")
        keys = [t.dedupe_key for t in await bot.deps.repo.pending_timers(USER)]
        assert not any(key.startswith("danger:") for key in keys)


async def test_her_hardest_hour_brings_a_nudge_half_an_hour_before_and_she_can_stop_it(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, emulator: BotApiEmulator
) -> None:
    # Friday 15 January 2026, 23:10 in Berlin; four earlier Fridays were hard too.
    friday_night = utc("Europe/Berlin", 2026, 1, 16, 23, 10)
    clock.set(friday_night - timedelta(hours=2))
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        for weeks in range(1, 5):
            await bot.deps.repo.start_urge(
                USER, UrgeKind.TEXT, friday_night - timedelta(weeks=weeks)
            )
        await tick(at=friday_night)
        await chat.say("/urge", expect="What do you want to do")
        await chat.tap("Text or call him", expect="What set it off")
        await chat.say("/cancel", expect="stopped here")

        nudge = await wait_for_outreach(chat, tick, utc("Europe/Berlin", 2026, 1, 23, 22, 30))
        assert "Friday" in nudge
        await chat.tap("Stop these nudges", expect="no more of those")
        kinds = {t.kind for t in await bot.deps.repo.pending_timers(USER)}
        assert "risk_nudge" not in kinds


async def test_quiet_hours_and_nudges_are_hers_to_set(
    start_bot: StartBot, chat: Chat, clock: FakeClock
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        await chat.say("/settings", expect=f"Quiet hours: 23:00{DASH}07:00")
        await chat.tap("Quiet hours", expect="When should I stay quiet")
        menu = await chat.tap(f"22:00{DASH}07:00", expect="Your answers so far")
        assert f"Quiet hours: 22:00{DASH}07:00" in menu.text
        menu = await chat.tap("Hard-hour nudges on/off", expect="Your answers so far")
        assert "Hard-hour nudges: off" in menu.text
        profile = await bot.deps.repo.get_user(USER)
        assert profile is not None and not profile.risk_nudges
        assert f"{profile.quiet_start:%H:%M}" == "22:00"


async def test_quiet_hours_bring_the_hard_hour_nudge_forward_to_before_they_start(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    friday_night = utc("Europe/Berlin", 2026, 1, 16, 23, 10)
    clock.set(friday_night - timedelta(hours=2))
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        await chat.say("/settings", expect="What would you like to change")
        await chat.tap("Quiet hours", expect="When should I stay quiet")
        await chat.tap(f"22:00{DASH}07:00", expect="Your answers so far")
        await chat.tap("Done", expect="Saved")
        for weeks in range(1, 5):
            await bot.deps.repo.start_urge(
                USER, UrgeKind.TEXT, friday_night - timedelta(weeks=weeks)
            )
        await tick(at=friday_night)
        await chat.say("/urge", expect="What do you want to do")
        await chat.tap("Text or call him", expect="What set it off")
        await chat.say("/cancel", expect="stopped here")
        # 22:30 falls in her quiet hours; a nudge after the hard hour helps no one.
        nudge = await wait_for_outreach(chat, tick, utc("Europe/Berlin", 2026, 1, 23, 21, 30))
        assert "Friday" in nudge
