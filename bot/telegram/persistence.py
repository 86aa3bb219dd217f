"""PTB persistence over the repository, so a restarted bot continues every conversation
(and its `user_data`) exactly where she left it.

Only conversations and `user_data` are kept; bot, chat and callback data are not used by
Radio Silence. Everything goes through JSON, which keeps the stored form readable by any
later version and by the PostgreSQL store alike: conversation states are ints or strings,
and features put only JSON-able values in `user_data`.

Within an update's unit of work the state is written in that unit's transaction, with the
step's own writes (bot/store/unit.py). PTB hands over every chat's changed state at once,
and while holding a lock of its own, so a change that arrives inside a unit is only noted
here: the group-100 step of that update writes its own chat's notes (`write_waiting`), and
another chat's notes wait for that chat's step. Nothing here waits for the database while
PTB's lock is held, which is what keeps two chats' steps from waiting on each other.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.store.base import Repository

UserData = dict[Any, Any]
ChatData = dict[Any, Any]
BotData = dict[Any, Any]
# PTB's own aliases live in a private module (telegram.ext._utils.types); these match them.
ConversationKey = tuple[int | str, ...]
CallbackData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]


@dataclass(frozen=True, slots=True)
class _Waiting:
    owner: int  # the chat whose step writes it
    value: str | None
    write: Callable[[], Awaitable[None]]


class RepositoryPersistence(BasePersistence[UserData, ChatData, BotData]):
    """Writes through to the repository, in the transaction of the step that changed it.

    The repository belongs to the caller, who also closes it.
    """

    def __init__(
        self, repository: Repository, *, update_interval: float = 60, per_update: bool = False
    ) -> None:
        """`per_update`: several members share the chats (bot/cluster/), so nothing is
        loaded at start; each update reads its chat's state (bot/cluster/state.py) and
        her user_data (`refresh_user_data`) afresh."""
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=update_interval,
        )
        self._repository = repository
        self._per_update = per_update
        self._written = _LastWritten()
        # slot -> the newest value not yet written, while a step is under way.
        self._waiting: dict[str, _Waiting] = {}

    async def write_waiting(self, owner: int) -> None:
        """Write what this chat's step changed, in the step's own transaction."""
        for slot in [slot for slot, waiting in self._waiting.items() if waiting.owner == owner]:
            await self._write(slot, self._waiting.pop(slot))

    async def _offer(self, slot: str, waiting: _Waiting) -> None:
        if self._written.unchanged(slot, waiting.value):
            self._waiting.pop(slot, None)
            return
        if self._repository.current_unit() is not None:
            self._waiting[slot] = waiting
            return
        self._waiting.pop(slot, None)
        await self._write(slot, waiting)

    async def _write(self, slot: str, waiting: _Waiting) -> None:
        await waiting.write()
        self._written.remember(slot, waiting.value)
        unit = self._repository.current_unit()
        if unit is not None:
            # Not written after all if the step rolls back: the next change must be.
            unit.after_rollback(lambda: self._written.forget(slot))

    # -- conversations ---------------------------------------------------------
    async def get_conversations(self, name: str) -> dict[ConversationKey, object]:
        if self._per_update:
            return {}
        stored = await self._repository.load_conversations(name)
        return {_key_from_text(key): json.loads(state) for key, state in stored.items()}

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        state = None if new_state is None else json.dumps(new_state)
        key_text = _key_text(key)

        async def write() -> None:
            await self._repository.save_conversation(name, key_text, state)

        owner = key[0] if isinstance(key[0], int) else 0
        await self._offer(f"c:{name}:{key_text}", _Waiting(owner, state, write))

    # -- user_data -------------------------------------------------------------
    async def get_user_data(self) -> dict[int, UserData]:
        if self._per_update:
            return {}
        stored = await self._repository.load_user_data()
        return {user_id: json.loads(data) for user_id, data in stored.items()}

    async def update_user_data(self, user_id: int, data: UserData) -> None:
        try:
            text = json.dumps(data, separators=(",", ":"))
        except TypeError as error:
            # The message names only the offending type, never the values.
            raise TypeError(f"user_data may hold only JSON values: {error}") from None

        async def write() -> None:
            await self._repository.save_user_data(user_id, text)

        await self._offer(f"u:{user_id}", _Waiting(user_id, text, write))

    async def drop_user_data(self, user_id: int) -> None:
        async def drop() -> None:
            await self._repository.drop_user_data(user_id)

        await self._offer(f"u:{user_id}", _Waiting(user_id, None, drop))

    async def refresh_user_data(self, user_id: int, user_data: UserData) -> None:
        """PTB calls this before each update's handlers. With one member the copy in
        memory is the newest; with several, the database's is."""
        if not self._per_update:
            return
        text = await self._repository.user_data_of(user_id)
        user_data.clear()
        if text is not None:
            user_data.update(json.loads(text))
        self._written.remember(f"u:{user_id}", text)

    def note_stored(self, name: str, key: ConversationKey, state_text: str) -> None:
        """A state read from the database: writing it back unchanged would cost a write."""
        self._written.remember(f"c:{name}:{_key_text(key)}", state_text)

    # -- not kept ----------------------------------------------------------------
    async def get_chat_data(self) -> dict[int, ChatData]:
        return {}

    async def get_bot_data(self) -> BotData:
        return {}

    async def get_callback_data(self) -> CallbackData | None:
        return None

    async def update_chat_data(self, chat_id: int, data: ChatData) -> None:
        return None

    async def update_bot_data(self, data: BotData) -> None:
        return None

    async def update_callback_data(self, data: CallbackData) -> None:
        return None

    async def drop_chat_data(self, chat_id: int) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: ChatData) -> None:
        return None

    async def refresh_bot_data(self, bot_data: BotData) -> None:
        return None

    async def flush(self) -> None:
        """On the way out (PTB calls it after its last update_persistence): anything still
        noted is written."""
        for slot in list(self._waiting):
            await self._write(slot, self._waiting.pop(slot))


def _key_text(key: ConversationKey) -> str:
    # Compact and canonical, so the same key always lands on the same row.
    return json.dumps(list(key), separators=(",", ":"))


def _key_from_text(text: str) -> ConversationKey:
    return tuple(json.loads(text))


class _LastWritten:
    """What was last written per conversation and user, so that an update which changed
    nothing costs no write. PTB marks state as touched on every update, changed or not.

    Bounded, so memory does not grow with the number of users; forgetting an entry only
    costs one redundant write. Sound because one process owns the conversations: PTB keeps
    them in memory and reads the store only at start.
    """

    def __init__(self, capacity: int = 10_000) -> None:
        self._capacity = capacity
        self._values: OrderedDict[str, str | None] = OrderedDict()

    def unchanged(self, slot: str, value: str | None) -> bool:
        if slot in self._values and self._values[slot] == value:
            self._values.move_to_end(slot)
            return True
        return False

    def forget(self, slot: str) -> None:
        self._values.pop(slot, None)

    def remember(self, slot: str, value: str | None) -> None:
        self._values[slot] = value
        self._values.move_to_end(slot)
        if len(self._values) > self._capacity:
            self._values.popitem(last=False)
