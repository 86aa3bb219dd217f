"""/friend: one trusted person, invited by link. When she taps "I need someone" during an
urge, the friend is told she could use a call right now, and nothing more: never the ex,
never her log. The friend can /leave at any time."""

from __future__ import annotations

from typing import Final

from telegram import Bot, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.friend.service import Alert, FriendService
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

Context = StepContext


class FriendFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._friends = FriendService(deps.repo, deps.profiles, deps.clock)

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
        friend = await self._friends.friend_of(profile.user_id)
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
        friend = await self._friends.invite(profile.user_id)
        await reply(
            update,
            self._content.text("friend.invite", link=self._link(context.bot, friend.invite_code)),
        )

    async def remove(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        friend_chat_id = await self._friends.remove(profile.user_id)
        if friend_chat_id is not None:
            await self._tell(context.bot, friend_chat_id, "friend.removed_friend")
        await reply(update, self._content.text("friend.removed_her"), main_keyboard(self._content))

    async def alert(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        name = update.effective_user.first_name if update.effective_user else ""
        bot = context.bot

        async def deliver(friend_chat_id: int) -> bool:
            # Her first name and nothing else: not why, not who, not a word from her log.
            return await self._tell(bot, friend_chat_id, "friend.alert", name=name)

        alert = await self._friends.alert(profile.user_id, deliver)
        if alert is Alert.NO_FRIEND:
            # An older "I need someone" button, or a friend who has left: never only a
            # question, always her lines and a way to choose someone.
            await self.offer_someone(update, profile)
            return
        key = {
            Alert.TOO_SOON: "friend.alert_recent",
            Alert.SENT: "friend.alert_sent",
            Alert.FAILED: "friend.alert_failed",
        }[alert]
        await reply(update, self._content.text(key))

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
        friendship = await self._friends.join(code, chat.id)
        if friendship is None:
            await reply(update, self._content.text("friend.invite_invalid"))
            return
        await reply(update, self._content.text("friend.joined_friend"))
        await self._tell_her(context.bot, friendship.her, "friend.joined_her")

    async def leave(self, update: Update, context: Context) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        left = await self._friends.leave(chat.id)
        if not left:
            await reply(update, self._content.text("friend.not_a_friend"))
            return
        await reply(update, self._content.text("friend.left_friend"))
        for friendship in left:
            await self._tell_her(context.bot, friendship.her, "friend.left_her")

    # -- helpers ---------------------------------------------------------------------------
    def _link(self, bot: Bot, code: str) -> str:
        return f"https://t.me/{bot.username}?start={INVITE_PREFIX}{code}"

    async def _tell_her(self, bot: Bot, her: UserProfile | None, key: str) -> None:
        if her is not None:
            self._deps.locales.use(her.locale)
            await self._tell(bot, her.chat_id, key)

    async def _tell(self, bot: Bot, chat_id: int, key: str, **fields: object) -> bool:
        try:
            await bot.send_message(chat_id, self._content.text(key, **fields))
        except TelegramError:
            return False  # blocked or gone: nothing more we can do from here
        return True
