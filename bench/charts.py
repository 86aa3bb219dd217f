"""/insights chart rendering time against its 300 ms budget per chart.

A year of dense data (3 urges every day, most held, a slip every few weeks), each chart
drawn `--runs` times after one warm-up render (the first pays for font loading, which
happens once per process). Reports median and max milliseconds per chart.

Run: .venv/bin/python -m bench.charts [--runs 20] [--per-day 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.content import Content, default_content_dir
from bot.features.insights.charts import (
    ChartLabels,
    History,
    render_calendar,
    render_held_vs_slipped,
    render_week_hours,
)
from bot.features.insights.handlers import chart_labels

BUDGET_MS: Final = 300.0
ZONE: Final = "Europe/Berlin"
TODAY: Final = date(2026, 1, 15)

CHARTS: Final[dict[str, Callable[[History, ChartLabels], bytes]]] = {
    "calendar": render_calendar,
    "week hours": render_week_hours,
    "held vs slipped": render_held_vs_slipped,
}


def dense_year(per_day: int, seed: int = 1) -> History:
    rng = random.Random(seed)
    tz = ZoneInfo(ZONE)
    urges: list[datetime] = []
    held: list[datetime] = []
    slips: list[datetime] = []
    for back in range(366):
        day = TODAY - timedelta(days=back)
        for _ in range(per_day):
            local = datetime(day.year, day.month, day.day, rng.randrange(24), tzinfo=tz)
            moment = local.astimezone(UTC)
            urges.append(moment)
            if rng.random() < 0.9:
                held.append(moment)
        if rng.random() < 0.05:
            slips.append(urges[-1])
    return History(
        zone=ZONE,
        today=TODAY,
        started=TODAY - timedelta(days=400),
        urge_times=tuple(urges),
        held_times=tuple(held),
        slip_times=tuple(slips),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--per-day", type=int, default=3)
    args = parser.parse_args()

    labels = chart_labels(Content.load(default_content_dir()))
    history = dense_year(args.per_day)
    print(
        f"{len(history.urge_times)} urges, {len(history.slip_times)} slips over a year; "
        f"{args.runs} runs per chart; budget {BUDGET_MS:.0f} ms"
    )
    print(f"{'chart':<16} {'median ms':>10} {'max ms':>8} {'size KB':>8}  verdict")
    for name, render in CHARTS.items():
        picture = render(history, labels)  # warm-up
        timings: list[float] = []
        for _ in range(args.runs):
            start = time.perf_counter()
            render(history, labels)
            timings.append((time.perf_counter() - start) * 1000)
        median, worst = statistics.median(timings), max(timings)
        verdict = "ok" if worst < BUDGET_MS else "OVER BUDGET"
        print(f"{name:<16} {median:>10.1f} {worst:>8.1f} {len(picture) / 1024:>8.1f}  {verdict}")


if __name__ == "__main__":
    main()
