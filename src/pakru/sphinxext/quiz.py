"""The ``{quiz}`` directive: a lesson's quiz as an in-page self-check.

Authors write::

    ```{quiz} legacy
    ```

The questions come from the quiz module in ``quizzes/`` (one source for pytest
and the book). HTML pages get a form per question that checks answers in the
browser against the same salted hashes pytest uses; the markup holds hashes and
sealed explanations only, never a key. EPUB, LaTeX and text builds get the
questions as plain lists with instructions to grade locally.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
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


class quiz_block(nodes.General, nodes.Element):
    """A quiz; its children are the builder-neutral rendering."""


def grade_locally_parts(quiz: Quiz) -> list[tuple[str, bool]]:
    """How to grade the quiz locally, as (text, is_command) runs, so commands render as code."""
    return [
        ("To grade this quiz on your computer, run ", False),
        (f"pakru quiz start {quiz.id}", True),
        (", answer in the file it creates, then run ", False),
        ("pytest quizzes", True),
        (".", False),
    ]


def grade_locally_html(quiz: Quiz) -> str:
    return "".join(
        f'<code class="docutils literal notranslate"><span class="pre">{escape(text)}</span></code>'
        if is_command
        else escape(text)
        for text, is_command in grade_locally_parts(quiz)
    )


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


def question_data(quiz: Quiz, question: Question) -> dict[str, Any]:
    """What the page's script needs: hashes and the sealed explanation, no keys."""
    assert question.seal is not None
    return {
        "salt": question.salt(quiz.id),
        "keys": [[accepted.key, accepted.wrap] for accepted in question.seal.keys],
        "explanation": question.seal.explanation,
    }


def render_controls(quiz: Quiz, question: Question) -> str:
    """Labelled, keyboard-operable form controls for one question."""
    base = f"{quiz.id}-{question.id}"
    parts: list[str] = []
    if question.kind in {"single", "multiple"}:
        control = "radio" if question.kind == "single" else "checkbox"
        for letter, text in question.choices():
            parts.append(
                f'<div class="pakru-choice"><input type="{control}" name="{base}" id="{base}-{letter}" '
                f'value="{letter}" /><label for="{base}-{letter}">{letter}) {escape(text)}</label></div>'
            )
    elif question.kind in {"number", "text"}:
        mode = ' inputmode="decimal"' if question.kind == "number" else ""
        parts.append(
            f'<label for="{base}-input">Your answer</label> '
            f'<input type="text" id="{base}-input" name="{base}" autocomplete="off"{mode} />'
        )
    else:
        shown = question.choices()
        if isinstance(question, Matching):
            slots = [f"{index}. {item}" for index, item in enumerate(question.items, start=1)]
        else:
            slots = [
                f"Position {index}" + (" (earliest)" if index == 1 else "")
                for index in range(1, len(shown) + 1)
            ]
        parts.append('<ol class="pakru-items" type="a">')
        parts.extend(f"<li>{escape(text)}</li>" for _letter, text in shown)
        parts.append("</ol>")
        options = '<option value="">choose</option>' + "".join(
            f'<option value="{letter}">{letter}</option>' for letter, _text in shown
        )
        for index, slot in enumerate(slots, start=1):
            parts.append(
                f'<div class="pakru-slot"><label for="{base}-slot{index}">{escape(slot)}</label> '
                f'<select id="{base}-slot{index}" name="{base}">{options}</select></div>'
            )
    return "".join(parts)


def render_quiz_html(quiz: Quiz, section_url: str) -> str:
    """The whole interactive quiz; every string from the quiz module is escaped."""
    out = [
        f'<div class="pakru-quiz" data-quiz="{escape(quiz.id)}">',
        '<p class="pakru-quiz-intro">Check your understanding. Answers are checked in your browser; '
        "nothing is sent anywhere.</p>",
        f'<noscript><p class="pakru-quiz-noscript">{grade_locally_html(quiz)}</p></noscript>',
    ]
    for number, question in enumerate(quiz.questions, start=1):
        base = f"{quiz.id}-{question.id}"
        kind = f'<span class="pakru-question-kind">({question.kind_label}, {question.points_label})</span>'
        data = escape(json.dumps(question_data(quiz, question), separators=(",", ":")), quote=True)
        out.append(
            f'<form class="pakru-question" id="{base}" data-kind="{question.kind}" data-seal="{data}">'
            f'<fieldset><legend><span class="pakru-question-number">{number}.</span> '
            f"{escape(question.prompt)} {kind}</legend>"
            f"{render_controls(quiz, question)}</fieldset>"
            f'<button type="submit" class="pakru-check">Check answer {number}</button>'
            f'<p class="pakru-feedback" role="status" aria-live="polite" id="{base}-feedback"></p>'
            f'<details class="pakru-hint"><summary>Hint</summary><p>{escape(question.hint)} <a href="'
            f'{escape(section_url)}#{escape(question.section)}">Revise the section</a>.</p></details>'
            "</form>"
        )
    out.append(f'<p class="pakru-quiz-local">{grade_locally_html(quiz)}</p></div>')
    return "\n".join(out)


def visit_quiz_block_html(translator: HTML5Translator, node: quiz_block) -> None:
    if translator.builder.name.startswith("epub"):
        return  # e-readers run no script: render the plain lists
    translator.body.append(node["html"])
    raise nodes.SkipNode


def visit_quiz_block_plain(translator: nodes.NodeVisitor, node: quiz_block) -> None:
    """Render the builder-neutral children."""


def depart_quiz_block(translator: nodes.NodeVisitor, node: quiz_block) -> None:
    """Nothing to close."""


class QuizDirective(SphinxDirective):
    """Show a lesson's quiz, by quiz id, from ``pakru_quizzes_path``."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        quizzes_dir = Path(self.config.pakru_quizzes_path)
        try:
            # Records every quiz module and the events file first, so a fix rebuilds this page.
            quizzes = course_quizzes(self.env)
        except (QuizError, EventsError) as error:
            note_problem(self.env)
            logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="quiz")
            return []
        wanted = self.arguments[0]
        quiz = next((quiz for quiz in quizzes if quiz.id == wanted), None)
        if quiz is None:
            note_problem(self.env)
            logger.warning(
                "no quiz %r in %s; use one of %s",
                wanted,
                quizzes_dir,
                ", ".join(quiz.id for quiz in quizzes) or "(none)",
                location=self.get_location(),
                type="pakru",
                subtype="quiz",
            )
            return []
        unsealed = [question.id for question in quiz.questions if question.seal is None]
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
        block = quiz_block(html=render_quiz_html(quiz, section_url), quiz=quiz.id)
        self.set_source_info(block)
        questions = nodes.enumerated_list(enumtype="arabic", classes=["pakru-quiz-questions"])
        for number, question in enumerate(quiz.questions, start=1):
            questions += generic_question(number, question)
        block += questions
        block += grade_locally_paragraph(quiz)
        return [block]


def add_quiz_script(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    # The script loads only on pages that have a quiz.
    if doctree is not None and next(iter(doctree.findall(quiz_block)), None) is not None:
        app.add_js_file(SCRIPT, defer="defer")


def _resolve_quizzes_path(app: Sphinx, config: Config) -> None:
    config.pakru_quizzes_path = str((Path(app.confdir) / config.pakru_quizzes_path).resolve())


def setup_quiz(app: Sphinx) -> None:
    app.add_config_value("pakru_quizzes_path", "../quizzes", "env", types=frozenset({str}))
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
    app.add_directive("quiz", QuizDirective)
    app.connect("html-page-context", add_quiz_script)
