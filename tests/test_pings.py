"""The daily check-in and milestones, end to end: on time in her zone, never lost, never twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.timers.service import CLAIM_LEASE
from tests.conftest import USER, Chat, StartBot, Tick


async def onboard_at(chat: Chat, zone: str, ping: str, contact: str = "Today") -> None:
    await chat.say("/start", expect="How did it end")
    await chat.tap("I'd rather not say")
    await chat.tap(contact, expect="Where are you")
    zone_set = await chat.say(zone, expect="check in each day")
    assert "Your time zone is" in zone_set.text
    done = await chat.say(ping, expect="You're set")
    assert "your time" in done.text


def utc(zone: str, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


async def next_check_in(chat: Chat, seconds: float = 5.0) -> str:
    message = await chat.emulator.next_message(chat.user_id, timeout=seconds)
    assert "I'm doing OK" in message.inline_labels, message.text
    return message.text


async def ping_arrives_at(chat: Chat, tick: Tick, moment: datetime) -> str:
    """Nothing a minute before `moment`; the check-in at `moment`."""
    await tick(at=moment - timedelta(minutes=1))
    await chat.nothing_new()
    await tick(at=moment)
    return await next_check_in(chat)


def count(emulator: BotApiEmulator, text: str) -> int:
    return sum(text in message.text for message in emulator.messages(USER))


def check_ins(emulator: BotApiEmulator) -> int:
    return sum("I'm doing OK" in message.inline_labels for message in emulator.messages(USER))


@pytest.mark.parametrize(
    ("zone", "days"),
    [
        # The spring change in Berlin (29 March 2026) and the autumn one (25 October).
        ("Europe/Berlin", [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]),
        ("Europe/Berlin", [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)]),
        ("America/New_York", [date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)]),
        ("America/New_York", [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)]),
        ("Asia/Kathmandu", [date(2026, 6, 1), date(2026, 6, 2)]),
        ("Pacific/Kiritimati", [date(2026, 6, 1), date(2026, 6, 2)]),
    ],
)
async def test_the_check_in_comes_at_her_local_time_on_both_sides_of_a_clock_change(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, zone: str, days: list[date]
) -> None:
    first = days[0] - timedelta(days=1)
    clock.set(utc(zone, first.year, first.month, first.day, 12, 0))
    async with start_bot():
        await onboard_at(chat, zone, "08:30")
        for day in days:
            await ping_arrives_at(chat, tick, utc(zone, day.year, day.month, day.day, 8, 30))


async def test_a_check_in_time_that_does_not_exist_that_day_comes_at_the_next_valid_minute(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick
) -> None:
    clock.set(datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "02:30")
        # 02:30 does not exist on 29 March in Berlin; 03:00 CEST is 01:00 UTC.
        await ping_arrives_at(chat, tick, datetime(2026, 3, 29, 1, 0, tzinfo=UTC))


async def test_a_repeated_hour_brings_one_check_in(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, emulator: BotApiEmulator
) -> None:
    clock.set(datetime(2026, 10, 24, 12, 0, tzinfo=UTC))
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "02:30")
        await ping_arrives_at(chat, tick, datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
        # 02:45 again, after the change
        await tick(at=datetime(2026, 10, 25, 1, 45, tzinfo=UTC))
        await chat.nothing_new()
    assert check_ins(emulator) == 1


async def test_every_milestone_comes_once_and_in_order(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        start = date(2026, 1, 16)
        for offset in range(31):
            day = start + timedelta(days=offset)
            await ping_arrives_at(
                chat, tick, utc("Europe/Berlin", day.year, day.month, day.day, 9, 0)
            )
        pings = bot.deps.content.pings
    titles = [pings.milestone(days).title for days in (1, 2, 3, 7, 14, 21, 30)]
    texts = [message.text for message in emulator.messages(USER)]
    positions = [next(i for i, text in enumerate(texts) if title in text) for title in titles]
    assert positions == sorted(positions)
    assert all(sum(title in text for text in texts) == 1 for title in titles)


async def test_a_week_of_downtime_brings_one_check_in_with_the_missed_milestone_once(
    start_bot: StartBot, chat: Chat, clock: FakeClock, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        await ping_arrives_at(chat, tick, utc("Europe/Berlin", 2026, 1, 16, 9, 0))
        pings = bot.deps.content.pings
    before = len(emulator.messages(USER))
    clock.set(utc("Europe/Berlin", 2026, 1, 23, 12, 0))  # day 8: days 2, 3 and 7 were missed
    async with start_bot():
        await tick()  # the first sweep after the start
        late = await next_check_in(chat)
        await chat.nothing_new()
    assert len(emulator.messages(USER)) == before + 1
    assert pings.milestone(7).title in late
    assert "8" in late, "the late milestone says how far she really is"


async def test_a_crash_between_sending_and_marking_resends_at_most_once(
    start_bot: StartBot,
    chat: Chat,
    tick: Tick,
    emulator: BotApiEmulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        repo = bot.deps.repo
        original = repo.mark_timer_done
        failures = iter([True])

        async def crash_once(timer_id: int, at: datetime) -> None:
            if next(failures, False):
                # Not an Exception: nothing in the bot catches it, as nothing outlives a
                # process that dies.
                raise ProcessDied
            await original(timer_id, at)

        monkeypatch.setattr(repo, "mark_timer_done", crash_once)
        with pytest.raises(ProcessDied):
            await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
        first = await next_check_in(chat)
        await tick()  # the next sweep: the dead worker's claim still holds the timer
        await chat.nothing_new()
        # Once its claim lapses, a live worker takes it: the one resend at-least-once allows.
        await tick(CLAIM_LEASE.total_seconds() / 60)
        resent = await next_check_in(chat)
        await tick()
        await chat.nothing_new()
        title = bot.deps.content.pings.milestone(1).title
    assert title in first
    # The milestone was recorded in the unit the crash rolled back, with the "done" of
    # the timer: nothing of that delivery was kept, so the resend is the same check-in.
    assert title in resent
    assert check_ins(emulator) == 2


class ProcessDied(BaseException):
    """The process stopping between two statements (kill -9, power loss)."""


async def test_a_blocked_bot_stops_her_timers_and_she_is_back_when_she_writes(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        emulator.block(USER)
        await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
        profile = await bot.deps.repo.get_user(USER)
        pending = await bot.deps.repo.pending_timers(USER)
        assert profile is not None and not profile.active
        assert pending == [], "all her timers are stopped"

        emulator.unblock(USER)
        await chat.say("/streak", expect="without contact")
        assert await bot.deps.pings.next_ping(USER) == utc("Europe/Berlin", 2026, 1, 17, 9, 0)


async def test_telegram_errors_lose_no_check_in(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "09:00")
        emulator.fail_next("sendMessage", 502, times=1)
        await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
        await chat.nothing_new()
        await tick(1)  # the retry after a failure
        await next_check_in(chat)
        await chat.nothing_new()  # the sweep that sent it has settled
        emulator.fail_next("sendMessage", 429, retry_after=1, times=1)
        # The rate limiter waits out the retry_after inside the sweep, then sends again.
        await tick(at=utc("Europe/Berlin", 2026, 1, 17, 9, 0))
        await next_check_in(chat, seconds=8)
        assert emulator.requests["sendMessage"] >= 2


async def test_pause_and_resume(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "09:00")
        paused = await chat.say("/pause 3", expect="stay quiet until")
        assert "18 January" in paused.text
        for day in (16, 17):
            await tick(at=utc("Europe/Berlin", 2026, 1, day, 9, 0))
            await chat.nothing_new()
        await ping_arrives_at(chat, tick, utc("Europe/Berlin", 2026, 1, 18, 9, 0))

        await chat.say("/pause", expect="how long")
        await chat.tap("7 days", expect="stay quiet")
        resumed = await chat.say("/resume", expect="I'm back")
        assert "09:00" in resumed.text
        await ping_arrives_at(chat, tick, utc("Europe/Berlin", 2026, 1, 19, 9, 0))


async def test_changing_her_zone_moves_the_check_in_at_once(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "09:00")
        await chat.say("/settings", expect="What would you like to change")
        await chat.tap("Time zone", expect="Where are you")
        moved = await chat.tap("Tokyo", expect="Your answers so far")
        assert "Your time zone is Tokyo" in moved.text
        await ping_arrives_at(chat, tick, utc("Asia/Tokyo", 2026, 1, 16, 9, 0))


async def test_a_storm_of_429s_at_check_in_time_loses_no_one(
    bot: Bot, tick: Tick, emulator: BotApiEmulator
) -> None:
    people = range(5001, 5021)
    for user_id in people:
        emulator.register_chat(user_id)
        profile = await bot.deps.profiles.get_or_create(user_id, user_id)
        profile = replace(profile, onboarded=True, timezone="Europe/Berlin", ping_time=time(9, 0))
        await bot.deps.profiles.save(profile)
        await bot.deps.pings.refresh(profile)
    emulator.fail_next("sendMessage", 429, retry_after=1, times=6)
    await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
    for user_id in people:
        message = await emulator.next_message(user_id, timeout=15)
        assert "I'm doing OK" in message.inline_labels
    assert all(len(emulator.messages(user_id)) == 1 for user_id in people), "once each"


async def test_a_chat_that_is_gone_stops_her_timers_like_a_block(
    bot: Bot, tick: Tick, emulator: BotApiEmulator
) -> None:
    gone = 6001  # never wrote, so Telegram answers "chat not found"
    profile = await bot.deps.profiles.get_or_create(gone, gone)
    profile = replace(profile, onboarded=True, timezone="Europe/Berlin", ping_time=time(9, 0))
    await bot.deps.profiles.save(profile)
    await bot.deps.pings.refresh(profile)
    await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
    stored = await bot.deps.repo.get_user(gone)
    pending = await bot.deps.repo.pending_timers(gone)
    assert stored is not None and not stored.active
    assert pending == [], "all her timers are stopped"


async def test_a_telegram_timeout_loses_no_check_in_and_the_bot_carries_on(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot():
        await onboard_at(chat, "Europe/Berlin", "09:00")
        emulator.delay("sendMessage", 6)  # longer than PTB waits for an answer
        # The sweep returns once PTB has given up waiting on the send.
        await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0))
        emulator.delay("sendMessage", 0)
        await tick(1)  # when a failed send is tried again
        await next_check_in(chat, seconds=8)
        await chat.say("/streak", expect="without contact")
        assert 1 <= check_ins(emulator) <= 2, "at least once; a late original may add one"


async def test_a_timer_whose_stored_fields_do_not_fit_its_kind_is_dropped_not_retried(
    start_bot: StartBot, chat: Chat, tick: Tick, emulator: BotApiEmulator
) -> None:
    async with start_bot() as bot:
        await onboard_at(chat, "Europe/Berlin", "09:00")
        # A row today's code would never write (by hand, or half-migrated): a check-back
        # that does not say which urge. Read as its typed payload, it is refused.
        repo = bot.deps.repo
        due = utc("Europe/Berlin", 2026, 1, 16, 8, 59)
        await repo.schedule_timer(USER, "urge_checkback", due, {"urge": "?"}, "unreadable")
        assert await tick(at=utc("Europe/Berlin", 2026, 1, 16, 9, 0)) == 2
        await next_check_in(chat)
        kinds = [timer.kind for timer in await repo.pending_timers(USER)]
        assert "urge_checkback" not in kinds, "dropped, not tried again every minute"
        assert "daily_ping" in kinds, "her next check-in is planned as ever"
        emulator.assert_nothing_unread(USER)
