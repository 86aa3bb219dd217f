"""The words of the domain, shared by every feature. Plain Python, no Telegram, no SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum


class Situation(StrEnum):
    ABUSE = "abuse"
    CHEATING = "cheating"
    DISRESPECT = "disrespect"
    AMICABLE = "amicable"
    OTHER = "other"
    # She would rather not say. Abuse is often not named on the first day, so this takes
    # the careful path: safety first, nothing that speaks of his feelings or of replying.
    UNSAID = "unsaid"

    @property
    def needs_full_cutoff(self) -> bool:
        return self is not Situation.AMICABLE

    @property
    def safety_first(self) -> bool:
        return self in (Situation.ABUSE, Situation.UNSAID)


class UrgeKind(StrEnum):
    TEXT = "text"  # text or call him
    CHECK = "check"  # check his profiles
    POST = "post"  # post something for him to see
    ASK_FRIENDS = "ask_friends"  # ask friends about him
    REPLY = "reply"  # answer his message
    GO = "go"  # go where he will be


class Trigger(StrEnum):
    LATE_NIGHT = "late_night"
    DRINKING = "drinking"
    SAW_POST = "saw_post"
    LONELY = "lonely"
    SPECIAL_DATE = "special_date"
    HE_REACHED_OUT = "he_reached_out"
    OTHER = "other"


class UrgeOutcome(StrEnum):
    HELD = "held"
    SLIPPED = "slipped"
    CANCELLED = "cancelled"


class TimerState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    CANCELLED = "cancelled"


UNKNOWN_COUNTRY = "ZZ"  # CLDR's code for an unknown region


@dataclass(frozen=True, slots=True)
class UserProfile:
    user_id: int
    chat_id: int
    situation: Situation
    last_contact: date  # her local calendar date of the last contact
    timezone: str  # IANA zone name
    ping_time: time  # local time of the daily ping
    locale: str
    onboarded: bool
    best_streak_days: int  # best *finished* streak; the current one is derived from last_contact
    banked_days: int  # no-contact days in finished streaks
    active: bool
    created_at: datetime
    paused_until: date | None = None  # no pings on local dates before this one
    quiet_start: time = time(23, 0)
    quiet_end: time = time(7, 0)
    risk_nudges: bool = True
    # The country she confirmed, for her safety lines (ISO 3166 code); None until she has
    # said. UNKNOWN_COUNTRY: she told us none of the ones we know, or would rather not say.
    country: str | None = None


@dataclass(frozen=True, slots=True)
class DangerDay:
    id: int
    user_id: int
    kind: str  # "birthday", "anniversary", a holiday id from content, or "custom"
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class Urge:
    id: int
    user_id: int
    started_at: datetime
    kind: UrgeKind
    trigger: Trigger | None
    intensity: int | None
    outcome: UrgeOutcome | None
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class Slip:
    id: int
    user_id: int
    occurred_at: datetime
    streak_days_ended: int
    note: bytes | None  # ciphertext


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    user_id: int
    urge_id: int | None
    created_at: datetime
    body: bytes  # ciphertext
    reviewed_at: datetime | None = None  # shown back to her once, the morning after


@dataclass(frozen=True, slots=True)
class OwnReason:
    """A reason she wrote in her own words while calm, played back during an urge."""

    id: int
    user_id: int
    created_at: datetime
    body: bytes  # ciphertext


@dataclass(frozen=True, slots=True)
class Friend:
    """Her one trusted person: invited by link, told only that she could use a call."""

    user_id: int
    invite_code: str
    friend_chat_id: int | None  # None until the friend has opened the link
    created_at: datetime
    joined_at: datetime | None
    last_alert_at: datetime | None


@dataclass(frozen=True, slots=True)
class HeTexted:
    id: int
    user_id: int
    received_at: datetime
    kind: str
    outcome: str | None


@dataclass(frozen=True, slots=True)
class Ciphertext:
    """One encrypted value, wherever it is stored, for key rotation."""

    table: str
    row_id: int
    value: bytes


@dataclass(frozen=True, slots=True)
class InboxUpdate:
    """An update stored on arrival, for whichever worker handles its chat next."""

    update_id: int
    chat_id: int
    payload: bytes  # the update as Telegram sent it, JSON, encrypted like her words
    received_at: datetime
    # Set when its step committed and its member died before sending the replies: then
    # this is not an update to handle but replies to send (encrypted JSON).
    replies: bytes | None = None


@dataclass(frozen=True, slots=True)
class Timer:
    id: int
    user_id: int
    kind: str
    due_at: datetime  # aware, UTC
    payload: dict[str, object]
    dedupe_key: str
    state: TimerState
