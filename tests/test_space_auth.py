"""Mini App init data, checked as Telegram specifies: Telegram's published example passes,
and forged, stale, other-bot and user-less init data are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import pytest

from bot.features.space import auth

# The published example of Telegram-Mini-Apps' init-data-golang (README and
# validate_test.go), signed by Telegram for that project's demo bot: a public test vector,
# not a credential. It carries the newer Ed25519 `signature` field, which belongs in the
# data-check-string like any other field but `hash`.
PUBLISHED_TOKEN = "7342037359:AAHI25ES9xCOMPokpYoz-p8XVrZUdygo2J4"
PUBLISHED_INIT_DATA = (
    "user=%7B%22id%22%3A279058397%2C%22first_name%22%3A%22Vladislav%20%2B%20-%20%3F%20%5C%2F%22"
    "%2C%22last_name%22%3A%22Kibenko%22%2C%22username%22%3A%22vdkfrost%22%2C%22language_code"
    "%22%3A%22ru%22%2C%22is_premium%22%3Atrue%2C%22allows_write_to_pm%22%3Atrue%2C%22photo_url"
    "%22%3A%22https%3A%5C%2F%5C%2Ft.me%5C%2Fi%5C%2Fuserpic%5C%2F320%5C%2F4FPEE4tmP3ATHa57u6MqTD"
    "ih13LTOiMoKoLDRG4PnSA.svg%22%7D&chat_instance=8134722200314281151&chat_type=private"
    "&auth_date=1733509682&signature=TYJxVcisqbWjtodPepiJ6ghziUL94-KNpG8Pau-X7oNNLNBM72APCpi_RKi"
    "UlBvcqo5L-LAxIc3dnTzcZX_PDg&hash=a433d8f9847bd6addcc563bff7cc82c89e97ea0d90c11fe5729cae679"
    "6a36d73"
)
SIGNED_AT = datetime.fromtimestamp(1733509682, UTC)
TOKEN = "123456789:TEST-token-never-in-logs"
NOW = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


def test_telegrams_published_example_is_her() -> None:
    init = auth.validate(PUBLISHED_INIT_DATA, PUBLISHED_TOKEN, now=SIGNED_AT + timedelta(minutes=1))

    assert init.user_id == 279058397
    assert init.language_code == "ru"
    assert init.auth_date == SIGNED_AT


def test_the_data_check_string_is_the_sorted_fields_without_the_hash() -> None:
    fields = dict(parse_qsl(PUBLISHED_INIT_DATA))
    lines = auth.data_check_string(fields).split("\n")

    assert [line.split("=", 1)[0] for line in lines] == [
        "auth_date",
        "chat_instance",
        "chat_type",
        "signature",
        "user",
    ]
    assert auth.signature(fields, PUBLISHED_TOKEN) == fields["hash"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("user", '{"id":1001,"first_name":"Vladislav"}'),  # someone else's id
        ("chat_type", "sender"),
        ("signature", "forged"),
    ],
)
def test_any_changed_field_is_refused(field: str, value: str) -> None:
    fields = dict(parse_qsl(PUBLISHED_INIT_DATA))
    fields[field] = value

    with pytest.raises(auth.InitDataError):
        auth.validate(urlencode(fields), PUBLISHED_TOKEN, now=SIGNED_AT)


def test_a_forged_hash_is_refused() -> None:
    forged = PUBLISHED_INIT_DATA.replace("hash=a433", "hash=b433")

    with pytest.raises(auth.InitDataError, match="hash"):
        auth.validate(forged, PUBLISHED_TOKEN, now=SIGNED_AT)


def test_init_data_of_another_bot_is_refused() -> None:
    with pytest.raises(auth.InitDataError, match="hash"):
        auth.validate(PUBLISHED_INIT_DATA, TOKEN, now=SIGNED_AT)
    ours = auth.signed(1001, TOKEN, now=NOW)
    with pytest.raises(auth.InitDataError, match="hash"):
        auth.validate(ours, PUBLISHED_TOKEN, now=NOW)


def test_init_data_older_than_a_day_is_refused_by_the_bots_clock() -> None:
    raw = auth.signed(1001, TOKEN, now=NOW)

    assert auth.validate(raw, TOKEN, now=NOW + timedelta(hours=23, minutes=59)).user_id == 1001
    with pytest.raises(auth.InitDataError, match="stale"):
        auth.validate(raw, TOKEN, now=NOW + timedelta(hours=24, seconds=1))
    with pytest.raises(auth.InitDataError, match="stale"):
        auth.validate(PUBLISHED_INIT_DATA, PUBLISHED_TOKEN, now=NOW)


def test_init_data_from_the_future_is_refused() -> None:
    raw = auth.signed(1001, TOKEN, now=NOW + timedelta(hours=1))

    with pytest.raises(auth.InitDataError, match="future"):
        auth.validate(raw, TOKEN, now=NOW)


def _signed_fields(fields: dict[str, str]) -> str:
    return urlencode({**fields, "hash": auth.signature(fields, TOKEN)})


@pytest.mark.parametrize(
    "fields",
    [
        {"auth_date": str(int(NOW.timestamp()))},  # no user at all
        {"auth_date": str(int(NOW.timestamp())), "user": '{"first_name":"A"}'},  # no id
        {"auth_date": str(int(NOW.timestamp())), "user": '{"id":"1001"}'},  # not a number
        {"auth_date": str(int(NOW.timestamp())), "user": "not json"},
        {"user": '{"id":1001}'},  # no auth_date
    ],
)
def test_signed_init_data_without_a_user_id_is_refused(fields: dict[str, str]) -> None:
    with pytest.raises(auth.InitDataError):
        auth.validate(_signed_fields(fields), TOKEN, now=NOW)


@pytest.mark.parametrize("raw", ["", "hash=", "user=1&user=2&hash=00", "&&&", "no-equals"])
def test_missing_or_malformed_init_data_is_refused(raw: str) -> None:
    with pytest.raises(auth.InitDataError):
        auth.validate(raw, TOKEN, now=NOW)


@pytest.mark.parametrize("header", [None, "", "tma", "tma   ", "Bearer abc", "abc"])
def test_a_request_without_tma_init_data_names_no_one(header: str | None) -> None:
    with pytest.raises(auth.InitDataError):
        auth.from_header(header)


def test_the_tma_header_carries_the_init_data() -> None:
    assert auth.from_header(f"tma {PUBLISHED_INIT_DATA}") == PUBLISHED_INIT_DATA
