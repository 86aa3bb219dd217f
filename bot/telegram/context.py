"""The context every handler gets: PTB's own, plus her profile read once per step.

A custom context through `ContextTypes`, as PTB's contexttypesbot example shows. Handlers
ask `await context.profile()` instead of each reaching for the profile service; within the
update's unit of work (bot/store/unit.py) the database is asked once however often a step
asks, and a profile saved earlier in the step is the one it gets back.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.core.model import UserProfile
from bot.features.profiles import Profiles


class Shared:
    """What PTB keeps once per Application as its `bot_data` (never persisted): the
    services a context hands to handlers, set by the composition root."""

    def __init__(self) -> None:
        self.profiles: Profiles | None = None


class StepContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], Shared]):
    def __init__(
        self,
        application: Application[ExtBot[None], StepContext, Any, Any, Shared, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        self._update: Update | None = None

    @classmethod
    def from_update(
        cls,
        update: object,
        application: Application[Any, StepContext, Any, Any, Any, Any],
    ) -> StepContext:
        context = super().from_update(update, application)
        context._update = update if isinstance(update, Update) else None
        return context

    async def profile(self) -> UserProfile:
        """Hers, created with her Telegram language on her very first message."""
        update, profiles = self._update, self.bot_data.profiles
        assert update is not None and profiles is not None  # a handler's context
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None  # the private-chat guard runs first
        return await profiles.get_or_create(user.id, chat.id, user.language_code or "en")


def step_context_types() -> ContextTypes[StepContext, dict[Any, Any], dict[Any, Any], Shared]:
    return ContextTypes(context=StepContext, bot_data=Shared)
