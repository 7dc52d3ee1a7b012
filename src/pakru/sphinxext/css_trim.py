"""Trim a stylesheet to the rules whose classes and ids a site uses.

tinycss2 parses the stylesheet; this module only decides which rules to keep.
A selector needs every class and id it names outside functional pseudo-classes
and attribute tests (``:not(.a)`` does not need ``a``), so any rule that might
match something in the site is kept, never dropped.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Sequence

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
    return all(name in used or name.startswith(DYNAMIC_PREFIXES) for name in required_names(nodes))


def _trim(rules: Iterable[Node], used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    out: list[str] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            kept = [
                tinycss2.serialize(selector).strip()
                for selector in _selector_list(rule.prelude)
                if selector_may_match(selector, used)
            ]
            if kept:
                out.append(f"{','.join(kept)}{{{rewrite(tinycss2.serialize(rule.content).strip())}}}")
        elif rule.type == "at-rule":
            head = f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}"
            if rule.content is None:
                if rule.lower_at_keyword not in {"charset", "import"}:
                    out.append(f"{head};")
            elif rule.lower_at_keyword in GROUPING_AT_RULES:
                inner = tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True)
                if trimmed := _trim(inner, used, rewrite):
                    out.append(f"{head}{{{trimmed}}}")
            else:
                block = tinycss2.serialize(rule.content)
                if not (rule.lower_at_keyword == "font-face" and "Font Awesome" in block):
                    out.append(f"{head}{{{block}}}")
        # Comments and parse errors are dropped, as browsers drop the errors.
    return "".join(out)


def trim_rules(css: str, used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    """The rules that may match something in the site, with ``rewrite`` applied to their blocks.

    Top-level ``/*! ... */`` licence notices travel in front; other comments are dropped.
    """
    rules = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True)
    notices = [f"/*{rule.value}*/" for rule in rules if rule.type == "comment" and rule.value.startswith("!")]
    return "".join(notices) + _trim(rules, used, rewrite)


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
