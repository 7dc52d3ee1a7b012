"""Class overlays: an instructor's private keys, hidden checks and assignments.

An overlay is a folder kept outside the public repository::

    overlay/
      overlay.toml                     # name, and optionally [[assignment]] tables
      quizzes/<quiz id>.toml           # summative keys, in the model-answer format
      exercises/<name>/hidden-checks.toml   # extra [[check]] rows, hidden from students

Quiz keys use the format of ``instructor/quizzes/*.toml`` (``answer`` and
``explanation`` per question id) plus ``digest``, the :attr:`pakru.quiz.Question.digest`
of the question the key was written for, so a key left behind by a revised question is
caught. ``pakru overlay new DIR`` starts an overlay from the teaching edition's model
answers; ``pakru overlay check DIR`` runs :data:`OVERLAY_CHECKS` and prints one line per
problem. In local grading an overlay holds keys for the public questions and hidden
exercise checks only: variants with their own text belong to the LMS export.

An assignment groups quizzes and exercises under one gradebook column::

    [[assignment]]
    name = "week 2"
    quizzes = ["legacy"]
    weight = 10

    [[assignment]]
    name = "week 3"
    exercises = ["01-validate-events", "02-rebuild-chronology"]
    weight = 20
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pakru.exercises import Check, Exercise, ExerciseError
from pakru.instructor_pipeline.overlay_variants import KEY_FIELDS, QUESTION_FIELDS, check_variants
from pakru.quiz import Quiz, QuizError
from pakru.quiz_authoring import ModelAnswer, key_problem, load_model_answers, model_answers_path
from pakru.toml_files import unknown_key_problems
from pakru.workspace import Course, load_course_material

OVERLAY_README = """# Class overlay

This folder holds the summative keys and hidden checks for one class. Keep it private:
never commit it to the public course repository, and keep its permissions tight
(for example `chmod -R go-rwx` on this folder).

- `overlay.toml`: the overlay's name, and optionally the class's assignments
  (`[[assignment]]` tables with `name`, `quizzes`, `exercises` and `weight`).
- `quizzes/<quiz>.toml`: the keys used for grading, one `[qNN]` table per public question
  with `answer`, `explanation` (shown to students after grades are published) and `digest`
  (the version of the question the key was written for; leave it as `pakru overlay new`
  wrote it). Keys here grade the questions students see in their edition; a variant with
  its own wording belongs to the LMS export, not to this folder.
- `exercises/<exercise>/hidden-checks.toml`: extra `[[check]]` rows in the public
  `checks.toml` format. Students never see them; their results are published later.

Check this folder after every edit with `pakru overlay check THIS_FOLDER`. Grade with
`pakru grade-batch SUBMISSIONS --overlay THIS_FOLDER --csv gradebook.csv` or build a
Gradescope bundle with `pakru autograder build --overlay THIS_FOLDER autograder.zip`;
both run the same check first and refuse an overlay with problems.
"""

HIDDEN_CHECKS_HEADER = (
    "# Hidden checks for {name}, in the format of its public checks.toml.\n"
    "# Add [[check]] rows here; students never see them.\n"
)


OVERLAY_FIELDS = ("name", "assignment")
ASSIGNMENT_FIELDS = ("name", "quizzes", "exercises", "weight")
KEY_TABLE_FIELDS = (*KEY_FIELDS, "digest")


class OverlayError(ValueError):
    """A malformed overlay; worded for the instructor, one line per problem."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Assignment:
    """A gradebook column: some quizzes and exercises, with a weight for the LMS."""

    name: str
    quizzes: tuple[str, ...] = ()
    exercises: tuple[str, ...] = ()
    weight: float = 1.0

    def includes(self, item_name: str) -> bool:
        """Whether a graded item (``legacy.q01`` or ``01-validate-events:a check``) belongs here."""
        exercise, colon, _ = item_name.partition(":")
        if colon:
            return exercise in self.exercises
        return item_name.partition(".")[0] in self.quizzes


@dataclass(frozen=True)
class Overlay:
    """Keys for grading: from an overlay folder, or from the teaching edition's instructor/."""

    name: str
    quiz_keys: dict[str, dict[str, ModelAnswer]]
    hidden_checks: dict[str, tuple[Check, ...]] = field(default_factory=dict)
    # Where each key came from and which question version it was written for (folder overlays only).
    folder: Path | None = None
    digests: dict[str, dict[str, str]] = field(default_factory=dict)
    assignments: tuple[Assignment, ...] = ()
    # Misspelt keys found while reading: harmless to loading, but a key the grader would ignore.
    unknown_keys: tuple[str, ...] = ()

    def hidden_for(self, exercise: Exercise) -> tuple[Check, ...]:
        return self.hidden_checks.get(exercise.name, ())

    def keys_file(self, quiz_id: str) -> str:
        if self.folder is None:
            return f"instructor/quizzes/{quiz_id}.toml"
        return str(self.folder / "quizzes" / f"{quiz_id}.toml")

    def assignment(self, name: str) -> Assignment:
        for assignment in self.assignments:
            if assignment.name == name:
                return assignment
        choices = ", ".join(repr(assignment.name) for assignment in self.assignments) or "none declared"
        raise OverlayError(f"no assignment called {name!r} in the overlay ({choices}); see its overlay.toml")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise OverlayError(f"{path}: not valid TOML ({error})") from None


def _assignments(path: Path, meta: dict[str, Any]) -> tuple[Assignment, ...]:
    rows = meta.get("assignment", [])
    if not isinstance(rows, list):
        raise OverlayError(f"{path}: write assignments as [[assignment]] tables")
    assignments: list[Assignment] = []
    for number, row in enumerate(rows, start=1):
        where = f"{path}: assignment {number}"
        if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not row["name"].strip():
            raise OverlayError(f'{where}: needs a name, for example name = "week 2"')
        unknown = unknown_key_problems(f"{where} ({row['name']})", row, ASSIGNMENT_FIELDS, "an assignment")
        if unknown:
            raise OverlayError(*unknown)
        quizzes, exercises = row.get("quizzes", []), row.get("exercises", [])
        if not all(isinstance(items, list) and all(isinstance(item, str) for item in items)
                   for items in (quizzes, exercises)):  # fmt: skip
            raise OverlayError(f"{where} ({row['name']}): quizzes and exercises are lists of names")
        weight = row.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
            raise OverlayError(f"{where} ({row['name']}): weight must be a number of 0 or more")
        assignments.append(Assignment(row["name"].strip(), tuple(quizzes), tuple(exercises), float(weight)))
    names = [assignment.name for assignment in assignments]
    if len(set(names)) != len(names):
        raise OverlayError(f"{path}: assignment names must be unique")
    return tuple(assignments)


def load_overlay(folder: Path) -> Overlay:
    if not folder.is_dir():
        raise OverlayError(f"{folder}: no overlay folder here; create one with 'pakru overlay new {folder}'")
    if not (folder / "overlay.toml").is_file():
        raise OverlayError(f"{folder}: not an overlay (no overlay.toml)")
    meta = _read_toml(folder / "overlay.toml")
    unknown = unknown_key_problems(str(folder / "overlay.toml"), meta, OVERLAY_FIELDS, "overlay.toml")
    keys: dict[str, dict[str, ModelAnswer]] = {}
    digests: dict[str, dict[str, str]] = {}
    for path in sorted((folder / "quizzes").glob("*.toml")):
        entries = _read_toml(path)
        for question_id, entry in entries.items():
            if isinstance(entry, dict):
                unknown += unknown_key_problems(
                    f"{path} [{question_id}]", entry, KEY_TABLE_FIELDS, "a key", related=QUESTION_FIELDS
                )
        try:
            keys[path.stem] = load_model_answers(path)
        except QuizError as error:
            # 'answr' for 'answer' also leaves the answer missing: the misspelling is the news.
            raise OverlayError(*unknown) if unknown else OverlayError(str(error)) from None
        digests[path.stem] = {
            question_id: str(entry["digest"])
            for question_id, entry in entries.items()
            if isinstance(entry, dict) and "digest" in entry
        }
    hidden: dict[str, tuple[Check, ...]] = {}
    for path in sorted((folder / "exercises").glob("*/hidden-checks.toml")):
        try:
            rows = _read_toml(path).get("check", [])
            hidden[path.parent.name] = tuple(Check.from_data(row, str(path)) for row in rows)
        except ExerciseError as error:
            raise OverlayError(str(error)) from None
    return Overlay(
        str(meta.get("name", folder.name)),
        keys,
        hidden,
        folder=folder,
        digests=digests,
        assignments=_assignments(folder / "overlay.toml", meta),
        unknown_keys=tuple(unknown),
    )


def teaching_keys(course: Course) -> Overlay:
    """The teaching edition's model answers, used when no overlay is given."""
    if not course.is_teaching_edition:
        raise OverlayError("no keys: this is the student edition; pass --overlay with your class overlay")
    keys = {
        path.stem: load_model_answers(path)
        for path in sorted((course.instructor_dir / "quizzes").glob("*.toml"))
    }
    return Overlay("teaching edition (instructor/)", keys)


def keys_document(quiz: Quiz, models: dict[str, ModelAnswer]) -> dict[str, dict[str, Any]]:
    """One quiz's keys as an overlay stores them: answer, explanation and the question's digest."""
    return {
        question.id: {
            "answer": models[question.id].answer,
            "explanation": models[question.id].explanation,
            "digest": question.digest,
        }
        for question in quiz.questions
        if question.id in models
    }


def create_overlay(course: Course, target: Path, exercises: list[Exercise]) -> None:
    """Start an overlay from the teaching edition's model answers, each stamped with its question's digest."""
    if target.exists() and any(target.iterdir()):
        raise OverlayError(f"{target} already exists and is not empty; choose a new folder")
    if not course.is_teaching_edition:
        raise OverlayError("creating an overlay needs the teaching edition's instructor/ folder")
    import tomli_w  # here, not at the top: the Gradescope bundle grades without third-party packages

    quizzes = load_course_material(course).quizzes
    (target / "quizzes").mkdir(parents=True)
    for quiz in quizzes:
        path = model_answers_path(course.instructor_dir, quiz.id)
        if path.exists():
            document = keys_document(quiz, load_model_answers(path))
            (target / "quizzes" / path.name).write_text(tomli_w.dumps(document), encoding="utf-8")
    for exercise in exercises:
        folder = target / "exercises" / exercise.name
        folder.mkdir(parents=True)
        (folder / "hidden-checks.toml").write_text(
            HIDDEN_CHECKS_HEADER.format(name=exercise.name), encoding="utf-8"
        )
    (target / "overlay.toml").write_text(tomli_w.dumps({"name": target.name}), encoding="utf-8")
    (target / "README.md").write_text(OVERLAY_README, encoding="utf-8")
    target.chmod(0o700)


# --- checks --------------------------------------------------------------------------------
# Each check returns one message per problem, naming the file and the key. The LMS export
# adds its variants check to OVERLAY_CHECKS (import Overlay under TYPE_CHECKING to avoid a cycle).

OverlayCheck = Callable[[Overlay, Course], list[str]]


def check_unknown_keys(overlay: Overlay, course: Course) -> list[str]:
    """No misspelt key in overlay.toml or a keys file: the grader would ignore it without a word."""
    return list(overlay.unknown_keys)


def check_quiz_files(overlay: Overlay, course: Course) -> list[str]:
    """Every keys file names a quiz, every key a question, and every question has a key."""
    quizzes = {quiz.id: quiz for quiz in load_course_material(course).quizzes}
    problems: list[str] = []
    for quiz_id, models in overlay.quiz_keys.items():
        quiz = quizzes.get(quiz_id)
        if quiz is None:
            problems.append(
                f"{overlay.keys_file(quiz_id)}: no quiz {quiz_id!r} in the course "
                f"(quizzes: {', '.join(quizzes)})"
            )
            continue
        known = {question.id for question in quiz.questions}
        problems += [
            f"{overlay.keys_file(quiz_id)}: [{question_id}]: the quiz has no question {question_id!r}"
            for question_id in models
            if question_id not in known
        ]
        problems += [
            f"{overlay.keys_file(quiz_id)}: [{question.id}]: no key for this question; every student "
            "would get 0 for it"
            for question in quiz.questions
            if question.id not in models
        ]
    problems += [
        f"{overlay.keys_file(quiz_id)}: missing; every question of quiz {quiz_id!r} would get 0"
        for quiz_id in quizzes
        if quiz_id not in overlay.quiz_keys
    ]
    return problems


def check_quiz_keys(overlay: Overlay, course: Course) -> list[str]:
    """Each answer has the question's type and range: a letter among its options, a number, an order."""
    material = load_course_material(course)
    events_by_id = {event.id: event for event in material.events}
    problems: list[str] = []
    for quiz in material.quizzes:
        models = overlay.quiz_keys.get(quiz.id, {})
        for question in quiz.questions:
            model = models.get(question.id)
            if model is None:
                continue
            problem = key_problem(question, model, events_by_id)
            if problem:
                problems.append(f"{overlay.keys_file(quiz.id)}: [{question.id}] answer: {problem}")
    return problems


def check_digests(overlay: Overlay, course: Course) -> list[str]:
    """Each key was written for the question as it reads now (folder overlays record a digest)."""
    if overlay.folder is None:
        return []
    problems: list[str] = []
    for quiz in load_course_material(course).quizzes:
        recorded = overlay.digests.get(quiz.id, {})
        for question in quiz.questions:
            if question.id not in overlay.quiz_keys.get(quiz.id, {}):
                continue
            where = f"{overlay.keys_file(quiz.id)}: [{question.id}] digest"
            digest = recorded.get(question.id)
            if digest is None:
                problems.append(
                    f"{where}: missing; check the key against the question, then add "
                    f'digest = "{question.digest}"'
                )
            elif digest != question.digest:
                problems.append(
                    f"{where}: the key was written for an earlier version of the question; check "
                    f'the key against the question as it reads now, then set digest = "{question.digest}"'
                )
    return problems


def _missing_files(value: Any, course: Course, exercise: Exercise) -> list[str]:
    """Files named by ``{data = ...}`` and ``{file = ...}`` arguments that do not exist."""
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"data", "file"}:
        ((kind, name),) = value.items()
        base = course.root / "data" if kind == "data" else exercise.folder
        return [] if (base / str(name)).is_file() else [f"{kind} = {name!r}"]
    if isinstance(value, list | tuple):
        return [missing for item in value for missing in _missing_files(item, course, exercise)]
    if isinstance(value, dict):
        return [missing for item in value.values() for missing in _missing_files(item, course, exercise)]
    return []


def check_hidden_checks(overlay: Overlay, course: Course) -> list[str]:
    """Hidden checks name an exercise, a task and a function it has, files that exist, and new names."""
    exercises = {exercise.name: exercise for exercise in load_course_material(course).exercises}
    folder = overlay.folder or course.instructor_dir
    problems: list[str] = []
    for name, checks in overlay.hidden_checks.items():
        where = folder / "exercises" / name / "hidden-checks.toml"
        exercise = exercises.get(name)
        if exercise is None:
            problems.append(f"{where}: no exercise {name!r} in the course; rename its folder")
            continue
        public = {check.name for check in exercise.checks}
        seen: set[str] = set()
        for check in checks:
            label = f"{where}: check {check.name!r}"
            if check.name in public or check.name in seen:
                problems.append(f"{label}: the name is already used; give each check its own name")
            seen.add(check.name)
            if exercise.tasks and check.task not in exercise.tasks:
                problems.append(f"{label}: task {check.task} is not a task of {name} ({exercise.tasks})")
            if exercise.functions and check.call not in exercise.functions:
                problems.append(
                    f"{label}: call {check.call!r} is not a function of {name} "
                    f"({', '.join(exercise.functions)})"
                )
            for missing in _missing_files([check.args, check.kwargs], course, exercise):
                problems.append(f"{label}: {missing} names a file that does not exist")
    return problems


def check_assignments(overlay: Overlay, course: Course) -> list[str]:
    """Assignments name quizzes and exercises the course has."""
    material = load_course_material(course)
    quizzes = {quiz.id for quiz in material.quizzes}
    exercises = {exercise.name for exercise in material.exercises}
    where = overlay.folder / "overlay.toml" if overlay.folder else "overlay.toml"
    problems: list[str] = []
    for assignment in overlay.assignments:
        label = f"{where}: assignment {assignment.name!r}"
        problems += [
            f"{label}: no quiz {quiz!r} in the course" for quiz in assignment.quizzes if quiz not in quizzes
        ]
        problems += [
            f"{label}: no exercise {exercise!r} in the course (use the folder name, such as "
            f"{min(exercises, default='01-...')!r})"
            for exercise in assignment.exercises
            if exercise not in exercises
        ]
        if not assignment.quizzes and not assignment.exercises:
            problems.append(f"{label}: lists no quizzes and no exercises")
    return problems


OVERLAY_CHECKS: list[OverlayCheck] = [
    check_unknown_keys,
    check_quiz_files,
    check_quiz_keys,
    check_digests,
    check_hidden_checks,
    check_assignments,
    check_variants,
]


def overlay_problems(overlay: Overlay, course: Course) -> list[str]:
    """Every problem every check finds; an empty list means the overlay can grade."""
    return [problem for check in OVERLAY_CHECKS for problem in check(overlay, course)]


def check_overlay_folder(folder: Path, course: Course) -> list[str]:
    """Load and check an overlay folder; a file that cannot be read is one problem."""
    try:
        overlay = load_overlay(folder)
    except OverlayError as error:
        return list(error.problems)
    return overlay_problems(overlay, course)
