"""The ``{event}`` and ``{event-date}`` roles render dates (and citations) from the events file."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from pakru.events import Event, PartialDate, load_events
from pakru.sphinxext import course_data

ROOTS = Path(__file__).parent / "roots"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


def page_text(html: str) -> str:
    """The page's visible text on one line, tags dropped."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_event_roles_render_dates_at_their_precision(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    text = page_text((app.outdir / "events.html").read_text(encoding="utf-8"))
    assert "on 12 March 1979 [Kux, 2001]." in text
    assert "in April 1965." in text
    assert "on 24–26 October 1974 [Kux, 2001]." in text
    assert "on 30 September–1 October 2024." in text
    assert "from 1922–1927." in text
    assert "dated 10 January 1966 [Ministry of External Affairs of India, 1966]." in text


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_event_citations_link_to_the_bibliography_and_back(app: SphinxTestApp) -> None:
    app.build()
    events_html = (app.outdir / "events.html").read_text(encoding="utf-8")
    index_html = (app.outdir / "index.html").read_text(encoding="utf-8")
    # The citation is bibtex's own: a link into the bibliography ...
    assert re.search(r'<a class="reference internal" href="index.html#id\d+"[^>]*>Kux, 2001', events_html)
    # ... which lists both works, the one cited only through {event} included ...
    assert "Disenchanted Allies" in index_html
    assert "Tashkent declaration" in index_html
    # ... and knows where each was cited, for its back-references.
    citation_refs = app.env.get_domain("cite").citation_refs
    cited = {
        (ref.docname, target.key)
        for ref in citation_refs
        for target in ref.targets
        if ref.docname == "events"
    }
    assert cited == {("events", "kux-disenchanted"), ("events", "tashkent")}


@pytest.mark.sphinx("text", testroot="pakru-content")
def test_event_roles_work_in_plain_text(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    text = (app.outdir / "events.txt").read_text(encoding="utf-8")
    assert "12 March 1979 [Kux, 2001]" in " ".join(text.split())


def write_project(tmp_path: Path, page: str, events_path: str = "events.csv") -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinxcontrib.bibtex", "pakru.sphinxext"]\n'
        'bibtex_bibfiles = ["refs.bib"]\n'
        f"pakru_events_path = {events_path!r}\n",
        encoding="utf-8",
    )
    (source / "refs.bib").write_text((ROOTS / "test-pakru-content" / "refs.bib").read_text(encoding="utf-8"))
    (source / "events.csv").write_text(
        (ROOTS / "test-pakru-content" / "data" / "events.csv").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (source / "index.md").write_text(page, encoding="utf-8")
    return source


def test_unknown_event_id_warns_with_file_and_line(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    page = "# Page\n\nText.\n\nLeft on {event}`cento-exti`, and {event-date}`nope`.\n"
    app = make_app("html", srcdir=write_project(tmp_path, page))
    app.build()
    warnings = app.warning.getvalue().strip().splitlines()
    assert len(warnings) == 2
    assert "index.md:5" in warnings[0]
    assert "unknown event id 'cento-exti' in {event}" in warnings[0]
    assert "unknown event id 'nope' in {event-date}" in warnings[1]
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "cento-exti" in html, "the unknown id stays visible in the page"


def test_missing_events_file_warns_once_per_role_and_is_a_dependency(
    tmp_path: Path, make_app: type[SphinxTestApp]
) -> None:
    page = "# Page\n\nLeft on {event}`cento-exit`.\n"
    source = write_project(tmp_path, page, events_path="absent.csv")
    app = make_app("html", srcdir=source)
    app.build()
    assert "no events file here" in app.warning.getvalue()
    assert "index.md:3" in app.warning.getvalue()
    # The page depends on the file even though reading it failed, so adding the file rebuilds it.
    assert str(source / "absent.csv") in {str(dep) for dep in app.env.dependencies["index"]}


def test_editing_the_events_file_rebuilds_the_page(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    source = write_project(tmp_path, "# Page\n\nLeft on {event-date}`cento-exit`.\n")
    app = make_app("html", srcdir=source)
    app.build()
    assert "12 March 1979" in (app.outdir / "index.html").read_text(encoding="utf-8")
    events = source / "events.csv"
    moved = events.read_text(encoding="utf-8").replace("1979-03-12", "1979-03-15")
    events.write_text(moved, encoding="utf-8")
    app2 = make_app("html", srcdir=source)
    app2.build()
    assert "15 March 1979" in (app2.outdir / "index.html").read_text(encoding="utf-8")


def test_roles_read_the_builds_shared_course_data(
    tmp_path: Path, make_app: type[SphinxTestApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roles take the events that course_data loaded once for the build, not a copy of their own."""
    loads: list[Path] = []

    def load_shifted(path: Path) -> list[Event]:
        loads.append(path)
        return [
            replace(event, date=PartialDate(event.date.year, 3, 15)) if event.id == "cento-exit" else event
            for event in load_events(path)
        ]

    monkeypatch.setattr(course_data, "load_events", load_shifted)
    page = "# Page\n\nLeft on {event-date}`cento-exit`, that is {event}`cento-exit`.\n"
    app = make_app("html", srcdir=write_project(tmp_path, page))
    app.build()
    assert page_text((app.outdir / "index.html").read_text(encoding="utf-8")).count("15 March 1979") == 2
    assert len(loads) == 1
