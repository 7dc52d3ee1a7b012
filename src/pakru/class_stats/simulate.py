"""A synthetic class with known properties, for trying ``pakru stats`` and for its tests.

``python -m pakru.class_stats.simulate OUT_DIR [--students N] [--seed S]`` writes one
results JSON per student in the shape ``grade-batch --json-dir`` writes. Each
student has an ability drawn from a normal distribution; each question a
difficulty and a discrimination (a two-parameter logistic model), so the chance
of a right answer is ``1 / (1 + exp(-a (ability - b)))``. Some questions are
planted: far too easy, far too hard, one with negative discrimination (a < 0,
as a wrong key would give) and one whose wrong answers mostly pick the same
option. :func:`simulate_class` returns what it planted, so a test can check the
report finds it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_STUDENTS = 300
DEFAULT_SEED = 20261205
SKIPS_QUIZ = 0.05  # share of students who never open the second quiz
LEAVES_BLANK = 0.03


@dataclass(frozen=True)
class SimulatedQuestion:
    quiz: str
    id: str
    kind: str
    objective: str
    difficulty: float
    discrimination: float
    correct: Any
    wrong: tuple[tuple[Any, float], ...]  # normalised wrong answers and their weights
    points: float = 1.0
    partial: Any = None  # a half-right answer worth half the points
    planted: tuple[str, ...] = ()


@dataclass(frozen=True)
class SimulatedCheck:
    exercise: str
    check: str
    difficulty: float
    failure_reasons: tuple[tuple[str, float], ...]


@dataclass
class Planted:
    """What the generator built in, for a test to compare with the report."""

    flags: dict[str, set[str]] = field(default_factory=dict)  # "quiz.question" -> flags
    common_wrong: dict[str, str] = field(default_factory=dict)  # "quiz.question" -> its answer text
    hard_check: tuple[str, str, str] = ("", "", "")  # exercise, check, most common failure reason


def _single(
    quiz: str, id: str, objective: str, b: float, a: float, correct: str, wrong: Sequence[tuple[str, float]]
) -> SimulatedQuestion:
    return SimulatedQuestion(
        quiz, id, "single", objective, b, a, [correct], tuple(([w], p) for w, p in wrong)
    )


QUESTIONS: tuple[SimulatedQuestion, ...] = (
    # quiz "sim-one": objectives one-a, one-b
    _single("sim-one", "q01", "one-a", -4.0, 1.5, "A", [("B", 1), ("C", 1), ("D", 1)]),
    SimulatedQuestion(
        "sim-one",
        "q02",
        "text",
        "one-a",
        -0.5,
        1.6,
        "durand line",
        (("mcmahon line", 1), ("radcliffe line", 1), ("line of control", 1)),
    ),
    SimulatedQuestion(
        "sim-one", "q03", "number", "one-a", 0.2, 1.4, 1893.0, ((1947.0, 1), (1907.0, 1), (1954.0, 1))
    ),
    SimulatedQuestion(
        "sim-one",
        "q04",
        "multiple",
        "one-b",
        0.0,
        1.5,
        ["A", "C"],
        ((["B"], 1), (["A", "B", "C"], 1)),
        points=2,
        partial=["A"],
    ),
    _single("sim-one", "q05", "one-b", 3.0, 1.5, "D", [("A", 1), ("B", 1), ("C", 1)]),
    SimulatedQuestion(
        "sim-one",
        "q06",
        "ordering",
        "one-b",
        -0.8,
        1.3,
        ["C", "A", "B", "D"],
        ((["A", "C", "B", "D"], 1), (["C", "B", "A", "D"], 1)),
    ),
    _single("sim-one", "q07", "one-b", 0.3, 1.8, "B", [("C", 12), ("A", 1), ("D", 1)]),
    SimulatedQuestion(
        "sim-one",
        "q08",
        "matching",
        "one-a",
        -1.0,
        1.2,
        {"1": "B", "2": "A", "3": "C"},
        (({"1": "A", "2": "B", "3": "C"}, 1), ({"1": "B", "2": "C", "3": "A"}, 1)),
    ),
    # quiz "sim-two": objectives two-a, two-b
    _single("sim-two", "q01", "two-a", -0.3, 1.4, "C", [("A", 1), ("B", 1), ("D", 1)]),
    _single("sim-two", "q02", "two-a", 0.0, -1.6, "A", [("B", 1), ("C", 1), ("D", 1)]),
    SimulatedQuestion(
        "sim-two",
        "q03",
        "text",
        "two-a",
        0.6,
        1.5,
        "simla agreement",
        (("tashkent declaration", 1), ("lahore declaration", 1), ("shimla", 1)),
    ),
    _single("sim-two", "q04", "two-b", -4.2, 1.6, "B", [("A", 1), ("C", 1), ("D", 1)]),
    SimulatedQuestion(
        "sim-two", "q05", "number", "two-b", 3.2, 1.4, 1971.0, ((1965.0, 1), (1972.0, 1), (1966.0, 1))
    ),
    SimulatedQuestion(
        "sim-two",
        "q06",
        "multiple",
        "two-b",
        -0.6,
        1.3,
        ["B", "D"],
        ((["B"], 1), (["A", "D"], 1)),
        points=2,
        partial=["D"],
    ),
)

CHECKS: tuple[SimulatedCheck, ...] = (
    SimulatedCheck("01-sim-events", "parses-dates", -1.5, (("failed", 3), ("syntax-error", 1))),
    SimulatedCheck("01-sim-events", "rejects-bad-rows", 0.0, (("failed", 3), ("not-implemented", 2))),
    SimulatedCheck("02-sim-gaps", "finds-gaps", 1.8, (("timeout", 4), ("failed", 2), ("crashed", 1))),
)

LESSONS = {"sim-one": 1, "sim-two": 2}
EXERCISE_LESSONS = {"01-sim-events": 1, "02-sim-gaps": 2}


def planted() -> Planted:
    """The properties the questions above were built to have."""
    found = Planted()
    for question in QUESTIONS:
        label = f"{question.quiz}.{question.id}"
        flags: set[str] = set()
        if question.difficulty <= -3:
            flags.add("too easy")
        if question.difficulty >= 3:
            flags.add("too hard")
        if question.discrimination < 0:
            flags.add("negative discrimination")
        found.flags[label] = flags
    found.common_wrong["sim-one.q07"] = "C"
    found.hard_check = ("02-sim-gaps", "finds-gaps", "timeout")
    return found


def _chance(ability: float, difficulty: float, discrimination: float) -> float:
    return 1 / (1 + math.exp(-discrimination * (ability - difficulty)))


def _pick(rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([value for value, _ in weighted], weights=[weight for _, weight in weighted])[0]


def _as_given(normalised: Any) -> Any:
    """What a student might have typed for a normalised answer (the report reads only the normalised one)."""
    if isinstance(normalised, str):
        return normalised.title()
    if isinstance(normalised, list):
        return [item.lower() for item in normalised]
    return normalised


def _question_entry(
    number: int, question: SimulatedQuestion, answer: Any, result: str, points: float
) -> dict[str, Any]:
    return {
        "name": f"{question.quiz}.{question.id}",
        "number": str(number),
        "score": points,
        "max_score": question.points,
        "status": "passed" if result == "correct" else "failed",
        "output": "",
        "tags": [f"quiz:{question.quiz}", f"kind:{question.kind}"],
        "extra_data": {
            "kind": "quiz",
            "quiz": question.quiz,
            "question": question.id,
            "question_kind": question.kind,
            "objective": question.objective,
            "result": result,
            "points": points,
            "max_points": question.points,
            "answer": None if answer is None else _as_given(answer),
            "normalised": answer,
        },
    }


def _answer(rng: random.Random, ability: float, question: SimulatedQuestion) -> tuple[Any, str, float]:
    if rng.random() < LEAVES_BLANK:
        return None, "unanswered", 0.0
    if rng.random() < _chance(ability, question.difficulty, question.discrimination):
        return question.correct, "correct", question.points
    if question.partial is not None and rng.random() < 0.5:
        return question.partial, "partial", question.points / 2
    return _pick(rng, question.wrong), "wrong", 0.0


def student_results(rng: random.Random, name: str) -> dict[str, Any]:
    ability = rng.gauss(0.0, 1.0)
    skips_two = rng.random() < SKIPS_QUIZ
    tests: list[dict[str, Any]] = []
    for question in QUESTIONS:
        if skips_two and question.quiz == "sim-two":
            answer, result, points = None, "unanswered", 0.0
        else:
            answer, result, points = _answer(rng, ability, question)
        tests.append(_question_entry(len(tests) + 1, question, answer, result, points))
    for check in CHECKS:
        passed = rng.random() < _chance(ability, check.difficulty, 1.5)
        reason = "passed" if passed else _pick(rng, check.failure_reasons)
        tests.append(
            {
                "name": f"{check.exercise}.{check.check}",
                "number": str(len(tests) + 1),
                "score": 1.0 if passed else 0.0,
                "max_score": 1.0,
                "status": "passed" if passed else "failed",
                "output": "",
                "tags": [f"exercise:{check.exercise}"],
                "extra_data": {
                    "kind": "exercise",
                    "exercise": check.exercise,
                    "check": check.check,
                    "result": reason,
                    "points": 1.0 if passed else 0.0,
                    "max_points": 1.0,
                },
            }
        )
    score = sum(test["score"] for test in tests)
    return {
        "score": score,
        "max_score": sum(test["max_score"] for test in tests),
        "execution_time": 0.0,
        "output": f"{len(tests)} items graded.",
        "tests": tests,
        "extra_data": {"student": name, "confinement": "simulated", "reason": ""},
    }


def simulate_class(folder: Path, students: int = DEFAULT_STUDENTS, seed: int = DEFAULT_SEED) -> Planted:
    """Write ``students`` results files into ``folder``; returns what was planted."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    width = len(str(students))
    for number in range(1, students + 1):
        name = f"student-{number:0{width}d}"
        text = json.dumps(student_results(rng, name), indent=1)
        (folder / f"{name}.json").write_text(text + "\n", encoding="utf-8")
    return planted()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru.class_stats.simulate", description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--students", type=int, default=DEFAULT_STUDENTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    arguments = parser.parse_args(argv)
    simulate_class(arguments.out_dir, arguments.students, arguments.seed)
    print(f"Wrote {arguments.students} simulated students' results to {arguments.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
