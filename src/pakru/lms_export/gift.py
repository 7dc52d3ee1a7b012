"""GIFT text, as Moodle's GIFT importer (``question/format/gift/format.php``) reads it.

A ``$CATEGORY:`` line per quiz and per bank, then one question per paragraph:
``::name::prompt{answers####general feedback}``. GIFT has no marks and no ordering
type of its own (the ordering plugin's ``{>...}`` syntax needs that plugin's reader), so
ordering questions are written as matching to positions; both limits are reported.
"""

from __future__ import annotations

import html

from pakru.lms_export.mapping import Bank, Export, LmsQuestion, LmsQuiz, ordering_as_matching, percent
from pakru.quiz import points_label

# Moodle's GIFT reader treats these as syntax unless a backslash escapes them (escapedchar_pre).
SPECIAL = ("\\", "~", "=", "#", "{", "}", ":")


def escape(text: str) -> str:
    """Plain course text as GIFT text: HTML-escaped for Moodle's auto-format, syntax escaped, one line."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    for character in SPECIAL:
        escaped = escaped.replace(character, "\\" + character)
    return escaped


def category_name(text: str) -> str:
    """A category path segment GIFT readers agree on: letters, digits and underscores."""
    return "".join(character if character.isalnum() else "_" for character in text)


def _answers(question: LmsQuestion) -> list[str]:
    if question.kind == "single":
        return [
            f"{'=' if fraction > 0 else '~'}{escape(option)}"
            for option, fraction in zip(question.options, question.choice_fractions, strict=True)
        ]
    if question.kind == "multiple":
        return [
            f"~%{percent(fraction)}%{escape(option)}"
            for option, fraction in zip(question.options, question.choice_fractions, strict=True)
        ]
    if question.kind == "short":
        return [f"={escape(form)}" for form in question.accepted_forms]
    if question.kind == "numeric":
        return [f"#{question.number}:{question.tolerance}"]
    if question.kind == "matching":
        pairs = [
            (item, question.option_for(letter))
            for item, letter in zip(question.items, question.correct, strict=True)
        ]
        # An option no item takes is a distractor: Moodle writes it with an empty left side.
        pairs += [("", option) for option in question.options if option not in {right for _, right in pairs}]
    else:
        pairs = ordering_as_matching(question)
    return [f"={escape(item)} -> {escape(right)}" for item, right in pairs]


def question_text(question: LmsQuestion) -> str:
    answers = "\n\t".join(_answers(question))
    return (
        f"// {question.ident} ({question.kind}, {points_label(question.points)}, "
        f"objective {question.objective})\n"
        f"::{escape(question.name)}::{escape(question.prompt)}"
        f"{{\n\t{answers}\n\t####{escape(question.explanation)}\n}}\n"
    )


def _bank(quiz: LmsQuiz, bank: Bank) -> list[str]:
    path = f"$course$/top/pakru/{category_name(quiz.id)}/{category_name(bank.question_id)}"
    return [f"$CATEGORY: {path}\n", *(question_text(question) for question in bank.questions)]


def gift_text(export: Export) -> bytes:
    blocks: list[str] = []
    for quiz in export.quizzes:
        blocks.append(f"// {quiz.title}\n$CATEGORY: $course$/top/pakru/{category_name(quiz.id)}\n")
        for bank in quiz.banks:
            blocks.extend(_bank(quiz, bank))
    return "\n".join(blocks).encode()
