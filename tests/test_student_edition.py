"""The student edition's own test suite: what needs ``instructor/`` says so, and the rest runs there.

Running the whole suite again inside a released copy cost a minute or two. Instead, a static
check proves that every test reaching the course's ``instructor/`` carries the
``teaching_edition`` marker, and only the test files holding such tests run in the release,
where those tests must skip with a reason and the rest must pass.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT

TESTS_DIR = REPO_ROOT / "tests"
# Ways a test names the course's own keys and solutions (the demo course's instructor/ is test data).
COURSE_INSTRUCTOR = (
    'REPO_ROOT / "instructor"',
    "INSTRUCTOR_DIR",
    "COURSE.instructor_dir",
    "dev_check(COURSE",
)


def mentions_course_instructor(source: str) -> bool:
    # ast.unparse writes single quotes; the patterns use double ones.
    return any(pattern in source.replace("'", '"') for pattern in COURSE_INSTRUCTOR)


def is_marked(function: ast.FunctionDef, module_marked: bool) -> bool:
    return module_marked or any("teaching_edition" in ast.unparse(node) for node in function.decorator_list)


def unmarked_tests_needing_instructor(path: Path) -> list[str]:
    """Tests in ``path`` that reach the course's instructor/, directly or through a helper or fixture
    defined in the same file, without the ``teaching_edition`` marker."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    module_marked = any(
        isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "pytestmark" for target in node.targets)
        and "teaching_edition" in ast.unparse(node.value)
        for node in tree.body
    )
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    needing = {name for name, node in functions.items() if mentions_course_instructor(ast.unparse(node))}
    # Helpers and fixtures that call a needing helper need it too.
    changed = True
    while changed:
        changed = False
        for name, node in functions.items():
            if name in needing:
                continue
            called = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            arguments = {argument.arg for argument in node.args.args}
            if (called | arguments) & needing:
                needing.add(name)
                changed = True
    return [
        f"{path.name}::{name}"
        for name in sorted(needing)
        if name.startswith("test_") and not is_marked(functions[name], module_marked)
    ]


def suite_files() -> list[Path]:
    """Every test module but this one, whose own examples name instructor/ on purpose."""
    return sorted(path for path in TESTS_DIR.rglob("test_*.py") if path.name != Path(__file__).name)


def test_every_test_that_needs_instructor_is_marked() -> None:
    assert [name for path in suite_files() for name in unmarked_tests_needing_instructor(path)] == []


def test_the_static_check_finds_an_unmarked_test(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import pytest\n"
        'INSTRUCTOR_DIR = REPO_ROOT / "instructor"\n'
        "def models():\n    return INSTRUCTOR_DIR\n"
        "def test_uses_a_helper():\n    assert models()\n"
        "@pytest.mark.teaching_edition\ndef test_marked():\n    assert models()\n"
        "def test_plain():\n    assert True\n",
        encoding="utf-8",
    )
    assert unmarked_tests_needing_instructor(sample) == ["test_sample.py::test_uses_a_helper"]


@pytest.mark.teaching_edition
def test_the_student_edition_runs_the_tests_that_touch_instructor(tmp_path: Path) -> None:
    out = tmp_path / "student"
    release = [sys.executable, "-m", "pakru.cli", "release", str(out)]
    subprocess.run(release, cwd=REPO_ROOT, check=True, capture_output=True)
    touching = [
        str(path.relative_to(REPO_ROOT))
        for path in suite_files()
        if mentions_course_instructor(path.read_text(encoding="utf-8"))
    ]
    assert touching, "the static check should find the tests that prove the keys"
    base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    # Every test module still imports there...
    collected = subprocess.run([*base, "--collect-only", "tests"], cwd=out, capture_output=True, text=True)
    assert collected.returncode == 0, collected.stdout[-3000:]
    # ...and the tests that touch instructor/ skip with a reason while the rest of their files pass.
    completed = subprocess.run([*base, "-rs", *touching], cwd=out, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-2000:]
    skipped = [line for line in completed.stdout.splitlines() if line.startswith("SKIPPED")]
    assert skipped
    assert all("instructor/" in line for line in skipped)
