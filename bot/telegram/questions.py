"""A flow's question as data: the button that answers it, the words she may type instead,
and what it says again to anything else (a sticker, a photo, words it cannot take).

Every state that asks something has the same three handlers, in the same order; writing
them once keeps a new question from forgetting the third and leaving her unanswered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.content import Content
from bot.telegram.context import StepContext
from bot.telegram.replies import Markup
from bot.telegram.ui import Handler, reply

# A handler's callback over our context type; what it returns is the next state.
Step = Callable[[Update, StepContext], Coroutine[Any, Any, object]]


@dataclass(frozen=True, slots=True)
class Reask:
    """One content text said again, and the question stays where it is.

    `markup` is built at each re-ask, not once: its labels are in her language."""

    content: Content  # speaks the language of whoever is being answered
    key: str
    state: str
    markup: Callable[[], Markup] | None = None

    async def ask(self, update: Update, context: StepContext) -> str:
        markup = None if self.markup is None else self.markup()
        await reply(update, self.content.text(self.key), markup)
        return self.state


def question(
    *,
    reask: Reask | Step,
    other: filters.BaseFilter,
    answered: Step | None = None,
    pattern: str | re.Pattern[str] | None = None,
    typed: filters.BaseFilter | None = None,
    buttons: Sequence[Handler] = (),
) -> list[Handler]:
    """A state's handlers, tried in this order: `buttons` (the state's other buttons),
    the answer's own button (callback data matching `pattern`, to `answered`), the answer
    typed (messages passing `typed`, to `answered`), and the re-ask for whatever else
    passes `other`. Flows that read free text pass filters that leave her urge button out,
    so it reaches /urge whatever she was in the middle of."""
    if answered is None and (pattern is not None or typed is not None):
        raise ValueError("a button or typed answer needs the step that takes it")
    handlers: list[Handler] = list(buttons)
    if answered is not None and pattern is not None:
        handlers.append(CallbackQueryHandler(answered, pattern=pattern))
    if answered is not None and typed is not None:
        handlers.append(MessageHandler(typed, answered))
    handlers.append(MessageHandler(other, reask.ask if isinstance(reask, Reask) else reask))
    return handlers
