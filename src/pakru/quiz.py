"""The quiz model: question kinds, their checking and grading, free of Sphinx and pytest.

A quiz module in ``quizzes/`` defines ``QUIZ``, a :class:`Quiz`, and ``SEALS``,
the keys and sealed explanations that ``pakru quiz seal`` writes from the
instructor's model answers. :func:`load_quiz` joins the two.
"""

from __future__ import annotations

import importlib.util
import math
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from pakru.events import Event
from pakru.normalise import NormalisationError, normalise_letters, normalise_number, normalise_text
from pakru.sealing import AcceptedKey, answer_key, question_salt, unlock_explanation


class QuizError(ValueError):
    """A quiz module or its seals are malformed; worded for the quiz's author."""


class Status(StrEnum):
    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    UNANSWERED = "unanswered"
    INVALID = "invalid"


@dataclass(frozen=True)
class Grade:
    """The outcome of checking one answer; ``message`` never hints at a direction."""

    status: Status
    score: float
    max_score: float
    message: str = ""
    explanation: str = ""


@dataclass(frozen=True)
class Seal:
    """What a question needs to check answers without knowing them."""

    keys: tuple[AcceptedKey, ...]
    explanation: str
    partial: Mapping[str, float] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Seal:
        return cls(
            keys=tuple(AcceptedKey(key, wrap) for key, wrap in data["keys"]),
            explanation=data["explanation"],
            partial=dict(data.get("partial", {})),
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "keys": [[accepted.key, accepted.wrap] for accepted in self.keys],
            "explanation": self.explanation,
        }
        if self.partial:
            data["partial"] = dict(sorted(self.partial.items()))
        return data


def letters_for(count: int) -> str:
    return string.ascii_lowercase[:count]


@dataclass(frozen=True, kw_only=True)
class Question:
    """Fields every question has; subclasses add what their kind needs."""

    kind: ClassVar[str] = ""
    kind_label: ClassVar[str] = ""
    answer_instructions: ClassVar[str] = ""

    id: str
    prompt: str
    objective: str
    hint: str
    section: str
    points: int = 1
    seal: Seal | None = None

    @property
    def points_label(self) -> str:
        return f"{self.points} point{'s' if self.points != 1 else ''}"

    # --- per kind -----------------------------------------------------------------
    def normalise(self, answer: object) -> str:
        """The canonical form of ``answer``; raises :class:`NormalisationError`."""
        raise NotImplementedError

    def choices(self) -> list[tuple[str, str]]:
        """Lettered options shown to the student, if the kind has any."""
        return []

    # --- shared -------------------------------------------------------------------
    def salt(self, quiz_id: str) -> str:
        return question_salt(quiz_id, self.id, self.kind)

    def grade(self, quiz_id: str, answer: object) -> Grade:
        """Check ``answer`` against the seal; unlock the explanation when it is right."""
        if self.seal is None:
            raise QuizError(f"question {self.id} has no seal; run 'pakru quiz seal {quiz_id}'")
        if answer is None or answer == "" or answer == [] or answer == ():
            return Grade(Status.UNANSWERED, 0.0, self.points, "not answered yet")
        try:
            normalised = self.normalise(answer)
        except NormalisationError as error:
            return Grade(Status.INVALID, 0.0, self.points, str(error))
        key = answer_key(self.salt(quiz_id), normalised)
        for accepted in self.seal.keys:
            if accepted.key == key:
                explanation = unlock_explanation(
                    self.salt(quiz_id), normalised, accepted, self.seal.explanation
                )
                return Grade(Status.CORRECT, float(self.points), self.points, "correct", explanation)
        credit = self.seal.partial.get(key, 0.0)
        if credit > 0:
            score = round(self.points * credit, 2)
            return Grade(
                Status.PARTIAL,
                score,
                self.points,
                f"partly right: {score:g} of {self.points} points",
            )
        return Grade(Status.WRONG, 0.0, self.points, "not accepted")


@dataclass(frozen=True, kw_only=True)
class LetteredOptions(Question):
    """A question answered by picking lettered options."""

    options: tuple[str, ...]

    def choices(self) -> list[tuple[str, str]]:
        return list(zip(letters_for(len(self.options)), self.options, strict=True))

    def normalise(self, answer: object) -> str:
        return normalise_letters(answer, letters_for(len(self.options)), ordered=False)


@dataclass(frozen=True, kw_only=True)
class SingleChoice(LetteredOptions):
    kind: ClassVar[str] = "single"
    kind_label: ClassVar[str] = "single choice"
    answer_instructions: ClassVar[str] = 'one letter, for example "b"'

    def normalise(self, answer: object) -> str:
        letters = super().normalise(answer)
        if "," in letters:
            raise NormalisationError("choose exactly one letter")
        return letters


@dataclass(frozen=True, kw_only=True)
class MultipleSelect(LetteredOptions):
    kind: ClassVar[str] = "multiple"
    kind_label: ClassVar[str] = "select all that apply"
    answer_instructions: ClassVar[str] = 'a list of every correct letter, for example ["a", "c"]'


@dataclass(frozen=True, kw_only=True)
class NumberAnswer(Question):
    kind: ClassVar[str] = "number"
    kind_label: ClassVar[str] = "number"
    answer_instructions: ClassVar[str] = "a number written with digits"
    tolerance: int = 0

    def normalise(self, answer: object) -> str:
        return normalise_number(answer)


@dataclass(frozen=True, kw_only=True)
class ShortText(Question):
    kind: ClassVar[str] = "text"
    kind_label: ClassVar[str] = "short answer"
    answer_instructions: ClassVar[str] = "a word or a short phrase in quotes"

    def normalise(self, answer: object) -> str:
        if not isinstance(answer, str):
            raise NormalisationError("write the answer as text in quotes")
        normalised = normalise_text(answer)
        if not normalised:
            raise NormalisationError("the answer has no letters or digits")
        return normalised


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    """Put events in date order; the items are event ids from the events file."""

    kind: ClassVar[str] = "ordering"
    kind_label: ClassVar[str] = "put in order"
    answer_instructions: ClassVar[str] = 'every letter, earliest first, for example ["c", "a", "b"]'
    events: tuple[str, ...]
    titles: tuple[str, ...] = ()

    def choices(self) -> list[tuple[str, str]]:
        shown = self.titles or self.events
        return list(zip(letters_for(len(shown)), shown, strict=True))

    def normalise(self, answer: object) -> str:
        normalised = normalise_letters(answer, letters_for(len(self.events)), ordered=True)
        if normalised.count(",") + 1 != len(self.events):
            raise NormalisationError(f"put all {len(self.events)} letters in order, each once")
        return normalised

    def with_titles(self, events_by_id: Mapping[str, Event]) -> Ordering:
        missing = [event_id for event_id in self.events if event_id not in events_by_id]
        if missing:
            raise QuizError(
                f"question {self.id}: unknown event id {missing[0]!r}; use an id from the events file"
            )
        return replace(self, titles=tuple(events_by_id[event_id].title for event_id in self.events))

    def correct_order(self, events_by_id: Mapping[str, Event]) -> str:
        """The answer the events file implies: letters sorted by date."""
        lettered = zip(letters_for(len(self.events)), self.events, strict=True)
        ordered = sorted(lettered, key=lambda pair: events_by_id[pair[1]].date)
        return ",".join(letter for letter, _ in ordered)


@dataclass(frozen=True, kw_only=True)
class Matching(Question):
    """Match each numbered item on the left with one lettered option on the right."""

    kind: ClassVar[str] = "matching"
    kind_label: ClassVar[str] = "matching pairs"
    answer_instructions: ClassVar[str] = (
        'a letter for each numbered item, in order, for example ["b", "a", "c"]'
    )
    items: tuple[str, ...]
    options: tuple[str, ...]

    def choices(self) -> list[tuple[str, str]]:
        return list(zip(letters_for(len(self.options)), self.options, strict=True))

    def normalise(self, answer: object) -> str:
        if isinstance(answer, Mapping):
            try:
                answer = [answer[number] for number in range(1, len(self.items) + 1)]
            except KeyError:
                raise NormalisationError(f"give a letter for each item 1 to {len(self.items)}") from None
        normalised = normalise_letters(answer, letters_for(len(self.options)), ordered=True)
        if normalised.count(",") + 1 != len(self.items):
            raise NormalisationError(f"give exactly {len(self.items)} letters, one for each numbered item")
        return normalised


QUESTION_KINDS: dict[str, type[Question]] = {
    kind.kind: kind for kind in (SingleChoice, MultipleSelect, NumberAnswer, ShortText, Ordering, Matching)
}


@dataclass(frozen=True)
class Quiz:
    """One lesson's quiz."""

    id: str
    title: str
    lesson: str
    questions: tuple[Question, ...]
    module_path: Path | None = None

    @property
    def max_score(self) -> float:
        return float(sum(question.points for question in self.questions))

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


def partial_credit(selected: set[str], correct: set[str]) -> float:
    """Multiple-select credit: right picks minus wrong picks, over the right ones, floored at 0."""
    if not correct:
        return 0.0
    hits = len(selected & correct)
    misses = len(selected - correct)
    return max(0.0, math.floor(100 * (hits - misses) / len(correct)) / 100)


def validate_quiz(quiz: Quiz) -> None:
    """Structural checks an author should hear about before anything is graded."""
    seen: set[str] = set()
    for question in quiz.questions:
        if not question.id.isidentifier():
            raise QuizError(f"{quiz.id}: question id {question.id!r} must be a Python name such as q01")
        if question.id in seen:
            raise QuizError(f"{quiz.id}: question id {question.id!r} is used twice")
        seen.add(question.id)
        if question.points <= 0:
            raise QuizError(f"{quiz.id}.{question.id}: points must be positive")
        options = getattr(question, "options", None)
        if options is not None and len(options) < 2:
            raise QuizError(f"{quiz.id}.{question.id}: give at least two options")
        if not question.hint.strip() or not question.prompt.strip():
            raise QuizError(f"{quiz.id}.{question.id}: every question needs a prompt and a hint")


def load_quiz(path: Path, events: Sequence[Event] = ()) -> Quiz:
    """Import a quiz module from ``path`` and attach its seals and event titles."""
    spec = importlib.util.spec_from_file_location(f"pakru_quiz_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise QuizError(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    quiz = getattr(module, "QUIZ", None)
    if not isinstance(quiz, Quiz):
        raise QuizError(f"{path}: define QUIZ = Quiz(...) in the module")
    seals: Mapping[str, Mapping[str, Any]] = getattr(module, "SEALS", {})
    events_by_id = {event.id: event for event in events}
    questions: list[Question] = []
    for question in quiz.questions:
        if isinstance(question, Ordering) and events_by_id:
            question = question.with_titles(events_by_id)
        if question.id in seals:
            question = replace(question, seal=Seal.from_data(seals[question.id]))
        questions.append(question)
    quiz = replace(quiz, questions=tuple(questions), module_path=path)
    validate_quiz(quiz)
    return quiz


def discover_quizzes(quizzes_dir: Path, events: Sequence[Event] = ()) -> list[Quiz]:
    """Every ``quiz_*.py`` module in ``quizzes_dir``, in file-name order."""
    return [load_quiz(path, events) for path in sorted(quizzes_dir.glob("quiz_*.py"))]
