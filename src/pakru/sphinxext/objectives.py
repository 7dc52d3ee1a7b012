"""The ``{objectives}`` directive: learning objectives with stable labels.

Authors write one objective per line, label first::

    ```{objectives}
    legacy-great-game: Explain how the Great Game shaped ...
    legacy-recognition: Describe how and when ...
    ```

Each label becomes a reference target (``{ref}`text <legacy-great-game>```), so
quiz questions can name the objective they test. Above the list the directive
shows the lesson's teaching and exercise minutes from its front matter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

OBJECTIVE_LINE = re.compile(r"^(?P<label>[a-z0-9]+(?:-[a-z0-9]+)+):\s+(?P<text>\S.*)$")


class lesson_durations(nodes.General, nodes.Element):
    """Stands in for the durations line until the front matter is known."""


def parse_objective_lines(lines: list[str]) -> list[tuple[str, str]]:
    """Split ``label: text`` lines; raise ``ValueError`` naming a bad line."""
    objectives: list[tuple[str, str]] = []
    for line in lines:
        if not line.strip():
            continue
        match = OBJECTIVE_LINE.match(line.strip())
        if match is None:
            raise ValueError(
                f"objective line {line.strip()!r} must look like "
                "'lesson-topic: Explain ...' (a hyphenated lower-case label, a colon, the text)"
            )
        objectives.append((match["label"], match["text"]))
    return objectives


class ObjectivesDirective(SphinxDirective):
    """A list of learning objectives, each with a label quizzes can point to."""

    has_content = True

    def run(self) -> list[nodes.Node]:
        try:
            objectives = parse_objective_lines(list(self.content))
        except ValueError as error:
            logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="objectives")
            return []
        container = nodes.container(classes=["pakru-objectives"])
        self.set_source_info(container)
        container += lesson_durations()
        bullet_list = nodes.bullet_list()
        for offset, (label, text) in enumerate(objectives):
            item = nodes.list_item(ids=[label], names=[label], classes=["pakru-objective"])
            paragraph = nodes.paragraph()
            inline_nodes, messages = self.parse_inline(text, lineno=self.content_offset + offset + 1)
            paragraph.extend(inline_nodes)
            item += paragraph
            item.extend(messages)
            self.state.document.note_explicit_target(item, item)
            bullet_list += item
        container += bullet_list
        return [container]


def fill_lesson_durations(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace each placeholder with the minutes from the page's front matter."""
    metadata = app.env.metadata.get(docname, {})
    parts = [
        f"{name.capitalize()}: {metadata[name]} min"
        for name in ("teaching", "exercises")
        if str(metadata.get(name, "")).isdigit()
    ]
    for node in list(doctree.findall(lesson_durations)):
        if parts:
            node.replace_self(nodes.paragraph(text=" · ".join(parts), classes=["pakru-durations"]))
        else:
            node.parent.remove(node)


def setup_objectives(app: Sphinx) -> None:
    app.add_node(lesson_durations)
    app.add_directive("objectives", ObjectivesDirective)
    app.connect("doctree-resolved", fill_lesson_durations)
