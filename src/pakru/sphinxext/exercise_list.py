"""The ``{exercises}`` directive: a lesson's programming exercises, from their folders.

Authors write::

    ```{exercises} 2
    ```

Each exercise of lesson 2 is shown with its skill and insight, its tasks from the
README, its hints behind a toggle and the commands that run it locally. The
exercise folders stay the one source; the page never copies them by hand.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pakru.exercises import Exercise, ExerciseError
from pakru.sphinxext.course_data import course_exercises, note_problem

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)
FENCE = "````"


def readme_as_myst(exercise: Exercise) -> str:
    """The README without its title and its 'Check your work' section, tasks as rubrics."""
    text = exercise.readme.read_text(encoding="utf-8")
    text = re.sub(r"\A# .*\n", "", text)
    text = re.split(r"^## Check your work\s*$", text, flags=re.MULTILINE)[0]
    text = re.sub(r"^\*Lesson \d+ · .*\*\s*$", "", text, flags=re.MULTILINE)
    return re.sub(r"^## (Task \d+: .+)$", rf"{FENCE}{{rubric}} \1\n{FENCE}", text, flags=re.MULTILINE).strip()


def exercise_myst(exercise: Exercise, setup_label: str = "") -> str:
    """The exercise as MyST; ``setup_label`` names the section that explains the local workflow."""
    hints = "\n\n".join(f"**Task {task}.** {exercise.hints[task]}" for task in sorted(exercise.hints))
    setup = f" ({{ref}}`how to set it up <{setup_label}>`)" if setup_label else ""
    return "\n\n".join(
        [
            f"{FENCE}{{rubric}} Exercise {exercise.name}: {exercise.title}\n{FENCE}",
            f"*Python skill:* {exercise.skill}. *Historical insight:* {exercise.insight}.",
            readme_as_myst(exercise),
            f"{FENCE}{{admonition}} Hints\n:class: dropdown\n\n{hints}\n{FENCE}",
            f"Work on it on your computer{setup}:",
            f"```console\n$ pakru start {exercise.name}\n$ pakru check {exercise.name}\n"
            f"$ pakru hint {exercise.name} 1\n```",
        ]
    )


class ExercisesDirective(SphinxDirective):
    """List the exercises of one lesson (by number) from ``pakru_exercises_path``."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        folder = Path(self.config.pakru_exercises_path)
        if not self.arguments[0].isdigit():
            note_problem(self.env)
            logger.warning("give the lesson number, such as ```{exercises} 2", location=self.get_location())
            return []
        lesson = int(self.arguments[0])
        try:
            exercises = [exercise for exercise in course_exercises(self.env) if exercise.lesson == lesson]
        except ExerciseError as error:
            note_problem(self.env)
            logger.warning("%s", error, location=self.get_location(), type="pakru", subtype="exercises")
            return []
        if not exercises:
            note_problem(self.env)
            logger.warning(
                "no exercises for lesson %s in %s", lesson, folder, location=self.get_location(), type="pakru"
            )
            return []
        container = nodes.container(classes=["pakru-exercises"])
        self.set_source_info(container)
        for exercise in exercises:
            container.extend(
                self.parse_text_to_nodes(exercise_myst(exercise, self.config.pakru_exercises_setup_label))
            )
        return [container]


def _resolve_exercises_path(app: Sphinx, config: Config) -> None:
    config.pakru_exercises_path = str((Path(app.confdir) / config.pakru_exercises_path).resolve())


def setup_exercise_list(app: Sphinx) -> None:
    app.add_config_value("pakru_exercises_path", "../exercises", "env", types=frozenset({str}))
    app.add_config_value("pakru_exercises_setup_label", "", "env", types=frozenset({str}))
    app.connect("config-inited", _resolve_exercises_path)
    app.add_directive("exercises", ExercisesDirective)
