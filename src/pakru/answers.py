"""Students' answer files: written from a quiz, read with ``ast`` and never executed.

An answer file assigns one plain Python literal to each question id::

    q01 = "b"
    q02 = ["a", "c"]
    q03 = 1966

A syntax error or a non-literal value spoils only the answer it is in; every
other answer in the file is still read.
"""

from __future__ import annotations

import ast
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from pakru.quiz import Matching, Quiz

ASSIGNMENT_START = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*=")


@dataclass
class AnswerSheet:
    """What one answer file says, question by question."""

    path: Path
    values: dict[str, object] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    missing_file: bool = False


def _literal(node: ast.expr) -> object:
    return ast.literal_eval(node)


def _read_statements(source: str, question_ids: set[str], sheet: AnswerSheet, first_line: int = 1) -> None:
    tree = ast.parse(source)
    for statement in tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if not isinstance(target, ast.Name) or target.id not in question_ids:
            continue
        try:
            sheet.values[target.id] = _literal(statement.value)
            sheet.problems.pop(target.id, None)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            line = first_line + statement.lineno - 1
            sheet.problems[target.id] = (
                f'line {line}: not a plain value; write a string, number or list such as "b" or ["a", "c"]'
            )


def read_answer_file(path: Path, question_ids: set[str]) -> AnswerSheet:
    """Read ``path`` without running it."""
    sheet = AnswerSheet(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        sheet.missing_file = True
        return sheet
    except UnicodeDecodeError:
        sheet.problems = {
            question_id: f"{path.name} is not UTF-8 text; save it as UTF-8" for question_id in question_ids
        }
        return sheet
    try:
        _read_statements(source, question_ids, sheet)
    except SyntaxError:
        _read_chunk_by_chunk(source, question_ids, sheet)
    return sheet


def _read_chunk_by_chunk(source: str, question_ids: set[str], sheet: AnswerSheet) -> None:
    """Fall back to one assignment at a time so one typo spoils one answer only."""
    lines = source.splitlines()
    starts = [index for index, line in enumerate(lines) if ASSIGNMENT_START.match(line)]
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        chunk = "\n".join(lines[start:end])
        name = ASSIGNMENT_START.match(lines[start])["name"]  # type: ignore[index]
        try:
            _read_statements(chunk, question_ids, sheet, first_line=start + 1)
        except SyntaxError as error:
            if name in question_ids:
                line = start + (error.lineno or 1)
                sheet.values.pop(name, None)
                sheet.problems[name] = (
                    f"line {line}: Python cannot read this answer ({error.msg}); "
                    'check the quotes and brackets, for example q01 = "b"'
                )


def answer_file_text(quiz: Quiz) -> str:
    """A fresh answer file for ``quiz``, with instructions and every question as a comment."""
    out = [
        f"# Answers for {quiz.title}",
        "#",
        "# Write each answer after the '=' as a plain Python value: a string in quotes,",
        "# a number, or a list in square brackets. Leave None for questions you skip.",
        "# This file is yours: git does not track it and course updates never change it.",
        "# Grade it with:  pytest quizzes",
        "",
    ]
    for number, question in enumerate(quiz.questions, start=1):
        out.append(f"# {number}. [{question.kind_label}, {question.points_label}]")
        out.extend(f"# {line}" for line in textwrap.wrap(question.prompt, 76))
        if isinstance(question, Matching):
            out.extend(f"#   {index}) {item}" for index, item in enumerate(question.items, start=1))
            out.append("#   Options:")
        out.extend(f"#   {letter}) {text}" for letter, text in question.choices())
        out.append(f"# Answer with {question.answer_instructions}.")
        out.append(f"{question.id} = None")
        out.append("")
    return "\n".join(out)
