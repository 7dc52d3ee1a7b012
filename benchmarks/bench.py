"""Benchmarks for the course engine: ratios against baselines measured in the same run.

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``). Nothing here is a
pass/fail test: machines are noisy, so the script reports medians and ratios and
names each target.

Cases:

1. ``pytest quizzes`` (every quiz graded) against a bare ``pytest -p no:pakru``
   run of one trivial test. Target: 1.5x or less.
2. ``grade-batch`` of 200 generated submissions on every core against the same
   batch graded serially. Reports submissions per second. Target: 1.6x faster
   or better on 2 cores.
3. One isolated grade of one submission against ``pakru grade`` of it, each in
   a fresh interpreter. Target: 1.5x or less.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 7


def median_seconds(command: Sequence[str], cwd: Path) -> float:
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def bench_quiz_grading() -> tuple[float, float]:
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    with tempfile.TemporaryDirectory() as scratch:
        baseline_dir = Path(scratch)
        (baseline_dir / "test_trivial.py").write_text("def test_trivial():\n    assert True\n")
        baseline = median_seconds([*pytest, "-p", "no:pakru", "test_trivial.py"], baseline_dir)
    quizzes = median_seconds([*pytest, "quizzes"], REPO_ROOT)
    return baseline, quizzes


DEMO_COURSE = REPO_ROOT / "tests" / "data" / "demo-course"
HOSTILE = REPO_ROOT / "tests" / "hostile"
BATCH_SIZE = 200


def make_submissions(folder: Path) -> None:
    """200 submissions: mostly complete, some broken, as a real class would hand in."""
    cases = ["all-correct", "all-correct", "all-correct", "missing-file", "syntax-error", "unexpected-type"]
    for number in range(BATCH_SIZE):
        case = cases[number % len(cases)]
        shutil.copytree(HOSTILE / case / "submission", folder / f"student-{number:03d}", symlinks=True)


def bench_batch() -> tuple[float, float]:
    from pakru.batch import grade_batch
    from pakru.events import load_events
    from pakru.exercises import discover_exercises
    from pakru.overlay import teaching_keys
    from pakru.quiz import discover_quizzes
    from pakru.workspace import Course

    course = Course(DEMO_COURSE)
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    exercises = discover_exercises(course.exercises_dir)
    keys = teaching_keys(course)
    with tempfile.TemporaryDirectory() as scratch:
        submissions = Path(scratch) / "submissions"
        make_submissions(submissions)
        timings = {}
        for workers in (1, os.cpu_count() or 2):
            started = time.perf_counter()
            grade_batch(
                course,
                submissions,
                keys,
                quizzes,
                exercises,
                csv_path=Path(scratch) / f"{workers}.csv",
                workers=workers,
            )
            timings[workers] = time.perf_counter() - started
    serial, parallel = timings[1], timings[max(timings)]
    print(
        f"grade-batch of {BATCH_SIZE}: {BATCH_SIZE / parallel:.1f} submissions/s on {max(timings)} workers, "
        f"{BATCH_SIZE / serial:.1f}/s serially"
    )
    return serial, parallel


def bench_isolated_grade() -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as scratch:
        course = Path(scratch) / "course"
        shutil.copytree(DEMO_COURSE, course)
        shutil.copytree(HOSTILE / "all-correct" / "submission" / "workspace", course / "workspace")
        plain = median_seconds([sys.executable, "-m", "pakru.cli", "grade"], course)
        isolated_script = (
            "from pathlib import Path\n"
            "from pakru.events import load_events\n"
            "from pakru.exercises import discover_exercises\n"
            "from pakru.overlay import teaching_keys\n"
            "from pakru.quiz import discover_quizzes\n"
            "from pakru.submission import grade_submission\n"
            "from pakru.workspace import Course\n"
            "course = Course(Path('.'))\n"
            "quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))\n"
            "exercises = discover_exercises(course.exercises_dir)\n"
            "grade_submission(Path('.'), course, teaching_keys(course), quizzes, exercises)\n"
        )
        isolated = median_seconds([sys.executable, "-c", isolated_script], course)
    return plain, isolated


def report(name: str, baseline: float, measured: float, target: float) -> None:
    ratio = measured / baseline
    verdict = "within target" if ratio <= target else "OVER TARGET"
    print(
        f"{name}: {measured * 1000:.0f} ms vs baseline {baseline * 1000:.0f} ms = {ratio:.2f}x "
        f"(target {target}x or less: {verdict})"
    )


def main() -> int:
    print(f"pakru benchmarks, medians of {ROUNDS} runs")
    baseline, quizzes = bench_quiz_grading()
    report("pytest quizzes vs bare pytest", baseline, quizzes, 1.5)
    serial, parallel = bench_batch()
    speedup = serial / parallel
    verdict = "within target" if speedup >= 1.6 else "UNDER TARGET"
    print(f"grade-batch parallel vs serial: {speedup:.2f}x faster (target 1.6x or more: {verdict})")
    plain, isolated = bench_isolated_grade()
    report("isolated grade vs pakru grade", plain, isolated, 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
