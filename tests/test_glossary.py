"""Every glossary term used is defined, and every defined term is used in a lesson."""

from __future__ import annotations

import re

from conftest import COURSE_DIR
from course_text import TERM_ROLE, directives, read

GLOSSARY_FILE = COURSE_DIR / "glossary.md"


def defined_terms() -> set[str]:
    (glossary,) = [block for block in directives(read(GLOSSARY_FILE)) if block.name == "glossary"]
    return {
        line.strip()
        for line in glossary.body.splitlines()
        if line.strip() and not line[0].isspace() and not line.startswith(":")
    }


def used_terms(*, outside_glossary: bool) -> set[str]:
    used: set[str] = set()
    for page in COURSE_DIR.rglob("*.md"):
        if outside_glossary and page == GLOSSARY_FILE:
            continue
        for role_text in TERM_ROLE.findall(read(page)):
            target = re.search(r"<([^>]+)>\s*$", role_text)
            used.add((target.group(1) if target else role_text).strip())
    return used


def test_glossary_has_terms() -> None:
    assert len(defined_terms()) >= 15


def test_every_term_used_is_defined() -> None:
    assert sorted(used_terms(outside_glossary=False) - defined_terms()) == []


def test_every_defined_term_is_used() -> None:
    assert sorted(defined_terms() - used_terms(outside_glossary=True)) == []
