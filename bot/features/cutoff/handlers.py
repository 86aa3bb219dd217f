"""/cutoff: every channel he could reach her through, or she could watch him through, as
one checklist message she ticks in place; and one gentle reminder a few days later.

Stateless between taps: each button carries the item and the state it moves to, and the
database holds the rest, so the list survives restarts and any old copy still works.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Final

from telegram import Bot, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes

from bot.content import ContentError, reads_fine_on_lock_screen, situational
from bot.core.model import Situation, Timer, UserProfile
from bot.deps import Deps
from bot.features.cutoff import logic
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    callback_parts,
    clip,
    inline,
    main_keyboard,
    profile_of,
    reply,
)

REMINDER_TIMER: Final = "cutoff_reminder"
COMMAND: Final = "cutoff"

_ITEMS: Final = "cutoff.items."
_SHOW: Final = "cutoff:show"
_DONE: Final = "cutoff:done"
_SET: Final = "cutoff:set"

Context = ContextTypes.DEFAULT_TYPE


class CutoffFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._order = logic.checked_order(
            self._content.variants("cutoff.order"),
            has_label=lambda item_id: self._content.has(f"{_ITEMS}{item_id}"),
        )
        self._check_reminders_are_discreet()

    def handlers(self) -> list[Handler]:
        return [
            CommandHandler(COMMAND, self.show),
            CallbackQueryHandler(self.show, pattern=rf"^{_SHOW}$"),
            CallbackQueryHandler(self.set_state, pattern=rf"^{_SET}:\w+:\w+$"),
            CallbackQueryHandler(self.done, pattern=rf"^{_DONE}$"),
        ]

    async def show(self, update: Update, context: Context) -> None:
        """A fresh copy of the checklist, from the command or the reminder's button."""
        answer_button(update, context)
        profile = await profile_of(self._deps.profiles, update)
        states = await self._deps.repo.cutoff_states(profile.user_id)
        await reply(update, self._page(profile, states), self._keyboard(states))
        # `schedule`, not `set`: the key exists from her first visit on, in any state, so
        # opening the list again neither moves the reminder nor brings a sent one back.
        await self._deps.timers.schedule(
            profile.user_id,
            REMINDER_TIMER,
            logic.reminder_at(self._deps.clock.now(), profile.timezone, profile.ping_time),
            {},
            f"{REMINDER_TIMER}:{profile.user_id}",
        )

    async def set_state(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await profile_of(self._deps.profiles, update)
        states = await self._deps.repo.cutoff_states(profile.user_id)
        _, _, item_id, wanted = callback_parts(update)
        state = logic.parse_state(wanted)
        # An item that left the content since this copy was drawn just gets redrawn away.
        if item_id in self._order and state is not None:
            await self._deps.repo.set_cutoff_state(
                profile.user_id, item_id, state, self._deps.clock.now()
            )
            states[item_id] = state
        await self._redraw(update, context, self._page(profile, states), self._keyboard(states))

    async def done(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await profile_of(self._deps.profiles, update)
        states = await self._deps.repo.cutoff_states(profile.user_id)
        query = update.callback_query
        if query is not None and update.effective_message is not None:
            # A finished list keeps its text but loses its buttons, so the chat holds no
            # half-dead copies; /cutoff brings a live one back.
            await _unless_unchanged(query.edit_message_reply_markup(reply_markup=None))
        key = "cutoff.saved" if logic.reminder_due(states, self._order) else "cutoff.saved_complete"
        await reply(update, self._content.text(key), main_keyboard(self._content))

    async def send_reminder(self, bot: Bot, timer: Timer) -> None:
        profile = await self._deps.profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return
        states = await self._deps.repo.cutoff_states(profile.user_id)
        still_open = logic.open_items(states, self._order)
        if not still_open:
            return  # she settled every item herself: nothing to bring up
        items = "\n".join(
            self._content.text("cutoff.reminder_item", item=self._label(item_id))
            for item_id in still_open
        )
        await bot.send_message(
            profile.chat_id,
            clip(situational(self._content, "cutoff.reminder", profile.situation, items=items)),
            reply_markup=inline([[(self._content.text("cutoff.buttons.open"), _SHOW)]]),
        )

    # -- drawing -------------------------------------------------------------------------
    def _page(self, profile: UserProfile, states: Mapping[str, str]) -> str:
        done, total = logic.progress(states, self._order)
        situation = profile.situation
        if total == 0:
            header = self._content.text("cutoff.nothing_needed")
        else:
            header = situational(
                self._content, "cutoff.progress", situation, done=done, total=total
            )
        parts = [header]
        if total and not logic.reminder_due(states, self._order):
            parts.append(situational(self._content, "cutoff.complete", situation))
        support = self._content.safety_for_zone(profile.timezone)
        parts.append(
            situational(self._content, "cutoff.intro", situation, support="\n".join(support.lines))
        )
        return "\n\n".join(parts)

    def _keyboard(self, states: Mapping[str, str]) -> InlineKeyboardMarkup:
        rows: list[list[Button]] = []
        for item_id in self._order:
            state = logic.state_of(states, item_id)
            label = self._content.text(
                "cutoff.button",
                mark=self._content.text(f"cutoff.marks.{state.value}"),
                item=self._label(item_id),
            )
            rows.append([(label, f"{_SET}:{item_id}:{logic.next_state(state).value}")])
        rows.append([(self._content.text("cutoff.buttons.done"), _DONE)])
        return inline(rows)

    def _label(self, item_id: str) -> str:
        return self._content.text(f"{_ITEMS}{item_id}")

    async def _redraw(
        self, update: Update, context: Context, text: str, markup: InlineKeyboardMarkup
    ) -> None:
        query = update.callback_query
        if query is not None and update.effective_message is not None:
            await _unless_unchanged(query.edit_message_text(clip(text), reply_markup=markup))
            return
        # Telegram no longer lets the bot touch that message; a fresh copy serves as well.
        chat = update.effective_chat
        if chat is not None:
            await context.bot.send_message(chat.id, clip(text), reply_markup=markup)

    def _check_reminders_are_discreet(self) -> None:
        # The reminder arrives unasked, so its first line must pass a glance at her lock
        # screen; a content slip should stop the bot at start, not show up on her phone.
        for situation in Situation:
            text = situational(self._content, "cutoff.reminder", situation, items="")
            if not reads_fine_on_lock_screen(text):
                raise ContentError(
                    f"cutoff.reminder ({situation.value}): the first line would give her away"
                    " on a lock screen"
                )


async def _unless_unchanged(edit: Awaitable[object]) -> None:
    """Await an edit, shrugging off Telegram's "not modified": a quick double tap asks
    for what the first tap already did."""
    try:
        await edit
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise
