"""Literal dates in lessons cannot contradict the events file, and cited keys must exist.

The fixtures are in ``tests/data/lesson-dates``, checked against the content test root's events.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import BIB_FILE, COURSE_DIR, EVENTS_FILE, LESSON_FILES, REPO_ROOT
from pakru.cli import main
from pakru.devcheck import citation_problems, cited_keys, course_text_problems, lesson_date_problems
from pakru.events import PartialDate, load_events

FIXTURES = Path(__file__).parent / "data" / "lesson-dates"
FIXTURE_EVENTS = load_events(Path(__file__).parent / "roots" / "test-pakru-content" / "data" / "events.csv")
DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"


def test_a_hard_coded_date_that_disagrees_with_its_row_fails() -> None:
    (problem,) = lesson_date_problems(FIXTURES / "contradicts.md", FIXTURE_EVENTS, shown_as="contradicts.md")
    assert problem.startswith("contradicts.md:3: '13 March 1979' contradicts data/events.csv")
    assert "cento-exit is 12 March 1979" in problem
    assert "write {event}`cento-exit`" in problem


def test_agreeing_dates_quotations_captions_code_and_other_calendars_pass() -> None:
    assert lesson_date_problems(FIXTURES / "agrees.md", FIXTURE_EVENTS, require_roles=False) == []


@pytest.mark.parametrize(
    ("right", "wrong", "flagged"),
    [
        ("12 March 1979", "12 April 1979", "12 April 1979"),  # a month out
        ("24–26 October 1974", "25–27 October 1974", "25–27 October 1974"),  # a range shifted by a day
        ("10 January 1966", "11 January 1966", "11 January 1966"),  # named through a {term} role
        # A month alone is not compared with a row known to the day (see lesson_date_problems).
        ("in March 1979", "in February 1979", None),
    ],
)
def test_each_kind_of_literal_is_compared(
    tmp_path: Path, right: str, wrong: str, flagged: str | None
) -> None:
    lesson = tmp_path / "lesson.md"
    agrees = (FIXTURES / "agrees.md").read_text(encoding="utf-8")
    assert right in agrees
    lesson.write_text(agrees.replace(right, wrong, 1), encoding="utf-8")
    problems = lesson_date_problems(lesson, FIXTURE_EVENTS, require_roles=False)
    if flagged is None:
        assert problems == []
    else:
        assert len(problems) == 1
        assert f"{flagged!r} contradicts data/events.csv" in problems[0]


def test_a_lesson_that_uses_the_role_is_told_of_each_date_it_missed() -> None:
    (problem,) = lesson_date_problems(FIXTURES / "converted.md", FIXTURE_EVENTS, shown_as="converted.md")
    assert problem.startswith("converted.md:5: '10 January 1966' is the date of event tashkent-declaration")
    assert "write {event}`tashkent-declaration`" in problem


def test_a_lesson_without_any_role_is_told_of_each_day_date_the_events_file_holds() -> None:
    # The rule once applied only to lessons that already used the role; now it holds for every lesson.
    problems = lesson_date_problems(FIXTURES / "agrees.md", FIXTURE_EVENTS, shown_as="agrees.md")
    missed = [problem.split(": ", 1)[1].split(" is the date of event ")[0] for problem in problems]
    assert missed == ["'12 March 1979'", "'24–26 October 1974'", "'10 January 1966'", "'12 March 1979'"]
    assert all("so it follows data/events.csv" in problem for problem in problems)


def test_month_dates_and_dates_of_no_event_need_no_role(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson.md"
    lesson.write_text(
        "# Lesson\n\nPakistan left CENTO in March 1979. A budget was presented on 20 March 1979.\n",
        encoding="utf-8",
    )
    assert lesson_date_problems(lesson, FIXTURE_EVENTS) == []


@pytest.mark.parametrize("lesson", LESSON_FILES, ids=lambda path: path.stem)
def test_course_lessons_agree_with_the_events_file(lesson: Path) -> None:
    assert lesson_date_problems(lesson, load_events(EVENTS_FILE), shown_as=lesson.name) == []


def test_every_key_cited_in_the_course_is_in_the_bibliography() -> None:
    assert citation_problems(COURSE_DIR, BIB_FILE, root=REPO_ROOT) == []


def test_cited_keys_drop_pre_and_post_notes() -> None:
    text = (FIXTURES / "cites.md").read_text(encoding="utf-8")
    assert list(cited_keys(text)) == [
        "kux-disenchanted",
        "tashkent",
        "kux-disenchanted",
        "kux-disenchanted",
        "kux-disenchnated",
    ]


def test_a_missing_bibliography_key_is_named_with_file_and_line(tmp_path: Path) -> None:
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(FIXTURES / "cites.md", course / "cites.md")
    bib = Path(__file__).parent / "roots" / "test-pakru-content" / "refs.bib"
    (problem,) = citation_problems(course, bib, root=tmp_path)
    assert (
        problem
        == "course/cites.md:4: cites 'kux-disenchnated', which is not in refs.bib; add it or fix the key"
    )


def test_pakru_dev_check_fails_on_a_contradicting_date_and_a_missing_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    lessons = root / "course" / "lessons"
    lessons.mkdir()
    (lessons / "01-demo.md").write_text(
        "# Demo\n\nThe Tashkent Declaration was signed on 11 January 1966 {cite:p}`tashkent`.\n\n"
        "A claim {cite:p}`no-such-key`.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["dev", "check"]) == 1
    output = " ".join(capsys.readouterr().out.split())
    assert "course/lessons/01-demo.md:3: '11 January 1966' contradicts data/events.csv" in output
    assert "course/lessons/01-demo.md:5: cites 'no-such-key'" in output
    assert course_text_problems(root, root / "course" / "references.bib") != []


def test_partial_dates_of_the_fixture_are_what_the_tests_assume() -> None:
    by_id = {event.id: event for event in FIXTURE_EVENTS}
    assert by_id["cento-exit"].date == PartialDate(1979, 3, 12)
    assert by_id["tashkent-declaration"].date == PartialDate(1966, 1, 10)
