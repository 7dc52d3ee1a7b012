"""The ``{map}`` directive: a course map drawn from data, with its caption, sources and text list.

Authors write::

    ```{map} persia-1907
    ```

The map is defined in ``data/geo/maps.toml`` and draws the rows of ``data/places.csv``
and ``data/lines.csv`` that name it. The output is a figure (in HTML an inline SVG
wrapped in a link that opens the map full size; in EPUB the same SVG as an image), the
caption with a source line whose citations resolve like any other, and a list of everything
the map shows: the text equivalent for screen readers and the whole output for LaTeX and
plain text.
Every data file is recorded as a dependency, so editing one rebuilds the pages that use it;
drawing is cached by a digest of the inputs, so an unchanged map is never drawn twice.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from markupsafe import Markup
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.osutil import relative_uri

from pakru.events import Event, EventsError
from pakru.maps import MapData, MapDataError, MapSpec, render_map_cached
from pakru.maps.data import Line, Place
from pakru.maps.render import full_size_copy, line_label, period_text
from pakru.sphinxext.course_data import course_maps, note_problem
from pakru.sphinxext.events_role import events_by_id
from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.util.typing import OptionSpec
    from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)
FULL_SIZE_DIR = "_maps"
KIND_WORDS = {
    "disputed": "disputed line, drawn dashed; the course takes no position",
    "approx-border": "approximate line",
    "border": "boundary",
    "route": "route",
    "pipeline": "pipeline",
}


class map_figure(nodes.General, nodes.Element):
    """The drawn map; ``svg`` holds the markup, ``file`` the name of its full-size copy."""


def visit_map_figure_html(translator: HTML5Translator, node: map_figure) -> None:
    builder = translator.builder
    full_size = Path(builder.outdir) / FULL_SIZE_DIR / node["file"]
    if not full_size.is_file():
        full_size.parent.mkdir(parents=True, exist_ok=True)
        temporary = full_size.with_suffix(f".{os.getpid()}.tmp")  # parallel writers never see half a file
        temporary.write_text(full_size_copy(node["svg"]), encoding="utf-8")
        temporary.replace(full_size)
    page = builder.get_target_uri(builder.current_docname)
    figure = render(
        "map-figure.html",
        # EPUB manifests must flag pages with inline SVG, which Sphinx cannot do: an image there.
        inline=not builder.name.startswith("epub"),
        href=relative_uri(page, f"{FULL_SIZE_DIR}/{node['file']}"),
        title=node["title"],
        svg=Markup(node["svg"]),  # rendered from the map's own escaped markup
    )
    translator.body.append(f"{figure}\n")
    raise nodes.SkipNode


def skip_node(translator: nodes.NodeVisitor, node: nodes.Element) -> None:
    raise nodes.SkipNode


def _hedge(confidence: str) -> str:
    return " (medium confidence)" if confidence != "high" else ""


def _event_text(event_id: str, events: dict[str, Event]) -> str:
    event = events.get(event_id)
    return f" Timeline: {event.title}, {event.display_dates()}." if event else ""


def place_item(place: Place, events: dict[str, Event]) -> str:
    period = period_text(place.start, place.end)
    when = f" ({period})" if period else ""
    note = place.note.rstrip(".")
    return (
        f"- **{place.name}**{when}: {note}.{_hedge(place.confidence)}"
        f"{_event_text(place.event, events)} {{cite:p}}`{place.source}`"
    )


def line_item(line: Line, events: dict[str, Event]) -> str:
    kind = KIND_WORDS.get(line.kind, line.kind)
    if line.kind == "pipeline":  # what exists on the ground; other lines' status is in their note
        kind += f", {line.status.replace('-', ' ')}"
    note = line.note.rstrip(".")
    return (
        f"- **{line_label(line)}** ({kind}): {note}.{_hedge(line.confidence)}"
        f"{_event_text(line.event, events)} {{cite:p}}`{line.source}`"
    )


def map_markdown(spec: MapSpec, data: MapData, events: dict[str, Event]) -> str:
    """The caption, the source line and the text list, in MyST so citations resolve."""
    sources = ",".join(spec.sources)
    items = [f"- *Shaded*: {shade.label}." for shade in spec.shades]
    items += [line_item(line, events) for line in data.lines_on(spec.id) if line.kind != "zone"]
    items += [f"- *Area*: {line.name}: {line.note}" for line in data.lines_on(spec.id) if line.kind == "zone"]
    items += [place_item(place, events) for place in sorted(data.places_on(spec.id), key=lambda p: p.name)]
    return "\n".join(
        [
            f"**Map: {spec.title}.** {spec.caption} Tap or click the map to open it full size.",
            "",
            f"Sources: {{cite:p}}`{sources}`. Base map: Natural Earth (public domain), "
            "modern de facto borders.",
            "",
            "What the map shows:",
            "",
            *items,
        ]
    )


class MapDirective(SphinxDirective):
    """Draw one map from ``data/geo/maps.toml`` and list what it shows."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[OptionSpec] = {}

    def run(self) -> list[nodes.Node]:
        map_id = self.arguments[0]
        try:
            maps = course_maps(self.env)
            events = events_by_id(self.env)
        except (MapDataError, EventsError) as error:
            return self._warn(str(error))
        data = maps.data
        spec = data.maps.get(map_id)
        if spec is None:
            where = Path(self.config.pakru_maps_data_path) / "geo" / "maps.toml"
            return self._warn(f"no map {map_id!r} in {where}; use one of {sorted(data.maps)}")
        problems = [problem for problem in maps.problems if map_id in problem or "maps.toml" in problem]
        if problems:
            return self._warn("; ".join(problems))
        try:
            svg, digest = render_map_cached(spec, data, Path(self.env.app.doctreedir) / "pakru-maps")
        except MapDataError as error:
            return self._warn(str(error))
        container = nodes.container(classes=["pakru-map"])
        self.set_source_info(container)
        container += map_figure(svg=svg, title=spec.title, file=f"{spec.id}-{digest[:12]}.svg")
        for child in self.parse_text_to_nodes(map_markdown(spec, data, events), offset=self.content_offset):
            if isinstance(child, nodes.bullet_list):
                child["classes"].append("pakru-map-list")
            container += child
        return [container]

    def _warn(self, message: str) -> list[nodes.Node]:
        note_problem(self.env)
        logger.warning("%s", message, location=self.get_location(), type="pakru", subtype="maps")
        return []


def _resolve_data_path(app: Sphinx, config: Config) -> None:
    config.pakru_maps_data_path = str((Path(app.confdir) / config.pakru_maps_data_path).resolve())


def setup_maps(app: Sphinx) -> None:
    app.add_config_value("pakru_maps_data_path", "../data", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_data_path)
    app.add_node(
        map_figure,
        html=(visit_map_figure_html, None),
        latex=(skip_node, None),
        text=(skip_node, None),
        man=(skip_node, None),
        texinfo=(skip_node, None),
    )
    app.add_directive("map", MapDirective)
