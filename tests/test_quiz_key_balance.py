"""The key-balance warning of ``pakru quiz seal``: it fires on a drifting fixture quiz, not on the course."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EVENTS_FILE, REPO_ROOT
from demo_quiz import DEMO_EVENTS, DEMO_MODELS_FILE, DEMO_QUIZ_FILE
from pakru.cli import main
from pakru.events import load_events
from pakru.quiz import discover_quizzes
from pakru.quiz_authoring import (
    KeyLetters,
    key_balance_problems,
    key_balance_warnings,
    key_letters,
    load_model_answers,
    model_answers_path,
)

# Four single-choice questions all keyed "b" and two multiple-select questions that both include "a":
# the drift the history review found in the course's own quizzes.
DRIFTING_QUIZ = """
from pakru.quiz import MultipleSelect, Quiz, SingleChoice

QUIZ = Quiz(
    id="drift",
    title="A quiz whose keys drift",
    lesson="index",
    questions=tuple(
        SingleChoice(
            id=f"q0{number}",
            prompt=f"Single-choice question {number}?",
            options=("one", "two", "three", "four"),
            objective="test-first",
            hint="A hint.",
            section="a-test-lesson",
        )
        for number in range(1, 5)
    )
    + tuple(
        MultipleSelect(
            id=f"q0{number}",
            prompt=f"Multiple-select question {number}?",
            options=("one", "two", "three", "four"),
            objective="test-first",
            hint="A hint.",
            section="a-test-lesson",
        )
        for number in (5, 6)
    ),
)
"""

DRIFTING_MODELS = (
    "".join(f'[q0{number}]\nanswer = "b"\nexplanation = "Because."\n\n' for number in range(1, 5))
    + '[q05]\nanswer = ["a", "c"]\nexplanation = "Because."\n\n'
    + '[q06]\nanswer = ["a", "d"]\nexplanation = "Because."\n'
)


@pytest.fixture
def drifting_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo course (balanced) plus a second quiz whose keys drift."""
    for folder in ("quizzes", "course", "data", "instructor/quizzes"):
        (tmp_path / folder).mkdir(parents=True)
    shutil.copy(DEMO_QUIZ_FILE, tmp_path / "quizzes" / "quiz_demo.py")
    shutil.copy(DEMO_MODELS_FILE, tmp_path / "instructor" / "quizzes" / "demo.toml")
    shutil.copy(DEMO_EVENTS, tmp_path / "data" / "events.csv")
    (tmp_path / "quizzes" / "quiz_drift.py").write_text(DRIFTING_QUIZ, encoding="utf-8")
    (tmp_path / "instructor" / "quizzes" / "drift.toml").write_text(DRIFTING_MODELS, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "course")
    return tmp_path


def test_seal_warns_for_the_drifting_quiz_and_the_course(
    drifting_course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["quiz", "seal"]) == 0
    warnings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning:")]
    assert warnings == [
        'warning: drift: "b" is the key of 4 of 4 single-choice questions (100%, more than 35%); '
        'all 2 multiple-select keys include "a"; reorder some options',
        'warning: course: "b" is the key of 5 of 5 single-choice questions (100%, more than 35%); '
        'all 3 multiple-select keys include "a"; reorder some options',
    ]


def test_seal_of_a_balanced_quiz_alone_is_quiet(
    drifting_course: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["quiz", "seal", "demo"]) == 0
    assert "warning" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("single", "multiple", "expected"),
    [
        (("a", "b", "c"), (), []),
        (("a", "b", "b"), (), ['"b" is the key of 2 of 3 single-choice questions (67%, more than 35%)']),
        # 2 of 6 is 33 %, within the limit; 3 of 7 is 43 %, beyond it
        (("a", "a", "b", "b", "c", "c"), (), []),
        (
            ("a", "b", "b", "b", "c", "c", "d"),
            (),
            ['"b" is the key of 3 of 7 single-choice questions (43%, more than 35%)'],
        ),
        # below three single-choice questions some letter always exceeds 35 %: no warning
        (("b", "b"), (), []),
        ((), (frozenset("ab"), frozenset("bc")), ['all 2 multiple-select keys include "b"']),
        ((), (frozenset("ab"), frozenset("cd")), []),
        ((), (frozenset("ab"),), []),
    ],
)
def test_balance_rules(
    single: tuple[str, ...], multiple: tuple[frozenset[str], ...], expected: list[str]
) -> None:
    assert key_balance_problems(single, multiple) == expected


def test_the_course_warning_pools_quizzes_too_small_to_warn_alone() -> None:
    small = [
        KeyLetters("one", ("b", "b"), (frozenset("ab"),)),
        KeyLetters("two", ("b", "a", "c"), (frozenset("ac"),)),
    ]
    assert key_balance_warnings(small) == [
        'warning: course: "b" is the key of 3 of 5 single-choice questions (60%, more than 35%); '
        'all 2 multiple-select keys include "a"; reorder some options',
    ]


@pytest.mark.teaching_edition
def test_the_course_quizzes_are_balanced() -> None:
    quizzes = discover_quizzes(REPO_ROOT / "quizzes", load_events(EVENTS_FILE))
    keys = [
        key_letters(quiz, load_model_answers(model_answers_path(REPO_ROOT / "instructor", quiz.id)))
        for quiz in quizzes
    ]
    assert all(quiz_keys.single and quiz_keys.multiple for quiz_keys in keys), "the check must see the keys"
    assert key_balance_warnings(keys) == []
