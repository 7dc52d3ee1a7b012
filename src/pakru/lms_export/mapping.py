"""The course's questions as LMS questions: one model that the Moodle, QTI and GIFT writers share.

Each public question becomes a *bank*: the question and its private variants, from
which the LMS draws one. The mapping decides, once for every format, what each kind
becomes, which forms a short answer accepts, which fractions a multiple-select
question gives, and where an LMS's rule differs from the course's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from pakru.instructor_pipeline.overlay import Overlay
from pakru.instructor_pipeline.overlay_variants import NO_VARIANTS, OverlayVariants, Variant, kind_name
from pakru.normalise import LEADING_ARTICLES, normalise_number, normalise_text
from pakru.quiz import Matching, NumberAnswer, Ordering, Question, Quiz, QuizError, letters_for
from pakru.quiz_authoring import ModelAnswer, accepted_answers

FORMATS = ("moodle", "qti", "gift")
ARTICLES = ("the", "a", "an")  # every article the course drops; kept in one order for stable output


class ExportError(ValueError):
    """A quiz cannot be exported; worded for the instructor."""


@dataclass(frozen=True)
class LmsQuestion:
    """One question as every LMS format needs it, with its key in the clear."""

    ident: str  # unique in the export: pakru_<quiz>_<question>_v<n>
    name: str  # shown in the LMS's question bank
    kind: str  # single, multiple, short, numeric, matching, ordering
    prompt: str
    points: int
    explanation: str
    objective: str
    public: bool  # the public question itself (its text is in the student edition)
    options: tuple[str, ...] = ()  # choices; matching: the right-hand options; ordering: items as shown
    items: tuple[str, ...] = ()  # matching: the numbered items on the left
    correct: tuple[str, ...] = ()  # letters: single (1), multiple (the right ones), matching (one per item),
    # ordering (the items' letters, earliest first)
    answers: tuple[str, ...] = ()  # short: the forms the instructor wrote, canonical first
    number: str = ""  # numeric: the centre, as the course normalises it
    tolerance: int = 0

    def option_for(self, letter: str) -> str:
        return self.options[letters_for(len(self.options)).index(letter)]

    @property
    def choice_fractions(self) -> tuple[Decimal, ...]:
        """Per option, the share of the marks it adds (multiple: negative for a wrong pick)."""
        letters = letters_for(len(self.options))
        if self.kind == "single":
            return tuple(Decimal(1) if letter in self.correct else Decimal(0) for letter in letters)
        # The course's rule (PartialCredit): (right picks - wrong picks) / right options, at least 0.
        # An LMS that adds per-option fractions and floors the sum at 0 gives exactly that.
        share = Decimal(1) / Decimal(len(self.correct))
        return tuple(share if letter in self.correct else -share for letter in letters)

    @property
    def accepted_forms(self) -> tuple[str, ...]:
        return short_answer_forms(self.answers)


@dataclass(frozen=True)
class Bank:
    """A public question and its variants: the LMS draws one of them."""

    quiz_id: str
    ident: str  # pakru_<quiz>_<question>
    question_id: str
    questions: tuple[LmsQuestion, ...]

    @property
    def has_private(self) -> bool:
        return any(not question.public for question in self.questions)


@dataclass(frozen=True)
class LmsQuiz:
    id: str
    title: str
    banks: tuple[Bank, ...]


@dataclass(frozen=True)
class Export:
    """What the writers write, with the notices the command prints."""

    quizzes: tuple[LmsQuiz, ...]
    warnings: tuple[str, ...] = ()
    keys_from: str = ""
    notices: list[str] = field(default_factory=list)


# --- short answers ---------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _without_article_and_stop(text: str) -> str:
    words = _SPACES.sub(" ", text.strip()).rstrip(".").strip().split(" ")
    while len(words) > 1 and words[0].lower() in LEADING_ARTICLES:
        del words[0]
    return " ".join(words)


def short_answer_forms(written: Iterable[str]) -> tuple[str, ...]:
    """Every form an LMS must list so that it accepts what the course's normalisation accepts.

    An LMS compares a short answer case-insensitively after trimming, so for each form
    the instructor wrote, and for its normalised form, this lists the bare form, the form
    with a trailing full stop, and both after each leading article ("the", "a", "an").
    Differences the course folds beyond those (accents, inner punctuation, repeated
    spaces) are not listed; :func:`short_answer_gaps` names them for the guide.
    """
    forms: dict[str, str] = {}
    for text in written:
        if text.strip():
            forms.setdefault(text.strip().lower(), text.strip())  # as written, whatever its spacing
        for base in (text, normalise_text(text)):
            stem = _without_article_and_stop(base)
            if not stem:
                continue
            for article in ("", *ARTICLES):
                prefixed = f"{article} {stem}" if article else stem
                for form in (prefixed, f"{prefixed}."):
                    forms.setdefault(form.lower(), form)
    return tuple(forms.values())


def lms_accepts_short(forms: Sequence[str], response: str) -> bool:
    """How Moodle's shortanswer (usecase 0) and Canvas's short answer compare: trimmed, any case."""
    wanted = response.strip().lower()
    return any(form.lower() == wanted for form in forms)


# --- building the model ----------------------------------------------------------------------


def _lms_question(
    quiz_id: str, bank: str, number: int, question: Question, model: ModelAnswer, *, public: bool, label: str
) -> LmsQuestion:
    accepted = accepted_answers(question, model)
    kind = kind_name(question)
    common: dict[str, object] = {
        "ident": f"pakru_{quiz_id}_{bank}_v{number}",
        "name": f"{quiz_id} {bank} {label}",
        "kind": kind,
        "prompt": question.prompt.strip(),
        "points": question.points,
        "explanation": model.explanation,
        "objective": question.objective,
        "public": public,
    }
    if kind in ("single", "multiple"):
        return LmsQuestion(
            **common,
            options=tuple(question.options),
            correct=tuple(accepted[0].split(",")),  # type: ignore[arg-type,attr-defined]
        )
    if isinstance(question, Matching):
        return LmsQuestion(
            **common,
            options=question.options,
            items=question.items,
            correct=tuple(accepted[0].split(",")),  # type: ignore[arg-type]
        )
    if isinstance(question, Ordering):
        shown = tuple(text for _, text in question.choices())
        return LmsQuestion(**common, options=shown, correct=tuple(accepted[0].split(",")))  # type: ignore[arg-type]
    if isinstance(question, NumberAnswer):
        return LmsQuestion(
            **common,  # type: ignore[arg-type]
            number=normalise_number(model.answer if not isinstance(model.answer, list) else model.answer[0]),
            tolerance=question.tolerance,
        )
    written = model.answer if isinstance(model.answer, list) else [model.answer]
    return LmsQuestion(**common, answers=tuple(str(form) for form in written))  # type: ignore[arg-type]


def build_export(
    quizzes: Sequence[Quiz],
    keys: Overlay,
    variants: OverlayVariants = NO_VARIANTS,
    keys_from: str = "",
    *,
    private_only: bool = False,
) -> Export:
    """The banks of ``quizzes``: each public question with ``keys``' key, then its variants.

    With ``private_only``, a bank that has private variants leaves its public question out,
    so students who practised the public question cannot draw it.
    """
    lms_quizzes: list[LmsQuiz] = []
    warnings: list[str] = []
    for quiz in quizzes:
        models = keys.quiz_keys.get(quiz.id)
        if models is None:
            raise ExportError(f"no keys for quiz {quiz.id}; add quizzes/{quiz.id}.toml to the overlay")
        banks: list[Bank] = []
        for question in quiz.questions:
            model = models.get(question.id)
            if model is None:
                raise ExportError(f"no key for {quiz.id}.{question.id}; add [{question.id}] to its keys file")
            try:
                members = [
                    _lms_question(quiz.id, question.id, 1, question, model, public=True, label="(public)")
                ]
                members += [
                    _lms_question(
                        quiz.id,
                        question.id,
                        number,
                        variant.question,
                        variant.model,
                        public=False,
                        label=f"variant {number - 1}",
                    )
                    for number, variant in enumerate(variants.for_question(quiz.id, question.id), start=2)
                ]
            except QuizError as error:
                raise ExportError(f"{quiz.id}: {error}") from None
            if private_only and len(members) > 1:
                members = members[1:]
            bank = Bank(quiz.id, f"pakru_{quiz.id}_{question.id}", question.id, tuple(members))
            if not bank.has_private:
                warnings.append(
                    f"warning: {quiz.id} {question.id} has no private variant: its text and keys are public"
                )
            banks.append(bank)
        for extra in variants.extras_for(quiz.id):
            banks.append(_extra_bank(extra))
        lms_quizzes.append(LmsQuiz(quiz.id, quiz.title, tuple(banks)))
    return Export(tuple(lms_quizzes), tuple(warnings), keys_from)


def _extra_bank(extra: Variant) -> Bank:
    question = _lms_question(
        extra.quiz_id, extra.bank, 1, extra.question, extra.model, public=False, label="(extra)"
    )
    return Bank(extra.quiz_id, f"pakru_{extra.quiz_id}_{extra.bank}", extra.bank, (question,))


# --- where an LMS differs from the course ------------------------------------------------------

# Why each format cannot follow the course exactly for a kind; {q} is the question.
SHORT = (
    "accepts the listed forms in any case; accents, inner punctuation and spacing are not folded "
    "as the course folds them"
)
NUMERIC = "accepts any number within the tolerance, including decimals the course refuses"
MATCHING = "gives partial credit per right pair (the course gives all or nothing)"
DIFFERENCES: Mapping[str, Mapping[str, str]] = {
    "moodle": {"short": SHORT, "numeric": NUMERIC, "matching": MATCHING},
    "qti": {
        "short": SHORT,
        "numeric": NUMERIC,
        "matching": MATCHING,
        "ordering": "becomes matching of each item to its position, with partial credit per right position "
        "(QTI 1.2 as Canvas reads it has no ordering type)",
        "multiple": "encodes the course's right-minus-wrong rule in resprocessing; in Canvas New Quizzes "
        "choose 'Partial credit with penalty', which is the same rule",
    },
    "gift": {
        "short": SHORT,
        "numeric": NUMERIC,
        "matching": MATCHING,
        "ordering": "becomes matching of each item to its position, with partial credit per right position "
        "(GIFT's ordering syntax needs the ordering plugin's own reader)",
        "points": "GIFT has no syntax for marks: set the question's default mark after import",
    },
}


def differences(export: Export, fmt: str) -> list[str]:
    """One line per question whose kind the format cannot represent exactly."""
    rules = DIFFERENCES[fmt]
    lines: list[str] = []
    for quiz in export.quizzes:
        for bank in quiz.banks:
            for question in bank.questions:
                reason = rules.get(question.kind)
                if question.kind == "numeric" and not question.tolerance:
                    reason = None  # an exact number means the same everywhere
                if reason:
                    lines.append(f"{fmt}: {question.name} ({question.kind}): {reason}")
                if fmt == "gift" and question.points != 1:
                    lines.append(f"{fmt}: {question.name} ({question.points} points): {rules['points']}")
    return lines


def position_label(position: int) -> str:
    """The right-hand option for an ordering question written as matching: "1 (earliest)", "2", ..."""
    return f"{position} (earliest)" if position == 1 else str(position)


def ordering_as_matching(question: LmsQuestion) -> list[tuple[str, str]]:
    """(item, position label) pairs, in the order the items are shown."""
    letters = letters_for(len(question.options))
    positions = {letter: position for position, letter in enumerate(question.correct, start=1)}
    return [
        (text, position_label(positions[letter]))
        for letter, text in zip(letters, question.options, strict=True)
    ]


def percent(fraction: Decimal) -> str:
    """A fraction as Moodle writes grades: percent with at most five decimals (33.33333, -50, 100)."""
    value = (fraction * 100).quantize(Decimal("0.00001"))
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
