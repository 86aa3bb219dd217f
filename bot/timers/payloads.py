"""What each kind of timer carries, typed: one frozen dataclass per kind.

A feature declares its kind once, with the fields its delivery needs:

    @dataclass(frozen=True, slots=True)
    class UrgeCheckback(TimerPayload):
        KIND: ClassVar[str] = "urge_checkback"
        urge_id: int

and schedules `UrgeCheckback(urge.id)`; its sender reads `UrgeCheckback.of(timer)` back.
The kind's name and its fields are then said in one place, a typo is mypy's to find, and
a payload that does not fit (a row written by an older version, by hand, half-migrated)
is refused with `Undeliverable`, so the timer is dropped with a log line naming the kind
instead of failing again every minute. Stored as a JSON object of the fields, as before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from pydantic import TypeAdapter, ValidationError

from bot.core.model import Timer
from bot.timers.service import Undeliverable


class TimerPayload:
    """Base of every kind's payload (subclasses are dataclasses that set KIND)."""

    __slots__ = ()
    KIND: ClassVar[str]
    # Built once per kind: checks each stored field against the dataclass' annotations.
    _reader: ClassVar[TypeAdapter[Any]]

    def fields(self) -> dict[str, object]:
        """The payload as stored: a JSON object of its fields."""
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def of(cls, timer: Timer) -> Self:
        """This kind's payload of `timer`; Undeliverable if it is another kind's or if
        its stored fields do not fit."""
        if timer.kind != cls.KIND:
            raise Undeliverable(f"a {timer.kind} timer read as {cls.KIND}")
        return cls.read(timer.payload)

    @classmethod
    def read(cls, stored: Mapping[str, object]) -> Self:
        reader = cls.__dict__.get("_reader")
        if reader is None:
            # Made at first use, once the dataclass decorator has made the class.
            reader = TypeAdapter(cls)
            cls._reader = reader
        try:
            payload: Self = reader.validate_python(dict(stored), strict=False)
        except ValidationError as error:
            fields = ", ".join(".".join(map(str, e["loc"])) or "payload" for e in error.errors())
            raise Undeliverable(f"{cls.KIND} timer with unreadable fields: {fields}") from None
        return payload
