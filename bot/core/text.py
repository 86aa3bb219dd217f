"""How typed words are compared: the same letters, however she typed them. Pure Python."""

from __future__ import annotations

import re
import unicodedata


def without_accents(text: str) -> str:
    """The letters without their marks, as people type in a hurry: "Engañó" -> "Engano"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def plain_words(text: str, keep: str = "") -> str:
    """Lowercase words without accents or punctuation: "Can't SLEEP!" -> "cant sleep".

    Apostrophes join ("can't" -> "cant", not "can t"); any other mark becomes a space,
    except the characters in `keep` ("7/10" keeps its slash where a parser needs it).
    """
    plain = re.sub(r"['\u2019]", "", without_accents(text.casefold()))
    return " ".join(re.sub(rf"[^\w\s{re.escape(keep)}]|_", " ", plain).split())
