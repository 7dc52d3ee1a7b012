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

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxRole

from pakru.events import Event, EventsError, load_events

if TYPE_CHECKING:
    from docutils.nodes import Node, system_message
    from docutils.parsers.rst.states import Inliner
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def _events_by_id(path: str, mtime_ns: int, size: int) -> dict[str, Event]:
    # Keyed on the file's stamp, so an edited events file is read again.
    return {event.id: event for event in load_events(Path(path))}


def events_by_id(path: Path) -> dict[str, Event]:
    """The events of ``path`` by id, read once per version of the file.

    Raises :class:`~pakru.events.EventsError` when the file is missing or invalid.
    """
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise EventsError(f"{path}: no events file here; check the path") from None
    return _events_by_id(str(path), stat.st_mtime_ns, stat.st_size)


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
        # Recorded first, so that fixing a missing or broken file rebuilds this page.
        self.env.note_dependency(str(path))
        event_id = self.text.strip()
        try:
            event = events_by_id(path).get(event_id)
        except EventsError as error:
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
