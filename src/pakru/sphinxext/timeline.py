"""The ``{timeline}`` directive: the course's events, drawn and listed.

Authors write::

    ```{timeline}
    :lesson: 2
    ```

Without ``:lesson:`` the directive shows every event, grouped by lesson. The
output is a figure (an inline SVG, in HTML only) followed by the same events as
a cited list, which is the text equivalent for screen readers and the whole
output for EPUB, LaTeX and plain-text builders.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from markupsafe import Markup
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.events import LESSONS, Event, EventsError, events_for_lesson
from pakru.sphinxext.course_data import course_events, note_problem
from pakru.templating import render
from pakru.timeline_svg import render_timeline_svg

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.util.typing import OptionSpec
    from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)


class timeline_figure(nodes.General, nodes.Element):
    """The drawn timeline; its ``svg`` attribute holds the markup."""


def visit_timeline_figure_html(translator: HTML5Translator, node: timeline_figure) -> None:
    if translator.builder.name.startswith("epub"):
        # EPUB manifests must flag pages with inline SVG, which Sphinx cannot do; e-readers get the list.
        raise nodes.SkipNode
    # The SVG was rendered from its own autoescaped template; the caption is escaped here.
    figure = render("timeline-figure.html", svg=Markup(node["svg"]), caption=node["caption"])
    translator.body.append(f"{figure}\n")
    raise nodes.SkipNode


def skip_node(translator: nodes.NodeVisitor, node: nodes.Element) -> None:
    raise nodes.SkipNode


def event_markdown(event: Event) -> str:
    """One list item in MyST, so citations resolve like any other in the book."""
    hedge = " (medium confidence: the sources differ or are thin)" if event.confidence != "high" else ""
    summary = event.summary.rstrip(".")
    return f"- **{event.display_dates()}**: {event.title}. {summary}.{hedge} {{cite:p}}`{event.source}`"


class TimelineDirective(SphinxDirective):
    """Draw and list events from the events file (``pakru_events_path``)."""

    has_content = False
    option_spec: ClassVar[OptionSpec] = {
        "lesson": directives.positive_int,
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        path = Path(self.config.pakru_events_path)
        try:
            events = course_events(self.env)
        except EventsError as error:
            note_problem(self.env)
            logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="events")
            return []
        lesson: int | None = self.options.get("lesson")
        selected = events_for_lesson(events, lesson)
        if not selected:
            note_problem(self.env)
            logger.warning(
                "no events for lesson %s in %s; use a lesson number from %s",
                lesson,
                path.name,
                sorted(LESSONS),
                location=self.get_location(),
                type="pakru",
                subtype="events",
            )
            return []
        if lesson is None:
            title = "Timeline of Pakistan–Russia relations"
        else:
            title = f"Timeline for lesson {lesson}: {LESSONS[lesson]}"
        caption = self.options.get(
            "caption",
            f"{title}. Time runs down the axis; where events crowd together it stretches to give "
            "each its own line, so read the year marks. Open circles mark medium-confidence dates. "
            "The events are listed as text below.",
        )
        container = nodes.container(classes=["pakru-timeline"])
        self.set_source_info(container)
        container += timeline_figure(svg=render_timeline_svg(selected, title), caption=caption)
        lessons = [lesson] if lesson is not None else sorted({event.lesson for event in selected})
        for number in lessons:
            lesson_events = events_for_lesson(selected, number)
            if lesson is None:
                container += nodes.rubric(text=f"Lesson {number}: {LESSONS[number]}")
            markdown = "\n".join(event_markdown(event) for event in lesson_events)
            for child in self.parse_text_to_nodes(markdown, offset=self.content_offset):
                if isinstance(child, nodes.bullet_list):
                    child["classes"].append("pakru-timeline-list")
                container += child
        return [container]


def _resolve_events_path(app: Sphinx, config: Config) -> None:
    # Relative paths are relative to conf.py, like html_static_path.
    config.pakru_events_path = str((Path(app.confdir) / config.pakru_events_path).resolve())


def setup_timeline(app: Sphinx) -> None:
    app.add_config_value("pakru_events_path", "../data/events.csv", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_events_path)
    app.add_node(
        timeline_figure,
        html=(visit_timeline_figure_html, None),
        latex=(skip_node, None),
        text=(skip_node, None),
        man=(skip_node, None),
        texinfo=(skip_node, None),
    )
    app.add_directive("timeline", TimelineDirective)
