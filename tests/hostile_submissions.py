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
EXERCISE = "workspace/exercises/01-count-events.py"
QUIZ = "workspace/quizzes/demo.py"

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
    "missing-file": {QUIZ: GOOD_QUIZ},
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
