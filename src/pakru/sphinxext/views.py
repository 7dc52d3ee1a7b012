"""The learner view and the instructor view of the book, as in the Carpentries Workbench.

The default build is the learner view: ``{instructor-note}`` directives produce
nothing at all, so their text reaches neither the pages, the search index nor
the EPUB and PDF made from them. ``pakru_view = "instructor"`` (the course's
conf.py sets it for ``-t instructor``) builds the instructor view with the notes
shown; a learner page whose source holds a note does not copy its source into
``_sources/``. Each standalone HTML page links to the same page in the other view: the
instructor view is published in the learner site's ``pakru_instructor_path``
folder (``instructor/``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sphinx.errors import ConfigError

from pakru.templating import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

LEARNER = "learner"
INSTRUCTOR = "instructor"
VIEWS = (LEARNER, INSTRUCTOR)
# Builders whose pages stand alone on the site; single-page and EPUB builds are learner books.
SWITCHING_BUILDERS = frozenset({"html", "dirhtml"})
# The 404 page is served at any address, so a relative link from it would go astray.
NO_SWITCH_PAGES = frozenset({"404"})
# The learner pages whose sources hold an instructor note (in the environment, pickled with it).
NOTED_PAGES = "pakru_pages_with_instructor_notes"


def is_instructor_view(config: Config) -> bool:
    return config.pakru_view == INSTRUCTOR


def _check_view(app: Sphinx, config: Config) -> None:
    if config.pakru_view not in VIEWS:
        raise ConfigError(f"pakru_view is {config.pakru_view!r}; set it to 'learner' or 'instructor'")


def switch_url(pagename: str, target_uri: str, instructor_view: bool, instructor_path: str) -> str:
    """The same page in the other view, relative to ``pagename``'s own address."""
    up = "../" * pagename.count("/")
    if instructor_view:
        return up + "../" * (instructor_path.strip("/").count("/") + 1) + target_uri
    return f"{up}{instructor_path.strip('/')}/{target_uri}"


def note_instructor_note(env: BuildEnvironment) -> None:
    """The current page has an instructor note that the learner view leaves out."""
    if not hasattr(env, NOTED_PAGES):
        setattr(env, NOTED_PAGES, set())
    getattr(env, NOTED_PAGES).add(env.docname)


def _noted(env: BuildEnvironment) -> set[str]:
    return getattr(env, NOTED_PAGES, set())


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    _noted(env).discard(docname)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: BuildEnvironment) -> None:
    if found := _noted(other) & set(docnames):
        if not hasattr(env, NOTED_PAGES):
            setattr(env, NOTED_PAGES, set())
        getattr(env, NOTED_PAGES).update(found)


def hide_sources_with_notes(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """A learner page whose source holds an instructor note neither copies nor links its source."""
    if not is_instructor_view(app.config) and pagename in _noted(app.env):
        context["sourcename"] = ""


def add_view_switch(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """``pakru_view_switch`` in the page's template context: a visible link to the other view."""
    if app.builder.name not in SWITCHING_BUILDERS or pagename in NO_SWITCH_PAGES:
        return
    instructor_view = is_instructor_view(app.config)
    url = switch_url(
        pagename, app.builder.get_target_uri(pagename), instructor_view, app.config.pakru_instructor_path
    )
    context["pakru_view_switch"] = render("view-switch.html", instructor_view=instructor_view, url=url)


def setup_views(app: Sphinx) -> None:
    app.add_config_value("pakru_view", LEARNER, "env", types=frozenset({str}))
    app.add_config_value("pakru_instructor_path", "instructor", "html", types=frozenset({str}))
    app.connect("config-inited", _check_view)
    app.connect("html-page-context", add_view_switch)
    app.connect("html-page-context", hide_sources_with_notes)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
