"""The course's Sphinx extension: ``extensions = ["pakru.sphinxext"]``.

One module per component, each with its own ``setup_*`` function:

* :mod:`.course_data`: the events, quizzes and exercises, read once per build, with every
  file they come from recorded, so that incremental builds never go stale;
* :mod:`.timeline`: the ``{timeline}`` directive, drawn from the events file;
* :mod:`.events_role`: ``{event}`` and ``{event-date}``, an event's date (and citation) from the same file;
* :mod:`.documents`: the documents reader (``{documents}``, ``{document}``, ``{document-excerpt}``,
  ``{document-ref}``, ``{document-licences}``) from ``data/documents``;
* :mod:`.people`: ``{people}``, the people register from ``data/people.csv``;
* :mod:`.source_analysis`: ``{source-analysis}`` (a lesson's document-based task) and
  ``{source-analysis-rubrics}`` (every rubric, for instructors) from ``data/source-analysis``;
* :mod:`.objectives`: the ``{objectives}`` directive with stable labels;
* :mod:`.admonitions`: ``{primary-source}`` and ``{instructor-note}``;
* :mod:`.quiz`: ``{quiz}``, the in-page self-check from a quiz module;
* :mod:`.exercise_list`: ``{exercises}``, a lesson's exercises from their folders;
* :mod:`.bibliography_roles`: ARIA roles for bibliography entries;
* :mod:`.bibliography_cache`: each bibliography entry formatted once, and again only when it changes;
* :mod:`.page_metadata`: meta descriptions from each page's front matter;
* :mod:`.search_stemming`: each word stemmed once per build for the search index;
* :mod:`.site_assets`: a lighter page for the book theme, with :mod:`.theme_icons`
  (the theme's icons as inline SVG), :mod:`pakru.css_trim` (unused CSS rules dropped) and
  :mod:`.theme_css` (the theme's CSS parsed by a worker process during a clean build);
* :mod:`.template_cache`: the theme's compiled templates kept between builds;
* :mod:`.views`: the learner view (default) and the instructor view, with a switch between them;
* :mod:`.downloads`: links to the PDF, EPUB and flashcards on the landing page and lessons;
* :mod:`.build_info`: no stale ``.buildinfo.bak`` in the output (EPUB builds fail on it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pybtex.plugin

from pakru import __version__
from pakru.sphinxext.admonitions import setup_admonitions
from pakru.sphinxext.bibliography_cache import setup_bibliography_cache
from pakru.sphinxext.bibliography_roles import setup_bibliography_roles
from pakru.sphinxext.build_info import setup_build_info
from pakru.sphinxext.course_data import setup_course_data
from pakru.sphinxext.documents import setup_documents
from pakru.sphinxext.downloads import setup_downloads
from pakru.sphinxext.events_role import setup_events_role
from pakru.sphinxext.exercise_list import setup_exercise_list
from pakru.sphinxext.maps import setup_maps
from pakru.sphinxext.objectives import setup_objectives
from pakru.sphinxext.page_metadata import setup_page_metadata
from pakru.sphinxext.people import setup_people
from pakru.sphinxext.quiz import setup_quiz
from pakru.sphinxext.search_stemming import setup_search_stemming
from pakru.sphinxext.site_assets import setup_site_assets
from pakru.sphinxext.source_analysis import setup_source_analysis
from pakru.sphinxext.template_cache import setup_template_cache
from pakru.sphinxext.timeline import setup_timeline
from pakru.sphinxext.views import setup_views

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

STATIC_DIR = Path(__file__).parent / "static"


def _cache_pybtex_plaintext_backend() -> None:
    """sphinxcontrib-bibtex looks up pybtex's plain-text backend once per citation, and each
    look-up scans every installed package's entry points: a third of the build. Registering the
    very class it finds turns the later look-ups into a dictionary lookup."""
    backend = pybtex.plugin.find_plugin("pybtex.backends", "plaintext")
    pybtex.plugin.register_plugin("pybtex.backends", "plaintext", backend, force=True)


def _add_html_assets(app: Sphinx) -> None:
    # Only HTML-like builders read CSS; LaTeX and text builds stay untouched.
    if app.builder.format == "html":
        app.config.html_static_path.append(str(STATIC_DIR))
        app.add_css_file("pakru.css")


def setup(app: Sphinx) -> ExtensionMetadata:
    _cache_pybtex_plaintext_backend()
    setup_course_data(app)
    setup_timeline(app)
    setup_events_role(app)
    setup_documents(app)
    setup_people(app)
    setup_source_analysis(app)
    setup_maps(app)
    setup_objectives(app)
    setup_admonitions(app)
    setup_page_metadata(app)
    setup_quiz(app)
    setup_exercise_list(app)
    setup_bibliography_roles(app)
    setup_bibliography_cache(app)
    setup_search_stemming(app)
    setup_site_assets(app)
    setup_template_cache(app)
    setup_build_info(app)
    setup_views(app)
    setup_downloads(app)
    app.connect("builder-inited", _add_html_assets)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
