"""Every word a parser listens for is content's: a new locale's words.toml teaches the bot
its words with no change to the Python, and a mistake in one stops the start with a line
that says where it is."""

from __future__ import annotations

import random
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from bot.app import running_bot
from bot.clock import FakeClock
from bot.content import Content, ContentError, default_content_dir
from bot.content.words import Words, WordsError
from bot.core.model import Trigger, UrgeKind
from bot.core.phrases import PhraseError, answer_pattern, telltale_pattern
from bot.core.text import plain_words
from bot.core.timezones import parse_last_contact
from bot.emulator import BotApiEmulator
from bot.features.hetexted.logic import KIND_PRECEDENCE as MESSAGE_PRECEDENCE
from bot.features.hetexted.logic import MessageKind
from bot.features.urge.logic import (
    KIND_PRECEDENCE,
    TRIGGER_PRECEDENCE,
    UrgeWords,
    parse_intensity,
    parse_kind,
    parse_trigger,
)
from bot.settings import Settings
from tests.conftest import TOKEN, Chat, Live
from tests.vocabulary import TIME, URGE, shipped_words

EN_WORDS = default_content_dir() / "en" / "words.toml"


def with_made_up_words(words: str) -> str:
    """en's words.toml with three words no language has: one more way to say "look at
    his profile", one more trigger, and a number word for 9."""
    edits = {
        'check = [\n    "check*",': 'check = [\n    "zorbl*", "check*",',
        'lonely = ["alone",': 'lonely = ["flimbo", "alone",',
        "twelve = 12\n": "twelve = 12\nkvirl = 9\n",
    }
    for before, after in edits.items():
        assert before in words, before
        words = words.replace(before, after)
    return words


def content_with_a_new_locale(tmp_path: Path, locale: str = "eo") -> Path:
    """content/ as shipped (English only, to keep it small) plus `locale`: a copy of
    English whose words.toml knows the made-up words."""
    root = tmp_path / "content"
    shutil.copytree(default_content_dir() / "en", root / "en")
    shutil.copytree(default_content_dir() / "en", root / locale)
    (root / locale / "words.toml").write_text(with_made_up_words(EN_WORDS.read_text()))
    return root


# -- a new language is content only ---------------------------------------------------------


def test_the_parsers_hear_a_new_locales_words(tmp_path: Path) -> None:
    words = UrgeWords.of_content(shipped_words(content_with_a_new_locale(tmp_path)).words)
    assert parse_kind("I need to ZÖRBLA", words) is UrgeKind.CHECK
    assert parse_trigger("so flimbo tonight", words) is Trigger.LONELY
    assert parse_intensity("kvirl", words) == 9
    assert parse_intensity("kvirl out of 10", words) == 9
    # The shipped languages do not know them: only the new folder taught them.
    assert parse_kind("I need to zorbla", URGE) is None
    assert parse_trigger("flimbo", URGE) is None
    assert parse_intensity("kvirl", URGE) is None


async def test_the_bot_understands_a_new_locales_words_typed_to_it(
    tmp_path: Path, settings: Settings, clock: FakeClock, emulator: BotApiEmulator, live: Live
) -> None:
    root = content_with_a_new_locale(tmp_path)
    chat = Chat(emulator, live=live)
    async with running_bot(
        settings,
        clock,
        token=TOKEN,
        base_url=emulator.base_url,
        poll_timeout=5,
        rng=random.Random(7),
        sweep_timers=False,
        content_dir=root,
    ) as running:
        live.bot = running
        try:
            await chat.say("/urge", expect="What do you want to do")
            # Typed, not tapped, in words only the new locale's file has.
            await chat.say("I need to zorbla", expect="What set it off")
            await chat.say("flimbo", expect="How strong")
            # A 9 gets five minutes more than the usual ten.
            wait = await chat.say("kvirl", expect="I'll check in at")
            assert "15 minutes" in wait.text
            await chat.nothing_new()
        finally:
            live.bot = None


def test_a_new_locales_lock_screen_words_are_its_own(tmp_path: Path) -> None:
    root = content_with_a_new_locale(tmp_path)
    words = root / "eo" / "words.toml"
    # "now" in a message that arrives unasked ("How is it now?") is fine in English, and a
    # giveaway in a language whose words.toml says so.
    words.write_text(words.read_text().replace('"he", "him",', '"now", "he", "him",'))
    assert Content.load(root, "en").locale == "en"
    with pytest.raises(ContentError, match=r"^eo/.*'now'"):
        Content.load(root, "eo")


def test_natural_dates_are_read_in_the_locales_languages() -> None:
    today = date(2026, 12, 3)
    now = datetime(2026, 12, 3, 21, 15)
    # A folder named like "pt-BR" is dateparser's "pt"; one it does not know is left out
    # rather than making it refuse every answer.
    for languages in (("pt-BR", "en"), ("en", "xx")):
        found = parse_last_contact("last Tuesday", today, TIME, now=now, languages=languages)
        assert found == date(2026, 12, 1)


def test_every_option_has_its_place_in_the_order_words_are_checked_in() -> None:
    assert sorted(KIND_PRECEDENCE) == sorted(UrgeKind)
    assert sorted(TRIGGER_PRECEDENCE) == sorted(Trigger)
    assert sorted(MESSAGE_PRECEDENCE) == sorted(MessageKind)


# -- mistakes stop the start, saying where ---------------------------------------------------


def broken(tmp_path: Path, before: str, after: str) -> Path:
    words = EN_WORDS.read_text()
    assert before in words, before
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "words.toml").write_text(words.replace(before, after, 1))
    return folder


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ("[urge.strength]", "[urge.strenght]", "en/words.toml: urge: unknown key 'strenght'"),
        ("\nreply = [", "\nrely = [", "en/words.toml: urge.kinds.rely: unknown key"),
        (
            'reply = [\n    "repl*"',
            'reply = [\n    "re*pl"',
            "en/words.toml: urge.kinds.reply, item 1: 're*pl': '*' goes",
        ),
        (
            'hey = [\n    "hey+"',
            'hey = [\n    "+hey"',
            "en/words.toml: he_texted.kinds.hey, item 1: '+hey': '+' goes",
        ),
        ("ten = 10", 'ten = "10"', "en/words.toml: numbers.ten: should be a valid integer"),
        ('9 = ["sept"]', '13 = ["sept"]', "en/words.toml: dates.month_names: '13' is not a month"),
        ('noon = ["noon"]', 'noon = [" "]', "en/words.toml: time.noon, item 1: ' ' has no letters"),
        ("[greetings]\n", "[greeting]\n", "en/words.toml: unknown key 'greeting'"),
    ],
)
def test_a_mistake_names_the_file_and_the_place(
    tmp_path: Path, before: str, after: str, message: str
) -> None:
    with pytest.raises(WordsError) as raised:
        Words.load(broken(tmp_path, before, after), "en")
    assert str(raised.value).startswith(message), raised.value
    assert "\n" not in str(raised.value)


def test_a_word_two_languages_read_differently_stops_the_start(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(default_content_dir() / "en", root / "en")
    shutil.copytree(default_content_dir() / "es", root / "es")
    words = root / "es" / "words.toml"
    words.write_text(words.read_text().replace("diez = 10", "diez = 10\nnine = 6"))
    with pytest.raises(ContentError, match=r"^es/words.toml: numbers: 'nine' is 6 here and 9"):
        Content.load_all(root)


# -- the notation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "typed", "found"),
    [
        ("hit", "he hit me", True),
        ("hit", "a white lie", False),  # whole words only
        ("repl*", "I replied", True),
        ("repl*", "reply", True),
        ("repl*", "rep", False),
        ("hey+", "heyyyy", True),
        ("hey+", "heya", False),
        ("#am", "its 3am", True),
        ("# am", "at 11 am", True),
        ("#am", "at 123am", False),
        ("me engañó", "Me ENGAÑÓ!!", True),  # accents and case do not matter
        ("can't sleep", "I cant sleep", True),  # apostrophes join
        ("text* back", "texting him back", False),  # one word at a time
        ("text* him back", "texting him back", True),
    ],
)
def test_answer_phrases(phrase: str, typed: str, found: bool) -> None:
    assert bool(answer_pattern([phrase]).search(plain_words(typed))) is found


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("break up", "after the break-up", True),
        ("break up", "the breakup", True),
        ("him", "Tell HIM", True),
        ("él", "Él no", True),
        ("él", "el día", False),  # the lock screen keeps accents: "el" is "the"
        ("ex-*", "mi ex-novio", True),
    ],
)
def test_telltale_phrases(phrase: str, text: str, found: bool) -> None:
    assert bool(telltale_pattern([phrase]).search(text)) is found


@pytest.mark.parametrize("phrase", ["*", "re*pl", "+hey", "a +", "*ing", "  "])
def test_what_the_notation_cannot_read_is_refused(phrase: str) -> None:
    with pytest.raises(PhraseError):
        answer_pattern([phrase])


def test_no_phrases_hear_nothing() -> None:
    assert answer_pattern([]).search("anything at all") is None
