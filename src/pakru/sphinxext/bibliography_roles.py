"""Give bibliography entries ARIA roles that screen readers and axe-core accept.

Docutils marks each citation ``role="doc-biblioentry"`` inside a
``role="list"`` container; ARIA 1.3 deprecates that role, so assistive
technology no longer sees the entries as list items. ``listitem`` keeps the
list semantics without the deprecated role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def use_listitem_role(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    body = context.get("body")
    if isinstance(body, str) and 'role="doc-biblioentry"' in body:
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


def setup_bibliography_roles(app: Sphinx) -> None:
    app.connect("html-page-context", use_listitem_role)
