"""The ``{map}`` directive, built on a small test root with ``sphinx.testing``."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import REPO_ROOT

os.environ["PAKRU_REPO_ROOT"] = str(REPO_ROOT)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


@pytest.mark.sphinx("html", testroot="maps")
def test_html_has_the_map_its_caption_sources_and_text_list(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert html.count('class="pakru-map-svg"') == 1
    assert "<title" in html
    assert "Map: The Anglo-Russian Convention of 1907" in html
    assert "Office of the Historian" in html, "the source line's citations resolve"
    assert 'class="pakru-map-list' in html
    assert "Qasr-e Shirin" in html
    assert "Timeline: Anglo-Russian Convention signed, 31 August 1907." in html
    link = re.search(r'<a class="pakru-map-open" href="([^"]+)"', html)
    assert link is not None
    assert (app.outdir / link.group(1)).is_file(), "a tap opens the full-size copy"


@pytest.mark.sphinx("html", testroot="maps")
def test_data_files_are_dependencies_and_the_drawing_is_cached(app: SphinxTestApp) -> None:
    app.build()
    dependencies = {str(path) for paths in app.env.dependencies.values() for path in paths}
    for name in ("places.csv", "lines.csv", "geo/maps.toml", "geo/region.geojson", "events.csv"):
        assert any(path.endswith(name) for path in dependencies), name
    assert list((Path(app.doctreedir) / "pakru-maps").glob("persia-1907-*.svg"))


@pytest.mark.sphinx("text", testroot="maps")
def test_text_builder_lists_what_the_map_shows(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "<svg" not in text
    assert "Russian zone" in text
    assert "Bandar Abbas" in text


@pytest.mark.sphinx("epub", testroot="maps")
def test_epub_gets_the_list_without_inline_svg(app: SphinxTestApp) -> None:
    app.build()
    xhtml = (app.outdir / "index.xhtml").read_text(encoding="utf-8")
    assert "<svg" not in xhtml
    assert "Kakhk" in xhtml


@pytest.mark.sphinx("html", testroot="maps", confoverrides={"pakru_maps_data_path": "missing"})
def test_missing_data_is_one_clear_line(app: SphinxTestApp) -> None:
    app.build()
    warnings = app.warning.getvalue().strip().splitlines()
    assert len(warnings) == 1
    assert "index.md" in warnings[0]
    assert "no such file" in warnings[0]
