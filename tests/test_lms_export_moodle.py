"""Moodle XML: well-formed, only what Moodle's importer reads, one category per quiz and bank, round trip."""

from __future__ import annotations

import html
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pakru.instructor_pipeline.overlay import teaching_keys
from pakru.lms_export import export_quizzes
from pakru.lms_export.mapping import Export, LmsQuestion
from pakru.normalise import normalise_text
from pakru.quiz_authoring import accepted_answers
from pakru.workspace import Course, load_course_material

REPO_ROOT = Path(__file__).resolve().parent.parent
COURSE = Course(REPO_ROOT)

pytestmark = pytest.mark.teaching_edition

# What Moodle's own importer reads, per question type, as paths below <question>: "@x" is an
# attribute, "a/b" a child of a child. Taken from moodle/moodle question/format/xml/format.php
# (qformat_xml: import_headers, import_answer, import_text_with_files, import_combined_feedback,
# import_hints, import_question_tags, import_multichoice, import_shortanswer, import_numerical,
# import_match, import_category) and, for ordering, question/type/ordering/questiontype.php
# (qtype_ordering::import_from_xml, which reads its combined feedback without shownumcorrect).
TEXT_FIELD = ("@format", "text", "file", "file/@name", "file/@path", "file/@encoding")
HEADERS = {
    "@type",
    "name",
    "name/text",
    "idnumber",
    "defaultgrade",
    "penalty",
    "image",
    "image_base64",
    "tags",
    "tags/tag",
    "tags/tag/text",
    "coursetags",
    "coursetags/tag",
    "coursetags/tag/text",
    *(f"{field}/{part}" for field in ("questiontext", "generalfeedback") for part in TEXT_FIELD),
    "questiontext",
    "generalfeedback",
    "hint",
    *(f"hint/{part}" for part in TEXT_FIELD),
    "hint/shownumcorrect",
    "hint/clearwrong",
    "hint/options",
}
ANSWER = {"answer", "answer/@fraction", "answer/text", "answer/feedback"} | {
    f"answer/feedback/{part}" for part in TEXT_FIELD
}
HTML_ANSWER = ANSWER | {f"answer/{part}" for part in TEXT_FIELD}
COMBINED = {
    f"{field}{suffix}"
    for field in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
    for suffix in ("", *(f"/{part}" for part in TEXT_FIELD))
}
MOODLE_READS: dict[str, set[str]] = {
    "category": {"@type", "category", "category/text", "info", "info/@format", "info/text", "idnumber"},
    "multichoice": HEADERS
    | HTML_ANSWER
    | COMBINED
    | {"single", "shuffleanswers", "answernumbering", "showstandardinstruction", "shownumcorrect"},
    "shortanswer": HEADERS | ANSWER | {"usecase"},
    "numerical": HEADERS
    | ANSWER
    | {"answer/tolerance", "answer/fraction", "units", "unitgradingtype", "unitpenalty", "showunits"}
    | {"unitsleft", "instructions"},
    "matching": HEADERS
    | COMBINED
    | {"shuffleanswers", "shownumcorrect", "subquestion", "subquestion/answer", "subquestion/answer/text"}
    | {f"subquestion/{part}" for part in TEXT_FIELD},
    "ordering": HEADERS
    | HTML_ANSWER
    | COMBINED
    | {"layouttype", "selecttype", "selectcount", "gradingtype", "showgrading"},
}
# Moodle accepts only these grades (question_bank::fraction_options_full in question/engine/bank.php;
# qformat_default::importprocess refuses a question with any other fraction).
RAW_FRACTIONS = (0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2)
RAW_FRACTIONS += (0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05)
MOODLE_GRADES = {0.0, 1.0, -1.0, *RAW_FRACTIONS, *(-fraction for fraction in RAW_FRACTIONS)}


def paths(element: ET.Element, prefix: str = "") -> set[str]:
    found = {f"{prefix}@{name}" for name in element.attrib}
    for child in element:
        path = f"{prefix}{child.tag}"
        found.add(path)
        found |= paths(child, f"{path}/")
    return found


@pytest.fixture(scope="module")
def overlay(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("overlay")
    shutil.copytree(REPO_ROOT / "instructor" / "quizzes", folder / "quizzes")
    (folder / "overlay.toml").write_text('name = "test"\n', encoding="utf-8")
    shutil.copytree(Path(__file__).resolve().parent / "data" / "lms" / "variants", folder / "variants")
    return folder


@pytest.fixture(scope="module")
def exported(overlay: Path) -> tuple[Export, ET.Element]:
    result = export_quizzes(COURSE, "moodle", overlay_dir=overlay)
    return result.export, ET.fromstring(result.data)  # raises on anything not well-formed


def test_every_element_and_attribute_written_is_one_moodle_reads(exported: tuple[Export, ET.Element]) -> None:
    _, root = exported
    assert root.tag == "quiz"
    seen_types: set[str] = set()
    for question in root:
        assert question.tag == "question"
        qtype = question.get("type", "")
        seen_types.add(qtype)
        unread = paths(question) - MOODLE_READS[qtype]
        assert not unread, (qtype, question.findtext("name/text"), sorted(unread))
    assert seen_types == set(MOODLE_READS)


def test_every_fraction_is_a_grade_moodle_accepts(exported: tuple[Export, ET.Element]) -> None:
    _, root = exported
    for question in root.iter("question"):
        if question.get("type") in ("multichoice", "shortanswer", "numerical"):
            for answer in question.iter("answer"):
                fraction = float(answer.get("fraction", "")) / 100
                assert any(abs(fraction - grade) < 0.00001 for grade in MOODLE_GRADES), fraction


def test_one_category_per_quiz_and_one_subcategory_per_bank(exported: tuple[Export, ET.Element]) -> None:
    export, root = exported
    categories: list[str] = []
    current = ""
    members: dict[str, list[str]] = {}
    for question in root:
        if question.get("type") == "category":
            current = question.findtext("category/text") or ""
            categories.append(current)
        else:
            members.setdefault(current, []).append(question.findtext("idnumber") or "")
    expected: list[str] = []
    for quiz in export.quizzes:
        quiz_path = f"$course$/top/Pakistan–Russia course/{quiz.title}"
        expected.append(quiz_path)
        for bank in quiz.banks:
            expected.append(f"{quiz_path}/{bank.question_id}")
            assert members[f"{quiz_path}/{bank.question_id}"] == [q.ident for q in bank.questions]
        assert quiz_path not in members  # questions live only in their bank's subcategory
    assert categories == expected
    assert len(export.quizzes) == 4


def plain(text: str | None) -> str:
    """Moodle's stored HTML back to the course's plain text."""
    return " ".join(html.unescape(re.sub(r"</?p>", " ", text or "")).split())


def check_round_trip(element: ET.Element, question: LmsQuestion) -> None:
    assert element.findtext("name/text") == question.name
    assert plain(element.findtext("questiontext/text")) == " ".join(question.prompt.split())
    assert plain(element.findtext("generalfeedback/text")) == " ".join(question.explanation.split())
    assert element.findtext("defaultgrade") == str(question.points)
    answers = element.findall("answer")
    if question.kind in ("single", "multiple"):
        assert element.findtext("single") == ("true" if question.kind == "single" else "false")
        got = [(plain(answer.findtext("text")), float(answer.get("fraction", ""))) for answer in answers]
        want = [
            (option, float(fraction) * 100)
            for option, fraction in zip(question.options, question.choice_fractions, strict=False)
        ]
        assert [text for text, _ in got] == [text for text, _ in want]
        assert [fraction for _, fraction in got] == pytest.approx(
            [fraction for _, fraction in want], abs=1e-5
        )
        right = {text for text, fraction in got if fraction > 0}
        assert right == {question.option_for(letter) for letter in question.correct}
    elif question.kind == "short":
        assert [answer.findtext("text") for answer in answers] == list(question.accepted_forms)
        assert {answer.get("fraction") for answer in answers} == {"100"}
        assert element.findtext("usecase") == "0"
    elif question.kind == "numeric":
        assert [(a.findtext("text"), a.findtext("tolerance")) for a in answers] == [
            (question.number, str(question.tolerance))
        ]
    elif question.kind == "matching":
        pairs = [
            (plain(sub.findtext("text")), sub.findtext("answer/text"))
            for sub in element.findall("subquestion")
        ]
        expected = [
            (item, question.option_for(letter))
            for item, letter in zip(question.items, question.correct, strict=True)
        ]
        assert pairs[: len(expected)] == expected
        assert sorted(answer for _, answer in pairs) == sorted(question.options)  # the rest are distractors
        assert all(item == "" for item, _ in pairs[len(expected) :])
    else:
        assert [plain(answer.findtext("text")) for answer in answers] == [
            question.option_for(letter) for letter in question.correct
        ]
        assert element.findtext("gradingtype") == "ALL_OR_NOTHING"


def test_round_trip_every_question_key_and_fraction(exported: tuple[Export, ET.Element]) -> None:
    export, root = exported
    elements = {
        element.findtext("idnumber"): element for element in root if element.get("type") != "category"
    }
    questions = [question for quiz in export.quizzes for bank in quiz.banks for question in bank.questions]
    assert len(elements) == len(questions)
    for question in questions:
        check_round_trip(elements[question.ident], question)
    assert {question.kind for question in questions if not question.public} == {
        "single",
        "multiple",
        "short",
        "numeric",
        "matching",
        "ordering",
    }


def test_public_questions_carry_the_teaching_keys(exported: tuple[Export, ET.Element]) -> None:
    """The export's keys for each public question are the model answers' keys, not a copy."""
    export, _ = exported
    keys = teaching_keys(COURSE).quiz_keys
    lms = {q.ident: q for quiz in export.quizzes for bank in quiz.banks for q in bank.questions}
    for quiz in load_course_material(COURSE).quizzes:
        for question in quiz.questions:
            exported_question = lms[f"pakru_{quiz.id}_{question.id}_v1"]
            accepted = accepted_answers(question, keys[quiz.id][question.id])
            if exported_question.kind in ("single", "multiple", "matching", "ordering"):
                assert ",".join(exported_question.correct) == accepted[0]
            elif exported_question.kind == "numeric":
                assert exported_question.number == accepted[0]
            else:
                assert {normalise_text(form) for form in exported_question.accepted_forms} == set(accepted)
