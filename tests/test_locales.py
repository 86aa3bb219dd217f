"""Every locale says the same things: the same keys, placeholders, ids and numbers as the
English content, only in its own words. A locale that lacks a key, or has one English does
not, stops the start with a message naming the locale, the file and the key."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.content import (
    Content,
    ContentError,
    check_locales_match,
    default_content_dir,
    reads_fine_on_lock_screen,
)
from bot.core.model import Situation
from bot.core.timezones import zone_from_text
from bot.features.insights.handlers import chart_labels
from tests.test_content import Edit, every_ping
from tests.test_content import _replace as replacing

ROOT = default_content_dir()
LOCALES = ("en", "es")


@pytest.fixture(scope="module")
def contents() -> dict[str, Content]:
    return Content.load_all(ROOT)


@pytest.fixture(scope="module")
def en(contents: dict[str, Content]) -> Content:
    return contents["en"]


@pytest.fixture(scope="module")
def es(contents: dict[str, Content]) -> Content:
    return contents["es"]


# -- the real content ---------------------------------------------------------------------


def test_every_locale_loads_and_matches_english(contents: dict[str, Content]) -> None:
    assert set(LOCALES) <= set(contents)
    for locale, content in contents.items():
        assert content.locale == locale
        check_locales_match(contents["en"], content)


def test_spanish_has_every_english_key_and_no_other(en: Content, es: Content) -> None:
    assert es.keys() - en.keys() == set()
    assert en.keys() - es.keys() == set()


def test_every_message_reads_the_same_fields_and_situations(en: Content, es: Content) -> None:
    for key in sorted(en.keys()):
        ours, theirs = en.messages.facts(key), es.messages.facts(key)
        assert theirs.variables == ours.variables, key
        assert theirs.situations == ours.situations, key
        fields = dict.fromkeys(es.fields(key), "1")
        assert all(es.messages.text(key, s, **fields).strip() for s in Situation), key


def test_every_spanish_message_lives_in_the_same_file(en: Content, es: Content) -> None:
    for key in sorted(en.keys()):
        assert es.messages.facts(key).file == en.messages.facts(key).file, key


# Texts that read the same in every language: ids, and the names of apps.
SAME_IN_EVERY_LANGUAGE = frozenset(
    {f"cutoff-items-{app}" for app in (
        "whatsapp", "telegram", "signal", "imessage", "instagram", "facebook", "tiktok",
        "snapchat", "x",
    )}
)  # fmt: skip


def test_spanish_is_translated(en: Content, es: Content) -> None:
    # Besides those, only texts without words, like a pair of placeholders, may match.
    def wordings(content: Content, key: str) -> tuple[str, ...]:
        return content.messages.facts(key).wordings

    def has_words(key: str) -> bool:
        return re.search(r"[a-z]{3}", " ".join(wordings(en, key))) is not None

    untranslated = [
        key
        for key in sorted(en.keys())
        if wordings(es, key) == wordings(en, key)
        and has_words(key)
        and key not in SAME_IN_EVERY_LANGUAGE
    ]
    assert untranslated == []
    assert es.text("keyboard.urge") == "Quiero escribirle"
    for card in es.cards:
        english = en.card(card.id)
        assert english is not None
        assert card.text != english.text, card.id


def test_spanish_structure_is_the_english_one(en: Content, es: Content) -> None:
    assert [card.id for card in es.cards] == [card.id for card in en.cards]
    assert [(card.reason, card.kinds) for card in es.cards] == [
        (card.reason, card.kinds) for card in en.cards
    ]
    assert [(c.id, c.about_him) for c in es.closings] == [(c.id, c.about_him) for c in en.closings]
    assert [(e.id, e.minutes) for e in es.exercises] == [(e.id, e.minutes) for e in en.exercises]
    assert [city.zone for city in es.cities] == [city.zone for city in en.cities]
    assert es.pings.milestone_days == en.pings.milestone_days
    assert [(h.id, h.month, h.day) for h in es.pings.holidays] == [
        (h.id, h.month, h.day) for h in en.pings.holidays
    ]
    assert [(line.id, line.from_day, line.until_day) for line in es.pings.lines] == [
        (line.id, line.from_day, line.until_day) for line in en.pings.lines
    ]
    assert set(es.pings.danger) == set(en.pings.danger)


def _digits(lines: tuple[str, ...]) -> list[str]:
    return sorted(re.sub(r"\D", "", n) for line in lines for n in re.findall(r"\d[\d -]*", line))


def test_spanish_support_lines_dial_the_same_numbers(en: Content, es: Content) -> None:
    assert set(es.safety.countries) == set(en.safety.countries)
    for code, ours in en.safety.countries.items():
        theirs = es.safety.countries[code]
        assert theirs.emergency == ours.emergency
        for line, their_line in ((ours.abuse, theirs.abuse), (ours.crisis, theirs.crisis)):
            assert (line is None) == (their_line is None), code
            if line is not None and their_line is not None:
                assert _digits((their_line.reach,)) == _digits((line.reach,)), code
    us = es.country_lines("US")
    assert us is not None and us.abuse is not None
    assert "National Domestic Violence Hotline" in us.abuse.name  # the name she would search for
    assert "800-799-7233" in us.abuse.reach
    spain = es.country_lines("ES")
    assert spain is not None and spain.abuse is not None and "016" in spain.abuse.reach


def test_spanish_zone_buttons_can_be_typed(es: Content) -> None:
    for city in es.cities:
        assert zone_from_text(city.label, es.cities) == city.zone
    assert zone_from_text("Nueva York", es.cities) == "America/New_York"


def test_spanish_chart_labels_fit_the_charts(es: Content) -> None:
    labels = chart_labels(es)
    assert len(labels.weekdays) == 7 and len(labels.months) == 12 and len(labels.hour_marks) == 8


# -- the lock screen, in Spanish --------------------------------------------------------------

# Written out apart from the loader's own list, so that each keeps the other honest.
GIVEAWAYS_ES = frozenset(
    {"él", "le", "lo", "su", "sus", "ex", "novio", "exnovio", "pareja", "mensaje",
     "mensajes", "escribir", "escribirle", "escribiste", "bloquear", "bloqueado",
     "desbloquear", "contacto", "ruptura", "rompimos", "whatsapp"}
)  # fmt: skip


def test_every_spanish_pings_first_line_gives_nothing_away(es: Content) -> None:
    texts = every_ping(es.pings)
    assert len(texts) > 300
    for text in texts:
        first_line = text.split("\n", 1)[0]
        assert first_line.strip(), text
        assert not GIVEAWAYS_ES & set(re.findall(r"\w+", first_line.lower())), first_line
        assert reads_fine_on_lock_screen(text, "es"), first_line


def test_the_spanish_lock_screen_words() -> None:
    for giveaway in (
        "No le escribas.",
        "¿Sigue bloqueado?",
        "Su cumpleaños es mañana.",
        "Día 12 sin contacto.",
        "Día 12 desde la ruptura.",
        "Tu ex puede esperar.",
        "Él no merece tu noche.",
        "Lo echas de menos.",
        "¿Le mandaste un mensaje?",
        "Tu exnovio publicó algo.",
    ):
        assert not reads_fine_on_lock_screen(giveaway, "es"), giveaway
        assert not reads_fine_on_lock_screen(giveaway), giveaway  # no locale: every list
    # The preview counts, not the lines below it; words that merely contain one are fine.
    assert not reads_fine_on_lock_screen("Día 12. Vas muy bien.\n\nÉl no recibe respuesta.", "es")
    assert reads_fine_on_lock_screen(
        "Día 12. Vas muy bien, una noche cada vez, y cada una cuenta.\n"
        "La tarde es tuya: un té, una película, acostarse pronto, un paseo.\n"
        "Nada que demostrar a nadie esta noche.\n\nÉl no recibe respuesta.",
        "es",
    )
    assert reads_fine_on_lock_screen("El día es tuyo. Exhala despacio, Lucía, sube el volumen.")
    # Each language's words apply to its own locale: in Spanish "he" means "I have".
    assert reads_fine_on_lock_screen("He guardado tu día.", "es")
    assert not reads_fine_on_lock_screen("He guardado tu día.", "en")
    assert not reads_fine_on_lock_screen("He guardado tu día.")


# -- a locale that does not match -------------------------------------------------------------


def _drop_line(start: str) -> Edit:
    def edit(text: str) -> str:
        lines = text.split("\n")
        matching = [line for line in lines if line.startswith(start)]
        assert len(matching) == 1, f"test setup: {start!r} starts {len(matching)} lines"
        return "\n".join(line for line in lines if not line.startswith(start))

    return edit


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the real content, every locale, to break one thing in."""
    shutil.copytree(ROOT, tmp_path / "content")
    return tmp_path / "content"


def _edit(root: Path, file: str, edit: Edit) -> None:
    path = root / file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_the_copy_matches_before_it_is_broken(copied: Path) -> None:
    assert set(LOCALES) <= set(Content.load_all(copied))


def test_a_key_missing_from_spanish_is_named(copied: Path) -> None:
    _edit(copied, "es/messages.ftl", _drop_line("urge-ask-trigger = "))
    with pytest.raises(ContentError) as failure:
        Content.load_all(copied)
    message = str(failure.value)
    assert "es/messages.ftl" in message
    assert "'urge-ask-trigger'" in message
    assert "missing" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("file", "edit", "expected"),
    [
        (
            "es/messages.ftl",
            replacing("## urge\n", "## urge\nurge-new-thing = Hola\n"),
            "urge-new-thing",
        ),
        (
            "en/messages.ftl",
            replacing("## urge\n", "## urge\nurge-new-thing = Hi\n"),
            "urge-new-thing",
        ),
        (
            "es/messages.ftl",
            replacing("Llama a { $name } ahora", "Llama a { $nombre } ahora"),
            "{ $nombre }",
        ),
        (
            "es/cutoff.ftl",
            replacing("[abuse] Tu lista de seguridad", "[amicable] Tu lista de seguridad"),
            "amicable",
        ),
        ("es/checklist.toml", replacing('    "x",\n', ""), "order"),
        ("es/checklist.toml", replacing('x = ["', 'x = ["X | https://x.com/", "'), "how.x"),
        ("es/cards.toml", replacing('id = "peace-go"', 'id = "paz-ir"'), "peace-go"),
        ("es/cards.toml", replacing('kinds = ["post"]', 'kinds = ["check"]'), "absence-post"),
        ("es/cards.toml", replacing("\nabout_him = true", ""), "closing-answer"),
        ("es/grounding.toml", replacing("minutes = 5", "minutes = 4"), "walk"),
        ("es/safety.toml", replacing("800-799-7233", "800-799-7234"), "8007997234"),
        ("es/safety.toml", replacing("[country.DE.crisis]", "[country.DE.crisis_line]"), "DE"),
        ("es/pings.toml", replacing("days = 45\n", "days = 40\n"), "45"),
        ("es/pings.toml", replacing('id = "christmas-eve"', 'id = "nochebuena"'), "christmas-eve"),
        ("es/pings.toml", replacing("month = 12\nday = 31", "month = 1\nday = 1"), "new-years-eve"),
        ("es/pings.toml", replacing('id = "calm-nearby"', 'id = "calma"'), "calm-nearby"),
        ("es/pings.toml", replacing('id = "waves"\nuntil_day = 13', 'id = "waves"'), "waves"),
    ],
)
def test_a_spanish_file_that_differs_from_english_fails_naming_it(
    copied: Path, file: str, edit: Edit, expected: str
) -> None:
    _edit(copied, file, edit)
    with pytest.raises(ContentError) as failure:
        Content.load_all(copied)
    message = str(failure.value)
    assert message.startswith("es/"), message
    assert expected in message, message
    assert "\n" not in message


def test_a_missing_spanish_file_is_named(copied: Path) -> None:
    (copied / "es" / "grounding.toml").unlink()
    with pytest.raises(ContentError, match=r"es/grounding\.toml"):
        Content.load_all(copied)


def test_a_missing_spanish_text_file_names_its_first_key(copied: Path) -> None:
    (copied / "es" / "insights.ftl").unlink()
    with pytest.raises(ContentError, match=r"^es/insights\.ftl: missing message 'insights-"):
        Content.load_all(copied)


def test_a_lock_screen_slip_in_spanish_fails_at_load(copied: Path) -> None:
    _edit(
        copied,
        "es/pings.toml",
        replacing('title = "Una semana entera."', 'title = "Una semana sin escribirle."'),
    )
    with pytest.raises(ContentError, match=r"es/pings\.toml: .*lock screen"):
        Content.load(copied, "es")


def test_without_the_reference_locale_load_all_fails(copied: Path) -> None:
    shutil.rmtree(copied / "en")
    with pytest.raises(ContentError, match="'en'"):
        Content.load_all(copied)


def test_locales_are_compared_directly(en: Content, es: Content) -> None:
    check_locales_match(en, es)
    check_locales_match(es, en)  # the check is symmetric: either one can be the reference
    check_locales_match(en, en)
