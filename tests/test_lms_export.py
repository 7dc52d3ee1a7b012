"""The LMS export's model: keys, variants, short-answer forms, fractions, warnings and the command."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest

from pakru.cli import main
from pakru.instructor_pipeline.overlay import load_overlay, teaching_keys
from pakru.instructor_pipeline.overlay_variants import check_variants, read_variants
from pakru.lms_export import ExportError, export_quizzes
from pakru.lms_export.mapping import build_export, lms_accepts_short, short_answer_forms
from pakru.normalise import normalise_text
from pakru.quiz import MultipleSelect, grade_answer, letters_for
from pakru.quiz_authoring import plain_keys
from pakru.workspace import Course, load_course_material

REPO_ROOT = Path(__file__).resolve().parent.parent
LMS_DATA = Path(__file__).resolve().parent / "data" / "lms"
NORMALISATION_CASES = Path(__file__).resolve().parent / "data" / "normalisation-cases.json"
COURSE = Course(REPO_ROOT)

pytestmark = pytest.mark.teaching_edition


def make_overlay(folder: Path, *, variants: bool = True) -> Path:
    """A class overlay: the teaching edition's keys, plus the test variants."""
    shutil.copytree(REPO_ROOT / "instructor" / "quizzes", folder / "quizzes")
    (folder / "overlay.toml").write_text('name = "LMS test overlay"\n', encoding="utf-8")
    if variants:
        shutil.copytree(LMS_DATA / "variants", folder / "variants")
    return folder


# --- short answers: what the course accepts, the LMS accepts --------------------------------

# Shared normalisation cases whose difference from their normalised form an LMS cannot follow
# with a list of forms: accents, punctuation other than a final full stop, repeated spaces,
# compatibility characters, and a second leading article. The guide lists them: there the
# LMS is stricter than the course.
NOT_FOLLOWED_BY_THE_LMS = {
    "Tōshkent",
    "Toshkent!",
    "soviet-union",
    "Soviet   Union",
    "U.S.S.R.",
    "ZAFRULLAH—KHAN",
    "Gromyko’s",
    "Gromyko's",
    "İstanbul",
    "\ufb01ne \uff46\uff55\uff4c\uff4c width",  # a ligature and full-width letters
    "Café  au lait",
    "Muhammad Zia-ul-Haq",
    "naïve résumé",
    "Kosygin; Shastri & Ayub",
    "Ǆ digraph",
    "  «The   Durand  Line»  ",
    "The the Hague",
    "'Simla Agreement'.",
}


def text_cases() -> list[dict[str, str]]:
    cases = json.loads(NORMALISATION_CASES.read_text(encoding="utf-8"))["cases"]
    return [case for case in cases if case["kind"] == "text" and case["normalised"]]


@pytest.mark.parametrize("case", text_cases(), ids=lambda case: case["input"])
def test_the_lms_accepts_what_the_course_accepts_from_a_canonical_key(case: dict[str, str]) -> None:
    """The instructor wrote the canonical form; does the LMS accept what a student typed?"""
    forms = short_answer_forms([case["normalised"]])
    accepted = lms_accepts_short(forms, case["input"])
    assert accepted is (case["input"] not in NOT_FOLLOWED_BY_THE_LMS), case


@pytest.mark.parametrize("case", text_cases(), ids=lambda case: case["input"])
def test_the_lms_accepts_the_written_and_the_normalised_form(case: dict[str, str]) -> None:
    forms = short_answer_forms([case["input"]])
    assert lms_accepts_short(forms, case["input"])
    assert lms_accepts_short(forms, case["normalised"])
    # No form accepts more than the course does.
    assert {normalise_text(form) for form in forms} == {case["normalised"]}


def test_forms_cover_articles_the_full_stop_and_case() -> None:
    forms = short_answer_forms(["Durand Line"])
    for typed in ("durand line", "The Durand Line.", "THE DURAND LINE", "a Durand Line", "An durand line."):
        assert lms_accepts_short(forms, typed), typed
    assert not lms_accepts_short(forms, "Durand")


# --- multiple select: the LMS's fractions give the course's partial credit -------------------


def lms_score(fractions: list[float], picked: set[int], points: int) -> float:
    """How Moodle (and QTI's SCORE with minvalue 0) scores a multiple-answer pick: sum, floored at 0."""
    return points * max(0.0, min(1.0, sum(fractions[index] for index in picked)))


def test_every_selection_of_every_multiple_select_scores_as_in_the_course() -> None:
    material = load_course_material(COURSE)
    keys = teaching_keys(COURSE)
    export = build_export(material.quizzes, keys)
    exported = {q.ident: q for quiz in export.quizzes for bank in quiz.banks for q in bank.questions}
    checked = 0
    for quiz in material.quizzes:
        for question in quiz.questions:
            if not isinstance(question, MultipleSelect):
                continue
            lms = exported[f"pakru_{quiz.id}_{question.id}_v1"]
            fractions = [float(fraction) for fraction in lms.choice_fractions]
            letters = letters_for(len(question.options))
            course_keys = plain_keys(question, keys.quiz_keys[quiz.id][question.id])
            for size in range(1, len(letters) + 1):
                for picked in itertools.combinations(range(len(letters)), size):
                    grade = grade_answer(question, [letters[index] for index in picked], course_keys)
                    assert lms_score(fractions, set(picked), question.points) == pytest.approx(
                        grade.score, abs=0.005
                    ), (quiz.id, question.id, picked)
                    checked += 1
    assert checked > 100


# --- keys, variants and warnings -------------------------------------------------------------


def test_without_an_overlay_every_question_is_warned_public() -> None:
    result = export_quizzes(COURSE, "moodle")
    questions = sum(len(quiz.questions) for quiz in load_course_material(COURSE).quizzes)
    assert len(result.export.warnings) == questions
    assert all("its text and keys are public" in warning for warning in result.export.warnings)
    assert "instructor/" in result.export.keys_from


def test_an_overlay_with_variants_puts_them_in_their_banks(tmp_path: Path) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    result = export_quizzes(COURSE, "moodle", overlay_dir=overlay)
    banks = {bank.ident: bank for quiz in result.export.quizzes for bank in quiz.banks}
    q05 = banks["pakru_coldwar_q05"]
    assert [question.public for question in q05.questions] == [True, False, False]
    assert "first Soviet premier to visit" in q05.questions[1].prompt
    assert banks["pakru_coldwar_x01"].questions[0].kind == "single"
    assert banks["pakru_coldwar_x02"].questions[0].correct == ("b", "c", "a")
    warned = {" ".join(warning.split()[1:3]) for warning in result.export.warnings}
    assert "coldwar q05" not in warned
    assert "coldwar q03" in warned


def test_variants_never_reach_local_grading(tmp_path: Path) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    with_variants = load_overlay(overlay)
    assert with_variants.quiz_keys == teaching_keys(COURSE).quiz_keys


def test_the_test_variants_pass_the_overlay_check(tmp_path: Path) -> None:
    overlay = load_overlay(make_overlay(tmp_path / "overlay"))
    assert check_variants(overlay, COURSE) == []


def test_overlay_check_reports_a_bad_variant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    (overlay / "variants" / "coldwar.toml").write_text(BAD_VARIANTS["bad letter"][0], encoding="utf-8")
    monkeypatch.chdir(REPO_ROOT)
    assert main(["overlay", "check", str(overlay)]) != 0
    output = capsys.readouterr()
    assert "coldwar.toml [[q02]] #1: the model answer 'z' is invalid" in output.out + output.err


BAD_VARIANTS = {
    "unknown question": ("[[q99]]\nanswer = 'a'\nexplanation = 'x'\n", "names no question of quiz coldwar"),
    "no explanation": (
        "[[q02]]\nprompt = 'Another?'\nanswer = 'a'\n",
        "needs both 'answer' and 'explanation'",
    ),
    "bad letter": (
        "[[q02]]\nprompt = 'Another?'\nanswer = 'z'\nexplanation = 'x'\n",
        "the model answer 'z' is invalid",
    ),
    "wrong order": (
        "[[q13]]\nevents = ['simla', 'cento-exit']\nanswer = ['b', 'a']\nexplanation = 'x'\n",
        "disagrees with the events file, which gives a,b",
    ),
    "unknown event": (
        "[[q13]]\nevents = ['simla', 'no-such-event']\nanswer = ['a', 'b']\nexplanation = 'x'\n",
        "unknown event id 'no-such-event'",
    ),
    "unchanged": ("[[q02]]\nanswer = 'c'\nexplanation = 'x'\n", "changes nothing a student reads"),
    "unknown key": (
        "[[q05]]\nprompt = 'Who?'\noptions = ['a', 'b']\nanswer = 'x'\nexplanation = 'x'\n",
        "unknown key 'options'",
    ),
    "extra objective": (
        "[[extra]]\nid = 'x9'\nkind = 'short'\nobjective = 'nope'\n"
        "prompt = 'Who?'\nanswer = 'x'\nexplanation = 'x'\n",
        "'objective' must be one of the quiz's objectives",
    ),
    "extra kind": (
        "[[extra]]\nid = 'x9'\nkind = 'essay'\nobjective = 'coldwar-thaw'\n"
        "prompt = 'Who?'\nanswer = 'x'\nexplanation = 'x'\n",
        "'kind' must be one of single, multiple, short, numeric, matching, ordering",
    ),
    "not an array": ("[q02]\nprompt = 'Another?'\nanswer = 'a'\nexplanation = 'x'\n", "write [[q02]]"),
}


@pytest.mark.parametrize("name", sorted(BAD_VARIANTS))
def test_each_problem_in_a_variants_file_is_one_message_naming_file_and_table(
    name: str, tmp_path: Path
) -> None:
    text, expected = BAD_VARIANTS[name]
    (tmp_path / "variants").mkdir()
    (tmp_path / "variants" / "coldwar.toml").write_text(text, encoding="utf-8")
    material = load_course_material(COURSE)
    variants, problems = read_variants(tmp_path, material.quizzes, material.events)
    assert len(problems) == 1, problems
    assert expected in problems[0]
    assert "coldwar.toml" in problems[0]
    assert not variants.variants
    assert not variants.extras


def test_a_variants_file_for_no_quiz_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "variants").mkdir()
    (tmp_path / "variants" / "lesson9.toml").write_text("", encoding="utf-8")
    material = load_course_material(COURSE)
    assert "no quiz 'lesson9'" in read_variants(tmp_path, material.quizzes, material.events)[1][0]


def test_a_bad_variant_stops_the_export_with_one_line(tmp_path: Path) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    (overlay / "variants" / "coldwar.toml").write_text(BAD_VARIANTS["bad letter"][0], encoding="utf-8")
    expected = re.escape("coldwar.toml [[q02]] #1: the model answer 'z' is invalid")
    with pytest.raises(ValueError, match=expected):
        export_quizzes(COURSE, "qti", overlay_dir=overlay)


def test_unknown_format_and_quiz_are_refused() -> None:
    with pytest.raises(ExportError, match="unknown format 'csv'"):
        export_quizzes(COURSE, "csv")
    with pytest.raises(ExportError, match="no quiz 'lesson9'"):
        export_quizzes(COURSE, "gift", ["lesson9"])


# --- determinism and the command ------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["moodle", "qti", "gift"])
def test_the_same_input_gives_the_same_bytes(fmt: str, tmp_path: Path) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    first = export_quizzes(COURSE, fmt, overlay_dir=overlay).data
    second = export_quizzes(COURSE, fmt, overlay_dir=overlay).data
    assert first == second
    assert len(first) > 10_000


def test_the_command_writes_the_file_and_one_line_per_public_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO_ROOT)
    monkeypatch.setenv("COLUMNS", "80")
    out = tmp_path / "coldwar.xml"
    assert main(["quiz", "export", "--format", "moodle", "coldwar", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum("has no private variant" in line for line in lines) == 17
    assert any(
        line.startswith("moodle: coldwar q07 (public) (matching): gives partial credit") for line in lines
    )
    assert lines[-1].startswith(f"Wrote {out} (moodle): 1 quiz, 17 banks, 17 questions")
    assert out.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')


def test_the_student_edition_gets_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    student = tmp_path / "student"
    shutil.copytree(REPO_ROOT / "quizzes", student / "quizzes")
    shutil.copytree(REPO_ROOT / "data", student / "data")
    (student / "course").mkdir()
    monkeypatch.chdir(student)
    assert main(["quiz", "export", "--format", "gift", str(tmp_path / "out.txt")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "run it in the teaching edition" in error
    assert not (tmp_path / "out.txt").exists()


def test_the_guide_examples_are_valid_variants_of_every_kind(tmp_path: Path) -> None:
    guide = (REPO_ROOT / "course" / "guide" / "lms-quizzes.md").read_text(encoding="utf-8")
    example = guide.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "variants").mkdir()
    (tmp_path / "variants" / "coldwar.toml").write_text(example, encoding="utf-8")
    material = load_course_material(COURSE)
    variants, problems = read_variants(tmp_path, material.quizzes, material.events)
    assert problems == []
    kinds = {
        variant.question.kind
        for variants_of in variants.variants["coldwar"].values()
        for variant in variants_of
    }
    assert kinds == {"single", "multiple", "text", "number", "matching", "ordering"}
    assert [extra.bank for extra in variants.extras_for("coldwar")] == ["x01"]


def test_private_only_leaves_out_public_questions_that_have_variants(tmp_path: Path) -> None:
    overlay = make_overlay(tmp_path / "overlay")
    result = export_quizzes(COURSE, "moodle", ["coldwar"], overlay, private_only=True)
    banks = {bank.question_id: bank for bank in result.export.quizzes[0].banks}
    assert [question.public for question in banks["q05"].questions] == [False, False]
    assert [question.public for question in banks["q03"].questions] == [True]  # no variant: kept, and warned
    assert b"pakru_coldwar_q05_v1" not in result.data
    assert b"pakru_coldwar_q05_v2" in result.data
