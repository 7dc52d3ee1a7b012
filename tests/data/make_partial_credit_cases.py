"""Regenerate ``partial-credit-cases.json`` after a deliberate change to the partial-credit rule.

Run ``python tests/data/make_partial_credit_cases.py`` and review the diff: the page's
pakru-quiz.js is held to the same file by the browser tests, so the self-check and
pytest give the same points and the same words for the same answer.
"""

from __future__ import annotations

import json
from pathlib import Path

from pakru.quiz import PartialCredit


def build_cases() -> dict[str, object]:
    cases: list[dict[str, object]] = []
    for points in (1, 2, 3):
        for correct_count in (1, 2, 3, 4):
            for hits in range(correct_count + 1):
                for wrongs in range(3):
                    credit = PartialCredit(hits, wrongs, correct_count)
                    score = credit.score(points)
                    if 0 < score < points:
                        cases.append(
                            {
                                "points": points,
                                "correct_count": correct_count,
                                "hits": hits,
                                "wrongs": wrongs,
                                "score": score,
                                "message": credit.message(points),
                            }
                        )
    return {
        "description": "Partial credit for multiple-select questions, checked in Python "
        "(tests/test_quiz_model.py) and in the page's pakru-quiz.js (browser tests): "
        "score = points x max(0, hits - wrongs) / correct_count, rounded half-up to two decimals.",
        "cases": cases,
    }


if __name__ == "__main__":
    target = Path(__file__).with_name("partial-credit-cases.json")
    target.write_text(json.dumps(build_cases(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}")
