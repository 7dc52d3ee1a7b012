"""Place text labels near their anchor points without overlaps: a small, generic layout.

The figures of the book (maps, and later the timelines) share one problem: each label
belongs to a point, must sit close to it, and must not cover another label or another
label's point. :func:`place_labels` solves it greedily, in order of priority, trying a
fixed ring of candidate positions around each anchor at growing distances (the classic
"eight positions" of cartographic label placement, Imhof's rule that right-above is best).

Sizes are in the figure's own units. :func:`text_box_size` estimates a label's box from
its characters with a deliberately generous glyph width, so a label measured by a
browser is never wider than the box the layout reserved for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Average advance of a sans-serif glyph as a share of the font size; generous on purpose.
GLYPH_WIDTH_EM = 0.6
# Capitals and digits are wider than the average glyph (DejaVu Sans capitals reach 0.77 em).
WIDE_GLYPH_WIDTH_EM = 0.75
# Line height as a share of the font size.
LINE_HEIGHT_EM = 1.25
# The smallest text the figures may draw, in CSS pixels at a phone's width (WCAG-minded).
MIN_FONT_PX = 12.0


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle; ``y`` grows downwards, as in SVG."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, x: float, y: float, radius: float) -> Box:
        return cls(x - radius, y - radius, x + radius, y + radius)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share area (touching edges do not count)."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def inside(self, other: Box) -> bool:
        return (
            self.left >= other.left
            and self.right <= other.right
            and self.top >= other.top
            and self.bottom <= other.bottom
        )

    def distance_to(self, x: float, y: float) -> float:
        """Distance from the point to the nearest edge of the box (0 inside it)."""
        dx = max(self.left - x, 0.0, x - self.right)
        dy = max(self.top - y, 0.0, y - self.bottom)
        return float((dx * dx + dy * dy) ** 0.5)


@dataclass(frozen=True)
class LabelRequest:
    """A label to place: its text lines, its anchor point and the font size it is drawn at."""

    key: str
    lines: tuple[str, ...]
    x: float
    y: float
    font_size: float
    priority: int = 0  # higher is placed first
    # Other points the label may belong to, tried after (x, y): for example along a line.
    alternatives: tuple[tuple[float, float], ...] = ()
    # An area's name may sit on its anchor; a point's label never covers its point.
    centred: bool = False
    # How many rings of candidates the label may move out; None for the layout's default.
    reach: int | None = None


@dataclass(frozen=True)
class PlacedLabel:
    """Where a label went: its box, and the text anchor (``start``, ``middle``, ``end``)."""

    request: LabelRequest
    box: Box
    anchor: str

    @property
    def baseline_x(self) -> float:
        """The x of the text's anchor point for ``text-anchor``."""
        if self.anchor == "start":
            return self.box.left
        if self.anchor == "end":
            return self.box.right
        return (self.box.left + self.box.right) / 2

    def baseline_y(self, line: int) -> float:
        """The baseline of line ``line`` (0-based): the ascent sits inside the box."""
        size = self.request.font_size
        return self.box.top + size * 0.95 + line * size * LINE_HEIGHT_EM


@dataclass(frozen=True)
class Layout:
    placed: tuple[PlacedLabel, ...]
    unplaced: tuple[LabelRequest, ...]


def text_box_size(lines: Sequence[str], font_size: float) -> tuple[float, float]:
    """A generous width and the height of a block of ``lines`` at ``font_size``."""
    width = max((_line_width_em(line) for line in lines), default=0.0) * font_size
    height = len(lines) * font_size * LINE_HEIGHT_EM
    return width, height


def _line_width_em(line: str) -> float:
    return sum(WIDE_GLYPH_WIDTH_EM if character.isupper() else GLYPH_WIDTH_EM for character in line)


# (dx sign, dy sign) of the box relative to the anchor, best first.
_DIRECTIONS = ((1, -1), (1, 1), (-1, -1), (-1, 1), (1, 0), (-1, 0), (0, -1), (0, 1))


def _candidates(request: LabelRequest, gap: float, steps: int) -> Iterable[tuple[Box, str]]:
    width, height = text_box_size(request.lines, request.font_size)
    anchors = ((request.x, request.y), *request.alternatives)
    if request.centred:
        for x, y in anchors:
            yield Box(x - width / 2, y - height / 2, x + width / 2, y + height / 2), "middle"
    for step in range(steps if request.reach is None else min(request.reach, steps)):
        offset = gap * (1 + step)
        for (x, y), (sx, sy) in ((anchor, direction) for anchor in anchors for direction in _DIRECTIONS):
            if sx > 0:
                left, anchor = x + offset, "start"
            elif sx < 0:
                left, anchor = x - offset - width, "end"
            else:
                left, anchor = x - width / 2, "middle"
            if sy < 0:
                top = y - offset / 2 - height if sx else y - offset - height
            elif sy > 0:
                top = y + offset / 2 if sx else y + offset
            else:
                top = y - height / 2
            yield Box(left, top, left + width, top + height), anchor


def place_labels(
    requests: Sequence[LabelRequest],
    bounds: Box,
    obstacles: Sequence[Box] = (),
    gap: float = 5.0,
    steps: int = 6,
) -> Layout:
    """Place every label it can, highest priority first, each as near its anchor as possible.

    A label never overlaps a placed label, an obstacle (for example the anchor marks of
    all the points) or the edge of ``bounds``. Candidates move out from the anchor in
    ``steps`` rings ``gap`` apart; a label that fits none is returned in ``unplaced``, so
    the caller can shorten it, enlarge the figure or list it instead of drawing it.
    """
    order = sorted(range(len(requests)), key=lambda index: (-requests[index].priority, index))
    taken: list[Box] = list(obstacles)
    placed: dict[int, PlacedLabel] = {}
    unplaced: list[LabelRequest] = []
    for index in order:
        request = requests[index]
        for box, anchor in _candidates(request, gap, steps):
            if box.inside(bounds) and not any(box.overlaps(other) for other in taken):
                placed[index] = PlacedLabel(request, box, anchor)
                taken.append(box)
                break
        else:
            unplaced.append(request)
    return Layout(tuple(placed[index] for index in sorted(placed)), tuple(unplaced))


def smallest_rendered_font(font_size: float, view_width: float, rendered_width: float) -> float:
    """The CSS pixel size of ``font_size`` text in a ``view_width`` figure drawn ``rendered_width`` wide."""
    return font_size * min(rendered_width / view_width, 1.0) if view_width else font_size
