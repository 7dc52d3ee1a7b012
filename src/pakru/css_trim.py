"""Trim a stylesheet to the rules whose classes and ids a site uses.

tinycss2 parses the stylesheet; this module only decides which rules to keep.
A selector needs every class and id it names outside functional pseudo-classes
and attribute tests (``:not(.a)`` does not need ``a``), so any rule that might
match something in the site is kept, never dropped.

A parsed :class:`Stylesheet` is plain data, so a worker process can parse while
the build goes on (:mod:`pakru.sphinxext.theme_css`); run as a module, this file
is that worker.
"""

from __future__ import annotations

import hashlib
import pickle
import posixpath
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tinycss2
from tinycss2.ast import Node

# Bootstrap builds these class names at run time ("bs-tooltip-auto").
DYNAMIC_PREFIXES = ("bs-",)
GROUPING_AT_RULES = frozenset({"media", "supports", "layer", "container", "scope"})
_URL = re.compile(r"""url\(\s*(["']?)([^"')]+)\1\s*\)""")


def _selector_list(prelude: Iterable[Node]) -> list[list[Node]]:
    """A rule's prelude split at its top-level commas; commas inside ``:is()`` or ``[...]`` are nested."""
    selectors: list[list[Node]] = [[]]
    for node in prelude:
        if node.type == "literal" and node.value == ",":
            selectors.append([])
        else:
            selectors[-1].append(node)
    return [selector for selector in selectors if any(node.type != "whitespace" for node in selector)]


def split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    nodes = tinycss2.parse_component_value_list(prelude, skip_comments=True)
    return [tinycss2.serialize(selector).strip() for selector in _selector_list(nodes)]


def required_names(selector: Sequence[Node]) -> list[str]:
    """The classes and ids a selector names outside functions and attribute tests."""
    names: list[str] = []
    for previous, node in zip([None, *selector], selector, strict=False):
        after_dot = previous is not None and previous.type == "literal" and previous.value == "."
        is_class = node.type == "ident" and after_dot
        is_id = node.type == "hash" and node.is_identifier
        if is_class or is_id:
            names.append(node.value)
    return names


def selector_may_match(selector: str | Sequence[Node], used: frozenset[str]) -> bool:
    nodes = tinycss2.parse_component_value_list(selector) if isinstance(selector, str) else selector
    return _may_match(required_names(nodes), used)


@dataclass(frozen=True)
class StyleRule:
    """A style rule: each selector as written with the names it needs, and its block."""

    selectors: tuple[tuple[str, tuple[str, ...]], ...]
    block: str


@dataclass(frozen=True)
class AtRule:
    """An at-rule: the rules of a grouping one (``@media``), else its block (None for a statement)."""

    head: str  # "@media (min-width:960px)", as written
    keyword: str  # lower case, without the "@"
    rules: tuple[StyleRule | AtRule, ...] | None
    block: str | None


@dataclass(frozen=True)
class Stylesheet:
    """A parsed stylesheet, as plain data: trimming it again for other names needs no parsing."""

    notices: tuple[str, ...]  # top-level /*! ... */ licence comments
    rules: tuple[StyleRule | AtRule, ...]


def _parse_rules(rules: Iterable[Node]) -> tuple[StyleRule | AtRule, ...]:
    parsed: list[StyleRule | AtRule] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = tuple(
                (tinycss2.serialize(selector).strip(), tuple(required_names(selector)))
                for selector in _selector_list(rule.prelude)
            )
            parsed.append(StyleRule(selectors, tinycss2.serialize(rule.content).strip()))
        elif rule.type == "at-rule":
            head = f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}"
            keyword = rule.lower_at_keyword
            if rule.content is None:
                parsed.append(AtRule(head, keyword, None, None))
            elif keyword in GROUPING_AT_RULES:
                inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
                parsed.append(AtRule(head, keyword, _parse_rules(inner), None))
            else:
                parsed.append(AtRule(head, keyword, None, tinycss2.serialize(rule.content)))
        # Comments and parse errors are dropped, as browsers drop the errors.
    return tuple(parsed)


def parse_stylesheet(css: str) -> Stylesheet:
    """``css`` parsed once, for :func:`trim_stylesheet` to trim for any set of names."""
    rules = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True)
    comments = [rule.value for rule in rules if rule.type == "comment"]
    notices = tuple(f"/*{comment}*/" for comment in comments if comment.startswith("!"))
    return Stylesheet(notices, _parse_rules(rules))


def _may_match(names: Iterable[str], used: frozenset[str]) -> bool:
    return all(name in used or name.startswith(DYNAMIC_PREFIXES) for name in names)


def _trim(rules: Iterable[StyleRule | AtRule], used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    out: list[str] = []
    for rule in rules:
        if isinstance(rule, StyleRule):
            kept = [text for text, names in rule.selectors if _may_match(names, used)]
            if kept:
                out.append(f"{','.join(kept)}{{{rewrite(rule.block)}}}")
        elif rule.rules is not None:
            if trimmed := _trim(rule.rules, used, rewrite):
                out.append(f"{rule.head}{{{trimmed}}}")
        elif rule.block is None:
            if rule.keyword not in {"charset", "import"}:
                out.append(f"{rule.head};")
        elif not (rule.keyword == "font-face" and "Font Awesome" in rule.block):
            out.append(f"{rule.head}{{{rule.block}}}")
    return "".join(out)


def trim_stylesheet(sheet: Stylesheet, used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    """The rules that may match something in the site, with ``rewrite`` applied to their blocks.

    Top-level ``/*! ... */`` licence notices travel in front; other comments are dropped.
    """
    return "".join(sheet.notices) + _trim(sheet.rules, used, rewrite)


def trim_rules(css: str, used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    """:func:`trim_stylesheet` of ``css``."""
    return trim_stylesheet(parse_stylesheet(css), used, rewrite)


def rebase_urls(css: str, relative_path: str) -> str:
    """Point relative ``url()``s, written for a file in a subfolder, at the bundle's folder."""
    folder = posixpath.dirname(relative_path)
    if not folder:
        return css

    def rebase(match: re.Match[str]) -> str:
        url = match.group(2).strip()
        if re.match(r"^(?:[a-z][a-z0-9+.-]*:|/|#)", url, re.IGNORECASE):
            return match.group(0)
        return f'url("{posixpath.normpath(posixpath.join(folder, url))}")'

    return _URL.sub(rebase, css)


def text_digest(css: str) -> str:
    return hashlib.sha256(css.encode("utf-8")).hexdigest()


def parse_files(paths: Iterable[str]) -> list[tuple[str, Stylesheet]]:
    """Each file's digest and parsed stylesheet: the work of :mod:`pakru.sphinxext.theme_css`'s worker."""
    parsed = []
    for path in paths:
        css = Path(path).read_text(encoding="utf-8")
        parsed.append((text_digest(css), parse_stylesheet(css)))
    return parsed


if __name__ == "__main__":
    # Imported by name, not run as __main__, so that the parent unpickles the classes as pakru.css_trim's.
    from pakru.css_trim import parse_files as parse_in_worker

    pickle.dump(parse_in_worker(sys.argv[1:]), sys.stdout.buffer)
