"""The ``{event}`` and ``{event-date}`` roles: an event's date from the events file.

Lesson text writes the date of an event that ``data/events.csv`` holds as::

    Pakistan left CENTO on {event}`cento-exit`.

which renders the row's date at its precision, followed by the row's citation
exactly as ``{cite:p}`` would render it ("12 March 1979 (Kux 2001)").
``{event-date}`` renders the date alone, for a sentence that already cites the
same source. The lesson can then never contradict the data: changing a date is a
change to the events file only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from pakru.events import Event, EventsError
from pakru.sphinxext.course_data import course_events, note_problem

if TYPE_CHECKING:
    from docutils.nodes import Node, system_message
    from docutils.parsers.rst.states import Inliner
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)
# The events of each build by id, built once from the build's shared list.
_BY_ID: WeakKeyDictionary[BuildEnvironment, tuple[list[Event], dict[str, Event]]] = WeakKeyDictionary()


def events_by_id(env: BuildEnvironment) -> dict[str, Event]:
    """This build's events by id, from the course data every directive shares.

    Records the events file (and its schema) as a dependency of the current page first;
    raises :class:`~pakru.events.EventsError` when the file is missing or invalid.
    """
    events = course_events(env)
    cached = _BY_ID.get(env)
    if cached is None or cached[0] is not events:
        cached = (events, {event.id: event for event in events})
        _BY_ID[env] = cached
    return cached[1]


def cite_p(
    env: BuildEnvironment, key: str, lineno: int, inliner: Inliner
) -> tuple[list[Node], list[system_message]]:
    """``key`` cited exactly as ``{cite:p}`key``` would be, through sphinxcontrib-bibtex's own role.

    Going through the role (and not copying its output) lets the bibliography list the work and
    record where it was cited. Raises :class:`LookupError` when sphinxcontrib.bibtex is not loaded.
    """
    try:
        role = env.get_domain("cite").role("p")
    except ExtensionError:
        role = None
    if role is None:
        raise LookupError("citations need the sphinxcontrib.bibtex extension")
    return role("cite:p", f"{{cite:p}}`{key}`", key, lineno, inliner, {}, [])


class EventDateRole(SphinxRole):
    """``{event-date}`id```: the event's date at its precision, uncited."""

    with_citation = False

    def run(self) -> tuple[list[Node], list[system_message]]:
        path = Path(self.config.pakru_events_path)
        event_id = self.text.strip()
        try:
            # Records the file first, so that fixing a missing or broken file rebuilds this page.
            event = events_by_id(self.env).get(event_id)
        except EventsError as error:
            note_problem(self.env)
            return self._fail("%s", error)
        if event is None:
            return self._fail(
                "unknown event id %r in {%s}; use an id from %s", event_id, self.name, path.name
            )
        date = nodes.inline(event.display_dates(), event.display_dates(), classes=["pakru-event-date"])
        if not self.with_citation:
            return [date], []
        try:
            citation, messages = cite_p(self.env, event.source, self.lineno, self.inliner)
        except LookupError as error:
            return self._fail("{%s}: %s", self.name, error)
        return [date, nodes.Text(" "), *citation], messages

    def _fail(self, message: str, *args: object) -> tuple[list[Node], list[system_message]]:
        logger.warning(message, *args, location=self.get_location(), type="pakru", subtype="events")
        return [nodes.literal(self.rawtext, self.text)], []


class EventRole(EventDateRole):
    """``{event}`id```: the event's date followed by its row's citation, as ``{cite:p}``."""

    with_citation = True


def setup_events_role(app: Sphinx) -> None:
    # pakru_events_path is registered (and made absolute) by the timeline component.
    app.add_role("event", EventRole())
    app.add_role("event-date", EventDateRole())
