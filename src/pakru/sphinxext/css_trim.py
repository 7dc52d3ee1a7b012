"""Trim a stylesheet to the rules whose classes and ids a site uses.

A small tokenizer rather than a full CSS parser: it needs only to find rules,
split selector lists and keep any rule it cannot prove unused, so a selector it
does not understand is kept, never dropped.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

# Bootstrap builds these class names at run time ("bs-tooltip-auto").
DYNAMIC_PREFIXES = ("bs-",)


_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
_COMMENT_OR_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|/\*[\s\S]*?\*/""")
_STRING_OR_SPACE = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\s+""")
_TOP_LEVEL = re.compile(r"""[{};"']""")
_BRACES = re.compile(r"""[{}"']""")
_SELECTOR_SPECIAL = re.compile(r"""[(),\[\]"']""")
_NAME = re.compile(r"([.#])((?:[\w-]|\\.)+)")
_URL = re.compile(r"""url\(\s*(["']?)([^"')]+)\1\s*\)""")
GROUPING_AT_RULES = frozenset({"@media", "@supports", "@layer", "@container", "@scope"})


def strip_comments(css: str) -> tuple[str, list[str]]:
    """CSS without comments, and the ``/*! ... */`` licence notices that must travel with it."""
    notices: list[str] = []

    def replace(match: re.Match[str]) -> str:
        text = match.group(0)
        if not text.startswith("/*"):
            return text
        if text.startswith("/*!"):
            notices.append(text)
        return ""

    return _COMMENT_OR_STRING.sub(replace, css), notices


def squeeze(css: str) -> str:
    """Collapse whitespace outside strings (basic.css and pygments.css are not minified)."""
    return _STRING_OR_SPACE.sub(lambda m: m.group(0) if m.group(0)[0] in "\"'" else " ", css).strip()


def _skip_string(css: str, at: int) -> int:
    match = _STRING.match(css, at)
    return match.end() if match else at + 1


def _closing_brace(css: str, at: int) -> int:
    depth, position = 0, at
    while match := _BRACES.search(css, position):
        if match.group() in "\"'":
            position = _skip_string(css, match.start())
            continue
        depth += 1 if match.group() == "{" else -1
        if depth == 0:
            return match.start()
        position = match.end()
    return len(css)


def parse_rules(css: str) -> list[tuple[str, str | None]]:
    """Top-level rules as (prelude, block); statements such as ``@charset`` have no block."""
    rules: list[tuple[str, str | None]] = []
    start = position = 0
    while match := _TOP_LEVEL.search(css, position):
        token = match.group()
        if token in "\"'":
            position = _skip_string(css, match.start())
        elif token == ";":
            rules.append((css[start : match.start()].strip(), None))
            start = position = match.end()
        elif token == "}":  # stray: skip it as browsers do
            start = position = match.end()
        else:
            end = _closing_brace(css, match.start())
            rules.append((css[start : match.start()].strip(), css[match.end() : end]))
            start = position = end + 1
    return [(prelude, block) for prelude, block in rules if prelude or block]


def split_selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas."""
    parts: list[str] = []
    depth = start = position = 0
    while match := _SELECTOR_SPECIAL.search(prelude, position):
        token = match.group()
        position = match.end()
        if token in "\"'":
            position = _skip_string(prelude, match.start())
        elif token in "([":
            depth += 1
        elif token in ")]":
            depth -= 1
        elif depth == 0:
            parts.append(prelude[start : match.start()].strip())
            start = position
    parts.append(prelude[start:].strip())
    return [part for part in parts if part]


def _required_part(selector: str) -> str:
    """The selector without strings, attribute tests and functional pseudo-classes.

    ``:not(.a)``, ``:is(.a, .b)`` and ``:has(.a)`` do not each require their
    classes to be present, so they are dropped from the test: a rule that might
    match is kept.
    """
    out: list[str] = []
    depth = 0
    position = 0
    while match := _SELECTOR_SPECIAL.search(selector, position):
        token = match.group()
        if depth == 0:
            out.append(selector[position : match.start()])
        position = match.end()
        if token in "\"'":
            position = _skip_string(selector, match.start())
        elif token in "([":
            depth += 1
        elif token in ")]":
            depth = max(depth - 1, 0)
    if depth == 0:
        out.append(selector[position:])
    return "".join(out)


def selector_may_match(selector: str, used: frozenset[str]) -> bool:
    for _kind, name in _NAME.findall(_required_part(selector)):
        if "\\" in name or name in used or name.startswith(DYNAMIC_PREFIXES):
            continue
        return False
    return True


def trim_rules(css: str, used: frozenset[str], rewrite: Callable[[str], str]) -> str:
    """The rules that may match something in the site, with ``rewrite`` applied to their blocks."""
    out: list[str] = []
    for prelude, block in parse_rules(css):
        if block is None:
            if not prelude.lower().startswith(("@charset", "@import")):
                out.append(prelude + ";")
            continue
        if prelude.startswith("@"):
            name = prelude.split("(", 1)[0].split()[0].lower()
            if name in GROUPING_AT_RULES:
                if inner := trim_rules(block, used, rewrite):
                    out.append(f"{prelude}{{{inner}}}")
            elif not (name == "@font-face" and "Font Awesome" in block):
                out.append(f"{prelude}{{{block}}}")
            continue
        selectors = [selector for selector in split_selectors(prelude) if selector_may_match(selector, used)]
        if selectors:
            out.append(f"{','.join(selectors)}{{{rewrite(block.strip())}}}")
    return "".join(out)


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
