"""Every page in a real browser: no console errors, nothing from elsewhere, no serious axe findings."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import BuiltBook

from .conftest import PAGES, OpenPage

SERIOUS = {"serious", "critical"}


def serious_violations(results: dict[str, Any]) -> list[str]:
    """axe-core's serious and critical findings, a few offending elements each."""
    lines: list[str] = []
    for violation in results["violations"]:
        if violation.get("impact") not in SERIOUS:
            continue
        nodes = violation["nodes"]
        lines.append(
            f"axe {violation['impact']} [{violation['id']}] {violation['help']}: "
            f"{len(nodes)} element(s), see {violation['helpUrl']}"
        )
        for node in nodes[:3]:
            target = " ".join(str(part) for part in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary[:240]}")
    return lines


def page_problems(open_page: OpenPage, axe: Any, path: str) -> list[str]:
    visit = open_page(path)
    # Read the log before axe runs: axe re-fetches stylesheets for its CSS checks and
    # resolves the theme's @import "../basic.css" against the page, a 404 of its own.
    problems = visit.log.problems()
    return problems + serious_violations(axe.run(visit.page).response)


@pytest.mark.parametrize("path", PAGES)
def test_page(open_page: OpenPage, axe: Any, path: str) -> None:
    problems = page_problems(open_page, axe, path)
    assert not problems, f"{path}:\n" + "\n".join(problems)


def test_every_other_built_page(built_book: BuiltBook, open_page: OpenPage, axe: Any) -> None:
    """Pages the build adds beyond the known ones (a 404 page, say) meet the same bar."""
    html_dir = built_book.html_dir
    built = {
        path.relative_to(html_dir).as_posix()
        for path in html_dir.rglob("*.html")
        if not any(part.startswith("_") for part in path.relative_to(html_dir).parts)
    }
    problems = [
        f"{path}: {problem}"
        for path in sorted(built - set(PAGES))
        for problem in page_problems(open_page, axe, path)
    ]
    assert not problems, "\n".join(problems)
