"""Source-analysis tasks: files validate, lessons show the task, the instructor guide the rubrics."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from pakru.cli import main
from pakru.source_analysis import SourceAnalysisError, load_task, load_tasks, validate_tasks

ROOTS = Path(__file__).parent / "roots"
CONTENT_ROOT = ROOTS / "test-pakru-content"
TASKS = CONTENT_ROOT / "data" / "source-analysis"
DOCUMENTS = CONTENT_ROOT / "data" / "documents"
DEMO_COURSE = Path(__file__).parent / "data" / "demo-course"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


def page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def toml_value(item: Any) -> str:
    if isinstance(item, list):
        return "[" + ", ".join(toml_value(element) for element in item) + "]"
    if isinstance(item, int):
        return str(item)
    escaped = str(item).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def write_task(path: Path, data: dict[str, Any]) -> Path:
    lines = [f"{key} = {toml_value(value)}" for key, value in data.items() if key != "rubric"]
    for criterion in data.get("rubric", []):
        lines.append("[[rubric]]")
        lines += [f"{key} = {toml_value(value)}" for key, value in criterion.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def coldwar() -> dict[str, Any]:
    return tomllib.loads((TASKS / "coldwar.toml").read_text(encoding="utf-8"))


def test_fixture_tasks_load_in_lesson_order() -> None:
    tasks = load_tasks(TASKS)
    assert [(task.quiz_id, task.lesson) for task in tasks] == [("legacy", 1), ("coldwar", 2)]
    assert tasks[1].documents == ("tashkent-fixture-1966", "kremlin-fixture-2011")
    assert [criterion.weight for criterion in tasks[1].rubric] == [40, 30, 30]


def change_weight(data: dict[str, Any]) -> None:
    data["rubric"][0]["weight"] = 35


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (change_weight, "the rubric weights sum to 95; make them sum to 100"),
        (lambda data: data["rubric"].pop(), "give 3 to 5 rubric criteria, not 2"),
        (lambda data: data.pop("rubric"), "add the marking rubric as [[rubric]] tables"),
        (lambda data: data["rubric"][1].pop("weak"), "rubric entry 2: weak must be non-empty text"),
        (lambda data: data["rubric"][0].__setitem__("weight", 0), "weight must be a positive whole number"),
        (lambda data: data.__setitem__("documents", []), "documents must list one or two document ids"),
        (lambda data: data.__setitem__("documents", ["a", "b", "c"]), "documents must list one or two"),
        (lambda data: data.__setitem__("lesson", 5), "lesson must be one of [1, 2, 3, 4]"),
        (lambda data: data.pop("guidance"), "guidance must be non-empty text"),
        (lambda data: data.__setitem__("exemplar", "x"), "unknown field(s) exemplar"),
    ],
)
def test_bad_tasks_get_one_line_naming_the_file(tmp_path: Path, change: Any, message: str) -> None:
    data = coldwar()
    change(data)
    path = write_task(tmp_path / "coldwar.toml", data)
    with pytest.raises(SourceAnalysisError) as raised:
        load_task(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_documents_quiz_ids_and_exemplars_are_checked(tmp_path: Path) -> None:
    data = coldwar()
    data["documents"] = ["tashkent-fixture-1966", "no-such-document"]
    write_task(tmp_path / "coldwar.toml", data)
    exemplars = tmp_path / "exemplars"
    exemplars.mkdir()
    problems = validate_tasks(tmp_path, DOCUMENTS, {"legacy"}, exemplars)
    assert len(problems) == 3
    assert "'coldwar' is not a quiz id (legacy)" in problems[0]
    assert "document 'no-such-document' is not in" in problems[1]
    assert "no exemplar answer; write it in" in problems[2]
    assert problems[2].endswith("exemplars/coldwar.md")
    # The student edition has no exemplars to check.
    assert len(validate_tasks(tmp_path, DOCUMENTS, {"coldwar"}, None)) == 1


def test_pakru_dev_check_needs_an_exemplar_for_each_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "course-copy"
    shutil.copytree(DEMO_COURSE, root)
    (root / "data" / "documents").mkdir()
    shutil.copy(DOCUMENTS / "convention-fixture-1907.toml", root / "data" / "documents")
    (root / "course" / "references.bib").write_text(
        (CONTENT_ROOT / "refs.bib").read_text(encoding="utf-8"), encoding="utf-8"
    )
    tasks = root / "data" / "source-analysis"
    tasks.mkdir()
    shutil.copy(TASKS / "legacy.toml", tasks / "demo.toml")
    monkeypatch.chdir(root)
    monkeypatch.setenv("COLUMNS", "300")
    assert main(["dev", "check"]) == 1
    assert "no exemplar answer; write it in" in capsys.readouterr().out
    (root / "instructor" / "source-analysis").mkdir()
    (root / "instructor" / "source-analysis" / "demo.md").write_text("# Exemplar\n", encoding="utf-8")
    assert main(["dev", "check"]) == 0, capsys.readouterr().out


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_lesson_shows_the_task_but_not_the_rubric(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "lesson.html").read_text(encoding="utf-8")
    text = page_text(html)
    task = text[text.index("Source analysis") :]
    assert "Mediation or influence? Tashkent and after" in task
    assert "Documents: Tashkent Declaration (fixture) (10 January 1966); Medvedev meets Zardari" in task
    assert 'href="documents.html#document-kremlin-fixture-2011"' in html
    assert "served <em>Moscow’s</em> own interests" in html
    assert "<li><p>quotes both documents;</p></li>" in html
    assert "&lt;and escapes this&gt;" in html, "raw HTML in a data file is shown as text"
    for rubric_text in ("Use of the documents", "Quotes and", "Errors of fact", "Weight"):
        assert rubric_text not in task
    dependencies = {Path(dep).name for dep in app.env.dependencies["lesson"]}
    assert {"coldwar.toml", "tashkent-fixture-1966.toml", "kremlin-fixture-2011.toml"} <= dependencies


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_instructor_guide_shows_every_rubric_as_a_table(app: SphinxTestApp) -> None:
    app.build()
    html = (app.outdir / "instructor.html").read_text(encoding="utf-8")
    text = page_text(html)
    assert html.count('<table class="pakru-rubric docutils align-default"') == 2
    assert text.index("Lesson 1 (The historical legacy, to 1954): Decided over their heads") < text.index(
        "Lesson 2 (The Cold War, 1954–1991): Mediation or influence?"
    )
    assert "Criterion Weight Excellent Adequate Weak" in text
    assert "Use of the documents 40 Quotes and interprets both documents." in text
    assert "<em>interprets</em>" in html
    dependencies = {Path(dep).name for dep in app.env.dependencies["instructor"]}
    assert {"legacy.toml", "coldwar.toml"} <= dependencies
    # The folder's listing, so that a new task file re-reads the guide.
    listings = app.env.pakru_course_reads["instructor"]["listings"]
    assert any(key.endswith("source-analysis\0*.toml") for key in listings)


def test_unknown_task_warns_with_file_and_line(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    source = tmp_path / "src"
    shutil.copytree(CONTENT_ROOT, source)
    (source / "lesson.md").write_text(
        "# Lesson\n\n## Source analysis\n\n```{source-analysis} revival\n```\n", encoding="utf-8"
    )
    app = make_app("html", srcdir=source)
    app.build()
    (warning,) = [line for line in app.warning.getvalue().splitlines() if "lesson.md" in line]
    assert "lesson.md:5" in warning
    assert "revival.toml: no such source-analysis file" in warning
