"""Turn each page's ``description`` front matter into an HTML meta description.

Search engines and link previews show it; Lighthouse's SEO audit requires it.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def add_meta_description(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    description = str((context.get("meta") or {}).get("description", "")).strip()
    if not description:
        return
    tag = f'<meta name="description" content="{escape(description, quote=True)}" />\n'
    context["metatags"] = context.get("metatags", "") + tag


def setup_page_metadata(app: Sphinx) -> None:
    app.connect("html-page-context", add_meta_description)
