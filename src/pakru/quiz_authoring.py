"""The author's tool: seal a quiz's keys and explanations from the model answers.

Model answers live in the teaching edition only, in
``instructor/quizzes/<quiz id>.toml``::

    [q01]
    answer = "b"
    explanation = "The Convention of 1907 ..."

    [q05]
    answer = ["Tashkent", "Toshkent"]   # text: every accepted variant, canonical first

``pakru quiz seal`` turns them into the ``SEALS`` block at the end of the quiz
module, which is all the student edition and the book ever see. It also warns
when the keys drift towards one letter (see :func:`key_balance_warnings`).
"""

from __future__ import annotations

import itertools
import json
import tomllib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pakru.events import Event
from pakru.normalise import NormalisationError
from pakru.quiz import (
    MultipleSelect,
    NumberAnswer,
    Ordering,
    PlainKeys,
    Question,
    Quiz,
    QuizError,
    Seal,
    ShortText,
    SingleChoice,
    letters_for,
    partial_for,
)
from pakru.sealing import (
    answer_key,
    content_key_for,
    encrypt_explanation,
    seal_answer,
    unlock_explanation,
)

SEALS_MARKER = '# --- SEALS: written by "pakru quiz seal" from the model answers; do not edit ---'


@dataclass(frozen=True)
class ModelAnswer:
    """The instructor's answer to one question."""

    answer: object
    explanation: str


def model_answers_path(instructor_dir: Path, quiz_id: str) -> Path:
    return instructor_dir / "quizzes" / f"{quiz_id}.toml"


def load_model_answers(path: Path) -> dict[str, ModelAnswer]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QuizError(
            f"{path}: no model answers here; the teaching edition keeps them in instructor/"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise QuizError(f"{path}: not valid TOML ({error})") from None
    answers: dict[str, ModelAnswer] = {}
    for question_id, entry in data.items():
        if not isinstance(entry, dict) or "answer" not in entry or not entry.get("explanation"):
            raise QuizError(f"{path}: [{question_id}] needs both 'answer' and 'explanation'")
        answers[question_id] = ModelAnswer(entry["answer"], str(entry["explanation"]).strip())
    return answers


def accepted_answers(question: Question, model: ModelAnswer) -> list[str]:
    """Every normalised answer the question accepts, the canonical one first."""
    try:
        if isinstance(question, ShortText):
            variants = model.answer if isinstance(model.answer, list) else [model.answer]
            accepted = [question.normalise(variant) for variant in variants]
        elif isinstance(question, NumberAnswer):
            if question.tolerance and not isinstance(model.answer, int):
                raise QuizError(f"{question.id}: a tolerance needs a whole-number answer")
            if isinstance(model.answer, int):
                centre = model.answer
                accepted = [question.normalise(centre)]
                accepted += [
                    question.normalise(centre + offset)
                    for distance in range(1, question.tolerance + 1)
                    for offset in (-distance, distance)
                ]
            else:
                accepted = [question.normalise(model.answer)]
        else:
            accepted = [question.normalise(model.answer)]
    except NormalisationError as error:
        raise QuizError(f"{question.id}: the model answer {model.answer!r} is invalid: {error}") from None
    return list(dict.fromkeys(accepted))


def key_problem(question: Question, model: ModelAnswer, events_by_id: Mapping[str, Event]) -> str | None:
    """Why ``model`` cannot key ``question`` (its type, its range, an order the events contradict), or None.

    Shared by ``pakru overlay check`` for the public questions and for an overlay's variants.
    """
    try:
        accepted = accepted_answers(question, model)
    except QuizError as error:
        return str(error).split(": ", 1)[-1]
    if isinstance(question, Ordering) and events_by_id:
        expected = question.correct_order(events_by_id)
        if accepted[0] != expected:
            return f"the order {accepted[0]} disagrees with the events file, which gives {expected}"
    return None


def plain_keys(question: Question, model: ModelAnswer) -> PlainKeys:
    """A model answer as keys for :func:`pakru.quiz.grade_answer`, as the batch and Gradescope grade."""
    accepted = tuple(accepted_answers(question, model))
    correct = frozenset(accepted[0].split(",")) if isinstance(question, MultipleSelect) else None
    return PlainKeys(accepted, model.explanation, correct)


def partial_keys(question: MultipleSelect, quiz_id: str, correct: str) -> dict[str, tuple[int, int]]:
    """Hashes of every wrong selection that still earns credit, with its right and wrong picks."""
    right = set(correct.split(","))
    letters = letters_for(len(question.options))
    picks: dict[str, tuple[int, int]] = {}
    for size in range(1, len(letters) + 1):
        for chosen in itertools.combinations(letters, size):
            selection = set(chosen)
            credit = partial_for(selection, right)
            if selection != right and credit.score(question.points) > 0:
                picks[answer_key(question.salt(quiz_id), ",".join(sorted(selection)))] = (
                    credit.hits,
                    credit.wrongs,
                )
    return picks


def seal_question(
    quiz_id: str, question: Question, model: ModelAnswer, events_by_id: Mapping[str, Event]
) -> Seal:
    accepted = accepted_answers(question, model)
    if isinstance(question, Ordering):
        expected = question.correct_order(events_by_id)
        if accepted[0] != expected:
            raise QuizError(
                f"{quiz_id}.{question.id}: the model order {accepted[0]} disagrees with the events file, "
                f"which gives {expected}"
            )
    salt = question.salt(quiz_id)
    content_key = content_key_for(salt, accepted[0])
    is_multiple = isinstance(question, MultipleSelect)
    partial = partial_keys(question, quiz_id, accepted[0]) if is_multiple else {}
    return Seal(
        keys=tuple(seal_answer(salt, answer, content_key) for answer in accepted),
        explanation=encrypt_explanation(content_key, model.explanation),
        partial=partial,
        correct_count=len(accepted[0].split(",")) if is_multiple else 0,
    )


def seal_quiz(quiz: Quiz, models: Mapping[str, ModelAnswer], events: Sequence[Event]) -> dict[str, Seal]:
    events_by_id = {event.id: event for event in events}
    missing = [question.id for question in quiz.questions if question.id not in models]
    if missing:
        raise QuizError(f"{quiz.id}: no model answer for {', '.join(missing)}")
    extra = sorted(set(models) - {question.id for question in quiz.questions})
    if extra:
        raise QuizError(f"{quiz.id}: model answers for unknown questions {', '.join(extra)}")
    return {
        question.id: seal_question(quiz.id, question, models[question.id], events_by_id)
        for question in quiz.questions
    }


def seals_block(seals: Mapping[str, Seal]) -> str:
    data = {question_id: seal.to_data() for question_id, seal in seals.items()}
    # fmt: off keeps formatters from re-wrapping the block, so sealing is stable.
    body = json.dumps(data, indent=4, ensure_ascii=False)
    return f"{SEALS_MARKER}\n# fmt: off\nSEALS = {body}\n# fmt: on\n"


def write_seals(module_path: Path, seals: Mapping[str, Seal]) -> bool:
    """Replace the module's SEALS block; returns whether the file changed."""
    source = module_path.read_text(encoding="utf-8")
    head = source.split(SEALS_MARKER, 1)[0].rstrip("\n")
    updated = f"{head}\n\n\n{seals_block(seals)}"
    if updated == source:
        return False
    module_path.write_text(updated, encoding="utf-8")
    return True


def verify_seals(quiz: Quiz, models: Mapping[str, ModelAnswer]) -> list[str]:
    """Problems where a committed seal does not match the model answers."""
    problems: list[str] = []
    for question in quiz.questions:
        model = models.get(question.id)
        if question.seal is None or model is None:
            problems.append(f"{quiz.id}.{question.id}: missing seal or model answer")
            continue
        accepted = accepted_answers(question, model)
        salt = question.salt(quiz.id)
        keys = {entry.key: entry for entry in question.seal.keys}
        for answer in accepted:
            entry = keys.get(answer_key(salt, answer))
            if entry is None:
                problems.append(f"{quiz.id}.{question.id}: no key for the model answer {answer!r}")
            elif unlock_explanation(salt, answer, entry, question.seal.explanation) != model.explanation:
                problems.append(f"{quiz.id}.{question.id}: the sealed explanation is out of date")
        if len(keys) != len(accepted):
            problems.append(f"{quiz.id}.{question.id}: the seal accepts answers the model does not")
        if isinstance(question, MultipleSelect) and (
            dict(question.seal.partial) != partial_keys(question, quiz.id, accepted[0])
            or question.seal.correct_count != len(accepted[0].split(","))
        ):
            problems.append(f"{quiz.id}.{question.id}: the partial-credit keys are out of date")
    return problems


# --- key balance ------------------------------------------------------------------

KEY_SHARE_LIMIT = 0.35
# Below three single-choice questions some letter always exceeds the limit, so a warning would say nothing.
MIN_SINGLE_CHOICE_FOR_BALANCE = 3


@dataclass(frozen=True)
class KeyLetters:
    """The letters of one quiz's single-choice and multiple-select keys, from its model answers."""

    quiz_id: str
    single: tuple[str, ...]
    multiple: tuple[frozenset[str], ...]


def key_letters(quiz: Quiz, models: Mapping[str, ModelAnswer]) -> KeyLetters:
    single: list[str] = []
    multiple: list[frozenset[str]] = []
    for question in quiz.questions:
        model = models.get(question.id)
        if model is None:
            continue
        if isinstance(question, SingleChoice):
            single.append(accepted_answers(question, model)[0])
        elif isinstance(question, MultipleSelect):
            multiple.append(frozenset(accepted_answers(question, model)[0].split(",")))
    return KeyLetters(quiz.id, tuple(single), tuple(multiple))


def key_balance_problems(single: Sequence[str], multiple: Sequence[frozenset[str]]) -> list[str]:
    """Why a set of keys is guessable: one letter too common, or one letter in every multiple-select key."""
    problems: list[str] = []
    if len(single) >= MIN_SINGLE_CHOICE_FOR_BALANCE:
        for letter, count in sorted(Counter(single).items()):
            if count / len(single) > KEY_SHARE_LIMIT:
                problems.append(
                    f'"{letter}" is the key of {count} of {len(single)} single-choice questions '
                    f"({count / len(single):.0%}, more than {KEY_SHARE_LIMIT:.0%})"
                )
    if len(multiple) >= 2:
        shared = sorted(frozenset.intersection(*multiple))
        if shared:
            letters = ", ".join(f'"{letter}"' for letter in shared)
            problems.append(f"all {len(multiple)} multiple-select keys include {letters}")
    return problems


def key_balance_warnings(quizzes: Sequence[KeyLetters]) -> list[str]:
    """One warning line for each quiz whose keys drift, and one for the quizzes taken together."""
    scopes = [(keys.quiz_id, keys.single, keys.multiple) for keys in quizzes]
    if len(quizzes) > 1:
        scopes.append(
            (
                "course",
                tuple(letter for keys in quizzes for letter in keys.single),
                tuple(key for keys in quizzes for key in keys.multiple),
            )
        )
    warnings: list[str] = []
    for scope, single, multiple in scopes:
        problems = key_balance_problems(single, multiple)
        if problems:
            warnings.append(f"warning: {scope}: {'; '.join(problems)}; reorder some options")
    return warnings
