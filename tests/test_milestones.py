"""Milestones: each comes once per streak, on its day, in order; a slip earns them again;
after the bot was away she gets one message, not a flood. And the daily check-in around
them: the day count and a line she has not seen lately."""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

from bot.content import Content, default_content_dir
from bot.features.pings import (
    choose_line,
    daily_ping,
    milestone_due_at,
    milestone_message,
    milestone_to_send,
    next_milestone,
)

PINGS = Content.load(default_content_dir()).pings
MILESTONES = PINGS.milestone_days
BERLIN = "Europe/Berlin"


def live_through(days: range, sent: set[int]) -> list[tuple[int, int]]:
    """Run the daily check-in over `days` of one streak: (streak day, milestone sent)."""
    delivered = []
    for day in days:
        milestone = milestone_to_send(day, sent, MILESTONES)
        if milestone is not None:
            sent.add(milestone)
            delivered.append((day, milestone))
    return delivered


def test_the_milestones_are_the_ones_content_lists() -> None:
    assert MILESTONES == (1, 2, 3, 7, 14, 21, 30, 45, 60, 90, 180, 365)


def test_each_milestone_comes_once_on_its_own_day_over_a_long_streak() -> None:
    delivered = live_through(range(0, 401), set())
    assert delivered == [(days, days) for days in MILESTONES]


def test_a_new_streak_after_a_slip_earns_every_milestone_again() -> None:
    first_streak = live_through(range(0, 41), set())
    assert [milestone for _, milestone in first_streak] == [1, 2, 3, 7, 14, 21, 30]

    # The shell keeps one sent set per streak, keyed by the date of the last contact.
    second_streak = live_through(range(0, 15), set())
    assert second_streak == [(1, 1), (2, 2), (3, 3), (7, 7), (14, 14)]


def test_after_downtime_only_the_latest_milestone_comes_with_todays_count() -> None:
    sent = {1, 2, 3, 7}
    # Down from day 8 to day 32: 14, 21 and 30 all fell due meanwhile.
    assert live_through(range(33, 50), sent) == [(33, 30), (45, 45)]
    assert 14 not in sent
    assert 21 not in sent

    late = milestone_message(PINGS, 30, streak_days=33)
    assert late.startswith(PINGS.milestone(30).title)
    assert "day 33" in late
    on_time = milestone_message(PINGS, 30, streak_days=30)
    assert "day 30" not in on_time
    assert on_time == f"{PINGS.milestone(30).title}\n\n{PINGS.milestone(30).text}"


def test_nothing_before_the_first_milestone_and_nothing_after_the_last() -> None:
    assert milestone_to_send(0, set(), MILESTONES) is None
    assert next_milestone(0, MILESTONES) == 1
    assert next_milestone(7, MILESTONES) == 14
    assert next_milestone(364, MILESTONES) == 365
    assert next_milestone(365, MILESTONES) is None
    assert milestone_to_send(900, set(MILESTONES), MILESTONES) is None


def test_a_milestone_is_due_at_her_ping_time_on_the_day_she_reaches_it() -> None:
    # 30 days from 1 March is 31 March, after Berlin's clocks went forward on the 29th:
    # still 08:30 on her clock, which is now 06:30 UTC.
    due = milestone_due_at(date(2026, 3, 1), 30, BERLIN, time(8, 30))
    assert due == datetime(2026, 3, 31, 6, 30, tzinfo=UTC)
    # A ping time the clocks skip that day comes at the first minute after the jump.
    skipped = milestone_due_at(date(2026, 3, 22), 7, BERLIN, time(2, 30))
    assert skipped.astimezone(ZoneInfo(BERLIN)).time() == time(3, 0)


def test_the_tone_moves_from_holding_on_to_her_own_power_calm_and_clarity() -> None:
    deeper = re.compile(r"\b(power|calm|clarity|clear)\b", re.IGNORECASE)
    early = [PINGS.milestone(days) for days in MILESTONES if days <= 3]
    later = [PINGS.milestone(days) for days in MILESTONES if days >= 30]
    assert not any(deeper.search(milestone.text) for milestone in early)
    assert all(deeper.search(milestone.text) for milestone in later)


def test_milestones_are_about_her_and_never_about_him() -> None:
    # They go to everyone, including women who left someone abusive.
    about_him = re.compile(r"\b(he|him|his)\b", re.IGNORECASE)
    for days in MILESTONES:
        milestone = PINGS.milestone(days)
        assert not about_him.search(f"{milestone.title} {milestone.text}"), days


# -- the daily check-in -------------------------------------------------------------------


def test_a_milestone_day_sends_the_milestone_instead_of_the_usual_check_in() -> None:
    rng = random.Random(7)
    week = daily_ping(PINGS, 7, sent_milestones={1, 2, 3}, seen_lines=set(), rng=rng)
    assert week.milestone == 7
    assert week.line is None
    assert week.text.startswith(PINGS.milestone(7).title)

    next_day = daily_ping(PINGS, 8, sent_milestones={1, 2, 3, 7}, seen_lines=set(), rng=rng)
    assert next_day.milestone is None
    assert next_day.line is not None
    assert next_day.text.startswith("Day 8")
    assert next_day.text.endswith(next_day.line.line.text)


def test_the_first_day_of_a_new_count_does_not_say_day_zero() -> None:
    ping = daily_ping(PINGS, 0, sent_milestones=set(), seen_lines=set(), rng=random.Random(1))
    assert ping.text.startswith(PINGS.first_day)
    assert "Day 0" not in ping.text


def test_no_line_comes_back_until_she_has_seen_every_line_for_her_streak() -> None:
    rng = random.Random(3)
    seen: set[str] = set()
    shown = []
    for day in range(100, 140):  # no milestone between 90 and 180
        ping = daily_ping(PINGS, day, sent_milestones={90}, seen_lines=seen, rng=rng)
        assert ping.line is not None
        if ping.line.cycle_restarted:
            seen.clear()
        seen.add(ping.line.line.id)
        shown.append(ping.line.line.id)

    fitting = sum(line.fits(100) for line in PINGS.lines)
    assert len(set(shown[:fitting])) == fitting
    assert set(shown) == {line.id for line in PINGS.lines if line.fits(100)}
    # Consecutive headlines differ, so two days never look the same at a glance.
    headlines = [PINGS.headline(day) for day in range(1, 30)]
    assert all(today != tomorrow for today, tomorrow in pairwise(headlines))


def test_lines_fit_the_stage_of_her_streak() -> None:
    rng = random.Random(5)
    early = {choose_line(PINGS.lines, 2, set(), rng).line.id for _ in range(300)}
    later = {choose_line(PINGS.lines, 200, set(), rng).line.id for _ in range(300)}
    by_id = {line.id: line for line in PINGS.lines}
    assert all(by_id[line_id].fits(2) for line_id in early)
    assert all(by_id[line_id].fits(200) for line_id in later)
    assert "one-day-only" in early
    assert "one-day-only" not in later
    assert "power-returning" in later
    assert "power-returning" not in early
