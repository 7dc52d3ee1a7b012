"""Read the course's Markdown the way the tests need it: front matter, blocks, prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FENCE = re.compile(r"^(?P<fence>`{3,}|:{3,})\{(?P<name>[a-z-]+)\}(?P<argument>.*)$")
CITE_ROLE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")
OPENING_FENCE = re.compile(r"^(`{3,}|:{3,})")
LABEL = re.compile(r"^\([a-z0-9-]+\)=")
TERM_ROLE = re.compile(r"\{term\}`([^`]+)`")


@dataclass(frozen=True)
class Directive:
    """A fenced MyST directive: its name, argument and raw body."""

    name: str
    argument: str
    body: str


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Flat ``key: value`` front matter and the rest of the file."""
    if not text.startswith("---\n"):
        return {}, text
    header, _, body = text[4:].partition("\n---\n")
    fields = {}
    for line in header.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, body


def directives(text: str) -> list[Directive]:
    """Every top-level and nested fenced directive in ``text``."""
    found: list[Directive] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index].strip())
        if match is None:
            index += 1
            continue
        fence = match["fence"]
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        body = "\n".join(lines[index + 1 : end])
        found.append(Directive(match["name"], match["argument"].strip(), body))
        found.extend(directives(body))
        index = end + 1
    return found


def prose_paragraphs(text: str) -> list[str]:
    """Narrative paragraphs only: no front matter, directives, headings, lists or quotes."""
    _, body = split_front_matter(text)
    kept: list[str] = []
    fence: str | None = None
    for line in body.splitlines():
        stripped = line.strip()
        if fence is not None:
            if stripped == fence:
                fence = None
            continue
        opening = OPENING_FENCE.match(stripped)
        if opening:
            fence = opening.group(1)
            continue
        kept.append(line)
    paragraphs = [block.strip() for block in "\n".join(kept).split("\n\n")]
    return [
        block
        for block in paragraphs
        if block
        and not block.startswith(("#", "-", "* ", ">", "|"))
        and not LABEL.match(block)
        and not re.match(r"^\d+\. ", block)
    ]


def count_words(text: str) -> int:
    """Words a reader reads: roles count by their visible text, not their markup."""
    visible = CITE_ROLE.sub("", text)
    visible = re.sub(r"\{[a-z:]+\}`([^`<]*?)(?:\s*<[^>]+>)?`", r"\1", visible)
    return len(re.findall(r"[\w’'–-]+", visible))


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")
