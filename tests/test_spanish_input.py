"""What she types in Spanish is understood as well as what she types in English."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.core.model import Situation, Trigger, UrgeKind
from bot.core.timezones import parse_clock_time, parse_last_contact
from bot.features.onboarding.logic import parse_situation
from bot.features.pings.dates import parse_month_day
from bot.features.urge.logic import parse_intensity, parse_kind, parse_trigger
from tests.vocabulary import DATES, SITUATIONS, TIME, URGE

TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("escribirle", UrgeKind.TEXT),
        ("llamarlo", UrgeKind.TEXT),
        ("mirar su perfil", UrgeKind.CHECK),
        ("subir una historia", UrgeKind.POST),
        ("preguntar a sus amigos", UrgeKind.ASK_FRIENDS),
        ("contestar su mensaje", UrgeKind.REPLY),
        ("ir a su casa", UrgeKind.GO),
    ],
)
def test_urge_kinds_in_spanish(text: str, kind: UrgeKind) -> None:
    assert parse_kind(text, URGE) is kind


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("es de madrugada", Trigger.LATE_NIGHT),
        ("he bebido vino", Trigger.DRINKING),
        ("vi su historia", Trigger.SAW_POST),
        ("me siento sola", Trigger.LONELY),
        ("es su cumpleaños", Trigger.SPECIAL_DATE),
        ("me escribió", Trigger.HE_REACHED_OUT),
        ("otra cosa", Trigger.OTHER),
    ],
)
def test_triggers_in_spanish(text: str, trigger: Trigger) -> None:
    assert parse_trigger(text, URGE) is trigger


def test_strength_and_situation_in_spanish() -> None:
    assert parse_intensity("siete", URGE) == 7
    assert parse_situation("me engañó", SITUATIONS) is Situation.CHEATING
    assert parse_situation("era un maltratador", SITUATIONS) is Situation.ABUSE
    assert parse_situation("terminamos en buenos términos", SITUATIONS) is Situation.AMICABLE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoy", date(2026, 1, 15)),
        ("ayer", date(2026, 1, 14)),
        ("hace 3 días", date(2026, 1, 12)),
        ("hace dos semanas", date(2026, 1, 1)),
        ("un mes", date(2025, 12, 15)),
    ],
)
def test_last_contact_in_spanish(text: str, expected: date) -> None:
    assert parse_last_contact(text, TODAY, TIME) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 p. m.", time(21)),
        ("mediodía", time(12)),
        ("medianoche", time(0)),
        ("21h30", time(21, 30)),
    ],
)
def test_check_in_times_in_spanish(text: str, expected: time) -> None:
    assert parse_clock_time(text, TIME) == expected


def test_hard_dates_in_spanish() -> None:
    assert parse_month_day("14 de marzo", DATES) == (3, 14)
    assert parse_month_day("1 de diciembre", DATES) == (12, 1)
    assert parse_month_day("1º de setiembre", DATES) == (9, 1)
    assert parse_month_day("3 de sept.", DATES) == (9, 3)
