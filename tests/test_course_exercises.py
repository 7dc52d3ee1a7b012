"""The course's own exercises: enough of them, well formed, and sound by ``pakru dev check``."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import BIB_FILE, REPO_ROOT
from pakru.devcheck import dev_check, structure_problems
from pakru.exercises import Exercise, discover_exercises
from pakru.workspace import Course

COURSE = Course(REPO_ROOT)
EXERCISES = discover_exercises(COURSE.exercises_dir)
exercise_params = pytest.mark.parametrize("exercise", EXERCISES, ids=lambda exercise: exercise.name)


def test_at_least_two_exercises_per_lesson_and_eight_in_all() -> None:
    per_lesson = Counter(exercise.lesson for exercise in EXERCISES)
    assert len(EXERCISES) >= 8
    assert all(per_lesson[lesson] >= 2 for lesson in (1, 2, 3, 4)), per_lesson


@exercise_params
def test_readme_names_the_skill_and_the_insight(exercise: Exercise) -> None:
    readme = exercise.readme.read_text(encoding="utf-8")
    assert "Python skill" in readme
    assert "Historical insight" in readme
    assert structure_problems(exercise) == []


@exercise_params
def test_stub_speaks_to_the_student(exercise: Exercise) -> None:
    stub = exercise.stub.read_text(encoding="utf-8")
    assert stub.count("TODO (student)") >= len(exercise.tasks)
    assert all(f"def {function}(" in stub for function in exercise.functions)


@pytest.mark.teaching_edition
def test_dev_check_passes() -> None:
    """The rustlings rule: every stub fails, every solution passes, and the data validate."""
    assert dev_check(COURSE, EXERCISES, BIB_FILE) == []


# Each rule a README states, by a phrase of the README, and the check row that enforces it.
# Found by reading every "must", "raise" and "refuse" of exercises 02-09 (issue 10's audit).
README_RULES: dict[str, list[tuple[int, str, str]]] = {
    "02-rebuild-chronology": [
        (4, "when either id is not\nin the file", "an unknown id is refused"),
        (4, "when either id is not\nin the file", "an unknown first id is refused too"),
    ],
    "03-events-by-era": [
        (
            1,
            "Raise `ValueError` for text that is not a date in one of those forms",
            "a month without its leading zero",
        ),
        (1, "Raise `ValueError` for text that is not a date in one of those forms", "a year of two digits"),
    ],
    "04-alliance-overlap": [
        (1, "if either date is not a full date", "an end known only to the month is not a full date"),
        (4, "`ValueError` if the treaty's own end is not recorded", "a treaty whose end is not recorded"),
    ],
    "05-visit-gaps": [
        (1, '`"1999-4"`', "a month without its leading zero"),
        (1, '`"1999-13"`', "a month that does not exist"),
        (
            2,
            "keep only `bilateral` rows unless `include_multilateral` is true",
            "summits are left out unless asked for",
        ),
        (2, "and by id when two start on the same day", "visits on the same day in order of id"),
        (3, "Fewer than two visits give `[]`", "fewer than two visits have no gaps"),
        (
            4,
            "When two gaps are equally long, return the earlier one",
            "of two equally long silences the earlier",
        ),
        (4, "or no visits at all", "no visits at all"),
    ],
    "06-text-timeline": [
        (2, "and for an unknown confidence as in task 1", "an unknown confidence is refused here too"),
        (3, "A lesson with no events gives `[]`", "a lesson with no events"),
        (4, "or `first_year` is later than `last_year`", "a first year after the last"),
    ],
    "07-trade-years": [
        (1, 'For `"calendar"` the period must be a four-digit year', "a fiscal year is not a calendar year"),
        (1, '`"unstated"` included', "an unstated basis has no months"),
        (2, "Raise `ValueError` when a row has no total", "a row without a total"),
        (3, "the same `reporter`", "two reporters are not one series"),
        (3, "both have known months", "unknown months are refused"),
        (3, "no gap, no overlap, and `first` comes first", "a gap between the years is refused"),
        (3, "no gap, no overlap, and `first` comes first", "the later year first is refused"),
        (4, "when the two periods are not equally long", "periods of different lengths"),
        (4, "when `later` does not begin after `earlier` ends", "the later figure must come later"),
        (4, "Periods with a gap between them are allowed", "a gap between the years is allowed"),
    ],
    "08-scenario-weights": [
        (1, "Raise `ValueError` for an empty dictionary", "no weights at all"),
        (1, "`True` and `False` do not count as numbers here", "True is not a weight"),
        (1, "for a weight that is not a number", "text is not a weight"),
        (2, "or names one that has none", "a scenario that scores a driver without a weight"),
        (2, "when a score is not a number", "a score that is not a number"),
        (2, "when a score is below 0 or above 3", "a score below the scale"),
        (3, "An empty `scenarios` gives `[]`", "no scenarios to rank"),
    ],
    "09-frontier-distances": [
        (1, "or a longitude outside -180 to 180", "a longitude beyond 180"),
        (
            2,
            "A map id must match a whole entry of the `maps` column, never part of one",
            "part of a map id is not a map",
        ),
        (3, "places at the same distance are in order of id", "places at the same distance in order of id"),
        (4, "if none comes that close, return all the steps", "a limit no annexation reaches"),
    ],
}


@pytest.mark.parametrize(
    ("exercise_name", "task", "rule", "check_name"),
    [(name, *rule) for name, rules in README_RULES.items() for rule in rules],
    ids=lambda value: str(value)[:40],
)
def test_each_readme_rule_has_a_check_row(exercise_name: str, task: int, rule: str, check_name: str) -> None:
    exercise = next(exercise for exercise in EXERCISES if exercise.name == exercise_name)
    assert rule in exercise.readme.read_text(encoding="utf-8"), "the README no longer states this rule"
    assert [check.name for check in exercise.checks if check.task == task].count(check_name) == 1


@pytest.mark.parametrize(
    ("exercise_name", "function"),
    [("01-validate-events", "parse_date"), ("02-rebuild-chronology", "date_key")],
)
def test_a_task_that_asks_for_a_tuple_checks_for_one(exercise_name: str, function: str) -> None:
    exercise = next(exercise for exercise in EXERCISES if exercise.name == exercise_name)
    assert "returns a tuple" in exercise.readme.read_text(encoding="utf-8")
    value_checks = [check for check in exercise.checks if check.call == function and check.has_expect]
    assert value_checks
    assert {check.expect_type for check in value_checks} == {"tuple"}
