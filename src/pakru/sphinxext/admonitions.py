"""Two admonitions the lessons use: ``{primary-source}`` and ``{instructor-note}``.

Primary sources carry the document's name and date as their title::

    ```{primary-source} Tashkent Declaration, 10 January 1966
    > The prime minister of India and the president of Pakistan agreed ...

    {cite:p}`tashkent-declaration-1966`
    ```

Instructor notes appear in the instructor view only (see :mod:`.views`); the
learner view leaves them out entirely::

    ```{instructor-note}
    Timing: allow about 25 minutes ...
    ```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.sphinxext.views import is_instructor_view, note_instructor_note

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import OptionSpec

logger = logging.getLogger(__name__)


class CourseAdmonition(SphinxDirective):
    """An admonition with a fixed class and a title from the argument or a default."""

    has_content = True
    optional_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[OptionSpec] = {"class": directives.class_option}
    css_class = ""
    default_title = ""

    def run(self) -> list[nodes.Node]:
        if not self.content:
            logger.warning(
                "the %s directive needs content; write the text inside it",
                self.name,
                location=self.get_location(),
                type="pakru",
                subtype="admonition",
            )
            return []
        title_text = self.arguments[0] if self.arguments else self.default_title
        if not title_text:
            logger.warning(
                "the %s directive needs a title, such as the document's name and date",
                self.name,
                location=self.get_location(),
                type="pakru",
                subtype="admonition",
            )
            return []
        classes = ["admonition", self.css_class, *self.options.get("class", [])]
        admonition = nodes.admonition(classes=classes)
        self.set_source_info(admonition)
        title_nodes, messages = self.parse_inline(title_text)
        title = nodes.title(title_text, "", *title_nodes)
        self.set_source_info(title)
        admonition += title
        admonition += messages
        admonition.extend(self.parse_content_to_nodes())
        return [admonition]


class PrimarySourceDirective(CourseAdmonition):
    """A short, cited extract from a treaty, communiqué, letter or speech."""

    required_arguments = 1
    optional_arguments = 0
    css_class = "pakru-primary-source"


class InstructorNoteDirective(CourseAdmonition):
    """Guidance for the person teaching, in the instructor view only."""

    css_class = "pakru-instructor-note"
    default_title = "Instructor note"

    def run(self) -> list[nodes.Node]:
        if not is_instructor_view(self.config):
            note_instructor_note(self.env)
            return []  # the learner view, and the EPUB and PDF made from it, carry no trace of it
        return super().run()


def setup_admonitions(app: Sphinx) -> None:
    app.add_directive("primary-source", PrimarySourceDirective)
    app.add_directive("instructor-note", InstructorNoteDirective)
