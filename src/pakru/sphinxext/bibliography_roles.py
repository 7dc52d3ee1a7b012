"""Give bibliography entries ARIA roles that screen readers and axe-core accept.

Docutils marks each citation ``role="doc-biblioentry"`` inside a
``role="list"`` container; ARIA 1.3 deprecates that role, so assistive
technology no longer sees the entries as list items. ``listitem`` keeps the
list semantics without the deprecated role. The HTML translators write it so
directly: the pages are never edited afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from docutils.writers._html_base import HTMLTranslator

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def visit_citation(translator: HTMLTranslator, node: nodes.citation) -> None:
    """As docutils writes a citation, with ``listitem`` for its deprecated ``doc-biblioentry``."""
    if not isinstance(node.previous_sibling(), type(node)):
        translator.body.append('<div role="list" class="citation-list">\n')
    translator.body.append(translator.starttag(node, "div", classes=[node.tagname], role="listitem"))


def depart_citation(translator: HTMLTranslator, node: nodes.citation) -> None:
    HTMLTranslator.depart_citation(translator, node)


def setup_bibliography_roles(app: Sphinx) -> None:
    app.add_node(nodes.citation, override=True, html=(visit_citation, depart_citation))
