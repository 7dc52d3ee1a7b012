"""The theme's Font Awesome icons as inline SVG and CSS masks, without its 1.5 MB script.

The book theme ships an icon script that swaps each empty ``<i class="fa-...">``
element for an SVG when the page runs, and an icon font for the glyphs its CSS
draws in pseudo-elements. :func:`inline_icons` writes those very SVGs into the
built pages, and :func:`mask_font_icons` replaces the font glyphs with masks cut
from the same icons, so that neither the script nor the fonts need to load.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

ICON_SCRIPT = "scripts/fontawesome.js"
ICON_FILES = ("scripts/fontawesome.js", "scripts/fontawesome.js.map", "scripts/fontawesome.js.LICENSE.txt")
ICON_FONTS = "vendor/fontawesome"


@dataclass(frozen=True)
class Icon:
    width: int
    height: int
    path: str

    def svg(self, attributes: dict[str, str]) -> str:
        return str(render("icon.svg", icon=self, attributes=attributes))

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


# The theme's templates write each icon as an empty element: <i class="fa-solid fa-bars"></i>.
ICON_ELEMENTS = 'i[class*="fa-"], span[class*="fa-"]'
STYLE_CLASSES = frozenset({"fa", "fas", "far", "fab", "fa-solid", "fa-regular", "fa-brands", "fa-classic"})


def inline_icons(page: HTMLParser, icons: IconSource) -> tuple[bool, set[str]]:
    """Draw each empty icon element of ``page`` as the SVG that the theme's script would put there.

    Returns whether the page changed and the class names of icon elements whose icon is unknown.
    """
    missing: set[str] = set()
    changed = False
    for element in page.css(ICON_ELEMENTS):
        if (element.text() or "").strip() or any(child.is_element_node for child in element.iter()):
            continue  # not an empty icon placeholder
        attributes = {name: value or "" for name, value in element.attributes.items()}
        classes = attributes.pop("class", "").split()
        if not any(name.startswith("fa-") for name in classes):
            continue
        icon = next(
            (found for name in classes if name.startswith("fa-") and (found := icons.named(name[3:]))), None
        )
        if icon is None:
            missing.update(name for name in classes if name.startswith("fa-") and name not in STYLE_CLASSES)
            continue
        kept = " ".join(["svg-inline--fa", *(c for c in classes if c not in STYLE_CLASSES)])
        # As the script does: an icon without a title or label is decoration.
        if not {"title", "aria-label", "aria-labelledby"} & attributes.keys():
            attributes["aria-hidden"] = "true"
        svg = HTMLParser(icon.svg({"class": kept, **attributes})).css_first("svg")
        assert svg is not None
        element.replace_with(svg)
        changed = True
    return changed, missing


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
