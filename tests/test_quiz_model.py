"""The quiz model: checking each kind, partial credit, sealing and its verification."""

from __future__ import annotations

import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from demo_quiz import DEMO_EVENTS, demo_models, demo_quiz
from pakru.events import load_events
from pakru.quiz import PartialCredit, QuizError, Status, partial_for
from pakru.quiz_authoring import ModelAnswer, seal_quiz, verify_seals

PARTIAL_CASES = Path(__file__).parent / "data" / "partial-credit-cases.json"


def build_partial_cases() -> dict[str, object]:
    """The cases as their generator writes them today, to catch a rule change without new cases."""
    spec = importlib.util.spec_from_file_location(
        "make_cases", PARTIAL_CASES.with_name("make_partial_credit_cases.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_cases()


@pytest.mark.parametrize(
    ("question_id", "answer", "status"),
    [
        ("q01", "b", Status.CORRECT),
        ("q01", "B ", Status.CORRECT),
        ("q01", "a", Status.WRONG),
        ("q01", "a, b", Status.INVALID),
        ("q01", "z", Status.INVALID),
        ("q02", ["c", "a"], Status.CORRECT),
        ("q02", "a", Status.PARTIAL),
        ("q02", ["a", "b"], Status.WRONG),
        ("q03", 1948, Status.CORRECT),
        ("q03", "1,948", Status.CORRECT),
        ("q03", 1949, Status.WRONG),
        ("q03", "late 1940s", Status.INVALID),
        ("q04", "U.S.S.R.", Status.CORRECT),
        ("q04", "the soviet union", Status.CORRECT),
        ("q04", "soviet  UNION!", Status.CORRECT),
        ("q04", 1922, Status.INVALID),
        ("q05", ["b", "c", "a"], Status.CORRECT),
        ("q05", "bca", Status.CORRECT),
        ("q05", ["a", "b"], Status.INVALID),
        ("q06", {1: "b", 2: "a"}, Status.CORRECT),
        ("q06", ["a", "b"], Status.WRONG),
        ("q06", None, Status.UNANSWERED),
    ],
)
def test_each_kind_checks_its_answers(question_id: str, answer: object, status: Status) -> None:
    quiz = demo_quiz()
    assert quiz.question(question_id).grade(quiz.id, answer).status is status


def test_correct_answers_unlock_the_explanation() -> None:
    quiz = demo_quiz()
    grade = quiz.question("q04").grade(quiz.id, "soviet union")
    assert grade.explanation == "The Union of Soviet Socialist Republics."


def test_feedback_never_gives_a_direction() -> None:
    quiz = demo_quiz()
    for answer in (1900, 2000, 1947, 1949):
        grade = quiz.question("q03").grade(quiz.id, answer)
        assert grade.message == "not accepted"
        assert grade.explanation == ""


def test_partial_credit_rule() -> None:
    assert partial_for({"a"}, {"a", "c"}).score(2) == 1.0
    assert partial_for({"a", "b"}, {"a", "c"}).score(2) == 0.0
    assert partial_for({"a", "c"}, {"a", "c"}).score(2) == 2.0
    quiz = demo_quiz()
    grade = quiz.question("q02").grade(quiz.id, ["a"])
    assert grade.score == 1.0
    assert grade.message == "1 of 2 correct choices and no wrong ones: 1 of 2 points"


def test_only_the_final_points_are_rounded_half_up() -> None:
    credit = PartialCredit(hits=2, wrongs=0, correct_count=3)
    assert credit.score(2) == 1.33
    assert credit.message(2) == "2 of 3 correct choices and no wrong ones: 1.33 of 2 points"
    assert PartialCredit(1, 0, 8).score(1) == 0.13  # 0.125 rounds up, not to even
    assert PartialCredit(3, 1, 3).message(1) == "3 of 3 correct choices and 1 wrong one: 0.67 of 1 point"


def test_the_shared_partial_credit_cases_match_the_rule() -> None:
    assert json.loads(PARTIAL_CASES.read_text(encoding="utf-8")) == build_partial_cases()


def test_salts_make_equal_answers_hash_differently() -> None:
    quiz = demo_quiz()
    first, other = quiz.question("q01"), quiz.question("q02")
    assert first.salt(quiz.id) != other.salt(quiz.id)
    assert first.salt(quiz.id) == "pakru:demo:q01:single:"


def test_committed_seals_match_the_model_answers() -> None:
    assert verify_seals(demo_quiz(), demo_models()) == []


def test_a_changed_model_answer_is_detected() -> None:
    models = demo_models()
    models["q03"] = ModelAnswer(1949, models["q03"].explanation)
    assert any("no key for the model answer" in problem for problem in verify_seals(demo_quiz(), models))


def test_sealing_is_reproducible() -> None:
    quiz, events = demo_quiz(), load_events(DEMO_EVENTS)
    first = seal_quiz(quiz, demo_models(), events)
    assert first == seal_quiz(quiz, demo_models(), events)
    assert {question.id: question.seal for question in quiz.questions} == first


def test_ordering_model_must_agree_with_the_events_file() -> None:
    models = demo_models()
    models["q05"] = ModelAnswer(["a", "b", "c"], "wrong order")
    with pytest.raises(QuizError, match="disagrees with the events file"):
        seal_quiz(demo_quiz(), models, load_events(DEMO_EVENTS))


def test_missing_model_answer_is_named() -> None:
    models = demo_models()
    del models["q02"]
    with pytest.raises(QuizError, match="no model answer for q02"):
        seal_quiz(demo_quiz(), models, load_events(DEMO_EVENTS))


def test_unsealed_question_says_how_to_seal() -> None:
    quiz = demo_quiz()
    bare = replace(quiz.question("q01"), seal=None)
    with pytest.raises(QuizError, match="pakru quiz seal demo"):
        bare.grade(quiz.id, "b")
