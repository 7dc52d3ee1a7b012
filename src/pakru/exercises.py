"""The exercise model: an exercise folder, its tasks, hints and checks written as data.

Layout of ``exercises/NN-name/``: ``README.md`` (``## Task N: ...`` sections),
``exercise.toml`` (title, lesson, skill, insight, functions, ``[hints]``),
``stub.py`` (the template a student copies) and ``checks.toml`` (``[[check]]``
rows). The reference solution is ``instructor/exercises/NN-name/solution.py``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TASK_HEADING = re.compile(r"^## Task (\d+): (.+)$", re.MULTILINE)
EXPECTATIONS = ("expect", "expect_len", "raises")
RESULT_TYPES = ("tuple", "list", "dict", "set", "str", "int", "float", "bool")


class ExerciseError(ValueError):
    """A malformed exercise; worded for its author."""


@dataclass(frozen=True)
class Check:
    """One check: call a function of the student's module and compare the plain result."""

    task: int
    name: str
    call: str
    message: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    expect: Any = None
    expect_len: int | None = None
    raises: str | None = None
    tolerance: float | None = None
    has_expect: bool = False
    # The type the result must have, when the task names one ("tuple"); TOML can only write lists.
    expect_type: str | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any], where: str) -> Check:
        for required in ("task", "name", "call", "message"):
            if required not in data:
                raise ExerciseError(f"{where}: a check needs '{required}'")
        given = [key for key in EXPECTATIONS if key in data]
        if len(given) != 1:
            raise ExerciseError(
                f"{where}: check {data['name']!r} needs exactly one of {', '.join(EXPECTATIONS)}"
            )
        unknown = set(data) - {
            "task",
            "name",
            "call",
            "message",
            "args",
            "kwargs",
            "tolerance",
            "expect_type",
            *EXPECTATIONS,
        }
        if unknown:
            raise ExerciseError(
                f"{where}: check {data['name']!r} has unknown keys {', '.join(sorted(unknown))}"
            )
        expect_type = data.get("expect_type")
        if expect_type is not None and "expect" not in data:
            raise ExerciseError(
                f"{where}: check {data['name']!r} has expect_type, which goes with 'expect' only"
            )
        if expect_type is not None and expect_type not in RESULT_TYPES:
            choices = ", ".join(RESULT_TYPES)
            raise ExerciseError(
                f"{where}: check {data['name']!r} has expect_type {expect_type!r}; use one of {choices}"
            )
        return cls(
            task=int(data["task"]),
            name=str(data["name"]),
            call=str(data["call"]),
            message=str(data["message"]),
            args=tuple(data.get("args", ())),
            kwargs=dict(data.get("kwargs", {})),
            expect=data.get("expect"),
            expect_len=data.get("expect_len"),
            raises=data.get("raises"),
            tolerance=data.get("tolerance"),
            has_expect="expect" in data,
            expect_type=expect_type,
        )


@dataclass(frozen=True)
class Exercise:
    """One exercise folder."""

    name: str
    folder: Path
    title: str
    lesson: int
    skill: str
    insight: str
    functions: tuple[str, ...]
    hints: dict[int, str]
    checks: tuple[Check, ...]
    readme_tasks: dict[int, str]

    @property
    def stub(self) -> Path:
        return self.folder / "stub.py"

    @property
    def readme(self) -> Path:
        return self.folder / "README.md"

    def solution(self, instructor_dir: Path) -> Path:
        return instructor_dir / "exercises" / self.name / "solution.py"

    @property
    def tasks(self) -> list[int]:
        return sorted(self.readme_tasks)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExerciseError(f"{path}: missing; every exercise needs it") from None
    except tomllib.TOMLDecodeError as error:
        raise ExerciseError(f"{path}: not valid TOML ({error})") from None


def load_exercise(folder: Path) -> Exercise:
    meta = _read_toml(folder / "exercise.toml")
    checks_data = _read_toml(folder / "checks.toml")
    where = str(folder / "checks.toml")
    checks = tuple(Check.from_data(row, where) for row in checks_data.get("check", []))
    names = [check.name for check in checks]
    if len(set(names)) != len(names):
        raise ExerciseError(f"{where}: check names must be unique")
    try:
        readme = (folder / "README.md").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExerciseError(f"{folder / 'README.md'}: missing; every exercise needs it") from None
    for key in ("title", "lesson", "skill", "insight"):
        if key not in meta:
            raise ExerciseError(f"{folder / 'exercise.toml'}: needs '{key}'")
    return Exercise(
        name=folder.name,
        folder=folder,
        title=str(meta["title"]),
        lesson=int(meta["lesson"]),
        skill=str(meta["skill"]),
        insight=str(meta["insight"]),
        functions=tuple(meta.get("functions", ())),
        hints={int(task): str(text) for task, text in meta.get("hints", {}).items()},
        checks=checks,
        readme_tasks={int(number): title.strip() for number, title in TASK_HEADING.findall(readme)},
    )


def discover_exercises(exercises_dir: Path) -> list[Exercise]:
    """Every exercise folder (one with ``exercise.toml``), in name order."""
    folders = sorted(path.parent for path in exercises_dir.glob("*/exercise.toml"))
    return [load_exercise(folder) for folder in folders]


def find_exercise(exercises: list[Exercise], wanted: str) -> Exercise:
    """By full name (``01-validate-events``), number (``1``, ``01``) or name without number."""
    for exercise in exercises:
        number, _, short = exercise.name.partition("-")
        numbered = number.isdigit() and wanted.isdigit() and int(wanted) == int(number)
        if wanted in {exercise.name, short} or numbered:
            return exercise
    choices = ", ".join(exercise.name for exercise in exercises)
    raise ExerciseError(f"no exercise called {wanted!r}; choose one of: {choices}")
