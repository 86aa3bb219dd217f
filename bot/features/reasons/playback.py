"""The calm self talking to the urging self: one of her own reasons, during an urge."""

from __future__ import annotations

import logging
from typing import Final

from bot.crypto import UnreadableTextError
from bot.deps import Deps

OWN_REASONS_POOL: Final = "own_reasons"

_log = logging.getLogger(__name__)


async def own_reason_for_urge(deps: Deps, user_id: int) -> str | None:
    """One of her reasons, ready to show beside a reason card; None if she has none.

    Every reason comes round once before any comes round again, as the cards do.
    """
    reasons = await deps.repo.list_reasons(user_id)
    if not reasons:
        return None
    seen = await deps.repo.seen_items(user_id, OWN_REASONS_POOL)
    fresh = [reason for reason in reasons if str(reason.id) not in seen]
    if not fresh:
        await deps.repo.forget_seen_items(user_id, OWN_REASONS_POOL)
        fresh = reasons
    reason = deps.rng.choice(fresh)
    await deps.repo.mark_item_seen(user_id, OWN_REASONS_POOL, str(reason.id), deps.clock.now())
    try:
        words = deps.cipher.decrypt(reason.body)
    except UnreadableTextError:
        # The card still shows; her reason waits until the key is back.
        _log.warning("reason %s cannot be decrypted with the configured keys", reason.id)
        return None
    return deps.content.text("reasons_own.playback", reason=words)
