"""Write a :class:`~pakru.class_stats.computing.ClassReport` as one self-contained HTML file and a CSV.

The HTML comes from ``templates/stats/`` through :mod:`pakru.templating`, so
every value (students' answers above all) is escaped by Jinja2's autoescaping.
It loads nothing: styles are inline, charts are inline SVG, and there is no
script, which its Content-Security-Policy also forbids.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from pakru.class_stats.computing import (
    CSV_COLUMNS,
    MASTERY,
    TOO_EASY,
    TOO_HARD,
    UPPER_LOWER_SHARE,
    ClassReport,
    MasteryStats,
    QuestionStats,
    as_row,
    percent,
)
from pakru.templating import render

CHART_WIDTH = 360
VALUE_WIDTH = 52
LABEL_CHARACTER_WIDTH = 7.2  # at the chart's 12px font
BAR_HEIGHT = 16
BAR_GAP = 6
CHART_TOP = 24
SPREADSHEET_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    value_text: str
    note: str  # why it is highlighted ("" when it is not)
    y: float
    width: float


@dataclass(frozen=True)
class Guide:
    x: float
    label: str


def decimal(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}".replace("-", "\u2212")


def number(value: float) -> str:
    return f"{value:g}"


def bar_chart(
    chart_id: str,
    title: str,
    desc: str,
    rows: list[tuple[str, float, str]],
    guides: list[tuple[float, str]],
    *,
    as_percent: bool = False,
) -> Markup:
    """A horizontal bar chart of values in [0, 1] as inline SVG, with a title and a description."""
    label_width = 12 + LABEL_CHARACTER_WIDTH * max((len(label) for label, _, _ in rows), default=4)
    width = CHART_WIDTH + label_width
    plot_width = CHART_WIDTH - VALUE_WIDTH
    bars = [
        Bar(
            label=label,
            value=value,
            value_text=percent(value) if as_percent else f"{value:.2f}",
            note=note,
            y=CHART_TOP + position * (BAR_HEIGHT + BAR_GAP),
            width=max(0.0, min(1.0, value)) * plot_width,
        )
        for position, (label, value, note) in enumerate(rows)
    ]
    height = CHART_TOP + len(bars) * (BAR_HEIGHT + BAR_GAP) + 8
    return render(
        "stats/bar-chart.svg",
        chart_id=chart_id,
        title=title,
        desc=desc,
        bars=bars,
        guides=[Guide(label_width + value * plot_width, label) for value, label in guides],
        width=f"{width:.0f}",
        height=height,
        label_width=label_width,
        plot_width=plot_width,
        bar_height=BAR_HEIGHT,
        scale_end="100%" if as_percent else "1",
    )


def facility_chart(quiz: str, questions: list[QuestionStats]) -> Markup:
    flagged = sum(1 for question in questions if question.flags)
    return bar_chart(
        f"facility-{quiz}",
        f"Facility of each question in the quiz {quiz}",
        f"One bar per question, from 0 (nobody earned the points) to 1 (everybody did); guide lines at "
        f"{TOO_HARD} (too hard) and {TOO_EASY} (too easy). {flagged} of {len(questions)} questions are "
        "flagged. The table below gives the same values.",
        [(question.question, question.facility, ", ".join(question.flags)) for question in questions],
        [(TOO_HARD, f"{TOO_HARD}"), (TOO_EASY, f"{TOO_EASY}")],
    )


def mastery_chart(chart_id: str, what: str, rows: list[MasteryStats]) -> Markup:
    return bar_chart(
        chart_id,
        f"Share of students who mastered each {what}",
        f"One bar per {what}: the share of students with at least {MASTERY:.0%} of its points. "
        "The table below gives the same values.",
        [(row.key, row.mastered_share, "") for row in rows],
        [(0.5, "50%")],
        as_percent=True,
    )


def render_report(report: ClassReport) -> str:
    by_quiz = {quiz: [q for q in report.questions if q.quiz == quiz] for quiz in report.quizzes}
    html = render(
        "stats/report.html",
        report=report,
        by_quiz=by_quiz,
        facility_charts={quiz: facility_chart(quiz, questions) for quiz, questions in by_quiz.items()},
        objective_chart=mastery_chart("mastery-objectives", "objective", list(report.objectives)),
        lesson_chart=mastery_chart("mastery-lessons", "lesson", list(report.lessons)),
        percent=percent,
        decimal=decimal,
        number=number,
        too_easy=TOO_EASY,
        too_hard=TOO_HARD,
        mastery=MASTERY,
        upper_lower_share=UPPER_LOWER_SHARE,
    )
    return str(html) + "\n"


def write_html(report: ClassReport, path: Path) -> None:
    path.write_text(render_report(report), encoding="utf-8")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet shows as text: a student's ``=HYPERLINK(...)`` must not become a formula."""
    if isinstance(value, str) and value.startswith(SPREADSHEET_FORMULA_START):
        return "'" + value
    return value


def write_csv(report: ClassReport, path: Path) -> None:
    rows = [as_row(question) for question in report.questions]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in rows)
