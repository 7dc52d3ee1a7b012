"""The ``{quiz}`` directive: a lesson's quiz as an in-page self-check.

Authors write::

    ```{quiz} legacy
    ```

The questions come from the quiz module in ``quizzes/`` (one source for pytest
and the book). HTML pages get a form per question that checks answers in the
browser against the same salted hashes pytest uses; the markup holds hashes and
sealed explanations only, never a key. EPUB, LaTeX and text builds get the
questions as plain lists with instructions to grade locally.

The page keeps each checked answer in the browser's localStorage, under a key
naming the course, its version and edition (``data-store``), the quiz and the
question. ``{quiz-progress}`` (no arguments) lists every quiz with the score
saved for it, for a landing page; other formats leave it out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from jinja2 import Environment, PackageLoader, StrictUndefined
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.events import EventsError
from pakru.quiz import Matching, Question, Quiz, QuizError
from pakru.sphinxext.course_data import course_quizzes, note_problem

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)
SCRIPT = "pakru-quiz.js"
TEMPLATES = Environment(
    loader=PackageLoader("pakru.sphinxext", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    keep_trailing_newline=False,
)


class quiz_block(nodes.General, nodes.Element):
    """A quiz; its children are the builder-neutral rendering."""


class quiz_progress(nodes.General, nodes.Element):
    """Where the page's script shows the saved score of every quiz; HTML only."""


def grade_locally_parts(quiz: Quiz) -> list[tuple[str, bool]]:
    """How to grade the quiz locally, as (text, is_command) runs, so commands render as code."""
    return [
        ("To grade this quiz on your computer, run ", False),
        (f"pakru quiz start {quiz.id}", True),
        (", answer in the file it creates, then run ", False),
        ("pytest quizzes", True),
        (".", False),
    ]


def grade_locally_paragraph(quiz: Quiz) -> nodes.paragraph:
    paragraph = nodes.paragraph(classes=["pakru-quiz-local"])
    for text, is_command in grade_locally_parts(quiz):
        paragraph += nodes.literal(text, text) if is_command else nodes.Text(text)
    return paragraph


def generic_question(number: int, question: Question) -> nodes.list_item:
    """Prompt, items and options as plain nodes, for every builder."""
    item = nodes.list_item()
    item += nodes.paragraph(text=f"{question.prompt} ({question.kind_label}, {question.points_label})")
    if isinstance(question, Matching):
        items = nodes.enumerated_list(enumtype="arabic")
        for text in question.items:
            items += nodes.list_item("", nodes.paragraph(text=text))
        item += items
    if question.choices():
        options = nodes.enumerated_list(enumtype="loweralpha", classes=["pakru-options"])
        for _letter, text in question.choices():
            options += nodes.list_item("", nodes.paragraph(text=text))
        item += options
    return item


# Hex digits of each answer hash that the page carries. The hashes only stop a reader
# seeing the key at a glance (every answer to a few options can be hashed anyway), and 64
# bits keep a wrong answer from matching by chance; the full hashes stay in the quiz modules.
PAGE_HASH_CHARS = 16


def question_data(quiz: Quiz, question: Question) -> dict[str, Any]:
    """What the page's script needs: hashes and the sealed explanation, no keys.

    A multiple-select seal also carries the hashes of partly right selections with
    their right and wrong picks, so the page gives the credit pytest gives. They
    tell no more than the full key does: a page can hash every subset of a few options.
    The hashes are cut to :data:`PAGE_HASH_CHARS`, which keeps a quiz's seals small in
    the page that a phone has to download before it draws anything.
    """
    assert question.seal is not None
    sealed = question.seal.to_data()
    data: dict[str, Any] = {
        "salt": question.salt(quiz.id),
        "hash_chars": PAGE_HASH_CHARS,
        "keys": [[key[:PAGE_HASH_CHARS], wrap] for key, wrap in sealed["keys"]],
        "explanation": sealed["explanation"],
    }
    if question.kind == "multiple":
        data["partial"] = {key[:PAGE_HASH_CHARS]: picks for key, picks in sealed.get("partial", {}).items()}
        data["correct_count"] = sealed.get("correct_count", 0)
    return data


def slot_labels(question: Question) -> list[str]:
    """The label of each dropdown of a matching or ordering question."""
    if isinstance(question, Matching):
        return [f"{index}. {item}" for index, item in enumerate(question.items, start=1)]
    return [
        f"Position {index}" + (" (earliest)" if index == 1 else "")
        for index in range(1, len(question.choices()) + 1)
    ]


def question_context(quiz: Quiz, question: Question) -> dict[str, Any]:
    return {
        "base": f"{quiz.id}-{question.id}",
        "digest": question.digest,
        "kind": question.kind,
        "kind_label": question.kind_label,
        "points": question.points,
        "points_label": question.points_label,
        "prompt": question.prompt,
        "choices": question.choices(),
        "slots": slot_labels(question) if question.kind in {"matching", "ordering"} else [],
        "seal": json.dumps(question_data(quiz, question), separators=(",", ":")),
        "hint": question.hint,
        "section": question.section,
    }


def render_quiz_html(quiz: Quiz, section_url: str, store: str) -> str:
    """The whole interactive quiz; the template escapes every string from the quiz module."""
    return TEMPLATES.get_template("quiz.html").render(
        quiz=quiz,
        store=store,
        section_url=section_url,
        local_parts=grade_locally_parts(quiz),
        questions=[question_context(quiz, question) for question in quiz.questions],
    )


def storage_key(config: Config) -> str:
    """Saved answers belong to one course, version and edition, so that another book never reads them."""
    return f"pakru-quiz|{config.project}|{config.version}|{config.pakru_edition}"


def visit_quiz_block_html(translator: HTML5Translator, node: quiz_block) -> None:
    if translator.builder.name.startswith("epub"):
        return  # e-readers run no script: render the plain lists
    translator.body.append(node["html"])
    raise nodes.SkipNode


def visit_quiz_block_plain(translator: nodes.NodeVisitor, node: quiz_block) -> None:
    """Render the builder-neutral children."""


def depart_quiz_block(translator: nodes.NodeVisitor, node: quiz_block) -> None:
    """Nothing to close."""


def visit_quiz_progress_html(translator: HTML5Translator, node: quiz_progress) -> None:
    if not translator.builder.name.startswith("epub"):
        builder = translator.builder
        quizzes = [
            quiz
            | {"url": builder.get_relative_uri(node["docname"], quiz["lesson"]) + f"#pakru-quiz-{quiz['id']}"}
            for quiz in node["quizzes"]
        ]
        translator.body.append(
            TEMPLATES.get_template("quiz_progress.html").render(store=node["store"], quizzes=quizzes)
        )
    raise nodes.SkipNode


def skip_quiz_progress(translator: nodes.NodeVisitor, node: quiz_progress) -> None:
    """Saved scores live in a browser: other formats have none to show."""
    raise nodes.SkipNode


def load_sealed_quizzes(directive: SphinxDirective) -> list[Quiz] | None:
    """The course's quizzes (loaded once per build), or None after a warning.

    The loader records every quiz module and the events file first, so a page whose
    quiz failed to load is rebuilt once it is fixed."""
    try:
        return list(course_quizzes(directive.env))
    except (QuizError, EventsError) as error:
        note_problem(directive.env)
        logger.warning("%s", error, location=directive.get_location(), type="pakru", subtype="quiz")
        return None


def unsealed_questions(quiz: Quiz) -> list[str]:
    return [question.id for question in quiz.questions if question.seal is None]


class QuizDirective(SphinxDirective):
    """Show a lesson's quiz, by quiz id, from ``pakru_quizzes_path``."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        quizzes = load_sealed_quizzes(self)
        if quizzes is None:
            return []
        wanted = self.arguments[0]
        quiz = next((quiz for quiz in quizzes if quiz.id == wanted), None)
        if quiz is None:
            note_problem(self.env)
            logger.warning(
                "no quiz %r in %s; use one of %s",
                wanted,
                self.config.pakru_quizzes_path,
                ", ".join(quiz.id for quiz in quizzes) or "(none)",
                location=self.get_location(),
                type="pakru",
                subtype="quiz",
            )
            return []
        unsealed = unsealed_questions(quiz)
        if unsealed:
            note_problem(self.env)
            logger.warning(
                "quiz %r has unsealed questions %s; run 'pakru quiz seal %s'",
                quiz.id,
                ", ".join(unsealed),
                quiz.id,
                location=self.get_location(),
                type="pakru",
                subtype="quiz",
            )
            return []
        section_url = ""  # links stay on the lesson page itself
        block = quiz_block(html=render_quiz_html(quiz, section_url, storage_key(self.config)), quiz=quiz.id)
        self.set_source_info(block)
        questions = nodes.enumerated_list(enumtype="arabic", classes=["pakru-quiz-questions"])
        for number, question in enumerate(quiz.questions, start=1):
            questions += generic_question(number, question)
        block += questions
        block += grade_locally_paragraph(quiz)
        return [block]


class QuizProgressDirective(SphinxDirective):
    """The saved self-check score of every quiz the book shows, for a landing page.

    Renders ``div#pakru-quiz-progress`` with one ``li[data-quiz]`` per quiz;
    ``pakru-quiz.js`` fills in each score from this browser's saved answers.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        quizzes = load_sealed_quizzes(self)
        if quizzes is None:
            return []
        shown: list[dict[str, Any]] = []
        for quiz in quizzes:
            if unsealed_questions(quiz):
                continue  # the lesson page leaves it out too, with a warning
            if quiz.lesson not in self.env.found_docs:
                logger.warning(
                    "quiz %r names lesson %r, which is not a page of the book; set its lesson to a "
                    "document name such as lessons/01-legacy",
                    quiz.id,
                    quiz.lesson,
                    location=self.get_location(),
                    type="pakru",
                    subtype="quiz",
                )
                continue
            shown.append(
                {
                    "id": quiz.id,
                    "title": quiz.title,
                    "lesson": quiz.lesson,
                    "points": int(quiz.max_score),
                    "question_ids": " ".join(question.id for question in quiz.questions),
                    "question_digests": " ".join(question.digest for question in quiz.questions),
                }
            )
        node = quiz_progress(quizzes=shown, store=storage_key(self.config), docname=self.env.docname)
        self.set_source_info(node)
        return [node]


def has_node(doctree: Any, node_class: type[nodes.Element]) -> bool:
    return doctree is not None and next(iter(doctree.findall(node_class)), None) is not None


def add_quiz_script(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    # The script loads only on pages that have a quiz or the saved scores.
    if has_node(doctree, quiz_block) or has_node(doctree, quiz_progress):
        app.add_js_file(SCRIPT, defer="defer")


def _resolve_quizzes_path(app: Sphinx, config: Config) -> None:
    config.pakru_quizzes_path = str((Path(app.confdir) / config.pakru_quizzes_path).resolve())
    if not config.pakru_edition:
        # The teaching edition is the source tree with instructor/ beside quizzes/; a release drops it.
        course_root = Path(config.pakru_quizzes_path).parent
        config.pakru_edition = "teaching" if (course_root / "instructor").is_dir() else "student"


def setup_quiz(app: Sphinx) -> None:
    app.add_config_value("pakru_quizzes_path", "../quizzes", "env", types=frozenset({str}))
    app.add_config_value("pakru_edition", "", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_quizzes_path)
    plain = (visit_quiz_block_plain, depart_quiz_block)
    app.add_node(
        quiz_block,
        html=(visit_quiz_block_html, depart_quiz_block),
        latex=plain,
        text=plain,
        man=plain,
        texinfo=plain,
    )
    skip = (skip_quiz_progress, depart_quiz_block)
    app.add_node(
        quiz_progress,
        html=(visit_quiz_progress_html, depart_quiz_block),
        latex=skip,
        text=skip,
        man=skip,
        texinfo=skip,
    )
    app.add_directive("quiz", QuizDirective)
    app.add_directive("quiz-progress", QuizProgressDirective)
    app.connect("html-page-context", add_quiz_script)
