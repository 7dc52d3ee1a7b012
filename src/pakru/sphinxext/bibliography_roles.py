"""Give bibliography entries ARIA roles that screen readers and axe-core accept.

Docutils marks each citation ``role="doc-biblioentry"`` inside a
``role="list"`` container; ARIA 1.3 deprecates that role, so assistive
technology no longer sees the entries as list items. ``listitem`` keeps the
list semantics without the deprecated role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def use_listitem_role(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    body = context.get("body")
    if not isinstance(body, str) or "doc-biblioentry" not in body:  # a quick test before parsing
        return
    page = HTMLParser(body)
    entries = page.css('[role="doc-biblioentry"]')
    for entry in entries:
        entry.attrs["role"] = "listitem"
    if entries and page.body is not None:
        context["body"] = page.body.inner_html


def setup_bibliography_roles(app: Sphinx) -> None:
    app.connect("html-page-context", use_listitem_role)
