"""The parsers' words, compiled from the shipped content of every locale, as the bot
compiles them at start: tests hand these to the pure parsers."""

from __future__ import annotations

from pathlib import Path

from bot.content import default_content_dir
from bot.content.words import EveryLanguage, Words, every_language
from bot.features.hetexted.logic import MessageWords
from bot.features.onboarding.logic import SituationWords
from bot.features.pings.dates import DateWords
from bot.features.urge.logic import UrgeWords


def shipped_words(root: Path | None = None) -> EveryLanguage:
    """Every locale's words.toml under `root` (content/ by default), joined."""
    folders = sorted(
        folder
        for folder in (root or default_content_dir()).iterdir()
        if folder.is_dir() and not folder.name.startswith((".", "_"))
    )
    return every_language({folder.name: Words.load(folder, folder.name) for folder in folders})


def date_words(every: EveryLanguage) -> DateWords:
    return DateWords.of(every.months, every.words.dates.of, every.words.dates.ordinals)


EVERY = shipped_words()
URGE = UrgeWords.of_content(EVERY.words)
SITUATIONS = SituationWords.of(EVERY.words.situations)
HE_TEXTED = MessageWords.of(EVERY.words.he_texted.kinds)
TIME = EVERY.time_words()
DATES = date_words(EVERY)
GREETINGS = EVERY.words.greetings.words
