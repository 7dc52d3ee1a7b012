"""Benchmarks for the course engine: ratios against baselines measured in the same run.

Run with ``nox -s bench`` (or ``python benchmarks/bench.py``). Nothing here is a
pass/fail test: machines are noisy, so the script reports medians and ratios and
names each target.

Cases:

1. ``pytest quizzes`` (every quiz graded) against a bare ``pytest -p no:pakru``
   run of one trivial test. Target: 1.5x or less.
2. ``grade-batch`` of 200 generated submissions on every core, inside the
   sandbox (bubblewrap where it runs), against the same batch graded serially
   (target: 1.6x faster or better on 2 cores) and against the same batch with
   ``PAKRU_SANDBOX=off`` (target: 0.7x its throughput or better; not measured
   where ``PAKRU_REQUIRE_SYSTEM_TOOLS`` refuses that setting). Reports
   submissions per second and the confinement measured.
3. One sandboxed grade of one submission against ``pakru grade`` of it, each in
   a fresh interpreter. Target: 1.5x or less. Reports the confinement measured.
4. A clean build of the course book against a bare build of the same sources
   (myst-parser and the alabaster theme only), and an incremental rebuild
   after touching one lesson against the same for the bare build. Targets:
   1.5x or less for the clean build, 1.3x or less for the rebuild. For
   reference it also times the same sources with sphinx-book-theme and no
   course extension: what the theme alone costs, which no course change can cut.
5. Lighthouse 12 (mobile preset, headless Chromium) on every lesson page of that
   build, served by a local server with gzip and without: medians of 3 runs of
   the four category scores and the KiB transferred. Targets: 100 in every
   category with gzip (performance 80 or more without); 300 KiB at most.
   Needs Node, npm (Lighthouse is installed from benchmarks/lighthouse's
   lockfile on first use) and chromium; skipped with a one-line message
   without them.

Every timed command runs once untimed first, and may cache bytecode even where
``PYTHONDONTWRITEBYTECODE`` is set (see ``TIMING_ENV``).

``python benchmarks/bench.py --only build lighthouse`` runs some cases only.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import mimetypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pakru.pdf import CHROMIUM_FLAGS, find_chromium

REPO_ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 7


# Timed runs are repeated runs, as on a developer's machine, where Python caches the bytecode
# of every module it imports. Where PYTHONDONTWRITEBYTECODE is set (some sandboxes and CI
# images), every run would compile this package again (installed in editable mode, it has no
# bytecode from a wheel), charging the course for how it is installed rather than for its work.
# So timed commands may cache bytecode, and each is run once untimed first.
TIMING_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run_quietly(command: Sequence[str], cwd: Path | None = None) -> None:
    subprocess.run(
        command, cwd=cwd, env=TIMING_ENV, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def median_seconds(command: Sequence[str], cwd: Path) -> float:
    run_quietly(command, cwd)  # untimed: caches bytecode
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run_quietly(command, cwd)
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


@dataclass(frozen=True)
class BatchTimings:
    """Seconds for the same batch graded three ways, and the confinements measured."""

    workers: int
    serial: float  # sandboxed, one worker
    parallel: float  # sandboxed, every core
    unsandboxed: float | None  # PAKRU_SANDBOX=off, every core; None where that is refused
    confinement: str
    unsandboxed_confinement: str
    refused: str = ""


@contextmanager
def sandbox_setting(value: str | None) -> Iterator[None]:
    """PAKRU_SANDBOX for this process and the workers it forks; restored afterwards."""
    from pakru.instructor_pipeline.sandbox import SANDBOX_VARIABLE

    before = os.environ.get(SANDBOX_VARIABLE)
    if value is None:
        os.environ.pop(SANDBOX_VARIABLE, None)
    else:
        os.environ[SANDBOX_VARIABLE] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(SANDBOX_VARIABLE, None)
        else:
            os.environ[SANDBOX_VARIABLE] = before


def bench_batch() -> BatchTimings:
    from pakru.events import load_events
    from pakru.exercises import discover_exercises
    from pakru.instructor_pipeline.batch import grade_batch
    from pakru.instructor_pipeline.overlay import teaching_keys
    from pakru.instructor_pipeline.sandbox import SandboxError, confinement_name
    from pakru.quiz import discover_quizzes
    from pakru.workspace import Course

    course = Course(DEMO_COURSE)
    quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))
    exercises = discover_exercises(course.exercises_dir)
    keys = teaching_keys(course)
    workers = os.cpu_count() or 2
    with tempfile.TemporaryDirectory() as scratch:
        submissions = Path(scratch) / "submissions"
        make_submissions(submissions)

        def seconds(workers: int, name: str) -> float:
            started = time.perf_counter()
            grade_batch(
                course,
                submissions,
                keys,
                quizzes,
                exercises,
                csv_path=Path(scratch) / f"{name}.csv",
                workers=workers,
            )
            return time.perf_counter() - started

        confinement = confinement_name()
        unsandboxed, unsandboxed_confinement, refused = None, "", ""
        with sandbox_setting("off"):
            try:
                unsandboxed_confinement = confinement_name()
            except SandboxError as error:
                refused = str(error)
            else:
                unsandboxed = seconds(workers, "off")
        parallel = seconds(workers, "parallel")
        serial = seconds(1, "serial")
    return BatchTimings(workers, serial, parallel, unsandboxed, confinement, unsandboxed_confinement, refused)


def report_batch(timings: BatchTimings) -> None:
    per_second = BATCH_SIZE / timings.parallel
    print(
        f"grade-batch of {BATCH_SIZE} under {timings.confinement}: {per_second:.1f} submissions/s "
        f"on {timings.workers} workers, {BATCH_SIZE / timings.serial:.1f}/s serially"
    )
    speedup = timings.serial / timings.parallel
    verdict = "within target" if speedup >= 1.6 else "UNDER TARGET"
    print(f"grade-batch parallel vs serial: {speedup:.2f}x faster (target 1.6x or more: {verdict})")
    if timings.unsandboxed is None:
        print(f"grade-batch sandboxed vs sandbox off: not measured ({timings.refused})")
        return
    share = timings.unsandboxed / timings.parallel
    verdict = "within target" if share >= 0.7 else "UNDER TARGET"
    print(
        f"grade-batch under {timings.confinement} vs PAKRU_SANDBOX=off ({timings.unsandboxed_confinement}): "
        f"{share:.2f}x the throughput (target 0.7x or more: {verdict})"
    )


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
            "from pakru.instructor_pipeline.overlay import teaching_keys\n"
            "from pakru.quiz import discover_quizzes\n"
            "from pakru.instructor_pipeline.submission import grade_submission\n"
            "from pakru.workspace import Course\n"
            "course = Course(Path('.'))\n"
            "quizzes = discover_quizzes(course.quizzes_dir, load_events(course.events_file))\n"
            "exercises = discover_exercises(course.exercises_dir)\n"
            "grade_submission(Path('.'), course, teaching_keys(course), quizzes, exercises)\n"
        )
        isolated = median_seconds([sys.executable, "-c", isolated_script], course)
    from pakru.instructor_pipeline.sandbox import describe
    from pakru.isolation import Limits

    print(f"isolated grade measured under {describe(Limits())}")
    return plain, isolated


def bench_stats() -> tuple[float, float]:
    """Reading 1,000 students' results JSON alone, against ``pakru stats`` on them (read, analyse, write).

    The two alternate within each round, so both meet the same load on a shared machine.
    """
    from pakru.class_stats.computing import analyse
    from pakru.class_stats.reading import read_class
    from pakru.class_stats.rendering import write_csv, write_html
    from pakru.class_stats.simulate import simulate_class

    reading, reporting = [], []
    with tempfile.TemporaryDirectory() as scratch:
        results = Path(scratch) / "results"
        simulate_class(results, students=1000)
        for _ in range(ROUNDS):
            started = time.perf_counter()
            [json.loads(path.read_bytes()) for path in sorted(results.glob("*.json"))]
            reading.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = analyse(read_class(results))
            write_html(report, Path(scratch) / "report.html")
            write_csv(report, Path(scratch) / "stats.csv")
            reporting.append(time.perf_counter() - started)
    return statistics.median(reading), statistics.median(reporting)


def report(name: str, baseline: float, measured: float, target: float) -> None:
    ratio = measured / baseline
    verdict = "within target" if ratio <= target else "OVER TARGET"
    print(
        f"{name}: {measured * 1000:.0f} ms vs baseline {baseline * 1000:.0f} ms = {ratio:.2f}x "
        f"(target {target}x or less: {verdict})"
    )


COURSE_DIR = REPO_ROOT / "course"
BUILD_ROUNDS = 7
TOUCHED_LESSON = COURSE_DIR / "lessons" / "02-cold-war.md"
# The course's own MyST settings, so that both builds parse the sources alike.
BARE_CONF = """\
project = "bare"
extensions = ["myst_parser"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist", "smartquotes"]
myst_heading_anchors = 3
myst_title_to_header = False
html_theme = "alabaster"
"""


def sphinx_build(confdir: Path, output: Path, *, clean: bool) -> float:
    """Seconds for one HTML build of the course sources; ``clean`` starts from nothing."""
    if clean:
        shutil.rmtree(output, ignore_errors=True)
    command = [sys.executable, "-m", "sphinx", "-q", "-b", "html", "-c", str(confdir)]
    command += ["-d", str(output / "doctrees"), str(COURSE_DIR), str(output / "html")]
    started = time.perf_counter()
    # The bare build warns about the course's own directives; only its time matters.
    run_quietly(command)
    return time.perf_counter() - started


def touch(path: Path) -> None:
    stamp = time.time()
    os.utime(path, (stamp, stamp))


BOOK_THEME_CONF = BARE_CONF.replace('html_theme = "alabaster"', 'html_theme = "sphinx_book_theme"')


@dataclass(frozen=True)
class BuildTimes:
    """Medians in seconds, by build ("bare", "theme", "course"), of clean builds and of rebuilds."""

    clean: dict[str, float]
    rebuild: dict[str, float]


def bench_book_build(scratch: Path) -> BuildTimes:
    """Medians of clean builds, then of rebuilds after touching one lesson, for each configuration.

    The builds alternate so that a slow spell on the machine hits all of them.
    """
    outputs: dict[str, tuple[Path, Path]] = {"course": (COURSE_DIR, scratch / "course")}
    for name, conf in (("bare", BARE_CONF), ("theme", BOOK_THEME_CONF)):
        confdir = scratch / f"{name}-conf"
        confdir.mkdir()
        (confdir / "conf.py").write_text(conf, encoding="utf-8")
        outputs[name] = (confdir, scratch / name)
    for confdir, output in outputs.values():  # untimed: caches bytecode
        sphinx_build(confdir, output, clean=True)
    clean: dict[str, list[float]] = {name: [] for name in outputs}
    incremental: dict[str, list[float]] = {name: [] for name in outputs}
    for _ in range(BUILD_ROUNDS):
        for name, (confdir, output) in outputs.items():
            clean[name].append(sphinx_build(confdir, output, clean=True))
            touch(TOUCHED_LESSON)
            incremental[name].append(sphinx_build(confdir, output, clean=False))
    median = statistics.median
    return BuildTimes(
        clean={name: median(times) for name, times in clean.items()},
        rebuild={name: median(times) for name, times in incremental.items()},
    )


LIGHTHOUSE_DIR = REPO_ROOT / "benchmarks" / "lighthouse"
LIGHTHOUSE_CLI = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
# The targets hold on every lesson page, so every lesson is measured.
LIGHTHOUSE_PAGES = [f"lessons/{path.stem}.html" for path in sorted((COURSE_DIR / "lessons").glob("*.md"))]
LIGHTHOUSE_RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 100, "accessibility": 100, "best-practices": 100, "seo": 100}
# The flags pakru.pdf prints with: headless, and quiet on a machine without internet access.
CHROME_FLAGS = " ".join(CHROMIUM_FLAGS)
COMPRESSIBLE = {".html", ".css", ".js", ".svg", ".json", ".txt", ".xml", ".inv"}


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves a built site; with ``compress``, gzips text as GitHub Pages and Read the Docs do."""

    compress = True

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and accepts_gzip and path.suffix in COMPRESSIBLE and path.is_file()):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Keep the benchmark's output to its results."""


class PlainSiteHandler(SiteHandler):
    """Serves a built site uncompressed, as from a lecturer's laptop."""

    compress = False


@contextmanager
def serve(root: Path, *, compress: bool) -> Iterator[str]:
    handler = functools.partial(SiteHandler if compress else PlainSiteHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse_missing() -> str | None:
    """Why the Lighthouse case cannot run here, or None; installs Lighthouse from the lockfile."""
    if shutil.which("node") is None:
        return "node is not installed"
    if chromium() is None:
        return "chromium is not installed (apt-get install chromium)"
    if not LIGHTHOUSE_CLI.is_file():
        if shutil.which("npm") is None:
            return "npm is not installed, so Lighthouse cannot be installed"
        print("installing Lighthouse from benchmarks/lighthouse/package-lock.json")
        command = ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"]
        if subprocess.run(command, cwd=LIGHTHOUSE_DIR, check=False).returncode != 0:
            return "'npm ci' failed in benchmarks/lighthouse"
    return None


def chromium() -> str | None:
    """CHROME_PATH, as Lighthouse reads it, else the browser that pakru.pdf would use."""
    return os.environ.get("CHROME_PATH") or find_chromium()


@dataclass(frozen=True)
class LighthouseRun:
    scores: dict[str, int]  # by category, 0-100
    kib: float  # transferred, with everything the page loads
    failing: frozenset[str]  # scored audits that lost points


def lighthouse_run(url: str, scratch: Path) -> LighthouseRun:
    report = scratch / "report.json"
    command = ["node", str(LIGHTHOUSE_CLI), url, "--quiet", "--output=json", f"--output-path={report}"]
    command += [f"--chrome-flags={CHROME_FLAGS}", f"--only-categories={','.join(CATEGORIES)}"]
    env = {**os.environ, "CHROME_PATH": chromium() or ""}
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    # Name what costs points, so that a lost point can be found without opening the report.
    failing = {
        ref["id"]
        for name in CATEGORIES
        for ref in data["categories"][name]["auditRefs"]
        if ref["weight"] > 0 and audits[ref["id"]]["score"] is not None and audits[ref["id"]]["score"] < 1
    }
    return LighthouseRun(
        scores={name: round(100 * (data["categories"][name]["score"] or 0)) for name in CATEGORIES},
        kib=audits["total-byte-weight"]["numericValue"] / 1024,
        failing=frozenset(failing),
    )


def bench_lighthouse(site: Path) -> None:
    for page in LIGHTHOUSE_PAGES:
        for compress in (True, False):
            with serve(site, compress=compress) as base, tempfile.TemporaryDirectory() as scratch:
                runs = [lighthouse_run(base + page, Path(scratch)) for _ in range(LIGHTHOUSE_RUNS)]
            report_lighthouse(page, runs, compress=compress)


def report_lighthouse(page: str, runs: list[LighthouseRun], *, compress: bool) -> None:
    scores = {name: statistics.median(run.scores[name] for run in runs) for name in CATEGORIES}
    kib = statistics.median(run.kib for run in runs)
    label = "gzip" if compress else "uncompressed"
    listed = ", ".join(f"{name} {score:.0f}" for name, score in scores.items())
    print(f"Lighthouse mobile, {page}, {label}: {listed}; {kib:.0f} KiB transferred")
    targets = {**TARGETS, "performance": TARGETS["performance"] if compress else 80}
    short = [f"{name} {scores[name]:.0f} < {goal}" for name, goal in targets.items() if scores[name] < goal]
    if compress and kib > 300:
        short.append(f"{kib:.0f} KiB > 300")
    failing = sorted(set().union(*(run.failing for run in runs)))
    verdict = "within targets" if not short else "OVER TARGET: " + "; ".join(short)
    print(f"  {verdict}" + (f" (audits losing points: {', '.join(failing)})" if failing else ""))


CASES = ("quizzes", "batch", "isolated", "build", "lighthouse", "stats")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", nargs="+", choices=CASES, default=CASES, help="run only these cases")
    parser.add_argument("--site", type=Path, help="Lighthouse an existing HTML build instead of building")
    args = parser.parse_args(argv)
    # Each case says how many runs its medians take: they differ (grading, builds, Lighthouse).
    if {"quizzes", "batch", "isolated", "stats"} & set(args.only):
        print(f"grading and statistics, medians of {ROUNDS} runs:")
    if "quizzes" in args.only:
        baseline, quizzes = bench_quiz_grading()
        report("pytest quizzes vs bare pytest", baseline, quizzes, 1.5)
    if "batch" in args.only:
        report_batch(bench_batch())
    if "isolated" in args.only:
        plain, isolated = bench_isolated_grade()
        report("isolated grade vs pakru grade", plain, isolated, 1.5)
    if "stats" in args.only:
        report("pakru stats on 1,000 students vs reading their JSON alone", *bench_stats(), 3.0)
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if "build" in args.only:
            times = bench_book_build(Path(scratch))
            print(f"book builds, medians of {BUILD_ROUNDS} runs:")
            report("  clean build vs bare build", times.clean["bare"], times.clean["course"], 1.5)
            rebuild = f"  rebuild after touching {TOUCHED_LESSON.name} vs bare rebuild"
            report(rebuild, times.rebuild["bare"], times.rebuild["course"], 1.3)
            for label, measured in (("clean build", times.clean), ("rebuild", times.rebuild)):
                print(
                    f"  for reference, {label} with sphinx-book-theme and no course extension: "
                    f"{measured['theme'] / measured['bare']:.2f}x bare; the course is "
                    f"{measured['course'] / measured['theme']:.2f}x that"
                )
            site = site or Path(scratch) / "course" / "html"
        if "lighthouse" in args.only:
            if missing := lighthouse_missing():
                print(f"Lighthouse skipped: {missing}.")
            else:
                if site is None:
                    sphinx_build(COURSE_DIR, Path(scratch) / "course", clean=True)
                    site = Path(scratch) / "course" / "html"
                print(f"Lighthouse, medians of {LIGHTHOUSE_RUNS} runs per page:")
                bench_lighthouse(site)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
