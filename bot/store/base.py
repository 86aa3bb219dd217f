"""The repository interface. Every SQL statement of the project lives behind it.

Implementations: `bot.store.sqlite.SqliteRepository` (embedded default) and
`bot.store.postgres.PostgresRepository`; `bot.store.opening.open_repository` opens the one
`DATABASE_URL` names. Both must pass `tests/test_store_contract.py`. Datetimes in and out
are aware UTC; user text arrives and leaves as ciphertext bytes (encryption is the caller's).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol

from bot.core.model import (
    Ciphertext,
    DangerDay,
    Draft,
    Friend,
    HeTexted,
    InboxUpdate,
    OwnReason,
    Slip,
    Timer,
    Trigger,
    Urge,
    UrgeKind,
    UrgeOutcome,
    UserProfile,
)
from bot.store.unit import Unit


class StoreLifecycle(Protocol):
    """Opening, closing and checking the store; one unit of work per step."""

    async def close(self) -> None: ...

    async def ping(self) -> None:
        """A trivial query; raises when the database does not answer (for /readyz)."""
        ...

    # -- one step, one transaction (bot/store/unit.py) ----------------------------
    def unit_of_work(self, owner: int) -> AbstractAsyncContextManager[Unit]:
        """Run one update's or one timer's work as one transaction; `owner` is her chat.
        Opened inside another unit, it is that unit."""
        ...

    def current_unit(self) -> Unit | None:
        """The unit this code runs in, if one is open."""
        ...


class UserStore(Protocol):
    """Her profile."""

    async def get_user(self, user_id: int) -> UserProfile | None: ...
    async def save_user(self, profile: UserProfile) -> None:
        """Insert or replace the whole profile."""
        ...

    async def set_user_active(self, user_id: int, active: bool) -> None: ...


class SlipStore(Protocol):
    """Slips, stored with the profile they produced."""

    async def record_slip(
        self,
        profile_after: UserProfile,
        occurred_at: datetime,
        streak_days_ended: int,
        note: bytes | None,
    ) -> Slip:
        """Store the slip and the updated profile in one transaction."""
        ...

    async def list_slips(self, user_id: int) -> list[Slip]: ...


class UrgeStore(Protocol):
    """Each urge from its start to how it ended."""

    async def start_urge(self, user_id: int, kind: UrgeKind, started_at: datetime) -> Urge: ...
    async def get_urge(self, urge_id: int) -> Urge | None: ...
    async def set_urge_trigger(self, urge_id: int, trigger: Trigger) -> None: ...
    async def set_urge_intensity(self, urge_id: int, intensity: int) -> None: ...
    async def finish_urge(self, urge_id: int, outcome: UrgeOutcome, ended_at: datetime) -> bool:
        """Record how the urge ended. False (and nothing changes) if it had ended already."""
        ...

    async def get_urge_and_held(self, urge_id: int) -> tuple[Urge, int] | None:
        """The urge, and how many of its owner's urges ended held so far, in one read."""
        ...

    async def count_urges(self, user_id: int, outcome: UrgeOutcome | None = None) -> int: ...
    async def list_urges(self, user_id: int) -> list[Urge]:
        """All her urges, oldest first."""
        ...


class DraftStore(Protocol):
    """What she would have sent him, kept here instead (encrypted)."""

    async def add_draft(
        self, user_id: int, urge_id: int | None, created_at: datetime, body: bytes
    ) -> Draft: ...
    async def list_drafts(self, user_id: int) -> list[Draft]: ...
    async def mark_draft_reviewed(self, user_id: int, draft_id: int, at: datetime) -> None: ...
    async def delete_draft(self, user_id: int, draft_id: int) -> bool:
        """Gone for good: she let it go."""
        ...


class ReasonStore(Protocol):
    """Her own reasons for no contact, in her words (encrypted)."""

    async def add_reason(self, user_id: int, created_at: datetime, body: bytes) -> OwnReason: ...
    async def list_reasons(self, user_id: int) -> list[OwnReason]: ...
    async def reasons_and_seen(
        self, user_id: int, pools: Sequence[str]
    ) -> tuple[list[OwnReason], dict[str, set[str]]]:
        """Her reasons (oldest first) and what she has seen this round of each of `pools`
        (every pool named is in the answer), in one read: what a reason card shows (a card,
        a closing, one of her own reasons) depends on both."""
        ...

    async def delete_reason(self, user_id: int, reason_id: int) -> bool: ...


class CutoffStore(Protocol):
    """The cut-off checklist: which items she has done."""

    async def cutoff_states(self, user_id: int) -> dict[str, str]:
        """item id -> state, for the items she has touched."""
        ...

    async def set_cutoff_state(
        self, user_id: int, item_id: str, state: str, at: datetime
    ) -> None: ...


class HeTextedStore(Protocol):
    """The times he reached out, and what she did."""

    async def log_he_texted(self, user_id: int, received_at: datetime, kind: str) -> HeTexted: ...
    async def set_he_texted_outcome(self, user_id: int, entry_id: int, outcome: str) -> None: ...
    async def list_he_texted(self, user_id: int) -> list[HeTexted]: ...


class FriendStore(Protocol):
    """Her trusted friend and the invite that links them."""

    async def invite_friend(self, user_id: int, invite_code: str, at: datetime) -> Friend:
        """A new invite replaces any earlier one, and any friend who had joined."""
        ...

    async def friend_of(self, user_id: int) -> Friend | None: ...
    async def accept_invite(
        self, invite_code: str, friend_chat_id: int, at: datetime
    ) -> Friend | None:
        """None if no such invite is open."""
        ...

    async def friendships_of(self, friend_chat_id: int) -> list[Friend]:
        """The people this friend has agreed to be there for."""
        ...

    async def end_friendship(self, user_id: int) -> None: ...
    async def note_friend_alerted(self, user_id: int, at: datetime) -> None: ...


class HerDataStore(Protocol):
    """Everything about her at once: key rotation, export, forgetting."""

    async def ciphertexts(self) -> list[Ciphertext]:
        """Every encrypted value stored, for re-encryption under a new key."""
        ...

    async def replace_ciphertexts(self, replacements: Sequence[Ciphertext]) -> None:
        """Write re-encrypted values back, all in one transaction."""
        ...

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row about her, table by table, as stored (her words still encrypted)."""
        ...

    async def forget_user(self, user_id: int) -> None:
        """Delete every row about her, in every table, in one transaction."""
        ...


class _SeenRow(Protocol):
    def __getitem__(self, key: str) -> Any: ...


def seen_by_pool(pools: Sequence[str], rows: Iterable[_SeenRow]) -> dict[str, set[str]]:
    """Rows with `pool` and `item_id` as what she has seen of each of `pools` (every pool
    named is in the answer, seen or not); a row of no pool (another table's, joined in the
    same read) is passed over. One reading for both stores' queries of seen items."""
    seen: dict[str, set[str]] = {pool: set() for pool in pools}
    for row in rows:
        if row["pool"] is not None:
            seen[row["pool"]].add(row["item_id"])
    return seen


class SeenItemStore(Protocol):
    """What she has seen of each rotating pool this round."""

    async def seen_items(self, user_id: int, pools: Sequence[str]) -> dict[str, set[str]]:
        """The ids shown this round of each of `pools` (every pool named is in the answer),
        in one read: a check-in picks its milestone and its line together."""
        ...

    async def mark_item_seen(self, user_id: int, pool: str, item_id: str, at: datetime) -> None: ...
    async def forget_seen_items(self, user_id: int, pool: str) -> None: ...


class TimerStore(Protocol):
    """Durable timers: what is due when, sent at most once more after a crash."""

    async def schedule_timer(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> Timer | None:
        """Add a pending timer. None if a timer with this dedupe_key already exists."""
        ...

    async def cancel_timers(self, user_id: int, kind: str) -> int:
        """Cancel this user's pending timers of a kind; returns how many."""
        ...

    async def due_timers(self, now: datetime, limit: int) -> list[Timer]:
        """Pending timers due at or before `now`, oldest first, at most `limit`."""
        ...

    async def claim_due_timers(self, now: datetime, limit: int, until: datetime) -> list[Timer]:
        """Take up to `limit` due timers no other worker holds, oldest first, for this
        worker until `until`. A claim ends when the timer is done, moved or postponed, or
        lapses at `until` (its worker died): then another worker may take it."""
        ...

    async def extend_timer_claims(self, timer_ids: Sequence[int], until: datetime) -> None:
        """This worker still holds these pending timers (a sweep under way): keep them
        until `until`."""
        ...

    async def pending_timers(self, user_id: int) -> list[Timer]: ...
    async def mark_timer_done(self, timer_id: int, at: datetime) -> None: ...

    async def set_timer(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> bool:
        """Schedule, move or revive the timer with this key, unless it is done already:
        a thing that was sent is never sent again. True if the timer is now pending."""
        ...

    async def postpone_timer(self, timer_id: int, due_at: datetime) -> None:
        """Move a pending timer (a retry after a transient failure)."""
        ...

    async def cancel_all_timers(self, user_id: int) -> int:
        """She blocked the bot or left: nothing more is sent to her."""
        ...

    async def count_due_timers(self, now: datetime) -> int: ...


class UrgeHistoryStore(Protocol):
    """When her urges began, for her hard hours."""

    async def urge_start_times(self, user_id: int, limit: int = 500) -> list[datetime]:
        """When her urges began, newest first."""
        ...


class DangerDayStore(Protocol):
    """Her hard dates."""

    async def add_danger_day(self, user_id: int, kind: str, month: int, day: int) -> DangerDay:
        """Idempotent: adding the same day twice returns the one stored."""
        ...

    async def list_danger_days(self, user_id: int) -> list[DangerDay]: ...
    async def remove_danger_day(self, user_id: int, danger_day_id: int) -> bool: ...


class ConversationStore(Protocol):
    """PTB's conversations and user_data."""

    async def load_conversations(self, name: str) -> dict[str, str]:
        """conversation key (JSON text) -> state (JSON text)."""
        ...

    async def save_conversation(self, name: str, key: str, state: str | None) -> None:
        """state None removes the row (the conversation ended)."""
        ...

    async def load_user_data(self) -> dict[int, str]:
        """user id -> user_data as JSON text."""
        ...

    async def save_user_data(self, user_id: int, data: str) -> None: ...
    async def drop_user_data(self, user_id: int) -> None: ...


class MemberStore(Protocol):
    """Which members of the bot are alive (bot/cluster/): each says so every few seconds."""

    async def member_seen(self, member_id: str, at: datetime) -> None: ...
    async def members_alive(self, seen_since: datetime) -> int:
        """Members seen at `seen_since` or later (a dead one stops being seen)."""
        ...

    async def member_left(self, member_id: str) -> None: ...


class InboxStore(Protocol):
    """Updates stored on arrival when several workers share the bot (bot/cluster/)."""

    async def add_to_inbox(
        self, update_id: int, chat_id: int, payload: bytes, at: datetime
    ) -> bool:
        """Store an update as it arrives. False if this update_id came before."""
        ...

    async def claim_inbox(self, now: datetime, limit: int, until: datetime) -> list[InboxUpdate]:
        """The oldest waiting update of each chat that has none in hand, for this worker
        until `until`; a chat's next update only once its previous one is handled."""
        ...

    async def mark_inbox_handled(
        self, update_id: int, at: datetime, replies: bytes | None = None
    ) -> bool:
        """Done with this update, its step's `replies` still to send (the worker keeps
        it until `inbox_replies_sent`). False if it was already: another worker took it
        when this one's lease lapsed, and handled it first. True if it is gone (her step
        deleted everything about her, this row too)."""
        ...

    async def inbox_replies_sent(self, update_id: int) -> None:
        """Its step's replies are out: her chat's next update may go."""
        ...

    async def extend_inbox_claims(self, update_ids: Sequence[int], until: datetime) -> None:
        """This worker still holds these (a step under way): keep them until `until`."""
        ...

    async def purge_inbox(self, handled_before: datetime) -> int:
        """Forget handled updates received long enough ago that none comes again."""
        ...


class ChatStateStore(Protocol):
    """One chat's conversation state, read at each update when several workers share it."""

    async def conversations_of(self, chat_id: int) -> list[tuple[str, str, str]]:
        """(conversation name, key, state) for every conversation of this chat."""
        ...

    async def user_data_of(self, user_id: int) -> str | None: ...


class GroupStore(Protocol):
    """Group chats told that the bot works in private."""

    async def note_group_told(self, chat_id: int, at: datetime) -> bool:
        """Remember that a group chat was told the bot works in private. True the first time."""
        ...


class Repository(
    StoreLifecycle,
    UserStore,
    SlipStore,
    UrgeStore,
    DraftStore,
    ReasonStore,
    CutoffStore,
    HeTextedStore,
    FriendStore,
    HerDataStore,
    SeenItemStore,
    TimerStore,
    UrgeHistoryStore,
    DangerDayStore,
    ConversationStore,
    GroupStore,
    InboxStore,
    ChatStateStore,
    MemberStore,
    Protocol,
):
    """The whole store: every role over one database and one unit of work per step.
    A service that needs only some of it names those roles."""
