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
        """The locale for a Telegram language code, or the default.

        A folder named for the language and region ("pt-BR") is taken first, then the
        folder of the language alone ("es-MX" -> "es"), then any folder of the same
        language ("pt" or "pt-PT" -> "pt-BR"). Compared in any case, "_" or "-"."""
        wanted = _locale_key(language_code or "")
        language = wanted.split("-")[0]
        by_key = {_locale_key(locale): locale for locale in self._contents}
        if wanted in by_key:
            return by_key[wanted]
        if language in by_key:
            return by_key[language]
        same_language = [locale for key, locale in by_key.items() if key.split("-")[0] == language]
        return same_language[0] if language and same_language else self._default

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


def _locale_key(code: str) -> str:
    """A locale or language code in one form for comparing: "pt_BR", "PT-br" -> "pt-br";
    a terminal's "pt_BR.UTF-8" or "ca_ES@valencia" loses its encoding and modifier."""
    return code.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
