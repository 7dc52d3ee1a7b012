"""Students' answer files: written from a quiz, read with ``ast`` and never executed.

An answer file assigns one plain Python literal to each question id::

    q01 = "b"
    q02 = ["a", "c"]
    q03 = 1966

A syntax error or a non-literal value spoils only the answer it is in; every
other answer in the file is still read. Nothing is silently ignored: a name that
is not a question of the quiz is reported with its line and the nearest
question id, and a file that cannot be read at all is reported once, with the
line where reading failed.
"""

from __future__ import annotations

import ast
import difflib
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from pakru.quiz import Matching, Quiz

ASSIGNMENT_START = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*=")
# An answer file is a few KiB; the batch grader refuses the same size.
MAX_ANSWER_BYTES = 256 * 1024
# Python adds "(detected at line N)" counted from the chunk it was given, not from the file.
DETECTED_AT = re.compile(r"\s*\(detected at line \d+\)")
SHOWN_ANSWER_CHARACTERS = 100


@dataclass(frozen=True)
class UnknownName:
    """An assignment to a name that is not a question of the quiz."""

    name: str
    line: int
    suggestion: str

    def describe(self, file_name: str) -> str:
        return (
            f"{file_name} line {self.line}: {self.name!r} is not a question of this quiz; "
            f"did you mean {self.suggestion}?"
        )


@dataclass
class AnswerSheet:
    """What one answer file says, question by question."""

    path: Path
    values: dict[str, object] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)
    missing_file: bool = False
    # Set when the file could not be read at all: said once, for the whole file, with its reason code.
    file_problem: str = ""
    file_reason: str = ""
    unknown: list[UnknownName] = field(default_factory=list)

    def unknown_for(self, question_id: str) -> UnknownName | None:
        """The misnamed assignment that was probably meant for ``question_id``."""
        return next((entry for entry in self.unknown if entry.suggestion == question_id), None)


def nearest_question(name: str, question_ids: set[str]) -> str:
    """The question id a student most likely meant: q7 → q07, Q1 → q01, q1O → q10."""
    ordered = sorted(question_ids)
    match = re.fullmatch(r"[qQ]_?([0-9oOlI]+)", name)
    if match:
        digits = match[1].translate(str.maketrans("oOlI", "0011"))
        for question_id in ordered:
            number = re.fullmatch(r"q(\d+)", question_id)
            if number and int(number[1]) == int(digits):
                return question_id
    close = difflib.get_close_matches(name.lower(), ordered, n=1, cutoff=0.0)
    return close[0] if close else ordered[0]


def shown_answer(answer: object) -> str:
    """The student's answer as they wrote it, on one line of reasonable length."""
    text = repr(answer)
    if len(text) > SHOWN_ANSWER_CHARACTERS:
        text = text[: SHOWN_ANSWER_CHARACTERS - 1] + "…"
    return text


def _read_statements(source: str, question_ids: set[str], sheet: AnswerSheet, first_line: int = 1) -> None:
    tree = ast.parse(source)
    for statement in tree.body:
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if not isinstance(target, ast.Name):
            continue
        line = first_line + statement.lineno - 1
        if target.id not in question_ids:
            sheet.unknown.append(UnknownName(target.id, line, nearest_question(target.id, question_ids)))
            continue
        try:
            sheet.values[target.id] = ast.literal_eval(statement.value)
            sheet.problems.pop(target.id, None)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            sheet.problems[target.id] = (
                f"{sheet.path.name} line {line}: not a plain value; "
                'write a string, number or list such as "b" or ["a", "c"]'
            )


class UnreadableFile(Exception):
    """A student's file that cannot be read at all, with its reason code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def read_student_text(path: Path, limit: int = MAX_ANSWER_BYTES) -> str:
    """A student's file as text; refuses huge and non-UTF-8 files, saying where the problem is."""
    size = path.stat().st_size
    if size > limit:
        raise UnreadableFile(
            "too-large",
            f"{path.name} is {size // 1024} KiB, larger than the {limit // 1024} KiB limit; "
            "an answer file needs one short answer per question",
        )
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            "not-utf8", f"{path.name} line {line}: not UTF-8 text; save it as UTF-8"
        ) from None


def read_answer_file(path: Path, question_ids: set[str]) -> AnswerSheet:
    """Read ``path`` without running it."""
    sheet = AnswerSheet(path)
    if not path.exists():
        sheet.missing_file = True
        return sheet
    try:
        source = read_student_text(path)
    except UnreadableFile as error:
        sheet.file_problem, sheet.file_reason = str(error), error.reason
        return sheet
    try:
        _read_statements(source, question_ids, sheet)
    except SyntaxError:
        sheet.unknown.clear()
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
            line = start + (error.lineno or 1)
            if name in question_ids:
                sheet.values.pop(name, None)
                sheet.problems[name] = (
                    f"{sheet.path.name} line {line}: Python cannot read this answer "
                    f"({DETECTED_AT.sub('', error.msg)}); "
                    'check the quotes and brackets, for example q01 = "b"'
                )
            else:
                sheet.unknown.append(UnknownName(name, line, nearest_question(name, question_ids)))


def answer_file_text(quiz: Quiz) -> str:
    """A fresh answer file for ``quiz``, with instructions and every question as a comment."""
    out = [
        f"# Answers for {quiz.title}",
        "#",
        "# Write each answer after the '=' as a plain Python value: a string in quotes,",
        "# a number, or a list in square brackets. Leave None for questions you skip.",
        "# Keep the names (q01, q02, ...) exactly as they are: other names are not graded.",
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
