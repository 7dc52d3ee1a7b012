"""Sphinx configuration for the course book."""

from __future__ import annotations

from pakru import __version__

project = "Pakistan–Russia Relations: An Open Course"
author = "The pakru course authors"
copyright = "2026, the pakru course authors. Text CC BY 4.0; code MIT"
version = release = __version__
language = "en"

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_togglebutton",
    "sphinx_copybutton",
    "sphinxcontrib.bibtex",
    "pakru.sphinxext",
]

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
nitpicky = True
pakru_events_path = "../data/events.csv"

# MyST: colon fences for directives that hold Markdown, glossary terms, front matter.
myst_enable_extensions = ["colon_fence", "deflist", "smartquotes"]
myst_heading_anchors = 3
myst_title_to_header = False

bibtex_bibfiles = ["references.bib"]
bibtex_default_style = "unsrt"
bibtex_reference_style = "author_year"

html_theme = "sphinx_book_theme"
html_title = "Pakistan–Russia Relations"
html_static_path: list[str] = []
html_last_updated_fmt = ""
html_show_sourcelink = False
html_copy_source = False
html_theme_options = {
    "show_toc_level": 2,
    "use_download_button": False,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "navigation_with_keys": False,
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
