"""Class overlays: an instructor's private keys, hidden checks and variants.

An overlay is a folder kept outside the public repository::

    overlay/
      overlay.toml                     # name = "Spring 2027, section A"
      quizzes/<quiz id>.toml           # summative keys, in the model-answer format
      exercises/<name>/hidden-checks.toml   # extra [[check]] rows, hidden from students

Quiz keys use the format of ``instructor/quizzes/*.toml`` (``answer`` and
``explanation`` per question id). A question id that the public quiz does not
have is an error. ``pakru overlay new DIR`` starts an overlay from the teaching
edition's model answers.
"""

from __future__ import annotations

import shutil
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pakru.exercises import Check, Exercise, ExerciseError
from pakru.quiz_authoring import ModelAnswer, load_model_answers
from pakru.workspace import Course

OVERLAY_README = """# Class overlay

This folder holds the summative keys and hidden checks for one class. Keep it private:
never commit it to the public course repository, and keep its permissions tight
(for example `chmod -R go-rwx` on this folder).

- `overlay.toml`: the overlay's name.
- `quizzes/<quiz>.toml`: the keys used for grading, one `[qNN]` table per question with
  `answer` (and `explanation`, shown to students after grades are published). Change
  answers here to grade a variant of a question.
- `exercises/<exercise>/hidden-checks.toml`: extra `[[check]]` rows in the public
  `checks.toml` format. Students never see them; their results are published later.

Grade with `pakru grade-batch SUBMISSIONS --overlay THIS_FOLDER --csv gradebook.csv` or build a
Gradescope bundle with `pakru autograder build --overlay THIS_FOLDER autograder.zip`.
"""


class OverlayError(ValueError):
    """A malformed overlay; worded for the instructor."""


@dataclass(frozen=True)
class Overlay:
    """Keys for grading: from an overlay folder, or from the teaching edition's instructor/."""

    name: str
    quiz_keys: dict[str, dict[str, ModelAnswer]]
    hidden_checks: dict[str, tuple[Check, ...]] = field(default_factory=dict)

    def hidden_for(self, exercise: Exercise) -> tuple[Check, ...]:
        return self.hidden_checks.get(exercise.name, ())


def load_overlay(folder: Path) -> Overlay:
    if not folder.is_dir():
        raise OverlayError(f"{folder}: no overlay folder here; create one with 'pakru overlay new {folder}'")
    try:
        meta = tomllib.loads((folder / "overlay.toml").read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OverlayError(f"{folder}: not an overlay (no overlay.toml)") from None
    except tomllib.TOMLDecodeError as error:
        raise OverlayError(f"{folder / 'overlay.toml'}: not valid TOML ({error})") from None
    keys = {path.stem: load_model_answers(path) for path in sorted((folder / "quizzes").glob("*.toml"))}
    hidden: dict[str, tuple[Check, ...]] = {}
    for path in sorted((folder / "exercises").glob("*/hidden-checks.toml")):
        try:
            rows = tomllib.loads(path.read_text(encoding="utf-8")).get("check", [])
            hidden[path.parent.name] = tuple(Check.from_data(row, str(path)) for row in rows)
        except (tomllib.TOMLDecodeError, ExerciseError) as error:
            raise OverlayError(f"{path}: {error}") from None
    return Overlay(str(meta.get("name", folder.name)), keys, hidden)


def teaching_keys(course: Course) -> Overlay:
    """The teaching edition's model answers, used when no overlay is given."""
    if not course.is_teaching_edition:
        raise OverlayError("no keys: this is the student edition; pass --overlay with your class overlay")
    keys = {
        path.stem: load_model_answers(path)
        for path in sorted((course.instructor_dir / "quizzes").glob("*.toml"))
    }
    return Overlay("teaching edition (instructor/)", keys)


def create_overlay(course: Course, target: Path, exercises: list[Exercise]) -> None:
    """Start an overlay from the teaching edition's model answers."""
    if target.exists() and any(target.iterdir()):
        raise OverlayError(f"{target} already exists and is not empty; choose a new folder")
    if not course.is_teaching_edition:
        raise OverlayError("creating an overlay needs the teaching edition's instructor/ folder")
    (target / "quizzes").mkdir(parents=True)
    for keys in sorted((course.instructor_dir / "quizzes").glob("*.toml")):
        shutil.copyfile(keys, target / "quizzes" / keys.name)
    for exercise in exercises:
        folder = target / "exercises" / exercise.name
        folder.mkdir(parents=True)
        (folder / "hidden-checks.toml").write_text(
            f"# Hidden checks for {exercise.name}, in the format of its public checks.toml.\n"
            "# Add [[check]] rows here; students never see them.\n",
            encoding="utf-8",
        )
    (target / "overlay.toml").write_text(f'name = "{target.name}"\n', encoding="utf-8")
    (target / "README.md").write_text(OVERLAY_README, encoding="utf-8")
    target.chmod(0o700)
