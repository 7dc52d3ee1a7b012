"""The quiz model: question kinds, their checking and grading, free of Sphinx and pytest.

A quiz module in ``quizzes/`` defines ``QUIZ``, a :class:`Quiz`, and ``SEALS``,
the keys and sealed explanations that ``pakru quiz seal`` writes from the
instructor's model answers. :func:`load_quiz` joins the two.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, Protocol

from pakru.events import Event
from pakru.normalise import NormalisationError, normalise_letters, normalise_number, normalise_text
from pakru.sealing import AcceptedKey, answer_key, question_salt, unlock_explanation


class QuizError(ValueError):
    """A quiz module or its seals are malformed; worded for the quiz's author."""


class Status(StrEnum):
    """The one vocabulary for a graded question, used by pytest, ``pakru grade``, batches and Gradescope."""

    CORRECT = "correct"
    PARTIAL = "partial"
    WRONG = "wrong"
    UNANSWERED = "unanswered"
    INVALID = "invalid-answer"


@dataclass(frozen=True)
class Grade:
    """The outcome of checking one answer; ``message`` never hints at a direction."""

    status: Status
    score: float
    max_score: float
    message: str = ""
    explanation: str = ""


def round_points(value: float | Decimal) -> float:
    """Points to two decimals, half-up, as a teacher rounds: 2 x 2/3 = 1.33, 0.125 -> 0.13."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def format_points(value: float) -> str:
    """1.33, 0.5, 2: at most two decimals and no trailing zeros."""
    return f"{round_points(value):.2f}".rstrip("0").rstrip(".")


def points_label(points: float) -> str:
    return f"{format_points(points)} point{'' if points == 1 else 's'}"


@dataclass(frozen=True)
class PartialCredit:
    """A multiple-select answer that is partly right: right picks minus wrong picks, over the right ones."""

    hits: int
    wrongs: int
    correct_count: int

    def score(self, points: int) -> float:
        if not self.correct_count:
            return 0.0
        credit = max(Decimal(0), Decimal(self.hits - self.wrongs) / Decimal(self.correct_count))
        # Only the final points are rounded, so 2 x 2/3 gives 1.33, never 1.32 or 1.34.
        return round_points(Decimal(points) * credit)

    def message(self, points: int) -> str:
        """The rule in words; the page's script writes exactly the same sentence."""
        wrongs = {0: "no wrong ones", 1: "1 wrong one"}.get(self.wrongs, f"{self.wrongs} wrong ones")
        return (
            f"{self.hits} of {self.correct_count} correct choices and {wrongs}: "
            f"{format_points(self.score(points))} of {points_label(points)}"
        )


def partial_for(selected: set[str], correct: set[str]) -> PartialCredit:
    return PartialCredit(len(selected & correct), len(selected - correct), len(correct))


@dataclass(frozen=True)
class Seal:
    """What a question needs to check answers without knowing them.

    ``partial`` maps the hash of each partly right selection to its right and wrong
    picks; ``correct_count`` is how many options are right.
    """

    keys: tuple[AcceptedKey, ...]
    explanation: str
    partial: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    correct_count: int = 0

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Seal:
        return cls(
            keys=tuple(AcceptedKey(key, wrap) for key, wrap in data["keys"]),
            explanation=data["explanation"],
            # Seals from before partial credit was explained hold a bare fraction: reseal those.
            partial={
                key: (int(picks[0]), int(picks[1]))
                for key, picks in data.get("partial", {}).items()
                if isinstance(picks, list)
            },
            correct_count=int(data.get("correct_count", 0)),
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "keys": [[accepted.key, accepted.wrap] for accepted in self.keys],
            "explanation": self.explanation,
        }
        if self.partial:
            data["partial"] = {key: list(value) for key, value in sorted(self.partial.items())}
            data["correct_count"] = self.correct_count
        return data


class AnswerKeys(Protocol):
    """What grading needs from a question's keys, whether hashed (public) or plain (an overlay)."""

    def accepts(self, normalised: str) -> bool: ...

    def partial(self, normalised: str) -> PartialCredit | None: ...

    def explanation(self, normalised: str) -> str: ...


@dataclass(frozen=True)
class SealedKeys:
    """The public keys: salted hashes, and explanations only a right answer unlocks."""

    salt: str
    seal: Seal

    def _accepted(self, normalised: str) -> AcceptedKey | None:
        key = answer_key(self.salt, normalised)
        return next((accepted for accepted in self.seal.keys if accepted.key == key), None)

    def accepts(self, normalised: str) -> bool:
        return self._accepted(normalised) is not None

    def partial(self, normalised: str) -> PartialCredit | None:
        picks = self.seal.partial.get(answer_key(self.salt, normalised))
        return PartialCredit(picks[0], picks[1], self.seal.correct_count) if picks else None

    def explanation(self, normalised: str) -> str:
        accepted = self._accepted(normalised)
        if accepted is None:
            return ""
        return unlock_explanation(self.salt, normalised, accepted, self.seal.explanation)


@dataclass(frozen=True)
class PlainKeys:
    """Keys in the clear, from an overlay or the teaching edition's model answers."""

    accepted: tuple[str, ...]
    explanation_text: str = ""
    # For multiple select: the right letters, so partial credit follows the same rule.
    correct: frozenset[str] | None = None

    def accepts(self, normalised: str) -> bool:
        return normalised in self.accepted

    def partial(self, normalised: str) -> PartialCredit | None:
        if self.correct is None:
            return None
        credit = partial_for(set(normalised.split(",")), set(self.correct))
        return credit if credit.hits > credit.wrongs else None

    def explanation(self, normalised: str) -> str:
        return self.explanation_text if self.accepts(normalised) else ""


def is_unanswered(answer: object) -> bool:
    return answer is None or answer == "" or answer == [] or answer == ()


def grade_answer(question: Question, answer: object, keys: AnswerKeys) -> Grade:
    """The one grader: ``answer`` to ``question`` against its keys, hashed or plain."""
    if is_unanswered(answer):
        return Grade(Status.UNANSWERED, 0.0, question.points, "not answered yet")
    try:
        normalised = question.normalise(answer)
    except NormalisationError as error:
        return Grade(Status.INVALID, 0.0, question.points, str(error))
    if keys.accepts(normalised):
        explanation = keys.explanation(normalised)
        return Grade(Status.CORRECT, float(question.points), question.points, "correct", explanation)
    partial = keys.partial(normalised)
    if partial is not None and partial.score(question.points) > 0:
        score = partial.score(question.points)
        return Grade(Status.PARTIAL, score, question.points, partial.message(question.points))
    return Grade(Status.WRONG, 0.0, question.points, "not accepted")


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
        return grade_answer(self, answer, SealedKeys(self.salt(quiz_id), self.seal))

    def content(self) -> dict[str, Any]:
        """What a student reads: the kind, prompt and choices, without keys, hints or links."""
        data: dict[str, Any] = {"kind": self.kind, "prompt": self.prompt, "points": self.points}
        for name in ("options", "items", "events", "tolerance"):
            if hasattr(self, name):
                data[name] = getattr(self, name)
        return data

    @property
    def digest(self) -> str:
        """A short digest of :meth:`content`; overlays and saved answers record the one they were made for."""
        text = json.dumps(self.content(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


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
