"""What her space (the Mini App) shows and changes: her log, the checklist, her settings.

Every change goes through the same use cases the chat uses (bot/features/cutoff/service.py,
bot/features/onboarding/service.py), so the chat and the page always agree. What is read
is plain data for JSON, in her language; drafts and notes are never part of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Any

from bot.content import Content
from bot.core.model import UNKNOWN_COUNTRY, UrgeOutcome, UserProfile
from bot.core.streak import best_days, current_days, total_days
from bot.core.timezones import describe_zone, in_zone, is_known_zone, zone_for_offset
from bot.deps import Deps
from bot.features.cutoff import logic as cutoff_logic
from bot.features.cutoff.service import CutoffService, checklist_of, label_in
from bot.features.insights.charts import History, daily_counts
from bot.features.onboarding import logic as setup_logic
from bot.features.onboarding.service import SettingsService, quiet_choice
from bot.features.pings.formats import cldr_locale, hour_marks, month_names, on_date, weekday_names
from bot.features.space import svg

TEXTS_PREFIX = "space-"
JSON = dict[str, Any]


class SpaceError(ValueError):
    """A change the page asked for that is not one on offer."""


class SpaceService:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        checklists = {
            locale: checklist_of(deps.locales.of(locale)) for locale in deps.locales.available
        }
        self._cutoff = CutoffService(deps.repo, deps.profiles, deps.clock, deps.timers, checklists)
        self._settings = SettingsService(deps.profiles, deps.pings, deps.safety, deps.locales)

    async def profile(self, user_id: int) -> UserProfile | None:
        """Her profile, with the language of what follows set to hers; None before she has
        ever talked to the bot."""
        profile = await self._deps.profiles.get(user_id)
        if profile is not None:
            self._deps.locales.use(profile.locale)
        return profile

    def content(self, profile: UserProfile | None = None, language: str | None = None) -> Content:
        return self._deps.locales.of(profile.locale if profile else language or "")

    def texts(self, content: Content) -> dict[str, str]:
        """The page's own words (space.ftl), those with nothing to fill in."""
        return {
            name.removeprefix(TEXTS_PREFIX): content.text(name)
            for name in sorted(content.keys())
            if name.startswith(TEXTS_PREFIX) and not content.fields(name)
        }

    # -- her log ---------------------------------------------------------------------------
    async def _history(self, profile: UserProfile) -> History:
        repo = self._deps.repo
        return History.from_log(
            await repo.list_urges(profile.user_id),
            await repo.list_slips(profile.user_id),
            zone=profile.timezone,
            today=self._deps.profiles.today(profile),
            last_contact=profile.last_contact,
        )

    async def overview(self, profile: UserProfile) -> JSON:
        content = self.content(profile)
        history = await self._history(profile)
        today = self._deps.profiles.today(profile)
        streak = self._deps.profiles.streak(profile)
        cldr = cldr_locale(content.locale, profile)
        text = content.text
        labels = svg.SvgLabels(
            weekdays=weekday_names(cldr),
            months=month_names(cldr),
            hour_marks=hour_marks(cldr),
            calendar_title=text("space.calendar.title"),
            week_title=text("space.patterns.week_title"),
            trend_title=text("space.patterns.trend_title"),
            held=text("space.patterns.held"),
            slipped=text("space.patterns.slipped"),
        )
        return {
            "locale": content.locale,
            "texts": self.texts(content),
            "streak": {
                "current": current_days(streak, today),
                "best": best_days(streak, today),
                "total": total_days(streak, today),
                "ridden": len(history.held_times),
            },
            "has_urges": bool(history.urge_times),
            "calendar": svg.calendar(history, labels),
            "week": svg.week_hours(history, labels),
            "trend": svg.held_vs_slipped(history, labels),
        }

    async def day(self, profile: UserProfile, day: date) -> JSON:
        """That day's urges on her clock, each with how it ended, and her slips' count."""
        content = self.content(profile)
        text = content.text
        urges = [
            urge
            for urge in await self._deps.repo.list_urges(profile.user_id)
            if in_zone(urge.started_at, profile.timezone).date() == day
        ]
        slips = daily_counts(
            [slip.occurred_at for slip in await self._deps.repo.list_slips(profile.user_id)],
            profile.timezone,
        ).get(day, 0)
        outcome = {None: "open"} | {o: o.value for o in UrgeOutcome}
        return {
            "title": on_date(
                day, cldr_locale(content.locale, profile), today=self._deps.profiles.today(profile)
            ),
            "urges": [
                {
                    "time": f"{in_zone(urge.started_at, profile.timezone):%H:%M}",
                    "kind": text(f"space.kinds.{urge.kind.value}"),
                    "strength": (
                        text("space.day.strength", strength=urge.intensity)
                        if urge.intensity is not None
                        else ""
                    ),
                    "outcome": outcome[urge.outcome],
                    "outcome_text": text(f"space.outcomes.{outcome[urge.outcome]}"),
                }
                for urge in sorted(urges, key=lambda u: u.started_at)
            ],
            "slips": text("space.day.slips", count=slips) if slips else "",
            "none": "" if urges or slips else text("space.day.none"),
        }

    # -- the checklist ---------------------------------------------------------------------
    async def checklist(self, profile: UserProfile, *, opened: bool = False) -> JSON:
        if opened:
            await self._cutoff.opened(profile)
        return self._checklist(profile, await self._cutoff.states(profile.user_id))

    async def set_item(self, profile: UserProfile, item_id: str, state: str) -> JSON:
        wanted = cutoff_logic.parse_state(state)
        if wanted is None:
            raise SpaceError(f"no such state: {state!r}")
        content = self.content(profile)
        states = await self._cutoff.set_state(profile, content.locale, item_id, wanted)
        return self._checklist(profile, states)

    def _checklist(self, profile: UserProfile, states: Mapping[str, str]) -> JSON:
        content = self.content(profile)
        order = self._cutoff.order(profile, content.locale)
        checklist = self._cutoff.checklist(content.locale)
        done, total = cutoff_logic.progress(states, order)
        return {
            "progress": content.text("space.checklist.progress", done=done, total=total),
            "items": [
                {
                    "id": item_id,
                    "label": label_in(content, item_id),
                    "state": cutoff_logic.state_of(states, item_id).value,
                    "links": [
                        {"label": link.label, "url": link.url} for link in checklist.links[item_id]
                    ],
                }
                for item_id in order
            ],
            "states": [state.value for state in cutoff_logic.ItemState],
        }

    # -- her settings ----------------------------------------------------------------------
    async def settings(self, profile: UserProfile) -> JSON:
        content = self.content(profile)
        text = content.text
        zones = [(city.zone, city.label) for city in content.cities]
        offsets = [
            (zone, setup_logic.format_offset(minutes))
            for minutes in setup_logic.OFFSET_CHOICES
            if (zone := zone_for_offset(minutes)) is not None
        ]
        choices = dict([*zones, *offsets])
        if profile.timezone not in choices:
            choices = {profile.timezone: describe_zone(profile.timezone, content.cities)} | choices
        safety = self._deps.safety
        countries = sorted(
            ((code, safety.name(code)) for code in content.safety.countries),
            key=lambda pair: pair[1],
        )
        next_ping = await self._deps.pings.next_ping(profile.user_id)
        cldr = cldr_locale(content.locale, profile)
        when = (
            text(
                "space.settings.next",
                when=on_date(
                    in_zone(next_ping, profile.timezone).date(),
                    cldr,
                    today=self._deps.profiles.today(profile),
                )
                + f", {in_zone(next_ping, profile.timezone):%H:%M}",
            )
            if next_ping is not None
            else text("space.settings.next_none")
        )
        return {
            "zone": profile.timezone,
            "zones": [{"value": v, "label": label} for v, label in choices.items()],
            "checkin": f"{profile.ping_time:%H:%M}",
            "quiet": quiet_choice(profile) or "",
            "quiets": [
                {
                    "value": key,
                    "label": text("space.settings.quiet_none")
                    if start == end
                    else text(
                        "space.settings.quiet_window", start=f"{start:%H:%M}", end=f"{end:%H:%M}"
                    ),
                }
                for key, (start, end) in setup_logic.QUIET_CHOICES.items()
            ],
            "language": content.locale,
            "languages": [
                {"value": locale, "label": self._deps.locales.of(locale).text("language.name")}
                for locale in self._deps.locales.available
            ],
            "country": profile.country or "",
            "countries": [
                {"value": "", "label": text("space.settings.country_unset")},
                *({"value": code, "label": name} for code, name in countries),
                {"value": UNKNOWN_COUNTRY, "label": text("space.settings.country_none")},
            ],
            "next": when,
        }

    async def change(self, profile: UserProfile, changes: Mapping[str, object]) -> UserProfile:
        """Apply what the page sent (any of zone, checkin, quiet, language, country), each
        through the chat's own use case, then move what hangs on them."""
        settings = self._settings
        for field, value in changes.items():
            if not isinstance(value, str):
                raise SpaceError(f"{field}: expected text")
            if field == "zone":
                if not is_known_zone(value):
                    raise SpaceError("zone: not an IANA time zone")
                profile = await settings.set_zone(profile, value)
            elif field == "checkin":
                profile = await settings.set_ping_time(profile, _clock_time(value))
            elif field == "quiet":
                quiet = await settings.set_quiet(profile, value)
                if quiet is None:
                    raise SpaceError("quiet: not a window on offer")
                profile = quiet
            elif field == "language":
                if value not in self._deps.locales.available:
                    raise SpaceError("language: not one the bot speaks")
                profile = await settings.set_language(profile, value)
                self._deps.locales.use(profile.locale)
            elif field == "country":
                known = self.content(profile).safety.countries
                if value and value != UNKNOWN_COUNTRY and value not in known:
                    raise SpaceError("country: not one on offer")
                if value:  # "" is "not set": nothing to confirm
                    profile = await settings.set_country(
                        profile, None if value == UNKNOWN_COUNTRY else value
                    )
            # Anything else (her user id, for one) is not hers to send: ignored.
        await settings.settle(profile)
        return profile


def _clock_time(value: str) -> time:
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise SpaceError("checkin: expected HH:MM") from None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)
