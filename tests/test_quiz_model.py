"""The quiz model: checking each kind, partial credit, sealing and its verification."""

from __future__ import annotations

from dataclasses import replace

import pytest

from demo_quiz import DEMO_EVENTS, demo_models, demo_quiz
from pakru.events import load_events
from pakru.quiz import QuizError, Status, partial_credit
from pakru.quiz_authoring import ModelAnswer, seal_quiz, verify_seals


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
    assert partial_credit({"a"}, {"a", "c"}) == 0.5
    assert partial_credit({"a", "b"}, {"a", "c"}) == 0.0
    assert partial_credit({"a", "c"}, {"a", "c"}) == 1.0
    quiz = demo_quiz()
    assert quiz.question("q02").grade(quiz.id, ["a"]).score == 1.0


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
