"""Source-analysis tasks in the book, rendered from ``data/source-analysis/<quiz-id>.toml``.

A lesson ends with::

    ## Source analysis

    ```{source-analysis} coldwar
    ```

which renders the task students see: its title, the documents (linked to the
documents reader), the question and the guidance, but never the rubric. The
instructor guide renders every rubric as a table with::

    ```{source-analysis-rubrics}
    ```
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.documents import DocumentError, load_document
from pakru.events import LESSONS
from pakru.source_analysis import (
    SourceAnalysisError,
    SourceAnalysisTask,
    load_task,
    task_files,
)
from pakru.sphinxext.course_data import note_listing
from pakru.sphinxext.documents import parse_prose

if TYPE_CHECKING:
    from docutils.nodes import Node
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)
RUBRIC_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Criterion", 16),
    ("Weight", 8),
    ("Excellent", 26),
    ("Adequate", 25),
    ("Weak", 25),
)


def _warn(message: str, *args: object, location: object) -> None:
    logger.warning(message, *args, location=location, type="pakru", subtype="source-analysis")


class SourceAnalysisDirective(SphinxDirective):
    """The task of one lesson, for students."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[Node]:
        path = Path(self.config.pakru_source_analysis_path) / f"{self.arguments[0]}.toml"
        self.env.note_dependency(str(path))
        try:
            task = load_task(path)
        except SourceAnalysisError as error:
            _warn("%s", error, location=self.get_location())
            return []
        container = nodes.container(classes=["pakru-source-analysis"])
        self.set_source_info(container)
        container += nodes.rubric(task.title, task.title, classes=["pakru-source-analysis-title"])
        documents = nodes.paragraph(classes=["pakru-source-analysis-documents"])
        label = "Document: " if len(task.documents) == 1 else "Documents: "
        documents += nodes.strong(label, label)
        for index, document_id in enumerate(task.documents):
            if index:
                documents += nodes.Text("; ")
            documents += self.document_link(document_id)
        documents += nodes.Text(".")
        container += documents
        container += nodes.rubric("Question", "Question")
        container.extend(parse_prose(self, task.question))
        container += nodes.rubric("What a good answer does", "What a good answer does")
        container.extend(parse_prose(self, task.guidance))
        return [container]

    def document_link(self, document_id: str) -> Node:
        """The document's title, linked to its full text in the reader."""
        path = Path(self.config.pakru_documents_path) / f"{document_id}.toml"
        self.env.note_dependency(str(path))
        try:
            document = load_document(path)
        except DocumentError as error:
            _warn("%s", error, location=self.get_location())
            return nodes.literal(document_id, document_id)
        reference = addnodes.pending_xref(
            "",
            refdomain="std",
            reftype="ref",
            reftarget=document.label,
            refexplicit=True,
            refwarn=True,
            refdoc=self.env.docname,
        )
        title = f"{document.title} ({document.date.display()})"
        reference += nodes.inline(title, title)
        return reference


class SourceAnalysisRubricsDirective(SphinxDirective):
    """Every task's rubric as a table, in lesson order, for the instructor guide."""

    has_content = False

    def run(self) -> list[Node]:
        folder = Path(self.config.pakru_source_analysis_path)
        # Not the folder itself: Sphinx would re-read this page in every build.
        note_listing(self.env, folder, "*.toml")
        tasks: list[SourceAnalysisTask] = []
        for path in task_files(folder):
            self.env.note_dependency(str(path))
            try:
                tasks.append(load_task(path))
            except SourceAnalysisError as error:
                _warn("%s", error, location=self.get_location())
        if not tasks:
            _warn("no source-analysis tasks in %s", folder, location=self.get_location())
            return []
        container = nodes.container(classes=["pakru-source-analysis-rubrics"])
        self.set_source_info(container)
        for task in sorted(tasks, key=lambda task: (task.lesson, task.quiz_id)):
            heading = f"Lesson {task.lesson} ({LESSONS[task.lesson]}): {task.title}"
            container += nodes.rubric(heading, heading)
            container += self.rubric_table(task)
        return [container]

    def cell(self, text: str) -> nodes.entry:
        entry = nodes.entry()
        entry.extend(parse_prose(self, text))
        return entry

    def rubric_table(self, task: SourceAnalysisTask) -> nodes.table:
        table = nodes.table(classes=["pakru-rubric"])
        caption = f"Marking rubric for the {task.quiz_id} task (weights sum to 100)"
        table += nodes.title(caption, caption)
        group = nodes.tgroup(cols=len(RUBRIC_COLUMNS))
        table += group
        for _, width in RUBRIC_COLUMNS:
            group += nodes.colspec(colwidth=width)
        header = nodes.row()
        for name, _ in RUBRIC_COLUMNS:
            header += nodes.entry("", nodes.paragraph(name, name))
        group += nodes.thead("", header)
        body = nodes.tbody()
        for criterion in task.rubric:
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph(criterion.criterion, criterion.criterion))
            row += nodes.entry("", nodes.paragraph(str(criterion.weight), str(criterion.weight)))
            for text in (criterion.excellent, criterion.adequate, criterion.weak):
                row += self.cell(text)
            body += row
        group += body
        return table


def _resolve_source_analysis_path(app: Sphinx, config: Config) -> None:
    config.pakru_source_analysis_path = str((Path(app.confdir) / config.pakru_source_analysis_path).resolve())


def setup_source_analysis(app: Sphinx) -> None:
    app.add_config_value(
        "pakru_source_analysis_path", "../data/source-analysis", "env", types=frozenset({str})
    )
    app.connect("config-inited", _resolve_source_analysis_path)
    app.add_directive("source-analysis", SourceAnalysisDirective)
    app.add_directive("source-analysis-rubrics", SourceAnalysisRubricsDirective)
