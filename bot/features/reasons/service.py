"""/myreasons' use cases, with no Telegram in them: her own reasons, written while calm,
kept encrypted and read back in full in her own chat. The handlers read the update, call
one of these and render the reply from content; the urge's playback is playback.py."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.core.model import OwnReason
from bot.crypto import TextCipher, UnreadableTextError
from bot.store.base import ReasonStore


@dataclass(frozen=True, slots=True)
class ReadReason:
    """One of her reasons with its words decrypted; `words` is None when no configured key
    opens them: still listed, so she can remove it."""

    id: int
    words: str | None


class ReasonsService:
    def __init__(self, repo: ReasonStore, cipher: TextCipher, clock: Clock) -> None:
        self._repo = repo
        self._cipher = cipher
        self._clock = clock

    async def listing(self, user_id: int) -> list[ReadReason]:
        """Her reasons, oldest first: the order she numbers them in."""
        return [self._read(reason) for reason in await self._repo.list_reasons(user_id)]

    async def add(self, user_id: int, words: str) -> list[ReadReason]:
        """Her new reason kept encrypted; returns her reasons with it, as the list shows them."""
        await self._repo.add_reason(user_id, self._clock.now(), self._cipher.encrypt(words))
        return await self.listing(user_id)

    async def remove(self, user_id: int, reason_id: int) -> list[ReadReason]:
        """The reason gone, if it is hers (a button naming anyone else's does nothing);
        returns her reasons after."""
        await self._repo.delete_reason(user_id, reason_id)
        return await self.listing(user_id)

    def _read(self, reason: OwnReason) -> ReadReason:
        try:
            return ReadReason(reason.id, self._cipher.decrypt(reason.body))
        except UnreadableTextError:
            return ReadReason(reason.id, None)
