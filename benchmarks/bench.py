"""Benchmarks for the course engine: ratios against baselines measured in the same run.

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``). Nothing here is a
pass/fail test: machines are noisy, so the script reports medians and ratios and
names each target.

Cases:

1. ``pytest quizzes`` (every quiz graded) against a bare ``pytest -p no:pakru``
   run of one trivial test. Target: 1.5x or less.
"""

from __future__ import annotations

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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
