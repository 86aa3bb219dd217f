"""The bot's words: the real content loads and holds what the flows rely on, and a broken
content file stops the start with one line naming the file and the problem."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.content import (
    REASONS,
    Content,
    ContentError,
    DangerKind,
    DangerMoment,
    PingTexts,
    default_content_dir,
    reads_fine_on_lock_screen,
    schema,
    situational,
)
from bot.core.model import Situation, UrgeKind
from bot.core.timezones import is_known_zone, zone_from_text
from bot.features.pings import (
    DangerDay,
    RiskHour,
    daily_message,
    danger_message,
    holiday_danger_days,
    milestone_message,
    risk_message,
)

ROOT = default_content_dir()


@pytest.fixture(scope="module")
def content() -> Content:
    return Content.load(ROOT)


# -- the real content ---------------------------------------------------------------------


def test_every_reason_has_a_title_and_enough_cards(content: Content) -> None:
    for reason in REASONS:
        assert content.reason_title(reason).strip()
        assert sum(card.reason == reason for card in content.cards) >= 3
    assert len(content.cards) >= 24


def test_every_urge_kind_has_cards_written_for_it(content: Content) -> None:
    for kind in UrgeKind:
        assert any(card.kinds is not None and kind in card.kinds for card in content.cards)


def test_card_ids_are_unique_and_cards_read_as_a_few_sentences(content: Content) -> None:
    ids = [card.id for card in content.cards] + [closing.id for closing in content.closings]
    assert len(ids) == len(set(ids))
    for card in content.cards:
        sentences = card.text.count(". ") + 1
        assert 2 <= sentences <= 4, card.id
        assert content.card(card.id) == card
    assert content.card("no-such-card") is None


def test_closings_include_some_that_do_not_mention_him(content: Content) -> None:
    assert len(content.closings) >= 3
    assert sum(not closing.about_him for closing in content.closings) >= 2


def test_exercises_are_short_and_complete(content: Content) -> None:
    assert len(content.exercises) >= 4
    for exercise in content.exercises:
        assert exercise.title
        assert 2 <= exercise.minutes <= 5
        assert len(exercise.steps) >= 3
        assert all(0 < len(step) <= 160 for step in exercise.steps)
        assert content.exercise(exercise.id) == exercise


def test_zone_buttons_are_real_zones_she_can_also_type(content: Content) -> None:
    assert 10 <= len(content.cities) <= 16
    for city in content.cities:
        assert is_known_zone(city.zone)
        assert zone_from_text(city.label, content.cities) == city.zone


def test_the_united_states_lines_call_and_text(content: Content) -> None:
    us = content.country_lines("US")
    assert us is not None and us.abuse is not None and us.crisis is not None
    assert us.emergency == "911"
    assert "800-799-7233" in us.abuse.reach and "88788" in us.abuse.reach
    assert "988" in us.crisis.reach
    assert content.country_lines("ZZ") is None and content.country_lines(None) is None


@pytest.mark.parametrize(
    ("country", "number", "emergency"),
    [
        ("GB", "0808 2000 247", "999"),
        ("AU", "1800 737 732", "000"),
        ("DE", "116 016", "110"),
        ("ES", "016", "112"),
        ("IE", "1800 341 900", "112"),
        ("NZ", "0800 733 843", "111"),
    ],
)
def test_each_country_has_its_own_lines(
    content: Content, country: str, number: str, emergency: str
) -> None:
    lines = content.country_lines(country)
    assert lines is not None and lines.abuse is not None
    assert number in lines.abuse.reach
    assert lines.emergency == emergency
    assert "800-799-7233" not in lines.abuse.reach


def test_messages_load_and_fill_their_placeholders(content: Content) -> None:
    keys = content.keys()
    assert keys
    for key in keys:
        fields = dict.fromkeys(content.fields(key), "1")
        for situation in Situation:
            assert content.messages.text(key, situation, **fields).strip(), key


# -- the text API, on a small locale of our own ---------------------------------------------

MESSAGES = """
urge-ask-kind = What is pulling at you?
urge-checkback = It's been { $minutes } minutes. How are you now?
urge-braces = Use {"{"}curly{"}"} braces for { $name }
urge-pause = { $days ->
    [one] Pause for a day
   *[other] Pause for { $days } days
}
urge-held = { $situation ->
    [abuse] You held on, and you kept yourself safe.
    [amicable] You held on, and you gave yourself room.
   *[other] You held on.
}
"""


# The structured files every locale has; the texts are the .ftl files.
STRUCTURED = {
    "cards.toml", "grounding.toml", "safety.toml", "zones.toml", "pings.toml", "alarm.toml",
    "words.toml", "checklist.toml",
}  # fmt: skip


def copy_structured_content(target: Path) -> Path:
    """The real English cards, exercises, safety lines, zones and pings, and no text files."""
    shutil.copytree(ROOT / "en", target / "en")
    for path in (target / "en").iterdir():
        if path.name not in STRUCTURED:
            path.unlink()
    return target


@pytest.fixture
def locale(tmp_path: Path) -> Path:
    """A copy of the real English content with a messages file we control."""
    copy_structured_content(tmp_path)
    (tmp_path / "en" / "messages.ftl").write_text(MESSAGES, encoding="utf-8")
    return tmp_path


def test_text_fills_named_fields(locale: Path) -> None:
    content = Content.load(locale)
    assert content.text("urge.ask_kind") == "What is pulling at you?"
    assert content.text("urge.checkback", minutes=10) == "It's been 10 minutes. How are you now?"
    assert content.text("urge.braces", name="x") == "Use {curly} braces for x"
    assert content.has("urge.ask_kind")
    assert not content.has("urge")
    assert content.fields("urge.checkback") == {"minutes"}
    assert content.keys() == {
        "urge-ask-kind", "urge-checkback", "urge-braces", "urge-pause", "urge-held"
    }  # fmt: skip


def test_a_count_takes_the_plural_form_of_the_language(locale: Path) -> None:
    content = Content.load(locale)
    assert content.text("urge.pause", days=1) == "Pause for a day"
    assert [content.text("urge.pause", days=days) for days in (0, 2, 21)] == [
        "Pause for 0 days",
        "Pause for 2 days",
        "Pause for 21 days",
    ]
    # A year or a count in the thousands is written as a number, not "2,026".
    assert content.text("urge.pause", days=2026) == "Pause for 2026 days"


def test_her_situation_picks_its_wording_and_unsaid_reads_the_careful_one(locale: Path) -> None:
    content = Content.load(locale)
    safe = "You held on, and you kept yourself safe."
    assert situational(content, "urge.held", Situation.ABUSE) == safe
    assert situational(content, "urge.held", Situation.UNSAID) == safe
    assert situational(content, "urge.held", Situation.AMICABLE).endswith("gave yourself room.")
    assert situational(content, "urge.held", Situation.CHEATING) == "You held on."
    assert content.text("urge.held") == "You held on."
    assert content.fields("urge.held") == frozenset()


def test_asking_for_a_missing_key_or_field_names_it(locale: Path) -> None:
    content = Content.load(locale)
    with pytest.raises(ContentError, match=r"urge\.nope"):
        content.text("urge.nope")
    with pytest.raises(ContentError, match=r"urge\.checkback.*minutes"):
        content.text("urge.checkback")


def test_loads_without_a_messages_file(tmp_path: Path) -> None:
    content = Content.load(copy_structured_content(tmp_path))
    assert content.keys() == set()
    assert len(content.cards) >= 24


def test_an_unknown_locale_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="xx"):
        Content.load(tmp_path, "xx")


# -- broken content -----------------------------------------------------------------------

Edit = Callable[[str], str]


def _replace(old: str, new: str) -> Edit:
    def edit(text: str) -> str:
        assert old in text, f"test setup: {old!r} not in file"
        return text.replace(old, new, 1)

    return edit


def _append(extra: str) -> Edit:
    return lambda text: text + extra


def _cards_of_reason_dropped(reason: int, keep: int) -> Edit:
    """Remove all but `keep` cards of a reason (not the last reason: closings follow it)."""

    def edit(text: str) -> str:
        head, *cards = text.split("[[card]]")
        of_reason = [card for card in cards if f"reason = {reason}\n" in card]
        dropped = of_reason[keep:]
        return "[[card]]".join([head, *(card for card in cards if card not in dropped)])

    return edit


@pytest.mark.parametrize(
    ("file", "edit", "expected"),
    [
        (
            "cards.toml",
            _replace('id = "absence-text"', 'id = "absence-text"\nkind = ["text"]'),
            "'kind'",
        ),
        ("cards.toml", _replace('kinds = ["check"]', 'kinds = ["stalk"]'), "'stalk'"),
        ("cards.toml", _replace('kinds = ["text"]', 'kinds = ["any", "text"]'), "stand alone"),
        ("cards.toml", _replace("reason = 6\n", "reason = 7\n"), "'reason'"),
        (
            "cards.toml",
            _replace(
                'id = "power-go"\nreason = 5\nkinds = ["go"]\ntext',
                'id = "power-go"\nreason = 5\nkinds = ["go"]\nwords',
            ),
            "'text'",
        ),
        ("cards.toml", _replace('id = "peace-go"', 'id = "peace-check"'), "peace-check"),
        ("cards.toml", _replace('id = "peace-go"', 'id = "Peace Go"'), "Peace Go"),
        (
            "cards.toml",
            _replace("Let this one stay unsent.", "Let {this} stay unsent."),
            "placeholders",
        ),
        (
            "cards.toml",
            _replace('[reasons.6]\ntitle = "You, getting on with your life"', ""),
            "reason 6",
        ),
        ("cards.toml", _cards_of_reason_dropped(3, keep=2), "reason 3 has 2 cards"),
        ("cards.toml", _replace("\nabout_him = true", "\nabout_him = 1"), "'about_him'"),
        ("cards.toml", _replace("[[closing]]", "[[closings]]"), "'closings'"),
        ("grounding.toml", _replace("minutes = 3", "minutes = 20"), "'minutes'"),
        ("grounding.toml", _replace('id = "walk"', 'id = "walk"\nduration = 5'), "'duration'"),
        ("grounding.toml", _replace("steps = [", "steps = [\n    12,"), "'steps'"),
        ("safety.toml", _replace('emergency = "999"', 'emergency = "nine"'), "'nine'"),
        ("safety.toml", _replace("checked = 2026-12-03", 'checked = "today"'), "'checked'"),
        ("safety.toml", _replace('reach = "call 116 016', 'reach = "call us'), "'reach'"),
        ("safety.toml", _replace("[country.ES]", "[country.Spain]"), "Spain"),
        ("zones.toml", _replace('zone = "Asia/Tokyo"', 'zone = "Asia/Tokio"'), "Asia/Tokio"),
        ("zones.toml", _replace('label = "Tokyo"', 'label = "London"'), "London"),
        ("zones.toml", _replace('zone = "Asia/Tokyo"', "zone = 9"), "'zone'"),
        ("cards.toml", _append("\n[[card]\n"), "not valid TOML"),
        # Fluent's own syntax errors name the file and its line.
        ("messages.ftl", _append("\nx-late = In { $minuts minutes\n"), "messages.ftl:"),
        ("messages.ftl", _append("\nx-late = In { minutes } minutes\n"), "no message 'minutes'"),
        ("messages.ftl", _append("\nx-late = { -brand } is here\n"), "no term '-brand'"),
        ("messages.ftl", _append("\nx-late =\n"), "messages.ftl:"),
        ("messages.ftl", _append("\nx-late = { $n ->\n [one] a day\n}\n"), "messages.ftl:"),
        ("extra.ftl", _append("urge-ask-kind = Twice\n"), "urge-ask-kind: already defined"),
        ("extra.toml", _append('[urge]\nask_kind = "Twice"\n'), "not a content file"),
        ("checklist.toml", _replace("order = [", "order = [\n    12,"), "'order'"),
        ("checklist.toml", _replace("\n[how]\n", "\n[hows]\n"), "'hows'"),
        ("pings.toml", _replace("days = 14\n", "days = 7\n"), "must grow"),
        ("pings.toml", _replace("days = 1\n", "days = 0\n"), "'days'"),
        (
            "pings.toml",
            _replace('title = "A whole week."', 'title = "A week without texting him."'),
            "lock screen",
        ),
        (
            "pings.toml",
            _replace('label = "Christmas"', 'label = "Christmas, his way"'),
            "lock screen",
        ),
        (
            "pings.toml",
            _replace('eve = """Tomorrow is {holiday}.', 'eve = """His {holiday} tomorrow.'),
            "lock screen",
        ),
        ("pings.toml", _replace('"Day {days}. You\'re doing this."', '"Day {dayz}."'), "{dayz}"),
        ("pings.toml", _replace('first_day = "A fresh', 'first_day = "Day {days}. A fresh'), "{"),
        ("pings.toml", _replace("{day} {hour} have been", "{day} has been"), "{hour}"),
        ("pings.toml", _replace('day = "{weekdays}"', 'day = "{weekdayz}"'), "{weekday"),
        ("pings.toml", _replace("month = 2\nday = 14", "month = 2\nday = 30"), "2/30"),
        ("pings.toml", _replace("[danger.custom]", "[danger.wedding]"), "wedding"),
        ("pings.toml", _replace("[danger.custom]\neve", "[danger.custom]\nevening"), "eve"),
        ("pings.toml", _replace("from_day = 14\n", "from_day = 14\nuntil_day = 13\n"), "until_day"),
        ("pings.toml", _replace('id = "waves"', 'id = "small-joy"'), "small-joy"),
    ],
)
def test_broken_content_fails_naming_file_and_problem(
    locale: Path, file: str, edit: Edit, expected: str
) -> None:
    path = locale / "en" / file
    path.write_text(edit(path.read_text(encoding="utf-8") if path.exists() else ""), "utf-8")
    with pytest.raises(ContentError) as failure:
        Content.load(locale)
    message = str(failure.value)
    assert f"en/{file}" in message
    assert expected in message
    assert "\n" not in message


# Each structured file has a schema that refuses a key it does not know, so a misspelt one
# cannot pass silently, and tells the key it was probably meant to be.
@pytest.mark.parametrize(
    ("file", "edit", "expected"),
    [
        (
            "cards.toml",
            _replace('kinds = ["text"]', 'kind = ["text"]'),
            "card 'absence-text': unknown key 'kind', and missing key 'kinds'",
        ),
        (
            "grounding.toml",
            _replace("minutes = 3", "minute = 3"),
            "exercise 'senses': unknown key 'minute', and missing key 'minutes'",
        ),
        (
            "safety.toml",
            _replace("[directory]\nname =", "[directory]\nnmae ="),
            "directory: unknown key 'nmae', and missing key 'name'",
        ),
        (
            "zones.toml",
            _replace('label = "Tokyo"', 'lable = "Tokyo"'),
            "city #14: unknown key 'lable', and missing key 'label'",
        ),
        (
            "pings.toml",
            _replace("[[milestone]]\ndays = 7", "[[milestone]]\nday = 7"),
            "milestone #4: unknown key 'day', and missing key 'days'",
        ),
        (
            "alarm.toml",
            _replace("negations = [", "negation = ["),
            "unknown key 'negation', and missing key 'negations'",
        ),
    ],
)
def test_a_misspelt_key_in_a_structured_file_is_refused(
    locale: Path, file: str, edit: Edit, expected: str
) -> None:
    path = locale / "en" / file
    path.write_text(edit(path.read_text(encoding="utf-8")), "utf-8")
    with pytest.raises(ContentError) as failure:
        Content.load(locale)
    assert str(failure.value) == f"en/{file}: {expected}"


# A value of the wrong kind names the entry and the key, in the file's own words, not as
# pydantic's report.
@pytest.mark.parametrize(
    ("file", "edit", "expected"),
    [
        (
            "cards.toml",
            _replace("reason = 6\n", 'reason = "6"\n'),
            "card 'strong-post': 'reason' must be a whole number",
        ),
        (
            "grounding.toml",
            _replace("steps = [", "steps = [\n    12,"),
            "exercise 'senses': 'steps' item 1 must be text",
        ),
        (
            "safety.toml",
            _replace('emergency = "999"', "emergency = 999"),
            "country.AE: 'emergency' must be text",
        ),
        (
            "safety.toml",
            _replace('/ver/64"\nchecked = 2026-12-03', '/ver/64"\nchecked = "2026-12-03"'),
            "country.AR.abuse: 'checked' must be a date like 2026-12-03",
        ),
        (
            "zones.toml",
            _replace('zone = "Asia/Tokyo"', "zone = 9"),
            "city 'Tokyo': 'zone' must be text",
        ),
        (
            "pings.toml",
            _replace('other = "around {time}"', 'other = ["around {time}"]'),
            "risk.hour: 'other' must be text",
        ),
        (
            "pings.toml",
            _replace("month = 12\nday = 24", 'month = "12"\nday = 24'),
            "holiday 'christmas-eve': 'month' must be a whole number",
        ),
        ("alarm.toml", _replace("danger = [", "danger = [1, "), "'danger' item 1 must be text"),
    ],
)
def test_a_value_of_the_wrong_kind_names_its_place(
    locale: Path, file: str, edit: Edit, expected: str
) -> None:
    path = locale / "en" / file
    path.write_text(edit(path.read_text(encoding="utf-8")), "utf-8")
    with pytest.raises(ContentError) as failure:
        Content.load(locale)
    assert str(failure.value) == f"en/{file}: {expected}"


def test_a_folder_named_with_its_region_gets_its_cldr_words() -> None:
    # A folder like pt-BR is CLDR's pt_BR for the nudge's weekday and hour.
    data = schema.read_toml(ROOT / "en" / "pings.toml", "pt-BR/pings.toml")
    reading = schema.Reading("pt-BR", giveaway=lambda text: None)
    pings = schema.read_model(schema.PingsFile, data, "pt-BR/pings.toml", reading).texts("pt-BR")
    assert pings.language == "pt_BR"
    day, hour = pings.risk_words(4, 23)
    assert day.startswith("sexta-feira") and hour == "around 11 da noite"


def test_a_missing_required_file_is_named(locale: Path) -> None:
    (locale / "en" / "grounding.toml").unlink()
    with pytest.raises(ContentError, match=r"en/grounding\.toml"):
        Content.load(locale)


def test_every_kind_has_a_card_about_her_own_peace_or_power(content: Content) -> None:
    # The abuse path only shows reasons 4 and 5 (see tests/test_urge_logic.py), so each
    # kind of urge needs one of those or she would get no card at all.
    for kind in UrgeKind:
        assert any(card.reason in {4, 5} and card.fits(kind) for card in content.cards), kind


def test_a_missing_pings_file_is_named(locale: Path) -> None:
    (locale / "en" / "pings.toml").unlink()
    with pytest.raises(ContentError, match=r"en/pings\.toml"):
        Content.load(locale)


def test_every_streak_length_needs_a_week_of_support_lines(
    locale: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema, "MIN_LINES_PER_DAY", 40)
    with pytest.raises(ContentError, match=r"en/pings\.toml: .* fit day 0, needs at least 40"):
        Content.load(locale)


# -- pings on a lock screen ---------------------------------------------------------------

# Written out apart from the loader's own list, so that each keeps the other honest.
GIVEAWAYS = frozenset(
    {"he", "him", "his", "ex", "text", "texts", "texting", "texted", "block", "blocked",
     "unblock", "breakup", "contact", "boyfriend"}
)  # fmt: skip


def every_ping(pings: PingTexts) -> list[str]:
    """Every message the pings feature can send, filled in as she would get it."""
    texts = [
        daily_message(pings, days, line)
        for days in (0, 1, 2, 5, 13, 14, 100, 400)
        for line in pings.lines
        if line.fits(days)
    ]
    for days in pings.milestone_days:
        texts += [milestone_message(pings, days, days), milestone_message(pings, days, days + 3)]
    own_dates = [DangerDay(kind, 3, 14) for kind in DangerKind if kind is not DangerKind.HOLIDAY]
    for day in [*own_dates, *holiday_danger_days(pings.holidays)]:
        texts += [danger_message(pings, day, moment) for moment in DangerMoment]
    texts += [
        risk_message(pings, RiskHour(weekday, hour)) for weekday in range(7) for hour in range(24)
    ]
    return texts


def test_every_pings_first_line_gives_nothing_away(content: Content) -> None:
    texts = every_ping(content.pings)
    assert len(texts) > 300
    for text in texts:
        first_line = text.split("\n", 1)[0]
        assert first_line.strip(), text
        assert not GIVEAWAYS & set(re.findall(r"[a-z]+", first_line.lower())), first_line
        assert not re.search(r"break.?up", first_line, re.IGNORECASE), first_line
        assert reads_fine_on_lock_screen(text), first_line


def test_the_lock_screen_rule_reads_the_whole_preview() -> None:
    for giveaway in (
        "Don't text him!",
        "Still blocked?",
        "His birthday is tomorrow.",
        "Day 12 since the break-up.",
        "Day 12 of no contact.",
        "Your ex can wait.",
    ):
        assert not reads_fine_on_lock_screen(giveaway), giveaway
    # A preview shows about three lines: a giveaway on the second is as bad as on the first.
    assert not reads_fine_on_lock_screen("Day 12. You're doing this.\n\nHe doesn't get a reply.")
    assert reads_fine_on_lock_screen(
        "Day 12. You're doing this, one evening at a time, and it counts.\n"
        "The evening is yours: tea, a film, an early night, a long call.\n"
        "Nothing to prove to anyone tonight, nothing to explain.\n\nHe doesn't get a reply."
    )
    # Words that merely contain a giveaway are fine.
    assert reads_fine_on_lock_screen("The evening is there for you; she who waits, wins. Next!")


def test_pings_hold_what_the_scheduler_relies_on(content: Content) -> None:
    pings = content.pings
    assert pings.milestone_days == tuple(sorted(set(pings.milestone_days)))
    assert {(kind, moment) for kind in DangerKind for moment in DangerMoment} == set(pings.danger)
    assert len(pings.weekdays) == 7
    assert len(pings.hours) == 24
    assert {"valentines-day", "christmas", "new-years-eve"} <= {h.id for h in pings.holidays}
    assert all(pings.line(line.id) == line for line in pings.lines)
    assert pings.line("no-such-line") is None
