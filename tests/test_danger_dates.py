"""Typing the date of a hard day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.features.pings.dates import parse_month_day
from tests.vocabulary import DATES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 March", (3, 14)),
        ("march 14", (3, 14)),
        ("14th of March", (3, 14)),
        ("Mar 14th", (3, 14)),
        ("14.03", (3, 14)),
        ("14/03/1990", (3, 14)),
        ("1990-03-14", (3, 14)),
        ("29 Feb", (2, 29)),
        ("  1 december ", (12, 1)),
    ],
)
def test_dates_are_read_as_she_would_write_them(text: str, expected: tuple[int, int]) -> None:
    assert parse_month_day(text, DATES) == expected


@pytest.mark.parametrize("text", ["", "soon", "31 April", "30 Feb", "14.13", "his birthday"])
def test_what_is_not_a_date_is_asked_again(text: str) -> None:
    assert parse_month_day(text, DATES) is None


@given(st.text(max_size=60))
def test_any_text_gives_a_real_date_or_none(text: str) -> None:
    parsed = parse_month_day(text, DATES)
    assert parsed is None or (1 <= parsed[0] <= 12 and 1 <= parsed[1] <= 31)
