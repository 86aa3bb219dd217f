"""What only the PostgreSQL store promises: its column types, the sweep's index, settings
that name a server, and errors that name the server but never its password. The behaviour
both stores share is in test_store_contract.py; migrations in test_migrations.py."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time, timedelta

import asyncpg
import pytest

from bot.clock import FakeClock
from bot.core.model import Situation, Timer, UserProfile
from bot.settings import SettingsError, load_settings
from bot.store.migrate import MigrationError
from bot.store.postgres import (
    _DUE_TIMERS_SQL,
    DatabaseUnreachableError,
    PostgresRepository,
    redacted,
)
from bot.timers.service import SHARED_CLAIM_LEASE, TimerService
from tests.postgres_server import with_search_path

T0 = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


@pytest.fixture
async def store(postgres_url: str) -> AsyncIterator[PostgresRepository]:
    repository = await PostgresRepository.open(postgres_url)
    try:
        yield repository
    finally:
        await repository.close()


async def column_types(url: str) -> dict[str, str]:
    """`table.column` -> PostgreSQL's name for its type, for every table of the schema."""
    connection = await asyncpg.connect(url)
    try:
        rows = await connection.fetch(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema()"
        )
    finally:
        await connection.close()
    return {f"{row['table_name']}.{row['column_name']}": row["data_type"] for row in rows}


async def test_ids_moments_payloads_and_her_words_have_their_own_types(
    store: PostgresRepository, postgres_url: str
) -> None:
    types = await column_types(postgres_url)

    def of(*suffixes: str) -> set[str]:
        return {column for column in types if column.endswith(suffixes)}

    ids = of(".id", ".user_id", ".chat_id", ".friend_chat_id", ".urge_id")
    moments = of("_at") - {"schema_version.applied_at"}
    assert ids and {types[column] for column in ids} == {"bigint"}
    assert {"timers.due_at", "users.created_at", "urges.ended_at"} <= moments
    assert {types[column] for column in moments} == {"timestamp with time zone"}
    assert {types[c] for c in ("timers.payload", "user_data.data", "conversations.state")} == {
        "jsonb"
    }
    assert {types[c] for c in ("drafts.body", "slips.note", "reasons.body")} == {"bytea"}
    assert (types["users.last_contact"], types["users.ping_time"]) == (
        "date",
        "time without time zone",
    )


async def test_the_sweep_reads_due_rows_through_the_partial_index_in_due_order(
    store: PostgresRepository, postgres_url: str
) -> None:
    # A realistic table: many timers long done, a few pending.
    connection = await asyncpg.connect(postgres_url)
    try:
        await connection.execute(
            "INSERT INTO timers (user_id, kind, due_at, payload, dedupe_key, state, created_at)"
            " SELECT n, 'daily_ping', $1::timestamptz - n * interval '1 minute', '{}',"
            " 'k' || n, CASE WHEN n % 500 = 0 THEN 'pending' ELSE 'done' END, $1"
            " FROM generate_series(1, 20000) AS n",
            T0,
        )
        await connection.execute("ANALYZE timers")
        plan = "\n".join(
            row[0] for row in await connection.fetch(f"EXPLAIN {_DUE_TIMERS_SQL}", T0, 100)
        )
    finally:
        await connection.close()

    assert "timers_due" in plan, plan
    # The index yields due order already: a sort would mean reading every due row first.
    assert "Sort" not in plan, plan
    assert len(await store.due_timers(T0, 100)) == 40


async def test_a_profile_with_a_time_not_on_the_minute_is_refused(
    store: PostgresRepository,
) -> None:
    profile = UserProfile(
        user_id=1,
        chat_id=1,
        situation=Situation.OTHER,
        last_contact=date(2026, 3, 1),
        timezone="Europe/Berlin",
        ping_time=time(20, 30, 15),
        locale="en",
        onboarded=True,
        best_streak_days=0,
        banked_days=0,
        active=True,
        created_at=T0,
    )
    with pytest.raises(ValueError, match="whole minutes"):
        await store.save_user(profile)
    assert await store.get_user(1) is None


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_database_url_may_name_a_postgresql_server(scheme: str) -> None:
    settings = load_settings(
        database_url=f"{scheme}://radio:s3cret@db.internal:5432/radio_silence", _env_file=None
    )

    assert settings.database_url.startswith(f"{scheme}://")
    assert settings.database_label == f"{scheme}://radio:***@db.internal:5432/radio_silence"


def test_any_other_database_url_is_refused_in_one_line() -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(database_url="mysql://radio:s3cret@db/rs", _env_file=None)

    assert str(refused.value) == (
        "Invalid setting DATABASE_URL: must be sqlite:///path/to/file.db or "
        "postgresql://user:password@host:5432/database"
    )


async def test_an_unreachable_server_is_named_without_its_password() -> None:
    # Port 1 on this machine: nothing listens, the connection is refused at once.
    url = "postgresql://radio:s3cret@127.0.0.1:1/radio_silence"

    with pytest.raises(DatabaseUnreachableError) as refused:
        await PostgresRepository.open(url)

    assert "127.0.0.1:1/radio_silence" in str(refused.value)
    assert "s3cret" not in str(refused.value)
    assert redacted(url) == "postgresql://radio:***@127.0.0.1:1/radio_silence"


async def test_a_search_path_naming_no_schema_is_a_clear_error(postgres_url: str) -> None:
    url = with_search_path(postgres_url, "no_such_schema")

    with pytest.raises(MigrationError, match="search_path names no schema"):
        await PostgresRepository.open(url)


async def test_her_flows_are_found_whatever_the_database_s_locale(postgres_url: str) -> None:
    """A server set up with a locale (ICU's en-US here; en_US.UTF-8 behaves alike) orders
    punctuation its own way; each member reads her flows by their key's prefix all the
    same, or she would start over at every step."""
    store = await PostgresRepository.open(postgres_url)
    try:
        connection = await asyncpg.connect(postgres_url)
        try:
            await connection.execute(
                'ALTER TABLE conversations ALTER COLUMN key TYPE text COLLATE "en-US-x-icu"'
            )
        finally:
            await connection.close()
        await store.save_conversation("urge", "[42,42]", '"DELAY"')
        await store.save_conversation("urge", "[421,421]", '"KIND"')
        await store.save_conversation("urge", "[-42,42]", '"KIND"')

        assert await store.conversations_of(42) == [("urge", "[42,42]", '"DELAY"')]
    finally:
        await store.close()


# -- several workers on one database ---------------------------------------------------


async def test_workers_sweeping_one_database_deliver_each_timer_once(postgres_url: str) -> None:
    """Three workers, each its own pool and timer service, sweep the same due minute at
    once: every check-in goes out, none twice."""
    clock = FakeClock(T0)
    workers = [await PostgresRepository.open(postgres_url, clock=clock) for _ in range(3)]
    delivered: list[tuple[int, int]] = []
    try:
        setup = workers[0]
        for user_id in range(1, 301):
            await setup.save_user(_profile(user_id))
            await setup.schedule_timer(user_id, "ping", T0, {}, f"ping:{user_id}")
        services = []
        for number, store in enumerate(workers):
            service = TimerService(store, clock, batch_size=40)

            async def send(timer: Timer, number: int = number) -> None:
                delivered.append((number, timer.id))

            service.on("ping", send)
            services.append(service)

        settled = await asyncio.gather(*(service.sweep() for service in services))

        ids = [timer_id for _, timer_id in delivered]
        assert sum(settled) == 300 and len(ids) == 300
        assert len(set(ids)) == 300, "no check-in went out twice"
        assert {number for number, _ in delivered} == {0, 1, 2}, "all three took their share"
        assert await setup.count_due_timers(T0 + timedelta(days=1)) == 0
    finally:
        for store in workers:
            await store.close()


async def test_a_dead_member_s_timers_go_to_another_one_lease_after_its_last_renewal(
    postgres_url: str,
) -> None:
    """Members renew what they hold with each heartbeat: a slow send keeps its timer, and
    a member that dies mid-batch leaves the rest to another within SHARED_CLAIM_LEASE."""
    clock = FakeClock(T0)
    stores = [await PostgresRepository.open(postgres_url, clock=clock) for _ in range(2)]
    try:
        for user_id in (1, 2):
            await stores[0].save_user(_profile(user_id))
            await stores[0].schedule_timer(user_id, "ping", T0, {}, f"ping:{user_id}")
        dying, other = (
            TimerService(store, clock, batch_size=10, concurrency=1, lease=SHARED_CLAIM_LEASE)
            for store in stores
        )
        sending, never = asyncio.Event(), asyncio.Event()

        async def hangs(timer: Timer) -> None:
            sending.set()
            await never.wait()

        delivered: list[int] = []

        async def send(timer: Timer) -> None:
            delivered.append(timer.user_id)

        dying.on("ping", hangs)
        other.on("ping", send)
        stuck = asyncio.create_task(dying.sweep())
        await sending.wait()

        # Still alive past its first lease: it renewed, so the other takes nothing.
        clock.advance(timedelta(seconds=4))
        assert await dying.renew_claims() == 2
        clock.advance(timedelta(seconds=4))
        assert await other.sweep() == 0 and delivered == []

        # Killed mid-send: one lease after its last renewal both check-ins go out.
        stuck.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await stuck
        clock.advance(SHARED_CLAIM_LEASE - timedelta(seconds=4))
        assert await other.sweep() == 2
        assert sorted(delivered) == [1, 2]
    finally:
        for store in stores:
            await store.close()


def _profile(user_id: int) -> UserProfile:
    return UserProfile(
        user_id=user_id,
        chat_id=user_id,
        situation=Situation.CHEATING,
        last_contact=date(2026, 3, 1),
        timezone="Europe/Berlin",
        ping_time=time(9, 0),
        locale="en",
        onboarded=True,
        best_streak_days=0,
        banked_days=0,
        active=True,
        created_at=T0,
    )
