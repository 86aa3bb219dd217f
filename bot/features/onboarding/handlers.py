"""/start onboarding and /settings: one conversation, the same steps, two ways through.

Onboarding walks the steps in order; /settings opens a menu and returns to it after each
step. Every answer is saved the moment it is given, and every step can be skipped.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import time, timedelta
from typing import Final

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    filters,
)

from bot.content import situational
from bot.content.words import words_of
from bot.core.model import Situation, UserProfile
from bot.core.streak import current_days
from bot.core.timezones import (
    describe_zone,
    in_zone,
    is_plain_offset,
    parse_clock_time,
    parse_last_contact,
    read_zone,
    zone_for_offset,
)
from bot.deps import Deps
from bot.features.onboarding import logic
from bot.features.onboarding.service import SettingsService
from bot.features.pings.formats import cldr_locale, on_date
from bot.features.safety.question import NONE as NO_COUNTRY
from bot.features.safety.question import OTHER as OTHER_COUNTRY
from bot.features.safety.question import CountryQuestion
from bot.features.space import space_button
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.questions import Reask, question
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

COUNTRY_PREFIX: Final = "setup:country:"

SITUATION: Final = "setup.situation"
CONTACT: Final = "setup.contact"
ZONE: Final = "setup.zone"
PING: Final = "setup.ping"
COUNTRY: Final = "setup.country"
MENU: Final = "setup.menu"
QUIET: Final = "setup.quiet"
LANGUAGE: Final = "setup.language"
END: Final = ConversationHandler.END

_MODE = "setup_mode"
_ONBOARDING = "onboarding"
_SETTINGS = "settings"

Context = StepContext


class SetupFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._country = CountryQuestion(deps.content, deps.safety, COUNTRY_PREFIX)
        # The use cases her space (the Mini App) shares, so the chat and the page agree.
        self._settings = SettingsService(deps.profiles, deps.pings, deps.safety, deps.locales)
        # What she may type to the questions, in every language at once.
        every = words_of(deps.locales.every())
        self._situation_words = logic.SituationWords.of(every.words.situations)
        self._time_words = every.time_words()
        # What each question says again to anything it cannot take.
        self._reask_situation = Reask(deps.content, "setup.reask_situation", SITUATION)
        self._reask_contact = Reask(deps.content, "setup.reask_contact", CONTACT)
        self._reask_zone = Reask(deps.content, "setup.reask_zone", ZONE)
        self._reask_ping = Reask(deps.content, "setup.reask_ping", PING)

    def handlers(self) -> list[Handler]:
        text = filters.TEXT & ~filters.COMMAND
        other = ~filters.COMMAND
        flow = conversation(
            "setup",
            entry_points=[
                CommandHandler("start", self.start),
                CommandHandler("settings", self.open_settings),
            ],
            states={
                SITUATION: question(
                    answered=self.situation_chosen,
                    pattern=r"^setup:situation:",
                    typed=text,
                    other=other,
                    reask=self._reask_situation,
                ),
                CONTACT: question(
                    answered=self.contact_chosen,
                    pattern=r"^setup:contact:",
                    typed=text,
                    other=other,
                    reask=self._reask_contact,
                ),
                ZONE: question(
                    buttons=[
                        # Before the zone's own buttons: "setup:zone:offset" is not a zone.
                        CallbackQueryHandler(self.ask_offset, pattern=r"^setup:zone:offset$"),
                        CallbackQueryHandler(self.offset_chosen, pattern=r"^setup:offset:-?\d+$"),
                    ],
                    answered=self.zone_chosen,
                    pattern=r"^setup:zone:",
                    typed=text,
                    other=other,
                    reask=self._reask_zone,
                ),
                COUNTRY: question(
                    buttons=[
                        CallbackQueryHandler(self.country_chosen, pattern=rf"^{COUNTRY_PREFIX}"),
                    ],
                    answered=self.country_typed,
                    typed=text & ~urge_button(self._deps.locales),
                    other=other,
                    reask=self.reask_country,  # asks with the country buttons again
                ),
                PING: question(
                    answered=self.ping_chosen,
                    pattern=r"^setup:ping:",
                    typed=text,
                    other=other,
                    reask=self._reask_ping,
                ),
                # Answered by buttons only; anything else shows the question again.
                MENU: question(
                    answered=self.menu_chosen,
                    pattern=r"^setup:menu:",
                    other=other,
                    reask=self.reask_menu,
                ),
                LANGUAGE: question(
                    answered=self.language_chosen,
                    pattern=r"^setup:lang:",
                    other=other,
                    reask=self.reask_menu,
                ),
                QUIET: question(
                    answered=self.quiet_chosen,
                    pattern=r"^setup:quiet:",
                    other=other,
                    reask=self.reask_quiet,
                ),
            },
            fallbacks=[CommandHandler("cancel", self.cancel)],
        )
        return [flow]

    # -- entry ---------------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> str | int:
        profile = await context.profile()
        if profile.onboarded:
            days = current_days(
                self._deps.profiles.streak(profile), self._deps.profiles.today(profile)
            )
            await reply(
                update,
                situational(
                    self._content,
                    "setup.welcome_back" if days else "setup.welcome_back_first",  # no "Day 0"
                    profile.situation,
                    days=days,
                ),
                main_keyboard(self._content),
            )
            return END
        user_data(context)[_MODE] = _ONBOARDING
        await reply(update, self._content.text("setup.welcome"), main_keyboard(self._content))
        return await self._ask_situation(update)

    async def open_settings(self, update: Update, context: Context) -> str:
        user_data(context)[_MODE] = _SETTINGS
        return await self._show_menu(update, await context.profile())

    # -- situation -------------------------------------------------------------------------
    async def situation_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        answer = pressed_or_typed(update, "setup:situation:")
        # "skip" is what older buttons sent: not saying is the careful path, not "other".
        situation = (
            Situation.UNSAID
            if answer == "skip"
            else logic.parse_situation(answer, self._situation_words)
        )
        if situation is None:
            return await self._reask_situation.ask(update, context)
        profile = replace(await context.profile(), situation=situation)
        await self._deps.profiles.save(profile)
        if situation is Situation.ABUSE:
            # Her lines must be the ones that work where she is, so where she is comes first.
            if profile.country is None:
                return await self._ask_country(update, context, profile)
            await self._send_safety(update, profile)
        elif situation is Situation.AMICABLE:
            await reply(update, self._content.text("setup.amicable_note"))
        else:
            await reply(update, situational(self._content, "setup.situation_saved", situation))
        return await self._next(update, context, profile, SITUATION)

    # -- last contact ----------------------------------------------------------------------
    async def contact_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        profile = await context.profile()
        today = self._deps.profiles.today(profile)
        answer = pressed_or_typed(update, "setup:contact:")
        if answer == "skip":
            last_contact = today
        elif update.callback_query is not None and answer.isdigit():
            last_contact = today - timedelta(days=int(answer))
        else:
            # The bot's languages, hers first.
            locales = (self._content.locale, *self._deps.locales.available)
            languages = tuple(dict.fromkeys(locales))
            # Off the event loop: the first natural-words answer loads dateparser (about
            # half a second), and other chats should not wait for it.
            parsed = await asyncio.to_thread(
                parse_last_contact,
                answer,
                today,
                self._time_words,
                now=in_zone(self._deps.clock.now(), profile.timezone),
                languages=languages,
            )
            if parsed is None:
                return await self._reask_contact.ask(update, context)
            last_contact = parsed
        # A corrected date replaces the running streak and keeps her history whole: no day
        # is counted twice, and a slip she logged after that date is kept, and said so.
        profile, kept_slip = await self._deps.profiles.set_last_contact(profile, last_contact)
        if kept_slip is not None:
            on = on_date(kept_slip, cldr_locale(self._content.locale, profile), today=today)
            said = self._content.text("setup.contact_kept_slip", date=on)
        else:
            days = current_days(self._deps.profiles.streak(profile), today)
            # "Day 0" reads as a failure: the day her count starts has words of its own.
            key = "setup.contact_saved" if days else "setup.contact_saved_first"
            said = self._content.text(key, days=days)
        await reply(update, said)
        return await self._next(update, context, profile, CONTACT)

    # -- time zone -------------------------------------------------------------------------
    async def zone_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        answer = pressed_or_typed(update, "setup:zone:")
        if answer == "skip":
            zone: str | None = self._deps.settings.default_timezone
        else:
            # The bot's languages, hers first.
            locales = (self._content.locale, *self._deps.locales.available)
            languages = tuple(dict.fromkeys(locales))
            # Off the event loop: the first city typed builds the index of every city
            # (a second or two), and other chats should not wait for it.
            reading = await asyncio.to_thread(
                read_zone,
                answer,
                self._content.cities,
                self._content.zone_abbreviations,
                languages=languages,
                country_aliases=self._content.safety.aliases,
            )
            if reading.asks_which:
                # "IST" is India, Ireland or Israel; "MST" may be Phoenix; "Portland" may
                # be Oregon or Maine: she says which.
                buttons: list[Button] = []
                if reading.zone is not None:
                    label = reading.label or describe_zone(reading.zone, self._content.cities)
                    buttons.append((label, f"setup:zone:{reading.zone}"))
                buttons += [(o.label, f"setup:zone:{o.zone}") for o in reading.others]
                await reply(
                    update,
                    self._content.text("setup.zone_which", typed=reading.typed),
                    inline(in_rows(buttons, 1)),
                )
                return ZONE
            zone = reading.zone
        if zone is None:
            return await self._reask_zone.ask(update, context)
        return await self._save_zone(update, context, zone)

    async def ask_offset(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        buttons = [
            (logic.format_offset(minutes), f"setup:offset:{minutes}")
            for minutes in logic.OFFSET_CHOICES
        ]
        await reply(update, self._content.text("setup.ask_offset"), inline(in_rows(buttons, 3)))
        return ZONE

    async def offset_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        zone = zone_for_offset(int(callback_parts(update)[-1]))
        if zone is None:
            return await self._reask_zone.ask(update, context)
        return await self._save_zone(update, context, zone)

    async def _save_zone(self, update: Update, context: Context, zone: str) -> str | int:
        profile = await self._settings.set_zone(
            await context.profile(),
            zone,
            keep_days_since_contact=user_data(context).get(_MODE) == _ONBOARDING,
        )
        # Her zone as she would say it; an offset that ignores summer time is named as one.
        await reply(
            update,
            self._content.text(
                "setup.zone_saved_offset" if is_plain_offset(zone) else "setup.zone_saved",
                zone=describe_zone(zone, self._content.cities),
                time=local_clock(self._deps.clock.now(), zone),
            ),
        )
        return await self._next(update, context, profile, ZONE)

    # -- country, for her safety lines -----------------------------------------------------
    async def country_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        choice = callback_parts(update)[-1]
        if choice == OTHER_COUNTRY:
            question, rows = self._country.ask_name()
            await reply(update, question, inline(rows))
            return COUNTRY
        return await self._save_country(update, context, None if choice == NO_COUNTRY else choice)

    async def country_typed(self, update: Update, context: Context) -> str | int:
        codes = self._deps.safety.find(pressed_or_typed(update, COUNTRY_PREFIX))
        if len(codes) == 1:
            return await self._save_country(update, context, codes[0])
        question, rows = self._country.again(codes)
        await reply(update, question, inline(rows))
        return COUNTRY

    async def reask_country(self, update: Update, context: Context) -> str:
        question, rows = self._country.ask_name()
        await reply(update, question, inline(rows))
        return COUNTRY

    async def _ask_country(self, update: Update, context: Context, profile: UserProfile) -> str:
        # During onboarding her zone is not known yet: no guess, she names it.
        onboarding = user_data(context).get(_MODE) == _ONBOARDING
        guess = None if onboarding else self._deps.safety.guess(profile)
        question, rows = self._country.ask(guess)
        await reply(update, question, inline(rows))
        return COUNTRY

    async def _save_country(
        self, update: Update, context: Context, country: str | None
    ) -> str | int:
        profile = await context.profile()
        profile = await self._settings.set_country(profile, country)
        if profile.situation.safety_first or user_data(context).get(_MODE) == _ONBOARDING:
            await self._send_safety(update, profile)
        return await self._next(update, context, profile, SITUATION)

    # -- ping time -------------------------------------------------------------------------
    async def ping_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        answer = pressed_or_typed(update, "setup:ping:")
        if answer == "skip":
            ping: time | None = time(9, 0)
        elif update.callback_query is not None and answer.isdigit() and len(answer) == 4:
            ping = time(int(answer[:2]), int(answer[2:]))
        else:
            ping = parse_clock_time(answer, self._time_words)
        if ping is None:
            return await self._reask_ping.ask(update, context)
        profile = await self._settings.set_ping_time(await context.profile(), ping)
        await reply(update, self._content.text("setup.ping_saved", time=ping.strftime("%H:%M")))
        return await self._next(update, context, profile, PING)

    # -- settings menu ---------------------------------------------------------------------
    async def menu_chosen(self, update: Update, context: Context) -> str | int:
        answer_button(update, context)
        choice = callback_parts(update)[-1]
        user_data(context)[_MODE] = _SETTINGS
        asks = {
            "situation": self._ask_situation,
            "contact": self._ask_contact,
            "zone": self._ask_zone,
            "ping": self._ask_ping,
        }
        if choice in asks:
            return await asks[choice](update)
        if choice == "country":
            return await self._ask_country(update, context, await context.profile())
        if choice == "quiet":
            return await self._ask_quiet(update)
        if choice == "language":
            locales = self._deps.locales
            buttons = [
                (locales.of(locale).text("language.name"), f"setup:lang:{locale}")
                for locale in locales.available
            ]
            await reply(
                update, self._content.text("setup.ask_language"), inline(in_rows(buttons, 2))
            )
            return LANGUAGE
        if choice == "nudges":
            profile = await context.profile()
            profile = await self._settings.set_risk_nudges(profile, not profile.risk_nudges)
            await self._settings.settle(profile)
            return await self._show_menu(update, profile)
        await reply(update, self._content.text("setup.settings_done"), main_keyboard(self._content))
        user_data(context).pop(_MODE, None)
        return END

    async def quiet_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await self._settings.set_quiet(
            await context.profile(), callback_parts(update)[-1]
        )
        if profile is None:
            return await self.reask_quiet(update, context)
        await self._settings.settle(profile)
        return await self._show_menu(update, profile)

    async def language_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await self._settings.set_language(
            await context.profile(), callback_parts(update)[-1]
        )
        self._deps.locales.use(profile.locale)  # this very reply already in her language
        await reply(
            update, self._content.text("setup.language_saved"), main_keyboard(self._content)
        )
        return await self._show_menu(update, profile)

    async def reask_quiet(self, update: Update, context: Context) -> str:
        return await self._ask_quiet(update)

    async def _ask_quiet(self, update: Update) -> str:
        buttons = [
            (self._quiet_label(start, end), f"setup:quiet:{key}")
            for key, (start, end) in logic.QUIET_CHOICES.items()
        ]
        await reply(update, self._content.text("setup.ask_quiet"), inline(in_rows(buttons, 1)))
        return QUIET

    def _quiet_label(self, start: time, end: time) -> str:
        if start == end:
            return self._content.text("setup.quiet_none")
        return self._content.text("setup.quiet_window", start=f"{start:%H:%M}", end=f"{end:%H:%M}")

    async def reask_menu(self, update: Update, context: Context) -> str:
        return await self._show_menu(update, await context.profile())

    async def cancel(self, update: Update, context: Context) -> int:
        user_data(context).pop(_MODE, None)
        await reply(update, self._content.text("setup.cancelled"), main_keyboard(self._content))
        return END

    # -- the path through --------------------------------------------------------------------
    async def _next(
        self, update: Update, context: Context, profile: UserProfile, answered: str
    ) -> str | int:
        if user_data(context).get(_MODE) == _SETTINGS:
            await self._settings.settle(profile)
            return await self._show_menu(update, profile)
        following = {
            SITUATION: self._ask_contact,
            CONTACT: self._ask_zone,
            ZONE: self._ask_ping,
        }
        if answered in following:
            return await following[answered](update)
        return await self._finish_onboarding(update, context, profile)

    async def _finish_onboarding(
        self, update: Update, context: Context, profile: UserProfile
    ) -> int:
        profile = replace(profile, onboarded=True)
        await self._deps.profiles.save(profile)
        await self._deps.pings.refresh(profile)
        user_data(context).pop(_MODE, None)
        days = current_days(self._deps.profiles.streak(profile), self._deps.profiles.today(profile))
        await reply(
            update,
            situational(
                self._content,
                "setup.done" if days else "setup.done_first",  # no "Day 0"
                profile.situation,
                days=days,
                time=profile.ping_time.strftime("%H:%M"),
                zone=describe_zone(profile.timezone, self._content.cities),
                button=self._content.text("keyboard.urge"),
            )
            + "\n\n"
            + self._content.text("setup.not_therapy"),
            main_keyboard(self._content),
        )
        return END

    async def _ask_situation(self, update: Update) -> str:
        buttons: list[Button] = [
            (self._content.text(f"setup.situations.{s.value}"), f"setup:situation:{s.value}")
            for s in logic.SITUATION_ORDER
        ]
        await reply(update, self._content.text("setup.ask_situation"), inline(in_rows(buttons, 1)))
        return SITUATION

    async def _ask_contact(self, update: Update) -> str:
        buttons: list[Button] = [
            (self._content.text(f"setup.contact_choices.d{days}"), f"setup:contact:{days}")
            for days in logic.CONTACT_DAYS_CHOICES
        ]
        buttons.append((self._content.text("setup.skip_today"), "setup:contact:skip"))
        await reply(update, self._content.text("setup.ask_contact"), inline(in_rows(buttons, 2)))
        return CONTACT

    async def _ask_zone(self, update: Update) -> str:
        buttons: list[Button] = [
            (city.label, f"setup:zone:{city.zone}") for city in self._content.cities
        ]
        rows = in_rows(buttons, 3)
        rows.append([(self._content.text("setup.zone_by_offset"), "setup:zone:offset")])
        rows.append(
            [
                (
                    self._content.text(
                        "setup.skip_zone",
                        zone=describe_zone(
                            self._deps.settings.default_timezone, self._content.cities
                        ),
                    ),
                    "setup:zone:skip",
                )
            ]
        )
        await reply(update, self._content.text("setup.ask_zone"), inline(rows))
        return ZONE

    async def _ask_ping(self, update: Update) -> str:
        buttons: list[Button] = [
            (ping.strftime("%H:%M"), f"setup:ping:{ping.strftime('%H%M')}")
            for ping in logic.PING_TIME_CHOICES
        ]
        rows = in_rows(buttons, 3)
        rows.append([(self._content.text("setup.skip_ping"), "setup:ping:skip")])
        await reply(update, self._content.text("setup.ask_ping"), inline(rows))
        return PING

    async def _show_menu(self, update: Update, profile: UserProfile) -> str:
        text = self._content.text
        markup = inline(
            [
                [(text("setup.menu_buttons.situation"), "setup:menu:situation")],
                [(text("setup.menu_buttons.contact"), "setup:menu:contact")],
                [(text("setup.menu_buttons.zone"), "setup:menu:zone")],
                [(text("setup.menu_buttons.country"), "setup:menu:country")],
                [(text("setup.menu_buttons.ping"), "setup:menu:ping")],
                [(text("setup.menu_buttons.quiet"), "setup:menu:quiet")],
                [(text("setup.menu_buttons.nudges"), "setup:menu:nudges")],
                [(text("setup.menu_buttons.language"), "setup:menu:language")],
                [(text("setup.menu_buttons.done"), "setup:menu:done")],
            ]
        )
        if (space := space_button(self._deps.settings, self._content)) is not None:
            # The same settings, in her space (the Mini App).
            markup = InlineKeyboardMarkup([*markup.inline_keyboard, [space]])
        await reply(
            update,
            text(
                "setup.menu",
                situation_name=text(f"setup.situations.{profile.situation.value}"),
                last_contact=on_date(
                    profile.last_contact,
                    cldr_locale(self._content.locale, profile),
                    today=self._deps.profiles.today(profile),
                ),
                zone=describe_zone(profile.timezone, self._content.cities),
                country=self._country_label(profile),
                time=profile.ping_time.strftime("%H:%M"),
                quiet=self._quiet_label(profile.quiet_start, profile.quiet_end),
                nudges=text("setup.on" if profile.risk_nudges else "setup.off"),
            ),
            markup,
        )
        return MENU

    def _country_label(self, profile: UserProfile) -> str:
        where = self._deps.safety.whereabouts(profile)
        if not where.confirmed or where.country is None:
            return self._content.text("setup.country_unset")
        return self._deps.safety.name(where.country)

    async def _send_safety(self, update: Update, profile: UserProfile) -> None:
        await reply(
            update,
            self._content.text(
                "sos.abuse", lines=self._deps.safety.lines_text(profile, Need.ABUSE)
            ),
            # Answered by the safety listener, whatever step she is at by then.
            inline([[(self._content.text("sos.buttons.shows_up"), "sos:showsup")]]),
        )
