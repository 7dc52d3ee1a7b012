"""Write the hostile and broken submissions that the grading tests feed to the grader.

Each case is committed as ``tests/hostile/<case>/submission`` (laid out as a
student's working copy) beside ``expected.toml`` (its score and reason codes).
This script is their source: after changing a case, run
``python tests/hostile_submissions.py`` to rewrite them; a test checks that the
committed copies still match it. pytest's collection and ruff skip the folder:
these files are meant to misbehave.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
SOLUTION = (
    HERE / "data" / "demo-course" / "instructor" / "exercises" / "01-count-events" / "solution.py"
).read_text(encoding="utf-8")
GOOD_QUIZ = 'q01 = "b"\nq02 = ["a", "c"]\nq03 = 1948\nq04 = "USSR"\nq05 = "bca"\nq06 = ["b", "a"]\n'
STUB = (HERE / "data" / "demo-course" / "exercises" / "01-count-events" / "stub.py").read_text(
    encoding="utf-8"
)
EXERCISE = "workspace/exercises/01-count-events.py"
QUIZ = "workspace/quizzes/demo.py"
# The one path on the host that the writes-tmp case targets; tests look for this path only.
TMP_MARKER = "/tmp/pakru-hostile-writes-tmp-5c81e2"

CASES: dict[str, dict[str, str]] = {
    "all-correct": {EXERCISE: SOLUTION, QUIZ: GOOD_QUIZ},
    "infinite-loop": {
        EXERCISE: SOLUTION.replace(
            "def count_events(path: str) -> int:\n",
            "def count_events(path: str) -> int:\n    while True:\n        pass\n",
        ),
    },
    "exit-at-import": {EXERCISE: "import sys\nsys.exit(0)\n" + SOLUTION},
    "os-exit-at-import": {EXERCISE: "import os\nos._exit(0)\n" + SOLUTION},
    "segfault": {
        EXERCISE: SOLUTION
        + "\n\ndef count_events(path):\n    import ctypes\n    return ctypes.string_at(0)\n",
    },
    "megabytes-of-output": {
        EXERCISE: "print('x' * 5_000_000)\n"
        + SOLUTION
        + "\n\ndef count_events(path):\n    print('y' * 5_000_000)\n    return 'z' * 3_000_000\n",
    },
    "syntax-error": {EXERCISE: SOLUTION.replace("def titles_for_lesson(", "def titles_for_lesson((")},
    "deletes-files": {
        EXERCISE: (
            "import os, pathlib\n"
            "for path in pathlib.Path('..').resolve().rglob('*'):\n"
            "    try:\n"
            "        path.unlink() if path.is_file() else None\n"
            "    except OSError:\n"
            "        pass\n"
            "try:\n"
            "    pathlib.Path(__file__).write_text('oops')\n"
            "except OSError:\n"
            "    pass\n"
        )
        + SOLUTION,
    },
    "patches-the-checker": {
        EXERCISE: (
            "import builtins, json, sys\n"
            "json.dumps = lambda *args, **kwargs: '{\"value\": 3}'\n"
            "builtins.print = lambda *args, **kwargs: None\n"
            "sys.modules['pakru'] = None\n"
            "sys.stdout.write = lambda text: len(text)\n"
            "def count_events(path):\n    return 0\n"
            "def titles_for_lesson(path, lesson):\n    return []\n"
        ),
    },
    "forges-the-channel": {
        EXERCISE: (
            "import os\n"
            "for fd in range(3, 30):\n"
            "    try:\n"
            "        os.write(fd, b'{\"value\": 3}\\n' * 10)\n"
            "    except OSError:\n"
            "        pass\n"
            "def count_events(path):\n    return 0\n"
            "def titles_for_lesson(path, lesson):\n    return []\n"
        ),
    },
    "searches-for-keys": {
        # Looks where keys could really be (the grader's own folders first, then the usual roots)
        # and gives up after a fixed number of entries, so its run time never depends on the host.
        EXERCISE: (
            "import os\n"
            "MARKER = 'pakru-secret-marker'\n"
            "LIMIT = 5000\n"
            "def count_events(path):\n"
            "    here = os.path.abspath(os.getcwd())\n"
            "    tops = [here]\n"
            "    for _ in range(4):\n"
            "        here = os.path.dirname(here)\n"
            "        tops.append(here)\n"
            "    tops += ['/autograder', '/tmp', '/root', os.path.expanduser('~')]\n"
            "    found, seen = [], 0\n"
            "    for top in tops:\n"
            "        for folder, _dirs, files in os.walk(top):\n"
            "            seen += 1 + len(files)\n"
            "            if seen > LIMIT:\n"
            "                return found\n"
            "            for name in files:\n"
            "                if name.endswith('.toml'):\n"
            "                    try:\n"
            "                        with open(os.path.join(folder, name)) as handle:\n"
            "                            text = handle.read(100_000)\n"
            "                    except (OSError, UnicodeDecodeError):\n"
            "                        continue\n"
            "                    if MARKER in text:\n"
            "                        found.append(os.path.join(folder, name))\n"
            "    return found\n"
            "def titles_for_lesson(path, lesson):\n    return []\n"
        ),
    },
    "unexpected-type": {EXERCISE: SOLUTION + "\n\ndef count_events(path):\n    return object()\n"},
    "kills-classmates": {
        # For about a second per call, kills every grading child of the same batch it can see (those
        # whose folder sits beside its own), then reports the process ids it signalled.
        EXERCISE: (
            "import os, signal, time\n"
            "def _attack():\n"
            "    mine = os.path.realpath(os.getcwd())\n"
            "    batch = os.path.dirname(os.path.dirname(mine))\n"
            "    signalled = set()\n"
            "    stop = time.monotonic() + 1.0\n"
            "    while time.monotonic() < stop:\n"
            "        for name in os.listdir('/proc'):\n"
            "            if not name.isdigit() or int(name) == os.getpid():\n"
            "                continue\n"
            "            try:\n"
            "                where = os.path.realpath(os.readlink(f'/proc/{name}/cwd'))\n"
            "            except OSError:\n"
            "                continue\n"
            "            if where.startswith(batch + os.sep) and not where.startswith(mine):\n"
            "                try:\n"
            "                    os.kill(int(name), signal.SIGKILL)\n"
            "                    signalled.add(int(name))\n"
            "                except OSError:\n"
            "                    pass\n"
            "    return sorted(signalled)\n"
            "def count_events(path):\n    return _attack()\n"
            "def titles_for_lesson(path, lesson):\n    return _attack()\n"
        ),
        QUIZ: GOOD_QUIZ,
    },
    "reads-classmates": {
        # Looks for classmates' exercise files and for an instructor/ folder (the checkout's, or an
        # overlay's), walking up from its own folder and from the engine that runs it.
        EXERCISE: (
            "import os, sys\n"
            "LIMIT = 20000\n"
            "SKIP = {'.git', '.venv', 'node_modules', 'site-packages', '__pycache__', 'build', 'proc'}\n"
            "def count_events(path):\n"
            "    mine = os.path.realpath(os.getcwd())\n"
            "    tops, here = [], mine\n"
            "    while here != os.path.dirname(here):\n"
            "        here = os.path.dirname(here)\n"
            "        tops.append(here)\n"
            "    engine = os.path.realpath(sys.argv[0])\n"
            "    tops.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(engine))))\n"
            "    found, seen = set(), 0\n"
            "    for top in tops:\n"
            "        for folder, dirs, files in os.walk(top):\n"
            "            dirs[:] = sorted(d for d in dirs if d not in SKIP)\n"
            "            seen += 1 + len(files)\n"
            "            if seen > LIMIT:\n"
            "                return sorted(found)\n"
            "            if folder.startswith(os.path.dirname(mine)):\n"
            "                continue\n"
            "            if os.path.basename(folder) == 'instructor' and os.listdir(folder):\n"
            "                found.add(folder)\n"
            "            for name in files:\n"
            "                if name == '01-count-events.py':\n"
            "                    try:\n"
            "                        with open(os.path.join(folder, name), 'rb') as handle:\n"
            "                            handle.read(100)\n"
            "                    except OSError:\n"
            "                        continue\n"
            "                    found.add(os.path.join(folder, name))\n"
            "    return sorted(found)\n"
            "def titles_for_lesson(path, lesson):\n    return []\n"
        ),
        QUIZ: GOOD_QUIZ,
    },
    "writes-tmp": {
        # Leaves a file in /tmp; a sandboxed child has a /tmp of its own, gone when it ends.
        EXERCISE: (
            f"MARKER = {TMP_MARKER!r}\n"
            "def count_events(path):\n"
            "    with open(MARKER, 'w') as handle:\n"
            "        handle.write('written by a submission')\n"
            "    return 3\n"
            "def titles_for_lesson(path, lesson):\n    return []\n"
        ),
        QUIZ: GOOD_QUIZ,
    },
    "missing-file": {QUIZ: GOOD_QUIZ},
    "untouched-stub": {EXERCISE: STUB, QUIZ: GOOD_QUIZ},
    "memory-hog": {
        EXERCISE: SOLUTION + "\n\ndef count_events(path):\n    return len('x' * (4 * 1024 ** 3))\n",
    },
    "loops-at-import": {EXERCISE: "while True:\n    pass\n" + SOLUTION},
    "huge-result": {EXERCISE: SOLUTION + "\n\ndef count_events(path):\n    return 'x' * 200_000_000\n"},
    "quiz-code-not-run": {
        # Were the answer file ever run, it would leave a file beside itself in the submission.
        QUIZ: GOOD_QUIZ.replace(
            'q01 = "b"', "q01 = __import__('pathlib').Path(__file__).with_name('pwned').touch()"
        ),
    },
}


def write_case(root: Path, name: str, files: dict[str, str]) -> Path:
    submission = root / name / "submission"
    shutil.rmtree(submission, ignore_errors=True)
    submission.mkdir(parents=True)
    for relative, text in files.items():
        path = submission / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return submission


def write_cases(root: Path) -> Path:
    """Write every case as ``root/<case>/submission`` and return ``root``."""
    for name, files in CASES.items():
        write_case(root, name, files)
    bad = write_case(root, "non-utf8", {QUIZ: GOOD_QUIZ}) / EXERCISE
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(SOLUTION.encode("utf-8") + b"\n# caf\xe9\n")
    link = write_case(root, "symlink-outside", {QUIZ: GOOD_QUIZ}) / EXERCISE
    link.parent.mkdir(parents=True, exist_ok=True)
    os.symlink("/etc/passwd", link)
    folder = write_case(root, "deep-folder", {EXERCISE: SOLUTION, QUIZ: GOOD_QUIZ}) / "workspace"
    for _ in range(120):
        folder = folder / "d"
    folder.mkdir(parents=True)
    (folder / "keep.txt").write_text("deep\n", encoding="utf-8")
    return root


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit("usage: python tests/hostile_submissions.py [DIR]  (default: tests/hostile)")
    print(write_cases(Path(sys.argv[1]) if len(sys.argv) == 2 else HERE / "hostile"))
