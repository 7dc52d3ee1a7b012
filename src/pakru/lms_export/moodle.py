"""Moodle XML, as Moodle's question bank imports it (``question/format/xml/format.php``).

One category per quiz and, under it, one subcategory per bank, so that a Moodle quiz
adds "a random question" from each subcategory. Only elements and attributes that
Moodle's importer reads are written (``tests/test_lms_export_moodle.py`` holds the list).
Ordering questions use the ``ordering`` question type, which ships in Moodle's own tree
from Moodle 4.4 (``question/type/ordering``) and reads them through its ``import_from_xml``.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

from pakru.lms_export.mapping import Bank, Export, LmsQuestion, LmsQuiz, percent
from pakru.quiz import letters_for

COURSE_CATEGORY = "Pakistan–Russia course"
COMBINED_FEEDBACK = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")


def html_paragraphs(text: str) -> str:
    """Plain course text as the HTML Moodle stores: escaped, one paragraph per blank-line block."""
    blocks = [block.strip() for block in text.strip().split("\n\n") if block.strip()]
    return "".join(f"<p>{html.escape(' '.join(block.split()), quote=False)}</p>" for block in blocks)


def category_segment(name: str) -> str:
    # Moodle splits category paths on "/" and reads "//" as a literal slash.
    return name.replace("/", "//")


def _text(parent: ET.Element, tag: str, value: str, *, text_format: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text_format:
        element.set("format", text_format)
    ET.SubElement(element, "text").text = value
    return element


def _category(quiz_element: ET.Element, path: str, info: str, idnumber: str) -> None:
    question = ET.SubElement(quiz_element, "question", type="category")
    category = ET.SubElement(question, "category")
    ET.SubElement(category, "text").text = f"$course$/top/{path}"
    _text(question, "info", html_paragraphs(info))
    ET.SubElement(question, "idnumber").text = idnumber


def _common(element: ET.Element, question: LmsQuestion) -> None:
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = question.name
    _text(element, "questiontext", html_paragraphs(question.prompt))
    _text(element, "generalfeedback", html_paragraphs(question.explanation))
    ET.SubElement(element, "defaultgrade").text = str(question.points)
    ET.SubElement(element, "penalty").text = "0"
    ET.SubElement(element, "idnumber").text = question.ident
    tags = ET.SubElement(element, "tags")
    for tag in (f"pakru-{question.kind}", f"objective:{question.objective}"):
        ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag


def _combined_feedback(element: ET.Element, *, shownumcorrect: bool = True) -> None:
    for tag in COMBINED_FEEDBACK:
        _text(element, tag, "")
    if shownumcorrect:  # the ordering type's importer does not read it
        ET.SubElement(element, "shownumcorrect")


def _answer(parent: ET.Element, fraction: str, text: str, *, text_format: str | None) -> None:
    answer = ET.SubElement(parent, "answer", fraction=fraction)
    if text_format:
        answer.set("format", text_format)
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", "")


def question_element(question: LmsQuestion) -> ET.Element:
    qtype = {
        "single": "multichoice",
        "multiple": "multichoice",
        "short": "shortanswer",
        "numeric": "numerical",
        "matching": "matching",
        "ordering": "ordering",
    }[question.kind]
    element = ET.Element("question", type=qtype)
    _common(element, question)
    if question.kind in ("single", "multiple"):
        ET.SubElement(element, "single").text = "true" if question.kind == "single" else "false"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        _combined_feedback(element)
        for option, fraction in zip(question.options, question.choice_fractions, strict=True):
            _answer(element, percent(fraction), html_paragraphs(option), text_format="html")
    elif question.kind == "short":
        ET.SubElement(element, "usecase").text = "0"
        for form in question.accepted_forms:
            _answer(element, "100", form, text_format=None)
    elif question.kind == "numeric":
        answer = ET.SubElement(element, "answer", fraction="100")
        ET.SubElement(answer, "text").text = question.number
        ET.SubElement(answer, "tolerance").text = str(question.tolerance)
        _text(answer, "feedback", "")
    elif question.kind == "matching":
        ET.SubElement(element, "shuffleanswers").text = "true"
        _combined_feedback(element)
        letters = letters_for(len(question.options))
        for item, letter in zip(question.items, question.correct, strict=True):
            sub = _text(element, "subquestion", html_paragraphs(item))
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = question.option_for(letter)
        # Options no item takes are Moodle's distractors: a subquestion with empty text.
        for letter in letters:
            if letter not in question.correct:
                sub = _text(element, "subquestion", "")
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = question.option_for(letter)
    else:  # ordering: the items in their right order; Moodle shuffles them for the student
        ET.SubElement(element, "layouttype").text = "VERTICAL"
        ET.SubElement(element, "selecttype").text = "ALL"
        ET.SubElement(element, "selectcount").text = str(len(question.options))
        ET.SubElement(element, "gradingtype").text = "ALL_OR_NOTHING"
        ET.SubElement(element, "showgrading").text = "SHOW"
        _combined_feedback(element, shownumcorrect=False)
        for position, letter in enumerate(question.correct, start=1):
            _answer(element, str(position), html_paragraphs(question.option_for(letter)), text_format="html")
    return element


def _bank(quiz_element: ET.Element, quiz: LmsQuiz, bank: Bank) -> None:
    path = f"{category_segment(COURSE_CATEGORY)}/{category_segment(quiz.title)}/{bank.question_id}"
    info = f"{quiz.id} {bank.question_id}: the question and its variants; a quiz draws one at random."
    _category(quiz_element, path, info, bank.ident)
    for question in bank.questions:
        quiz_element.append(question_element(question))


def moodle_xml(export: Export) -> bytes:
    """The whole export as one Moodle XML file."""
    root = ET.Element("quiz")
    for quiz in export.quizzes:
        path = f"{category_segment(COURSE_CATEGORY)}/{category_segment(quiz.title)}"
        _category(root, path, f"{quiz.title} ({quiz.id})", f"pakru_{quiz.id}")
        for bank in quiz.banks:
            _bank(root, quiz, bank)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()
