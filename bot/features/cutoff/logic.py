"""The cut-off checklist as plain data: what is closed, what is left, when to ask again.

The items and their order come from content; her progress is a map of item id to state
for the items she has touched. Everything here is pure: no Telegram, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Final, NamedTuple

from bot.content import ContentError
from bot.core.timezones import local_date
from bot.features.pings.schedule import next_daily_ping

REMINDER_AFTER: Final = timedelta(days=3)
# Ids travel in callback data (64 bytes at most, with the prefix and the state) and are
# stored with her progress, so they stay short and plain.
MAX_ID_LENGTH: Final = 20
_ID: Final = re.compile(r"[a-z0-9_]+")
# Each item's how-to links sit under it as buttons, two to a row; more than four would
# bury the list they belong to.
MAX_LINKS: Final = 4
# A how-to link in content reads "label | https://address": one line an editor can check
# by eye against the page it points to.
_LINK: Final = re.compile(r"(?P<label>[^|]*\S[^|]*)\|\s*(?P<url>https://[^\s|]+)\s*")


class ItemState(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_NEEDED = "not_needed"


# One button per item, so one tap has to reach every state in turn.
_NEXT: Final = {
    ItemState.OPEN: ItemState.DONE,
    ItemState.DONE: ItemState.NOT_NEEDED,
    ItemState.NOT_NEEDED: ItemState.OPEN,
}


class Progress(NamedTuple):
    done: int
    total: int  # items that apply to her: not-needed ones have left the count


def next_state(state: ItemState) -> ItemState:
    return _NEXT[state]


def parse_state(value: str) -> ItemState | None:
    try:
        return ItemState(value)
    except ValueError:
        return None


def state_of(states: Mapping[str, str], item_id: str) -> ItemState:
    """An untouched item is open, and so is one stored in a state this version does not
    know: asking her again is the safe mistake."""
    return parse_state(states.get(item_id, ItemState.OPEN)) or ItemState.OPEN


def progress(states: Mapping[str, str], order: Iterable[str]) -> Progress:
    """Only the items in `order` count: one that left the content has left her list."""
    counted = [state_of(states, item_id) for item_id in order]
    return Progress(
        done=counted.count(ItemState.DONE),
        total=len(counted) - counted.count(ItemState.NOT_NEEDED),
    )


def open_items(states: Mapping[str, str], order: Iterable[str]) -> list[str]:
    return [item_id for item_id in order if state_of(states, item_id) is ItemState.OPEN]


def reminder_due(states: Mapping[str, str], order: Iterable[str]) -> bool:
    """A reminder is worth sending while anything is still open."""
    return bool(open_items(states, order))


def reminder_at(now: datetime, zone: str, ping_time: time) -> datetime:
    """Her daily check-in time on the third local day from now: a moment she chose for
    hearing from the bot, rather than whatever hour she happened to open the list."""
    # next_daily_ping skips local dates before `paused_until`, which is exactly "not
    # before that day"; it also knows what to do when a clock change eats the time.
    return next_daily_ping(
        now, ping_time, zone, paused_until=local_date(now, zone) + REMINDER_AFTER
    )


def checked_order(ids: Sequence[str], *, has_label: Callable[[str], bool]) -> tuple[str, ...]:
    """The content's item order, checked once at start rather than on her first tap."""
    seen: set[str] = set()
    for item_id in ids:
        where = f"checklist.toml: order: '{item_id}'"
        if not _ID.fullmatch(item_id) or len(item_id) > MAX_ID_LENGTH:
            raise ContentError(
                f"{where} must be lowercase letters, digits and _, at most {MAX_ID_LENGTH}"
            )
        if item_id in seen:
            raise ContentError(f"{where} is listed twice")
        if not has_label(item_id):
            raise ContentError(f"{where} has no label in cutoff.ftl (cutoff-items-...)")
        seen.add(item_id)
    if not seen:
        raise ContentError("checklist.toml: order: the checklist has no items")
    return tuple(ids)


class HowLink(NamedTuple):
    """Where to learn how to close one item: that app's own help page."""

    label: str
    url: str


@dataclass(frozen=True, slots=True)
class Checklist:
    """The items of the content, checked once at start, and what she sees of them."""

    order: tuple[str, ...]  # every item, top to bottom
    safety_only: frozenset[str]  # digital safety: only when her situation puts safety first
    links: Mapping[str, tuple[HowLink, ...]]  # at least one for every item

    def order_for(self, safety_first: bool) -> tuple[str, ...]:
        """Her list. After abuse (or when she'd rather not say) it carries the digital-safety
        items too, in the content's order, so evidence is kept before anything is blocked."""
        if safety_first:
            return self.order
        return tuple(item_id for item_id in self.order if item_id not in self.safety_only)


def parse_link(where: str, text: str) -> HowLink:
    match = _LINK.fullmatch(text)
    if match is None:
        raise ContentError(f"{where}: '{text}' must read 'label | https://address'")
    return HowLink(match["label"].strip(), match["url"])


def checked_checklist(
    ids: Sequence[str],
    *,
    is_everyday: Callable[[str], bool],
    is_safety: Callable[[str], bool],
    links_of: Callable[[str], Sequence[str] | None],
) -> Checklist:
    """The checklist of one locale: every id labelled once, as an everyday item or as a
    digital-safety one, and every item with its how-to links."""
    order = checked_order(ids, has_label=lambda item_id: is_everyday(item_id) or is_safety(item_id))
    safety_only = frozenset(item_id for item_id in order if is_safety(item_id))
    for item_id in safety_only:
        if is_everyday(item_id):
            raise ContentError(
                f"cutoff.ftl: '{item_id}' is labelled both as an everyday item (cutoff-items-)"
                " and as a digital-safety one (cutoff-safety-items-)"
            )
    if safety_only.issuperset(order):
        raise ContentError("checklist.toml: order: the checklist has no items outside safety_items")
    links: dict[str, tuple[HowLink, ...]] = {}
    for item_id in order:
        where = f"checklist.toml: how.{item_id}"
        texts = links_of(item_id)
        if not texts:
            raise ContentError(f"{where}: every item needs a how-to link")
        if len(texts) > MAX_LINKS:
            raise ContentError(f"{where}: at most {MAX_LINKS} links")
        links[item_id] = tuple(parse_link(where, text) for text in texts)
    return Checklist(order=order, safety_only=safety_only, links=links)
