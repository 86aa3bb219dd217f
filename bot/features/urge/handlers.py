"""/urge: name the urge, wait it out together, reflect, and log how it ended.

The flow is a ConversationHandler whose state is persisted, so a restart mid-delay picks
up where she was. The check-back after the delay is a durable timer; its buttons carry
the urge id, so they work whatever state the conversation is in when she taps them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
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
from bot.core.model import Timer, UrgeKind, UserProfile
from bot.deps import Deps
from bot.features.drafts.review import DraftReview
from bot.features.friend.handlers import FriendFlow
from bot.features.urge import logic
from bot.features.urge.service import (
    CHECKBACK_TIMER as CHECKBACK_TIMER,  # the composition root registers the timer by it
)
from bot.features.urge.service import OpenUrge, Unlogged, UrgeService
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.questions import Reask, question
from bot.telegram.replies import send_text
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    callback_parts,
    conversation,
    in_rows,
    inline,
    local_clock,
    main_keyboard,
    pressed_or_typed,
    reply,
    urge_button,
    user_data,
)

KIND: Final = "urge.kind"
TRIGGER: Final = "urge.trigger"
INTENSITY: Final = "urge.intensity"
DELAY: Final = "urge.delay"
FRIEND: Final = "urge.friend"
END: Final = ConversationHandler.END

_URGE_ID = "urge_id"
_ROUND = "urge_round"
_KIND = "urge_kind"  # remembered so a card needs no read of the urge
_OUTCOME_PATTERN = re.compile(r"^urge:out:(held|still|slip|again|card|friend):(\d+)$")

Context = StepContext


class UrgeFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._review = DraftReview.from_deps(deps)
        self._friends = FriendFlow(deps)  # "I need someone" tells her friend through it
        self._urges = UrgeService(
            deps.repo,
            deps.timers,
            deps.profiles,
            deps.content,
            deps.cipher,
            deps.clock,
            deps.rng,
            wait=timedelta(minutes=deps.settings.urge_delay_minutes),
        )
        # What she may type to the questions, in every language at once.
        self._words = logic.UrgeWords.of_content(words_of(deps.locales.every()).words)
        # What each question says again to anything it cannot take.
        content = deps.content
        self._reask_kind = Reask(content, "urge.reask_kind", KIND)
        self._reask_trigger = Reask(content, "urge.reask_trigger", TRIGGER)
        self._reask_intensity = Reask(content, "urge.reask_intensity", INTENSITY)
        self._reask_friend = Reask(content, "urge.friend_reask", FRIEND)
        self._delay_hint = Reask(
            content, "urge.delay_hint", DELAY, markup=lambda: inline(self._delay_buttons())
        )

    # -- wiring ------------------------------------------------------------------------
    def handlers(self) -> list[Handler]:
        outcome: Handler = CallbackQueryHandler(self.outcome, pattern=_OUTCOME_PATTERN)
        not_command = ~filters.COMMAND
        text = filters.TEXT & not_command
        flow = conversation(
            "urge",
            entry_points=[
                CommandHandler("urge", self.start),
                MessageHandler(urge_button(self._deps.locales), self.start),
                CallbackQueryHandler(self.start, pattern=r"^urge:start$"),
                outcome,
            ],
            states={
                KIND: question(
                    answered=self.kind_chosen,
                    pattern=r"^urge:kind:",
                    typed=text,
                    other=not_command,
                    reask=self._reask_kind,
                ),
                TRIGGER: question(
                    answered=self.trigger_chosen,
                    pattern=r"^urge:trigger:",
                    typed=text,
                    other=not_command,
                    reask=self._reask_trigger,
                ),
                INTENSITY: question(
                    answered=self.intensity_chosen,
                    pattern=r"^urge:level:",
                    typed=text,
                    other=not_command,
                    reask=self._reask_intensity,
                ),
                DELAY: question(
                    buttons=[
                        outcome,
                        CallbackQueryHandler(self.show_card, pattern=r"^urge:card$"),
                        CallbackQueryHandler(self.invite_writing, pattern=r"^urge:write$"),
                        CallbackQueryHandler(self.ground, pattern=r"^urge:ground$"),
                        CallbackQueryHandler(self.extend, pattern=r"^urge:extend:(5|10)$"),
                        CallbackQueryHandler(self.skip_wait, pattern=r"^urge:skip$"),
                    ],
                    answered=self.keep_draft,  # words typed while waiting are a draft
                    typed=text,
                    other=not_command,
                    reask=self._delay_hint,
                ),
                FRIEND: question(
                    buttons=[outcome],
                    answered=self.friend_named,
                    typed=text,
                    other=not_command,
                    reask=self._reask_friend,
                ),
            },
            fallbacks=[CommandHandler("cancel", self.cancel)],
        )
        # Outside the flow: the button works from any message that shows it.
        return [flow, CallbackQueryHandler(self.need_someone, pattern=r"^urge:someone$")]

    # -- the timer ---------------------------------------------------------------------
    async def send_checkback(self, bot: Bot, timer: Timer) -> None:
        due = await self._urges.due_checkback(timer)
        if due is None:
            return  # she already told us how it ended, or the moment has passed
        key = "urge.checkback_late" if due.late else "urge.checkback"
        await send_text(
            bot,
            due.profile.chat_id,
            situational(self._content, key, due.profile.situation),
            inline(self._checkback_buttons(due.urge_id)),
        )

    # -- steps -------------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        await self._urges.drop_open(profile.user_id, self._open_urge_id(context))
        self._forget_urge(context)
        buttons = [
            (self._content.text(f"urge.kinds.{kind.value}"), f"urge:kind:{kind.value}")
            for kind in logic.KIND_ORDER
        ]
        rows = in_rows(buttons, 2)
        rows.append([(self._content.text("hetexted.button"), "hetexted:start")])
        await reply(
            update,
            situational(self._content, "urge.ask_kind", profile.situation),
            inline(rows),
        )
        return KIND

    async def kind_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        kind = logic.parse_kind(pressed_or_typed(update, "urge:kind:"), self._words)
        if kind is None:
            return await self._reask_kind.ask(update, context)
        profile = await context.profile()
        urge = await self._urges.choose_kind(profile.user_id, kind)
        await self._deps.pings.urge_logged(profile)  # the pings' outreach sends by itself
        self._remember(context, urge)
        user_data(context)[_KIND] = kind.value
        buttons = [
            (self._content.text(f"urge.triggers.{trigger.value}"), f"urge:trigger:{trigger.value}")
            for trigger in logic.TRIGGER_ORDER
        ]
        await reply(update, self._content.text("urge.ask_trigger"), inline(in_rows(buttons, 2)))
        return TRIGGER

    async def trigger_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        trigger = logic.parse_trigger(pressed_or_typed(update, "urge:trigger:"), self._words)
        urge_id = self._open_urge_id(context)
        if trigger is None or urge_id is None:
            return await self._reask_trigger.ask(update, context)
        await self._urges.set_trigger(urge_id, trigger)
        levels = [(str(level), f"urge:level:{level}") for level in range(1, 11)]
        await reply(update, self._content.text("urge.ask_intensity"), inline(in_rows(levels, 5)))
        return INTENSITY

    async def intensity_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        intensity = logic.parse_intensity(pressed_or_typed(update, "urge:level:"), self._words)
        urge = self._open_urge(context)
        if intensity is None or urge is None:
            return await self._reask_intensity.ask(update, context)
        profile = await context.profile()
        checkback = await self._urges.set_intensity(profile.user_id, urge, intensity)
        self._remember(context, checkback.urge)
        await reply(
            update,
            situational(
                self._content,
                "urge.delay_intro",
                profile.situation,
                minutes=_minutes(checkback.wait),
                time=local_clock(checkback.due, profile.timezone),
            ),
            inline(self._delay_buttons()),
        )
        return DELAY

    async def show_card(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        picked = await self._urges.pick_card(
            profile, self._open_kind(context), self._open_urge_id(context)
        )
        card = self._content.text(
            "urge.card",
            title=self._content.reason_title(picked.card.reason),
            text=picked.card.text,
            closing=picked.closing.text,
        )
        own = picked.own_reason
        await reply(
            update, card if own is None else f"{card}\n\n{own}", inline(self._delay_buttons())
        )
        return DELAY

    async def invite_writing(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        await reply(update, situational(self._content, "urge.write_invite", profile.situation))
        return DELAY

    async def keep_draft(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if message is None or not message.text:
            return DELAY
        profile = await context.profile()
        # What she would have sent him, kept encrypted with her urge, and shown again once.
        await self._review.drafts.hold(profile, message.text, urge_id=self._open_urge_id(context))
        await reply(
            update,
            situational(self._content, "urge.draft_kept", profile.situation),
            inline(self._delay_buttons()),
        )
        return DELAY

    async def ground(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        exercise = await self._urges.ground(profile.user_id)
        steps = "\n".join(f"{number}. {step}" for number, step in enumerate(exercise.steps, 1))
        await reply(
            update,
            self._content.text("urge.grounding", title=exercise.title, steps=steps),
            inline(self._delay_buttons()),
        )
        return DELAY

    async def extend(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        profile = await context.profile()
        urge = self._open_urge(context)
        if urge is None:
            return await self._lost_track(update, context)
        extra = timedelta(minutes=int(callback_parts(update)[-1]))
        checkback = await self._urges.extend(profile.user_id, urge, extra)
        self._remember(context, checkback.urge)
        await reply(
            update,
            self._content.text(
                "urge.extended",
                minutes=_minutes(checkback.wait),
                time=local_clock(checkback.due, profile.timezone),
            ),
            inline(self._delay_buttons()),
        )
        return DELAY

    async def skip_wait(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        profile = await context.profile()
        urge_id = self._open_urge_id(context)
        if urge_id is None:
            return await self._lost_track(update, context)
        await self._urges.skip(profile.user_id)
        await reply(
            update,
            situational(self._content, "urge.checkback_now", profile.situation),
            inline(self._checkback_buttons(urge_id)),
        )
        return DELAY

    async def outcome(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        match = _OUTCOME_PATTERN.match(
            str(update.callback_query.data if update.callback_query else "")
        )
        if match is None:
            return END
        choice, urge_id = match.group(1), int(match.group(2))
        profile = await context.profile()
        unlogged = await self._urges.still_open(profile.user_id, urge_id)
        if unlogged is None:
            await reply(
                update, self._content.text("urge.already_logged"), main_keyboard(self._content)
            )
            return END
        user_data(context)[_URGE_ID] = urge_id
        user_data(context)[_KIND] = unlogged.urge.kind.value
        if choice == "held":
            return await self._finish_held(update, context, profile, unlogged)
        if choice == "slip":
            return await self._finish_slipped(update, context, profile, urge_id)
        if choice == "card":
            return await self.show_card(update, context)
        if choice == "friend":
            await reply(update, self._content.text("urge.friend_ask"))
            return FRIEND
        if choice == "again":
            checkback = await self._urges.another_round(
                profile.user_id, OpenUrge(urge_id, self._rounds(context))
            )
            self._remember(context, checkback.urge)
            await reply(
                update,
                self._content.text(
                    "urge.another_round",
                    minutes=_minutes(checkback.wait),
                    time=local_clock(checkback.due, profile.timezone),
                ),
                inline(self._delay_buttons()),
            )
            return DELAY
        # "still": the wave has not passed yet
        await reply(
            update,
            situational(self._content, "urge.still", profile.situation),
            inline(
                [
                    [(self._content.text("urge.buttons.again"), f"urge:out:again:{urge_id}")],
                    [(self._content.text("urge.buttons.card"), f"urge:out:card:{urge_id}")],
                    [(self._content.text("urge.buttons.friend"), f"urge:out:friend:{urge_id}")],
                    [(self._content.text("urge.buttons.held"), f"urge:out:held:{urge_id}")],
                    [(self._content.text("urge.buttons.slipped"), f"urge:out:slip:{urge_id}")],
                ]
            ),
        )
        return DELAY

    async def friend_named(self, update: Update, context: Context) -> str:
        typed = pressed_or_typed(update, "").strip()
        urge_id = self._open_urge_id(context)
        if not logic.looks_like_a_name(typed) or urge_id is None:
            return await self._reask_friend.ask(update, context)
        words = CallWords.of(self._content)
        if words.means_nobody(typed):
            profile = await context.profile()
            await self._offer_someone(update, profile, self._checkback_buttons(urge_id))
            return DELAY
        # Her friend's name is only echoed back, never stored; and only a name: "my sister
        # Ana" is "Ana", and what cannot be read as one becomes "them".
        callee = who_to_call(typed, words)
        await reply(
            update,
            self._content.text("urge.friend_go", name=callee)
            if callee is not None
            else self._content.text("urge.friend_go_them"),
            inline(self._checkback_buttons(urge_id)),
        )
        return DELAY

    async def need_someone(self, update: Update, context: Context) -> None:
        """ "I need someone": her trusted friend is told; without one, she is asked who she
        could call and given her lines and a way to choose a friend, never only a question."""
        await self._friends.alert(update, context)

    async def _offer_someone(
        self, update: Update, profile: UserProfile, more: list[list[Button]] | None = None
    ) -> None:
        await self._friends.offer_someone(update, profile, more)

    async def cancel(self, update: Update, context: Context) -> int:
        profile = await context.profile()
        await self._urges.drop_open(profile.user_id, self._open_urge_id(context))
        self._forget_urge(context)
        await reply(update, self._content.text("urge.cancelled"), main_keyboard(self._content))
        return END

    # -- endings -----------------------------------------------------------------------
    async def _finish_held(
        self, update: Update, context: Context, profile: UserProfile, unlogged: Unlogged
    ) -> int:
        held = await self._urges.finish_held(profile, unlogged)
        self._forget_urge(context)
        await reply(
            update,
            situational(
                self._content,
                "urge.held" if held.days else "urge.held_first",  # no "Day 0"
                profile.situation,
                held=held.held,
                days=held.days,
            ),
            main_keyboard(self._content),
        )
        return END

    async def _finish_slipped(
        self, update: Update, context: Context, profile: UserProfile, urge_id: int
    ) -> int:
        updated = await self._urges.finish_slipped(profile, urge_id)
        self._forget_urge(context)
        await reply(
            update,
            situational(
                self._content,
                "urge.slipped",
                profile.situation,
                best=updated.best_streak_days,
                safety=self._deps.safety.lines_text(profile, Need.ABUSE),
            ),
            main_keyboard(self._content),
        )
        return END

    # -- helpers -------------------------------------------------------------------------
    async def _lost_track(self, update: Update, context: Context) -> int:
        await reply(update, self._content.text("urge.lost_track"), main_keyboard(self._content))
        return END

    def _delay_buttons(self) -> list[list[Button]]:
        text = self._content.text
        return [
            [(text("urge.buttons.read_card"), "urge:card")],
            [(text("urge.buttons.write"), "urge:write")],
            [(text("urge.buttons.ground"), "urge:ground")],
            [
                (text("urge.buttons.extend_5"), "urge:extend:5"),
                (text("urge.buttons.extend_10"), "urge:extend:10"),
            ],
            [(text("urge.buttons.skip"), "urge:skip")],
            [(text("urge.buttons.need_someone"), "urge:someone")],
        ]

    def _checkback_buttons(self, urge_id: int) -> list[list[Button]]:
        text = self._content.text
        return [
            [(text("urge.buttons.held"), f"urge:out:held:{urge_id}")],
            [(text("urge.buttons.still"), f"urge:out:still:{urge_id}")],
            [(text("urge.buttons.slipped"), f"urge:out:slip:{urge_id}")],
        ]

    def _open_urge_id(self, context: Context) -> int | None:
        value = user_data(context).get(_URGE_ID)
        return value if isinstance(value, int) else None

    def _open_kind(self, context: Context) -> UrgeKind | None:
        """The kind of the urge she is in, if her conversation remembers it (one begun
        before it was remembered does not: the card then reads it)."""
        value = user_data(context).get(_KIND)
        try:
            return None if value is None else UrgeKind(value)
        except ValueError:
            return None

    def _open_urge(self, context: Context) -> OpenUrge | None:
        urge_id = self._open_urge_id(context)
        return None if urge_id is None else OpenUrge(urge_id, self._rounds(context))

    def _rounds(self, context: Context) -> int:
        return int(user_data(context).get(_ROUND, 0))

    def _remember(self, context: Context, urge: OpenUrge) -> None:
        user_data(context)[_URGE_ID] = urge.id
        user_data(context)[_ROUND] = urge.rounds

    def _forget_urge(self, context: Context) -> None:
        user_data(context).pop(_URGE_ID, None)
        user_data(context).pop(_ROUND, None)
        user_data(context).pop(_KIND, None)


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


# -- who she could call: the name in what she typed --------------------------------------

# Punctuation around a word, typographic quotes included.
_EDGES: Final = ".,;:!?¡¿\"'()[]«»\u201c\u201d\u2018\u2019…"


@dataclass(frozen=True, slots=True)
class CallWords:
    """The words of her language around a name, from content (urge.friend_words)."""

    possessives: Mapping[str, str]  # "my" -> "your"
    yours: str  # put before a relation typed alone: "mom" -> "your mom"
    relations: frozenset[str]
    # Relations whose own "your" differs from `yours`: Portuguese "pai" takes "seu", not
    # the "sua" of "mãe"; Spanish "padres" takes "tus" (content writes "pai = seu").
    own_yours: Mapping[str, str]
    fillers: tuple[tuple[str, ...], ...]  # longest first: ("i'd", "call") before ("call",)
    joins: frozenset[str]
    nobody: frozenset[str]

    @classmethod
    def of(cls, content: Content) -> CallWords:
        def listed(key: str) -> list[str]:
            text = content.text(f"urge.friend_words.{key}")
            return [" ".join(word.casefold().split()) for word in text.split(",") if word.strip()]

        pairs = [pair.split("=", 1) for pair in listed("possessives") if "=" in pair]
        possessives = {mine.strip(): yours.strip() for mine, yours in pairs}
        fillers = sorted((tuple(f.split()) for f in listed("fillers")), key=len, reverse=True)
        relations = [entry.partition("=") for entry in listed("relations")]
        return cls(
            possessives=possessives,
            yours=next(iter(possessives.values()), ""),
            relations=frozenset(relation.strip() for relation, _, _ in relations),
            own_yours={
                relation.strip(): yours.strip() for relation, _, yours in relations if yours.strip()
            },
            fillers=tuple(fillers),
            joins=frozenset(listed("joins")),
            nobody=frozenset(listed("nobody")),
        )

    def means_nobody(self, typed: str) -> bool:
        return " ".join(_tokens(typed)).casefold() in self.nobody


def who_to_call(typed: str, words: CallWords, most_words: int = 3) -> str | None:
    """The person to name in "Call … now": "Ana" from "my sister Ana", "your mom" from
    "my mom", "Maya or Ana" from "probably Maya or Ana". None when what she typed cannot
    be repeated back as a name, so the reply says "them" instead of echoing a sentence."""
    kept = _without_fillers(_tokens(typed), words)
    folded = [token.casefold() for token in kept]
    named = [
        token
        for token, low in zip(kept, folded, strict=True)
        if low not in words.possessives and not _is_relation(low, words)
    ]
    while named and named[0].casefold() in words.joins:
        named.pop(0)
    while named and named[-1].casefold() in words.joins:
        named.pop()
    if named:
        names = [token for token in named if token.casefold() not in words.joins]
        if len(names) > most_words or not all(_name_like(token) for token in names):
            return None
        # One word in lower case is a name typed in a hurry ("ana"); several are more
        # likely a description ("the one from work"), which reads badly as a name.
        if len(names) > 1 and any(token.islower() for token in names):
            return None
        return " ".join(
            token if token.casefold() in words.joins else _capitalised(token) for token in named
        )
    if not any(_is_relation(low, words) for low in folded):
        return None
    phrase = [words.possessives.get(low, low) for low in folded]
    if folded[0] not in words.possessives:
        first = next(low for low in folded if _is_relation(low, words))
        phrase.insert(0, words.own_yours.get(_relation_of(first), words.yours))
    return " ".join(phrase)


def _is_relation(word: str, words: CallWords) -> bool:
    """ "sister", and "sister's" in "my sister's friend"."""
    return word in words.relations or _relation_of(word) in words.relations


def _relation_of(word: str) -> str:
    return word.removesuffix("'s").removesuffix("\u2019s")


def _tokens(typed: str) -> list[str]:
    return [token for word in typed.split() if (token := word.strip(_EDGES))]


def _without_fillers(tokens: list[str], words: CallWords) -> list[str]:
    kept: list[str] = []
    at = 0
    while at < len(tokens):
        ahead = tuple(token.casefold() for token in tokens[at:])
        filler = next((f for f in words.fillers if ahead[: len(f)] == f), None)
        if filler is None:
            kept.append(tokens[at])
            at += 1
        else:
            at += len(filler)
    return kept


def _name_like(token: str) -> bool:
    return any(char.isalpha() for char in token) and all(
        char.isalpha() or char in "-'\u2019." for char in token
    )


def _capitalised(token: str) -> str:
    """ "ana" -> "Ana", as a name is written; "McKenzie" stays as she typed it."""
    return token[:1].upper() + token[1:] if token.islower() else token
