"""Sphinx configuration for the course book."""

from __future__ import annotations

import contextlib
import io
import os
from urllib.parse import urlsplit

from pakru import __version__

project = "Pakistan–Russia Relations: An Open Course"
author = "The pakru course authors"
copyright = "2026, the pakru course authors. Text CC BY 4.0; code MIT"
version = release = __version__
language = "en"

extensions = [
    # Listed as well as set as the theme so that {margin} also works in the EPUB and single-page builds.
    "sphinx_book_theme",
    "myst_parser",
    "sphinx_design",
    "sphinx_togglebutton",
    "sphinx_copybutton",
    "sphinxcontrib.bibtex",
    "pakru.sphinxext",
    "notfound.extension",
]

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
nitpicky = True
pakru_events_path = "../data/events.csv"
# Each lesson's exercises link to the setup page's section on the exercise workflow.
pakru_exercises_setup_label = "setup-exercises"

# MyST: colon fences for directives that hold Markdown, glossary terms, front matter.
myst_enable_extensions = ["colon_fence", "deflist", "smartquotes"]
myst_heading_anchors = 3
myst_title_to_header = False

bibtex_bibfiles = ["references.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"
# Each citation links to its entry in the bibliography. A hover tooltip would repeat the full
# entry in every citation, about 33 KB of a lesson page that a phone downloads before it draws
# anything, and hover does not exist on a phone or for a keyboard user.
bibtex_tooltips = False

html_theme = "sphinx_book_theme"
html_title = "Pakistan–Russia Relations"
templates_path = ["_templates"]
html_static_path: list[str] = []
html_favicon = "_static/favicon.svg"
# A fixed mode: the theme logs an error without one, and "auto" paints unstyled until its script runs.
html_context = {"default_mode": "light"}
html_last_updated_fmt = ""
html_show_sourcelink = False
html_copy_source = False
html_theme_options = {
    "show_toc_level": 2,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "navigation_with_keys": False,
    # No ad slot: on Read the Docs it would fill with ads loaded from elsewhere.
    "primary_sidebar_end": [],
    "extra_footer": (
        "<p>Course text and data: "
        '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>. '
        'Code: <a href="https://opensource.org/license/mit">MIT</a>.</p>'
    ),
}

epub_title = project
epub_author = author
epub_publisher = author
epub_copyright = copyright
epub_show_urls = "no"

# --- Publishing --------------------------------------------------------------
# Where the site lives and where its sources are come from the environment, so
# that a fork publishes correctly without editing this file; whatever is not
# known is left out rather than guessed.


def _site_url() -> str:
    """PAKRU_SITE_URL, else the URL Read the Docs builds for; "" when neither is set."""
    url = (os.environ.get("PAKRU_SITE_URL") or os.environ.get("READTHEDOCS_CANONICAL_URL") or "").strip()
    return url.rstrip("/") + "/" if url else ""


def _repository_url() -> str:
    """PAKRU_REPOSITORY_URL, else the repository GitHub Actions or Read the Docs builds from."""
    url = os.environ.get("PAKRU_REPOSITORY_URL", "")
    if not url and os.environ.get("GITHUB_SERVER_URL") and os.environ.get("GITHUB_REPOSITORY"):
        url = f"{os.environ['GITHUB_SERVER_URL']}/{os.environ['GITHUB_REPOSITORY']}"
    url = (url or os.environ.get("READTHEDOCS_GIT_CLONE_URL", "")).strip().rstrip("/").removesuffix(".git")
    parts = urlsplit(url)
    # The book theme builds edit links for these hosts only; ssh clone URLs are no web pages.
    known_host = any(host in parts.netloc.lower() for host in ("github", "gitlab", "bitbucket"))
    return url if parts.scheme == "https" and known_host else ""


def _repository_branch() -> str:
    if branch := os.environ.get("PAKRU_REPOSITORY_BRANCH"):
        return branch
    if os.environ.get("GITHUB_REF", "").startswith("refs/heads/"):
        return os.environ["GITHUB_REF_NAME"]
    if os.environ.get("READTHEDOCS_VERSION_TYPE") == "branch":
        return os.environ.get("READTHEDOCS_GIT_IDENTIFIER", "main")
    return "main"


# The learner view by default; `-t instructor` builds the instructor view, with the
# instructor notes, which is published in the learner site's instructor/ folder.
pakru_view = "instructor" if tags.has("instructor") else "learner"  # noqa: F821 (Sphinx defines tags)
pakru_instructor_path = "instructor"
# Made by `nox -s book` from the learner view and published beside the HTML (the Pages
# workflow); Read the Docs publishes the HTML and the EPUB only.
pakru_downloads = [
    ("the whole course as PDF", "downloads/pakru-course.pdf"),
    ("as EPUB", "downloads/pakru-course.epub"),
    ("flashcards (Anki deck)", "downloads/pakru-flashcards.apkg"),
]
pakru_download_pages = ["index", "lessons/*"]

SITE_URL = _site_url()
if SITE_URL and pakru_view == "instructor":
    SITE_URL += pakru_instructor_path + "/"
html_baseurl = SITE_URL  # also gives every page its canonical link
if SITE_URL:
    # Both need absolute URLs: without one the sitemap warns (an error with -W)
    # and OpenGraph would give relative page URLs, which its protocol does not allow.
    extensions += ["sphinx_sitemap", "sphinxext.opengraph"]
    sitemap_url_scheme = "{link}"  # the site URL already holds any language and version
    sitemap_excludes = ["search.html", "genindex.html", "404.html"]
    ogp_site_url = SITE_URL
    ogp_social_cards = {"enable": False}  # no matplotlib-drawn image per page
    # Without matplotlib, which only those images need, importing the extension
    # prints a notice that a quiet build should not show.
    with contextlib.redirect_stdout(io.StringIO()):
        import sphinxext.opengraph  # noqa: F401

# The 404 page is served at any depth, so its links are absolute from the site's path.
notfound_urls_prefix = urlsplit(SITE_URL).path or "/"
notfound_context = {
    "title": "Page not found",
    "body": (
        "<h1>Page not found</h1>\n<p>There is no page at this address. The course may have moved "
        "it: use the table of contents or the search.</p>"
    ),
}
# Descriptions for the pages that have no source file, and so no front matter.
pakru_page_descriptions = {
    "genindex": "An index of the terms, names and events in the course on Pakistan–Russia relations.",
    "search": "Search the lessons, glossary and references of the course on Pakistan–Russia relations.",
    "404": "There is no page of the course on Pakistan–Russia relations at this address.",
}

REPOSITORY_URL = _repository_url()
if REPOSITORY_URL:
    html_theme_options |= {
        "repository_url": REPOSITORY_URL,
        "repository_branch": _repository_branch(),
        "path_to_docs": "course",
        "use_repository_button": True,
        "use_edit_page_button": True,
    }
