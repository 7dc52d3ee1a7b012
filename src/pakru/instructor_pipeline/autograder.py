"""Gradescope autograder bundles: build one, and run one.

``pakru autograder build [--overlay DIR] OUT.zip`` writes a zip with
``setup.sh`` (Python 3.11 on Gradescope's Ubuntu image), ``run_autograder``,
the engine (``src/pakru``), the course's quizzes, exercises and data, and the
keys (the overlay, or the teaching edition's ``instructor/`` keys).

``python -m pakru.instructor_pipeline.autograder --root /autograder`` grades
``ROOT/submission`` and always writes ``ROOT/results/results.json``: if the
grader itself fails, the file says so with a visible entry and a zero.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
import zipfile
from pathlib import Path

from pakru.events import load_events
from pakru.exercises import discover_exercises
from pakru.instructor_pipeline.overlay import load_overlay, overlay_problems, teaching_keys
from pakru.instructor_pipeline.submission import grade_submission
from pakru.quiz import discover_quizzes
from pakru.results import failure_results, results_text, submission_results, write_results
from pakru.workspace import Course

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image (Ubuntu, as root).
set -euo pipefail
apt-get update -qq
if ! command -v python3.11 >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11 \\
    || { apt-get install -y -qq software-properties-common \\
         && add-apt-repository -y ppa:deadsnakes/ppa && apt-get update -qq \\
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11; }
fi
# The keys are readable by root only; graded code runs as 'nobody'.
chmod -R go-rwx /autograder/source/keys
"""

# The shell fallback's results.json is written by pakru.results.failure_results when the bundle is built.
FALLBACK_MESSAGE = "the grader could not start"
RUN_AUTOGRADER_TEMPLATE = """#!/usr/bin/env bash
# Gradescope runs this for every submission. It must always leave a results.json.
ROOT="${PAKRU_AUTOGRADER_ROOT:-/autograder}"
SOURCE="$(cd "$(dirname "$0")" && pwd)"
[ -d "$SOURCE/source" ] && SOURCE="$SOURCE/source"
mkdir -p "$ROOT/results"
chmod -R go-rwx "$SOURCE/keys" 2>/dev/null || true
PYTHON="$(command -v python3.11 || command -v python3)"
cd "$SOURCE" && PYTHONPATH="$SOURCE/src" \\
    "$PYTHON" -m pakru.instructor_pipeline.autograder --root "$ROOT" --source "$SOURCE"
if [ ! -s "$ROOT/results/results.json" ]; then
    cat > "$ROOT/results/results.json" <<'JSON'
{fallback}
JSON
fi
exit 0
"""


def fallback_results_json() -> str:
    return results_text(failure_results(FALLBACK_MESSAGE)).rstrip("\n")


def run_autograder_script() -> str:
    return RUN_AUTOGRADER_TEMPLATE.replace("{fallback}", fallback_results_json())


BUNDLED_COURSE_PARTS = ("quizzes", "exercises", "data")


class AutograderError(ValueError):
    """A problem building a bundle; worded for the instructor."""


def build_bundle(course: Course, output: Path, overlay_dir: Path | None) -> None:
    if output.suffix != ".zip":
        raise AutograderError(f"{output}: the bundle must be a .zip file")
    if overlay_dir is None and not course.is_teaching_edition:
        raise AutograderError("no keys: pass --overlay DIR (the student edition has no instructor/ keys)")
    # Refuse a broken overlay here, not on Gradescope, where every student would see "grading failed".
    problems = overlay_problems(load_overlay(overlay_dir) if overlay_dir else teaching_keys(course), course)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise AutograderError(f"the keys have problems: {problems[0]}{more}; run 'pakru overlay check'")
    package = Path(__file__).parents[1]
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as bundle:

        def add_tree(folder: Path, prefix: str) -> None:
            for path in sorted(folder.rglob("*")):
                skip = {"__pycache__", "workspace"} & set(path.parts) or path.suffix == ".pyc"
                if path.is_file() and not skip:
                    bundle.write(path, f"{prefix}/{path.relative_to(folder).as_posix()}")

        for name, text in (("setup.sh", SETUP_SH), ("run_autograder", run_autograder_script())):
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o755 << 16
            bundle.writestr(info, text)
        add_tree(package, "src/pakru")
        for part in BUNDLED_COURSE_PARTS:
            add_tree(course.root / part, part)
        if overlay_dir is not None:
            add_tree(overlay_dir, "keys")
        else:
            add_tree(course.instructor_dir / "quizzes", "keys/quizzes")
            bundle.writestr("keys/overlay.toml", 'name = "teaching edition (instructor/)"\n')


def run(root: Path, source: Path) -> dict[str, object]:
    course = Course(source)
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    exercises = discover_exercises(course.exercises_dir)
    overlay = load_overlay(source / "keys")
    # grade_submission never writes inside the submission: student code runs on copies.
    result = grade_submission(root / "submission", course, overlay, quizzes, exercises)
    return submission_results(result, quizzes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru.instructor_pipeline.autograder")
    parser.add_argument(
        "--root", type=Path, default=Path(os.environ.get("PAKRU_AUTOGRADER_ROOT", "/autograder"))
    )
    parser.add_argument("--source", type=Path, default=None)
    arguments = parser.parse_args(argv)
    root: Path = arguments.root
    source: Path = arguments.source or root / "source"
    target = root / "results" / "results.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        results = run(root, source)
    except Exception as error:  # a crash of the grader must still leave a results file
        traceback.print_exc(file=sys.stderr)
        results = failure_results(f"the grader stopped ({type(error).__name__})")
    write_results(target, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
