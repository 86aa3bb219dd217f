"""The safety lines themselves: the countries they cover, their numbers checked against
phonenumbers' emergency-number data, and the same facts in every language."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import phonenumbers
import pytest

from bot.content import Content, ContentError, default_content_dir

CONTENTS = Content.load_all(default_content_dir())
ENGLISH = CONTENTS["en"]

# Every country of the city buttons, every Spanish-speaking country, and the others the
# product promises. Where no number could be confirmed on an official page (GQ), the
# country is left out and she gets her local emergency number and the directory instead.
REQUIRED = {
    "US", "MX", "BR", "GB", "ES", "DE", "RU", "AE", "IN", "SG", "JP", "AU",
    "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI",
    "CR", "PA", "UY", "PR",
    "CA", "IE", "NZ", "FR", "IT",
}  # fmt: skip

# Emergency numbers newer than phonenumbers' data, each with why we trust it.
NEWER_THAN_PHONENUMBERS = {
    # Honduras' national 911 system replaced 199 (source in content/en/safety.toml).
    ("HN", "911"),
}


def test_every_promised_country_has_its_lines() -> None:
    missing = REQUIRED - set(ENGLISH.safety.countries)
    assert not missing, f"no lines for {sorted(missing)}"


@pytest.mark.parametrize("code", sorted(ENGLISH.safety.countries))
def test_every_emergency_number_is_an_emergency_number_there(code: str) -> None:
    emergency = ENGLISH.safety.countries[code].emergency
    if (code, emergency) in NEWER_THAN_PHONENUMBERS:
        return
    assert phonenumbers.is_emergency_number(emergency, code), (code, emergency)


def test_every_line_says_where_and_when_it_was_confirmed() -> None:
    for content in CONTENTS.values():
        for code, country in content.safety.countries.items():
            for line in (country.abuse, country.crisis):
                if line is None:
                    continue
                assert line.source.startswith(("https://", "http://")), (code, line)
                assert date(2026, 1, 1) <= line.checked <= date.today(), (code, line)


def test_no_line_names_a_country_of_its_own() -> None:
    # The bot names her country itself, in her language, above the lines.
    for code, country in ENGLISH.safety.countries.items():
        for line in (country.abuse, country.crisis):
            if line is not None:
                assert code not in line.reach.split(), (code, line.reach)


def test_every_language_lists_the_same_countries_numbers_and_sources() -> None:
    for content in CONTENTS.values():
        assert set(content.safety.countries) == set(ENGLISH.safety.countries)
        for code, country in content.safety.countries.items():
            ours = ENGLISH.safety.countries[code]
            assert (country.emergency, country.source) == (ours.emergency, ours.source)


def test_a_translated_line_with_a_wrong_digit_stops_the_start(tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(default_content_dir(), root)
    spanish = root / "es" / "safety.toml"
    text = spanish.read_text(encoding="utf-8")
    assert "0808 2000 247" in text
    spanish.write_text(text.replace("0808 2000 247", "0808 2000 248"), encoding="utf-8")
    with pytest.raises(ContentError, match="country 'GB'"):
        Content.load_all(root)
