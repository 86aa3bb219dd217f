"""Heard in every state: danger and despair get her lines first, /sos shows them any time.

The listener runs before every flow, in a group of its own, on every text she sends or
edits. When it hears danger or despair it answers with her country's lines and stops the
update there, so the flow she was in never sees it: a cry for help is never filed as a
draft to him, and the step she was at is still waiting when she is safe again.
"""

from __future__ import annotations

from typing import Final

from telegram import Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.friend.service import FriendService
from bot.features.safety.question import NONE, OTHER, CountryQuestion
from bot.safety.alarm import Alarm
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    callback_parts,
    conversation,
    inline,
    reply,
    urge_button,
    user_data,
)

COUNTRY_PREFIX: Final = "sos:country:"
TYPING_COUNTRY: Final = "sos.typing_country"
END: Final = ConversationHandler.END

Context = StepContext

_MISSES: Final = "sos_country_misses"
_NEED: Final = {Alarm.DANGER: Need.DANGER, Alarm.DESPAIR: Need.DESPAIR}


class SafetyFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._safety = deps.safety
        self._friends = FriendService(deps.repo, deps.profiles, deps.clock)
        self._question = CountryQuestion(deps.content, deps.safety, COUNTRY_PREFIX)

    def listener(self) -> list[Handler]:
        """One group, before every flow: her words first, then /sos and its buttons."""
        return [
            MessageHandler(filters.TEXT & ~filters.COMMAND, self.listen),
            CommandHandler("sos", self.sos),
            CallbackQueryHandler(self.button, pattern=r"^sos:(safe|help|showsup)$"),
        ]

    def country_flow(self) -> Handler:
        """Its own group, after the listener: "I'm in another country" under her lines.

        Each step stops the update, so a country's name typed here never reaches the flow
        she was in before (it would be a draft in an urge's delay)."""
        return conversation(
            "sos-country",
            entry_points=[CallbackQueryHandler(self.ask_country, pattern=r"^sos:where$")],
            states={
                TYPING_COUNTRY: [
                    CallbackQueryHandler(self.country_chosen, pattern=rf"^{COUNTRY_PREFIX}"),
                    MessageHandler(
                        filters.TEXT & ~filters.COMMAND & ~urge_button(self._deps.locales),
                        self.country_typed,
                    ),
                ],
            },
            fallbacks=[CommandHandler("cancel", self.country_cancelled)],
        )

    # -- hearing her -------------------------------------------------------------------------
    async def listen(self, update: Update, context: Context) -> None:
        message = update.effective_message
        alarm = self._safety.hear(message.text or "") if message is not None else None
        if alarm is None:
            return  # an ordinary message: the flows take it from here
        profile = await context.profile()
        if alarm is Alarm.UNSURE:
            text = self._content.text
            await reply(
                update,
                text("sos.unsure"),
                inline(
                    [
                        [(text("sos.buttons.safe"), "sos:safe")],
                        [(text("sos.buttons.need_help"), "sos:help")],
                    ]
                ),
            )
        else:
            await self._send_lines(update, profile, alarm.value, _NEED[alarm])
        raise ApplicationHandlerStop

    async def sos(self, update: Update, context: Context) -> None:
        profile = await context.profile()
        await self._send_lines(update, profile, "sos", Need.ALL)
        raise ApplicationHandlerStop

    async def button(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        choice = callback_parts(update)[-1]
        profile = await context.profile()
        if choice == "safe":
            await reply(update, self._content.text("sos.safe_now"))
        elif choice == "help":
            await self._send_lines(update, profile, "sos", Need.ALL)
        else:
            lines = self._safety.whereabouts(profile).lines
            emergency = lines.emergency if lines is not None else ""
            key = "sos.shows_up" if emergency else "sos.shows_up_elsewhere"
            await reply(update, self._content.text(key, emergency=emergency))
        raise ApplicationHandlerStop

    # -- another country ------------------------------------------------------------------------
    async def ask_country(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        text, rows = self._question.ask_name()
        await reply(update, text, inline(rows))
        raise ApplicationHandlerStop(TYPING_COUNTRY)

    async def country_typed(self, update: Update, context: Context) -> int | None:
        message = update.effective_message
        codes = self._safety.find(message.text or "") if message is not None else []
        if len(codes) == 1:
            user_data(context).pop(_MISSES, None)
            await self._confirmed(update, context, codes[0])
            raise ApplicationHandlerStop(END)
        misses = int(user_data(context).get(_MISSES, 0)) + 1
        if not codes and misses > 1:
            # Twice no country: she has moved on. Close the question and let her words go
            # to the flow she is in, rather than keep reading everything as a country.
            user_data(context).pop(_MISSES, None)
            return END
        user_data(context)[_MISSES] = misses
        text, rows = self._question.again(codes)
        await reply(update, text, inline(rows))
        raise ApplicationHandlerStop(TYPING_COUNTRY)

    async def country_chosen(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        choice = callback_parts(update)[-1]
        if choice == OTHER:
            text, rows = self._question.ask_name()
            await reply(update, text, inline(rows))
            raise ApplicationHandlerStop(TYPING_COUNTRY)
        await self._confirmed(update, context, None if choice == NONE else choice)
        raise ApplicationHandlerStop(END)

    async def country_cancelled(self, update: Update, context: Context) -> None:
        await reply(update, self._content.text("sos.country_kept"))
        raise ApplicationHandlerStop(END)

    async def _confirmed(self, update: Update, context: Context, country: str | None) -> None:
        profile = await context.profile()
        profile = await self._safety.confirm(profile, country)
        await self._send_lines(update, profile, "sos", Need.ALL)

    # -- what she reads ---------------------------------------------------------------------------
    async def _send_lines(
        self, update: Update, profile: UserProfile, opening: str, need: Need
    ) -> None:
        """`opening` names the words around the lines: "danger", "despair" or "sos"."""
        text = self._content.text
        where = self._safety.whereabouts(profile)
        rows: list[list[Button]] = [
            [(text("sos.buttons.safe"), "sos:safe")],
            [(text("sos.buttons.shows_up"), "sos:showsup")],
        ]
        if await self._friends.can_be_told(profile.user_id):
            rows.append([(text("sos.buttons.friend"), "friend:alert")])
        if where.country is None:
            rows.append([(text("sos.buttons.where_unknown"), "sos:where")])
        elif not where.confirmed:
            rows.append([(text("sos.buttons.where"), "sos:where")])
        await reply(
            update,
            text(f"sos.{opening}", lines=self._safety.lines_text(profile, need)),
            inline(rows),
        )
