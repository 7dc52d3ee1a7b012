"""``pakru overlay check``: every key against its question, and no grading with a broken overlay."""

from __future__ import annotations

import shutil
import tomllib
import zipfile
from pathlib import Path

import pytest

from pakru.cli import main
from pakru.instructor_pipeline import overlay as overlay_module
from pakru.instructor_pipeline.overlay import OVERLAY_README, check_overlay_folder
from pakru.workspace import Course

DATA = Path(__file__).parent / "data"
HOSTILE = Path(__file__).parent / "hostile"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_for(overlay: Path, course: Path) -> list[str]:
    return check_overlay_folder(overlay, Course(course))


def test_the_demo_overlay_is_sound(course: Path, overlay: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert problems_for(overlay, course) == []
    assert main(["overlay", "check", str(overlay)]) == 0
    assert "valid key for every question" in capsys.readouterr().out


def test_a_list_for_a_number_question_is_named_with_file_and_key(
    course: Path, overlay: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = overlay / "quizzes" / "demo.toml"
    edit(keys, "answer = 1948", "answer = [5, 8]")
    assert main(["overlay", "check", str(overlay)]) == 1
    (line, summary) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"{keys}: [q03] answer: ")
    assert "[5, 8]" in line
    assert "1 problem(s)" in summary


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('answer = "b"', 'answer = "e"', "[q01] answer"),  # a letter beyond the options
        ('answer = "b"', 'answer = ["a", "b"]', "[q01] answer"),  # two letters for single choice
        ('answer = ["b", "c", "a"]', 'answer = ["a", "b", "c"]', "[q05] answer: the order a,b,c disagrees"),
        ('answer = ["b", "a"]', 'answer = ["b"]', "[q06] answer"),  # a match for one item of two
        ("[q06]", "[q99]", "[q99]: the quiz has no question 'q99'"),
    ],
)
def test_wrong_types_ranges_and_ids_are_problems(
    course: Path, overlay: Path, old: str, new: str, expected: str
) -> None:
    edit(overlay / "quizzes" / "demo.toml", old, new)
    problems = problems_for(overlay, course)
    assert any(expected in problem for problem in problems), problems
    assert all(problem.startswith(str(overlay)) for problem in problems)


def test_a_question_without_a_key_and_a_quiz_that_does_not_exist(course: Path, overlay: Path) -> None:
    keys = overlay / "quizzes" / "demo.toml"
    keys.write_text(keys.read_text(encoding="utf-8").split("[q06]")[0], encoding="utf-8")
    shutil.copyfile(keys, overlay / "quizzes" / "demo2.toml")
    problems = problems_for(overlay, course)
    assert f"{keys}: [q06]: no key for this question; every student would get 0 for it" in problems
    assert any(p.startswith(f"{overlay / 'quizzes' / 'demo2.toml'}: no quiz 'demo2'") for p in problems)


def test_a_key_written_for_another_version_of_the_question(course: Path, overlay: Path) -> None:
    keys = overlay / "quizzes" / "demo.toml"
    edit(course / "quizzes" / "quiz_demo.py", '"Simla", "Tashkent", "Moscow"', '"Simla", "Tashkent", "Kabul"')
    problems = problems_for(overlay, course)
    assert len(problems) == 1
    assert problems[0].startswith(f"{keys}: [q01] digest: the key was written for an earlier version")
    # A key without a digest cannot be vouched for either; the message gives the digest to add.
    text = keys.read_text(encoding="utf-8")
    keys.write_text("\n".join(line for line in text.splitlines() if not line.startswith("digest")), "utf-8")
    problems = problems_for(overlay, course)
    assert len(problems) == 6
    assert all("digest: missing; check the key against the question, then add digest" in p for p in problems)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("task = 2", "task = 7", "task 7 is not a task of 01-count-events"),
        ('call = "titles_for_lesson"', 'call = "os_system"', "call 'os_system' is not a function"),
        ('data = "events.csv"', 'data = "nope.csv"', "data = 'nope.csv' names a file that does not exist"),
        ('name = "hidden: lists lesson 1"', 'name = "lists lesson 2"', "the name is already used"),
    ],
)
def test_hidden_checks_must_fit_their_exercise(
    course: Path, overlay: Path, old: str, new: str, expected: str
) -> None:
    hidden = overlay / "exercises" / "01-count-events" / "hidden-checks.toml"
    edit(hidden, old, new)
    (problem,) = problems_for(overlay, course)
    name = tomllib.loads(hidden.read_text(encoding="utf-8"))["check"][0]["name"]
    assert problem.startswith(f"{hidden}: check {name!r}: {expected}")


def test_malformed_hidden_checks_and_unknown_exercises(course: Path, overlay: Path) -> None:
    hidden = overlay / "exercises" / "01-count-events" / "hidden-checks.toml"
    edit(hidden, "expect = [", "expected = [")
    (problem,) = problems_for(overlay, course)
    assert problem.startswith(str(hidden))
    assert "needs exactly one of" in problem
    edit(hidden, "expected = [", "expect = [")
    shutil.copytree(hidden.parent, overlay / "exercises" / "09-no-such")
    (problem,) = problems_for(overlay, course)
    assert "no exercise '09-no-such' in the course" in problem


def test_grade_batch_refuses_a_broken_overlay_and_keeps_the_gradebook(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    submissions = tmp_path / "submissions"
    shutil.copytree(HOSTILE / "all-correct" / "submission", submissions / "alice")
    gradebook = tmp_path / "gradebook.csv"
    gradebook.write_text("a good gradebook\n", encoding="utf-8")
    edit(overlay / "quizzes" / "demo.toml", "answer = 1948", "answer = [5, 8]")
    arguments = ["grade-batch", str(submissions), "--overlay", str(overlay), "--csv", str(gradebook)]
    assert main(arguments) == 2
    err = capsys.readouterr().err
    assert "[q03] answer" in err
    assert "nobody was graded" in err
    assert gradebook.read_text(encoding="utf-8") == "a good gradebook\n"
    assert not list(tmp_path.glob("gradebook.csv.*"))


def test_autograder_build_refuses_a_broken_overlay(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(overlay / "quizzes" / "demo.toml", 'answer = "b"', 'answer = "z"')
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 2
    assert "[q01] answer" in capsys.readouterr().err
    assert not bundle.exists()


def test_the_check_list_takes_one_more_check(
    course: Path, overlay: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    checks = [*overlay_module.OVERLAY_CHECKS, lambda keys, _course: [f"{keys.folder}: [variants]: demo"]]
    monkeypatch.setattr(overlay_module, "OVERLAY_CHECKS", checks)
    assert main(["overlay", "check", str(overlay)]) == 1
    assert f"{overlay}: [variants]: demo" in capsys.readouterr().err


def test_overlay_toml_is_written_by_a_toml_writer(course: Path, tmp_path: Path) -> None:
    import tomli_w

    keys = course / "instructor" / "quizzes" / "demo.toml"
    document = tomllib.loads(keys.read_text(encoding="utf-8"))
    expected = 'He said "Tashkent" \\ then left.\n[q02]\nanswer = "x"'
    document["q01"]["explanation"] = expected
    keys.write_text(tomli_w.dumps(document), encoding="utf-8")
    target = tmp_path / 'spring "A" ]'
    assert main(["overlay", "new", str(target)]) == 0
    assert tomllib.loads((target / "overlay.toml").read_text(encoding="utf-8")) == {"name": 'spring "A" ]'}
    written = tomllib.loads((target / "quizzes" / "demo.toml").read_text(encoding="utf-8"))
    assert written["q01"]["explanation"] == expected
    assert main(["overlay", "check", str(target)]) == 0


def test_the_readme_puts_variants_in_the_lms_export() -> None:
    assert "to grade a variant" not in OVERLAY_README
    assert "LMS export" in OVERLAY_README
    assert "pakru overlay check" in OVERLAY_README


def test_a_bundle_built_from_a_sound_overlay_carries_its_keys(
    course: Path, overlay: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 0
    assert "keys/quizzes/demo.toml" in zipfile.ZipFile(bundle).namelist()


def test_misspelt_keys_are_named_with_the_key_they_resemble(
    course: Path, overlay: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = overlay / "quizzes" / "demo.toml"
    edit(keys, "answer = 1948", "answer = 1948\ntolerence = 1")
    edit(keys, 'explanation = "SEATO', 'explaination = "SEATO')
    edit(overlay / "overlay.toml", "name =", "nmae =")
    assert main(["overlay", "check", str(overlay)]) == 1
    problems = capsys.readouterr().err.strip().splitlines()[:-1]
    assert problems == [
        f"{overlay / 'overlay.toml'}: unknown key 'nmae' (did you mean 'name'?)",
        f"{keys} [q02]: unknown key 'explaination' (did you mean 'explanation'?)",
        f"{keys} [q03]: unknown key 'tolerence' (did you mean 'tolerance'? a key has answer, "
        "explanation, digest only)",
    ]


def test_a_misspelt_answer_is_named_and_grading_refuses_it_with_the_usual_advice(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = overlay / "quizzes" / "demo.toml"
    edit(keys, 'answer = "b"', 'answr = "b"')
    submissions = tmp_path / "submissions"
    shutil.copytree(HOSTILE / "all-correct" / "submission", submissions / "alice")
    gradebook = tmp_path / "gradebook.csv"
    arguments = ["grade-batch", str(submissions), "--overlay", str(overlay), "--csv", str(gradebook)]
    assert main(arguments) == 2
    err = capsys.readouterr().err
    assert f"{keys} [q01]: unknown key 'answr' (did you mean 'answer'?)" in err
    assert "nobody was graded" in err
    assert f"pakru overlay check {overlay}" in err
    assert not gradebook.exists()
    assert main(["autograder", "build", "--overlay", str(overlay), str(tmp_path / "a.zip")]) == 2
    assert "unknown key 'answr'" in capsys.readouterr().err
    assert not (tmp_path / "a.zip").exists()


def test_a_bundle_is_never_written_into_a_folder_that_does_not_exist(
    course: Path, overlay: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "nonexistent" / "dir" / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 2
    assert capsys.readouterr().err == (
        f"pakru: {bundle}: no folder {bundle.parent}; create it first or choose another path\n"
    )
    assert not (tmp_path / "nonexistent").exists()


def test_the_bundle_setup_says_which_uid_runs_graded_code(
    course: Path, overlay: Path, tmp_path: Path
) -> None:
    from pakru.instructor_pipeline.sandbox import FALLBACK_UIDS

    bundle = tmp_path / "autograder.zip"
    assert main(["autograder", "build", "--overlay", str(overlay), str(bundle)]) == 0
    setup = zipfile.ZipFile(bundle).read("setup.sh").decode("utf-8")
    assert f"uids {FALLBACK_UIDS[0]} down to {FALLBACK_UIDS[-1]}" in setup
    assert "runs as 'nobody'" not in setup


def test_the_grading_guide_points_every_overlay_command_at_the_course() -> None:
    guide = (Path(__file__).parents[1] / "course" / "guide" / "class-grading.md").read_text(encoding="utf-8")
    commands = [
        line for line in guide.splitlines() if "pakru overlay new ../" in line or "$ pakru overlay" in line
    ]
    assert len(commands) >= 2
    assert all("--course" in line for line in commands), commands
