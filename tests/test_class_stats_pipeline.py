"""``pakru stats`` on what ``pakru grade-batch --json-dir`` really writes, not on hand-made files."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from pakru.class_stats.computing import analyse
from pakru.class_stats.reading import read_class
from pakru.cli import main

DATA = Path(__file__).parent / "data"


@pytest.fixture
def graded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hostile_submissions: Path) -> Path:
    """The demo course's batch of three (all correct, a syntax error, a missing file), with JSON results."""
    root = tmp_path / "course"
    shutil.copytree(DATA / "demo-course", root)
    monkeypatch.chdir(root)
    monkeypatch.setenv("NO_COLOR", "1")
    overlay = tmp_path / "overlay"
    shutil.copytree(DATA / "demo-overlay", overlay)
    overlay.chmod(0o700)
    submissions = tmp_path / "submissions"
    for name, case in (("alice", "all-correct"), ("bob", "syntax-error"), ("carol", "missing-file")):
        shutil.copytree(hostile_submissions / case / "submission", submissions / name, symlinks=True)
    arguments = ["grade-batch", str(submissions), "--overlay", str(overlay), "--csv", str(tmp_path / "g.csv")]
    assert main([*arguments, "--json-dir", str(tmp_path / "results")]) == 0
    return tmp_path / "results"


def test_stats_reads_every_file_grade_batch_writes(
    graded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    html, table = tmp_path / "report.html", tmp_path / "stats.csv"
    assert main(["stats", str(graded), "--html", str(html), "--csv", str(table)]) == 0
    assert "warning" not in capsys.readouterr().out
    results = read_class(graded)
    assert results.warnings == []
    assert len(results.students) == 3
    report = analyse(results)
    assert {question.quiz for question in report.questions} == {"demo"}
    assert len(report.questions) >= 6
    alice = next(student for student in results.students if "alice" in student.student)
    assert alice.questions
    assert all(response.result == "correct" for response in alice.questions)
    assert all(response.normalised is not None for response in alice.questions)
    assert {check.exercise for check in report.checks} == {"01-count-events"}
    with table.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(report.questions)
