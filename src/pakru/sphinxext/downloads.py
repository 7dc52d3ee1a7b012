"""Links to the course's downloads (PDF, EPUB, flashcards) on the landing page and the lessons.

``pakru_downloads`` lists ``(label, path)`` pairs, each path relative to the
learner site's root, where ``nox -s book`` puts the files;
``pakru_download_pages`` lists the pages (glob patterns) that show the links.
The instructor view links to the same files, one folder up.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import TYPE_CHECKING, Any

from pakru.sphinxext.views import SWITCHING_BUILDERS, is_instructor_view
from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def download_url(pagename: str, path: str, instructor_view: bool, instructor_path: str) -> str:
    """``path`` (from the learner site's root) relative to ``pagename``'s address."""
    up = "../" * pagename.count("/")
    if instructor_view:
        up += "../" * (instructor_path.strip("/").count("/") + 1)
    return up + path.lstrip("/")


def add_download_links(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """``pakru_downloads`` in the template context of the pages that show the downloads."""
    config = app.config
    if app.builder.name not in SWITCHING_BUILDERS or not config.pakru_downloads:
        return
    if not any(fnmatchcase(pagename, pattern) for pattern in config.pakru_download_pages):
        return
    instructor_view = is_instructor_view(config)
    links = [
        {"label": label, "url": download_url(pagename, path, instructor_view, config.pakru_instructor_path)}
        for label, path in config.pakru_downloads
    ]
    context["pakru_downloads"] = render("downloads.html", links=links)


def setup_downloads(app: Sphinx) -> None:
    app.add_config_value("pakru_downloads", [], "html", types=frozenset({list, tuple}))
    app.add_config_value("pakru_download_pages", ["index"], "html", types=frozenset({list, tuple}))
    app.connect("html-page-context", add_download_links)
