"""Private variants and extra questions in a class overlay, for the LMS export only.

Local grading (``grade-batch``, the Gradescope bundle) keeps grading the public
questions students see; variants exist so that a quiz for marks can be drawn from
a question bank in Canvas or Moodle whose text is not public. One file per quiz::

    overlay/variants/<quiz id>.toml

    [[q05]]                       # a variant of public question q05 (repeat for more)
    prompt = "Which Soviet premier visited Pakistan in April 1968?"
    answer = ["Alexei Kosygin", "Kosygin"]
    explanation = "Kosygin, the first Soviet premier to visit Pakistan, ..."

    [[extra]]                     # a new question tied to one of the quiz's objectives
    id = "x01"
    kind = "single"               # single, multiple, short, numeric, matching, ordering
    objective = "coldwar-thaw"
    points = 1
    prompt = "..."
    options = ["...", "..."]
    answer = "b"
    explanation = "..."

A variant inherits everything it does not set (kind, points, objective, and the
prompt, options, items, events or tolerance) from the public question, so it only
writes what changes, and always its own ``answer`` and ``explanation``. Answers use
the model-answer format of ``instructor/quizzes/*.toml``. :func:`check_variants` is
the overlay check that ``pakru overlay check`` runs.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pakru.events import Event
from pakru.quiz import (
    Matching,
    MultipleSelect,
    NumberAnswer,
    Ordering,
    Question,
    Quiz,
    QuizError,
    ShortText,
    SingleChoice,
)
from pakru.quiz_authoring import ModelAnswer, key_problem
from pakru.toml_files import unknown_key_problems

if TYPE_CHECKING:  # only for the check's signature: overlay.py may import this module's check
    from pakru.instructor_pipeline.overlay import Overlay
    from pakru.workspace import Course

VARIANTS_FOLDER = "variants"
EXTRA_TABLE = "extra"

# The kind names an overlay author writes, mapped to the course's question classes.
KIND_NAMES: dict[str, type[Question]] = {
    "single": SingleChoice,
    "multiple": MultipleSelect,
    "short": ShortText,
    "numeric": NumberAnswer,
    "matching": Matching,
    "ordering": Ordering,
}
# What each kind lets a variant change besides the prompt.
KIND_FIELDS: dict[type[Question], tuple[str, ...]] = {
    SingleChoice: ("options",),
    MultipleSelect: ("options",),
    ShortText: (),
    NumberAnswer: ("tolerance",),
    Matching: ("items", "options"),
    Ordering: ("events",),
}
KEY_FIELDS = ("answer", "explanation")
EXTRA_FIELDS = ("id", "kind", "objective", "points")
# Every field a question table can have in some file, to suggest for a misspelt key.
QUESTION_FIELDS = (
    "prompt",
    *dict.fromkeys(name for fields in KIND_FIELDS.values() for name in fields),
    *EXTRA_FIELDS,
)


def kind_name(question: Question) -> str:
    """The LMS-neutral name of a question's kind: single, multiple, short, numeric, matching, ordering."""
    return next(name for name, kind in KIND_NAMES.items() if isinstance(question, kind))


@dataclass(frozen=True)
class Variant:
    """One private question for the export: a variant of a public question, or an extra one."""

    quiz_id: str
    bank: str  # the public question's id (its bank), or the extra question's own id
    question: Question
    model: ModelAnswer
    where: str  # file and table, for messages
    extra: bool = False


@dataclass(frozen=True)
class OverlayVariants:
    """Every quiz's variants (by public question id) and extra questions."""

    variants: dict[str, dict[str, tuple[Variant, ...]]]
    extras: dict[str, tuple[Variant, ...]]

    def for_question(self, quiz_id: str, question_id: str) -> tuple[Variant, ...]:
        return self.variants.get(quiz_id, {}).get(question_id, ())

    def extras_for(self, quiz_id: str) -> tuple[Variant, ...]:
        return self.extras.get(quiz_id, ())


NO_VARIANTS = OverlayVariants({}, {})


def _tuple_of_text(value: object, where: str, name: str, problems: list[str]) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(part, str) and part.strip() for part in value):
        problems.append(f"{where}: '{name}' must be a list of non-empty strings")
        return None
    return tuple(value)


def _changes(
    row: Mapping[str, Any], kind: type[Question], where: str, problems: list[str]
) -> dict[str, Any] | None:
    """The fields a row sets on its question, checked for type; None if any is malformed."""
    changes: dict[str, Any] = {}
    before = len(problems)
    if "prompt" in row:
        if not isinstance(row["prompt"], str) or not row["prompt"].strip():
            problems.append(f"{where}: 'prompt' must be non-empty text")
        else:
            changes["prompt"] = row["prompt"].strip()
    for name in KIND_FIELDS[kind]:
        if name not in row:
            continue
        if name == "tolerance":
            if not isinstance(row[name], int) or isinstance(row[name], bool) or row[name] < 0:
                problems.append(f"{where}: 'tolerance' must be a whole number of at least 0")
            else:
                changes[name] = row[name]
            continue
        values = _tuple_of_text(row[name], where, name, problems)
        if values is not None:
            if name == "options" and len(values) < 2:
                problems.append(f"{where}: give at least two options")
            changes[name] = values
    return changes if len(problems) == before else None


def _model(row: Mapping[str, Any], where: str, problems: list[str]) -> ModelAnswer | None:
    if "answer" not in row or not str(row.get("explanation", "")).strip():
        problems.append(f"{where}: needs both 'answer' and 'explanation'")
        return None
    return ModelAnswer(row["answer"], str(row["explanation"]).strip())


def _checked(
    question: Question,
    model: ModelAnswer,
    quiz_id: str,
    events_by_id: Mapping[str, Event],
    where: str,
    problems: list[str],
) -> Question | None:
    """The variant's question with event titles attached, if its key fits it."""
    if isinstance(question, Ordering):
        try:
            question = question.with_titles(events_by_id)
        except QuizError as error:
            problems.append(f"{where}: {str(error).split(': ', 1)[-1]}")
            return None
    if isinstance(question, Matching) and len(question.items) < 2:
        problems.append(f"{where}: a matching question needs at least two items")
        return None
    problem = key_problem(question, model, events_by_id)
    if problem:
        problems.append(f"{where}: {problem}")
        return None
    return question


def _read_file(
    path: Path, quiz: Quiz, events_by_id: Mapping[str, Event], problems: list[str]
) -> tuple[dict[str, tuple[Variant, ...]], tuple[Variant, ...]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        problems.append(f"{path}: not valid TOML ({error})")
        return {}, ()
    public = {question.id: question for question in quiz.questions}
    objectives = sorted({question.objective for question in quiz.questions})
    variants: dict[str, tuple[Variant, ...]] = {}
    extras: list[Variant] = []
    for table, rows in data.items():
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            problems.append(f"{path}: [{table}] must be an array of tables; write [[{table}]]")
            continue
        if table != EXTRA_TABLE and table not in public:
            problems.append(
                f"{path}: [[{table}]] names no question of quiz {quiz.id}; "
                f"use a question id ({', '.join(public)}) or [[extra]]"
            )
            continue
        found: list[Variant] = []
        for number, row in enumerate(rows, start=1):
            where = f"{path} [[{table}]] #{number}"
            if table == EXTRA_TABLE:
                variant = _read_extra(row, quiz, public, objectives, events_by_id, where, problems)
                if variant is not None:
                    extras.append(variant)
                continue
            original = public[table]
            kind = type(original)
            unknown = unknown_key_problems(
                where,
                row,
                ("prompt", *KIND_FIELDS[kind], *KEY_FIELDS),
                f"a {kind_name(original)} variant",
                related=QUESTION_FIELDS,
            )
            if unknown:
                problems += unknown
                continue
            changes = _changes(row, kind, where, problems)
            model = _model(row, where, problems)
            if changes is None or model is None:
                continue
            if isinstance(original, Ordering) and "events" in changes:
                changes["titles"] = ()  # new events get their titles from the events file
            question = replace(original, seal=None, **changes)
            if question.digest == original.digest:
                problems.append(
                    f"{where}: the variant changes nothing a student reads; change its prompt or options"
                )
                continue
            checked = _checked(question, model, quiz.id, events_by_id, where, problems)
            if checked is not None:
                found.append(Variant(quiz.id, table, checked, model, where))
        if found:
            variants[table] = tuple(found)
    unique: dict[str, Variant] = {}
    for extra in extras:
        if extra.bank in unique:
            problems.append(f"{extra.where}: the extra question id {extra.bank!r} is used twice")
        else:
            unique[extra.bank] = extra
    return variants, tuple(unique.values())


def _read_extra(
    row: Mapping[str, Any],
    quiz: Quiz,
    public: Mapping[str, Question],
    objectives: Sequence[str],
    events_by_id: Mapping[str, Event],
    where: str,
    problems: list[str],
) -> Variant | None:
    kind = KIND_NAMES.get(str(row.get("kind", "")))
    if kind is None:
        problems.append(f"{where}: 'kind' must be one of {', '.join(KIND_NAMES)}")
        return None
    question_id = row.get("id")
    if not isinstance(question_id, str) or not question_id.isidentifier():
        problems.append(f"{where}: 'id' must be a Python name such as x01")
        return None
    if question_id in public:
        problems.append(
            f"{where}: the id {question_id!r} is a public question's; variants of it go in [[{question_id}]]"
        )
        return None
    if row.get("objective") not in objectives:
        problems.append(f"{where}: 'objective' must be one of the quiz's objectives: {', '.join(objectives)}")
        return None
    points = row.get("points", 1)
    if not isinstance(points, int) or isinstance(points, bool) or points <= 0:
        problems.append(f"{where}: 'points' must be a positive whole number")
        return None
    allowed = ("prompt", *KIND_FIELDS[kind], *KEY_FIELDS, *EXTRA_FIELDS)
    unknown = unknown_key_problems(
        where, row, allowed, f"an extra {row['kind']} question", related=QUESTION_FIELDS
    )
    if unknown:
        problems += unknown
        return None
    missing = [name for name in ("prompt", *KIND_FIELDS[kind]) if name not in row and name != "tolerance"]
    if missing:
        problems.append(
            f"{where}: an extra {row['kind']} question needs {', '.join(repr(name) for name in missing)}"
        )
        return None
    changes = _changes(row, kind, where, problems)
    model = _model(row, where, problems)
    if changes is None or model is None:
        return None
    question = kind(
        id=question_id, objective=str(row["objective"]), hint="", section="", points=points, **changes
    )
    checked = _checked(question, model, quiz.id, events_by_id, where, problems)
    if checked is None:
        return None
    return Variant(quiz.id, question_id, checked, model, where, extra=True)


def read_variants(
    folder: Path, quizzes: Sequence[Quiz], events: Sequence[Event]
) -> tuple[OverlayVariants, list[str]]:
    """The overlay's variants and extra questions, and one message per problem found."""
    problems: list[str] = []
    by_id = {quiz.id: quiz for quiz in quizzes}
    events_by_id = {event.id: event for event in events}
    variants: dict[str, dict[str, tuple[Variant, ...]]] = {}
    extras: dict[str, tuple[Variant, ...]] = {}
    for path in sorted((folder / VARIANTS_FOLDER).glob("*")):
        if path.suffix != ".toml":
            problems.append(f"{path}: not a variants file; name it <quiz id>.toml")
            continue
        quiz = by_id.get(path.stem)
        if quiz is None:
            problems.append(
                f"{path}: no quiz {path.stem!r}; name the file after a quiz id ({', '.join(by_id)})"
            )
            continue
        quiz_variants, quiz_extras = _read_file(path, quiz, events_by_id, problems)
        if quiz_variants:
            variants[quiz.id] = quiz_variants
        if quiz_extras:
            extras[quiz.id] = quiz_extras
    return OverlayVariants(variants, extras), problems


def check_variants(overlay: Overlay, course: Course) -> list[str]:
    """The overlay check: every variants file parses and every variant's key fits its question."""
    folder = getattr(overlay, "folder", None)
    if folder is None:
        return []
    from pakru.workspace import load_course_material  # the course is loaded only when there is a folder

    material = load_course_material(course)
    return read_variants(Path(folder), material.quizzes, material.events)[1]
