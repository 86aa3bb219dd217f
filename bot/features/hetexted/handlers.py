"""/hetexted: a message from him just arrived. Name it, get advice that fits her
situation, wait before any reply, and be asked afterwards how it went.

The conversation is one step long (what kind of message); everything after it is carried
by a durable check-back timer whose buttons hold the logged entry's id, so they work in
whatever state she is in when she taps them, and after a restart.
"""

from __future__ import annotations

import re
from typing import Final

from telegram import Bot, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.content import Content, situational
from bot.content.words import words_of
from bot.core.model import Timer, UserProfile
from bot.deps import Deps
from bot.features.hetexted import logic
from bot.features.hetexted.logic import Advice, MessageKind, Outcome, ReplyAdvice
from bot.features.hetexted.service import CHECKBACK_TIMER, HeTextedService
from bot.features.hetexted.service import (
    HeTextedCheckback as HeTextedCheckback,  # the timer's payload, where it was declared before
)
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.replies import send_text
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    conversation,
    in_rows,
    inline,
    local_clock,
    main_keyboard,
    pressed_or_typed,
    reply,
)

CHECKBACK: Final = CHECKBACK_TIMER  # the composition root registers the timer by it
START_BUTTON: Final = "hetexted:start"  # callback data for a "He texted me" button elsewhere

KIND: Final = "hetexted.kind"
END: Final = ConversationHandler.END

_KIND_PREFIX = "hetexted:kind:"
_OUTCOME_PATTERN = re.compile(
    rf"^hetexted:out:({'|'.join(outcome.value for outcome in Outcome)}):(\d+)$"
)

Context = StepContext


class HeTextedFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._hetexted = HeTextedService(deps.repo, deps.timers, deps.profiles, deps.clock)
        for locale in deps.locales.available:
            _check_content(deps.locales.of(locale))
        # What she may type for his message, in every language at once.
        self._words = logic.MessageWords.of(words_of(deps.locales.every()).words.he_texted.kinds)

    # -- wiring ------------------------------------------------------------------------
    def handlers(self) -> list[Handler]:
        not_command = ~filters.COMMAND
        flow = conversation(
            "hetexted",
            entry_points=[
                CommandHandler("hetexted", self.start),
                CallbackQueryHandler(self.start, pattern=rf"^{START_BUTTON}$"),
            ],
            states={
                KIND: [
                    CallbackQueryHandler(self.kind_chosen, pattern=rf"^{_KIND_PREFIX}"),
                    MessageHandler(filters.TEXT & not_command, self.kind_chosen),
                    MessageHandler(not_command, self.reask_kind),
                ],
            },
            fallbacks=[CommandHandler("cancel", self.cancel)],
        )
        # Outside the conversation: an old check-back's buttons must not end a new flow.
        return [flow, CallbackQueryHandler(self.outcome, pattern=_OUTCOME_PATTERN)]

    # -- the timer ---------------------------------------------------------------------
    async def send_checkback(self, bot: Bot, timer: Timer) -> None:
        due = await self._hetexted.due_checkback(timer)
        if due is None:
            return  # she has told us already, it is stale, or there is nothing to ask about
        text = self._checkback_text(due.profile, due.advice)
        if due.late:
            text = f"{self._content.text('hetexted.late')}\n\n{text}"
        await send_text(
            bot, due.profile.chat_id, text, inline(self._outcome_buttons(due.advice, due.entry_id))
        )

    # -- steps -------------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        buttons: list[Button] = [
            (self._content.text(f"hetexted.kinds.{kind.value}"), f"{_KIND_PREFIX}{kind.value}")
            for kind in logic.KIND_ORDER
        ]
        await reply(
            update,
            situational(self._content, "hetexted.ask_kind", profile.situation),
            inline(in_rows(buttons, 1)),
        )
        return KIND

    async def kind_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        # What she typed may be his words pasted in: read for the kind, never kept.
        kind = logic.parse_kind(pressed_or_typed(update, _KIND_PREFIX), self._words)
        if kind is None:
            return await self.reask_kind(update, context)
        profile = await context.profile()
        logged = await self._hetexted.log_message(profile, kind)
        advice = logged.advice
        if advice.safety_first:
            await reply(
                update,
                self._content.text(
                    "sos.abuse", lines=self._deps.safety.lines_text(profile, Need.ABUSE)
                ),
            )
        reading = situational(self._content, f"hetexted.read.{kind.value}", profile.situation)
        guidance = situational(
            self._content,
            f"hetexted.advice.{advice.reply.value}",
            profile.situation,
            minutes=int(advice.delay.total_seconds() // 60),
            time=local_clock(logged.due, profile.timezone),
        )
        await reply(update, f"{reading}\n\n{guidance}", main_keyboard(self._content))
        return END

    async def outcome(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        query = update.callback_query
        match = _OUTCOME_PATTERN.match(str(query.data if query is not None else ""))
        if match is None:
            return
        outcome, entry_id = Outcome(match[1]), int(match[2])
        profile = await context.profile()
        recorded = await self._hetexted.record_outcome(profile, entry_id, outcome)
        if recorded is None:
            await reply(
                update,
                self._content.text("hetexted.already_logged"),
                main_keyboard(self._content),
            )
            return
        await reply(
            update,
            situational(
                self._content,
                f"hetexted.outcome.{outcome.value}",
                profile.situation,
                days=recorded.days,
                safety=self._deps.safety.lines_text(profile, Need.ABUSE),
            ),
            main_keyboard(self._content),
        )

    async def reask_kind(self, update: Update, context: Context) -> str:
        await reply(update, self._content.text("hetexted.reask_kind"))
        return KIND

    async def cancel(self, update: Update, context: Context) -> int:
        await reply(update, self._content.text("hetexted.cancelled"), main_keyboard(self._content))
        return END

    # -- helpers -------------------------------------------------------------------------
    def _checkback_text(self, profile: UserProfile, advice: Advice) -> str:
        if advice.offers_template:
            template = situational(self._content, "hetexted.template", profile.situation)
            return self._content.text("hetexted.checkback_template", template=template)
        return situational(self._content, "hetexted.checkback", profile.situation)

    def _outcome_buttons(self, advice: Advice, entry_id: int) -> list[list[Button]]:
        labels = {
            Outcome.NO_REPLY: "hetexted.buttons.no_reply",
            Outcome.PRACTICAL_REPLY: "hetexted.buttons.practical_reply",
            # Beside "only the practical reply", a plain "I replied" would be ambiguous.
            Outcome.REPLIED: (
                "hetexted.buttons.replied_more"
                if advice.offers_template
                else "hetexted.buttons.replied"
            ),
        }
        return [
            [(self._content.text(labels[outcome]), f"hetexted:out:{outcome.value}:{entry_id}")]
            for outcome in advice.outcomes
        ]


def _check_content(content: Content) -> None:
    """Ask for every text the flow can show once, when the app is built: a content mistake
    stops the start instead of failing in the middle of her hardest moment. The plain
    keys are enough; situation variants fall back to them."""
    text = content.text
    for kind in MessageKind:
        text(f"hetexted.kinds.{kind.value}")
        text(f"hetexted.read.{kind.value}")
    for advice in ReplyAdvice:
        text(f"hetexted.advice.{advice.value}", minutes=0, time="")
    for outcome in Outcome:
        text(f"hetexted.outcome.{outcome.value}", days=0, safety="")
    for key in ("ask_kind", "reask_kind", "cancelled", "already_logged", "late", "checkback"):
        text(f"hetexted.{key}")
    text("hetexted.checkback_template", template=text("hetexted.template"))
