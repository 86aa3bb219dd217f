"""Pings: what the bot says without being asked, and when.

The daily check-in at her chosen local time (with milestones riding on it), a word the
evening before and the morning of a hard date, and a nudge before the hour of the week
her urges cluster in. Pure: the shell stores state and sends; these decide.

- schedule.py: her wall clock to UTC instants across DST; quiet hours; pauses.
- milestones.py: which milestone to send, once per streak, none in a flood.
- danger.py: hard dates and the instants of their two messages.
- risk.py: the risk hour and the nudge before it.
- messages.py: the words of each ping, from content/<locale>/pings.toml.
"""

from bot.content import DangerKind, DangerMoment
from bot.features.pings.danger import (
    EVE_AT,
    MORNING_AT,
    DangerDay,
    DangerMessage,
    holiday_danger_days,
    next_danger_messages,
)
from bot.features.pings.messages import (
    DailyPing,
    LinePick,
    choose_line,
    daily_message,
    daily_ping,
    danger_message,
    milestone_message,
    risk_message,
)
from bot.features.pings.milestones import milestone_due_at, milestone_to_send, next_milestone
from bot.features.pings.risk import (
    MIN_CLUSTER_SHARE,
    MIN_CLUSTER_URGES,
    MIN_URGES,
    NUDGE_LEAD,
    RiskHour,
    next_risk_nudge,
    risk_hour,
)
from bot.features.pings.schedule import (
    DEFAULT_QUIET_HOURS,
    QuietHours,
    local_instant,
    next_daily_ping,
    ping_day,
    quiet_window_around,
    shift_out_of_quiet_hours,
)

__all__ = [
    "DEFAULT_QUIET_HOURS",
    "EVE_AT",
    "MIN_CLUSTER_SHARE",
    "MIN_CLUSTER_URGES",
    "MIN_URGES",
    "MORNING_AT",
    "NUDGE_LEAD",
    "DailyPing",
    "DangerDay",
    "DangerKind",
    "DangerMessage",
    "DangerMoment",
    "LinePick",
    "QuietHours",
    "RiskHour",
    "choose_line",
    "daily_message",
    "daily_ping",
    "danger_message",
    "holiday_danger_days",
    "local_instant",
    "milestone_due_at",
    "milestone_message",
    "milestone_to_send",
    "next_daily_ping",
    "next_danger_messages",
    "next_milestone",
    "next_risk_nudge",
    "ping_day",
    "quiet_window_around",
    "risk_hour",
    "risk_message",
    "shift_out_of_quiet_hours",
]
