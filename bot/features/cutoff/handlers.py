"""/cutoff: every channel he could reach her through, or she could watch him through, as
one checklist message she ticks in place; and one gentle reminder a few days later.

After abuse, or when she would rather not say, the list opens with digital safety
(evidence kept, location sharing off, passwords changed, trackers and spy apps, lock-screen
previews) before any blocking. Every item links to how to do it in that app's own help:
"How to do each" opens those links under their items in the same message, and ticking
keeps working there, so she can read, do, and tick without leaving it.

Stateless between taps: each button carries the item, the state it moves to and the view
it was tapped in, and the database holds the rest, so the list survives restarts and any
old copy still works.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import Final

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.content import Content, ContentError, lock_screen_giveaway, situational
from bot.core.model import Situation, Timer, UserProfile
from bot.deps import Deps
from bot.features.cutoff import logic, service
from bot.features.cutoff.service import CutoffService, checklist_of, label_in
from bot.features.space import space_button
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.replies import send_text, unchanged
from bot.telegram.ui import (
    Handler,
    answer_button,
    callback_parts,
    clip,
    inline,
    main_keyboard,
    reply,
    rewrite,
)

REMINDER_TIMER: Final = service.REMINDER_TIMER
COMMAND: Final = "cutoff"

_SHOW: Final = "cutoff:show"
_DONE: Final = "cutoff:done"
_SET: Final = "cutoff:set"
_VIEW: Final = "cutoff:view"
# The two views of the one message: the ticks alone, or each item with its how-to links.
_LIST: Final = "list"
_HOW_VIEW: Final = "how"
_LINKS_PER_ROW: Final = 2

Context = StepContext


class CutoffFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        # Checked for every language at start: a missing label or a broken link in one
        # locale should stop the bot, not show up on her phone.
        self._checklists = {
            locale: _checklist_of(deps.locales.of(locale)) for locale in deps.locales.available
        }
        orders = {checklist.order for checklist in self._checklists.values()}
        if len(orders) != 1:
            raise ContentError("cutoff.order: every locale must list the same items")
        for locale, checklist in self._checklists.items():
            _check_reminders_are_discreet(deps.locales.of(locale), checklist)
        # The use cases her space (the Mini App) shares, so the chat and the page agree.
        self._service = CutoffService(
            deps.repo, deps.profiles, deps.clock, deps.timers, self._checklists
        )

    def handlers(self) -> list[Handler]:
        return [
            CommandHandler(COMMAND, self.show),
            CallbackQueryHandler(self.show, pattern=rf"^{_SHOW}$"),
            CallbackQueryHandler(self.set_state, pattern=rf"^{_SET}:\w+:\w+(?::{_HOW_VIEW})?$"),
            CallbackQueryHandler(self.switch_view, pattern=rf"^{_VIEW}:({_LIST}|{_HOW_VIEW})$"),
            CallbackQueryHandler(self.done, pattern=rf"^{_DONE}$"),
        ]

    async def show(self, update: Update, context: Context) -> None:
        """A fresh copy of the checklist, from the command or the reminder's button."""
        answer_button(update, context)
        profile = await context.profile()
        states = await self._service.open(profile)
        await reply(
            update,
            self._page(profile, states, how=False),
            self._keyboard(profile, states, how=False),
        )

    async def set_state(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        _, _, item_id, wanted, *view = callback_parts(update)
        how = view == [_HOW_VIEW]
        state = logic.parse_state(wanted)
        # An item that left the content (or her list, when her situation changed) since
        # this copy was drawn just gets redrawn away.
        if state is None:
            states = await self._service.states(profile.user_id)
        else:
            states = await self._service.set_state(profile, self._content.locale, item_id, state)
        await rewrite(  # the list she is ticking off, redrawn in place
            update,
            self._page(profile, states, how=how),
            self._keyboard(profile, states, how=how),
        )

    async def switch_view(self, update: Update, context: Context) -> None:
        """The same message, with or without the how-to links under each item."""
        answer_button(update, context)
        profile = await context.profile()
        states = await self._service.states(profile.user_id)
        how = callback_parts(update)[-1] == _HOW_VIEW
        await rewrite(  # the list she is ticking off, redrawn in place
            update,
            self._page(profile, states, how=how),
            self._keyboard(profile, states, how=how),
        )

    async def done(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        settled = await self._service.all_settled(profile, self._content.locale)
        query = update.callback_query
        if query is not None and update.effective_message is not None:
            # A finished list keeps its text but loses its buttons, so the chat holds no
            # half-dead copies; /cutoff brings a live one back.
            await _unless_unchanged(query.edit_message_reply_markup(reply_markup=None))
        key = "cutoff.saved_complete" if settled else "cutoff.saved"
        await reply(update, self._content.text(key), main_keyboard(self._content))

    async def send_reminder(self, bot: Bot, timer: Timer) -> None:
        due = await self._service.due_reminder(timer, self._content.locale)
        if due is None:
            return  # she stopped the bot, or settled every item herself: nothing to bring up
        profile = due.profile
        items = "\n".join(
            self._content.text("cutoff.reminder_item", item=self._label(item_id))
            for item_id in due.still_open
        )
        await send_text(
            bot,
            profile.chat_id,
            clip(situational(self._content, "cutoff.reminder", profile.situation, items=items)),
            inline([[(self._content.text("cutoff.buttons.open"), _SHOW)]]),
            bulk=True,
        )

    # -- drawing -------------------------------------------------------------------------
    def _checklist(self) -> logic.Checklist:
        """The checklist in the language of whoever is being answered."""
        return self._service.checklist(self._content.locale)

    def _order(self, profile: UserProfile) -> tuple[str, ...]:
        return self._service.order(profile, self._content.locale)

    def _page(self, profile: UserProfile, states: Mapping[str, str], *, how: bool) -> str:
        order = self._order(profile)
        done, total = logic.progress(states, order)
        situation = profile.situation
        if total == 0:
            header = self._content.text("cutoff.nothing_needed")
        else:
            header = situational(
                self._content, "cutoff.progress", situation, done=done, total=total
            )
        parts = [header]
        if total and not logic.reminder_due(states, order):
            parts.append(situational(self._content, "cutoff.complete", situation))
        # Only the safety-first intros show them, but every intro takes the same fields.
        support = self._deps.safety.lines_text(profile, Need.ABUSE)
        parts.append(situational(self._content, "cutoff.intro", situation, support=support))
        if how:
            parts.append(self._content.text("cutoff.how_note"))
        return "\n\n".join(parts)

    def _keyboard(
        self, profile: UserProfile, states: Mapping[str, str], *, how: bool
    ) -> InlineKeyboardMarkup:
        checklist = self._checklist()
        suffix = f":{_HOW_VIEW}" if how else ""
        rows: list[list[InlineKeyboardButton]] = []
        for item_id in self._order(profile):
            state = logic.state_of(states, item_id)
            label = self._content.text(
                "cutoff.button",
                mark=self._content.text(f"cutoff.marks.{state.value}"),
                item=self._label(item_id),
            )
            data = f"{_SET}:{item_id}:{logic.next_state(state).value}{suffix}"
            rows.append([InlineKeyboardButton(label, callback_data=data)])
            if how:
                # Right under the item they explain, so she can read, do it, and tick.
                links = [
                    InlineKeyboardButton(
                        self._content.text("cutoff.how_button", label=link.label), url=link.url
                    )
                    for link in checklist.links[item_id]
                ]
                rows.extend(
                    links[i : i + _LINKS_PER_ROW] for i in range(0, len(links), _LINKS_PER_ROW)
                )
        view, view_label = (
            (_LIST, "cutoff.buttons.hide_how") if how else (_HOW_VIEW, "cutoff.buttons.how")
        )
        rows.append(
            [
                InlineKeyboardButton(
                    self._content.text(view_label), callback_data=f"{_VIEW}:{view}"
                ),
                InlineKeyboardButton(
                    self._content.text("cutoff.buttons.done"), callback_data=_DONE
                ),
            ]
        )
        if (space := space_button(self._deps.settings, self._content)) is not None:
            rows.append([space])  # the same list, ticked in her space (the Mini App)
        return InlineKeyboardMarkup(rows)

    def _label(self, item_id: str) -> str:
        return _label_in(self._content, item_id)


async def _unless_unchanged(edit: Awaitable[object]) -> None:
    """Await an edit, shrugging off Telegram's "not modified": a quick double tap asks
    for what the first tap already did."""
    try:
        await edit
    except BadRequest as error:
        if not unchanged(error):
            raise


def _checklist_of(content: Content) -> logic.Checklist:
    return checklist_of(content)


def _check_reminders_are_discreet(content: Content, checklist: logic.Checklist) -> None:
    # The reminder arrives unasked, so what her lock screen shows of it must give nothing
    # away, even with every item open (the labels do name him): a content slip should
    # stop the bot at start, not show up on her phone.
    every_item = "\n".join(
        content.text("cutoff.reminder_item", item=_label_in(content, item_id))
        for item_id in checklist.order
    )
    for situation in Situation:
        text = situational(content, "cutoff.reminder", situation, items=every_item)
        if (word := lock_screen_giveaway(text, content.locale)) is not None:
            raise ContentError(
                f"{content.locale}: cutoff.reminder ({situation.value}) would show '{word}'"
                " on her lock screen: keep the open items below its first three lines and"
                " 150 characters"
            )


def _label_in(content: Content, item_id: str) -> str:
    return label_in(content, item_id)
