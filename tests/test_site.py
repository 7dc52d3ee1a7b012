"""The site as it is published: page weight, metadata, icons, the 404 page and publishing.

Only what is deterministic is tested here; ``nox -s bench`` measures the
Lighthouse scores.
"""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import pydata_sphinx_theme
import pytest
from markupsafe import Markup
from selectolax.lexbor import LexborHTMLParser

from conftest import COURSE_DIR, LESSON_FILES, REPO_ROOT, BuiltBook, run_sphinx
from pakru.css_trim import rebase_urls, selector_may_match, split_selectors, trim_rules
from pakru.sphinxext.site_assets import BUNDLE, SCRIPT_NEEDS, page_names, unused_scripts
from pakru.sphinxext.theme_icons import ICON_SCRIPT, IconSource, inline_icons, read_icons
from pakru.templating import render

LESSON_PAGES = [f"lessons/{path.stem}.html" for path in LESSON_FILES]
# The pages with the heaviest figures (six inline maps; every event on one timeline) keep the budget too.
FIGURE_PAGES = ["maps.html", "timeline.html"]
BUDGET = 300 * 1024
# Formats that are compressed already: servers send them as they are.
COMPRESSED = {".woff2", ".woff", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico"}
CSS_REFERENCE = re.compile(r"""url\(\s*["']?([^"')]+)|@import\s+["']([^"']+)""")
SITE_URL = "https://example.org/pakru/"
REPOSITORY_URL = "https://github.com/example/pakru"
UNDRAWN_ICON = re.compile(r'<(?:i|span)\s[^>]*class="[^"]*\bfa-')


class PageLoads(HTMLParser):
    """What a page loads (scripts, stylesheets, icons, images) and its head's metadata."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str]] = []
        self.stylesheets: list[str] = []
        self.loaded: list[str] = []
        self.icons: list[str] = []
        self.meta: dict[str, str] = {}
        self.canonical = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        rel = set(attributes.get("rel", "").split())
        if tag == "script" and attributes.get("src"):
            self.scripts.append(attributes)
            self.loaded.append(attributes["src"])
        elif tag == "link" and rel & {"stylesheet", "icon", "preload", "modulepreload", "manifest"}:
            self.loaded.append(attributes.get("href", ""))
            if "stylesheet" in rel:
                self.stylesheets.append(attributes.get("href", ""))
            if "icon" in rel:
                self.icons.append(attributes.get("href", ""))
        elif tag == "link" and "canonical" in rel:
            self.canonical = attributes.get("href", "")
        elif tag in {"img", "source", "video", "audio", "iframe", "embed"} and attributes.get("src"):
            self.loaded.append(attributes["src"])
        elif tag == "meta" and (key := attributes.get("name") or attributes.get("property")):
            self.meta[key] = attributes.get("content", "")


def parse(page: Path) -> PageLoads:
    loads = PageLoads()
    loads.feed(page.read_text(encoding="utf-8"))
    return loads


def html_pages(html_dir: Path) -> list[Path]:
    return sorted(path for path in html_dir.rglob("*.html") if not {"_static", "_sources"} & set(path.parts))


def local_path(html_dir: Path, base: Path, url: str) -> Path | None:
    """The file a same-origin URL points at; None for data: URIs and fragments."""
    parts = urlsplit(url.strip())
    if parts.scheme == "data" or not parts.path:
        return None
    path = unquote(parts.path)
    return html_dir / path.lstrip("/") if path.startswith("/") else base / path


def transferred(path: Path) -> int:
    data = path.read_bytes()
    return len(data) if path.suffix.lower() in COMPRESSED else len(gzip.compress(data, compresslevel=6))


def page_weight(html_dir: Path, page: Path) -> tuple[int, list[str], list[str]]:
    """Gzipped bytes of the page and everything it loads, the files counted, and any missing."""
    files: dict[Path, None] = {page.resolve(): None}
    missing: list[str] = []
    queue = [(page.parent, url) for url in parse(page).loaded]
    while queue:
        base, url = queue.pop()
        path = local_path(html_dir, base, url)
        if path is None or path.resolve() in files:
            continue
        if not path.is_file():
            missing.append(url)
            continue
        files[path.resolve()] = None
        if path.suffix == ".css":
            text = path.read_text(encoding="utf-8", errors="replace")
            queue += [(path.parent, a or b) for a, b in CSS_REFERENCE.findall(text)]
    counted = [str(path.relative_to(html_dir.resolve())) for path in files]
    return sum(transferred(path) for path in files), counted, missing


@pytest.mark.parametrize("page", LESSON_PAGES + FIGURE_PAGES)
def test_lesson_page_and_all_it_loads_weigh_at_most_300_kib_gzipped(built_book: BuiltBook, page: str) -> None:
    total, counted, missing = page_weight(built_book.html_dir, built_book.html_dir / page)
    assert missing == [], f"{page} loads files that are not in the site"
    assert any(name.endswith(".css") for name in counted)
    assert any(name.endswith(".js") for name in counted)
    assert total <= BUDGET, f"{page}: {total / 1024:.0f} KiB gzipped: " + ", ".join(counted)


def test_every_page_has_a_meta_description(built_book: BuiltBook) -> None:
    pages = html_pages(built_book.html_dir)
    assert [page.name for page in pages if not parse(page).meta.get("description", "").strip()] == []


def test_every_page_links_a_favicon_that_exists(built_book: BuiltBook) -> None:
    for page in html_pages(built_book.html_dir):
        icons = parse(page).icons
        assert icons, f"{page.name} has no favicon link"
        for url in icons:
            path = local_path(built_book.html_dir, page.parent, url)
            assert path is not None
            assert path.is_file(), f"{page.name}: favicon {url} is missing"


def test_the_404_page_loads_its_files_from_the_site_root(built_book: BuiltBook) -> None:
    # It is served at any depth, so relative links would break.
    page = built_book.html_dir / "404.html"
    loads = parse(page)
    assert "Page not found" in page.read_text(encoding="utf-8")
    assert loads.stylesheets
    assert all(url.startswith("/") for url in loads.stylesheets)
    assert page_weight(built_book.html_dir, page)[2] == []


def test_icons_are_inline_svg_and_no_icon_font_loads(built_book: BuiltBook) -> None:
    html_dir = built_book.html_dir
    for page in html_pages(html_dir):
        html = page.read_text(encoding="utf-8")
        assert "fontawesome" not in html, page.name
        assert not UNDRAWN_ICON.search(html), f"{page.name}: an icon left undrawn"
    assert 'class="svg-inline--fa fa-bars"' in (html_dir / LESSON_PAGES[0]).read_text(encoding="utf-8")
    bundle = (html_dir / BUNDLE).read_text(encoding="utf-8")
    assert not re.search(r"@font-face\s*\{[^}]*Font Awesome", bundle)
    assert not (html_dir / "_static" / "scripts" / "fontawesome.js").exists()


def test_pages_load_one_bundled_stylesheet(built_book: BuiltBook) -> None:
    for page in html_pages(built_book.html_dir):
        sheets = [urlsplit(url).path for url in parse(page).stylesheets]
        assert sheets, page.name
        assert sheets[0].endswith(BUNDLE), page.name
        assert not any("pydata-sphinx-theme.css" in sheet or "basic.css" in sheet for sheet in sheets)


def test_search_scripts_and_index_load_on_the_search_page_only(built_book: BuiltBook) -> None:
    for page in html_pages(built_book.html_dir):
        sources = " ".join(script["src"] for script in parse(page).scripts)
        searching = page.name == "search.html"
        assert ("searchindex.js" in sources) == searching, page.name
        assert ("searchtools.js" in sources) == searching, page.name


@pytest.mark.parametrize("page", LESSON_PAGES)
def test_lesson_scripts_wait_for_the_page(built_book: BuiltBook, page: str) -> None:
    # Inline scripts that follow read DOCUMENTATION_OPTIONS at once, so that one file may block.
    scripts = parse(built_book.html_dir / page).scripts
    blocking = [script["src"] for script in scripts if not {"defer", "async"} & script.keys()]
    assert [urlsplit(src).path.rsplit("/", 1)[-1] for src in blocking] == ["documentation_options.js"]


def test_pages_without_code_or_toggles_skip_their_scripts(built_book: BuiltBook) -> None:
    sources = " ".join(script["src"] for script in parse(built_book.html_dir / "glossary.html").scripts)
    assert "copybutton.js" not in sources
    assert "design-tabs.js" not in sources


# --- The CSS trimmer ---------------------------------------------------------


@pytest.mark.parametrize(
    ("selector", "kept"),
    [
        (".bd-sidebar .nav-link", True),
        (".bd-sidebar .carousel-item", False),
        ("#pst-back-to-top:hover", True),
        ("#nowhere", False),
        ("html[data-theme=dark] .bd-sidebar", True),
        ('a[href$=".carousel"]', True),
        (".bd-sidebar:not(.carousel)", True),
        (":is(.carousel, .bd-sidebar) > p", True),
        (".bs-tooltip-auto .tooltip-arrow", False),
        (".bs-tooltip-auto", True),
        ("kbd", True),
    ],
)
def test_selectors_are_kept_when_they_may_match(selector: str, kept: bool) -> None:
    used = frozenset({"bd-sidebar", "nav-link", "pst-back-to-top"})
    assert selector_may_match(selector, used) is kept


def test_trimming_keeps_matching_rules_and_drops_icon_fonts() -> None:
    css = (
        '@font-face{font-family:"Font Awesome 7 Free";src:url(a.woff2)}'
        '@font-face{font-family:"Other";src:url(b.woff2)}'
        ".used,.unused{color:red}.unused{color:blue}"
        "@media (min-width:960px){.unused{margin:0}.used .x{content:'{'}}"
        "@media print{.unused{display:none}}"
        ":root{--a:1}"
    )
    assert trim_rules(css, frozenset({"used", "x"}), lambda block: block) == (
        '@font-face{font-family:"Other";src:url(b.woff2)}'
        ".used{color:red}"
        # tinycss2 writes every string with double quotes.
        '@media (min-width:960px){.used .x{content:"{"}}'
        ":root{--a:1}"
    )


def test_selector_lists_split_only_at_top_level_commas() -> None:
    assert split_selectors(':is(.a,.b) > c,[title="x,y"],d') == [":is(.a,.b) > c", '[title="x,y"]', "d"]


def test_urls_are_rebased_onto_the_bundles_folder() -> None:
    css = 'a{background:url("../images/x.svg")}b{background:url(data:image/svg+xml,z)}c{background:url(/y)}'
    assert rebase_urls(css, "styles/theme.css") == (
        'a{background:url("images/x.svg")}b{background:url(data:image/svg+xml,z)}c{background:url(/y)}'
    )


# --- Post-processing with a parser ------------------------------------------


@pytest.fixture(scope="module")
def theme_icon_source() -> IconSource:
    script = Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme" / "static"
    return read_icons(script / ICON_SCRIPT)


def test_icons_are_drawn_whatever_the_markup_looks_like(theme_icon_source: IconSource) -> None:
    """Attribute order, quoting and a '>' in a value are HTML, and the parser reads them as a browser does."""
    page = LexborHTMLParser(
        "<p><i title='Menu > more' class=fa-bars></i>"
        '<span\n  class="fa-solid fa-magnifying-glass" aria-label="Search"> </span>'
        '<i class="fa-solid fa-bars"><b>not an icon placeholder</b></i>'
        '<i class="fa-solid fa-no-such-icon"></i><i class="fa-solid fa-bars"></i></p>'
    )
    changed, missing = inline_icons(page, theme_icon_source)
    assert changed
    assert missing == {"fa-no-such-icon"}
    svgs = page.css("svg")
    assert [svg.attributes.get("class") for svg in svgs] == [
        "svg-inline--fa fa-bars",
        "svg-inline--fa fa-magnifying-glass",
        "svg-inline--fa fa-bars",
    ]
    assert svgs[0].attributes.get("title") == "Menu > more"
    assert [svg.attributes.get("aria-hidden") for svg in svgs] == [None, None, "true"], (
        "only an icon without a title or label is decoration"
    )
    assert len(page.css("i")) == 2


def test_page_names_come_from_every_form_of_attribute() -> None:
    page = LexborHTMLParser(
        "<div class=plain id=bare><p class='a  b'>x</p><p data-class=\"not-one\"></p></div>"
    )
    assert page_names(page) == {"plain", "bare", "a", "b"}


@pytest.mark.parametrize(
    ("body", "needed"),
    [
        ('<div class="notranslate highlight"><pre>x</pre></div>', {"copybutton.js", "clipboard.min.js"}),
        ("<details class='admonition dropdown'><p>x</p></details>", {"togglebutton.js"}),
        ('<p class="toggle-hint">a toggle-hint is no toggle</p>', set()),
        ('<div class="sd-tab-set docutils"></div>', {"design-tabs.js"}),
        ("<p>no code here: class=&quot;highlight&quot;</p>", set()),
    ],
)
def test_scripts_load_where_their_markup_is(body: str, needed: set[str]) -> None:
    assert set(SCRIPT_NEEDS) - unused_scripts(body) == needed


def test_written_markup_is_escaped() -> None:
    assert str(render("meta.html", name="description", content='Say "<b>hi</b>" & go')) == (
        '<meta name="description" content="Say &#34;&lt;b&gt;hi&lt;/b&gt;&#34; &amp; go" />'
    )
    figure = render("timeline-figure.html", svg=Markup("<svg></svg>"), caption="1965 <war> & after")
    assert "<figcaption>1965 &lt;war&gt; &amp; after</figcaption>" in figure
    assert "<svg></svg>" in figure


# --- Publishing --------------------------------------------------------------


@pytest.fixture(scope="module")
def published_book(tmp_path_factory: pytest.TempPathFactory) -> BuiltBook:
    """The book built as a host would build it, with its address and repository known."""
    html_dir = tmp_path_factory.mktemp("published") / "html"
    env = publishing_env("PAKRU_SITE_URL", "PAKRU_REPOSITORY_URL")
    return BuiltBook(html_dir=html_dir, warnings=run_sphinx("html", html_dir, env=env))


def test_publishing_adds_no_warnings(built_book: BuiltBook, published_book: BuiltBook) -> None:
    assert published_book.warnings == built_book.warnings


def test_the_sitemap_lists_every_lesson_at_its_address(published_book: BuiltBook) -> None:
    tree = ElementTree.parse(published_book.html_dir / "sitemap.xml")
    locations = {element.text for element in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert {SITE_URL + page for page in LESSON_PAGES} <= locations
    assert SITE_URL + "404.html" not in locations


def test_pages_carry_their_address_and_opengraph_metadata(published_book: BuiltBook) -> None:
    page = LESSON_PAGES[0]
    loads = parse(published_book.html_dir / page)
    assert loads.canonical == SITE_URL + page
    assert loads.meta["og:url"] == SITE_URL + page
    assert loads.meta["og:description"] == loads.meta["description"]
    assert loads.meta["og:title"]


def test_the_404_page_loads_from_the_sites_path(published_book: BuiltBook) -> None:
    stylesheets = parse(published_book.html_dir / "404.html").stylesheets
    assert stylesheets
    assert all(url.startswith(urlsplit(SITE_URL).path) for url in stylesheets)


def test_lessons_link_to_their_source_for_editing(published_book: BuiltBook) -> None:
    html = (published_book.html_dir / LESSON_PAGES[0]).read_text(encoding="utf-8")
    assert f'href="{REPOSITORY_URL}/edit/main/course/{LESSON_PAGES[0].removesuffix(".html")}.md"' in html
    assert f'href="{REPOSITORY_URL}"' in html
    assert not UNDRAWN_ICON.search(html), "the repository buttons' icons are drawn"


def publishing_env(*names: str) -> dict[str, str]:
    """The environment of a build that knows only the publishing variables in ``names``."""
    hosts = ("GITHUB_", "READTHEDOCS", "PAKRU_SITE_URL", "PAKRU_REPOSITORY")
    env = {name: value for name, value in os.environ.items() if not name.startswith(hosts)}
    values = {
        "PAKRU_SITE_URL": SITE_URL,
        "PAKRU_REPOSITORY_URL": REPOSITORY_URL,
        "PAKRU_REPOSITORY_BRANCH": "release",
    }
    return env | {name: values[name] for name in names}


# Each publishing variable changes the configuration (the site URL also adds the sitemap and
# OpenGraph extensions; the branch matters only with a repository), and a changed configuration
# is what leaves Sphinx's .buildinfo.bak behind. The EPUB walk passes through every combination
# that gives a different configuration and builds the last one again; the HTML walk checks that
# the backup is not published.
EVERY_PUBLISHING_CONFIGURATION = [
    (),
    ("PAKRU_SITE_URL",),
    ("PAKRU_SITE_URL", "PAKRU_REPOSITORY_URL"),
    ("PAKRU_SITE_URL", "PAKRU_REPOSITORY_URL", "PAKRU_REPOSITORY_BRANCH"),
    ("PAKRU_REPOSITORY_URL",),
    ("PAKRU_REPOSITORY_URL", "PAKRU_REPOSITORY_BRANCH"),
    ("PAKRU_REPOSITORY_URL", "PAKRU_REPOSITORY_BRANCH"),
]
PUBLISHED = ("PAKRU_SITE_URL", "PAKRU_REPOSITORY_URL")
LOCAL_THEN_PUBLISHED = [(), PUBLISHED, PUBLISHED]


@pytest.mark.parametrize(
    ("builder", "walk"), [("epub", EVERY_PUBLISHING_CONFIGURATION), ("html", LOCAL_THEN_PUBLISHED)]
)
def test_consecutive_builds_into_one_folder_succeed_whatever_is_published(
    tmp_path: Path, builder: str, walk: list[tuple[str, ...]]
) -> None:
    """``nox -s book`` run again, as a host or an instructor does, with or without the variables."""
    output = tmp_path / builder
    for names in walk:
        warnings = run_sphinx(
            builder, output, doctrees=tmp_path / "doctrees", env=publishing_env(*names), fresh=False
        )
        assert warnings == "", f"a {builder} build with {names or 'no variables'} after another warned"
        assert not (output / ".buildinfo.bak").exists(), "the stale build info would be published"


@pytest.mark.parametrize(
    ("path", "schema"),
    [(".readthedocs.yaml", "vendor.readthedocs"), (".github/workflows/pages.yml", "vendor.github-workflows")],
)
def test_publishing_configuration_is_valid(path: str, schema: str) -> None:
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(REPO_ROOT / path)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_instructor_guide_explains_every_publishing_variable() -> None:
    """A fork publishes by setting variables, so the guide must name each one that conf.py reads."""
    variables = set(re.findall(r"PAKRU_[A-Z_]+", (COURSE_DIR / "conf.py").read_text(encoding="utf-8")))
    guide = (COURSE_DIR / "instructor-guide.md").read_text(encoding="utf-8")
    assert variables >= {"PAKRU_SITE_URL", "PAKRU_REPOSITORY_URL", "PAKRU_REPOSITORY_BRANCH"}
    assert sorted(name for name in variables if f"`{name}`" not in guide) == []
    assert "Settings > Pages" in guide
    assert ".readthedocs.yaml" in guide
