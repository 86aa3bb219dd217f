"""Her language: the content every handler sees is the one of the person it is talking to.

Handlers hold one `Content` object; it is a stand-in that reads the locale chosen for the
update (or timer) being handled. The choice lives in a context variable, and PTB handles
each update, and the sweeper each timer, in a task of its own, so one person's language
never leaks into another's reply.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any, cast

from bot.content import Content

DEFAULT_LOCALE = "en"


class Locales:
    def __init__(self, contents: Mapping[str, Content], default: str = DEFAULT_LOCALE) -> None:
        if default not in contents:
            raise ValueError(f"no content for the default locale {default!r}")
        self._contents = dict(contents)
        self._default = default
        self._current: ContextVar[str] = ContextVar("locale", default=default)
        self.content = cast(Content, _CurrentContent(self))

    @property
    def available(self) -> tuple[str, ...]:
        return tuple(self._contents)

    def pick(self, language_code: str | None) -> str:
        """The locale for a Telegram language code ("es-MX" -> "es"), or the default."""
        language = (language_code or "").split("-")[0].split("_")[0].lower()
        return language if language in self._contents else self._default

    def use(self, locale: str | None) -> None:
        self._current.set(self.pick(locale))

    def every(self) -> tuple[Content, ...]:
        """Every language's content: for what she may type in any of them."""
        return tuple(self._contents.values())

    def current(self) -> Content:
        return self._contents[self._current.get()]

    def of(self, locale: str) -> Content:
        return self._contents[self.pick(locale)]

    def in_every_locale(self, key: str) -> list[str]:
        """A text as every locale words it: a button label must be recognised in all."""
        return [content.text(key) for content in self._contents.values()]


class _CurrentContent:
    """Looks like `Content`; answers with the content of the current locale."""

    def __init__(self, locales: Locales) -> None:
        self._locales = locales

    def __getattr__(self, name: str) -> Any:
        return getattr(self._locales.current(), name)
