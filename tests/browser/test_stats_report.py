"""The statistics report in Chromium from file://: no student script runs, it fits a phone, axe passes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pakru.class_stats.computing import analyse
from pakru.class_stats.reading import read_class
from pakru.class_stats.rendering import write_html
from test_class_stats import write_hostile_class

from .conftest import DESKTOP, PHONE, PageLog
from .test_pages import serious_violations

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats")
    write_hostile_class(folder / "results")
    path = folder / "report.html"
    write_html(analyse(read_class(folder / "results")), path)
    return path


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_report_from_file_runs_no_student_script(
    chromium_browser: Browser, axe: Any, report: Path, viewport: dict[str, int]
) -> None:
    context = chromium_browser.new_context(viewport=viewport, device_scale_factor=1)
    try:
        page = context.new_page()
        log = PageLog()
        page.on("console", log.on_console)
        page.on("pageerror", log.on_page_error)
        page.on("request", log.on_request)
        page.on("requestfailed", log.on_request_failed)
        page.goto(report.as_uri(), wait_until="load")
        page.locator("details").first.evaluate("details => { details.open = true }")
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("script, img, b, blink, iframe, object").count() == 0
        assert page.get_by_text("<script>window.pwned = 1</script>", exact=False).count() >= 1
        assert log.problems() == []
        # the page itself never scrolls sideways; wide tables scroll inside their own region
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0
        # ...and where a table is wider than the page, the page says so.
        hint = page.locator(".scroll-hint")
        tables_overflow = page.evaluate(
            "[...document.querySelectorAll('.table-scroll')].some(box => box.scrollWidth > box.clientWidth)"
        )
        assert hint.is_visible() == tables_overflow
        assert serious_violations(axe.run(page).response) == []
    finally:
        context.close()
