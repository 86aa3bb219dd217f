"""The calm self talking to the urging self: one of her own reasons, during an urge."""

from __future__ import annotations

import logging
import random
from typing import Final

from bot.content import Content
from bot.crypto import TextCipher, UnreadableTextError
from bot.features.rotation import Rotation
from bot.store.base import Repository

OWN_REASONS_POOL: Final = "own_reasons"

_log = logging.getLogger(__name__)


class OwnReasons:
    """Her reasons, played back one at a time: plain Python over the repository."""

    def __init__(
        self,
        repo: Repository,
        rotation: Rotation,
        cipher: TextCipher,
        content: Content,
        rng: random.Random,
    ) -> None:
        self._repo = repo
        self._rotation = rotation
        self._cipher = cipher
        self._content = content
        self._rng = rng

    async def for_urge(self, user_id: int) -> str | None:
        """One of her reasons, ready to show beside a reason card; None if she has none.

        Every reason comes round once before any comes round again, as the cards do.
        """
        reasons = await self._repo.list_reasons(user_id)
        if not reasons:
            return None
        reason = await self._rotation.next(
            user_id,
            OWN_REASONS_POOL,
            reasons,
            key=lambda reason: str(reason.id),
            pick=self._rng.choice,
        )
        try:
            words = self._cipher.decrypt(reason.body)
        except UnreadableTextError:
            # The card still shows; her reason waits until the key is back.
            _log.warning("reason %s cannot be decrypted with the configured keys", reason.id)
            return None
        return self._content.text("reasons_own.playback", reason=words)
