"""Two lanes for sending: replies go at once, unprompted messages are paced behind them.

Most tests drive the limiter directly: fake Telegram calls that record when they were
made, and a fake monotonic clock the test moves by hand (the limiter's only sleeper waits
on it). One test runs the real stack to see the sweep's check-in take the bulk lane.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from datetime import time as clock_time
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.app import Bot, running_bot
from bot.clock import FakeClock
from bot.emulator import BotApiEmulator
from bot.settings import Settings
from bot.telegram.delivery import (
    CATCH_UP,
    FREE_BULK_PER_SECOND,
    PAID_BULK_PER_SECOND,
    RETRY_MARGIN,
    Lane,
    LaneRateLimiter,
)
from tests.conftest import TOKEN, USER

# Enough turns of the event loop for a grant to reach the fake call and be recorded; no
# time passes, nothing is waited for but the loop itself.
_SETTLE_TURNS = 50


class FakeTime:
    """A monotonic clock and a sleep that only the test moves."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def monotonic(self) -> float:
        return self.now

    async def wait(self, seconds: float) -> None:
        """The limiter's sleep: returns once the test has moved the clock past it."""
        woken = asyncio.get_running_loop().create_future()
        entry = (self.now + seconds, woken)
        self._sleepers.append(entry)
        try:
            await woken
        finally:
            self._sleepers.remove(entry)

    async def settle(self) -> None:
        # Let every task that can run do so: a turn of the loop each, no wall time.
        loop = asyncio.get_running_loop()
        for _ in range(_SETTLE_TURNS):
            turn = loop.create_future()
            loop.call_soon(turn.set_result, None)
            await turn

    async def advance_to(self, moment: float) -> None:
        """Move to `moment`, stopping at every deadline on the way, as real time would."""
        await self.settle()
        while True:
            due = [at for at, woken in self._sleepers if not woken.done() and at <= moment]
            if not due:
                break
            self.now = max(self.now, min(due))
            for at, woken in list(self._sleepers):
                if at <= self.now and not woken.done():
                    woken.set_result(None)
            await self.settle()
        self.now = moment
        await self.settle()


@dataclass
class Sent:
    at: float
    chat_id: int
    lane: Lane
    data: dict[str, Any]


@dataclass
class FakeTelegram:
    """Records each call that reaches it; refuses the ones a test asked it to refuse."""

    time: FakeTime
    sent: list[Sent] = field(default_factory=list)
    calls: int = 0
    # chat id -> retry_after of each refusal still to come for that chat
    refusals: dict[int, list[int]] = field(default_factory=dict)

    async def post(self, endpoint: str, data: dict[str, Any], lane: Lane) -> dict[str, Any]:
        self.calls += 1
        chat_id = int(data["chat_id"])
        pending = self.refusals.get(chat_id)
        if pending:
            raise RetryAfter(pending.pop(0))
        self.sent.append(Sent(self.time.now, chat_id, lane, dict(data)))
        return {"message_id": len(self.sent), "chat": {"id": chat_id}}

    def chats(self) -> list[int]:
        return [sent.chat_id for sent in self.sent]

    def times(self, chat_id: int) -> list[float]:
        return [sent.at for sent in self.sent if sent.chat_id == chat_id]


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def telegram(fake_time: FakeTime) -> FakeTelegram:
    return FakeTelegram(fake_time)


def limiter_for(fake_time: FakeTime, **options: Any) -> LaneRateLimiter:
    return LaneRateLimiter(monotonic=fake_time.monotonic, sleep=fake_time.wait, **options)


def send(
    limiter: LaneRateLimiter,
    telegram: FakeTelegram,
    chat_id: int,
    lane: Lane = Lane.REPLY,
    endpoint: str = "sendMessage",
) -> asyncio.Task[Any]:
    """What ExtBot does for one bot call: hand the limiter the call and its arguments."""
    data: dict[str, Any] = {"chat_id": chat_id, "text": "hello"}
    call: Coroutine[Any, Any, Any] = limiter.process_request(
        callback=lambda endpoint, data: telegram.post(endpoint, data, lane),
        args=(endpoint, data),
        kwargs={},
        endpoint=endpoint,
        data=data,
        rate_limit_args=Lane.BULK if lane is Lane.BULK else None,
    )
    return asyncio.ensure_future(call)


def bulk(limiter: LaneRateLimiter, telegram: FakeTelegram, chats: range) -> list[asyncio.Task[Any]]:
    return [send(limiter, telegram, chat_id, Lane.BULK) for chat_id in chats]


async def test_bulk_goes_at_30_a_second_for_the_bot_as_a_whole(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    tasks = bulk(limiter, telegram, range(1, 301))
    await fake_time.settle()
    assert len(telegram.sent) == 1, "no burst saved up: one at once, then spaced"
    await fake_time.advance_to(0.51)
    assert len(telegram.sent) == 16
    await fake_time.advance_to(5.01)
    assert len(telegram.sent) == 151
    await fake_time.advance_to(9.99)
    assert len(telegram.sent) == 300
    await asyncio.gather(*tasks)
    # One every 1/30 s: never faster, never slower, so no second holds more than 30.
    for n, sent in enumerate(telegram.sent):
        assert sent.at == pytest.approx(n / FREE_BULK_PER_SECOND, abs=1e-6)
    assert telegram.chats() == list(range(1, 301)), "in the order they were asked for"
    assert limiter.sent == {Lane.REPLY: 0, Lane.BULK: 300}


async def test_one_chat_gets_at_most_one_bulk_message_a_second(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    hers = [send(limiter, telegram, USER, Lane.BULK) for _ in range(4)]
    others = bulk(limiter, telegram, range(2001, 2004))
    await fake_time.advance_to(10)
    await asyncio.gather(*hers, *others)
    assert telegram.times(USER) == [0.0, 1.0, 2.0, 3.0]
    # Her waiting messages hold up no one else's: theirs follow hers at the bot's pace.
    assert [telegram.times(chat_id) for chat_id in range(2001, 2004)] == [
        [pytest.approx(n / FREE_BULK_PER_SECOND)] for n in (1, 2, 3)
    ]


async def test_replies_are_not_spaced_and_hold_no_check_in_back(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    await asyncio.gather(send(limiter, telegram, USER), send(limiter, telegram, USER))
    assert telegram.times(USER) == [0.0, 0.0], "replies to what she did, at once"
    check_ins = [send(limiter, telegram, USER, Lane.BULK) for _ in range(2)]
    await fake_time.advance_to(0.99)
    assert telegram.times(USER) == [0.0, 0.0, 0.0], "the first check-in is not held back"
    await fake_time.advance_to(1.0)
    await asyncio.gather(*check_ins)
    assert telegram.times(USER) == [0.0, 0.0, 0.0, 1.0], "the second keeps a second's gap"


async def test_a_reply_goes_before_500_waiting_check_ins(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    check_ins = bulk(limiter, telegram, range(1, 501))
    await fake_time.advance_to(0.01)
    assert len(telegram.sent) == 1, "the rest of the 500 wait their turn"
    reply = send(limiter, telegram, USER)
    await fake_time.settle()
    assert reply.done(), "no pacing in advance for a reply"
    assert telegram.sent[1].chat_id == USER
    assert telegram.sent[1].at == 0.01
    await fake_time.advance_to(20)
    await asyncio.gather(*check_ins)
    assert [sent.chat_id for sent in telegram.sent[2:]] == list(range(2, 501))
    assert limiter.sent == {Lane.REPLY: 1, Lane.BULK: 500}


async def test_a_429_in_one_chat_holds_only_that_chat(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    chat_a, chat_b = 3001, 3002
    telegram.refusals[chat_a] = [5]
    limiter = limiter_for(fake_time)
    refused = send(limiter, telegram, chat_a)
    await fake_time.settle()
    assert telegram.calls == 1 and telegram.sent == []
    to_b = send(limiter, telegram, chat_b)
    check_in_b = send(limiter, telegram, chat_b + 1, Lane.BULK)
    await fake_time.settle()
    assert to_b.done() and check_in_b.done(), "another chat's reply and check-in go at once"
    await fake_time.advance_to(1)
    second_to_a = send(limiter, telegram, chat_a)  # she writes again while A is held
    await fake_time.advance_to(5 + RETRY_MARGIN - 0.01)
    assert telegram.times(chat_a) == []
    await fake_time.advance_to(6)
    assert await refused == {"message_id": 3, "chat": {"id": chat_a}}, "retried, not dropped"
    await second_to_a
    assert telegram.times(chat_a) == [5 + RETRY_MARGIN] * 2
    assert telegram.chats() == [chat_b, chat_b + 1, chat_a, chat_a], "A's replies in order"


async def test_retry_after_is_honoured_and_the_check_in_retried(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    telegram.refusals[USER] = [3]
    limiter = limiter_for(fake_time)
    check_in = send(limiter, telegram, USER, Lane.BULK)
    await fake_time.advance_to(3 + RETRY_MARGIN - 0.01)
    assert telegram.sent == [] and telegram.calls == 1
    await fake_time.advance_to(10)
    await check_in
    assert telegram.times(USER) == [pytest.approx(3 + RETRY_MARGIN)]
    assert telegram.calls == 2


async def test_after_its_retries_a_429_goes_back_to_the_caller(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    # The timer service then postpones the check-in by retry_after, in the database.
    telegram.refusals[USER] = [1, 1, 1]
    limiter = limiter_for(fake_time, max_retries=2)
    check_in = send(limiter, telegram, USER, Lane.BULK)
    await fake_time.advance_to(10)
    with pytest.raises(RetryAfter):
        await check_in
    assert telegram.calls == 3


async def test_a_flood_across_chats_holds_the_bot_and_replies_go_first_after_it(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    flooded = range(4001, 4004)
    for chat_id in flooded:
        telegram.refusals[chat_id] = [2]
    limiter = limiter_for(fake_time)
    refused = [send(limiter, telegram, chat_id) for chat_id in flooded]
    await fake_time.settle()
    assert telegram.calls == 3
    await fake_time.advance_to(0.5)
    check_ins = bulk(limiter, telegram, range(5001, 5011))
    reply = send(limiter, telegram, USER)
    await fake_time.advance_to(2 + RETRY_MARGIN - 0.01)
    assert telegram.sent == [], "three chats refused at once: the whole bot waits"
    await fake_time.advance_to(3)
    await asyncio.gather(*refused, reply, *check_ins)
    assert telegram.chats() == [*flooded, USER, *range(5001, 5011)], "replies first"
    resumed = 2 + RETRY_MARGIN
    # The replies at once when the hold ends; of the check-ins, the tenth of a second's
    # worth the pace saves up at most, then one every 1/30 s.
    saved = round(FREE_BULK_PER_SECOND * CATCH_UP.total_seconds())
    assert [sent.at for sent in telegram.sent] == [pytest.approx(resumed)] * (4 + saved) + [
        pytest.approx(resumed + n / FREE_BULK_PER_SECOND) for n in range(1, 11 - saved)
    ]


async def test_paid_broadcast_raises_the_pace_and_marks_each_bulk_message(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time, paid_broadcast=True)
    assert limiter.bulk_per_second == PAID_BULK_PER_SECOND == 1000
    check_ins = bulk(limiter, telegram, range(1, 2001))
    reply = send(limiter, telegram, USER)
    await fake_time.settle()
    assert len(telegram.sent) == 2, "her reply, and the first check-in"
    await fake_time.advance_to(0.2505)
    assert len(telegram.sent) == 252, "then 1000 a second"
    await fake_time.advance_to(2)
    await asyncio.gather(*check_ins, reply)
    paid = [sent for sent in telegram.sent if sent.data.get("allow_paid_broadcast") is True]
    assert len(paid) == 2000
    assert all(sent.lane is Lane.BULK for sent in paid)
    assert "allow_paid_broadcast" not in next(s.data for s in telegram.sent if s.chat_id == USER)


async def test_without_paid_broadcast_nothing_is_billed(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    assert limiter.bulk_per_second == FREE_BULK_PER_SECOND == 30
    check_ins = bulk(limiter, telegram, range(1, 11))
    await fake_time.advance_to(1)
    await asyncio.gather(*check_ins)
    assert all("allow_paid_broadcast" not in sent.data for sent in telegram.sent)


async def test_stopping_fails_what_still_waits_so_its_timer_stays_pending(
    fake_time: FakeTime, telegram: FakeTelegram
) -> None:
    limiter = limiter_for(fake_time)
    check_ins = bulk(limiter, telegram, range(1, 41))
    await fake_time.advance_to(0.51)
    await limiter.shutdown()
    outcomes = await asyncio.gather(*check_ins, return_exceptions=True)
    assert len(telegram.sent) == 16, "what the pace let out by then"
    assert all(isinstance(outcome, Exception) for outcome in outcomes[16:])


# -- over the real stack -----------------------------------------------------------------------


async def _check_in_at_nine(bot: Bot, emulator: BotApiEmulator, clock: FakeClock) -> None:
    profile = await bot.deps.profiles.get_or_create(USER, USER)
    profile = replace(profile, onboarded=True, timezone="Europe/Berlin", ping_time=clock_time(9))
    await bot.deps.profiles.save(profile)
    await bot.deps.pings.refresh(profile)
    clock.set(datetime(2026, 1, 16, 8, 0, tzinfo=UTC))  # 09:00 in Berlin
    # The sweep the job queue runs, run here and awaited: when it returns, it has sent.
    assert await bot.deps.timers.sweep() == 1
    (message,) = emulator.unread(USER)
    assert message.inline_labels, "the check-in, with its buttons"


def _lanes(bot: Bot) -> LaneRateLimiter:
    limiter = bot.application.bot.rate_limiter
    assert isinstance(limiter, LaneRateLimiter)
    return limiter


async def test_the_sweeps_check_in_goes_through_the_bulk_lane(
    bot: Bot, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    emulator.register_chat(USER)
    limiter = _lanes(bot)
    assert not limiter.paid_broadcast and limiter.bulk_per_second == FREE_BULK_PER_SECOND
    before = dict(limiter.sent)
    await _check_in_at_nine(bot, emulator, clock)
    assert limiter.sent[Lane.BULK] == before[Lane.BULK] + 1


async def test_paid_broadcast_is_a_setting(
    settings: Settings, clock: FakeClock, emulator: BotApiEmulator
) -> None:
    paid = settings.model_copy(update={"telegram_paid_broadcast": True})
    emulator.register_chat(USER)
    async with running_bot(
        paid, clock, token=TOKEN, base_url=emulator.base_url, poll_timeout=5
    ) as bot:
        limiter = _lanes(bot)
        assert limiter.paid_broadcast and limiter.bulk_per_second == PAID_BULK_PER_SECOND
        await _check_in_at_nine(bot, emulator, clock)
        assert limiter.sent[Lane.BULK] == 1
