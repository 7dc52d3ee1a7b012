"""GIFT: read back by pygiftparser, an independent GIFT parser from PyPI, question by question."""

from __future__ import annotations

import html
import io
import shutil
from pathlib import Path

import pytest

from pakru.lms_export import export_quizzes
from pakru.lms_export.gift import escape
from pakru.lms_export.mapping import Export, LmsQuestion, ordering_as_matching
from pakru.workspace import Course

REPO_ROOT = Path(__file__).resolve().parent.parent
COURSE = Course(REPO_ROOT)

pytestmark = [
    pytest.mark.teaching_edition,
    # pygiftparser (2017) has regular expressions that Python 3.12 warns about on import.
    pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::SyntaxWarning"),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, str]:
    folder = tmp_path_factory.mktemp("overlay")
    shutil.copytree(REPO_ROOT / "instructor" / "quizzes", folder / "quizzes")
    (folder / "overlay.toml").write_text('name = "test"\n', encoding="utf-8")
    shutil.copytree(Path(__file__).resolve().parent / "data" / "lms" / "variants", folder / "variants")
    result = export_quizzes(COURSE, "gift", overlay_dir=folder)
    return result.export, result.data.decode("utf-8")


def parse(text: str) -> list[object]:
    from pygiftparser import parser

    return parser.parseFile(io.StringIO(text))


def unescape(text: str) -> str:
    """GIFT text back to course text: pygiftparser keeps the backslashes and the HTML entities."""
    for character in ("~", "=", "#", "{", "}", ":"):
        text = text.replace("\\" + character, character)
    return html.unescape(text.replace("\\\\", "\\")).strip()


def test_escape_leaves_no_bare_gift_syntax() -> None:
    escaped = escape("a = b: {c} ~ #d \\ e & <f>")
    assert escaped == "a \\= b\\: \\{c\\} \\~ \\#d \\\\ e &amp; &lt;f&gt;"
    assert unescape(escaped) == "a = b: {c} ~ #d \\ e & <f>"


def check_question(parsed: object, question: LmsQuestion, category: str) -> None:
    answers = parsed.answers  # type: ignore[attr-defined]
    kind = type(answers).__name__
    assert parsed.valid, question.name  # type: ignore[attr-defined]
    assert unescape(parsed.title) == question.name  # type: ignore[attr-defined]
    assert unescape(parsed.text) == " ".join(question.prompt.split())  # type: ignore[attr-defined]
    assert unescape(parsed.generalFeedback) == " ".join(question.explanation.split())  # type: ignore[attr-defined]
    assert parsed.cat == category  # type: ignore[attr-defined]
    if question.kind == "single":
        assert kind == "SelectSet"
        assert [(unescape(a.answer), a.fraction) for a in answers.answers] == [
            (option, 100 if fraction else 0)
            for option, fraction in zip(question.options, question.choice_fractions, strict=True)
        ]
    elif question.kind == "multiple":
        assert kind == "MultipleChoicesSet"
        got = [(unescape(a.answer), a.fraction) for a in answers.answers]
        assert [text for text, _ in got] == list(question.options)
        assert [fraction for _, fraction in got] == pytest.approx(
            [float(fraction) * 100 for fraction in question.choice_fractions], abs=1e-5
        )
    elif question.kind == "short":
        assert kind == "ShortSet"
        assert [unescape(a.answer) for a in answers.answers] == list(question.accepted_forms)
    elif question.kind == "numeric":
        assert kind == "NumericAnswerSet"
        ((value, tolerance),) = [(a.value, a.tolerance) for a in answers.answers]
        assert (value, tolerance) == (float(question.number), question.tolerance)
    else:
        assert kind == "MatchingSet"
        pairs = [(unescape(a.question), unescape(a.answer)) for a in answers.answers]
        if question.kind == "matching":
            expected = [
                (item, question.option_for(letter))
                for item, letter in zip(question.items, question.correct, strict=True)
            ]
            assert pairs[: len(expected)] == expected
            assert sorted(answer for _, answer in pairs) == sorted(question.options)
        else:
            assert pairs == ordering_as_matching(question)


def test_pygiftparser_reads_back_every_question_key_and_fraction(exported: tuple[Export, str]) -> None:
    export, text = exported
    parsed = parse(text)
    questions = [
        (question, f"$course$/top/pakru/{quiz.id}/{bank.question_id}")
        for quiz in export.quizzes
        for bank in quiz.banks
        for question in bank.questions
    ]
    assert len(parsed) == len(questions)
    for found, (question, category) in zip(parsed, questions, strict=True):
        check_question(found, question, category)


def test_a_broken_gift_file_is_caught(exported: tuple[Export, str]) -> None:
    """The read-back is not vacuous: an unescaped "=" in a multiple-choice option changes what is read."""
    _, text = exported
    start = text.index("~%")
    broken = text[:start] + "~%50%a = b" + text[text.index("\n", start) :]
    export = exported[0]
    first_multiple = next(
        (question, f"$course$/top/pakru/{quiz.id}/{bank.question_id}")
        for quiz in export.quizzes
        for bank in quiz.banks
        for question in bank.questions
        if question.kind == "multiple"
    )
    index = [q.ident for quiz in export.quizzes for bank in quiz.banks for q in bank.questions].index(
        first_multiple[0].ident
    )
    with pytest.raises(AssertionError):
        check_question(parse(broken)[index], *first_multiple)
