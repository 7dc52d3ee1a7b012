"""Draw a course map as an accessible SVG, the way the timeline is drawn.

* a fixed ``viewBox`` width of :data:`VIEW_WIDTH` units, drawn at most that many CSS
  pixels wide, so 12-unit text is never below 12 px on a 375 px phone;
* ``<title>`` and ``<desc>``; text as text; no remote loads (patterns are inline);
* colour is never the only code: areas have patterns as well as fills, lines have dash
  patterns, and every drawn thing has a label or a legend entry;
* labels are placed by :mod:`pakru.label_layout`, so they never overlap one another
  or a point's mark; a label that cannot be placed is an error, not a silent drop.

The output depends only on the map data, so :func:`render_map_cached` keys a cache by
a digest of the inputs and the renderer's version.
"""

from __future__ import annotations

import hashlib
import math
import textwrap
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from pakru.events import PartialDate
from pakru.label_layout import (
    GLYPH_WIDTH_EM,
    LINE_HEIGHT_EM,
    Box,
    LabelRequest,
    PlacedLabel,
    place_labels,
)
from pakru.maps.data import Line, MapData, MapDataError, MapSpec, Place, parse_pairs

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

# shapely, pyproj and numpy are imported where a map is drawn, not with this module: every
# build imports it, and a build whose maps are all cached need not pay for them.

# Bump when the drawing changes, so cached maps are drawn again.
RENDERER_VERSION = "6"
VIEW_WIDTH = 320
# The map's own file is drawn this much larger than the page's copy, which keeps 12 px labels on a phone.
FULL_SIZE_SCALE = 2
FONT_SIZE = 12
MARGIN = 2.0
# Outline detail, in SVG units (a map is 320 wide): finer detail cannot be seen on a phone,
# and every point of a path is parsed before a lesson page first paints.
SIMPLIFY_UNITS = 0.5
# Islands and holes smaller than this (square units) are specks at any size a map is shown.
MIN_RING_AREA = 2.0
# An area's name may move only this many rings from where the data puts it, or it would name another area.
AREA_REACH = 2
MARK_RADIUS = 3.5
# A label this far from its dot (SVG units) gets a leader line: next to other dots it could be read as theirs.
LEADER_FROM = 8.0
LEGEND_SWATCH = 22
TEXT_COLOUR = "#1a1a1a"
SEA_COLOUR = "#e4edf2"
LAND_COLOUR = "#f7f4ec"
BORDER_COLOUR = "#8f897c"
# Fill, pattern ink, and the pattern's shape, for each shade style (see data.SHADE_STYLES).
SHADE_PATTERNS: dict[str, tuple[str, str, str]] = {
    "red-hatch": ("#f4dcd3", "#a4452c", '<path d="M0 6L6 0" stroke-width="1.2"/>'),
    "blue-dots": ("#d9e9f0", "#1b6f8a", '<circle cx="3" cy="3" r="1.1" stroke="none"/>'),
    "green-cross": ("#e1edd6", "#4f7a28", '<path d="M0 3H6M3 0V6" stroke-width=".9"/>'),
    "sand": ("#eee0bb", "#8a6d1f", '<circle cx="1.5" cy="1.5" r=".6" stroke="none"/>'),
    "grey": ("#dedede", "#555555", '<path d="M0 0L6 6" stroke-width=".7"/>'),
    "purple-hatch": ("#e8def1", "#6b4c9a", '<path d="M0 0L6 6" stroke-width="1.2"/>'),
    "teal": ("#d3ebe6", "#1d6b5f", '<path d="M0 3H6" stroke-width="1"/>'),
}
# Stroke colour, width and dash array for each kind of line (pipelines by status).
LINE_STYLES: dict[str, tuple[str, float, str]] = {
    "border": ("#3d3d3d", 1.4, ""),
    "disputed": ("#6b2c91", 2.2, "6 4"),
    "approx-border": ("#3d3d3d", 1.6, "9 3 2 3"),
    "route": ("#a4452c", 2.2, ""),
    "zone": ("#3d3d3d", 1.0, "2 2"),
    "pipeline-built": ("#1d6b5f", 2.6, ""),
    # Short dashes, so that even the short built stretch of TAPI shows them.
    "pipeline-under-construction": ("#1d6b5f", 2.6, "6 2"),
    "pipeline-agreed": ("#1d6b5f", 2.4, "4 4"),
    "pipeline-proposed": ("#1d6b5f", 2.4, "1.5 3.5"),
}
LINE_LEGEND = {
    "border": "Boundary",
    "disputed": "Disputed line: the course takes no position",
    "approx-border": "Approximate line (the sources describe it only roughly)",
    "route": "Route or corridor (schematic)",
    "pipeline-built": "Pipeline, built",
    "pipeline-under-construction": "Pipeline, under construction",
    "pipeline-agreed": "Pipeline, agreed but not built",
    "pipeline-proposed": "Pipeline, proposed",
}
LABEL_SUFFIX = {"disputed": " (disputed)", "approx-border": " (approx.)"}
POINT_KINDS = {"capital", "city", "town", "port", "pass", "site", "field"}
SVG_STYLE = (
    f"text{{font:{FONT_SIZE}px sans-serif;fill:{TEXT_COLOUR}}}"
    ".halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
    f".land{{fill:{LAND_COLOUR};stroke:{BORDER_COLOUR};stroke-width:.6;stroke-linejoin:round}}"
    ".region{font-style:italic}"
    ".line{fill:none;stroke-linecap:round;stroke-linejoin:round}"
    f".mark{{fill:{TEXT_COLOUR};stroke:#fff;stroke-width:1}}"
    ".leader{stroke:#555;stroke-width:.6}"
    ".legend-title{font-weight:bold}"
)


@dataclass(frozen=True)
class _Label:
    key: str
    lines: tuple[str, ...]
    x: float
    y: float
    priority: int
    css: str
    alternatives: tuple[tuple[float, float], ...] = ()
    centred: bool = False
    reach: int | None = None


def label_text(place: Place, spec: MapSpec) -> str:
    if spec.label_years and place.start:
        return f"{place.label} {place.start[:4]}"
    return place.label


def line_label(line: Line) -> str:
    return line.label + LABEL_SUFFIX.get(line.kind, "")


def line_style_key(line: Line) -> str:
    return f"pipeline-{line.status}" if line.kind == "pipeline" else line.kind


def _without_specks(geometry: BaseGeometry) -> BaseGeometry:
    """Land without the islands and holes smaller than :data:`MIN_RING_AREA`."""
    from shapely.geometry import MultiPolygon, Polygon

    polygons = [part for part in getattr(geometry, "geoms", [geometry]) if isinstance(part, Polygon)]
    if not polygons or len(polygons) != len(getattr(geometry, "geoms", [geometry])):
        return geometry  # lines, or a mixed collection: nothing to drop
    kept = [
        Polygon(part.exterior, [hole for hole in part.interiors if Polygon(hole).area >= MIN_RING_AREA])
        for part in polygons
        if part.area >= MIN_RING_AREA
    ]
    return MultiPolygon(kept) if kept else Polygon()


def _tenths(value: int) -> str:
    """A whole number of tenths as the shortest SVG number: 12 → "1.2", -3 → "-.3", 10 → "1"."""
    sign = "-" if value < 0 else ""
    whole, tenth = divmod(abs(value), 10)
    if not tenth:
        return f"{sign}{whole}"
    return f"{sign}{whole or ''}.{tenth}"


def _numbers(values: list[int]) -> str:
    """Numbers in tenths, separated only where the next one does not start with a minus sign."""
    out = ""
    for value in values:
        text = _tenths(value)
        out += text if not out or text.startswith("-") else f" {text}"
    return out


def _path(geometry: BaseGeometry) -> str:
    """SVG path data for polygons and lines, at 0.1-unit precision.

    Each ring starts at an absolute point and goes on in relative steps: the steps are short
    numbers, and a lesson page carries several maps that a phone downloads before drawing.
    Points are rounded to tenths before the steps are taken, so rounding never accumulates.
    """
    from shapely.geometry import LineString, Polygon

    parts: list[str] = []

    def ring(coords: object, close: bool) -> None:
        points = [(round(x * 10), round(y * 10)) for x, y, *_ in list(coords)]  # type: ignore[call-overload]
        if len(points) < 2:
            return
        steps: list[int] = []
        for (x0, y0), (x1, y1) in pairwise(points):
            if (x1, y1) != (x0, y0):
                steps += [x1 - x0, y1 - y0]
        start = "M" + _numbers(list(points[0]))
        parts.append(start + ("l" + _numbers(steps) if steps else "") + ("z" if close else ""))

    for part in getattr(geometry, "geoms", [geometry]):
        if isinstance(part, Polygon):
            ring(part.exterior.coords, True)
            for interior in part.interiors:
                ring(interior.coords, True)
        elif isinstance(part, LineString):
            ring(part.coords, False)
        elif hasattr(part, "geoms"):
            parts.append(_path(part))
    return "".join(parts)


def _wrap(text: str, width: float) -> tuple[str, ...]:
    characters = max(int(width / (GLYPH_WIDTH_EM * FONT_SIZE)), 8)
    return tuple(textwrap.wrap(text, characters)) or (text,)


def _svg_id(map_id: str) -> str:
    return f"map-{map_id}"


def _zone_geometry(line: Line, data: MapData) -> BaseGeometry:
    from shapely.geometry import Polygon, shape

    outline = Polygon(parse_pairs(line.coordinates))
    return outline.intersection(shape(data.countries[line.clip]["geometry"]))


def render_map_svg(spec: MapSpec, data: MapData, strict: bool = True) -> str:
    """Return the SVG markup for one map.

    Raises MapDataError when a label cannot be placed, unless ``strict`` is false (for
    authors looking at a draft), when such labels are left out.
    """
    from shapely.geometry import LineString, box, shape
    from shapely.ops import unary_union

    from pakru.maps.projection import MapFrame

    frame = MapFrame.fit(spec.extent, VIEW_WIDTH - 2 * MARGIN)
    frame_box = box(0, 0, frame.width, frame.height)
    west, south, east, north = spec.extent
    lonlat_window = box(west - 3, south - 3, east + 3, north + 3)
    svg_id = _svg_id(spec.id)
    places = data.places_on(spec.id)
    lines = data.lines_on(spec.id)

    def project(geometry: BaseGeometry) -> BaseGeometry:
        projected = frame.geometry(geometry.intersection(lonlat_window)).simplify(SIMPLIFY_UNITS)
        return projected.intersection(frame_box)

    defs: list[str] = []
    for style, (fill, ink, motif) in SHADE_PATTERNS.items():
        defs.append(
            f'<pattern id="{svg_id}-{style}" width="6" height="6" patternUnits="userSpaceOnUse">'
            f'<rect width="6" height="6" fill="{fill}"/><g stroke="{ink}" fill="{ink}">{motif}</g></pattern>'
        )
    defs.append(
        f'<marker id="{svg_id}-arrow" viewBox="0 0 8 8" refX="6" refY="4" markerWidth="4" markerHeight="4" '
        f'orient="auto-start-reverse"><path d="M0 0L8 4L0 8Z" fill="{LINE_STYLES["route"][0]}"/></marker>'
    )
    body: list[str] = [
        f'<rect class="sea" width="{frame.width:.1f}" height="{frame.height:.1f}" fill="{SEA_COLOUR}"/>'
    ]

    shaded: dict[str, str] = {}
    for shade in spec.shades:
        for country in shade.countries:
            shaded[country] = shade.style
    for country_id, feature in sorted(data.countries.items()):
        geometry = project(shape(feature["geometry"]))
        # A shaded country's islands are part of what the map says (the Andamans are India's).
        if country_id not in shaded:
            geometry = _without_specks(geometry)
        if geometry.is_empty:
            continue
        style = shaded.get(country_id)
        fill = f' style="fill:url(#{svg_id}-{style})"' if style else ""
        body.append(f'<path class="land" data-country="{country_id}"{fill} d="{_path(geometry)}"/>')
    zones = {line.id: line for line in lines if line.kind == "zone"}
    for shade in spec.shades:
        for zone_id in shade.zones:
            geometry = project(_zone_geometry(zones[zone_id], data))
            body.append(
                # No outline: a zone's edges are its own dashed lines or borders, which a solid
                # outline underneath would fill in.
                f'<path class="zone" data-zone="{zone_id}" fill="url(#{svg_id}-{shade.style})" '
                f'stroke="none" d="{_path(geometry)}"/>'
            )

    labels: list[_Label] = []
    obstacles: list[Box] = []
    used_line_styles: list[str] = []
    for line in lines:
        if line.kind == "zone":
            continue
        key = line_style_key(line)
        colour, width, dashes = LINE_STYLES[key]
        if key not in used_line_styles:
            used_line_styles.append(key)
        projected = [project(LineString(path)) for path in data.line_paths(line)]
        visible = unary_union([geometry for geometry in projected if not geometry.is_empty])
        if visible.is_empty:
            raise MapDataError(f"map {spec.id}: line {line.id} lies outside the map's extent")
        dash = f' stroke-dasharray="{dashes}"' if dashes else ""
        arrow = f' marker-end="url(#{svg_id}-arrow)"' if line.kind == "route" else ""
        body.append(
            f'<path class="line {line.kind}" data-line="{line.id}" stroke="{colour}" stroke-width="{width}"'
            f'{dash}{arrow} d="{_path(visible)}"/>'
        )
        pieces = list(getattr(visible, "geoms", [visible]))
        longest = max(pieces, key=lambda piece: piece.length)
        along = [
            longest.interpolate(share, normalized=True) for share in (0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95)
        ]
        labels.append(
            _Label(
                f"line-{line.id}",
                _wrap(line_label(line), 150),
                along[0].x,
                along[0].y,
                1,
                "line-label",
                tuple((point.x, point.y) for point in along[1:]),
            )
        )

    for place in places:
        x, y = frame.point(place.lon, place.lat)
        if not (0 <= x <= frame.width and 0 <= y <= frame.height):
            raise MapDataError(f"map {spec.id}: place {place.id} lies outside the map's extent")
        if place.kind in POINT_KINDS:
            obstacles.append(Box.around(x, y, MARK_RADIUS + 1.0))  # a clear gap, stroke included
            labels.append(
                _Label(f"place-{place.id}", _wrap(label_text(place, spec), 130), x, y, 3, "place-label")
            )
        else:
            labels.append(
                _Label(
                    f"place-{place.id}",
                    _wrap(label_text(place, spec), 120),
                    x,
                    y,
                    2,
                    "region",
                    centred=True,
                    reach=AREA_REACH,
                )
            )
    for text, _country, lon, lat in spec.country_labels:
        x, y = frame.point(lon, lat)
        labels.append(
            _Label(f"area-{text}", _wrap(text, 120), x, y, 2, "region", centred=True, reach=AREA_REACH)
        )

    requests = [
        LabelRequest(
            label.key,
            label.lines,
            label.x,
            label.y,
            FONT_SIZE,
            label.priority,
            label.alternatives,
            label.centred,
            label.reach,
        )
        for label in labels
    ]
    layout = place_labels(requests, Box(0, 0, frame.width, frame.height), obstacles, gap=5.0, steps=8)
    if layout.unplaced and strict:
        names = ", ".join(request.key for request in layout.unplaced)
        raise MapDataError(
            f"map {spec.id}: no room for the labels {names}; shorten them (label column) or widen the extent"
        )
    css_by_key = {label.key: label.css for label in labels}
    for place in places:
        if place.kind in POINT_KINDS:
            x, y = frame.point(place.lon, place.lat)
            body.append(_mark(place, spec, x, y))
    for placed in layout.placed:
        if css_by_key[placed.request.key] == "place-label":
            body.append(_leader(placed))
    for placed in layout.placed:
        body.append(_text(placed, css_by_key[placed.request.key]))

    legend, legend_height = _legend(spec, svg_id, used_line_styles, places, frame.height + 2 * MARGIN)
    height = frame.height + 2 * MARGIN + legend_height
    points = sum(1 for place in places if place.kind in POINT_KINDS)
    description = (
        f"Map of {spec.title}, in a Lambert conformal conic projection, with {points} places, "
        f"{len([line for line in lines if line.kind != 'zone'])} lines and {len(spec.shades)} shaded areas. "
        "Modern borders from Natural Earth are drawn for orientation. "
        "Everything the map shows is listed as text after it."
    )
    frame_size = f'width="{frame.width:.1f}" height="{frame.height:.1f}"'
    return "\n".join(
        [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pakru-map-svg" id="{svg_id}" '
            f'viewBox="0 0 {VIEW_WIDTH} {height:.0f}" width="{VIEW_WIDTH}" height="{height:.0f}" '
            f'role="img" aria-labelledby="{svg_id}-title {svg_id}-desc" '
            'style="display:block;max-width:100%;height:auto;margin:0 auto">',
            f'<title id="{svg_id}-title">{escape(spec.title)}</title>',
            f'<desc id="{svg_id}-desc">{escape(description)}</desc>',
            f"<style>{SVG_STYLE}</style>",
            f"<defs>{''.join(defs)}</defs>",
            f'<rect width="{VIEW_WIDTH}" height="{height:.0f}" fill="#fff"/>',
            f'<clipPath id="{svg_id}-frame"><rect {frame_size}/></clipPath>',
            f'<g transform="translate({MARGIN} {MARGIN})">',
            f'<g clip-path="url(#{svg_id}-frame)">',
            *body,
            "</g>",
            f'<rect {frame_size} fill="none" stroke="#555" stroke-width=".8"/>',
            "</g>",
            legend,
            "</svg>",
        ]
    )


def mark_kind(place: Place, spec: MapSpec) -> str:
    """The place's kind as this map draws it: a former capital is a city on a later map."""
    if place.kind == "capital" and not spec.shows_period(place.start, place.end):
        return "city"
    return place.kind


def _mark(place: Place, spec: MapSpec, x: float, y: float) -> str:
    r = MARK_RADIUS
    kind = mark_kind(place, spec)
    if kind == "capital":
        shape_markup = f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"'
    elif kind == "pass":
        shape_markup = (
            f'<path d="M{x:.1f} {y - r - 0.5:.1f}L{x + r:.1f} {y + r:.1f}L{x - r:.1f} {y + r:.1f}Z"'
        )
    elif kind in {"port", "field"}:
        diamond = f"M{x:.1f} {y - r:.1f}L{x + r:.1f} {y:.1f}L{x:.1f} {y + r:.1f}L{x - r:.1f} {y:.1f}Z"
        shape_markup = f'<path d="{diamond}"'
    else:
        shape_markup = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r - 0.5:.1f}"'
    return f'{shape_markup} class="mark {kind}" data-place="{place.id}"/>'


def _leader(placed: PlacedLabel) -> str:
    """A thin line from a dot to its label, when crowding has pushed the label away from it."""
    x, y = placed.request.x, placed.request.y
    box = placed.box
    nearest_x, nearest_y = min(max(x, box.left), box.right), min(max(y, box.top), box.bottom)
    distance = math.hypot(nearest_x - x, nearest_y - y)
    if distance <= LEADER_FROM:
        return ""
    # Start at the mark's edge, so the line points at the dot without covering it.
    start_x = x + (nearest_x - x) * MARK_RADIUS / distance
    start_y = y + (nearest_y - y) * MARK_RADIUS / distance
    return (
        f'<path class="leader" d="M{start_x:.1f} {start_y:.1f}L{nearest_x:.1f} {nearest_y:.1f}" '
        f'stroke="{TEXT_COLOUR}" stroke-width=".8"/>'
    )


def _text(placed: PlacedLabel, css: str) -> str:
    key = placed.request.key
    spans = "".join(
        f'<tspan x="{placed.baseline_x:.1f}" y="{placed.baseline_y(row):.1f}">{escape(line)}</tspan>'
        for row, line in enumerate(placed.request.lines)
    )
    attributes = f'class="halo label {css}" data-label="{escape(key)}" text-anchor="{placed.anchor}"'
    return f"<text {attributes}>{spans}</text>"


def _legend(
    spec: MapSpec, svg_id: str, line_styles: list[str], places: list[Place], top: float
) -> tuple[str, float]:
    """The key below the map: one row per pattern, line style and kind of mark."""
    rows: list[tuple[str, str]] = []  # (swatch markup at 0,0, text)
    for shade in spec.shades:
        rows.append(
            (
                f'<rect width="{LEGEND_SWATCH}" height="12" fill="url(#{svg_id}-{shade.style})" '
                'stroke="#555" stroke-width=".6"/>',
                shade.label,
            )
        )
    for key in line_styles:
        colour, width, dashes = LINE_STYLES[key]
        dash = f' stroke-dasharray="{dashes}"' if dashes else ""
        rows.append(
            (
                f'<path class="line" d="M1 6H{LEGEND_SWATCH - 1}" stroke="{colour}" '
                f'stroke-width="{width}"{dash}/>',
                LINE_LEGEND[key],
            )
        )
    kinds = {mark_kind(place, spec) for place in places}
    if "capital" in kinds:
        rows.append(
            ('<rect class="mark" x="7.5" y="2.5" width="7" height="7"/>', "Capital (of the period shown)")
        )
    if kinds & {"city", "town", "site"}:
        rows.append(('<circle class="mark" cx="11" cy="6" r="3"/>', "City, town or site"))
    if "pass" in kinds:
        rows.append(('<path class="mark" d="M11 1.5L14.5 9.5L7.5 9.5Z"/>', "Mountain pass"))
    if kinds & {"port", "field"}:
        rows.append(('<path class="mark" d="M11 2.5L14.5 6L11 9.5L7.5 6Z"/>', "Port or gas field"))
    text_x = LEGEND_SWATCH + 8
    line_step = FONT_SIZE * LINE_HEIGHT_EM
    parts = [f'<g class="legend" transform="translate({MARGIN} {top + 4:.1f})">']
    parts.append(f'<text class="legend-title" x="0" y="{FONT_SIZE}">Key</text>')
    y = line_step + 4
    for swatch, text in rows:
        wrapped = _wrap(text, VIEW_WIDTH - text_x - 2 * MARGIN)
        spans = "".join(
            f'<tspan x="{text_x}" y="{y + FONT_SIZE * 0.95 + row * line_step:.1f}">{escape(line)}</tspan>'
            for row, line in enumerate(wrapped)
        )
        parts.append(f'<g transform="translate(0 {y + 1:.1f})">{swatch}</g><text>{spans}</text>')
        y += len(wrapped) * line_step + 4
    parts.append("</g>")
    return "".join(parts), y + 8


def full_size_copy(svg: str) -> str:
    """The map's own file, which a tap opens: twice the page's size, shrunk to fit a narrower window."""
    root, rest = svg.split("\n", 1)
    height = root.split(f'viewBox="0 0 {VIEW_WIDTH} ', 1)[1].split('"', 1)[0]
    page_size = f'width="{VIEW_WIDTH}" height="{height}"'
    full_size = f'width="{VIEW_WIDTH * FULL_SIZE_SCALE}" height="{int(height) * FULL_SIZE_SCALE}"'
    return f"{root.replace(page_size, full_size, 1)}\n{rest}"


def inputs_digest(spec: MapSpec, data: MapData) -> str:
    """A digest of everything a map is drawn from, and of the renderer's version."""
    digest = hashlib.sha256()
    digest.update(f"{RENDERER_VERSION}\0{spec!r}\0".encode())
    digest.update(data.digest_input)
    return digest.hexdigest()


def render_map_cached(spec: MapSpec, data: MapData, cache_dir: Path | None) -> tuple[str, str]:
    """The map's SVG and its inputs' digest, drawn again only when an input has changed."""
    digest = inputs_digest(spec, data)
    if cache_dir is None:
        return render_map_svg(spec, data), digest
    cached = cache_dir / f"{spec.id}-{digest[:16]}.svg"
    if cached.is_file():
        return cached.read_text(encoding="utf-8"), digest
    svg = render_map_svg(spec, data)
    cache_dir.mkdir(parents=True, exist_ok=True)
    for stale in cache_dir.glob(f"{spec.id}-*.svg"):
        stale.unlink()
    temporary = cached.with_suffix(".tmp")
    temporary.write_text(svg, encoding="utf-8")
    temporary.replace(cached)
    return svg, digest


def period_text(start: str, end: str) -> str:
    """``1865``, ``1947–1971`` or ``from 2017``, at the precision of the data."""
    if not start:
        return ""
    first = PartialDate.parse(start).display()
    if not end:
        return first
    return f"{first}–{PartialDate.parse(end).display()}"
