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
import json
import posixpath
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sphinx.util import logging

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
ICON_SCRIPT = "scripts/fontawesome.js"
ICON_FILES = ("scripts/fontawesome.js", "scripts/fontawesome.js.map", "scripts/fontawesome.js.LICENSE.txt")
ICON_FONTS = "vendor/fontawesome"

# Scripts that act only on certain markup in the page body, and the markup.
SCRIPT_NEEDS = {
    "clipboard.min.js": re.compile(r'class="highlight"'),
    "copybutton.js": re.compile(r'class="highlight"'),
    "togglebutton.js": re.compile(r'class="[^"]*(?<![\w-])(?:toggle|dropdown)(?![\w-])'),
    "design-tabs.js": re.compile(r"sd-tab-set"),
}
# Inline scripts that only configure one of those scripts.
INLINE_OWNERS = {"togglebutton.js": re.compile(r"toggle", re.IGNORECASE)}
# The inline scripts after it read DOCUMENTATION_OPTIONS at once, so it cannot wait.
KEEP_BLOCKING = frozenset({"documentation_options.js"})
# Bootstrap builds these class names at run time ("bs-tooltip-auto").
DYNAMIC_PREFIXES = ("bs-",)
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


# --- Icons -------------------------------------------------------------------


@dataclass(frozen=True)
class Icon:
    width: int
    height: int
    path: str

    def svg(self, attributes: str) -> str:
        return (
            f'<svg{attributes} role="img" viewBox="0 0 {self.width} {self.height}">'
            f'<path fill="currentColor" d="{self.path}"></path></svg>'
        )

    def mask_url(self) -> str:
        box = f"0 0 {self.width} {self.height}"
        svg = f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='{box}'><path d='{self.path}'/></svg>"
        return f'url("data:image/svg+xml,{quote(svg, safe=" /=:,.-")}")'


# Where the script registers each style, after its icons: p("fas",b),p("fa-solid",b).
_ICON_PACK = re.compile(r'\("(fab|far|fas)",(\w+)\),\w+\("fa-(?:brands|regular|solid)",\2\)')
# One icon, from the colon after its name: :[width,height,[aliases],"codepoint","path"].
_ICON_BODY = re.compile(r':\[(\d+),(\d+),\[([^\]]*)\],"([0-9a-f]+)","((?:[^"\\]|\\.)*)"\]')
# The CSS that the script injects for the SVGs it draws.
_ICON_CSS = re.compile(r'=(":root, :host \{(?:[^"\\]|\\.)*")')


class IconSource:
    """The theme's bundled Font Awesome data, searched only for the icons the site uses.

    The script is 1.5 MB; reading every icon in it would take longer than all
    the rest of this module's work.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        bounds: dict[str, tuple[int, int]] = {}
        start = 0
        for pack in _ICON_PACK.finditer(text):
            bounds[pack.group(1)] = (start, pack.start())
            start = pack.end()
        # Solid first: the theme's templates use it for everything but brand logos.
        self.packs = [bounds[style] for style in ("fas", "fab", "far") if style in bounds]
        css = _ICON_CSS.search(text)
        self.svg_css: str = json.loads(css.group(1).replace("\\'", "'")) if css else ""
        self._found: dict[str, Icon | None] = {}

    def _search(
        self, key: str, needles: tuple[str, ...], test: Callable[[re.Match[str]], bool]
    ) -> Icon | None:
        """The first icon, solid first, whose entry holds one of ``needles`` and passes ``test``."""
        if key not in self._found:
            self._found[key] = next(self._matches(needles, test), None)
        return self._found[key]

    def _matches(self, needles: tuple[str, ...], test: Callable[[re.Match[str]], bool]) -> Iterator[Icon]:
        for start, end in self.packs:
            for needle in needles:
                at = self.text.find(needle, start, end)
                while at >= 0:
                    entry = _ICON_BODY.match(self.text, self.text.rfind(":[", start, at + len(needle)))
                    if entry and test(entry):
                        yield Icon(int(entry[1]), int(entry[2]), entry[5])
                    at = self.text.find(needle, at + 1, end)

    def named(self, name: str) -> Icon | None:
        """The icon called ``name`` (``bars`` for ``fa-bars``), or that has it as an alias."""
        return self._search(
            name, (f'"{name}":[', f",{name}:[", f"{{{name}:["), lambda match: True
        ) or self._search(f"alias {name}", (f'"{name}"',), lambda match: f'"{name}"' in match[3])

    def coded(self, codepoint: str) -> Icon | None:
        """The icon whose font glyph is at ``codepoint`` (hexadecimal, as ``f0f3``)."""
        return self._search(f"glyph {codepoint}", (f'],"{codepoint}","',), lambda m: m[4] == codepoint)


@cache
def read_icons(script: Path) -> IconSource:
    return IconSource(script.read_text(encoding="utf-8"))


def theme_icons(app: Sphinx) -> IconSource | None:
    """The theme's own copy of its icon script (the site's copy is removed)."""
    for folder in app.builder.theme.get_theme_dirs():  # type: ignore[attr-defined]
        if (script := Path(folder) / "static" / ICON_SCRIPT).is_file():
            icons = read_icons(script)
            return icons if icons.packs and icons.svg_css and icons.named("bars") else None
    return None


# An empty icon element from the theme's templates: <i class="fa-solid fa-bars"></i>.
_ICON_ELEMENT = re.compile(r"<(i|span)(\s[^<>]*\bclass=\"[^\"]*\bfa-[^\"]*\"[^<>]*)>\s*</\1>")
_ATTRIBUTE = re.compile(r'\s([\w:-]+)(?:="([^"]*)")?')
STYLE_CLASSES = frozenset({"fa", "fas", "far", "fab", "fa-solid", "fa-regular", "fa-brands", "fa-classic"})


def inline_icons(html: str, icons: IconSource) -> tuple[str, set[str]]:
    """Draw each icon element as the SVG that the theme's script would put in its place.

    Returns the page and the class names of icon elements whose icon is unknown.
    """
    missing: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        attributes = dict(_ATTRIBUTE.findall(match.group(2)))
        classes = attributes.pop("class").split()
        icon = next(
            (found for name in classes if name.startswith("fa-") and (found := icons.named(name[3:]))), None
        )
        if icon is None:
            missing.update(name for name in classes if name.startswith("fa-") and name not in STYLE_CLASSES)
            return match.group(0)
        kept = " ".join(["svg-inline--fa", *(c for c in classes if c not in STYLE_CLASSES)])
        extra = "".join(f' {name}="{value}"' for name, value in attributes.items())
        # As the script does: an icon without a title or label is decoration.
        if not {"title", "aria-label", "aria-labelledby"} & attributes.keys():
            extra += ' aria-hidden="true"'
        return icon.svg(f' class="{kept}"{extra}')

    return _ICON_ELEMENT.sub(replace, html), missing


# The theme also draws icons in pseudo-elements with the icon font (admonition
# titles, external links); masks cut from the same icons replace the glyphs.
PSEUDO_ICON_BOX = (
    "display:inline-block;width:1em;height:1em;vertical-align:-.125em;background-color:currentColor;"
    "-webkit-mask:var(--pakru-icon) center/contain no-repeat;mask:var(--pakru-icon) center/contain no-repeat"
)
_ICON_FONT = re.compile(r"font:var\(--fa-font-(?:solid|regular|brands)\)")
_ICON_CONTENT = re.compile(r"content:var\(--pst-icon-([\w-]+)\)")
_ICON_VARIABLE = re.compile(r"--pst-icon-([\w-]+):(var\(--pst-icon-([\w-]+)\)|\"(?:[^\"\\]|\\.)*\")")


def icon_variables(css: str, icons: IconSource) -> dict[str, Icon]:
    """The theme's ``--pst-icon-*`` variables (a glyph each, or another variable), resolved."""
    aliases: dict[str, str] = {}
    glyphs: dict[str, str] = {}
    for match in _ICON_VARIABLE.finditer(css):
        if match.group(3):
            aliases[match.group(1)] = match.group(3)
        else:
            glyphs[match.group(1)] = match.group(2)[1:-1]
    resolved: dict[str, Icon] = {}
    for name in {*aliases, *glyphs}:
        target, seen = name, set()
        while target in aliases and target not in seen:
            seen.add(target)
            target = aliases[target]
        glyph = glyphs.get(target, "")
        # The glyph is the character itself or its escape, as in "\f0f3".
        codepoint = f"{ord(glyph):x}" if len(glyph) == 1 else glyph.lstrip("\\").lower()
        if icon := icons.coded(codepoint):
            resolved[name] = icon
    return resolved


def mask_font_icons(block: str, variables: dict[str, Icon]) -> str:
    """Turn a rule's icon-font glyph into a mask of the same icon."""

    def content(match: re.Match[str]) -> str:
        icon = variables.get(match.group(1))
        return f"content:'';--pakru-icon:{icon.mask_url()}" if icon else match.group(0)

    box = PSEUDO_ICON_BOX
    if "position:absolute" in block:
        # A glyph sits half a leading below the top of its line; the mask's box must too.
        box += ";translate:0 calc((1lh - 1em) / 2)"
    return _ICON_FONT.sub(box, _ICON_CONTENT.sub(content, block))


# --- Stylesheets -------------------------------------------------------------

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


# --- What the site uses ------------------------------------------------------

_CLASS_ATTRIBUTE = re.compile(r"""\sclass=(?:"([^"]*)"|'([^']*)')""")
_ID_ATTRIBUTE = re.compile(r"""\sid=(?:"([^"]*)"|'([^']*)')""")
_JS_WORD = re.compile(r"[A-Za-z_][\w-]*")


def page_names(html: str) -> set[str]:
    names = {match.group(1) or match.group(2) or "" for match in _ID_ATTRIBUTE.finditer(html)}
    for match in _CLASS_ATTRIBUTE.finditer(html):
        names.update((match.group(1) or match.group(2) or "").split())
    return names


def script_names(static: Path) -> set[str]:
    """Every word of the site's scripts: a superset of the classes and ids they add to pages."""
    names: set[str] = set()
    for script in static.rglob("*.js"):
        if script.relative_to(static).as_posix() != ICON_SCRIPT:
            names.update(_JS_WORD.findall(script.read_text(encoding="utf-8", errors="replace")))
    return names


def site_pages(outdir: Path) -> list[Path]:
    return [
        page
        for page in sorted(outdir.rglob("*.html"))
        if not {"_static", "_sources"} & set(page.relative_to(outdir).parts)
    ]


# --- Sphinx events -----------------------------------------------------------


def trim_page_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """Swap the page's stylesheets for the bundle; defer its scripts and drop the unused ones."""
    if not applies(app):
        return
    context["pakru_site_assets"] = {"stylesheet": BUNDLE}
    app.add_js_file(None, body=SIDEBAR_TOGGLES)
    bundled = {f"_static/{name}" for name in (*EXTENSION_CSS, *OWN_CSS)} | {*EXTENSION_CSS, *OWN_CSS}
    context["css_files"] = [
        css for css in context.get("css_files", []) if str(getattr(css, "filename", css)) not in bundled
    ]
    body = str(context.get("body") or "")
    unused = {name for name, markup in SCRIPT_NEEDS.items() if not markup.search(body)}
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
    if description and 'name="description"' not in metatags:
        tag = f'<meta name="description" content="{escape(description, quote=True)}" />\n'
        context["metatags"] = metatags + tag


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
    # Pages written by earlier builds are already done: this pass changes only new ones.
    missing: set[str] = set()
    for page in site_pages(outdir):
        html = page.read_text(encoding="utf-8")
        drawn, unknown = inline_icons(html, icons)
        if drawn != html:
            page.write_text(drawn, encoding="utf-8")
        used |= page_names(drawn)
        missing |= unknown
    if missing:
        logger.warning(
            "no icon for %s in the theme's icon set; those elements stay empty",
            ", ".join(sorted(missing)),
            type="pakru",
            subtype="site_assets",
        )
    # Nothing loads the icon-font CSS any more; the script's SVG rules come first, as it injects them.
    used -= STYLE_CLASSES
    names = frozenset(used)
    parts = [trim_rules(squeeze(strip_comments(icons.svg_css)[0]), names, lambda block: block)]
    for name in (*THEME_CSS, *EXTENSION_CSS):
        if (source := static / name).is_file():
            css, notices = strip_comments(source.read_text(encoding="utf-8"))
            variables = icon_variables(css, icons)
            trimmed = trim_rules(squeeze(css), names, lambda block, v=variables: mask_font_icons(block, v))
            parts.append("".join(notices) + rebase_urls(trimmed, name))
    for name in OWN_CSS:
        if (source := static / name).is_file():
            parts.append(rebase_urls(source.read_text(encoding="utf-8"), name))
    bundle = "\n".join(parts) + "\n"
    target = outdir / BUNDLE
    if not target.is_file() or target.read_text(encoding="utf-8") != bundle:
        target.write_text(bundle, encoding="utf-8")
    for name in ICON_FILES:
        (static / name).unlink(missing_ok=True)
    shutil.rmtree(static / ICON_FONTS, ignore_errors=True)
    with contextlib.suppress(OSError):  # the fonts' folder, unless something else is in it
        (static / ICON_FONTS).parent.rmdir()


def setup_site_assets(app: Sphinx) -> None:
    app.add_config_value("pakru_trim_theme", True, "html", types=frozenset({bool}))
    app.add_config_value("pakru_page_descriptions", {}, "html", types=frozenset({dict}))
    # After the front matter's descriptions are in (page_metadata, at 500).
    app.connect("html-page-context", describe_generated_pages, priority=600)
    # After the theme, the extensions and the quiz have added their files to the page.
    app.connect("html-page-context", trim_page_assets, priority=900)
    # Before sphinxext-opengraph (500) reads the page's fields.
    app.connect("html-page-context", copy_description_to_opengraph, priority=450)
    # After the theme rewrites pygments.css (at 500) with its accessible colours.
    app.connect("build-finished", finish_site, priority=800)
