"""The page's script against the shared partial-credit cases that pytest's grader also meets.

``tests/data/partial-credit-cases.json`` is checked in Python by the quiz model's
tests; here every case runs through ``pakru-quiz.js`` in a browser, so the page
and ``pytest quizzes`` give the same score and say the same sentence.
"""

from __future__ import annotations

import json
from typing import Any

from conftest import REPO_ROOT

from .conftest import OpenPage
from .test_quiz import first_question

PARTIAL_CASES = json.loads((REPO_ROOT / "tests" / "data" / "partial-credit-cases.json").read_text("utf-8"))


def test_partial_credit_cases_match_python(open_page: OpenPage) -> None:
    quiz, _question = first_question("multiple")
    page = open_page(f"{quiz.lesson}.html").page
    in_page: list[dict[str, Any]] = page.evaluate(
        "(cases) => cases.map((c) => "
        "window.pakruQuiz.partialCredit(c.points, c.correct_count, c.hits, c.wrongs))",
        PARTIAL_CASES["cases"],
    )
    assert len(PARTIAL_CASES["cases"]) >= 10, "the cases file should cover many point and pick counts"
    mismatches = [
        f"{case}: page gives {got['score']} and {got['message']!r}"
        for case, got in zip(PARTIAL_CASES["cases"], in_page, strict=True)
        if (got["score"], got["message"]) != (case["score"], case["message"])
    ]
    assert not mismatches, "\n".join(mismatches)
