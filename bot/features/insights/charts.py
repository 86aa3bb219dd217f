"""Her log as pictures: which days were free of contact, when in the week urges come, and
how the weeks went. Pure: plain data in, PNG bytes out.

Everything is counted on her own calendar and clock (her IANA zone), so an urge at
23:00 on a Friday lands on Friday 23:00 in summer and in winter alike.

Figures are built with matplotlib's object API on the Agg canvas, never pyplot: no
global figure registry, no display. Renders run in worker threads, and matplotlib
promises no thread safety even for separate figures (its text and font caches are
shared), so one lock lets a single render draw at a time. The work is CPU-bound under
the GIL anyway, so the lock costs no throughput.
"""

from __future__ import annotations

import io
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum
from functools import wraps
from typing import Final, ParamSpec, TypeVar
from zoneinfo import ZoneInfo

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import BoundaryNorm, LinearSegmentedColormap, ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator
from numpy.typing import NDArray

from bot.core.model import Slip, Urge, UrgeOutcome

__all__ = [
    "ChartLabels",
    "DayKind",
    "History",
    "WeeklyCounts",
    "daily_counts",
    "hour_of_week_counts",
    "render_all",
    "render_calendar",
    "render_held_vs_slipped",
    "render_week_hours",
    "weekly_counts",
]

WEEKDAYS: Final = 7
HOURS: Final = 24
MONTHS: Final = 12
HOUR_MARKS: Final = tuple(range(0, HOURS, 3))  # where the hour axis is labelled
MAX_MONTHS: Final = 12  # the calendar looks back a year at most
MIN_MONTHS: Final = 3  # and always shows a season, so a new start has some context

# -- the numbers the pictures show ------------------------------------------------------


class DayKind(IntEnum):
    """What a day on the calendar was. The values index the calendar's colours."""

    BEFORE = 0  # before her no-contact began
    CLEAR = 1  # a day without contact
    CONTACT = 2  # a day she reached out


@dataclass(frozen=True, slots=True)
class History:
    """Her log as the charts and the summary read it. Moments are aware datetimes; dates
    and hours are taken on her clock, in `zone`."""

    zone: str  # IANA name
    today: date  # her local date now
    started: date  # her last contact before no-contact began; days up to it are BEFORE
    urge_times: tuple[datetime, ...]  # every urge she logged, however it ended
    held_times: tuple[datetime, ...]  # the urges she rode out
    slip_times: tuple[datetime, ...]  # every time she reached out, with or without an urge

    @classmethod
    def from_log(
        cls,
        urges: Sequence[Urge],
        slips: Sequence[Slip],
        *,
        zone: str,
        today: date,
        last_contact: date,
    ) -> History:
        """Only the date of the last contact is stored, so where her no-contact began is
        read back from the first slip: it ended a streak of `streak_days_ended` days."""
        started = last_contact
        if slips:
            first = min(slips, key=lambda slip: slip.occurred_at)
            began = _local(first.occurred_at, ZoneInfo(zone)).date()
            started = min(started, began - timedelta(days=first.streak_days_ended))
        return cls(
            zone=zone,
            today=today,
            started=started,
            urge_times=tuple(urge.started_at for urge in urges),
            held_times=tuple(u.started_at for u in urges if u.outcome is UrgeOutcome.HELD),
            slip_times=tuple(slip.occurred_at for slip in slips),
        )

    def first_day(self) -> date:
        """The first day the pictures show: the 1st of the month her log begins in, at
        most a year and at least a season back."""
        tz = ZoneInfo(self.zone)
        moments = (*self.urge_times, *self.slip_times)
        earliest = min([self.started, *(_local(moment, tz).date() for moment in moments)])
        this_month = self.today.replace(day=1)
        oldest = _add_months(this_month, -(MAX_MONTHS - 1))
        newest = _add_months(this_month, -(MIN_MONTHS - 1))
        return min(max(earliest.replace(day=1), oldest), newest)

    def recent_urge_times(self) -> list[datetime]:
        """The urges on the days the pictures show: an old habit should not outweigh
        this year's."""
        first, tz = self.first_day(), ZoneInfo(self.zone)
        return [t for t in self.urge_times if first <= _local(t, tz).date() <= self.today]


def hour_of_week_counts(times: Iterable[datetime], zone: str) -> NDArray[np.int64]:
    """Urges per hour of the week on her clock: rows Monday to Sunday, columns 0 to 23."""
    tz = ZoneInfo(zone)
    counts = np.zeros((WEEKDAYS, HOURS), dtype=np.int64)
    for moment in times:
        local = _local(moment, tz)
        counts[local.weekday(), local.hour] += 1
    return counts


def daily_counts(times: Iterable[datetime], zone: str) -> Counter[date]:
    """How many of `times` fell on each of her local dates."""
    tz = ZoneInfo(zone)
    return Counter(_local(moment, tz).date() for moment in times)


@dataclass(frozen=True, slots=True)
class WeeklyCounts:
    mondays: tuple[date, ...]  # the first day of each week, oldest first
    held: NDArray[np.int64]
    slipped: NDArray[np.int64]


def weekly_counts(history: History) -> WeeklyCounts:
    """Urges held and times she reached out, per week (Monday to Sunday, her calendar),
    from the week of the first day shown to this one."""
    first = _monday(history.first_day())
    weeks = (_monday(history.today) - first).days // 7 + 1

    def per_week(times: Iterable[datetime]) -> NDArray[np.int64]:
        counts = np.zeros(weeks, dtype=np.int64)
        for day, count in daily_counts(times, history.zone).items():
            week = (day - first).days // 7
            if 0 <= week < weeks and day <= history.today:
                counts[week] += count
        return counts

    return WeeklyCounts(
        mondays=tuple(first + timedelta(weeks=week) for week in range(weeks)),
        held=per_week(history.held_times),
        slipped=per_week(history.slip_times),
    )


# -- the words on them ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChartLabels:
    """Every word the charts draw (titles from content, names of days, months and hours
    from CLDR), so this module needs neither."""

    weekdays: tuple[str, ...]  # 7 short names, Monday first
    months: tuple[str, ...]  # 12 short names, January first
    hour_marks: tuple[str, ...]  # 8 names for 0:00, 3:00 ... 21:00
    calendar_title: str
    calendar_clear: str
    calendar_contact: str
    calendar_before: str
    calendar_urges: str
    hours_title: str
    hours_scale: str
    trend_title: str
    trend_held: str
    trend_slipped: str
    trend_axis: str

    def __post_init__(self) -> None:
        expected = {"weekdays": WEEKDAYS, "months": MONTHS, "hour_marks": len(HOUR_MARKS)}
        for name, count in expected.items():
            if len(getattr(self, name)) != count:
                raise ValueError(f"{name}: needs {count} labels")


# -- drawing ----------------------------------------------------------------------------

_DPI: Final = 100
_WIDTH: Final = 800  # pixels: sharp on a phone, small to send
_HEIGHT: Final = 400

# Calm, colour-blind-safe tones. Contact days are a light neutral sand, never red: a slip
# is part of the story, not a failure to flag.
_PAPER: Final = "#FFFFFF"
_INK: Final = "#26333A"
_MUTED: Final = "#66767E"
_RULE: Final = "#DDE3E6"
_BEFORE: Final = "#E8ECEE"
_CLEAR: Final = "#5FA79B"
_CONTACT: Final = "#E2CFA6"
_HELD: Final = _CLEAR
_SLIPPED: Final = "#CFB385"
_HEAT: Final = LinearSegmentedColormap.from_list(
    "insights-heat", ["#F2F5F5", "#B7DAD3", "#5FA79B", "#245F5E"]
)
_DAY_COLOURS: Final = ListedColormap([_BEFORE, _CLEAR, _CONTACT])
_DAY_NORM: Final = BoundaryNorm([-0.5, 0.5, 1.5, 2.5], _DAY_COLOURS.N)

_TITLE_SIZE: Final = 13
_LABEL_SIZE: Final = 9
_TICK_SIZE: Final = 8.5

_P = ParamSpec("_P")
_R = TypeVar("_R")
_drawing = threading.Lock()


def _one_at_a_time(render: Callable[_P, _R]) -> Callable[_P, _R]:
    @wraps(render)
    def locked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _drawing:
            return render(*args, **kwargs)

    return locked


_CALENDAR_TOP: Final = 72  # title and day-of-month numbers
_CALENDAR_BOTTOM: Final = 44  # legend
_CALENDAR_ROW: Final = 23
_DAY_MARKS: Final = (1, 5, 10, 15, 20, 25, 31)


@_one_at_a_time
def render_calendar(history: History, labels: ChartLabels) -> bytes:
    """One row per month, one cell per day, coloured by what the day was, with a dot
    that grows with the urges of that day."""
    first_month = history.first_day()
    months = _months_between(first_month, history.today)
    grid = np.full((len(months), 31), np.nan)  # NaN: no such day yet, left blank
    contact_days = frozenset(daily_counts(history.slip_times, history.zone))
    for row, month in enumerate(months):
        for day in _days_of(month):
            if day > history.today:
                break
            grid[row, day.day - 1] = _day_kind(history, day, contact_days)

    xs: list[float] = []
    ys: list[float] = []
    sizes: list[float] = []
    index = {month: row for row, month in enumerate(months)}
    for day, count in daily_counts(history.urge_times, history.zone).items():
        shown = index.get(day.replace(day=1))
        if shown is not None and day <= history.today:
            xs.append(day.day - 0.5)
            ys.append(shown + 0.5)
            sizes.append(_dot_area(count))

    height = _CALENDAR_TOP + len(months) * _CALENDAR_ROW + _CALENDAR_BOTTOM
    figure = _figure(height)
    axes = _axes(figure, left=78, right=18, top=_CALENDAR_TOP, bottom=_CALENDAR_BOTTOM)
    _title(figure, labels.calendar_title, left=78)
    axes.pcolormesh(
        np.arange(32),
        np.arange(len(months) + 1),
        grid,
        cmap=_DAY_COLOURS,
        norm=_DAY_NORM,
        edgecolors=_PAPER,
        linewidth=1.5,
    )
    axes.scatter(xs, ys, s=sizes, c=_INK, linewidths=0)
    axes.set_xlim(0, 31)
    axes.set_ylim(len(months), 0)  # the oldest month on top, as a calendar reads
    axes.xaxis.tick_top()
    axes.set_xticks([mark - 0.5 for mark in _DAY_MARKS], [str(mark) for mark in _DAY_MARKS])
    axes.set_yticks(
        [row + 0.5 for row in range(len(months))],
        [_month_label(month, labels, first=row == 0) for row, month in enumerate(months)],
    )
    _quiet_frame(axes)
    figure.legend(
        handles=[
            Patch(facecolor=_CLEAR, label=labels.calendar_clear),
            Patch(facecolor=_CONTACT, label=labels.calendar_contact),
            Patch(facecolor=_BEFORE, label=labels.calendar_before),
            Line2D(
                [],
                [],
                color=_INK,
                marker="o",
                markersize=5,
                linestyle="",
                label=(labels.calendar_urges),
            ),
        ],
        loc="lower center",
        bbox_to_anchor=(0.5, 4 / height),
        ncols=4,
        frameon=False,
        fontsize=_LABEL_SIZE,
        labelcolor=_INK,
        handlelength=1.2,
        columnspacing=1.6,
    )
    return _png(figure)


@_one_at_a_time
def render_week_hours(history: History, labels: ChartLabels) -> bytes:
    """A 7x24 grid of her week, on her clock: the darker, the more urges in that hour."""
    counts = hour_of_week_counts(history.recent_urge_times(), history.zone)
    figure = _figure(_HEIGHT)
    axes = _axes(figure, left=58, right=96, top=62, bottom=42)
    _title(figure, labels.hours_title, left=58)
    mesh = axes.pcolormesh(
        np.arange(HOURS + 1),
        np.arange(WEEKDAYS + 1),
        counts,
        cmap=_HEAT,
        vmin=0,
        vmax=max(1, int(counts.max())),
        edgecolors=_PAPER,
        linewidth=1.5,
    )
    axes.set_xlim(0, HOURS)
    axes.set_ylim(WEEKDAYS, 0)  # Monday on top
    axes.set_xticks(list(HOUR_MARKS), list(labels.hour_marks))
    axes.set_yticks([day + 0.5 for day in range(WEEKDAYS)], list(labels.weekdays))
    _quiet_frame(axes)

    scale = figure.add_axes(_box(figure, left=_WIDTH - 78, right=64, top=62, bottom=42))
    bar = figure.colorbar(mesh, cax=scale)
    bar.outline.set_visible(False)
    bar.ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    bar.ax.tick_params(labelsize=_TICK_SIZE, colors=_MUTED, length=0)
    bar.set_label(labels.hours_scale, fontsize=_LABEL_SIZE, color=_MUTED)
    return _png(figure)


@_one_at_a_time
def render_held_vs_slipped(history: History, labels: ChartLabels) -> bytes:
    """Stacked weekly bars: urges she rode out, and on top, the times she reached out."""
    weeks = weekly_counts(history)
    positions = np.arange(len(weeks.mondays))
    figure = _figure(_HEIGHT)
    axes = _axes(figure, left=52, right=18, top=84, bottom=40)
    _title(figure, labels.trend_title, left=52)
    axes.bar(positions, weeks.held, width=0.78, color=_HELD, label=labels.trend_held)
    axes.bar(
        positions,
        weeks.slipped,
        width=0.78,
        bottom=weeks.held,
        color=_SLIPPED,
        label=labels.trend_slipped,
    )
    highest = int((weeks.held + weeks.slipped).max(initial=0))
    axes.set_xlim(-0.6, len(positions) - 0.4)
    axes.set_ylim(0, max(1, highest) * 1.12)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axes.set_ylabel(labels.trend_axis, fontsize=_LABEL_SIZE, color=_MUTED)
    ticks = [
        (week, labels.months[(monday + timedelta(days=6)).month - 1])
        for week, monday in enumerate(weeks.mondays)
        if (monday + timedelta(days=6)).day <= 7  # this week holds the 1st of a month
    ]
    axes.set_xticks([week for week, _ in ticks], [name for _, name in ticks])
    axes.grid(axis="y", color=_RULE, linewidth=0.8)
    axes.set_axisbelow(True)
    _quiet_frame(axes)
    axes.spines["bottom"].set_visible(True)
    axes.spines["bottom"].set_color(_RULE)
    figure.legend(
        loc="upper left",
        bbox_to_anchor=(52 / _WIDTH, 1 - 40 / _HEIGHT),
        ncols=2,
        frameon=False,
        fontsize=_LABEL_SIZE,
        labelcolor=_INK,
        handlelength=1.2,
    )
    return _png(figure)


def render_all(history: History, labels: ChartLabels) -> tuple[bytes, bytes, bytes]:
    """The three pictures, in the order they are sent: calendar, week, trend."""
    return (
        render_calendar(history, labels),
        render_week_hours(history, labels),
        render_held_vs_slipped(history, labels),
    )


# -- helpers ----------------------------------------------------------------------------


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("expected aware datetimes")
    return moment.astimezone(tz)


def _day_kind(history: History, day: date, contact_days: frozenset[date]) -> DayKind:
    if day in contact_days:
        return DayKind.CONTACT
    return DayKind.BEFORE if day <= history.started else DayKind.CLEAR


def _add_months(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _months_between(first: date, last: date) -> list[date]:
    """The 1st of every month from `first`'s to `last`'s, both included."""
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    return [_add_months(first, step) for step in range(count)]


def _days_of(first_of_month: date) -> Iterable[date]:
    day = first_of_month
    while day.month == first_of_month.month:
        yield day
        day += timedelta(days=1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _dot_area(urges: int) -> float:
    """Area in points²: one urge is a speck, four or more fill most of the cell."""
    return (2.5 + 1.6 * min(urges, 4)) ** 2


def _month_label(month: date, labels: ChartLabels, *, first: bool) -> str:
    name = labels.months[month.month - 1]
    # The year only where it changes (and on the first row), so the rows stay short.
    return f"{name} {month.year}" if first or month.month == 1 else name


def _figure(height: int) -> Figure:
    figure = Figure(figsize=(_WIDTH / _DPI, height / _DPI), dpi=_DPI, facecolor=_PAPER)
    FigureCanvasAgg(figure)
    return figure


def _box(
    figure: Figure, *, left: float, right: float, top: float, bottom: float
) -> tuple[float, float, float, float]:
    """A rectangle given by its margins in pixels, in the figure fractions add_axes wants.
    Fixed margins instead of tight or constrained layout: faster, and the same every time."""
    width, height = figure.bbox.width, figure.bbox.height
    return (
        left / width,
        bottom / height,
        1 - (left + right) / width,
        1 - (top + bottom) / height,
    )


def _axes(figure: Figure, *, left: float, right: float, top: float, bottom: float) -> Axes:
    axes = figure.add_axes(_box(figure, left=left, right=right, top=top, bottom=bottom))
    axes.set_facecolor(_PAPER)
    axes.tick_params(labelsize=_TICK_SIZE, labelcolor=_INK, length=0)
    return axes


def _title(figure: Figure, text: str, *, left: float) -> None:
    figure.text(
        left / figure.bbox.width,
        1 - 14 / figure.bbox.height,
        text,
        ha="left",
        va="top",
        fontsize=_TITLE_SIZE,
        color=_INK,
    )


def _quiet_frame(axes: Axes) -> None:
    for spine in axes.spines.values():
        spine.set_visible(False)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    # No "Software" stamp: the picture carries nothing but the picture.
    figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()
