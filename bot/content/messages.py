"""The flows' texts: Project Fluent messages in content/<locale>/*.ftl.

Code asks for a text by a dotted key, "urge.ask_kind", which names the Fluent message
`urge-ask-kind` (dots and underscores become hyphens, Fluent's own style). What a locale
can say differently lives in the message itself, not in code:
- `{ $situation -> [abuse] … *[other] … }` words it for how the relationship ended. Where
  she would rather not say ("unsaid") and the message has no wording of its own for that,
  the abuse wording is used: abuse is often not named on the first day.
- `{ $days -> [one] … *[other] … }` picks the plural form of her language (CLDR rules, via
  Babel), so "1 day" and "21 días" come from the language, not from an if in Python.

Everything a broken file could do is found here, at start: a syntax error (Fluent's "Junk")
names its file and line; a reference to a message or term that does not exist, a message
defined twice, and a key the code asks for that no file has, are each one readable line.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Final

from fluent.runtime import FluentBundle
from fluent.runtime.types import fluent_number
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from bot.content.structured import ContentError
from bot.core.model import Situation

SITUATION: Final = "situation"  # the selector variable a message words per situation
DEFAULT_VARIANT: Final = "other"  # where a selector has no variant for the value given
# A message formats every way it can read only up to this many, for the start-up checks.
_MAX_WORDINGS: Final = 256


def fluent_id(key: str) -> str:
    """The Fluent message a dotted key names: "urge.ask_kind" -> "urge-ask-kind"."""
    return key.replace(".", "-").replace("_", "-")


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What the start-up checks need to know of one message, read from its syntax."""

    file: str  # "cutoff.ftl"
    variables: frozenset[str]  # the $names it reads, $situation included
    situations: frozenset[str]  # the situations it has a wording of its own for
    # Every way it can read with its placeables left empty: what a lock screen would show
    # of its own words, whatever fills them.
    wordings: tuple[str, ...]

    @property
    def fields(self) -> frozenset[str]:
        """What the caller fills in (the situation is chosen by `Messages.text`)."""
        return self.variables - {SITUATION}


class Messages:
    """One locale's messages, formatted with its plural rules."""

    def __init__(self, locale: str, bundle: FluentBundle, facts: Mapping[str, MessageFacts]):
        self.locale = locale
        self._bundle = bundle
        self._facts = MappingProxyType(dict(facts))

    @classmethod
    def load(cls, folder: Path, locale: str) -> Messages:
        """Every .ftl file of the locale's folder; raises ContentError on the first fault."""
        # Babel knows "pt_BR", not "pt-BR"; Fluent takes either and passes it on.
        bundle = FluentBundle([locale.replace("-", "_")], use_isolating=False)
        patterns: dict[str, tuple[str, fluent.Pattern]] = {}  # name -> (file, its text)
        terms: set[str] = set()
        resources: list[tuple[str, fluent.Resource]] = []
        for path in sorted(folder.glob("*.ftl")):
            file = f"{locale}/{path.name}"
            resource = _parse(path, file)
            for entry in resource.body:
                if isinstance(entry, fluent.Term):
                    terms.add(entry.id.name)
                if not isinstance(entry, fluent.Message):
                    continue
                name = entry.id.name
                if name in patterns:
                    raise ContentError(
                        f"{file}: {name}: already defined in {locale}/{patterns[name][0]}"
                    )
                if entry.value is None:
                    raise ContentError(f"{file}: {name}: has no text of its own")
                patterns[name] = (path.name, entry.value)
            resources.append((file, resource))
            bundle.add_resource(resource)
        for file, resource in resources:
            _check_references(file, resource, patterns.keys(), terms)
        reader = _Reader({name: pattern for name, (_, pattern) in patterns.items()})
        facts = {name: reader.facts(file, name) for name, (file, _) in patterns.items()}
        return cls(locale, bundle, facts)

    def text(self, key: str, situation: Situation | None = None, **fields: object) -> str:
        """The message a key names, for her situation, its placeables filled from `fields`."""
        name = fluent_id(key)
        facts = self._facts_of(key)
        arguments = {field: _argument(value) for field, value in fields.items()}
        if SITUATION in facts.variables:
            arguments[SITUATION] = self._selector(facts, situation)
        if missing := facts.fields - arguments.keys():
            raise ContentError(f"{key}: missing field '{sorted(missing)[0]}'")
        message = self._bundle.get_message(name)
        assert message.value is not None  # checked at load
        text, errors = self._bundle.format_pattern(message.value, arguments)
        if errors or not isinstance(text, str):
            raise ContentError(
                f"{self.locale}/{facts.file}: {name}: {errors[0] if errors else text}"
            )
        return text

    def has(self, key: str) -> bool:
        return fluent_id(key) in self._facts

    def keys(self) -> set[str]:
        """Every message, by its Fluent name (which `text` accepts as a key too)."""
        return set(self._facts)

    def facts(self, key: str) -> MessageFacts:
        return self._facts_of(key)

    def _facts_of(self, key: str) -> MessageFacts:
        try:
            return self._facts[fluent_id(key)]
        except KeyError:
            raise ContentError(f"no text with key '{key}' in locale '{self.locale}'") from None

    @staticmethod
    def _selector(facts: MessageFacts, situation: Situation | None) -> str:
        if situation is None:
            return DEFAULT_VARIANT
        # Not named yet is read as possibly not safe: the careful wording stands in.
        careful = situation.safety_first and Situation.ABUSE.value in facts.situations
        if situation.value not in facts.situations and careful:
            return Situation.ABUSE.value
        return situation.value


def _parse(path: Path, file: str) -> fluent.Resource:
    source = path.read_text(encoding="utf-8")
    resource = FluentParser(with_spans=True).parse(source)
    for entry in resource.body:
        if isinstance(entry, fluent.Junk):
            start = entry.span.start if entry.span is not None else 0
            line = source.count("\n", 0, start) + 1
            why = entry.annotations[0].message if entry.annotations else "not valid Fluent"
            junk = (entry.content or "").strip()
            first = junk.splitlines()[0] if junk else ""
            raise ContentError(f"{file}:{line}: {why} (in '{first[:60]}')")
    return resource


class _Reader:
    """Reads what a message needs and can say, through the messages it shows inside it
    (`{ unit-days }`): those are formatted with the same fields, so theirs count as its own."""

    def __init__(self, patterns: Mapping[str, fluent.Pattern]) -> None:
        self._patterns = patterns

    def facts(self, file: str, name: str) -> MessageFacts:
        pattern = self._patterns[name]
        variables: set[str] = set()
        situations: set[str] = set()
        for node in self._nodes(pattern, frozenset({name})):
            if isinstance(node, fluent.VariableReference):
                variables.add(node.id.name)
            if isinstance(node, fluent.SelectExpression) and _selects_situation(node):
                situations.update(
                    variant.key.name
                    for variant in node.variants
                    if isinstance(variant.key, fluent.Identifier)
                )
        wordings = itertools.islice(self._wordings(pattern, frozenset({name})), _MAX_WORDINGS)
        return MessageFacts(
            file=file,
            variables=frozenset(variables),
            situations=frozenset(situations - {DEFAULT_VARIANT}),
            wordings=tuple(wordings),
        )

    def _nodes(self, node: fluent.BaseNode, inside: frozenset[str]) -> Iterator[fluent.BaseNode]:
        for child in _walk(node):
            yield child
            if isinstance(child, fluent.MessageReference) and self._enters(child, inside):
                name = child.id.name
                yield from self._nodes(self._patterns[name], inside | {name})

    def _enters(self, reference: fluent.MessageReference, inside: frozenset[str]) -> bool:
        # A message that shows itself, however deep, is refused by Fluent when formatted;
        # here it just ends the walk.
        return reference.id.name in self._patterns and reference.id.name not in inside

    def _wordings(self, pattern: fluent.Pattern, inside: frozenset[str]) -> Iterator[str]:
        """Each way the pattern reads, one variant of each selector at a time, its fields
        left empty."""
        parts: list[list[str]] = []
        for element in pattern.elements:
            if isinstance(element, fluent.TextElement):
                parts.append([element.value])
            elif isinstance(element, fluent.Placeable):
                found = itertools.islice(self._placeable(element.expression, inside), _MAX_WORDINGS)
                parts.append(list(found))
        for combination in itertools.product(*parts):
            yield "".join(combination)

    def _placeable(self, expression: fluent.BaseNode, inside: frozenset[str]) -> Iterator[str]:
        if isinstance(expression, fluent.SelectExpression):
            for variant in expression.variants:
                yield from self._wordings(variant.value, inside)
        elif isinstance(expression, fluent.StringLiteral):
            yield expression.parse()["value"]
        elif isinstance(expression, fluent.Placeable):
            yield from self._placeable(expression.expression, inside)
        elif isinstance(expression, fluent.MessageReference) and self._enters(expression, inside):
            name = expression.id.name
            yield from self._wordings(self._patterns[name], inside | {name})
        else:  # a field or a number: filled in at send time
            yield ""


def _selects_situation(node: fluent.SelectExpression) -> bool:
    selector = node.selector
    return isinstance(selector, fluent.VariableReference) and selector.id.name == SITUATION


def _walk(node: fluent.BaseNode) -> Iterator[fluent.BaseNode]:
    yield node
    for value in vars(node).values():
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, fluent.BaseNode):
                yield from _walk(child)


def _check_references(
    file: str, resource: fluent.Resource, messages: Collection[str], terms: Collection[str]
) -> None:
    for entry in resource.body:
        if not isinstance(entry, fluent.Message | fluent.Term):
            continue
        for node in _walk(entry):
            if isinstance(node, fluent.MessageReference) and node.id.name not in messages:
                raise ContentError(f"{file}: {entry.id.name}: no message '{node.id.name}'")
            if isinstance(node, fluent.TermReference) and node.id.name not in terms:
                raise ContentError(f"{file}: {entry.id.name}: no term '-{node.id.name}'")


def _argument(value: object) -> object:
    """What Fluent is given for a field. Whole numbers stay numbers, so plural selectors
    work, but print without grouping: a year or an hour is never "2,026"."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return fluent_number(value, useGrouping=False)
    if isinstance(value, str):
        return value
    return str(value)
