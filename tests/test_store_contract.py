"""The behaviour every `Repository` must have, whatever the database behind it.

Tests speak only the Protocol. Each runs on a fresh SQLite file and on a fresh schema of
the real PostgreSQL server (tests/postgres_server.py: skipped with the reason when no server
is reachable, failed under CI=true). A new backend joins by adding an opener to `OPENERS`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.model import (
    Situation,
    TimerState,
    Trigger,
    UrgeKind,
    UrgeOutcome,
    UserProfile,
)
from bot.store.base import Repository
from bot.store.postgres import PostgresRepository
from bot.store.sqlite import SqliteRepository
from tests.postgres_server import fresh_schema

T0 = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


@asynccontextmanager
async def _sqlite(tmp_path: Path) -> AsyncIterator[Repository]:
    repository = await SqliteRepository.open(tmp_path / "contract.db")
    try:
        yield repository
    finally:
        await repository.close()


@asynccontextmanager
async def _postgresql(tmp_path: Path) -> AsyncIterator[Repository]:
    async with fresh_schema() as url:
        repository = await PostgresRepository.open(url)
        try:
            yield repository
        finally:
            await repository.close()


OPENERS: dict[str, Callable[[Path], AbstractAsyncContextManager[Repository]]] = {
    "sqlite": _sqlite,
    "postgresql": _postgresql,
}


@pytest.fixture(params=sorted(OPENERS))
async def repository(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Repository]:
    async with OPENERS[request.param](tmp_path) as repo:
        yield repo


def make_profile(user_id: int = 1, **changes: object) -> UserProfile:
    profile = UserProfile(
        user_id=user_id,
        chat_id=user_id + 1000,
        situation=Situation.ABUSE,
        last_contact=date(2026, 3, 1),
        timezone="Europe/Berlin",
        ping_time=time(20, 30),
        locale="de",
        onboarded=True,
        best_streak_days=0,
        banked_days=0,
        active=True,
        created_at=T0,
    )
    return replace(profile, **changes)  # type: ignore[arg-type]


# -- users ---------------------------------------------------------------------------


async def test_a_saved_profile_comes_back_as_it_was_saved(repository: Repository) -> None:
    profile = make_profile(created_at=datetime(2026, 3, 29, 3, 0, tzinfo=BERLIN))
    await repository.save_user(profile)

    stored = await repository.get_user(1)

    assert stored == profile
    assert stored is not None and stored.created_at.utcoffset() == timedelta(0)
    assert await repository.get_user(2) is None


async def test_saving_her_profile_again_keeps_her_history(repository: Repository) -> None:
    await repository.save_user(make_profile())
    urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
    await repository.add_draft(1, urge.id, T0, b"ciphertext")
    await repository.record_slip(make_profile(), T0, 3, None)

    changed = make_profile(timezone="America/New_York", ping_time=time(9, 0), onboarded=False)
    await repository.save_user(changed)

    assert await repository.get_user(1) == changed
    assert len(await repository.list_drafts(1)) == 1
    assert len(await repository.list_slips(1)) == 1
    assert await repository.get_urge(urge.id) is not None


async def test_pausing_her_keeps_the_rest_of_her_profile(repository: Repository) -> None:
    await repository.save_user(make_profile())

    await repository.set_user_active(1, False)

    assert await repository.get_user(1) == make_profile(active=False)


# -- slips ---------------------------------------------------------------------------


async def test_a_slip_is_stored_with_the_profile_it_produced(repository: Repository) -> None:
    await repository.save_user(make_profile(best_streak_days=10, banked_days=30))
    after = make_profile(last_contact=date(2026, 3, 28), best_streak_days=27, banked_days=57)

    slip = await repository.record_slip(after, T0, 27, b"note ciphertext")

    assert await repository.list_slips(1) == [slip]
    assert (slip.streak_days_ended, slip.note, slip.occurred_at) == (27, b"note ciphertext", T0)
    assert await repository.get_user(1) == after


async def test_a_slip_that_cannot_be_stored_leaves_best_and_banked_days_alone(
    repository: Repository,
) -> None:
    before = make_profile(best_streak_days=10, banked_days=30)
    await repository.save_user(before)
    after = replace(before, best_streak_days=27, banked_days=57)

    # A missing streak length makes the slip row itself fail, after the profile was
    # written in the same transaction; which error that is depends on the backend.
    with pytest.raises(Exception):  # noqa: B017
        await repository.record_slip(after, T0, None, None)  # type: ignore[arg-type]

    assert await repository.get_user(1) == before
    assert await repository.list_slips(1) == []


async def test_slips_are_listed_in_the_order_they_happened(repository: Repository) -> None:
    await repository.save_user(make_profile())
    later = await repository.record_slip(make_profile(), T0 + timedelta(days=9), 9, None)
    earlier = await repository.record_slip(make_profile(), T0, 2, None)

    assert await repository.list_slips(1) == [earlier, later]
    assert await repository.list_slips(2) == []


# -- urges ---------------------------------------------------------------------------


async def test_an_urge_is_followed_from_start_to_finish(repository: Repository) -> None:
    await repository.save_user(make_profile())
    urge = await repository.start_urge(1, UrgeKind.CHECK, T0)
    assert await repository.get_urge(urge.id) == urge
    assert (urge.outcome, urge.trigger, urge.intensity) == (None, None, None)

    await repository.set_urge_trigger(urge.id, Trigger.LATE_NIGHT)
    await repository.set_urge_intensity(urge.id, 8)
    ended = T0 + timedelta(minutes=10)
    assert await repository.finish_urge(urge.id, UrgeOutcome.HELD, ended) is True

    assert await repository.get_urge(urge.id) == replace(
        urge, trigger=Trigger.LATE_NIGHT, intensity=8, outcome=UrgeOutcome.HELD, ended_at=ended
    )


async def test_an_urge_ends_only_once(repository: Repository) -> None:
    await repository.save_user(make_profile())
    urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
    await repository.finish_urge(urge.id, UrgeOutcome.HELD, T0 + timedelta(minutes=10))
    held = await repository.get_urge(urge.id)

    # A late tap on "I slipped" must not turn an urge she held into a slip.
    late = await repository.finish_urge(urge.id, UrgeOutcome.SLIPPED, T0 + timedelta(hours=1))

    assert late is False
    assert await repository.get_urge(urge.id) == held


async def test_an_intensity_outside_one_to_ten_is_refused(repository: Repository) -> None:
    await repository.save_user(make_profile())
    urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
    await repository.set_urge_intensity(urge.id, 10)

    with pytest.raises(ValueError, match="1 to 10"):
        await repository.set_urge_intensity(urge.id, 11)

    stored = await repository.get_urge(urge.id)
    assert stored is not None and stored.intensity == 10


async def test_urges_are_counted_by_how_they_ended(repository: Repository) -> None:
    await repository.save_user(make_profile())
    await repository.save_user(make_profile(2))
    outcomes = [UrgeOutcome.HELD, UrgeOutcome.HELD, UrgeOutcome.SLIPPED, None]
    for outcome in outcomes:
        urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
        if outcome is not None:
            await repository.finish_urge(urge.id, outcome, T0)
    await repository.start_urge(2, UrgeKind.TEXT, T0)

    assert await repository.count_urges(1) == 4
    assert await repository.count_urges(1, UrgeOutcome.HELD) == 2
    assert await repository.count_urges(1, UrgeOutcome.SLIPPED) == 1
    assert await repository.count_urges(1, UrgeOutcome.CANCELLED) == 0
    assert await repository.count_urges(2) == 1
    assert await repository.get_urge(10_000) is None

    # An outcome button reads the urge and her tally of held ones together, in one read.
    async with repository.unit_of_work(owner=1) as step:
        found = await repository.get_urge_and_held(urge.id)
    assert step.reads == 1
    assert found is not None and found[0].user_id == 1 and found[1] == 2
    assert await repository.get_urge_and_held(10_000) is None


# -- drafts --------------------------------------------------------------------------


async def test_drafts_keep_exactly_the_bytes_they_were_given(repository: Repository) -> None:
    await repository.save_user(make_profile())
    await repository.save_user(make_profile(2))
    urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
    every_byte = bytes(range(256))

    second = await repository.add_draft(1, None, T0 + timedelta(hours=1), b"\x00second\xff")
    first = await repository.add_draft(1, urge.id, T0, every_byte)

    assert await repository.list_drafts(1) == [first, second]
    assert (first.body, first.urge_id) == (every_byte, urge.id)
    assert await repository.list_drafts(2) == []


# -- rotating content ----------------------------------------------------------------


async def test_seen_cards_are_remembered_per_pool(repository: Repository) -> None:
    await repository.mark_item_seen(1, "reasons", "r1", T0)
    await repository.mark_item_seen(1, "reasons", "r2", T0)
    await repository.mark_item_seen(1, "reasons", "r2", T0 + timedelta(days=1))
    await repository.mark_item_seen(1, "pings", "p1", T0)
    await repository.mark_item_seen(2, "reasons", "r3", T0)

    assert await repository.seen_items(1, ["reasons", "pings", "never"]) == {
        "reasons": {"r1", "r2"},
        "pings": {"p1"},
        "never": set(),
    }

    await repository.forget_seen_items(1, "reasons")

    assert await repository.seen_items(1, ["reasons", "pings"]) == {
        "reasons": set(),
        "pings": {"p1"},
    }
    assert await repository.seen_items(2, ["reasons"]) == {"reasons": {"r3"}}
    assert await repository.seen_items(2, []) == {}


async def test_a_card_reads_her_reasons_and_what_she_has_seen_at_once(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    await repository.save_user(make_profile(2))
    async with repository.unit_of_work(owner=1) as step:
        assert await repository.reasons_and_seen(1, ["cards", "own"]) == (
            [],
            {"cards": set(), "own": set()},
        )
    assert step.reads == 1
    second = await repository.add_reason(1, T0 + timedelta(minutes=1), b"two")
    first = await repository.add_reason(1, T0, b"one")
    await repository.add_reason(2, T0, b"theirs")
    await repository.mark_item_seen(1, "cards", "c1", T0)
    await repository.mark_item_seen(1, "own", str(first.id), T0)
    await repository.mark_item_seen(1, "pings", "p1", T0)
    await repository.mark_item_seen(2, "cards", "c2", T0)

    async with repository.unit_of_work(owner=1) as step:
        reasons, seen = await repository.reasons_and_seen(1, ["cards", "closings", "own"])
    assert step.reads == 1, "one read for everything a card depends on"
    assert reasons == [first, second], "hers only, oldest first"
    assert seen == {"cards": {"c1"}, "closings": set(), "own": {str(first.id)}}


# -- timers --------------------------------------------------------------------------


async def test_a_timer_is_scheduled_once_per_dedupe_key(repository: Repository) -> None:
    timer = await repository.schedule_timer(
        1, "daily_ping", T0, {"day": "2026-03-29", "n": 1}, "ping:1:2026-03-29"
    )
    assert timer is not None
    assert (timer.state, timer.payload, timer.due_at) == (
        TimerState.PENDING,
        {"day": "2026-03-29", "n": 1},
        T0,
    )

    again = await repository.schedule_timer(
        1, "daily_ping", T0 + timedelta(hours=1), {}, "ping:1:2026-03-29"
    )
    assert again is None
    assert await repository.pending_timers(1) == [timer]

    # Even once sent, the same key never schedules a second ping for the same day.
    await repository.mark_timer_done(timer.id, T0)
    assert await repository.schedule_timer(1, "daily_ping", T0, {}, "ping:1:2026-03-29") is None


async def test_cancelling_touches_only_her_pending_timers_of_that_kind(
    repository: Repository,
) -> None:
    sent = await repository.schedule_timer(1, "urge_check", T0, {}, "a")
    assert sent is not None
    await repository.mark_timer_done(sent.id, T0)
    await repository.schedule_timer(1, "urge_check", T0, {}, "b")
    await repository.schedule_timer(1, "urge_check", T0 + timedelta(minutes=5), {}, "c")
    ping = await repository.schedule_timer(1, "daily_ping", T0, {}, "d")
    others = await repository.schedule_timer(2, "urge_check", T0, {}, "e")

    assert await repository.cancel_timers(1, "urge_check") == 2

    assert await repository.pending_timers(1) == [ping]
    assert await repository.pending_timers(2) == [others]
    assert await repository.cancel_timers(1, "urge_check") == 0


async def test_only_pending_timers_fall_due_and_a_done_one_never_again(
    repository: Repository,
) -> None:
    first = await repository.schedule_timer(1, "urge_check", T0, {}, "a")
    await repository.schedule_timer(1, "cancelled_kind", T0, {}, "b")
    future = await repository.schedule_timer(1, "urge_check", T0 + timedelta(hours=1), {}, "c")
    await repository.cancel_timers(1, "cancelled_kind")
    assert first is not None and future is not None

    assert await repository.due_timers(T0, 10) == [first]

    await repository.mark_timer_done(first.id, T0)

    assert await repository.due_timers(T0, 10) == []
    assert await repository.due_timers(T0 + timedelta(hours=2), 10) == [future]


moments = st.datetimes(
    min_value=datetime(2020, 1, 1),
    max_value=datetime(2030, 1, 1),
    timezones=st.sampled_from(
        [UTC, BERLIN, ZoneInfo("Asia/Kolkata"), timezone(timedelta(hours=-9, minutes=-30))]
    ),
    allow_imaginary=False,
)


# The examples share one repository (a fresh file per example would be slow); each one
# uses a user of its own and cancels its timers at the end, so none sees another's.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(dues=st.lists(moments, max_size=12), now=moments, limit=st.integers(0, 8))
async def test_due_timers_come_oldest_first_up_to_the_limit(
    repository: Repository, dues: list[datetime], now: datetime, limit: int
) -> None:
    user_id = uuid.uuid4().int % 2**53
    scheduled = []
    for number, due in enumerate(dues):
        timer = await repository.schedule_timer(
            user_id, "check", due, {"n": number}, f"{user_id}:{number}"
        )
        assert timer is not None
        scheduled.append(timer)

    fallen_due = await repository.due_timers(now, limit)

    expected = sorted((t for t in scheduled if t.due_at <= now), key=lambda t: (t.due_at, t.id))
    assert fallen_due == expected[:limit]
    await repository.cancel_timers(user_id, "check")


# -- conversation persistence ----------------------------------------------------------


async def test_conversation_states_are_kept_until_the_conversation_ends(
    repository: Repository,
) -> None:
    await repository.save_conversation("urge", "[1,1]", "2")
    await repository.save_conversation("urge", "[1,1]", "3")
    await repository.save_conversation("urge", "[2,2]", '"ASK"')
    await repository.save_conversation("onboarding", "[1,1]", "0")

    assert await repository.load_conversations("urge") == {"[1,1]": "3", "[2,2]": '"ASK"'}

    await repository.save_conversation("urge", "[1,1]", None)
    await repository.save_conversation("urge", "[9,9]", None)

    assert await repository.load_conversations("urge") == {"[2,2]": '"ASK"'}
    assert await repository.load_conversations("onboarding") == {"[1,1]": "0"}
    assert await repository.load_conversations("unknown") == {}


async def test_user_data_is_kept_until_dropped(repository: Repository) -> None:
    await repository.save_user_data(1, '{"step":1}')
    await repository.save_user_data(1, '{"step":2}')
    await repository.save_user_data(2, "{}")

    assert await repository.load_user_data() == {1: '{"step":2}', 2: "{}"}

    await repository.drop_user_data(1)

    assert await repository.load_user_data() == {2: "{}"}


# -- groups and general rules -----------------------------------------------------------


async def test_a_group_is_told_only_once(repository: Repository) -> None:
    assert await repository.note_group_told(-100, T0) is True
    assert await repository.note_group_told(-100, T0 + timedelta(days=1)) is False
    assert await repository.note_group_told(-200, T0) is True


async def test_naive_datetimes_are_refused(repository: Repository) -> None:
    naive = datetime(2026, 3, 29, 1, 0)
    await repository.save_user(make_profile())

    with pytest.raises(ValueError, match="naive"):
        await repository.start_urge(1, UrgeKind.TEXT, naive)
    with pytest.raises(ValueError, match="naive"):
        await repository.schedule_timer(1, "check", naive, {}, "naive")
    with pytest.raises(ValueError, match="naive"):
        await repository.save_user(make_profile(2, created_at=naive))

    assert await repository.count_urges(1) == 0
    assert await repository.pending_timers(1) == []
    assert await repository.get_user(2) is None


# -- pings, pauses, danger days (migration 0002) --------------------------------------


async def test_her_pause_and_quiet_hours_come_back_as_saved(repository: Repository) -> None:
    profile = make_profile(
        paused_until=date(2026, 4, 10),
        quiet_start=time(22, 30),
        quiet_end=time(6, 45),
        risk_nudges=False,
    )
    await repository.save_user(profile)
    assert await repository.get_user(1) == profile
    await repository.save_user(replace(profile, paused_until=None))
    stored = await repository.get_user(1)
    assert stored is not None and stored.paused_until is None


async def test_danger_days_are_added_once_listed_in_calendar_order_and_removed(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    christmas = await repository.add_danger_day(1, "christmas", 12, 25)
    again = await repository.add_danger_day(1, "christmas", 12, 25)
    birthday = await repository.add_danger_day(1, "birthday", 3, 14)
    assert again == christmas
    assert await repository.list_danger_days(1) == [birthday, christmas]
    assert await repository.remove_danger_day(1, christmas.id)
    assert not await repository.remove_danger_day(2, birthday.id), "only her own"
    assert await repository.list_danger_days(1) == [birthday]


async def test_a_postponed_timer_falls_due_later_and_cancel_all_stops_everything(
    repository: Repository,
) -> None:
    timer = await repository.schedule_timer(1, "daily_ping", T0, {}, "ping:1:a")
    await repository.schedule_timer(1, "milestone", T0, {}, "milestone:1:a")
    await repository.schedule_timer(2, "daily_ping", T0, {}, "ping:2:a")
    assert timer is not None
    await repository.postpone_timer(timer.id, T0 + timedelta(minutes=5))
    assert [t.dedupe_key for t in await repository.due_timers(T0, 10)] == [
        "milestone:1:a",
        "ping:2:a",
    ]
    assert await repository.count_due_timers(T0 + timedelta(minutes=5)) == 3
    assert await repository.cancel_all_timers(1) == 2
    assert [t.user_id for t in await repository.due_timers(T0 + timedelta(hours=1), 10)] == [2]


async def test_urge_start_times_come_newest_first(repository: Repository) -> None:
    await repository.save_user(make_profile())
    for hours in (1, 3, 2):
        await repository.start_urge(1, UrgeKind.CHECK, T0 + timedelta(hours=hours))
    assert await repository.urge_start_times(1) == [
        T0 + timedelta(hours=3),
        T0 + timedelta(hours=2),
        T0 + timedelta(hours=1),
    ]


async def test_set_timer_moves_or_revives_a_timer_but_never_one_already_done(
    repository: Repository,
) -> None:
    assert await repository.set_timer(1, "daily_ping", T0, {"n": 1}, "ping:1:2026-03-29")
    assert await repository.set_timer(
        1, "daily_ping", T0 + timedelta(hours=2), {"n": 2}, "ping:1:2026-03-29"
    )
    assert await repository.due_timers(T0 + timedelta(hours=1), 10) == []
    [moved] = await repository.due_timers(T0 + timedelta(hours=2), 10)
    assert moved.payload == {"n": 2}

    await repository.cancel_timers(1, "daily_ping")
    assert await repository.set_timer(1, "daily_ping", T0, {}, "ping:1:2026-03-29")
    [revived] = await repository.due_timers(T0, 10)
    await repository.mark_timer_done(revived.id, T0)
    assert not await repository.set_timer(1, "daily_ping", T0, {}, "ping:1:2026-03-29")
    assert await repository.due_timers(T0 + timedelta(days=1), 10) == []


async def test_her_urges_are_listed_oldest_first_with_how_they_ended(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    late = await repository.start_urge(1, UrgeKind.TEXT, T0 + timedelta(hours=2))
    early = await repository.start_urge(1, UrgeKind.POST, T0)
    await repository.finish_urge(early.id, UrgeOutcome.HELD, T0 + timedelta(minutes=10))
    urges = await repository.list_urges(1)
    assert [u.id for u in urges] == [early.id, late.id]
    assert [u.outcome for u in urges] == [UrgeOutcome.HELD, None]
    assert await repository.list_urges(2) == []


# -- her words, the checklist, messages from him, her data as a whole (migration 0003) --


async def test_a_draft_is_reviewed_once_and_can_be_let_go(repository: Repository) -> None:
    await repository.save_user(make_profile())
    draft = await repository.add_draft(1, None, T0, b"cipher")
    await repository.mark_draft_reviewed(1, draft.id, T0 + timedelta(hours=9))
    [stored] = await repository.list_drafts(1)
    assert stored.reviewed_at == T0 + timedelta(hours=9)
    assert not await repository.delete_draft(2, draft.id), "only her own"
    assert await repository.delete_draft(1, draft.id)
    assert await repository.list_drafts(1) == []


async def test_her_reasons_are_kept_in_order_and_removed_one_by_one(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    first = await repository.add_reason(1, T0, b"one")
    second = await repository.add_reason(1, T0 + timedelta(minutes=1), b"two")
    assert await repository.list_reasons(1) == [first, second]
    assert await repository.delete_reason(1, first.id)
    assert await repository.list_reasons(1) == [second]


async def test_cutoff_items_keep_their_latest_state(repository: Repository) -> None:
    await repository.save_user(make_profile())
    await repository.set_cutoff_state(1, "instagram", "done", T0)
    await repository.set_cutoff_state(1, "number", "not_needed", T0)
    await repository.set_cutoff_state(1, "instagram", "open", T0 + timedelta(days=1))
    assert await repository.cutoff_states(1) == {"instagram": "open", "number": "not_needed"}
    assert await repository.cutoff_states(2) == {}


async def test_messages_from_him_are_logged_with_what_she_chose(repository: Repository) -> None:
    await repository.save_user(make_profile())
    entry = await repository.log_he_texted(1, T0, "sorry")
    await repository.set_he_texted_outcome(1, entry.id, "no_reply")
    [logged] = await repository.list_he_texted(1)
    assert (logged.kind, logged.outcome, logged.received_at) == ("sorry", "no_reply", T0)


async def test_ciphertexts_are_found_everywhere_and_replaced_together(
    repository: Repository,
) -> None:
    profile = make_profile()
    await repository.save_user(profile)
    await repository.add_draft(1, None, T0, b"draft")
    await repository.add_reason(1, T0, b"reason")
    await repository.record_slip(profile, T0, 3, b"note")
    await repository.record_slip(profile, T0, 0, None)
    found = await repository.ciphertexts()
    assert sorted(item.value for item in found) == [b"draft", b"note", b"reason"]
    await repository.replace_ciphertexts([replace(item, value=item.value + b"!") for item in found])
    assert sorted(item.value for item in await repository.ciphertexts()) == [
        b"draft!",
        b"note!",
        b"reason!",
    ]


async def test_forgetting_her_leaves_nothing_of_her_and_everything_of_others(
    repository: Repository,
) -> None:
    for user_id in (1, 10, 11):
        profile = make_profile(user_id)
        await repository.save_user(profile)
        await repository.add_draft(user_id, None, T0, b"d")
        await repository.add_reason(user_id, T0, b"r")
        await repository.record_slip(profile, T0, 1, b"n")
        await repository.start_urge(user_id, UrgeKind.TEXT, T0)
        await repository.set_cutoff_state(user_id, "number", "done", T0)
        await repository.log_he_texted(user_id, T0, "hey")
        await repository.add_danger_day(user_id, "birthday", 3, 14)
        await repository.invite_friend(user_id, f"code-{user_id}", T0)
        await repository.mark_item_seen(user_id, "cards", "c1", T0)
        await repository.schedule_timer(user_id, "daily_ping", T0, {}, f"ping:{user_id}")
        await repository.save_user_data(user_id, "{}")
        await repository.save_conversation("urge", f"[{user_id}, {user_id}]", '"urge.delay"')
    exported = await repository.export_user(1)
    assert exported["users"] and exported["drafts"] and exported["timers"]

    await repository.forget_user(1)
    assert all(rows == [] for rows in (await repository.export_user(1)).values())
    assert "[1, 1]" not in await repository.load_conversations("urge")
    assert {"[10, 10]", "[11, 11]"} <= set(await repository.load_conversations("urge"))
    assert all(rows for rows in (await repository.export_user(10)).values())


async def test_a_friend_joins_once_by_invite_and_can_leave(repository: Repository) -> None:
    await repository.save_user(make_profile())
    invite = await repository.invite_friend(1, "code-a", T0)
    assert invite.friend_chat_id is None
    assert await repository.accept_invite("nope", 77, T0) is None
    assert await repository.accept_invite("code-a", 1, T0) is None, "not her own friend"
    joined = await repository.accept_invite("code-a", 77, T0 + timedelta(hours=1))
    assert joined is not None and joined.friend_chat_id == 77
    assert await repository.accept_invite("code-a", 78, T0) is None, "one friend per invite"
    assert await repository.friendships_of(77) == [joined]
    await repository.note_friend_alerted(1, T0 + timedelta(hours=2))
    friend = await repository.friend_of(1)
    assert friend is not None and friend.last_alert_at == T0 + timedelta(hours=2)

    await repository.invite_friend(1, "code-b", T0)  # a new invite replaces the old friend
    assert await repository.friendships_of(77) == []
    await repository.end_friendship(1)
    assert await repository.friend_of(1) is None


async def test_forgetting_her_also_ends_the_friendships_she_was_part_of(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile(1))
    await repository.save_user(make_profile(2))
    await repository.invite_friend(2, "code", T0)
    await repository.accept_invite("code", 1, T0)
    await repository.forget_user(1)
    assert await repository.friendships_of(1) == []
    friend = await repository.friend_of(2)
    assert friend is None


# -- Telegram's ids and two things at once ---------------------------------------------------


async def test_telegram_ids_beyond_32_bits_come_back_whole(repository: Repository) -> None:
    # The Bot API promises user ids fit in 52 bits, and supergroups are -100 followed by
    # ten digits: neither fits a 32-bit integer.
    her_id = 2**52 - 1
    await repository.save_user(make_profile(her_id, chat_id=her_id))
    urge = await repository.start_urge(her_id, UrgeKind.TEXT, T0)
    await repository.schedule_timer(her_id, "urge_check", T0, {"urge_id": urge.id}, "big")
    await repository.invite_friend(her_id, "code-big", T0)
    await repository.accept_invite("code-big", 2**40, T0)

    stored = await repository.get_user(her_id)
    assert stored is not None and (stored.user_id, stored.chat_id) == (her_id, her_id)
    assert [t.user_id for t in await repository.due_timers(T0, 10)] == [her_id]
    assert [f.user_id for f in await repository.friendships_of(2**40)] == [her_id]
    assert await repository.note_group_told(-1_001_234_567_890, T0) is True
    assert await repository.note_group_told(-1_001_234_567_890, T0) is False


async def test_of_two_friends_tapping_her_invite_at_once_one_joins(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    await repository.invite_friend(1, "code", T0)

    joined = await asyncio.gather(
        repository.accept_invite("code", 77, T0), repository.accept_invite("code", 78, T0)
    )

    [friend] = [f for f in joined if f is not None]
    assert await repository.friend_of(1) == friend
    assert friend.friend_chat_id in (77, 78)


async def test_writes_at_once_from_many_chats_are_all_kept(repository: Repository) -> None:
    # The bot handles many chats at the same moment; every one of their writes must land.
    people = range(1, 41)
    await asyncio.gather(*(repository.save_user(make_profile(p)) for p in people))
    urges = await asyncio.gather(*(repository.start_urge(p, UrgeKind.TEXT, T0) for p in people))
    await asyncio.gather(
        *(
            repository.set_timer(p, "urge_check", T0, {"urge_id": u.id}, f"u{p}")
            for p, u in zip(people, urges, strict=True)
        )
    )

    assert await repository.count_due_timers(T0) == len(people)
    assert {t.payload["urge_id"] for t in await repository.due_timers(T0, 100)} == {
        u.id for u in urges
    }


# -- one step, one transaction (bot/store/unit.py) -------------------------------------


class StepCrashed(Exception):
    """A handler failing halfway through her step."""


async def test_a_step_that_crashes_halfway_keeps_none_of_its_writes(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    with pytest.raises(StepCrashed):
        async with repository.unit_of_work(owner=1):
            await repository.save_user(make_profile(best_streak_days=9))
            urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
            await repository.set_urge_intensity(urge.id, 7)
            raise StepCrashed

    profile = await repository.get_user(1)
    assert profile is not None and profile.best_streak_days == 0
    assert await repository.list_urges(1) == []


async def test_a_step_is_one_write_transaction_however_many_writes_it_makes(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    async with repository.unit_of_work(owner=1) as step:
        urge = await repository.start_urge(1, UrgeKind.TEXT, T0)
        await repository.set_urge_trigger(urge.id, Trigger.LONELY)
        await repository.set_urge_intensity(urge.id, 7)
        await repository.schedule_timer(1, "checkback", T0, {"urge": urge.id}, "cb:1")
        # The step reads back what it wrote, before it commits.
        stored = await repository.get_urge(urge.id)
    assert stored is not None and stored.intensity == 7
    assert (step.write_transactions, step.writes) == (1, 4)
    assert [t.dedupe_key for t in await repository.pending_timers(1)] == ["cb:1"]

    async with repository.unit_of_work(owner=1) as reading:
        await repository.list_urges(1)
    assert reading.write_transactions == 0, "a step that only reads takes no write lock"


async def test_her_profile_is_read_once_per_step_and_a_saved_one_is_not_read_back(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    async with repository.unit_of_work(owner=1) as step:
        first = await repository.get_user(1)
        again = await repository.get_user(1)
        assert first == again
        assert first is not None
        await repository.save_user(replace(first, banked_days=4))
        saved = await repository.get_user(1)
    assert step.reads == 1
    assert saved is not None and saved.banked_days == 4

    async with repository.unit_of_work(owner=1) as later_step:
        stored = await repository.get_user(1)
    assert later_step.reads == 1, "each step reads her profile afresh"
    assert stored is not None and stored.banked_days == 4


async def test_a_failed_step_rolls_back_at_once_and_what_follows_stands_alone(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    async with repository.unit_of_work(owner=1) as step:
        await repository.start_urge(1, UrgeKind.TEXT, T0)
        await step.fail()
        # The error handler's own bookkeeping, after the failure, is kept.
        await repository.note_group_told(-5, T0)
    assert await repository.list_urges(1) == []
    assert await repository.note_group_told(-5, T0) is False, "written once already"


async def test_work_started_inside_a_step_is_part_of_that_step(repository: Repository) -> None:
    await repository.save_user(make_profile())
    with pytest.raises(StepCrashed):
        async with repository.unit_of_work(owner=1) as step:
            async with repository.unit_of_work(owner=1) as inner:
                assert inner is step
                await repository.start_urge(1, UrgeKind.TEXT, T0)
            # Tasks the step starts share it, and take turns on its connection.
            await asyncio.gather(
                repository.start_urge(1, UrgeKind.CHECK, T0),
                repository.start_urge(1, UrgeKind.POST, T0),
            )
            raise StepCrashed
    assert await repository.list_urges(1) == []


async def test_a_task_that_outlives_its_step_works_on_its_own(repository: Repository) -> None:
    await repository.save_user(make_profile())
    go_on = asyncio.Event()

    async def later() -> None:
        await go_on.wait()
        await repository.start_urge(1, UrgeKind.TEXT, T0)

    async with repository.unit_of_work(owner=1):
        outliving = asyncio.create_task(later())
    go_on.set()
    await outliving
    assert [urge.kind for urge in await repository.list_urges(1)] == [UrgeKind.TEXT]


# -- timers claimed by one worker at a time --------------------------------------------


async def test_a_claimed_timer_goes_to_no_other_sweep_until_its_claim_lapses(
    repository: Repository,
) -> None:
    for n in range(3):
        await repository.save_user(make_profile(n + 1))
        await repository.schedule_timer(n + 1, "ping", T0 + timedelta(minutes=n), {}, f"k{n}")
    now, lease_end = T0 + timedelta(minutes=2), T0 + timedelta(minutes=7)

    first = await repository.claim_due_timers(now, 2, lease_end)
    second = await repository.claim_due_timers(now, 10, lease_end)
    assert [t.dedupe_key for t in first] == ["k0", "k1"], "oldest first"
    assert [t.dedupe_key for t in second] == ["k2"], "what the first sweep holds is skipped"
    assert await repository.claim_due_timers(now, 10, lease_end) == []

    # The worker that held them died: once the claims lapse, another takes them.
    taken_over = await repository.claim_due_timers(lease_end, 10, lease_end + timedelta(hours=1))
    assert [t.dedupe_key for t in taken_over] == ["k0", "k1", "k2"]


async def test_a_person_s_due_timers_go_to_one_sweep_and_no_other_takes_hers_meanwhile(
    repository: Repository,
) -> None:
    # What she reads comes from one worker at a time: in the order it fell due, and paced
    # by that worker's one-per-second for her chat, whichever other workers sweep.
    for user_id in (1, 2):
        await repository.save_user(make_profile(user_id))
    await repository.schedule_timer(1, "review", T0, {}, "her review")
    await repository.schedule_timer(2, "ping", T0 + timedelta(seconds=1), {}, "someone's")
    await repository.schedule_timer(1, "ping", T0 + timedelta(seconds=1), {}, "her check-in")
    now, lease_end = T0 + timedelta(minutes=1), T0 + timedelta(minutes=6)

    # A batch of one still takes all that is due of hers, not half.
    hers = await repository.claim_due_timers(now, 1, lease_end)
    assert [t.dedupe_key for t in hers] == ["her review", "her check-in"]
    # One more of hers falls due while the first worker still sends: it waits for it.
    await repository.schedule_timer(1, "nudge", now, {}, "her nudge")
    others = await repository.claim_due_timers(now, 10, lease_end)
    assert [t.dedupe_key for t in others] == ["someone's"]
    for timer in hers:
        await repository.mark_timer_done(timer.id, now)
    after = await repository.claim_due_timers(now, 10, lease_end)
    assert [t.dedupe_key for t in after] == ["her nudge"]


async def test_a_worker_still_sending_keeps_its_timers_past_the_first_lease(
    repository: Repository,
) -> None:
    await repository.save_user(make_profile())
    for key in ("held", "sent"):
        await repository.schedule_timer(1, "ping", T0, {}, key)
    lease_end = T0 + timedelta(seconds=6)
    held, sent = await repository.claim_due_timers(T0, 10, lease_end)
    await repository.mark_timer_done(sent.id, T0)

    # Its heartbeat renews what it still holds; a done timer is not claimed again.
    await repository.extend_timer_claims([held.id, sent.id], lease_end + timedelta(seconds=6))
    assert await repository.claim_due_timers(lease_end, 10, lease_end) == []
    # It died: one lease after its last renewal, another worker takes the timer.
    later = lease_end + timedelta(seconds=6)
    assert [t.dedupe_key for t in await repository.claim_due_timers(later, 10, later)] == ["held"]


async def test_a_timer_done_or_postponed_leaves_its_claim_behind(repository: Repository) -> None:
    await repository.save_user(make_profile())
    sent = await repository.schedule_timer(1, "ping", T0, {}, "sent")
    retried = await repository.schedule_timer(1, "ping", T0, {}, "retried")
    assert sent is not None and retried is not None
    lease_end = T0 + timedelta(minutes=5)
    assert len(await repository.claim_due_timers(T0, 10, lease_end)) == 2

    await repository.mark_timer_done(sent.id, T0)
    await repository.postpone_timer(retried.id, T0 + timedelta(minutes=1))

    # Before the lease would have lapsed: the retry is due again, the sent one never.
    again = await repository.claim_due_timers(T0 + timedelta(minutes=1), 10, lease_end)
    assert [t.dedupe_key for t in again] == ["retried"]


# -- the members of one bot ------------------------------------------------------------------


async def test_members_are_alive_while_they_say_so(repository: Repository) -> None:
    await repository.member_seen("a", T0)
    await repository.member_seen("b", T0)
    await repository.member_seen("a", T0 + timedelta(seconds=6))
    # b went quiet (killed); a still speaks; c stopped and said goodbye.
    await repository.member_seen("c", T0 + timedelta(seconds=6))
    await repository.member_left("c")
    assert await repository.members_alive(T0) == 2
    assert await repository.members_alive(T0 + timedelta(seconds=1)) == 1


# -- the inbox, when several workers share the bot ----------------------------------------


async def test_an_update_delivered_twice_is_stored_once(repository: Repository) -> None:
    assert await repository.add_to_inbox(7, 1001, b"sealed", T0) is True
    assert await repository.add_to_inbox(7, 1001, b"sealed", T0) is False
    [only] = await repository.claim_inbox(T0, 10, T0 + timedelta(minutes=1))
    assert only.received_at == T0
    await repository.mark_inbox_handled(only.update_id, T0)
    # Even once handled, the same update_id is recognised (for a day, until purged).
    assert await repository.add_to_inbox(7, 1001, b"sealed", T0) is False


async def test_a_chat_s_updates_are_handed_out_one_at_a_time_oldest_first(
    repository: Repository,
) -> None:
    for update_id, chat_id in ((1, 10), (2, 20), (3, 10), (4, 10)):
        await repository.add_to_inbox(update_id, chat_id, f"u{update_id}".encode(), T0)
    lease_end = T0 + timedelta(minutes=1)

    first = await repository.claim_inbox(T0, 10, lease_end)
    assert [(u.update_id, u.payload) for u in first] == [(1, b"u1"), (2, b"u2")]
    assert await repository.claim_inbox(T0, 10, lease_end) == [], "each chat has one in hand"

    await repository.mark_inbox_handled(1, T0)
    assert [u.update_id for u in await repository.claim_inbox(T0, 10, lease_end)] == [3]
    # The worker holding 2 and 3 died: once its claims lapse, they (not 4) go out again.
    again = await repository.claim_inbox(lease_end, 10, lease_end + timedelta(minutes=1))
    assert [u.update_id for u in again] == [2, 3]


async def test_a_renewed_claim_stays_and_an_update_is_handled_by_one_worker_only(
    repository: Repository,
) -> None:
    await repository.add_to_inbox(1, 10, b"u1", T0)
    lease_end = T0 + timedelta(seconds=6)
    [held] = await repository.claim_inbox(T0, 10, lease_end)

    # Its worker is alive and renews: past the first lease, nobody else may take it.
    await repository.extend_inbox_claims([held.update_id], lease_end + timedelta(seconds=6))
    assert await repository.claim_inbox(lease_end, 10, lease_end + timedelta(seconds=6)) == []

    # It stalled, another worker took the update over and handled it first.
    later = lease_end + timedelta(seconds=6)
    [taken_over] = await repository.claim_inbox(later, 10, later + timedelta(seconds=6))
    assert await repository.mark_inbox_handled(taken_over.update_id, later) is True
    assert await repository.mark_inbox_handled(held.update_id, later) is False


async def test_a_step_s_unsent_replies_go_out_before_her_next_update(
    repository: Repository,
) -> None:
    await repository.add_to_inbox(1, 10, b"u1", T0)
    await repository.add_to_inbox(2, 10, b"u2", T0)
    lease_end = T0 + timedelta(seconds=6)
    [step] = await repository.claim_inbox(T0, 10, lease_end)
    assert await repository.mark_inbox_handled(step.update_id, T0, b"replies") is True

    # Its worker is sending them: her next update waits until they are out.
    assert await repository.claim_inbox(T0, 10, lease_end) == []
    # The worker died before they went: once its lease lapses, they go out first.
    [left] = await repository.claim_inbox(lease_end, 10, lease_end + timedelta(seconds=6))
    assert (left.update_id, left.replies, left.payload) == (1, b"replies", b"")

    await repository.inbox_replies_sent(left.update_id)
    [following] = await repository.claim_inbox(lease_end, 10, lease_end + timedelta(seconds=6))
    assert (following.update_id, following.replies) == (2, None)


async def test_the_update_that_forgot_her_counts_as_handled(repository: Repository) -> None:
    await repository.add_to_inbox(1, 10, b"forget me", T0)
    await repository.claim_inbox(T0, 10, T0 + timedelta(seconds=6))
    await repository.forget_user(10)
    assert await repository.mark_inbox_handled(1, T0) is True


async def test_handled_updates_keep_nothing_of_her_words_and_go_after_a_day(
    repository: Repository,
) -> None:
    await repository.add_to_inbox(1, 10, b"her words, sealed", T0)
    await repository.claim_inbox(T0, 10, T0 + timedelta(minutes=1))
    await repository.mark_inbox_handled(1, T0)
    assert await repository.purge_inbox(T0) == 0
    assert await repository.purge_inbox(T0 + timedelta(days=1)) == 1
    assert await repository.add_to_inbox(1, 10, b"", T0) is True, "forgotten once purged"


async def test_one_chat_s_conversations_are_read_without_the_others(
    repository: Repository,
) -> None:
    await repository.save_conversation("urge", "[42,42]", '"DELAY"')
    await repository.save_conversation("setup", "[42,42]", "3")
    await repository.save_conversation("urge", "[421,421]", '"KIND"')
    await repository.save_conversation("urge", "[4,4]", '"KIND"')
    await repository.save_user_data(42, '{"urge_id":7}')

    assert sorted(await repository.conversations_of(42)) == [
        ("setup", "[42,42]", "3"),
        ("urge", "[42,42]", '"DELAY"'),
    ]
    assert await repository.user_data_of(42) == '{"urge_id":7}'
    assert await repository.user_data_of(4) is None
