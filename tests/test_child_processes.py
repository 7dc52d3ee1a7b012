"""Every child process the engine starts runs in its own session (the class-grading issue).

A child in its own session can be killed with everything it started, and cannot
signal the grader's process group; ``preexec_fn`` is never needed for that.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import REPO_ROOT

SOURCES = sorted((REPO_ROOT / "src" / "pakru").rglob("*.py"))
STARTERS = {"Popen", "run", "call", "check_call", "check_output"}


def subprocess_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in STARTERS
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "subprocess"
    ]


def test_the_engine_starts_child_processes() -> None:
    assert sum(len(subprocess_calls(path)) for path in SOURCES) >= 4


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: str(path.relative_to(REPO_ROOT)))
def test_every_child_process_gets_its_own_session(path: Path) -> None:
    for call in subprocess_calls(path):
        keywords = {keyword.arg: keyword.value for keyword in call.keywords}
        where = f"{path.relative_to(REPO_ROOT)}:{call.lineno}"
        session = keywords.get("start_new_session")
        assert isinstance(session, ast.Constant), f"{where}: pass start_new_session=True"
        assert session.value is True, f"{where}: pass start_new_session=True"
        assert "preexec_fn" not in keywords, (
            f"{where}: preexec_fn is unsafe with threads; set limits in the child"
        )
