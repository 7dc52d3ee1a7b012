"""The bibliography and the citations agree, both ways, and events cite real works."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

from pybtex.database import parse_file

from conftest import BIB_FILE, COURSE_DIR, EVENTS_FILE, BuiltBook
from course_text import CITE_ROLE, read
from pakru.events import load_events


def bibliography_keys() -> set[str]:
    return set(parse_file(str(BIB_FILE), bib_format="bibtex").entries)


def cited_keys() -> dict[str, list[str]]:
    """Each key cited in the book's Markdown, with the pages citing it."""
    cited: dict[str, list[str]] = {}
    for page in sorted(COURSE_DIR.rglob("*.md")):
        for group in CITE_ROLE.findall(read(page)):
            for key in group.split(","):
                cited.setdefault(key.strip(), []).append(str(page.relative_to(COURSE_DIR)))
    for event in load_events(EVENTS_FILE):
        cited.setdefault(event.source, []).append(Path(EVENTS_FILE).name)
    # The data files cite their rows' sources, and each reproduced document its copy; the book renders both.
    data_dir = Path(EVENTS_FILE).parent
    for table in sorted(data_dir.glob("*.csv")):
        with table.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("source"):
                    cited.setdefault(row["source"], []).append(table.name)
    for document in sorted((data_dir / "documents").glob("*.toml")):
        key = tomllib.loads(document.read_text(encoding="utf-8")).get("citation", "")
        cited.setdefault(key, []).append(document.name)
    return cited


def test_bibliography_is_substantial() -> None:
    assert len(bibliography_keys()) >= 12


def test_every_citation_is_in_the_bibliography() -> None:
    missing = {key: pages for key, pages in cited_keys().items() if key not in bibliography_keys()}
    assert missing == {}


def test_every_event_cites_a_bibliography_entry() -> None:
    keys = bibliography_keys()
    assert [event.id for event in load_events(EVENTS_FILE) if event.source not in keys] == []


def test_every_bibliography_entry_is_cited() -> None:
    assert sorted(bibliography_keys() - set(cited_keys())) == []


def test_source_article_is_cited_as_received() -> None:
    entry = parse_file(str(BIB_FILE), bib_format="bibtex").entries["siddique-hafeez-seed"]
    assert "Diplomatic Insight" in entry.fields["howpublished"]
    assert "clipping" in entry.fields["note"]


def test_the_rendered_bibliography_shows_no_latex(built_book: BuiltBook) -> None:
    """pybtex prints LaTeX commands it does not know, such as ``\\emph``, as they stand."""
    page = (built_book.html_dir / "bibliography.html").read_text(encoding="utf-8")
    body = re.sub(r"<script.*?</script>", "", page, flags=re.DOTALL)
    assert re.findall(r"\\[A-Za-z$]+", body) == []
