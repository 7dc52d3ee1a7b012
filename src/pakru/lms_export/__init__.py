"""Export the course's quizzes to the quiz engine an institution already runs.

``pakru quiz export --format moodle|qti|gift [--overlay DIR] [QUIZ ...] OUT`` writes Moodle
XML, a QTI 1.2 package for Canvas, or GIFT. :mod:`.mapping` turns the quizzes, their keys
and the overlay's variants into one model; :mod:`.moodle`, :mod:`.qti` and :mod:`.gift`
write it. The local quizzes stay formative; these exports are for quizzes that count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pakru.instructor_pipeline.overlay import OverlayError, load_overlay, teaching_keys
from pakru.instructor_pipeline.overlay_variants import NO_VARIANTS, read_variants
from pakru.lms_export.gift import gift_text
from pakru.lms_export.mapping import FORMATS, Export, ExportError, build_export, differences
from pakru.lms_export.moodle import moodle_xml
from pakru.lms_export.qti import qti_package
from pakru.quiz import Quiz
from pakru.workspace import Course, load_course_material

WRITERS: dict[str, Callable[[Export], bytes]] = {"moodle": moodle_xml, "qti": qti_package, "gift": gift_text}
SUFFIXES = {"moodle": ".xml", "qti": ".zip", "gift": ".txt"}


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    export: Export
    differences: tuple[str, ...]


def select_quizzes(quizzes: Sequence[Quiz], wanted: Sequence[str]) -> list[Quiz]:
    """The quizzes named by id, lesson number or module stem, in course order; all when none are named."""
    if not wanted:
        return list(quizzes)
    chosen: list[Quiz] = []
    for name in wanted:
        match = [
            quiz
            for number, quiz in enumerate(quizzes, start=1)
            if name in (quiz.id, str(number))
            or (quiz.module_path is not None and quiz.module_path.stem == name)
        ]
        if not match:
            known = ", ".join(quiz.id for quiz in quizzes)
            raise ExportError(f"no quiz {name!r}; choose from {known}")
        chosen.extend(quiz for quiz in match if quiz not in chosen)
    return sorted(chosen, key=list(quizzes).index)


def export_quizzes(
    course: Course,
    fmt: str,
    wanted: Sequence[str] = (),
    overlay_dir: Path | None = None,
    *,
    private_only: bool = False,
) -> ExportResult:
    """Export ``wanted`` quizzes (all by default) in ``fmt`` with the overlay's or the teaching keys."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not course.is_teaching_edition:
        raise ExportError(
            "quiz export is for instructors: run it in the teaching edition (with instructor/), "
            "not in the student edition"
        )
    material = load_course_material(course)
    quizzes = select_quizzes(material.quizzes, wanted)
    if overlay_dir is not None:
        keys = load_overlay(overlay_dir)
        variants, problems = read_variants(overlay_dir, material.quizzes, material.events)
        if problems:
            raise OverlayError(
                f"{problems[0]} (and {len(problems) - 1} more)" if len(problems) > 1 else problems[0]
            )
        source = f"the overlay {overlay_dir}"
    else:
        keys, variants, source = teaching_keys(course), NO_VARIANTS, "the teaching edition's instructor/ keys"
    export = build_export(quizzes, keys, variants, source, private_only=private_only)
    return ExportResult(WRITERS[fmt](export), export, tuple(differences(export, fmt)))


__all__ = ["FORMATS", "SUFFIXES", "ExportError", "ExportResult", "export_quizzes", "select_quizzes"]
