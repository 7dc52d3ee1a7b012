"""The course's own quizzes, proved against the model answers in ``instructor/``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import COURSE_DIR, EVENTS_FILE, REPO_ROOT, BuiltBook
from course_text import directives, read
from pakru.answers import read_answer_file
from pakru.events import load_events
from pakru.grading import grade_quiz, section_headings
from pakru.quiz import Quiz, ShortText, SingleChoice, Status, discover_quizzes, letters_for
from pakru.quiz_authoring import ModelAnswer, load_model_answers, model_answers_path, verify_seals

QUIZZES = discover_quizzes(REPO_ROOT / "quizzes", load_events(EVENTS_FILE))
INSTRUCTOR_DIR = REPO_ROOT / "instructor"
quiz_params = pytest.mark.parametrize("quiz", QUIZZES, ids=lambda quiz: quiz.id)


def models_for(quiz: Quiz) -> dict[str, ModelAnswer]:
    return load_model_answers(model_answers_path(INSTRUCTOR_DIR, quiz.id))


def lesson_file(quiz: Quiz) -> Path:
    return COURSE_DIR / f"{quiz.lesson}.md"


def lesson_objectives(quiz: Quiz) -> set[str]:
    (block,) = [block for block in directives(read(lesson_file(quiz))) if block.name == "objectives"]
    return {line.split(":", 1)[0].strip() for line in block.body.splitlines() if line.strip()}


def answer_file_for(quiz: Quiz, models: dict[str, ModelAnswer]) -> str:
    """An answer file with the model answers (the first variant of a text answer)."""
    lines = []
    for question_id, model in models.items():
        answer = model.answer
        if isinstance(quiz.question(question_id), ShortText) and isinstance(answer, list):
            answer = answer[0]
        lines.append(f"{question_id} = {answer!r}")
    return "\n".join(lines) + "\n"


def test_one_quiz_per_lesson() -> None:
    assert [quiz.id for quiz in QUIZZES] == ["legacy", "coldwar", "revival", "prospects"]
    assert [lesson_file(quiz).name for quiz in QUIZZES] == [
        "01-legacy.md",
        "02-cold-war.md",
        "03-revival.md",
        "04-prospects.md",
    ]


@quiz_params
def test_size_and_variety(quiz: Quiz) -> None:
    assert len(quiz.questions) >= 12
    assert len({question.kind for question in quiz.questions}) >= 4


@quiz_params
def test_questions_cover_every_objective_and_name_real_ones(quiz: Quiz) -> None:
    named = {question.objective for question in quiz.questions}
    assert named == lesson_objectives(quiz)


@quiz_params
def test_every_question_links_to_a_lesson_section(quiz: Quiz) -> None:
    # The same headings the "Revise" line names; only levels 1-3 get anchors (myst_heading_anchors).
    slugs = set(section_headings(quiz))
    assert sorted({question.section for question in quiz.questions} - slugs) == []


@quiz_params
def test_the_lesson_page_shows_its_quiz(quiz: Quiz) -> None:
    blocks = directives(read(lesson_file(quiz)))
    assert any(block.name == "quiz" and block.argument == quiz.id for block in blocks)


@pytest.mark.teaching_edition
@quiz_params
def test_seals_match_the_model_answers(quiz: Quiz) -> None:
    assert verify_seals(quiz, models_for(quiz)) == []


@pytest.mark.teaching_edition
@quiz_params
def test_a_fully_correct_attempt_scores_full_marks(quiz: Quiz, tmp_path: Path) -> None:
    path = tmp_path / f"{quiz.id}.py"
    path.write_text(answer_file_for(quiz, models_for(quiz)), encoding="utf-8")
    graded = grade_quiz(quiz, read_answer_file(path, {question.id for question in quiz.questions}))
    assert [item.question.id for item in graded if item.grade.status is not Status.CORRECT] == []
    assert sum(item.grade.score for item in graded) == quiz.max_score
    assert all(item.grade.explanation for item in graded)


@quiz_params
def test_an_empty_attempt_scores_zero(quiz: Quiz, tmp_path: Path) -> None:
    graded = grade_quiz(quiz, read_answer_file(tmp_path / "absent.py", set()))
    assert {item.grade.status for item in graded} == {Status.UNANSWERED}
    assert sum(item.grade.score for item in graded) == 0


@quiz_params
def test_single_choice_questions_accept_exactly_one_option(quiz: Quiz) -> None:
    for question in quiz.questions:
        if isinstance(question, SingleChoice):
            letters = letters_for(len(question.options))
            accepted = [
                letter for letter in letters if question.grade(quiz.id, letter).status is Status.CORRECT
            ]
            assert len(accepted) == 1, question.id


@pytest.mark.teaching_edition
def test_no_key_or_explanation_in_the_built_site(built_book: BuiltBook) -> None:
    copied_sources = built_book.html_dir / "_sources"
    assert not copied_sources.exists() or not any(copied_sources.iterdir())
    site = [path.read_text(encoding="utf-8") for path in built_book.html_dir.rglob("*.html")]
    site.append((built_book.html_dir / "searchindex.js").read_text(encoding="utf-8"))
    site.extend(path.read_text(encoding="utf-8") for path in (built_book.html_dir / "_static").glob("*.js"))
    everything = "\n".join(site)
    for quiz in QUIZZES:
        page = (built_book.html_dir / f"{quiz.lesson}.html").read_text(encoding="utf-8")
        for question_id, model in models_for(quiz).items():
            assert model.explanation not in everything, f"{quiz.id}.{question_id} explanation leaked"
            question = quiz.question(question_id)
            if isinstance(question, ShortText):
                form = re.search(
                    rf'<form class="pakru-question" id="{quiz.id}-{question_id}".*?</form>', page, re.S
                )
                assert form is not None
                variants = model.answer if isinstance(model.answer, list) else [model.answer]
                for variant in variants:
                    assert str(variant).lower() not in form.group(0).lower(), f"{quiz.id}.{question_id}"
