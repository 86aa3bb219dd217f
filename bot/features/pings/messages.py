"""The words of each ping, put together from content. Every message is a first line that
reads fine on a lock screen, a blank line, then the rest."""

from __future__ import annotations

import random
from collections.abc import Sequence, Set
from dataclasses import dataclass

from bot.content import DangerMoment, PingTexts, SupportLine
from bot.features.pings.danger import DangerDay
from bot.features.pings.milestones import milestone_to_send
from bot.features.pings.risk import RiskHour


@dataclass(frozen=True, slots=True)
class LinePick:
    line: SupportLine
    # Every fitting line had been seen, so this pick starts a new round: the caller
    # should forget the seen set (and then mark this line as seen).
    cycle_restarted: bool


@dataclass(frozen=True, slots=True)
class DailyPing:
    """Today's check-in and what to remember about it once it is sent."""

    text: str
    milestone: int | None  # record as sent for this streak
    line: LinePick | None  # record as seen; None on a milestone day


def choose_line(
    lines: Sequence[SupportLine], streak_days: int, seen: Set[str], rng: random.Random
) -> LinePick:
    """A line for this streak length that she has not seen yet in this round.

    Raises LookupError if no line fits, which content validation rules out.
    """
    fitting = [line for line in lines if line.fits(streak_days)]
    if not fitting:
        raise LookupError(f"no support line for day {streak_days}")
    fresh = [line for line in fitting if line.id not in seen]
    return LinePick(rng.choice(fresh or fitting), cycle_restarted=not fresh)


def daily_ping(
    pings: PingTexts,
    streak_days: int,
    *,
    sent_milestones: Set[int],
    seen_lines: Set[str],
    rng: random.Random,
) -> DailyPing:
    """The check-in for today: a milestone if one is due (see milestones.py), otherwise
    the day count and one support line."""
    milestone = milestone_to_send(streak_days, sent_milestones, pings.milestone_days)
    if milestone is not None:
        return DailyPing(milestone_message(pings, milestone, streak_days), milestone, None)
    pick = choose_line(pings.lines, streak_days, seen_lines, rng)
    return DailyPing(daily_message(pings, streak_days, pick.line), None, pick)


def daily_message(pings: PingTexts, streak_days: int, line: SupportLine) -> str:
    return f"{pings.headline(streak_days)}\n\n{line.text}"


def milestone_message(pings: PingTexts, milestone_days: int, streak_days: int) -> str:
    """The milestone's words; when it arrives after its day, a note with today's count."""
    milestone = pings.milestone(milestone_days)
    parts = [milestone.title, milestone.text]
    if streak_days > milestone_days:
        parts.append(pings.late_note(streak_days))
    return "\n\n".join(parts)


def danger_message(pings: PingTexts, day: DangerDay, moment: DangerMoment) -> str:
    return pings.danger_text(day.kind, moment, holiday=day.label or "")


def risk_message(pings: PingTexts, risk: RiskHour, locale: str | None = None) -> str:
    """The nudge, its weekday and hour in CLDR's words for `locale` ("en_GB")."""
    return pings.risk_text(risk.weekday, risk.hour, locale)
