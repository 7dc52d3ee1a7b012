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
import shutil
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

from pakru.events import load_events
from pakru.exercises import discover_exercises
from pakru.instructor_pipeline.overlay import (
    check_overlay_folder,
    load_overlay,
    overlay_problems,
    teaching_keys,
)
from pakru.instructor_pipeline.sandbox import FALLBACK_UIDS
from pakru.instructor_pipeline.submission import grade_submission
from pakru.quiz import discover_quizzes
from pakru.results import failure_results, results_text, submission_results, write_results
from pakru.workspace import Course

SETUP_SH_TEMPLATE = """#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image (Ubuntu, as root).
set -euo pipefail
apt-get update -qq
if ! command -v python3.11 >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11 \\
    || { apt-get install -y -qq software-properties-common \\
         && add-apt-repository -y ppa:deadsnakes/ppa && apt-get update -qq \\
         && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11; }
fi
# The keys are readable by root only. Graded code cannot reach them: in the bubblewrap sandbox
# they are not mounted at all; without it, each concurrent child runs as an unprivileged uid
# of its own ({uids}), never as 'nobody' or root.
chmod -R go-rwx /autograder/source/keys
"""
# The uids come from the sandbox, so the comment stays true if the range changes.
SETUP_SH = SETUP_SH_TEMPLATE.replace("{uids}", f"uids {FALLBACK_UIDS[0]} down to {FALLBACK_UIDS[-1]}")

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
    if overlay_dir is not None:
        problems = check_overlay_folder(overlay_dir, course)
    else:
        problems = overlay_problems(teaching_keys(course), course)
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


# --- what students upload ------------------------------------------------------------------
# Gradescope unpacks an uploaded zip into /autograder/submission and clones a GitHub
# repository there. Students upload the working copy (workspace/ at the top), the workspace's
# folders alone, the whole course folder (one level deeper), files dragged in one by one, the
# zip from 'pakru submit' (course-relative paths and a manifest.json), or a repository.

ZIP_LIMIT_BYTES = 50 * 1024 * 1024
ZIP_LIMIT_MEMBERS = 5000
IGNORED_NAMES = {"__MACOSX", ".git", "__pycache__"}


def is_plain_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def has_standard_layout(folder: Path) -> bool:
    """A working copy (``workspace/``) or the workspace's own folders at the top; symlinks count too,
    so the grader, not this search, decides what a link is worth."""
    return any(
        (folder / name).exists() or (folder / name).is_symlink()
        for name in ("workspace", "quizzes", "exercises")
    )


def subfolders(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if is_plain_dir(path) and path.name not in IGNORED_NAMES)


def safe_extract(archive: Path, target: Path) -> bool:
    """Extract a student's zip without links, paths out of ``target`` or unbounded size; False if refused."""
    try:
        with zipfile.ZipFile(archive) as opened:
            members = opened.infolist()
            if len(members) > ZIP_LIMIT_MEMBERS or sum(m.file_size for m in members) > ZIP_LIMIT_BYTES:
                return False
            for member in members:
                relative = Path(member.filename)
                is_link = (member.external_attr >> 16) & 0o170000 == 0o120000
                if relative.is_absolute() or ".." in relative.parts or is_link or member.is_dir():
                    continue
                destination = target / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                destination.write_bytes(opened.read(member))
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return True


def assemble_loose_files(folder: Path, target: Path, quiz_ids: set[str], exercise_names: set[str]) -> bool:
    """Files dragged in one by one (``legacy.py``, ``01-validate-events.py``), at the top or a level down."""
    found = False
    for candidate in (folder, *subfolders(folder)):
        for path in sorted(candidate.iterdir()):
            kind = "quizzes" if path.stem in quiz_ids else "exercises" if path.stem in exercise_names else ""
            destination = target / "workspace" / kind / path.name
            if not kind or path.suffix != ".py" or destination.exists() or destination.is_symlink():
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            # A link stays a link, so the grader refuses it as symlink-outside rather than reading through it.
            shutil.copy2(path, destination, follow_symlinks=False)
            found = True
    return found


def find_submission(
    submission: Path, scratch: Path, quiz_ids: set[str], exercise_names: set[str], depth: int = 0
) -> Path:
    """The folder to grade, in the layout the grader expects, whatever shape the student uploaded."""
    if not is_plain_dir(submission) or has_standard_layout(submission):
        return submission
    inner = [folder for folder in subfolders(submission) if has_standard_layout(folder)]
    if len(inner) == 1:
        return inner[0]  # the course folder, zipped whole: one level deeper
    loose = scratch / f"loose-{depth}"
    if assemble_loose_files(submission, loose, quiz_ids, exercise_names):
        return loose
    archives = sorted(path for path in submission.iterdir() if path.suffix == ".zip" and path.is_file())
    if archives and depth == 0:
        unzipped = scratch / "unzipped"
        for number, archive in enumerate(archives):
            safe_extract(archive, unzipped / str(number))
        found = [
            find_submission(unzipped / str(n), scratch, quiz_ids, exercise_names, 1)
            for n in range(len(archives))
        ]
        usable = [folder for folder in found if folder.is_dir() and has_standard_layout(folder)]
        if usable:
            return usable[0]
    return submission


def run(root: Path, source: Path) -> dict[str, object]:
    course = Course(source)
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    exercises = discover_exercises(course.exercises_dir)
    overlay = load_overlay(source / "keys")
    scratch = Path(tempfile.mkdtemp(prefix="pakru-shapes-"))
    try:
        folder = find_submission(
            root / "submission",
            scratch,
            {quiz.id for quiz in quizzes},
            {exercise.name for exercise in exercises},
        )
        # grade_submission never writes inside the submission: student code runs on copies.
        result = grade_submission(folder, course, overlay, quizzes, exercises)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return submission_results(result, quizzes, student="submission")


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
