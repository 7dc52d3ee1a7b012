"""What a student sees: bare ``pytest`` in the course root grades their own work, in either edition."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT

EXERCISE = "01-validate-events"


def bare_pytest(root: Path, workspace: Path) -> subprocess.CompletedProcess[str]:
    """``pytest`` with no arguments in ``root``, grading the answers and exercises in ``workspace``."""
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs"]
    # The "--option=value" form: pytest takes a separate value for a path when it looks for the rootdir.
    command += [f"--quiz-answers={workspace / 'quizzes'}", f"--exercise-work={workspace / 'exercises'}"]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A student who has answered one question of the first quiz and started the first exercise."""
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "legacy.py").write_text('q01 = "nothing like this"\n', encoding="utf-8")
    (tmp_path / "exercises").mkdir()
    shutil.copy(REPO_ROOT / "exercises" / EXERCISE / "stub.py", tmp_path / "exercises" / f"{EXERCISE}.py")
    return tmp_path


def assert_grades_the_students_work(completed: subprocess.CompletedProcess[str]) -> None:
    out = completed.stdout
    assert "tests/" not in out, "bare pytest must not run the developers' suite"
    assert "quizzes/quiz_01_legacy.py" in out
    assert f"exercises/{EXERCISE}/checks.toml" in out
    assert "= quiz scores =" in out
    assert "coldwar: not started; run pakru quiz start coldwar" in out
    assert "= exercise scores =" in out
    assert f"{EXERCISE} " in out
    assert "02-rebuild-chronology: not started; run pakru start 02-rebuild-chronology" in out
    assert completed.returncode == pytest.ExitCode.TESTS_FAILED, out[-2000:]


def test_bare_pytest_in_the_course_root_grades_the_students_work(workspace: Path) -> None:
    assert_grades_the_students_work(bare_pytest(REPO_ROOT, workspace))


@pytest.mark.teaching_edition
def test_bare_pytest_grades_the_students_work_in_the_student_edition(workspace: Path, tmp_path: Path) -> None:
    edition = tmp_path / "student-edition"
    release = [sys.executable, "-m", "pakru.cli", "release", str(edition)]
    subprocess.run(release, cwd=REPO_ROOT, check=True, capture_output=True)
    assert not (edition / "instructor").exists()
    assert_grades_the_students_work(bare_pytest(edition, workspace))


SETUP_PAGE = REPO_ROOT / "course" / "setup.md"


def setup_section(heading: str) -> str:
    text = SETUP_PAGE.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_setup_page_has_a_student_quick_start_in_order() -> None:
    section = setup_section("Student quick start")
    steps = ["python3 -m venv .venv", 'pip install -e ".[test]"', "pakru next", "pytest quizzes"]
    positions = [section.index(step) for step in steps]
    assert positions == sorted(positions)


def test_setup_page_says_how_to_hand_in_and_never_with_a_results_file() -> None:
    section = setup_section("Handing in")
    assert "pakru submit" in section
    assert "--force" in section
    assert "Never hand in a results file" in section
    assert "forged" in section or "edited by anyone" in section


def test_setup_page_states_the_partial_credit_rule_as_the_grader_words_it() -> None:
    from pakru.quiz import PartialCredit

    section = " ".join(setup_section("Grading your quizzes").split())
    assert "(correct picks \N{MINUS SIGN} wrong picks) ÷ (number of correct choices)" in section
    assert f'"{PartialCredit(hits=2, wrongs=0, correct_count=3).message(2)}"' in section


def test_the_score_summary_needs_neither_pytest_nor_rich() -> None:
    # The batch and the Gradescope autograder print the same table without either.
    code = "import sys, pakru.score_summary; print(sorted({'pytest', '_pytest', 'rich'} & set(sys.modules)))"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[]"
