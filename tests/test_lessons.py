"""Every lesson has the parts a Carpentries-style episode needs, and enough prose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import LESSON_FILES
from course_text import count_words, directives, prose_paragraphs, read, split_front_matter

MINIMUM_NARRATIVE_WORDS = 2500
REQUIRED_HEADINGS = (
    "Questions",
    "Learning objectives",
    "Timeline of the period",
    "Source analysis",
    "Key points",
    "Further reading",
)
LESSON_PREFIXES = {
    "01-legacy.md": "legacy",
    "02-cold-war.md": "coldwar",
    "03-revival.md": "revival",
    "04-prospects.md": "prospects",
}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SPECIFIC_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:–\d{{1,2}})? )?(?:{MONTHS}) \d{{4}}\b")

lesson_params = pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)


def test_there_are_four_lessons() -> None:
    assert [path.name for path in LESSON_FILES] == list(LESSON_PREFIXES)


@lesson_params
def test_front_matter_gives_minutes_and_description(path: Path) -> None:
    fields, _ = split_front_matter(read(path))
    assert fields.get("teaching", "").isdigit()
    assert fields.get("exercises", "").isdigit()
    assert len(fields.get("description", "")) > 40


@lesson_params
def test_required_sections_in_order(path: Path) -> None:
    headings = re.findall(r"^## (.+)$", read(path), flags=re.MULTILINE)
    positions = [headings.index(name) for name in REQUIRED_HEADINGS if name in headings]
    assert len(positions) == len(REQUIRED_HEADINGS), f"missing one of {REQUIRED_HEADINGS}"
    assert positions == sorted(positions)
    assert positions[0] == 0, "a lesson opens with its questions"


@lesson_params
def test_objectives_have_stable_prefixed_labels(path: Path) -> None:
    prefix = LESSON_PREFIXES[path.name]
    (objectives,) = [block for block in directives(read(path)) if block.name == "objectives"]
    labels = [line.split(":", 1)[0].strip() for line in objectives.body.splitlines() if line.strip()]
    assert len(labels) >= 4
    assert all(label.startswith(f"{prefix}-") for label in labels), labels
    assert len(set(labels)) == len(labels)


@lesson_params
def test_lesson_parts(path: Path) -> None:
    text = read(path)
    prefix = LESSON_PREFIXES[path.name]
    blocks = directives(text)
    names = [block.name for block in blocks]
    primary_sources = [block for block in blocks if block.name == "primary-source"]
    assert len(primary_sources) >= 2
    assert all("{cite:" in block.body and ">" in block.body for block in primary_sources)
    assert any(block.name == "admonition" and block.argument == "Think about it" for block in blocks)
    assert "instructor-note" in names
    assert "margin" in names
    assert any(block.name == "timeline" and ":lesson:" in block.body for block in blocks)
    assert len(set(re.findall(r"\{term\}`", text))) >= 1
    assert f"({prefix}-quiz)=" in text
    assert f"({prefix}-exercises)=" in text


@lesson_params
def test_enough_narrative_prose(path: Path) -> None:
    words = sum(count_words(paragraph) for paragraph in prose_paragraphs(read(path)))
    assert words >= MINIMUM_NARRATIVE_WORDS, f"{words} words of narrative"


@pytest.mark.parametrize(
    "path",
    [*LESSON_FILES, LESSON_FILES[0].parent.parent / "source-critique.md"],
    ids=lambda path: path.stem,
)
def test_paragraphs_with_specific_dates_are_cited(path: Path) -> None:
    uncited = [
        paragraph[:90]
        for paragraph in prose_paragraphs(read(path))
        if SPECIFIC_DATE.search(paragraph) and "{cite:" not in paragraph
    ]
    assert uncited == []


def test_prose_counter_ignores_markup() -> None:
    sample = "Intro {term}`Great Game` and {cite:p}`kux-disenchanted`.\n\n- a list item\n\n> quoted"
    assert [count_words(p) for p in prose_paragraphs(sample)] == [4]
