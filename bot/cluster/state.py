"""A chat's conversation state, read from the database for each update and let go after.

PTB's ConversationHandler holds its conversations in a dict that it fills from the
persistence once, at start. With several members, the member handling her update may not
be the one that handled her last; so before each update this reads her chat's states into
the flows and after it drops them again, leaving the database the only copy between steps.
Her `user_data` is read afresh for each step too (RepositoryPersistence.refresh_user_data)
and let go after it, or a member's memory would grow with everyone it ever served.
PTB offers no public way to set a flow's state or to forget a user's data without deleting
it from the store, hence the private attributes below; a PTB that renames them fails
loudly here, not quietly in a flow.
"""

from __future__ import annotations

import json
from typing import Any

from telegram.ext import Application, ConversationHandler

from bot.store.base import ChatStateStore
from bot.telegram.persistence import RepositoryPersistence


class ChatState:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        store: ChatStateStore,
        persistence: RepositoryPersistence,
    ) -> None:
        self._application = application
        self._store = store
        self._persistence = persistence
        self._flows: dict[str, ConversationHandler[Any]] = {
            handler.name: handler
            for handlers in application.handlers.values()
            for handler in handlers
            if isinstance(handler, ConversationHandler) and handler.persistent and handler.name
        }

    async def load(self, chat_id: int) -> None:
        """Her chat's flows at the step the database has them."""
        for name, key_text, state_text in await self._store.conversations_of(chat_id):
            flow = self._flows.get(name)
            if flow is None:
                continue  # a flow this version no longer has
            key = tuple(json.loads(key_text))
            _conversations(flow).update_no_track({key: json.loads(state_text)})
            self._persistence.note_stored(name, key, state_text)

    def let_go(self, chat_id: int, user_id: int | None) -> None:
        """Forget her chat's states and her user_data here: the next step reads them
        afresh, wherever it runs. Both went into the step's own transaction already."""
        for flow in self._flows.values():
            held = _conversations(flow).data
            for key in [key for key in held if key and key[0] == chat_id]:
                del held[key]
        if user_id is not None:
            application = self._application
            application._user_data.pop(user_id, None)
            # PTB marks her for its next write once the step is over; left marked, that
            # write would put an empty copy (its default) over what she has stored.
            application._user_ids_to_be_updated_in_persistence.discard(user_id)


def _conversations(flow: ConversationHandler[Any]) -> Any:
    # The TrackingDict PTB keeps a flow's states in (see the module's docstring).
    return flow._conversations
