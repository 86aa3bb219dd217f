"""The pictures in words: one paragraph, for anyone who would rather read than look.

Pure: her history and streak in, text out. Every sentence comes from content under
`insights.summary`; this module only decides which ones fit and fills in the numbers.
"""

from __future__ import annotations

from bot.content import Content, situational
from bot.core import streak as streak_math
from bot.core.model import Situation
from bot.features.insights.charts import History
from bot.features.pings import risk_hour

__all__ = ["summary"]

_KEY = "insights.summary"


def summary(
    content: Content,
    history: History,
    streak: streak_math.StreakState,
    situation: Situation,
    *,
    locale: str | None = None,
) -> str:
    """Days kept, her longest run, urges logged and held, her hardest hour of the week
    when there is a clear one, and a word of encouragement that fits what she has done.

    The weekday and hour are CLDR's words in `locale` ("en_GB"), as the nudge says them."""
    today = history.today
    days = streak_math.total_days(streak, today)
    best = streak_math.best_days(streak, today)
    urges, held = len(history.urge_times), len(history.held_times)

    def say(key: str, **fields: object) -> str:
        return situational(content, f"{_KEY}.{key}", situation, **fields)

    sentences = [say(f"days.{_how_many(days)}", days=days)]
    if days > 1:
        sentences.append(
            say("best.all") if best == days else say(f"best.{_how_many(best)}", best=best)
        )
    if urges == 1:
        sentences.append(say("urges.one_held" if held else "urges.one"))
    elif urges > 1:
        key = (
            "urges.many_all_held" if held == urges else "urges.many_held" if held else "urges.many"
        )
        sentences.append(say(key, urges=urges, held=held))
    if (hardest := risk_hour(history.recent_urge_times(), history.zone)) is not None:
        day, hour = content.pings.risk_words(hardest.weekday, hardest.hour, locale)
        sentences.append(say("hardest", day=day, hour=hour))
    sentences.append(say(f"cheer.{_cheer(history, streak)}"))
    return " ".join(sentences)


def _how_many(count: int) -> str:
    return "none" if count <= 0 else "one" if count == 1 else "many"


def _cheer(history: History, streak: streak_math.StreakState) -> str:
    held, slipped = len(history.held_times), len(history.slip_times)
    if slipped and streak_math.current_days(streak, history.today) == 0:
        return "fresh_start"  # a slip today: the kind word is about starting again
    if held and not slipped:
        return "all_held"
    if held > slipped:
        return "mostly_held"
    return "keep_going"
