"""The documents reader in the book, rendered from ``data/documents/*.toml``.

* ```` ```{documents} ```` ```` renders every document, grouped by lesson in date order, each as
  a section labelled ``document-<id>``;
* ```` ```{document} <id> ```` ```` renders one document in full (title, date, provenance, context,
  the excerpt as a block quote, guided questions, source, licence and citation);
* ```` ```{document-excerpt} <id> ```` ```` renders a short quoted box for a lesson (option
  ``:lines: N`` for the excerpt's first N lines, else ``:words: N``, default 80) with a link to the
  full document;
* ``{document-ref}`<id>``` renders the document's title as a link to it;
* ```` ```{document-licences} ```` ```` lists the licences of the reproduced documents, third-party
  licences (such as "Kremlin.ru, CC BY 4.0") first. HTML pages also get the third-party licence
  lines as ``pakru_document_licences`` in their template context, for the footer.

The data files stay the one source; the pages never copy an excerpt by hand. Everything is built
from docutils nodes (text is escaped by the writers), and every file read is recorded as a
dependency before it is read.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole

from pakru.documents import (
    LICENCE_URLS,
    LICENCES,
    Document,
    DocumentError,
    document_files,
    load_document,
    sort_documents,
)
from pakru.events import LESSONS
from pakru.sphinxext.course_data import note_listing
from pakru.sphinxext.events_role import cite_p

if TYPE_CHECKING:
    from docutils.nodes import Node, system_message
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.util.typing import OptionSpec

logger = logging.getLogger(__name__)

PERSPECTIVE_NAMES: dict[str, str] = {
    "soviet": "Soviet",
    "russian": "Russian",
    "pakistani": "Pakistani",
    "indian": "Indian",
    "afghan": "Afghan",
    "bangladeshi": "Bangladeshi",
    "american": "American",
    "british": "British",
    "un": "United Nations",
}
EXCERPT_WORDS = 80


def parse_prose(directive: SphinxDirective, text: str) -> list[Node]:
    """Authored prose from a data file, in the page's own markup (emphasis, lists, roles).

    Raw HTML is shown as text: a data file never writes markup into the page.
    """
    shown: list[Node] = []
    for node in directive.parse_text_to_nodes(text, offset=directive.content_offset):
        if isinstance(node, nodes.raw):  # a block of HTML becomes a paragraph of text
            shown.append(nodes.paragraph(node.astext().strip(), node.astext().strip()))
            continue
        for raw in list(node.findall(nodes.raw, include_self=False)):
            raw.replace_self(nodes.Text(raw.astext()))
        shown.append(node)
    return shown


def _warn(message: str, *args: object, location: Any) -> None:
    logger.warning(message, *args, location=location, type="pakru", subtype="documents")


def _document_path(folder: Path, document_id: str) -> Path:
    return folder / f"{document_id}.toml"


class DocumentDirectiveBase(SphinxDirective):
    """Shared reading and rendering of documents for the directives below."""

    @property
    def folder(self) -> Path:
        return Path(self.config.pakru_documents_path)

    def read(self, document_id: str) -> Document | None:
        """One document, or ``None`` after a warning at this directive."""
        path = _document_path(self.folder, document_id)
        self.env.note_dependency(str(path))
        try:
            return load_document(path)
        except DocumentError as error:
            _warn("%s", error, location=self.get_location())
            return None

    def read_all(self, *, quiet: bool = False) -> list[Document]:
        """Every valid document; each bad file gets its own warning unless ``quiet``."""
        # A file added or removed re-reads the page (Sphinx counts a folder as a dependency
        # that is always out of date, which re-read this page in every build).
        note_listing(self.env, self.folder, "*.toml")
        documents: list[Document] = []
        for path in document_files(self.folder):
            self.env.note_dependency(str(path))
            try:
                documents.append(load_document(path))
            except DocumentError as error:
                if not quiet:
                    _warn("%s", error, location=self.get_location())
        if not documents and not quiet:
            _warn("no documents in %s; add <id>.toml files there", self.folder, location=self.get_location())
        return sort_documents(documents)

    def prose(self, text: str) -> list[Node]:
        """Authored prose (provenance, context, questions) in the page's own markup."""
        return parse_prose(self, text)

    def citation(self, document: Document) -> list[Node]:
        try:
            citation, messages = cite_p(self.env, document.citation, self.lineno, self.state.inliner)
        except LookupError as error:
            _warn("%s", error, location=self.get_location())
            return []
        return [*citation, *messages]

    def link_to(self, document: Document, text: str = "") -> addnodes.pending_xref:
        """A cross-reference to the full document, resolved (and checked) by Sphinx's ``ref``."""
        reference = addnodes.pending_xref(
            "",
            refdomain="std",
            reftype="ref",
            reftarget=document.label,
            refexplicit=True,
            refwarn=True,
            refdoc=self.env.docname,
        )
        reference += nodes.inline(text or document.title, text or document.title)
        return reference

    def labelled(self, node: nodes.Element, label: str) -> nodes.Element:
        """Give ``node`` the explicit label ``label``, so ``{ref}`` and the std domain know it."""
        node["names"].append(label)
        node["ids"].append(label)
        self.state.document.note_explicit_target(node, node)
        return node

    def body(self, document: Document) -> list[Node]:
        """Everything of a document below its title."""
        perspectives = ", ".join(PERSPECTIVE_NAMES[value] for value in document.perspective)
        meta = nodes.paragraph(classes=["pakru-document-meta"])
        meta += nodes.strong(document.date.display(), document.date.display())
        meta += nodes.Text(f". {document.origin.rstrip('.')}. Perspective: {perspectives}. ")
        meta += nodes.Text(f"Lesson {document.lesson}: {LESSONS[document.lesson]}.")
        excerpt = nodes.block_quote(classes=["pakru-document-excerpt-text"])
        excerpt["support_smartquotes"] = False  # verbatim: keep the source's quotes and dots
        excerpt.extend(nodes.paragraph(line, line) for line in document.excerpt_paragraphs())
        questions = nodes.enumerated_list(enumtype="arabic", prefix="", suffix=".")
        for question in document.questions:
            item = nodes.list_item()
            item.extend(self.prose(question))
            questions += item
        source = nodes.paragraph(classes=["pakru-document-source"])
        source += nodes.strong("Source: ", "Source: ")
        source += nodes.Text(f"{document.source_publisher}, ")
        source += nodes.reference(document.source_url, document.source_url, refuri=document.source_url)
        source += nodes.Text(".")
        licence = nodes.paragraph(classes=["pakru-document-licence"])
        licence += nodes.strong("Licence: ", "Licence: ")
        licence += self.licence_name(document)
        licence += nodes.Text(f". {document.reproduction_basis}")
        cite = nodes.paragraph(classes=["pakru-document-citation"])
        cite += nodes.strong("Cite as: ", "Cite as: ")
        cite.extend(self.citation(document))
        return [
            meta,
            nodes.rubric("Provenance", "Provenance"),
            *self.prose(document.provenance),
            nodes.rubric("Context", "Context"),
            *self.prose(document.context),
            nodes.rubric("Excerpt", "Excerpt"),
            excerpt,
            nodes.rubric("Questions for reading", "Questions for reading"),
            questions,
            source,
            licence,
            cite,
        ]

    @staticmethod
    def licence_name(document: Document) -> nodes.Node:
        url = LICENCE_URLS.get(document.licence)
        if url is None:
            return nodes.Text(document.licence_name)
        return nodes.reference(document.licence_name, document.licence_name, refuri=url)


class DocumentDirective(DocumentDirectiveBase):
    """One document in full, with its label, wherever it is placed."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[Node]:
        document = self.read(self.arguments[0])
        if document is None:
            return []
        container = nodes.container(classes=["pakru-document"])
        self.set_source_info(container)
        title = nodes.rubric(document.title, document.title, classes=["pakru-document-title"])
        container += self.labelled(title, document.label)
        container.extend(self.body(document))
        return [container]


class DocumentsDirective(DocumentDirectiveBase):
    """Every document, as sections grouped by lesson in date order."""

    has_content = False

    def run(self) -> list[Node]:
        documents = self.read_all()
        sections: list[Node] = []
        for lesson in sorted({document.lesson for document in documents}):
            lesson_title = f"Lesson {lesson}: {LESSONS[lesson]}"
            group = self.labelled(
                nodes.section(classes=["pakru-documents-lesson"]), f"documents-lesson-{lesson}"
            )
            self.set_source_info(group)
            group += nodes.title(lesson_title, lesson_title)
            for document in (document for document in documents if document.lesson == lesson):
                section = self.labelled(nodes.section(classes=["pakru-document"]), document.label)
                self.set_source_info(section)
                section += nodes.title(document.title, document.title)
                section.extend(self.body(document))
                group += section
            sections.append(group)
        return sections


class DocumentExcerptDirective(DocumentDirectiveBase):
    """A short quoted box for a lesson, linking to the full document."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[OptionSpec] = {
        "lines": directives.positive_int,
        "words": directives.positive_int,
    }

    def run(self) -> list[Node]:
        document = self.read(self.arguments[0])
        if document is None:
            return []
        lines = document.excerpt_paragraphs()
        if "lines" in self.options:
            shown = lines[: self.options["lines"]]
            cut = len(shown) < len(lines)
        else:
            shown, cut = _first_words(lines, self.options.get("words", EXCERPT_WORDS))
        if cut:
            shown[-1] = f"{shown[-1]} […]"
        box = nodes.admonition(classes=["admonition", "pakru-primary-source", "pakru-document-excerpt"])
        self.set_source_info(box)
        heading = f"{document.title}, {document.date.display()}"
        box += nodes.title(heading, heading)
        quote = nodes.block_quote()
        quote["support_smartquotes"] = False
        quote.extend(nodes.paragraph(line, line) for line in shown)
        box += quote
        more = nodes.paragraph(classes=["pakru-document-more"])
        more += self.link_to(document, "Read the full document")
        more += nodes.Text(", with its provenance and questions, in the documents reader. ")
        more.extend(self.citation(document))
        box += more
        return [box]


def _first_words(lines: list[str], limit: int) -> tuple[list[str], bool]:
    """The excerpt's first ``limit`` words, keeping its line breaks; and whether it was cut."""
    shown: list[str] = []
    remaining = limit
    for line in lines:
        words = line.split()
        if len(words) > remaining:
            if remaining:
                shown.append(" ".join(words[:remaining]))
            return shown, True
        shown.append(line)
        remaining -= len(words)
    return shown, False


class DocumentLicencesDirective(DocumentDirectiveBase):
    """The licences of the reproduced documents, each with the documents that use it."""

    has_content = False

    def run(self) -> list[Node]:
        # The {documents} directive, and pakru dev check, report bad files; one warning each is enough.
        documents = self.read_all(quiet=True)
        listing = nodes.bullet_list(classes=["pakru-document-licences"])
        # Third-party licences (with an attribution) first, then public domain and official texts.
        names = sorted(
            {d.licence_name for d in documents}, key=lambda name: (name in LICENCES.values(), name)
        )
        for name in names:
            using = [document for document in documents if document.licence_name == name]
            item = nodes.paragraph()
            item += DocumentDirectiveBase.licence_name(using[0])
            item += nodes.Text(": ")
            for index, document in enumerate(using):
                if index:
                    item += nodes.Text("; ")
                item += self.link_to(document)
            item += nodes.Text(".")
            listing += nodes.list_item("", item)
        return [listing] if documents else []


class DocumentRefRole(SphinxRole):
    """``{document-ref}`id```: the document's title as a link to it in the reader."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        document_id = self.text.strip()
        path = _document_path(Path(self.config.pakru_documents_path), document_id)
        self.env.note_dependency(str(path))
        try:
            document = load_document(path)
        except DocumentError as error:
            _warn(
                "unknown document %r in {%s} (%s)",
                document_id,
                self.name,
                error,
                location=self.get_location(),
            )
            return [nodes.literal(self.rawtext, self.text)], []
        reference = addnodes.pending_xref(
            self.rawtext,
            refdomain="std",
            reftype="ref",
            reftarget=document.label,
            refexplicit=True,
            refwarn=True,
            refdoc=self.env.docname,
        )
        reference += nodes.inline(document.title, document.title, classes=["pakru-document-ref"])
        return [reference], []


@lru_cache(maxsize=4)
def _third_party_licences(folder: str, stamp: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    names: set[str] = set()
    for name, _ in stamp:
        try:
            document = load_document(Path(folder) / name)
        except DocumentError:
            continue  # the directives warn about bad files
        if document.attribution:
            names.add(document.attribution)
    return tuple(sorted(names))


def third_party_licences(folder: Path) -> tuple[str, ...]:
    """Attribution lines of the documents under a third-party licence, such as "Kremlin.ru, CC BY 4.0"."""
    stamp = tuple((path.name, path.stat().st_mtime_ns) for path in document_files(folder))
    return _third_party_licences(str(folder), stamp)


def _add_licences_to_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Node | None
) -> None:
    context["pakru_document_licences"] = third_party_licences(Path(app.config.pakru_documents_path))


def _resolve_documents_path(app: Sphinx, config: Config) -> None:
    config.pakru_documents_path = str((Path(app.confdir) / config.pakru_documents_path).resolve())


def setup_documents(app: Sphinx) -> None:
    app.add_config_value("pakru_documents_path", "../data/documents", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_documents_path)
    app.connect("html-page-context", _add_licences_to_context)
    app.add_directive("document", DocumentDirective)
    app.add_directive("documents", DocumentsDirective)
    app.add_directive("document-excerpt", DocumentExcerptDirective)
    app.add_directive("document-licences", DocumentLicencesDirective)
    app.add_role("document-ref", DocumentRefRole())
