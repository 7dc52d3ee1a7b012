"""Turn each page's ``description`` front matter into an HTML meta description.

Search engines and link previews show it; Lighthouse's SEO audit requires it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def add_meta_description(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    description = str((context.get("meta") or {}).get("description", "")).strip()
    if not description:
        return
    tag = render("meta.html", name="description", content=description)
    context["metatags"] = f"{context.get('metatags', '')}{tag}\n"


def setup_page_metadata(app: Sphinx) -> None:
    app.connect("html-page-context", add_meta_description)
