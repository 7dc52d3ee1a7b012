"""Trim what the book theme ships, so that a lesson page loads fast on a phone.

A stock sphinx-book-theme page loads a 1.5 MB icon script (which swaps each
icon element for an SVG), 377 KB of render-blocking CSS, and the search index
in blocking scripts. On HTML builds with a pydata-based theme this module,
with the course's ``_templates/layout.html``:

* writes the theme's icons into the pages as the very SVGs that script would
  make, and draws the icon-font glyphs of its CSS (admonition titles,
  external links) with masks cut from the same icons: no icon script or font;
* bundles the theme's and the extensions' stylesheets into one file, keeping
  only the rules whose classes and ids occur in the built pages or in the
  scripts they load (the project's own stylesheets are bundled whole);
* defers the page scripts, and leaves out the copy-button, toggle-button and
  tab scripts on pages without code, toggles or tabs;
* loads the search scripts and index on the search page only (the template).

It also gives the pages that have no source file a meta description, and
OpenGraph the front matter's. ``pakru_trim_theme = False`` switches the
trimming off, for comparisons.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import posixpath
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from sphinx.util import logging

from pakru import __version__
from pakru.css_trim import rebase_urls, trim_rules, trim_stylesheet
from pakru.sphinxext.theme_css import parse_ahead, parsed_stylesheet, stop_parsing_ahead
from pakru.sphinxext.theme_icons import (
    ICON_FILES,
    ICON_FONTS,
    ICON_SCRIPT,
    STYLE_CLASSES,
    IconSource,
    icon_variables,
    inline_icons,
    mask_font_icons,
    theme_icons,
)
from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

BUNDLE = "_static/pakru-theme.css"
# What the theme's head loads (theme.css only @imports basic.css), in cascade order.
THEME_CSS = ("basic.css", "styles/pydata-sphinx-theme.css")
# Stylesheets that the theme and extensions add to every page; they join the bundle.
EXTENSION_CSS = (
    "pygments.css",
    "styles/sphinx-book-theme.css",
    "togglebutton.css",
    "copybutton.css",
    "sphinx-design.min.css",
)
# The project's own stylesheets are small and edited often: bundled whole, never trimmed.
OWN_CSS = ("pakru.css",)

# Scripts that act only on certain markup in the page body, and that markup (CSS selectors).
SCRIPT_NEEDS = {
    "clipboard.min.js": ".highlight",
    "copybutton.js": ".highlight",
    "togglebutton.js": ".toggle, .dropdown",
    "design-tabs.js": ".sd-tab-set",
}
# Inline scripts that only configure one of those scripts: sphinx-togglebutton's
# settings ("let toggleHintShow = ..."), not any script that mentions a toggle.
INLINE_OWNERS = {"togglebutton.js": re.compile(r"^(?:let|var|const) toggle\w* = ")}
# The inline scripts after it read DOCUMENTATION_OPTIONS at once, so it cannot wait.
KEEP_BLOCKING = frozenset({"documentation_options.js"})
# Both themes' scripts bind the sidebar toggles to the first .primary-toggle and
# .secondary-toggle in the page: the hidden ones in the top bar, so the visible
# ones in the article header do nothing (pydata-sphinx-theme issue 2451). This
# passes their clicks on; it stays harmless once the themes bind every toggle.
SIDEBAR_TOGGLES = (
    'document.addEventListener("click", (event) => {'
    ' for (const kind of [".primary-toggle", ".secondary-toggle"]) {'
    " const first = document.querySelector(kind);"
    " const clicked = event.target.closest(kind);"
    " if (first && clicked && clicked !== first) { event.preventDefault(); first.click(); }"
    " } });"
)


def applies(app: Sphinx) -> bool:
    """A standalone HTML build with the book theme or another pydata-based one."""
    builder = app.builder
    if not app.config.pakru_trim_theme or builder.format != "html" or getattr(builder, "embedded", True):
        return False
    theme = getattr(builder, "theme", None)
    return theme is not None and any(Path(d).name == "pydata_sphinx_theme" for d in theme.get_theme_dirs())


# --- What the site uses ------------------------------------------------------

_JS_WORD = re.compile(r"[A-Za-z_][\w-]*")


def page_names(page: HTMLParser) -> set[str]:
    """Every id and class that an element of the page has."""
    names = {element.attributes.get("id") or "" for element in page.css("[id]")}
    for element in page.css("[class]"):
        names.update((element.attributes.get("class") or "").split())
    return names


def script_names(static: Path) -> set[str]:
    """Every word of the site's scripts: a superset of the classes and ids they add to pages."""
    names: set[str] = set()
    for script in static.rglob("*.js"):
        if script.relative_to(static).as_posix() != ICON_SCRIPT:
            names.update(_JS_WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return names


def unused_scripts(body: str) -> set[str]:
    """The scripts of :data:`SCRIPT_NEEDS` that nothing in the page body needs."""
    page = HTMLParser(body)
    return {name for name, markup in SCRIPT_NEEDS.items() if page.css_first(markup) is None}


def site_pages(outdir: Path, skip: frozenset[str] = frozenset()) -> list[Path]:
    """The site's pages, outside the folders in ``skip`` (such as another view's site inside this one)."""
    skipped = {"_static", "_sources", *skip}
    return [
        page for page in sorted(outdir.rglob("*.html")) if not skipped & set(page.relative_to(outdir).parts)
    ]


# --- Sphinx events -----------------------------------------------------------


def trim_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Swap the page's stylesheets for the bundle; defer its scripts and drop the unused ones."""
    if not applies(app):
        return
    context["pakru_site_assets"] = {"stylesheet": BUNDLE}
    bundled = {f"_static/{name}" for name in (*EXTENSION_CSS, *OWN_CSS)} | {*EXTENSION_CSS, *OWN_CSS}
    context["css_files"] = [
        css for css in context.get("css_files", []) if str(getattr(css, "filename", css)) not in bundled
    ]
    unused = unused_scripts(str(context.get("body") or ""))
    # The search page's own scripts call doctools.js's helpers as soon as they load.
    defer = pagename != "search"
    scripts = []
    for script in context.get("script_files", []):
        filename = str(getattr(script, "filename", "") or "")
        attributes: dict[str, str] = dict(getattr(script, "attributes", {}))
        name = posixpath.basename(filename)
        if name in unused:
            continue
        inline = attributes.get("body", "")
        if not filename and any(
            owner in unused and pattern.search(inline) for owner, pattern in INLINE_OWNERS.items()
        ):
            continue
        if defer and filename and name not in KEEP_BLOCKING and not {"async", "defer"} & attributes.keys():
            # Deferred scripts run in order once the page is parsed, as all of these expect.
            script = type(script)(filename, priority=script.priority, **attributes, defer="defer")
        scripts.append(script)
    context["script_files"] = scripts


def add_sidebar_toggle_fix(app: Sphinx) -> None:
    """Once per build, not per page: every page of a trimmed site gets the fix."""
    if applies(app):
        app.add_js_file(None, body=SIDEBAR_TOGGLES)


def copy_description_to_opengraph(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Link previews show the front matter's description, not the page's first 200 characters."""
    meta = context.get("meta") or {}
    if meta.get("description") and "og:description" not in meta:
        context["meta"] = {**meta, "og:description": str(meta["description"]).strip()}


def describe_generated_pages(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Pages with no source file (index, search, 404) take their description from the configuration."""
    description = app.config.pakru_page_descriptions.get(pagename)
    metatags = str(context.get("metatags") or "")
    if description and HTMLParser(metatags).css_first('meta[name="description"]') is None:
        tag = render("meta.html", name="description", content=description)
        context["metatags"] = f"{metatags}{tag}\n"


def finish_site(app: Sphinx, exception: BaseException | None) -> None:
    """Draw the icons as inline SVG, write the trimmed stylesheet bundle, remove the icon files."""
    if exception is not None or not applies(app):
        return
    icons = theme_icons(app)
    if icons is None:
        logger.warning(
            "cannot read the icons in the theme's %s; set pakru_trim_theme = False until "
            "pakru.sphinxext.site_assets reads its new format",
            ICON_SCRIPT,
            type="pakru",
            subtype="site_assets",
        )
        return
    outdir = Path(app.outdir)
    static = outdir / "_static"
    used = script_names(static)
    missing: set[str] = set()
    # Pages written by earlier builds are already done, and what they use is on record:
    # this pass parses only the pages that this build wrote.
    record_path = Path(app.doctreedir) / PAGE_RECORD
    previous = read_page_record(record_path)
    record: dict[str, PageRecord] = {}
    # The instructor view is built into the learner site's folder; its own build does its pages.
    for page in site_pages(outdir, frozenset({app.config.pakru_instructor_path.strip("/").split("/")[0]})):
        key = str(page)
        seen = previous.get(key)
        if seen is not None and seen["stamp"] == file_stamp(page):
            names, unknown = set(seen["names"]), set(seen["unknown"])
        else:
            parsed = HTMLParser(page.read_text(encoding="utf-8"))
            changed, unknown = inline_icons(parsed, icons)
            if changed:
                page.write_text(parsed.html or "", encoding="utf-8")
            names = page_names(parsed)
        record[key] = {"stamp": file_stamp(page), "names": sorted(names), "unknown": sorted(unknown)}
        used |= names
        missing |= unknown
    write_page_record(record_path, record)
    if missing:
        logger.warning(
            "no icon for %s in the theme's icon set; those elements stay empty",
            ", ".join(sorted(missing)),
            type="pakru",
            subtype="site_assets",
        )
    # Nothing loads the icon-font CSS any more; the script's SVG rules come first, as it injects them.
    used -= STYLE_CLASSES
    write_bundle(app, static, icons, frozenset(used))
    for name in ICON_FILES:
        (static / name).unlink(missing_ok=True)
    shutil.rmtree(static / ICON_FONTS, ignore_errors=True)
    with contextlib.suppress(OSError):  # the fonts' folder, unless something else is in it
        (static / ICON_FONTS).parent.rmdir()


PAGE_RECORD = "pakru-site-pages.json"


class PageRecord(TypedDict):
    stamp: list[int]  # the page's modification time (ns) and size when it was last done
    names: list[str]  # the ids and classes it uses
    unknown: list[str]  # icon classes the theme has no icon for (warned in every build)


def file_stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_mtime_ns, stat.st_size]


def read_page_record(path: Path) -> dict[str, PageRecord]:
    """The pages the last build finished, or nothing if there is no usable record."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(record, dict) or record.get("version") != __version__:
        return {}
    return record.get("pages", {})


def write_page_record(path: Path, pages: dict[str, PageRecord]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"version": __version__, "pages": pages}), encoding="utf-8")
    temporary.replace(path)


BUNDLE_STAMP = "pakru-theme-css.sha256"


def parse_theme_css_ahead(app: Sphinx) -> None:
    """On a build with no bundle to reuse, have the theme's stylesheets parsed while the pages are built."""
    if not applies(app) or (Path(app.doctreedir) / BUNDLE_STAMP).is_file():
        return
    folders = [Path(folder) / "static" for folder in app.builder.theme.get_theme_dirs()]  # type: ignore[attr-defined]
    # The extensions have added their own static folders by now (this runs after their builder-inited).
    folders += [Path(app.confdir, folder) for folder in app.config.html_static_path]
    parse_ahead(app, (folder / name for folder in folders for name in (*THEME_CSS, *EXTENSION_CSS)))


def write_bundle(app: Sphinx, static: Path, icons: IconSource, names: frozenset[str]) -> None:
    """Write the trimmed stylesheet bundle, unless its inputs are those of the last build."""

    def read(names: tuple[str, ...]) -> dict[str, str]:
        present = [name for name in names if (static / name).is_file()]
        return {name: (static / name).read_text(encoding="utf-8") for name in present}

    theme_css, own_css = read((*THEME_CSS, *EXTENSION_CSS)), read(OWN_CSS)
    # Parsing the theme's CSS is most of this module's time: an unchanged site reuses the last bundle.
    inputs = json.dumps([__version__, sorted(names), icons.svg_css, theme_css, own_css])
    key = hashlib.sha256(inputs.encode("utf-8")).hexdigest()
    stamp = Path(app.doctreedir) / BUNDLE_STAMP
    target = Path(app.outdir) / BUNDLE
    if target.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == key:
        return
    parts = [trim_rules(icons.svg_css, names, lambda block: block)]
    for name, css in theme_css.items():
        variables = icon_variables(css, icons)
        sheet = parsed_stylesheet(app, css)
        trimmed = trim_stylesheet(sheet, names, lambda block, v=variables: mask_font_icons(block, v))
        parts.append(rebase_urls(trimmed, name))
    parts += [rebase_urls(css, name) for name, css in own_css.items()]
    target.write_text("\n".join(parts) + "\n", encoding="utf-8")
    stamp.write_text(key, encoding="utf-8")


def setup_site_assets(app: Sphinx) -> None:
    app.add_config_value("pakru_trim_theme", True, "html", types=frozenset({bool}))
    app.add_config_value("pakru_page_descriptions", {}, "html", types=frozenset({dict}))
    app.connect("builder-inited", add_sidebar_toggle_fix)
    # After the front matter's descriptions are in (page_metadata, at 500).
    app.connect("html-page-context", describe_generated_pages, priority=600)
    # After the theme, the extensions and the quiz have added their files to the page.
    app.connect("html-page-context", trim_page_assets, priority=900)
    # Before sphinxext-opengraph (500) reads the page's fields.
    app.connect("html-page-context", copy_description_to_opengraph, priority=450)
    # After the extensions have added their static folders.
    app.connect("builder-inited", parse_theme_css_ahead, priority=900)
    # After the theme rewrites pygments.css (at 500) with its accessible colours.
    app.connect("build-finished", finish_site, priority=800)
    app.connect("build-finished", stop_parsing_ahead, priority=900)
