"""What the user reads once Telegram has applied `parse_mode` to a message.

Only HTML is parsed: it is what the bot uses, and parsing it is what catches the classic bug of
putting user-typed text into a message without escaping it (Telegram then refuses the message).
Markdown modes pass through untouched.
"""

from __future__ import annotations

import re

from bot.emulator.errors import ApiError, cant_parse_entities

# https://core.telegram.org/bots/api#html-style
_SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "blockquote",
        "code",
        "del",
        "em",
        "i",
        "ins",
        "pre",
        "s",
        "span",
        "strike",
        "strong",
        "tg-emoji",
        "tg-spoiler",
        "u",
    }
)
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")


def visible_text(text: str, parse_mode: str | None) -> str:
    if parse_mode is None or parse_mode.lower() != "html":
        return text
    if "<" not in text and "&" not in text:
        return text
    return _strip_html(text)


def utf16_length(text: str) -> int:
    """Telegram's limits count UTF-16 code units, so an emoji can use up two."""
    return len(text.encode("utf-16-le")) // 2


def _strip_html(source: str) -> str:
    visible: list[str] = []
    open_tags: list[str] = []
    position = 0
    while position < len(source):
        char = source[position]
        if char == "&":
            decoded, position = _decode_entity(source, position)
            visible.append(decoded)
            continue
        if char != "<":
            visible.append(char)
            position += 1
            continue
        end = source.find(">", position)
        if end == -1:
            raise _at(source, position, "Unclosed start tag")
        _check_tag(source[position + 1 : end], open_tags, source, position)
        position = end + 1
    if open_tags:
        raise cant_parse_entities(
            f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"'
        )
    return "".join(visible)


def _check_tag(tag: str, open_tags: list[str], source: str, position: int) -> None:
    if tag.startswith("/"):
        name = tag[1:].strip().lower()
        if not open_tags:
            raise _at(source, position, f'Unexpected end tag "</{name}>"')
        expected = open_tags.pop()
        if name != expected:
            raise _at(
                source,
                position,
                f'Unmatched end tag, expected "</{expected}>", found "</{name}>"',
            )
        return
    words = tag.split(maxsplit=1)
    name = words[0].lower() if words else ""
    if name not in _SUPPORTED_TAGS:
        raise _at(source, position, f'Unsupported start tag "{name}"')
    open_tags.append(name)


def _decode_entity(source: str, position: int) -> tuple[str, int]:
    match = _ENTITY.match(source, position)
    if match is None:
        return "&", position + 1
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        if name not in _NAMED_ENTITIES:
            # Telegram leaves entities it does not know as they were typed.
            return "&", position + 1
        return _NAMED_ENTITIES[name], match.end()
    code_point = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if code_point > 0x10FFFF:
        return "&", position + 1
    return chr(code_point), match.end()


def _at(source: str, position: int, problem: str) -> ApiError:
    byte_offset = len(source[:position].encode())
    return cant_parse_entities(f"{problem} at byte offset {byte_offset}")
