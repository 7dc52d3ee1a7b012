"""Normalisation: properties over arbitrary text, and the cases shared with the page's script."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from conftest import EVENTS_FILE, REPO_ROOT
from pakru.events import load_events
from pakru.grading import sealed_keys
from pakru.normalise import (
    LEADING_ARTICLES,
    NormalisationError,
    normalise_letters,
    normalise_number,
    normalise_text,
)
from pakru.quiz import Quiz, ShortText, Status, discover_quizzes, grade_answer
from pakru.quiz_authoring import ModelAnswer, load_model_answers, model_answers_path, plain_keys
from pakru.sealing import answer_key

CASES = json.loads((Path(__file__).parent / "data" / "normalisation-cases.json").read_text("utf-8"))


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    assert normalise_text(normalise_text(text)) == normalise_text(text)


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_case_does_not_matter(text: str) -> None:
    assert normalise_text(text.upper()) == normalise_text(text.lower()) == normalise_text(text)


@given(
    st.lists(st.text(alphabet="abcdefghij", min_size=1), min_size=1),
    st.sampled_from([" ", "  ", "\t", " - ", "\n"]),
)
def test_spacing_and_punctuation_between_words_do_not_matter(words: list[str], separator: str) -> None:
    assume(words[0] not in LEADING_ARTICLES)
    assert normalise_text(separator.join(words) + " ") == " ".join(words)


@given(
    st.lists(st.text(alphabet="bcdefghij", min_size=1), min_size=1),
    st.sampled_from(["the ", "The ", "a ", "AN ", "the  the "]),
    st.sampled_from(["", ".", " .", "!", '"', "»"]),
)
def test_leading_articles_and_surrounding_punctuation_do_not_matter(
    words: list[str], article: str, trailing: str
) -> None:
    answer = " ".join(words)
    assert normalise_text(f"{article}{answer}{trailing}") == normalise_text(answer) == answer


def test_a_lone_article_is_still_an_answer() -> None:
    assert normalise_text("The") == "the"
    assert normalise_text("the a") == "a"


@given(
    st.text(alphabet="aeioucn", min_size=1),
    st.sampled_from(["\u0301", "\u0300", "\u0308", "\u0303", "\u0327"]),
)
def test_diacritics_do_not_matter(text: str, mark: str) -> None:
    accented = unicodedata.normalize("NFC", "".join(character + mark for character in text))
    assert normalise_text(accented) == normalise_text(text)


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda case: f"{case['kind']}:{case['input']!r}")
def test_shared_cases(case: dict[str, str | None]) -> None:
    salt = CASES["salts"][case["kind"]]
    if case["kind"] == "text":
        normalised: str | None = normalise_text(str(case["input"]))
    else:
        try:
            normalised = normalise_number(case["input"])
        except NormalisationError:
            normalised = None
    assert normalised == case["normalised"]
    assert (None if normalised is None else answer_key(salt, normalised)) == case["key"]


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_integers_round_trip_with_separators(number: int) -> None:
    assert normalise_number(f"{number:,}") == normalise_number(number) == str(number)


@pytest.mark.parametrize("bad", [True, "twelve", "1e3", "", "1.2.3"])
def test_non_numbers_are_refused(bad: object) -> None:
    with pytest.raises(NormalisationError):
        normalise_number(bad)


@pytest.mark.parametrize(
    ("answer", "ordered", "expected"),
    [("b", False, "b"), ("C, a", False, "a,c"), (["c", "a"], True, "c,a"), ("cab", True, "c,a,b")],
)
def test_letters(answer: object, ordered: bool, expected: str) -> None:
    assert normalise_letters(answer, "abcd", ordered=ordered) == expected


@pytest.mark.parametrize(
    ("answer", "message"),
    [("e", "unknown option 'e'"), (["a", "a"], "appears twice"), (3, "write option letters")],
)
def test_bad_letters_say_what_to_do(answer: object, message: str) -> None:
    with pytest.raises(NormalisationError, match=message):
        normalise_letters(answer, "abcd", ordered=False)


# --- every accepted answer of the course's short-text questions survives natural variations -------


@dataclass(frozen=True)
class AcceptedAnswer:
    """One accepted answer of one short-text question, as the model answers in instructor/ write it."""

    quiz: Quiz
    question: ShortText
    model: ModelAnswer
    text: str

    def __repr__(self) -> str:
        return f"{self.quiz.id}.{self.question.id}={self.text!r}"


def course_short_text_answers() -> list[AcceptedAnswer]:
    if not (REPO_ROOT / "instructor").is_dir():
        return []
    found = []
    for quiz in discover_quizzes(REPO_ROOT / "quizzes", load_events(EVENTS_FILE)):
        models = load_model_answers(model_answers_path(REPO_ROOT / "instructor", quiz.id))
        for question in quiz.questions:
            if isinstance(question, ShortText):
                model = models[question.id]
                variants = model.answer if isinstance(model.answer, list) else [model.answer]
                found.extend(AcceptedAnswer(quiz, question, model, str(text)) for text in variants)
    return found


SHORT_TEXT_ANSWERS = course_short_text_answers()
VARIATIONS = {
    "'the ' added": lambda text: f"the {text}",
    "'The ' added": lambda text: f"The {text}",
    "full stop added": lambda text: f"{text}.",
    "upper case": str.upper,
    "lower case": str.lower,
    "swapped case": str.swapcase,
    "title case": str.title,
}


@pytest.mark.teaching_edition
def test_the_course_has_short_text_answers_to_vary() -> None:
    assert len({(item.quiz.id, item.question.id) for item in SHORT_TEXT_ANSWERS}) >= 4


@pytest.mark.teaching_edition
@pytest.mark.skipif(not SHORT_TEXT_ANSWERS, reason="the student edition has no instructor/ model answers")
@given(
    accepted=st.sampled_from(SHORT_TEXT_ANSWERS or [None]),
    changes=st.lists(st.sampled_from(sorted(VARIATIONS)), min_size=1, max_size=3),
)
def test_every_accepted_short_answer_survives_an_article_a_full_stop_and_case(
    accepted: AcceptedAnswer, changes: list[str]
) -> None:
    answer = accepted.text
    for change in changes:
        answer = VARIATIONS[change](answer)
    question = accepted.question
    # With the plain keys (batch, Gradescope) and the sealed ones students grade against.
    for keys in (plain_keys(question, accepted.model), sealed_keys(accepted.quiz)(question)):
        grade = grade_answer(question, answer, keys)
        assert grade.status is Status.CORRECT, f"{accepted!r} as {answer!r} ({', '.join(changes)})"
