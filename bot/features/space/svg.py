"""Her pictures for the page, drawn on the server as SVG. Pure: plain data in, markup out.

Why SVG from the server rather than a chart library in the page: the numbers are counted
here anyway (the same `History` the chat's pictures come from), SVG is a few kilobytes of
text that stays sharp on any screen, and the page then runs no third-party code and makes
no request but to the bot. The shapes carry classes, not colours: the page's stylesheet
paints them from her Telegram theme, light or dark. No inline style attribute anywhere,
so the strict Content-Security-Policy needs no exception.

Each day of the calendar is a group with `data-day="YYYY-MM-DD"`; the page listens for a
tap on it and asks for that day's urges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from xml.sax.saxutils import escape, quoteattr

from bot.features.insights.charts import (
    History,
    daily_counts,
    hour_of_week_counts,
    weekly_counts,
)

_CELL = 40
_GAP = 4
_STEP = _CELL + _GAP
_WIDTH = 7 * _STEP
_MONTH_TITLE = 30
_WEEKDAY_ROW = 20
HEAT_LEVELS = 4
TREND_WEEKS = 12


@dataclass(frozen=True, slots=True)
class SvgLabels:
    weekdays: Sequence[str]  # Monday first, short
    months: Sequence[str]  # January first
    hour_marks: Sequence[str]  # every third hour from 0
    calendar_title: str
    week_title: str
    trend_title: str
    held: str
    slipped: str


def _svg(width: int, height: int, title: str, body: list[str], css: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css}" role="img"'
        f' viewBox="0 0 {width} {height}" width="100%" aria-label={quoteattr(title)}>'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def calendar(history: History, labels: SvgLabels) -> str:
    """Month by month, newest first: each day coloured by what it was, a dot for urges."""
    urges = daily_counts(history.urge_times, history.zone)
    contact = frozenset(daily_counts(history.slip_times, history.zone)) | {history.started}
    months = _months(history.first_day(), history.today)
    body: list[str] = []
    y = 0
    for first in reversed(months):
        body.append(
            f'<text class="month" x="0" y="{y + 20}">'
            f"{escape(labels.months[first.month - 1])} {first.year}</text>"
        )
        y += _MONTH_TITLE
        for column, name in enumerate(labels.weekdays):
            x = column * _STEP + _CELL // 2
            body.append(
                f'<text class="weekday" x="{x}" y="{y + 12}" text-anchor="middle">'
                f"{escape(name)}</text>"
            )
        y += _WEEKDAY_ROW
        row = 0
        for day in _days_of(first):
            column = day.weekday()
            if column == 0 and day.day != 1:
                row += 1
            x, top = column * _STEP, y + row * _STEP
            body.append(_day(day, _kind(history, day, contact), urges.get(day, 0), x, top))
        y += (row + 1) * _STEP + _GAP
    return _svg(_WIDTH, y, labels.calendar_title, body, "calendar")


def _kind(history: History, day: date, contact: frozenset[date]) -> str:
    if day > history.today:
        return "future"
    if day <= history.started:
        return "before"
    return "contact" if day in contact else "clear"


def _day(day: date, kind: str, urges: int, x: int, top: int) -> str:
    tappable = kind != "future"
    attributes = f' data-day="{day.isoformat()}" tabindex="0" role="button"' if tappable else ""
    dot = ""
    if urges:
        radius = min(3 + 2 * urges, 9)
        dot = f'<circle class="urges" cx="{x + _CELL - 10}" cy="{top + 10}" r="{radius}"/>'
    return (
        f'<g class="day {kind}"{attributes}>'
        f'<rect x="{x}" y="{top}" width="{_CELL}" height="{_CELL}" rx="8"/>'
        f'<text x="{x + _CELL // 2}" y="{top + _CELL // 2 + 5}" text-anchor="middle">'
        f"{day.day}</text>{dot}</g>"
    )


def week_hours(history: History, labels: SvgLabels) -> str:
    """Rows Monday to Sunday, a square per hour, darker where the urges came more often."""
    counts = hour_of_week_counts(history.recent_urge_times(), history.zone)
    most = int(counts.max()) if counts.size else 0
    left, cell, gap, top = 44, 11, 1, 18
    body: list[str] = []
    for index, mark in enumerate(labels.hour_marks):
        x = left + index * 3 * (cell + gap)
        body.append(f'<text class="hour" x="{x}" y="12">{escape(mark)}</text>')
    for weekday in range(7):
        y = top + weekday * (cell + gap)
        body.append(
            f'<text class="weekday" x="0" y="{y + cell - 1}">'
            f"{escape(labels.weekdays[weekday])}</text>"
        )
        for hour in range(24):
            count = int(counts[weekday, hour])
            level = 0 if not most or not count else max(1, round(HEAT_LEVELS * count / most))
            body.append(
                f'<rect class="heat{level}" x="{left + hour * (cell + gap)}" y="{y}"'
                f' width="{cell}" height="{cell}" rx="2"><title>{count}</title></rect>'
            )
    width = left + 24 * (cell + gap)
    return _svg(width, top + 7 * (cell + gap), labels.week_title, body, "week")


def held_vs_slipped(history: History, labels: SvgLabels) -> str:
    """The last weeks side by side: urges ridden out, and times she reached out."""
    weeks = weekly_counts(history)
    held = [int(n) for n in weeks.held[-TREND_WEEKS:]]
    slipped = [int(n) for n in weeks.slipped[-TREND_WEEKS:]]
    width, height, base, legend = 320, 150, 120, 140
    most = max([1, *held, *slipped])
    slot = width / max(len(held), 1)
    bar = max(min(slot / 2 - 2, 12.0), 2.0)
    body = [f'<line class="axis" x1="0" y1="{base}" x2="{width}" y2="{base}"/>']
    for index, (up, down) in enumerate(zip(held, slipped, strict=True)):
        x = index * slot + slot / 2 - bar
        for offset, count, css in ((0.0, up, "held"), (bar, down, "slipped")):
            tall = round((base - 10) * count / most, 1)
            body.append(
                f'<rect class="{css}" x="{x + offset:.1f}" y="{base - tall:.1f}"'
                f' width="{bar - 1:.1f}" height="{tall}"><title>{count}</title></rect>'
            )
    body.append(f'<rect class="held" x="0" y="{legend - 9}" width="10" height="10"/>')
    body.append(f'<text class="legend" x="14" y="{legend}">{escape(labels.held)}</text>')
    half = width // 2
    body.append(f'<rect class="slipped" x="{half}" y="{legend - 9}" width="10" height="10"/>')
    body.append(
        f'<text class="legend" x="{half + 14}" y="{legend}">{escape(labels.slipped)}</text>'
    )
    return _svg(width, height, labels.trend_title, body, "trend")


def _months(first: date, last: date) -> list[date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _days_of(first_of_month: date) -> list[date]:
    days, day = [], first_of_month
    while day.month == first_of_month.month:
        days.append(day)
        day += timedelta(days=1)
    return days
