"""A student's progress through the exercises, kept in ``workspace/progress.json``.

An exercise counts as done when its last check passed *and* the file has not
changed since, so editing a finished exercise shows it as in progress again.
Every check (``pakru check``, ``pakru watch`` or ``pytest``) records how many
checks passed, so ``pakru list`` shows the current status without running them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from pakru.exercises import Exercise
from pakru.workspace import Course


class ExerciseStatus(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    DONE = "done"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Progress:
    """What the student has checked, and which exercise they are on."""

    path: Path
    passed: dict[str, str]
    current: str = ""
    # exercise name -> {"digest": the checked file's sha256, "passed": n, "checks": m}
    checked: dict[str, dict[str, object]] = field(default_factory=dict)

    @classmethod
    def load(cls, course: Course) -> Progress:
        path = course.workspace / "progress.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            checked = {str(name): dict(entry) for name, entry in dict(data.get("checked", {})).items()}
            return cls(path, dict(data.get("passed", {})), str(data.get("current", "")), checked)
        except (FileNotFoundError, ValueError, AttributeError, TypeError):
            return cls(path, {})

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"current": self.current, "passed": self.passed, "checked": self.checked}
        self.path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")

    def record(
        self,
        exercise: Exercise,
        work_file: Path,
        passed: bool,
        *,
        passed_checks: int | None = None,
        make_current: bool = True,
    ) -> None:
        """Remember a check of ``work_file``; ``pytest`` checks every exercise, so it keeps ``current``."""
        if make_current:
            self.current = exercise.name
        digest = file_digest(work_file)
        if passed:
            self.passed[exercise.name] = digest
        else:
            self.passed.pop(exercise.name, None)
        total = len(exercise.checks)
        count = total if passed else (passed_checks or 0)
        self.checked[exercise.name] = {"digest": digest, "passed": count, "checks": total}
        self.save()

    def status_text(self, exercise: Exercise, work_file: Path) -> str:
        """The status ``pakru list`` shows, from the last check and the file as it is now."""
        status = self.status(exercise, work_file)
        if status is not ExerciseStatus.IN_PROGRESS:
            return status.value
        last = self.checked.get(exercise.name)
        if not last:
            return f"{status.value}, not checked yet"
        if last.get("digest") != file_digest(work_file):
            return f"{status.value}, edited since the last check"
        return f"{status.value}, {last.get('passed')} of {last.get('checks')} checks pass"

    def status(self, exercise: Exercise, work_file: Path) -> ExerciseStatus:
        if not work_file.exists():
            return ExerciseStatus.NOT_STARTED
        if self.passed.get(exercise.name) == file_digest(work_file):
            return ExerciseStatus.DONE
        return ExerciseStatus.IN_PROGRESS


def work_file(course: Course, exercise: Exercise) -> Path:
    """The student's own, untracked copy of the stub."""
    return course.workspace / "exercises" / f"{exercise.name}.py"


def start_exercise(course: Course, exercise: Exercise) -> tuple[Path, bool]:
    """Copy the stub into the workspace unless a copy exists; returns (path, created)."""
    target = work_file(course, exercise)
    if target.exists():
        return target, False
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(exercise.stub, target)
    return target, True


def reset_exercise(course: Course, exercise: Exercise) -> Path | None:
    """Back the student's copy up, then restore the stub; returns the backup's path."""
    target = work_file(course, exercise)
    backup: Path | None = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        backup = course.workspace / "backups" / f"{exercise.name}-{stamp}.py"
        backup.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(exercise.stub, target)
    return backup
