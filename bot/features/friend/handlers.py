"""/friend: one trusted person, invited by link. When she taps "I need someone" during an
urge, the friend is told she could use a call right now, and nothing more: never the ex,
never her log. The friend can /leave at any time."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Final

from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.core.model import Friend, UserProfile
from bot.deps import Deps
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    inline,
    main_keyboard,
    reply,
)

INVITE_PREFIX: Final = "friend-"
# One call for help is enough to get a friend moving; more would only alarm her.
ALERT_AGAIN_AFTER: Final = timedelta(minutes=30)

Context = StepContext


class FriendFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content

    def handlers(self) -> list[Handler]:
        return [
            CommandHandler("start", self.join, filters=filters.Regex(rf"^/start {INVITE_PREFIX}")),
            CommandHandler("friend", self.show),
            CallbackQueryHandler(self.invite, pattern=r"^friend:invite$"),
            CallbackQueryHandler(self.remove, pattern=r"^friend:remove$"),
            CallbackQueryHandler(self.alert, pattern=r"^friend:alert$"),
            CommandHandler("leave", self.leave),
        ]

    # -- her side ------------------------------------------------------------------------
    async def show(self, update: Update, context: Context) -> None:
        profile = await context.profile()
        friend = await self._deps.repo.friend_of(profile.user_id)
        text = self._content.text
        if friend is None:
            await reply(
                update,
                text("friend.none"),
                inline([[(text("friend.buttons.invite"), "friend:invite")]]),
            )
        elif friend.friend_chat_id is None:
            await reply(
                update,
                text("friend.waiting", link=self._link(context.bot, friend.invite_code)),
                inline(
                    [
                        [(text("friend.buttons.new_link"), "friend:invite")],
                        [(text("friend.buttons.cancel_invite"), "friend:remove")],
                    ]
                ),
            )
        else:
            await reply(
                update,
                text("friend.connected"),
                inline([[(text("friend.buttons.remove"), "friend:remove")]]),
            )

    async def invite(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        friend = await self._deps.repo.invite_friend(
            profile.user_id, secrets.token_urlsafe(9), self._deps.clock.now()
        )
        await reply(
            update,
            self._content.text("friend.invite", link=self._link(context.bot, friend.invite_code)),
        )

    async def remove(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        friend = await self._deps.repo.friend_of(profile.user_id)
        await self._deps.repo.end_friendship(profile.user_id)
        if friend is not None and friend.friend_chat_id is not None:
            await self._tell(context.bot, friend.friend_chat_id, "friend.removed_friend")
        await reply(update, self._content.text("friend.removed_her"), main_keyboard(self._content))

    async def alert(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        friend = await self._deps.repo.friend_of(profile.user_id)
        now = self._deps.clock.now()
        if friend is None or friend.friend_chat_id is None:
            # An older "I need someone" button, or a friend who has left: never only a
            # question, always her lines and a way to choose someone.
            await self.offer_someone(update, profile)
            return
        if friend.last_alert_at is not None and now - friend.last_alert_at < ALERT_AGAIN_AFTER:
            await reply(update, self._content.text("friend.alert_recent"))
            return
        name = update.effective_user.first_name if update.effective_user else ""
        # Her first name and nothing else: not why, not who, not a word from her log.
        sent = await self._tell(context.bot, friend.friend_chat_id, "friend.alert", name=name)
        if sent:
            await self._deps.repo.note_friend_alerted(profile.user_id, now)
        await reply(
            update, self._content.text("friend.alert_sent" if sent else "friend.alert_failed")
        )

    async def offer_someone(
        self, update: Update, profile: UserProfile, more: list[list[Button]] | None = None
    ) -> None:
        """No friend to tell: who she could call, her lines, and one tap to choose a friend."""
        careful = profile.situation.safety_first
        # The crisis line is someone to talk to now; after abuse the abuse line comes first.
        lines = self._deps.safety.lines_text(profile, Need.ABUSE if careful else Need.DESPAIR)
        key = "urge.no_friend_safety" if careful else "urge.no_friend"
        set_up = (self._content.text("urge.buttons.set_up_friend"), "friend:invite")
        await reply(update, self._content.text(key, lines=lines), inline([[set_up], *(more or [])]))

    # -- the friend's side -----------------------------------------------------------------
    async def join(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        code = (context.args or [""])[0].removeprefix(INVITE_PREFIX)
        if chat is None:
            return
        friend = await self._deps.repo.accept_invite(code, chat.id, self._deps.clock.now())
        if friend is None:
            await reply(update, self._content.text("friend.invite_invalid"))
            return
        await reply(update, self._content.text("friend.joined_friend"))
        await self._tell_her(context.bot, friend, "friend.joined_her")

    async def leave(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        friendships = await self._deps.repo.friendships_of(chat.id)
        if not friendships:
            await reply(update, self._content.text("friend.not_a_friend"))
            return
        await reply(update, self._content.text("friend.left_friend"))
        for friend in friendships:
            await self._deps.repo.end_friendship(friend.user_id)
            await self._tell_her(context.bot, friend, "friend.left_her")

    # -- helpers ---------------------------------------------------------------------------
    def _link(self, bot: Bot, code: str) -> str:
        return f"https://t.me/{bot.username}?start={INVITE_PREFIX}{code}"

    async def _tell_her(self, bot: Bot, friend: Friend, key: str) -> None:
        profile = await self._deps.profiles.get(friend.user_id)
        if profile is not None:
            self._deps.locales.use(profile.locale)
            await self._tell(bot, profile.chat_id, key)

    async def _tell(self, bot: Bot, chat_id: int, key: str, **fields: object) -> bool:
        try:
            await bot.send_message(chat_id, self._content.text(key, **fields))
        except TelegramError:
            return False  # blocked or gone: nothing more we can do from here
        return True
