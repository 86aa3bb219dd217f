"""The calm self talking to the urging self: one of her own reasons, during an urge."""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence, Set
from typing import Final

from bot.content import Content
from bot.core.model import OwnReason
from bot.crypto import TextCipher, UnreadableTextError
from bot.features.rotation import Rotation, choose_among

OWN_REASONS_POOL: Final = "own_reasons"

_log = logging.getLogger(__name__)


class OwnReasons:
    """Her reasons, played back one at a time: plain Python over the rotation."""

    def __init__(
        self,
        rotation: Rotation,
        cipher: TextCipher,
        content: Content,
        rng: random.Random,
    ) -> None:
        self._rotation = rotation
        self._cipher = cipher
        self._content = content
        self._rng = rng

    async def for_urge(
        self, user_id: int, reasons: Sequence[OwnReason], seen: Set[str]
    ) -> str | None:
        """One of her reasons, ready to show beside a reason card; None if she has none.
        `reasons` are hers and `seen` the ids of those shown this round (read by the caller
        with the rest of its step), and the one shown is recorded.

        Every reason comes round once before any comes round again, as the cards do.
        """
        if not reasons:
            return None
        turn = choose_among(
            user_id, OWN_REASONS_POOL, reasons, seen, key=_reason_id, pick=self._rng.choice
        )
        await self._rotation.shown(turn)
        reason = turn.item
        try:
            words = self._cipher.decrypt(reason.body)
        except UnreadableTextError:
            # The card still shows; her reason waits until the key is back.
            _log.warning("reason %s cannot be decrypted with the configured keys", reason.id)
            return None
        return self._content.text("reasons_own.playback", reason=words)


def _reason_id(reason: OwnReason) -> str:
    return str(reason.id)
