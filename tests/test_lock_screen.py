"""Nothing on her lock screen names him. Whatever the bot sends without being asked shows
up as a notification, where anyone beside her can read its first three lines and its
first 150 characters: in every language and every situation's wording, that part of each
message says nothing about him, an ex, texting, blocking or a breakup.

Written apart from the loader's own rule (bot.content), so that each keeps the other
honest: its own reading of a preview, its own lists of words."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from bot.app import Bot
from bot.clock import FakeClock
from bot.content import (
    UNPROMPTED,
    Content,
    ContentError,
    DangerKind,
    DangerMoment,
    default_content_dir,
    reads_fine_on_lock_screen,
    situational,
)
from bot.core.model import Situation
from bot.emulator import BotApiEmulator, SentMessage
from bot.features.urge.handlers import CHECKBACK_TIMER
from tests.conftest import USER
from tests.test_content import GIVEAWAYS, every_ping
from tests.test_drafts_flow import settled
from tests.test_locales import GIVEAWAYS_ES
from tests.test_pings import utc

LOCALES = ("en", "es")
WORDS = {"en": GIVEAWAYS | {"himself", "ex's", "exes"}, "es": GIVEAWAYS_ES}
LINES, CHARACTERS = 3, 150


def preview(text: str) -> str:
    """What a lock screen can show: the first three lines that have text, whole, and the
    first 150 characters, up to the end of the word the cut falls in."""
    text = text.strip()
    lines = [line for line in text.splitlines() if line.strip()][:LINES]
    cut = re.match(r"\w*", text[CHARACTERS:])
    return "\n".join([*lines, text[:CHARACTERS] + (cut.group() if cut else "")])


def giveaways(text: str, locale: str) -> set[str]:
    shown = preview(text).lower()
    found = set(WORDS[locale] & set(re.findall(r"[\w']+", shown)))
    if locale == "en" and re.search(r"break.?up|broke up", shown):
        found.add("breakup")
    return found


def assert_discreet(text: str, locale: str) -> None:
    assert text.strip(), "an empty message"
    assert not giveaways(text, locale), (giveaways(text, locale), preview(text))
    assert reads_fine_on_lock_screen(text, locale), preview(text)


def test_the_preview_is_three_lines_and_150_characters() -> None:
    assert (
        preview("One.\n\nTwo.\nThree.\nFour.") == "One.\nTwo.\nThree.\nOne.\n\nTwo.\nThree.\nFour."
    )
    long_line = "word " * 40 + "him"
    assert "him" in preview(long_line), "a long first line counts whole"
    assert preview("a" * 148 + " himself and more").endswith("himself")
    # The rule the bot checks itself by agrees, past the first line and within the limits.
    assert not reads_fine_on_lock_screen("Day 12.\n\nKeep going.\n\nHe won't get a reply.", "en")
    assert not reads_fine_on_lock_screen("Day 12.\n\nKeep going.\nStill here.\nHe", "en")
    assert reads_fine_on_lock_screen(
        "Day 12.\n\nKeep going.\n\nStill here.\n\n" + "x" * 150 + "\n\nHe won't get a reply.", "en"
    )
    assert not reads_fine_on_lock_screen("Día 12.\n\nSigue así.\n\nNo le contestes.", "es")


# -- every unasked message, from content with sample values --------------------------------


def _reviews(content: Content) -> list[str]:
    return [
        text
        for situation in Situation
        for text in (
            situational(content, "drafts.review.one", situation),
            *(
                situational(content, "drafts.review.many", situation, count=count)
                for count in (2, 3, 12)
            ),
        )
    ]


def _cutoff_reminders(content: Content) -> list[str]:
    # Any open item can be the first in the list, right under the reminder's opening.
    labels = [
        content.text(key)
        for key in sorted(content.keys())
        if key.startswith(("cutoff-items-", "cutoff-safety-items-"))
    ]
    lists = [[label] for label in labels] + [labels]
    return [
        situational(
            content,
            "cutoff.reminder",
            situation,
            items="\n".join(content.text("cutoff.reminder_item", item=item) for item in items),
        )
        for situation in Situation
        for items in lists
    ]


def _urge_checkbacks(content: Content) -> list[str]:
    return [
        situational(content, key, situation)
        for situation in Situation
        for key in ("urge.checkback", "urge.checkback_late")
    ]


def _hetexted_checkbacks(content: Content) -> list[str]:
    # As the flow puts it together: with the template when one is offered, and opened by
    # an apology when it comes late.
    on_time = [
        text
        for situation in Situation
        for text in (
            situational(content, "hetexted.checkback", situation),
            content.text(
                "hetexted.checkback_template",
                template=situational(content, "hetexted.template", situation),
            ),
        )
    ]
    return on_time + [f"{content.text('hetexted.late')}\n\n{text}" for text in on_time]


def _friend_notes(content: Content) -> list[str]:
    return [
        content.text("friend.alert", name="Ana"),  # to her friend
        content.text("friend.removed_friend"),
        content.text("friend.joined_her"),  # to her, when her friend acts
        content.text("friend.left_her"),
    ]


UNASKED = {
    "daily check-in, milestones, hard dates and hard hours": lambda c: every_ping(c.pings),
    "held-draft review": _reviews,
    "cut-off reminder": _cutoff_reminders,
    "urge check-back": _urge_checkbacks,
    "/hetexted check-back": _hetexted_checkbacks,
    "messages about her trusted friend": _friend_notes,
}
# Its words live in a file this change does not own; the fix is with the lead. Strict:
# once that file is fixed this passes, and the mark must go.
PENDING: dict[str, str] = {}


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return Content.load_all(default_content_dir())


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(kind, marks=pytest.mark.xfail(strict=True, reason=PENDING[kind]))
        if kind in PENDING
        else kind
        for kind in UNASKED
    ],
)
def test_no_unasked_message_names_him_where_a_lock_screen_shows_it(
    contents: dict[str, Content], locale: str, kind: str
) -> None:
    texts = UNASKED[kind](contents[locale])
    assert texts
    for text in texts:
        assert_discreet(text, locale)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_unasked_key_the_loader_checks_is_there(
    contents: dict[str, Content], locale: str
) -> None:
    for key in UNPROMPTED:
        assert contents[locale].has(key), key


def _copy_content(tmp_path: Path) -> Path:
    for locale in LOCALES:
        (tmp_path / locale).mkdir()
        for path in (default_content_dir() / locale).glob("*.*"):
            (tmp_path / locale / path.name).write_bytes(path.read_bytes())
    return tmp_path


def _edit(root: Path, file: str, line: str, new: str) -> None:
    """Replace the first line matching `line` (a pattern) with `new`, taken as it is."""
    path = root / file
    text, count = re.subn(
        line, lambda _: new, path.read_text(encoding="utf-8"), count=1, flags=re.M
    )
    assert count == 1, line
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "line", "new", "names"),
    [
        # The third line of an urge check-back, in English.
        (
            "en/messages.ftl",
            r"^urge-checkback = .*$",
            "urge-checkback =\n    Time's up.\n\n    How is it now?\n\n    Did you text him?",
            r"en/messages\.ftl: 'urge\.checkback'",
        ),
        # Spanish, in a check-in's support line: it sits right under the headline.
        (
            "es/pings.toml",
            r'^text = "Haz hoy una cosa pequeña.*"$',
            'text = "Haz hoy una cosa pequeña solo porque la disfrutas, no por él."',
            r"es/pings\.toml: line 'small-joy'",
        ),
        # A milestone's text, right under its title.
        (
            "en/pings.toml",
            r'^text = "Seven days ago.*"$',
            'text = "Seven days ago, blocking him may have looked impossible."',
            r"en/pings\.toml: milestone 7",
        ),
        # The note to her friend, in a situation's own wording.
        (
            "es/messages.ftl",
            r"^friend-alert = .*$",
            "friend-alert = { $situation ->\n"
            "    [abuse] { $name } necesita una llamada: su ex anda cerca.\n"
            "   *[other] { $name } agradecería que la llamaras ahora mismo.\n"
            "}",
            r"es/messages\.ftl: 'friend\.alert'",
        ),
        # A plural form is a wording of its own, checked like the others.
        (
            "en/messages.ftl",
            r"^urge-checkback-late = .*$",
            "urge-checkback-late = { $minutes ->\n"
            "    [one] A minute late, sorry.\n"
            "   *[other] Sorry. Did you text your ex?\n"
            "}",
            r"en/messages\.ftl: 'urge\.checkback_late'",
        ),
    ],
)
def test_an_unasked_text_that_would_give_her_away_stops_the_start(
    tmp_path: Path, file: str, line: str, new: str, names: str
) -> None:
    root = _copy_content(tmp_path)
    _edit(root, file, line, new)
    with pytest.raises(ContentError, match=rf"^{names}.*lock screen") as failure:
        Content.load(root, file.split("/")[0])
    assert "\n" not in str(failure.value)


# -- a day of them, over the real stack ------------------------------------------------------


async def _until(
    bot: Bot, clock: FakeClock, emulator: BotApiEmulator, end: datetime
) -> list[SentMessage]:
    """Everything her timers send up to `end`, each at the moment it falls due."""
    sent: list[SentMessage] = []
    while True:
        pending = [t.due_at for t in await bot.deps.repo.pending_timers(USER) if t.due_at <= end]
        if not pending:
            return sent
        emulator.drain(USER)
        clock.set(max(min(pending), clock.now()))
        await bot.deps.timers.sweep()
        sent += emulator.drain(USER)


async def _said(emulator: BotApiEmulator, text: str, locale: str, expect: str) -> SentMessage:
    emulator.send_text(USER, text, language_code=locale)
    return await emulator.wait_for(USER, expect)


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_day_of_what_arrives_unasked_gives_nothing_away(
    bot: Bot, clock: FakeClock, emulator: BotApiEmulator, locale: str
) -> None:
    content = bot.deps.locales.of(locale)
    text = content.text
    # Her check-in at 9 in Berlin, her last contact today (the 15th), and his birthday on
    # the 17th among her hard dates.
    await settled(bot, locale=locale)
    await bot.deps.repo.add_danger_day(USER, "birthday", 1, 17)
    profile = await bot.deps.profiles.get(USER)
    assert profile is not None
    await bot.deps.pings.refresh(profile)

    held = text("drafts.held", time="09:00")[:12]
    await _said(emulator, "/draft I miss you so much, please call me", locale, held)
    await _said(emulator, "/draft Why won't you answer?", locale, held)
    await _said(emulator, "/urge", locale, text("urge.ask_kind")[:12])
    emulator.press(USER, text("urge.kinds.text"))
    await emulator.wait_for(USER, text("urge.ask_trigger")[:12])
    emulator.press(USER, text("urge.triggers.lonely"))
    await emulator.wait_for(USER, text("urge.ask_intensity")[:12])
    emulator.press(USER, "7")
    await emulator.wait_for(USER, "21:")  # the wait, and the time (hers) it ends at
    assert await bot.deps.timers.next_due(USER, CHECKBACK_TIMER) is not None

    # The urge's check-back tonight, the review and the check-in tomorrow, the evening
    # before his birthday, and its morning.
    unasked = await _until(bot, clock, emulator, utc("Europe/Berlin", 2026, 1, 17, 12, 0))

    texts = [message.text for message in unasked]
    pings = content.pings
    expected = [
        situational(content, "urge.checkback", profile.situation),
        pings.danger_text(DangerKind.BIRTHDAY, DangerMoment.EVE),
        situational(content, "drafts.review.many", profile.situation, count=2),
        pings.danger_text(DangerKind.BIRTHDAY, DangerMoment.MORNING),
    ]
    for wanted in expected:
        assert wanted in texts, (wanted, texts)
    assert any(pings.milestone(1).title in t for t in texts), "day one's milestone, the check-in"
    assert texts.index(expected[2]) < next(
        i for i, t in enumerate(texts) if pings.milestone(1).title in t
    ), "the review comes before the check-in"
    for message in unasked:
        assert_discreet(message.text, locale)
    # Nothing of her drafts in any of it, beyond the preview too.
    assert not any("miss you" in t or "answer?" in t for t in texts)
