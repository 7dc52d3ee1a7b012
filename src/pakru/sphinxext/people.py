"""The ``{people}`` directive: the people register, rendered from ``data/people.csv``.

Authors write::

    ```{people}
    :group-by: country
    ```

``:group-by: country`` (the default) gives one section per country in the
schema's order; ``:group-by: name`` gives one list in alphabetical order. Each
entry shows the name and life dates (labelled ``person-<id>``), the role, the
lessons that name the person and the row's citation.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.people import COUNTRIES, PeopleError, Person, load_people
from pakru.sphinxext.events_role import cite_p

if TYPE_CHECKING:
    from docutils.nodes import Node
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.util.typing import OptionSpec

logger = logging.getLogger(__name__)


def _group_by(argument: str | None) -> str:
    return directives.choice(argument, ("country", "name"))


class PeopleDirective(SphinxDirective):
    """Everyone the lessons name, by country or alphabetically."""

    has_content = False
    option_spec: ClassVar[OptionSpec] = {"group-by": _group_by}

    def run(self) -> list[Node]:
        path = Path(self.config.pakru_people_path)
        for dependency in (path, path.with_suffix(".schema.toml")):
            self.env.note_dependency(str(dependency))
        try:
            people = load_people(path)
        except PeopleError as error:
            logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="people")
            return []
        if self.options.get("group-by", "country") == "name":
            listing = self.entries(sorted(people, key=lambda person: (person.name.casefold(), person.id)))
            self.set_source_info(listing)
            return [listing]
        sections: list[Node] = []
        for country, country_name in COUNTRIES.items():
            members = sorted(
                (person for person in people if person.country == country),
                key=lambda person: (person.name.casefold(), person.id),
            )
            if not members:
                continue
            section = nodes.section(classes=["pakru-people-country"])
            self.set_source_info(section)
            self.label(section, f"people-{country}")
            section += nodes.title(country_name, country_name)
            section += self.entries(members)
            sections.append(section)
        return sections

    def label(self, node: nodes.Element, label: str) -> None:
        node["names"].append(label)
        node["ids"].append(label)
        self.state.document.note_explicit_target(node, node)

    def entries(self, people: list[Person]) -> nodes.definition_list:
        listing = nodes.definition_list(classes=["pakru-people"])
        for person in people:
            term = nodes.term(person.name, person.name)
            if person.life_dates():
                term += nodes.Text(f" ({person.life_dates()})")
            self.label(term, person.label)
            description = nodes.paragraph()
            description += nodes.Text(f"{person.role.rstrip('.')}. ")
            lessons = ", ".join(str(number) for number in person.lessons)
            description += nodes.emphasis(
                f"Lesson{'s' if len(person.lessons) > 1 else ''} {lessons}.",
                f"Lesson{'s' if len(person.lessons) > 1 else ''} {lessons}.",
            )
            if person.confidence != "high":
                description += nodes.Text(" (Medium confidence: the sources differ or are thin.)")
            description += nodes.Text(" ")
            try:
                citation, messages = cite_p(self.env, person.source, self.lineno, self.state.inliner)
                description.extend([*citation, *messages])
            except LookupError as error:
                logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="people")
            item = nodes.definition_list_item()
            item += term
            item += nodes.definition("", description)
            listing += item
        return listing


def _resolve_people_path(app: Sphinx, config: Config) -> None:
    config.pakru_people_path = str((Path(app.confdir) / config.pakru_people_path).resolve())


def setup_people(app: Sphinx) -> None:
    app.add_config_value("pakru_people_path", "../data/people.csv", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_people_path)
    app.add_directive("people", PeopleDirective)
