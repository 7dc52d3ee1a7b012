"""Item analysis of a class: per question, objective, lesson and exercise check.

Formulas (classical test theory; each quiz is one test):

- **Takers** of a quiz: the students who answered at least one of its questions.
  Every other statistic of a question is over its quiz's takers.
- **Facility** ``p``: the mean share of the question's points earned,
  ``mean(points / max_points)``. For a question without partial credit this is
  the share of takers who got it right; the report shows both.
- **Discrimination**, two ways:

  - the *item–rest correlation* (the corrected point-biserial) ``r``: Pearson's
    correlation between the question's score ``points / max_points`` and the
    student's score on the rest of the quiz (their quiz total minus this
    question), so the question does not correlate with itself;
  - the *upper–lower index* ``D``: the mean question score of the top 27 % of
    takers minus that of the bottom 27 % (Kelley's groups), ranked by the same
    rest-of-quiz score (ties keep the order the files were read in).

  Flags use ``r``.
- **Flags**: *too easy* when ``p >= 0.9``, *too hard* when ``p <= 0.2``,
  *negative discrimination* when ``r < 0``.
- **Mastery** of an objective or a lesson: a student masters it with at least
  80 % of its points (over the quizzes they took and, for lessons, the exercise
  checks); the report gives the share of students who do and the mean score.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pakru.class_stats.reading import ClassResults, QuestionResponse

TOO_EASY = 0.9
TOO_HARD = 0.2
MASTERY = 0.8
UPPER_LOWER_SHARE = 0.27
COMMON_WRONG_SHARE = 0.25  # a wrong answer this common goes on the reteach list
LOW_MASTERY = 0.5
LOW_PASS_RATE = 0.5
SHOWN_ANSWER_FORMS = 8
RETEACH_ITEMS = 8

FLAG_TOO_EASY = "too easy"
FLAG_TOO_HARD = "too hard"
FLAG_NEGATIVE = "negative discrimination"

CORRECT = "correct"
UNANSWERED = "unanswered"


@dataclass(frozen=True)
class CourseIndex:
    """What the course knows about the quizzes and exercises; every lookup is optional."""

    lesson_of_quiz: dict[str, int] = field(default_factory=dict)
    lesson_of_exercise: dict[str, int] = field(default_factory=dict)
    lesson_titles: dict[int, str] = field(default_factory=dict)
    prompts: dict[tuple[str, str], str] = field(default_factory=dict)
    options: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class AnswerForm:
    """One normalised answer and how many takers gave it."""

    text: str
    gloss: str  # the options' text for choice letters, else ""
    count: int
    share: float
    result: str
    mean_score: float


@dataclass(frozen=True)
class QuestionStats:
    quiz: str
    question: str
    kind: str
    objective: str
    lesson: int | None
    prompt: str
    max_points: float
    takers: int
    share_correct: float
    mean_points: float
    facility: float
    item_rest_r: float | None
    upper_lower_d: float | None
    unanswered_share: float
    answer_forms: tuple[AnswerForm, ...]
    other_forms: int  # distinct answers not listed in answer_forms
    other_count: int
    common_wrong: AnswerForm | None
    flags: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.quiz}.{self.question}"


@dataclass(frozen=True)
class MasteryStats:
    """Mastery of an objective or a lesson across the class."""

    key: str
    label: str
    lesson: int | None
    items: int
    students: int
    mean_score: float
    mastered_share: float


@dataclass(frozen=True)
class CheckStats:
    exercise: str
    check: str
    lesson: int | None
    students: int
    pass_rate: float
    failures: tuple[tuple[str, int, float], ...]  # reason code, count, share of students


@dataclass(frozen=True)
class ReteachItem:
    subject: str
    detail: str
    severity: float  # lower is more urgent


@dataclass(frozen=True)
class ClassReport:
    students: int
    source: str
    warnings: tuple[str, ...]
    quizzes: tuple[str, ...]
    questions: tuple[QuestionStats, ...]
    objectives: tuple[MasteryStats, ...]
    lessons: tuple[MasteryStats, ...]
    checks: tuple[CheckStats, ...]
    reteach: tuple[ReteachItem, ...]
    review: tuple[ReteachItem, ...]


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r, or None where either variable does not vary."""
    n = len(xs)
    if n < 2:
        return None
    mean_x = math.fsum(xs) / n
    mean_y = math.fsum(ys) / n
    sxx = syy = sxy = 0.0
    for x, y in zip(xs, ys, strict=True):
        dx, dy = x - mean_x, y - mean_y
        sxx += dx * dx
        syy += dy * dy
        sxy += dx * dy
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def upper_lower_index(scores: Sequence[float], rest: Sequence[float]) -> float | None:
    """Mean score of the top 27 % by rest score minus that of the bottom 27 % (None under 4 takers)."""
    n = len(scores)
    group = round(n * UPPER_LOWER_SHARE)
    if group < 1 or n < 4:
        return None
    order = sorted(range(n), key=lambda index: rest[index])
    lower = order[:group]
    upper = order[-group:]
    return (math.fsum(scores[i] for i in upper) - math.fsum(scores[i] for i in lower)) / group


def _form_key(normalised: object) -> object:
    """A hashable key that is equal for equal normalised answers (JSON only where nothing simpler works)."""
    if isinstance(normalised, str | int | float):
        return normalised
    try:
        if isinstance(normalised, list):
            return ("list", *normalised)
        if isinstance(normalised, dict):
            return ("dict", *sorted(normalised.items()))
    except TypeError:  # unhashable or unorderable items
        pass
    return ("json", json.dumps(normalised, sort_keys=True, ensure_ascii=False))


def _number_text(value: float) -> str:
    return f"{value:g}"


def answer_text(normalised: object, kind: str) -> str:
    """A normalised answer as the report shows it."""
    if normalised is None:
        return "(no answer)"
    if isinstance(normalised, str):
        return normalised if normalised else "(empty)"
    if isinstance(normalised, bool):
        return str(normalised).lower()
    if isinstance(normalised, int | float):
        return _number_text(float(normalised))
    if isinstance(normalised, list):
        separator = " → " if kind == "ordering" else ", "
        return separator.join(str(item) for item in normalised) or "(none chosen)"
    if isinstance(normalised, dict):
        # numbered keys in number order: 2 before 10
        pairs = sorted(normalised.items(), key=lambda pair: (len(str(pair[0])), str(pair[0])))
        return "; ".join(f"{key} → {value}" for key, value in pairs)
    return str(normalised)


def answer_gloss(normalised: object, options: dict[str, str]) -> str:
    """The options' text for an answer made of choice letters ("b", "a,c" or ["a", "c"])."""
    if not options:
        return ""
    letters = normalised.split(",") if isinstance(normalised, str) else normalised
    if not isinstance(letters, list) or not letters:
        return ""
    keys = [letter.strip().lower() if isinstance(letter, str) else None for letter in letters]
    if not all(key in options for key in keys):
        return ""
    return "; ".join(f"{key}: {options[key]}" for key in keys if key is not None)


def _mean(values: Iterable[float], count: int) -> float:
    return math.fsum(values) / count if count else 0.0


def _answer_forms(
    responses: list[QuestionResponse | None], kind: str, options: dict[str, str]
) -> tuple[list[AnswerForm], int, int]:
    answered = [response for response in responses if response is not None and response.answered]
    takers = len(responses)
    grouped: dict[object, list[QuestionResponse]] = defaultdict(list)
    for response in answered:
        if response.normalised is None:  # not a valid answer: group it by what the student gave
            grouped[("as given", _form_key(response.answer))].append(response)
        else:
            grouped[_form_key(response.normalised)].append(response)
    forms = []
    for group in grouped.values():
        first = group[0]
        result = Counter(response.result for response in group).most_common(1)[0][0]
        displayed = first.normalised if first.normalised is not None else first.answer
        forms.append(
            AnswerForm(
                text=answer_text(displayed, kind),
                gloss=answer_gloss(first.normalised, options) if first.normalised is not None else "",
                count=len(group),
                share=len(group) / takers,
                result=result,
                mean_score=_mean(
                    (r.points / r.max_points if r.max_points else 0.0 for r in group), len(group)
                ),
            )
        )
    forms.sort(key=lambda form: (-form.count, form.text))
    shown = forms[:SHOWN_ANSWER_FORMS]
    hidden = forms[SHOWN_ANSWER_FORMS:]
    return shown, len(hidden), sum(form.count for form in hidden)


def _flags(facility: float, item_rest_r: float | None) -> tuple[str, ...]:
    flags = []
    if facility >= TOO_EASY:
        flags.append(FLAG_TOO_EASY)
    if facility <= TOO_HARD:
        flags.append(FLAG_TOO_HARD)
    if item_rest_r is not None and item_rest_r < 0:
        flags.append(FLAG_NEGATIVE)
    return tuple(flags)


@dataclass
class _Quiz:
    """One quiz's takers, one row of responses each, and each question's first response seen.

    A question's kind, objective and maximum come from that first response.
    """

    questions: dict[str, QuestionResponse] = field(default_factory=dict)
    rows: list[dict[str, QuestionResponse]] = field(default_factory=list)


def _group_quizzes(results: ClassResults) -> dict[str, _Quiz]:
    quizzes: dict[str, _Quiz] = {}
    for student in results.students:
        by_quiz: dict[str, dict[str, QuestionResponse]] = {}
        for response in student.questions:
            by_quiz.setdefault(response.quiz, {})[response.question] = response
        for quiz_id, row in by_quiz.items():
            quiz = quizzes.setdefault(quiz_id, _Quiz())
            for question_id, response in row.items():
                quiz.questions.setdefault(question_id, response)
            if any(response.answered for response in row.values()):
                quiz.rows.append(row)
    return quizzes


def _score(response: QuestionResponse | None) -> float:
    if response is None or not response.max_points:
        return 0.0
    return response.points / response.max_points


def question_stats(quiz_id: str, quiz: _Quiz, index: CourseIndex) -> list[QuestionStats]:
    totals = [math.fsum(response.points for response in row.values()) for row in quiz.rows]
    stats = []
    for question_id, template in quiz.questions.items():
        responses = [row.get(question_id) for row in quiz.rows]
        takers = len(responses)
        scores = [_score(response) for response in responses]
        points = [response.points if response else 0.0 for response in responses]
        rest = [total - own for total, own in zip(totals, points, strict=True)]
        item_rest_r = pearson(scores, rest)
        facility = _mean(scores, takers)
        options = index.options.get((quiz_id, question_id), {})
        forms, other_forms, other_count = _answer_forms(responses, template.question_kind, options)
        wrong = [form for form in forms if form.result not in {CORRECT, "partial"}]
        stats.append(
            QuestionStats(
                quiz=quiz_id,
                question=question_id,
                kind=template.question_kind,
                objective=template.objective,
                lesson=index.lesson_of_quiz.get(quiz_id),
                prompt=index.prompts.get((quiz_id, question_id), ""),
                max_points=template.max_points,
                takers=takers,
                share_correct=_mean((1.0 for r in responses if r and r.result == CORRECT), takers),
                mean_points=_mean(points, takers),
                facility=facility,
                item_rest_r=item_rest_r,
                upper_lower_d=upper_lower_index(scores, rest),
                unanswered_share=_mean((1.0 for r in responses if r is None or not r.answered), takers),
                answer_forms=tuple(forms),
                other_forms=other_forms,
                other_count=other_count,
                common_wrong=wrong[0] if wrong else None,
                flags=_flags(facility, item_rest_r) if takers else (),
            )
        )
    return stats


def _mastery(key: str, label: str, lesson: int | None, items: int, fractions: list[float]) -> MasteryStats:
    students = len(fractions)
    return MasteryStats(
        key=key,
        label=label,
        lesson=lesson,
        items=items,
        students=students,
        mean_score=_mean(fractions, students),
        mastered_share=_mean((1.0 for fraction in fractions if fraction >= MASTERY - 1e-9), students),
    )


def lesson_label(lesson: int | None, index: CourseIndex) -> str:
    if lesson is None:
        return "Lesson not known"
    title = index.lesson_titles.get(lesson)
    return f"Lesson {lesson}: {title}" if title else f"Lesson {lesson}"


def objective_stats(quizzes: dict[str, _Quiz], index: CourseIndex) -> list[MasteryStats]:
    earned: dict[str, list[tuple[float, float]]] = defaultdict(list)  # objective -> per-student sums
    items: dict[str, set[tuple[str, str]]] = defaultdict(set)
    lesson_of: dict[str, int | None] = {}
    for quiz_id, quiz in quizzes.items():
        objectives = {q: r.objective for q, r in quiz.questions.items() if r.objective}
        for question_id, objective in objectives.items():
            items[objective].add((quiz_id, question_id))
            lesson_of.setdefault(objective, index.lesson_of_quiz.get(quiz_id))
        for row in quiz.rows:
            sums: dict[str, list[float]] = {}
            for question_id, objective in objectives.items():
                response = row.get(question_id)
                pair = sums.setdefault(objective, [0.0, 0.0])
                pair[0] += response.points if response else 0.0
                pair[1] += response.max_points if response else quiz.questions[question_id].max_points
            for objective, (got, possible) in sums.items():
                earned[objective].append((got, possible))
    return [
        _mastery(
            objective,
            objective,
            lesson_of[objective],
            len(items[objective]),
            [got / possible for got, possible in earned[objective] if possible],
        )
        for objective in earned
    ]


def lesson_stats(results: ClassResults, index: CourseIndex) -> list[MasteryStats]:
    items: dict[int | None, set[tuple[str, str, str]]] = defaultdict(set)
    fractions: dict[int | None, list[float]] = defaultdict(list)
    for student in results.students:
        sums: dict[int | None, list[float]] = {}
        attempted = {response.quiz for response in student.questions if response.answered}
        for response in student.questions:
            if response.quiz not in attempted:
                continue
            lesson = index.lesson_of_quiz.get(response.quiz)
            items[lesson].add(("quiz", response.quiz, response.question))
            pair = sums.setdefault(lesson, [0.0, 0.0])
            pair[0] += response.points
            pair[1] += response.max_points
        for check in student.checks:
            lesson = index.lesson_of_exercise.get(check.exercise)
            items[lesson].add(("exercise", check.exercise, check.check))
            pair = sums.setdefault(lesson, [0.0, 0.0])
            pair[0] += check.points
            pair[1] += check.max_points
        for lesson, (got, possible) in sums.items():
            if possible:
                fractions[lesson].append(got / possible)
    ordered = sorted(fractions, key=lambda lesson: (lesson is None, lesson or 0))
    return [
        _mastery(
            "not known" if lesson is None else f"Lesson {lesson}",
            lesson_label(lesson, index),
            lesson,
            len(items[lesson]),
            fractions[lesson],
        )
        for lesson in ordered
    ]


def check_stats(results: ClassResults, index: CourseIndex) -> list[CheckStats]:
    outcomes: dict[tuple[str, str], Counter[str]] = {}
    for student in results.students:
        for check in student.checks:
            outcomes.setdefault((check.exercise, check.check), Counter())[check.result] += 1
    stats = []
    for (exercise, check), counts in outcomes.items():
        students = sum(counts.values())
        failures = [(reason, count) for reason, count in counts.most_common() if reason != "passed"]
        stats.append(
            CheckStats(
                exercise=exercise,
                check=check,
                lesson=index.lesson_of_exercise.get(exercise),
                students=students,
                pass_rate=counts["passed"] / students,
                failures=tuple((reason, count, count / students) for reason, count in failures[:3]),
            )
        )
    return stats


def percent(value: float | None) -> str:
    """A share as a whole percentage; a share too small to round to 1 % is "<1%", never "0%"."""
    if value is None:
        return "–"
    text = f"{value:.0%}"
    return "<1%" if value > 0 and text == "0%" else text


def reteach_list(
    questions: list[QuestionStats], objectives: list[MasteryStats], checks: list[CheckStats]
) -> list[ReteachItem]:
    items: list[ReteachItem] = []
    for objective in objectives:
        if objective.mastered_share < LOW_MASTERY:
            items.append(
                ReteachItem(
                    f"Objective {objective.label}",
                    f"{percent(objective.mastered_share)} of students mastered it "
                    f"(mean score {percent(objective.mean_score)}).",
                    objective.mastered_share,
                )
            )
    for question in questions:
        wrong = question.common_wrong
        common = wrong is not None and wrong.share >= COMMON_WRONG_SHARE
        if FLAG_TOO_HARD in question.flags or common:
            # a wrong answer half the class gives is as urgent as a facility of 0.5
            detail = f"facility {question.facility:.2f}"
            if wrong is not None:
                detail += (
                    f"; the most common wrong answer, “{wrong.text}”, was given by {percent(wrong.share)}"
                )
            severity = min(question.facility, 1 - wrong.share if common and wrong else 1.0)
            items.append(ReteachItem(f"Question {question.label}", detail + ".", severity))
    for check in checks:
        if check.pass_rate < LOW_PASS_RATE:
            detail = f"{percent(check.pass_rate)} passed"
            if check.failures:
                reason, _, share = check.failures[0]
                detail += f"; most often {reason} ({percent(share)})"
            items.append(
                ReteachItem(f"Exercise {check.exercise}, check {check.check}", detail + ".", check.pass_rate)
            )
    items.sort(key=lambda item: item.severity)
    return items[:RETEACH_ITEMS]


def review_list(questions: list[QuestionStats]) -> list[ReteachItem]:
    """Questions whose key or wording needs a look rather than the class a lesson."""
    return [
        ReteachItem(
            f"Question {question.label}",
            f"item–rest r = {question.item_rest_r:.2f}: students who did well on the rest of the quiz "
            "did worse on this one. Check the key and the wording.",
            question.item_rest_r,
        )
        for question in questions
        if FLAG_NEGATIVE in question.flags and question.item_rest_r is not None
    ]


def analyse(results: ClassResults, index: CourseIndex | None = None) -> ClassReport:
    index = index or CourseIndex()
    quizzes = _group_quizzes(results)
    questions = [stat for quiz_id, quiz in quizzes.items() for stat in question_stats(quiz_id, quiz, index)]
    objectives = objective_stats(quizzes, index)
    checks = check_stats(results, index)
    return ClassReport(
        students=len(results.students),
        source=results.source,
        warnings=tuple(results.warnings),
        quizzes=tuple(quizzes),
        questions=tuple(questions),
        objectives=tuple(objectives),
        lessons=tuple(lesson_stats(results, index)),
        checks=tuple(checks),
        reteach=tuple(reteach_list(questions, objectives, checks)),
        review=tuple(review_list(questions)),
    )


CSV_COLUMNS = (
    "quiz",
    "question",
    "kind",
    "objective",
    "lesson",
    "takers",
    "max_points",
    "share_correct",
    "mean_points",
    "facility",
    "item_rest_r",
    "upper_lower_d",
    "unanswered_share",
    "common_wrong_answer",
    "common_wrong_share",
    "flags",
)


def as_row(question: QuestionStats) -> dict[str, Any]:
    """The per-question table's row (the CSV's columns)."""
    wrong = question.common_wrong
    return {
        "quiz": question.quiz,
        "question": question.question,
        "kind": question.kind,
        "objective": question.objective,
        "lesson": "" if question.lesson is None else question.lesson,
        "takers": question.takers,
        "max_points": _number_text(question.max_points),
        "share_correct": round(question.share_correct, 4),
        "mean_points": round(question.mean_points, 4),
        "facility": round(question.facility, 4),
        "item_rest_r": "" if question.item_rest_r is None else round(question.item_rest_r, 4),
        "upper_lower_d": "" if question.upper_lower_d is None else round(question.upper_lower_d, 4),
        "unanswered_share": round(question.unanswered_share, 4),
        "common_wrong_answer": wrong.text if wrong else "",
        "common_wrong_share": round(wrong.share, 4) if wrong else "",
        "flags": "; ".join(question.flags),
    }
