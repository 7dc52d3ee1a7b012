"""Load and validate the documents reader: one TOML file per primary source.

Each ``data/documents/<id>.toml`` holds one document: its verbatim excerpt, where
the excerpt was taken from and on what basis the course reproduces it, its
provenance and context, and three to five guided reading questions. The book's
documents page, the lesson boxes that quote a document and ``pakru dev check``
all read the files through this module. Nothing here imports Sphinx.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pakru.events import LESSONS, PartialDate
from pakru.toml_files import read_toml

PERSPECTIVES: tuple[str, ...] = (
    "soviet",
    "russian",
    "pakistani",
    "indian",
    "afghan",
    "bangladeshi",
    "american",
    "british",
    "un",
)
LICENCES: dict[str, str] = {
    "public-domain": "Public domain",
    "cc-by-4.0": "CC BY 4.0",
    "official-text": "Official text",
}
LICENCE_URLS: dict[str, str] = {"cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/"}
MIN_EXCERPT_WORDS = 150
QUESTIONS_RANGE = (3, 5)

_TEXT_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "date",
    "origin",
    "source_url",
    "source_publisher",
    "licence",
    "reproduction_basis",
    "citation",
    "provenance",
    "context",
    "excerpt",
)
_ALL_FIELDS = frozenset({*_TEXT_FIELDS, "lesson", "perspective", "attribution", "events", "questions"})
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_OMISSION = re.compile(r"\[(?:\.\.\.|…)\]")


class DocumentError(ValueError):
    """A problem in a document file, worded for the person who edits it."""


@dataclass(frozen=True)
class Document:
    """One primary source of the reader."""

    id: str
    title: str
    date: PartialDate
    lesson: int
    perspective: tuple[str, ...]
    origin: str
    source_url: str
    source_publisher: str
    licence: str
    reproduction_basis: str
    attribution: str
    citation: str
    events: tuple[str, ...]
    provenance: str
    context: str
    excerpt: str
    questions: tuple[str, ...]
    path: Path

    @property
    def label(self) -> str:
        """The Sphinx label of the full document, for ``{ref}`` and ``{document-ref}``."""
        return f"document-{self.id}"

    @property
    def licence_name(self) -> str:
        """``Kremlin.ru, CC BY 4.0`` where the licence asks for attribution, else the licence."""
        return self.attribution or LICENCES[self.licence]

    def excerpt_paragraphs(self) -> list[str]:
        """The excerpt's lines, each a paragraph as in the authoritative copy."""
        return [line.strip() for line in self.excerpt.splitlines() if line.strip()]


def excerpt_word_count(excerpt: str) -> int:
    """Words of the source itself: omission marks such as ``[...]`` do not count."""
    return len(_OMISSION.sub(" ", excerpt).split())


def _require_text(data: dict[str, Any], field: str, where: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise DocumentError(f"{where}: {field} must be non-empty text; fill it in")
    return value.strip()


def _require_list_of_text(data: dict[str, Any], field: str, where: str) -> tuple[str, ...]:
    value = data.get(field)
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise DocumentError(f'{where}: {field} must be a list of texts, such as ["...", "..."]')
    return tuple(item.strip() for item in value)


def parse_document(data: dict[str, Any], path: Path) -> Document:
    """Build a :class:`Document` from one file's table; raises :class:`DocumentError`."""
    where = str(path)
    unknown = sorted(set(data) - _ALL_FIELDS)
    if unknown:
        raise DocumentError(f"{where}: unknown field(s) {', '.join(unknown)}; check the spelling")
    text = {field: _require_text(data, field, where) for field in _TEXT_FIELDS}
    if text["id"] != path.stem:
        raise DocumentError(f"{where}: id {text['id']!r} must equal the file name, {path.stem!r}")
    if not _ID.match(text["id"]):
        raise DocumentError(f"{where}: id {text['id']!r} must be lower-case words joined by hyphens")
    try:
        date = PartialDate.parse(text["date"])
    except ValueError as error:
        raise DocumentError(f"{where}: date {error}") from None
    lesson = data.get("lesson")
    if not isinstance(lesson, int) or isinstance(lesson, bool) or lesson not in LESSONS:
        raise DocumentError(f"{where}: lesson must be one of {sorted(LESSONS)}, not {lesson!r}")
    perspective = _require_list_of_text(data, "perspective", where)
    strange = [value for value in perspective if value not in PERSPECTIVES]
    if not perspective or strange:
        raise DocumentError(
            f"{where}: perspective must list one or more of {', '.join(PERSPECTIVES)}"
            + (f", not {', '.join(map(repr, strange))}" if strange else "")
        )
    if not re.match(r"^https?://\S+$", text["source_url"]):
        raise DocumentError(f"{where}: source_url must be the http(s) address of the authoritative copy")
    if text["licence"] not in LICENCES:
        raise DocumentError(f"{where}: licence must be one of {', '.join(LICENCES)}, not {text['licence']!r}")
    attribution = data.get("attribution", "")
    if not isinstance(attribution, str):
        raise DocumentError(f"{where}: attribution must be text")
    if text["licence"] == "cc-by-4.0" and not attribution.strip():
        raise DocumentError(
            f'{where}: a cc-by-4.0 document needs attribution, such as "Kremlin.ru, CC BY 4.0"'
        )
    events = _require_list_of_text(data, "events", where) if data.get("events") != [] else ()
    questions = _require_list_of_text(data, "questions", where)
    low, high = QUESTIONS_RANGE
    if not low <= len(questions) <= high:
        raise DocumentError(f"{where}: give {low} to {high} guided questions, not {len(questions)}")
    words = excerpt_word_count(text["excerpt"])
    if words < MIN_EXCERPT_WORDS:
        raise DocumentError(
            f"{where}: the excerpt has {words} words; quote at least {MIN_EXCERPT_WORDS} for close reading"
        )
    return Document(
        id=text["id"],
        title=text["title"],
        date=date,
        lesson=lesson,
        perspective=perspective,
        origin=text["origin"],
        source_url=text["source_url"],
        source_publisher=text["source_publisher"],
        licence=text["licence"],
        reproduction_basis=text["reproduction_basis"],
        attribution=attribution.strip(),
        citation=text["citation"],
        events=events,
        provenance=text["provenance"],
        context=text["context"],
        excerpt=text["excerpt"].strip(),
        questions=questions,
        path=path,
    )


def load_document(path: Path) -> Document:
    """Read and validate one document file."""
    return parse_document(read_toml(path, DocumentError, "no such document file"), path)


def document_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.toml"))


def load_documents(folder: Path) -> list[Document]:
    """Every document in ``folder``, in lesson and date order.

    Raises :class:`DocumentError` for the first bad file, or when the folder holds none.
    """
    files = document_files(folder)
    if not files:
        raise DocumentError(f"{folder}: no document files (<id>.toml) here; check the path")
    return sort_documents([load_document(path) for path in files])


def sort_documents(documents: list[Document]) -> list[Document]:
    return sorted(documents, key=lambda document: (document.lesson, document.date, document.id))


def validate_documents(folder: Path, bib_keys: set[str], event_ids: set[str]) -> list[str]:
    """Problems across every document file, one line each; none when the folder does not exist."""
    problems: list[str] = []
    for path in document_files(folder):
        try:
            document = load_document(path)
        except DocumentError as error:
            problems.append(str(error))
            continue
        if document.citation not in bib_keys:
            problems.append(
                f"{path}: citation {document.citation!r} is not a key in course/references.bib; add the entry"
            )
        problems += [
            f"{path}: event {event_id!r} is not an id in data/events.csv; use an id from that file"
            for event_id in document.events
            if event_id not in event_ids
        ]
    return problems
