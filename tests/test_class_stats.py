"""``pakru stats``: reading results, the statistics, the report and the CSV, and bad input."""

from __future__ import annotations

import csv
import json
import statistics
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from conftest import REPO_ROOT
from pakru.class_stats import StatsError
from pakru.class_stats.computing import (
    FLAG_NEGATIVE,
    FLAG_TOO_EASY,
    FLAG_TOO_HARD,
    CourseIndex,
    analyse,
    answer_gloss,
    answer_text,
    pearson,
    percent,
    upper_lower_index,
)
from pakru.class_stats.course_index import course_index, lesson_number
from pakru.class_stats.reading import read_class
from pakru.class_stats.rendering import render_report, write_csv
from pakru.class_stats.simulate import EXERCISE_LESSONS, LESSONS, simulate_class
from pakru.cli import main
from pakru.workspace import Course, load_course_material

HOSTILE_ANSWER = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><b>bold</b>'
HOSTILE_OBJECTIVE = '"><svg onload="window.pwned = 3">'


def question_entry(
    quiz: str, question: str, normalised: Any, result: str, points: float, **extra: Any
) -> dict:
    data = {
        "kind": "quiz",
        "quiz": quiz,
        "question": question,
        "question_kind": "text",
        "objective": "obj",
        "result": result,
        "points": points,
        "max_points": 1.0,
        "answer": normalised,
        "normalised": normalised,
    }
    data.update(extra)
    return {"name": f"{quiz}.{question}", "score": points, "max_score": 1.0, "extra_data": data}


def check_entry(exercise: str, check: str, result: str) -> dict:
    points = 1.0 if result == "passed" else 0.0
    data = {"kind": "exercise", "exercise": exercise, "check": check, "result": result}
    data.update({"points": points, "max_points": 1.0})
    return {"name": f"{exercise}.{check}", "score": points, "max_score": 1.0, "extra_data": data}


def write_student(folder: Path, name: str, tests: list[dict]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    document = {"score": 0, "tests": tests, "extra_data": {"student": name, "confinement": "x", "reason": ""}}
    path = folder / f"{name}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def write_hostile_class(folder: Path) -> None:
    """Ten students; the most common wrong answer (and an objective id) is markup."""
    for number in range(10):
        right = number < 4
        answer = "durand line" if right else HOSTILE_ANSWER
        tests = [
            question_entry("q<i>uiz", "q1", answer, "correct" if right else "wrong", 1.0 if right else 0.0),
            question_entry(
                "q<i>uiz",
                "q2",
                '=HYPERLINK("http://example.invalid")',
                "wrong",
                0.0,
                objective=HOSTILE_OBJECTIVE,
            ),
            question_entry("q<i>uiz", "q3", "yes", "correct", 1.0),
            check_entry("01-<em>x</em>", "<u>check</u>", "passed" if right else "<blink>crashed</blink>"),
        ]
        write_student(folder, f"student-{number}", tests)


def run_stats(arguments: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(REPO_ROOT)  # pakru commands run inside the course
    return main(["stats", *arguments])


# --- the formulas -----------------------------------------------------------------------


def test_pearson_matches_the_standard_library() -> None:
    xs = [1.0, 0.0, 1.0, 1.0, 0.0, 0.5]
    ys = [7.0, 2.0, 5.0, 6.0, 4.0, 3.0]
    assert pearson(xs, ys) == pytest.approx(statistics.correlation(xs, ys))
    assert pearson([1.0, 1.0, 1.0], [1.0, 2.0, 3.0]) is None  # everyone right: undefined, not 0


def test_upper_lower_index_uses_27_percent_groups() -> None:
    # 11 takers: groups of round(2.97) = 3; the top three by rest score got it, the bottom three did not.
    scores = [0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0]
    rest = [float(value) for value in range(11)]
    assert upper_lower_index(scores, rest) == 1.0
    assert upper_lower_index(list(reversed(scores)), rest) == -1.0
    assert upper_lower_index([1.0, 0.0], [1.0, 2.0]) is None


def test_a_share_too_small_to_round_to_one_percent_is_never_zero() -> None:
    assert [percent(share) for share in (0.0, 1 / 300, 0.006, 0.27, None)] == ["0%", "<1%", "1%", "27%", "–"]


def test_answers_are_shown_in_a_readable_form() -> None:
    assert answer_text(["c", "a", "b"], "ordering") == "c → a → b"
    assert answer_text(["a", "c"], "multiple") == "a, c"
    assert answer_text({str(n): "abcdefghijk"[n] for n in range(1, 11)}, "matching").startswith(
        "1 → b; 2 → c;"
    )
    assert answer_text(1893.0, "numeric") == "1893"
    assert answer_text("", "short") == "(empty)"


def test_item_rest_correlation_leaves_the_question_out(tmp_path: Path) -> None:
    # q1 agrees with the rest of the quiz (q2 + q3) for every student but one.
    rows = [(1, 1, 1), (1, 1, 0), (0, 0, 1), (0, 0, 0), (1, 0, 1), (0, 1, 0)]
    for number, row in enumerate(rows):
        tests = [
            question_entry(
                "quiz", f"q{index + 1}", "x" if got else "y", "correct" if got else "wrong", float(got)
            )
            for index, got in enumerate(row)
        ]
        write_student(tmp_path, f"s{number}", tests)
    q1 = analyse(read_class(tmp_path)).questions[0]
    expected = statistics.correlation([float(r[0]) for r in rows], [float(r[1] + r[2]) for r in rows])
    assert q1.item_rest_r == pytest.approx(expected)
    assert q1.facility == pytest.approx(0.5)
    assert q1.share_correct == pytest.approx(0.5)


# --- the planted class ------------------------------------------------------------------


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    folder = tmp_path_factory.mktemp("class") / "results"
    return folder, simulate_class(folder, students=300)


def test_flags_match_what_the_generator_planted(simulated: tuple[Path, Any]) -> None:
    folder, planted = simulated
    report = analyse(
        read_class(folder), CourseIndex(lesson_of_quiz=LESSONS, lesson_of_exercise=EXERCISE_LESSONS)
    )
    found = {question.label: set(question.flags) for question in report.questions}
    assert found == planted.flags
    assert {FLAG_TOO_EASY, FLAG_TOO_HARD, FLAG_NEGATIVE} <= set().union(*found.values())
    # the planted common wrong answer is the only one a quarter of the class gave outside too-hard questions
    common = {
        question.label: question.common_wrong.text
        for question in report.questions
        if question.common_wrong
        and question.common_wrong.share >= 0.25
        and FLAG_TOO_HARD not in question.flags
    }
    assert common == planted.common_wrong
    negative = [question for question in report.questions if FLAG_NEGATIVE in question.flags]
    assert all(question.upper_lower_d is not None and question.upper_lower_d < 0 for question in negative)
    reteach = " ".join(f"{item.subject} {item.detail}" for item in report.reteach)
    exercise, check, reason = planted.hard_check
    assert f"Exercise {exercise}, check {check}" in reteach
    assert f"most often {reason}" in reteach
    assert "Question sim-one.q07" in reteach
    assert "“C”" in reteach
    assert [item.subject for item in report.review] == [f"Question {q.label}" for q in negative]


def test_unanswered_skipped_quizzes_and_mastery(simulated: tuple[Path, Any]) -> None:
    folder, _ = simulated
    report = analyse(
        read_class(folder), CourseIndex(lesson_of_quiz=LESSONS, lesson_of_exercise=EXERCISE_LESSONS)
    )
    by_label = {question.label: question for question in report.questions}
    # about 5 % never opened the second quiz: they are not its takers
    assert by_label["sim-one.q01"].takers == 300
    assert 270 <= by_label["sim-two.q01"].takers < 300
    assert all(0 < question.unanswered_share < 0.1 for question in report.questions)
    partial = by_label["sim-one.q04"]  # 2 points, half for a half-right answer
    assert partial.mean_points == pytest.approx(2 * partial.facility)
    assert partial.share_correct < partial.facility
    assert any(form.result == "partial" for form in partial.answer_forms)
    assert [lesson.label for lesson in report.lessons] == ["Lesson 1", "Lesson 2"]
    for row in (*report.objectives, *report.lessons):
        assert 0 <= row.mastered_share <= 1
        assert 0 < row.mean_score < 1
    assert {check.check: check.failures[0][0] for check in report.checks}["finds-gaps"] == "timeout"


def test_the_command_writes_the_report_and_the_csv(
    simulated: tuple[Path, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, planted = simulated
    html, table = tmp_path / "out" / "report.html", tmp_path / "out" / "stats.csv"
    html.parent.mkdir()
    assert run_stats([str(folder), "--html", str(html), "--csv", str(table)], monkeypatch) == 0
    assert "Analysed 300 students (14 questions, 5 flagged)" in " ".join(capsys.readouterr().out.split())
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {
        f"{row['quiz']}.{row['question']}": set(filter(None, row["flags"].split("; "))) for row in rows
    } == (planted.flags)
    tree = HTMLParser(html.read_text(encoding="utf-8"))
    assert tree.css_first("#reteach") is not None
    tables = tree.css("table")
    assert tables
    assert all(table.css_first("caption") for table in tables)
    assert all(header.attributes.get("scope") in {"col", "row"} for header in tree.css("th"))
    for chart in tree.css("svg.chart"):
        assert chart.css_first("title").text()
        assert chart.css_first("desc").text()
        assert chart.attributes["role"] == "img"


# --- escaping -------------------------------------------------------------------------


def test_student_text_is_never_live(tmp_path: Path) -> None:
    write_hostile_class(tmp_path / "results")
    page = render_report(analyse(read_class(tmp_path / "results")))
    tree = HTMLParser(page)
    assert tree.css("script") == []
    assert tree.css("img") == []
    assert tree.css("b") == []
    assert tree.css("blink") == []
    assert tree.css("u") == []
    assert tree.css("em") == []
    assert tree.css("i") == []
    assert [node.tag for node in tree.css("svg")] == ["svg"] * len(tree.css("svg.chart"))
    handlers = [
        f"{node.tag} {name}"
        for node in tree.root.traverse()
        for name in node.attributes
        if name.startswith("on")
    ]
    assert handlers == []
    text = tree.body.text()
    assert HOSTILE_ANSWER in text
    assert HOSTILE_OBJECTIVE in text
    assert "<blink>crashed</blink>" in text


def test_csv_cells_from_students_are_not_formulas(tmp_path: Path) -> None:
    write_hostile_class(tmp_path / "results")
    write_csv(analyse(read_class(tmp_path / "results")), tmp_path / "stats.csv")
    with (tmp_path / "stats.csv").open(encoding="utf-8", newline="") as handle:
        wrong = {row["question"]: row["common_wrong_answer"] for row in csv.DictReader(handle)}
    assert wrong["q2"] == '\'=HYPERLINK("http://example.invalid")'
    assert wrong["q1"] == HOSTILE_ANSWER


# --- bad input ------------------------------------------------------------------------


def test_a_missing_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_stats([str(tmp_path / "nowhere"), "--html", str(tmp_path / "r.html")], monkeypatch) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "nowhere: no such folder" in error


@pytest.mark.parametrize("option", ["--html", "--csv"])
def test_a_report_is_never_written_into_a_folder_that_does_not_exist(
    option: str,
    simulated: tuple[Path, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = {"--html": tmp_path / "r.html", "--csv": tmp_path / "r.csv"}
    paths[option] = tmp_path / "nowhere" / "deeper" / "r.out"
    arguments = [str(simulated[0]), *(text for name, path in paths.items() for text in (name, str(path)))]
    assert run_stats(arguments, monkeypatch) == 2
    error = capsys.readouterr().err
    refused = paths[option]
    assert error == f"pakru: {refused}: no folder {refused.parent}; create it first or choose another path\n"
    assert not (tmp_path / "nowhere").exists()
    assert not (tmp_path / "r.html").exists()


def test_a_folder_without_results_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert run_stats([str(tmp_path / "empty"), "--html", str(tmp_path / "r.html")], monkeypatch) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "no results here" in error
    assert "grade-batch --json-dir" in error
    assert not (tmp_path / "r.html").exists()


def test_a_malformed_file_is_skipped_with_a_warning_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "results"
    write_student(folder, "good", [question_entry("quiz", "q1", "x", "correct", 1.0)])
    (folder / "truncated.json").write_text('{"tests": [', encoding="utf-8")
    (folder / "wrong-shape.json").write_text('{"tests": {"a": 1}}', encoding="utf-8")
    write_student(
        folder, "old-format", [{"name": "quiz.q1", "score": 1, "extra_data": {"result": "correct"}}]
    )
    bad_points = question_entry("quiz", "q1", "x", "correct", 1.0)
    bad_points["extra_data"]["points"] = "one"
    write_student(folder, "bad-points", [bad_points])
    (folder / "latin1.json").write_bytes(b'{"tests": [], "extra_data": {"student": "\xe9"}}')
    assert run_stats([str(folder), "--html", str(tmp_path / "r.html")], monkeypatch) == 0
    out = capsys.readouterr().out
    warnings = [line for line in out.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 5, out
    for name, why in [
        ("truncated.json", "not valid JSON (line 1"),
        ("wrong-shape.json", "'tests' is not a list"),
        ("old-format.json", "no entry has extra_data of kind 'quiz' or 'exercise'"),
        ("bad-points.json", "test 1: 'points' is not a number"),
        ("latin1.json", "cannot read it"),
    ]:
        assert any(name in line and why in line for line in warnings), (name, warnings)
    assert "Analysed 1 students" in out
    assert (tmp_path / "r.html").is_file()


def test_nothing_readable_is_an_error_naming_a_file(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("not json", encoding="utf-8")
    with pytest.raises(StatsError, match=r"none of the results could be read \(skipped .*broken\.json"):
        read_class(tmp_path)


# --- other inputs ---------------------------------------------------------------------


def test_gradescope_export_is_read_from_its_metadata(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    results = {"tests": [question_entry("quiz", "q1", "durand line", "correct", 1.0)], "extra_data": {}}
    metadata = {
        "submission_101": {":submitters": [{":name": "A Student", ":sid": "1"}], ":results": results},
        "submission_102": {":submitters": [{":name": "B Student", ":sid": "2"}], ":results": None},
        "submission_103": {":submitters": [{":name": "C Student", ":sid": "3"}], ":results": results},
    }
    (tmp_path / "submission_101").mkdir()
    (tmp_path / "submission_metadata.yml").write_text(yaml.safe_dump(metadata), encoding="utf-8")
    read = read_class(tmp_path)
    assert [student.student for student in read.students] == ["submission_101", "submission_103"]
    assert read.warnings == [
        f"skipped {tmp_path / 'submission_metadata.yml'} submission_102: no autograder results"
    ]
    report = analyse(read)
    assert report.students == 2
    assert report.questions[0].facility == 1.0
    assert "A Student" not in render_report(report)


def test_the_course_gives_lessons_prompts_and_options() -> None:
    material = load_course_material(Course(REPO_ROOT))
    index = course_index(material.quizzes, material.exercises)
    assert lesson_number("lessons/01-legacy") == 1
    assert lesson_number("intro") is None
    assert sorted(set(index.lesson_of_quiz.values())) == [1, 2, 3, 4]
    assert set(index.lesson_of_exercise.values()) <= {1, 2, 3, 4}
    quiz = material.quizzes[0]
    assert index.prompts[(quiz.id, quiz.questions[0].id)] == quiz.questions[0].prompt
    single = next(
        (quiz.id, question)
        for quiz in material.quizzes
        for question in quiz.questions
        if question.kind == "single"
    )
    options = index.options[(single[0], single[1].id)]
    assert options == dict(single[1].choices())
    assert answer_gloss("b", options) == f"b: {options['b']}"
    assert (
        answer_gloss(["a", "b"], options)
        == answer_gloss("a,b", options)
        == f"a: {options['a']}; b: {options['b']}"
    )
    assert answer_gloss("durand line", options) == ""


def test_invalid_answers_are_shown_as_given_and_blank_ones_are_not_answers(tmp_path: Path) -> None:
    entries = [
        ("durand line", "durand line", "correct", 1.0),
        ("Durand Line.", "durand line", "correct", 1.0),
        ("1893?", None, "invalid-answer", 0.0),
        (None, None, "unanswered", 0.0),
    ]
    for number, (given, normalised, result, points) in enumerate(entries):
        entry = question_entry("quiz", "q1", normalised, result, points)
        entry["extra_data"]["answer"] = given
        write_student(tmp_path, f"s{number}", [entry, question_entry("quiz", "q2", "x", "correct", 1.0)])
    question = analyse(read_class(tmp_path)).questions[0]
    assert question.takers == 4
    assert question.unanswered_share == 0.25
    assert [(form.text, form.count, form.result) for form in question.answer_forms] == [
        ("durand line", 2, "correct"),
        ("1893?", 1, "invalid-answer"),
    ]
    assert question.common_wrong is not None
    assert question.common_wrong.text == "1893?"


def test_the_command_names_lessons_and_prompts_from_the_course(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiz = load_course_material(Course(REPO_ROOT)).quizzes[0]
    first = quiz.questions[0]
    for number, got in enumerate([1, 1, 0, 1]):
        tests = [
            question_entry(quiz.id, first.id, "x" if got else "y", "correct" if got else "wrong", float(got))
        ]
        tests.append(check_entry("01-validate-events", "some-check", "passed" if got else "timeout"))
        write_student(tmp_path / "results", f"s{number}", tests)
    assert run_stats([str(tmp_path / "results"), "--html", str(tmp_path / "r.html")], monkeypatch) == 0
    tree = HTMLParser((tmp_path / "r.html").read_text(encoding="utf-8"))
    lessons = [node.text() for node in tree.css("#caption-lessons ~ tbody th")]
    assert lessons == [f"Lesson 1: {quiz.title.partition(': ')[2]}"]
    assert first.prompt in tree.body.text()


def test_the_command_takes_the_course_from_an_option_when_run_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quiz = load_course_material(Course(REPO_ROOT)).quizzes[0]
    for number, got in enumerate([1, 0, 1]):
        entry = question_entry(quiz.id, quiz.questions[0].id, "x", "correct" if got else "wrong", float(got))
        write_student(tmp_path / "results", f"s{number}", [entry])
    monkeypatch.chdir(tmp_path)
    assert main(["stats", "results", "--html", "r.html", "--course", str(REPO_ROOT)]) == 0
    assert (
        quiz.questions[0].prompt in HTMLParser((tmp_path / "r.html").read_text(encoding="utf-8")).body.text()
    )


def test_a_quiz_nobody_took_and_a_class_with_only_exercises(tmp_path: Path) -> None:
    for number in range(3):
        blank = question_entry("unopened", "q1", None, "unanswered", 0.0)
        write_student(tmp_path / "results", f"s{number}", [blank, check_entry("01-x", "c", "passed")])
    report = analyse(read_class(tmp_path / "results"))
    (question,) = report.questions
    assert (question.takers, question.flags, question.item_rest_r) == (0, (), None)
    assert report.objectives == ()
    assert [(check.exercise, check.pass_rate) for check in report.checks] == [("01-x", 1.0)]
    assert report.reteach == ()
    tree = HTMLParser(render_report(report))
    assert "0 students took it" in tree.css_first("#caption-quiz-unopened").text()
