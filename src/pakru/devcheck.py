"""``pakru dev check``: the authors' rule that every exercise, data file and lesson is sound.

For every exercise: the untouched stub fails every check, the reference
solution passes them all, each task has a hint, task numbers agree across the
README, the checks and the hints, and the data files validate.

For the course text: no literal date in a lesson contradicts the events file,
and every day date that the file holds is written with the ``{event}`` role
(see :func:`lesson_date_problems`); every key cited in ``course/`` is in the
bibliography.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pakru.checker import run_checks
from pakru.datasets import bibliography_keys, validate_course_data, validate_data_file
from pakru.events import Event, EventsError, PartialDate, Precision, load_events
from pakru.exercises import Exercise
from pakru.maps.data import map_data_problems
from pakru.people import PeopleError, load_people
from pakru.quiz import discover_quizzes
from pakru.source_analysis import validate_tasks
from pakru.workspace import Course


def structure_problems(exercise: Exercise) -> list[str]:
    name = exercise.name
    problems: list[str] = []
    readme_tasks = set(exercise.readme_tasks)
    check_tasks = {check.task for check in exercise.checks}
    hint_tasks = {task for task, text in exercise.hints.items() if text.strip()}
    if not readme_tasks:
        problems.append(f"{name}: README.md has no '## Task N: ...' headings")
    if sorted(readme_tasks) != list(range(1, len(readme_tasks) + 1)):
        problems.append(f"{name}: README tasks must be numbered 1, 2, 3 ... without gaps")
    if check_tasks != readme_tasks:
        problems.append(
            f"{name}: tasks with checks {sorted(check_tasks)} differ from README tasks {sorted(readme_tasks)}"
        )
    if hint_tasks != readme_tasks:
        problems.append(
            f"{name}: tasks with hints {sorted(hint_tasks)} differ from README tasks {sorted(readme_tasks)}"
        )
    if not exercise.stub.exists():
        problems.append(f"{name}: stub.py is missing")
    elif "TODO (student)" not in exercise.stub.read_text(encoding="utf-8"):
        problems.append(f"{name}: stub.py has no 'TODO (student)' marker")
    return problems


def behaviour_problems(course: Course, exercise: Exercise) -> list[str]:
    problems: list[str] = []
    stub_run = run_checks(exercise.stub, exercise, course.root)
    if not stub_run.import_error:
        passing = [result.check.name for result in stub_run.results if result.passed]
        if passing:
            problems.append(f"{exercise.name}: the untouched stub already passes: {', '.join(passing)}")
    solution = exercise.solution(course.instructor_dir)
    if not solution.exists():
        return [*problems, f"{exercise.name}: no reference solution at {solution}"]
    solution_run = run_checks(solution, exercise, course.root)
    if solution_run.import_error:
        problems.append(
            f"{exercise.name}: the reference solution does not import: {solution_run.import_error}"
        )
    problems += [
        f"{exercise.name}: the reference solution fails '{result.check.name}': {result.detail}"
        for result in solution_run.results
        if not result.passed
    ]
    return problems


# --- literal dates in lessons against the events file -------------------------------

_MONTHS = "|".join(calendar.month_name[1:])
# Longest forms first, so "12–14 March 1979" is one date and not "14 March 1979".
LITERAL_DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}}) (?P<m1>{_MONTHS})\s*[–-]\s*(?P<d2>\d{{1,2}}) (?P<m2>{_MONTHS}) (?P<y>\d{{4}})\b"
    rf"|\b(?P<rd1>\d{{1,2}})\s*[–-]\s*(?P<rd2>\d{{1,2}}) (?P<rm>{_MONTHS}) (?P<ry>\d{{4}})\b"
    rf"|\b(?P<dd>\d{{1,2}}) (?P<dm>{_MONTHS}),? (?P<dy>\d{{4}})\b"
    rf"|\b(?P<um>{_MONTHS}) (?P<ud>\d{{1,2}}), (?P<uy>\d{{4}})\b"
    rf"|\b(?P<mm>{_MONTHS}) (?P<my>\d{{4}})\b"
)
# Roles, inline code, link targets and HTML comments: ids and code, not prose. The words a reader
# sees of a role ({term}`Geneva Accords`, {ref}`the accords <geneva>`) are kept by _prose_of.
_NOT_PROSE = re.compile(r"\{(?P<role>[\w:-]+)\}`(?P<body>[^`]*)`|``[^`]*``|`[^`]*`|\]\([^)]*\)|<!--.*?-->")
_ROLES_WITH_PROSE = frozenset({"term", "abbr", "ref", "doc", "numref", "document-ref"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
_EVENT_ROLE = re.compile(r"\{event(?:-date)?\}`\s*([^`\s]+)\s*`")
_OTHER_CALENDAR = re.compile(
    r"\b(?:Julian|Old Style|O\.S\.|old (?:Russian )?calendar|Hijri|Shamsi|Bengali calendar)", re.IGNORECASE
)
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "has",
        "have",
        "his",
        "her",
        "in",
        "into",
        "is",
        "its",
        "near",
        "of",
        "off",
        "on",
        "one",
        "over",
        "that",
        "the",
        "to",
        "up",
        "was",
        "with",
    ]
)
NEAR_DAYS = 31  # "about a month": a literal this close to an event named in its sentence is about it


@dataclass(frozen=True)
class LiteralDate:
    """A date written out in a lesson, with its sentence and the events its paragraph dates by role."""

    text: str
    start: PartialDate
    end: PartialDate | None
    line: int
    sentence: str
    paragraph: int
    roles_in_paragraph: frozenset[str]


def _month(name: str) -> int:
    return list(calendar.month_name).index(name)


def _literal_from_match(match: re.Match[str]) -> tuple[PartialDate, PartialDate | None]:
    group = match.group
    if group("d1"):
        year = int(group("y"))
        return (
            PartialDate(year, _month(group("m1")), int(group("d1"))),
            PartialDate(year, _month(group("m2")), int(group("d2"))),
        )
    if group("rd1"):
        year, month = int(group("ry")), _month(group("rm"))
        return PartialDate(year, month, int(group("rd1"))), PartialDate(year, month, int(group("rd2")))
    if group("dd"):
        return PartialDate(int(group("dy")), _month(group("dm")), int(group("dd"))), None
    if group("ud"):
        return PartialDate(int(group("uy")), _month(group("um")), int(group("ud"))), None
    return PartialDate(int(group("my")), _month(group("mm"))), None


def _prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines of running prose, as written (roles included).

    Left out, as blank lines so paragraphs stay apart: front matter, code, directive options,
    quotations (``>`` lines: verbatim sources keep their own wording of dates) and directive
    arguments (captions such as "Bhutto to Nixon, Rawalpindi, 18 April 1972" date a document,
    not the event it tells of).
    """
    lines = text.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        closing = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        start = closing + 1
    code_fence = ""
    open_directives: list[str] = []  # the fences of directives opened and not yet closed
    for number, line in enumerate(lines[start:], start + 1):
        stripped = line.strip()
        if code_fence:
            if stripped.startswith(code_fence) and not stripped[len(code_fence) :].strip("`~"):
                code_fence = ""
            yield number, ""
            continue
        fence = re.match(r"^(`{3,}|~{3,})\s*(\{[\w:-]+\})?(.*)$", stripped)
        if fence:
            marker, directive, rest = fence.groups()
            if not directive and not rest.strip() and open_directives and open_directives[-1] == marker:
                open_directives.pop()
            elif directive and directive not in {"{code-block}", "{code}", "{code-cell}"}:
                # A directive's body (an admonition, a box) is prose.
                open_directives.append(marker)
            else:
                code_fence = marker
            yield number, ""
            continue
        if stripped.startswith((">", ":", "<!--")):
            yield number, ""
            continue
        yield number, line


def _paragraphs(text: str) -> Iterator[list[tuple[int, str]]]:
    """Each paragraph of prose as its numbered lines."""
    paragraph: list[tuple[int, str]] = []
    for number, line in [*_prose_lines(text), (0, "")]:
        if line.strip():
            paragraph.append((number, line.strip()))
        elif paragraph:
            yield paragraph
            paragraph = []


def _prose_of(match: re.Match[str]) -> str:
    """What a reader sees of a role, padded to the same length; blanks for anything else."""
    if match.group("role") in _ROLES_WITH_PROSE:
        shown = re.sub(r"\s*<[^>]*>\s*$", "", match.group("body"))
        return shown.ljust(len(match.group(0)))
    return " " * len(match.group(0))


def _sentences(paragraph: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Each sentence of a paragraph, roles and code blanked out, with the line it starts on."""
    joined = ""
    line_at: list[int] = []
    for line_number, part in paragraph:
        prose = _NOT_PROSE.sub(_prose_of, part) + " "
        joined += prose
        line_at += [line_number] * len(prose)
    position = 0
    for piece in _SENTENCE_END.split(joined):
        if piece.strip():
            offset = joined.index(piece, position)
            yield line_at[offset], " ".join(piece.split())
            position = offset + len(piece)


def literal_dates(text: str) -> list[LiteralDate]:
    """Every date written out to the month or day in the lesson's prose (years alone are left out)."""
    found: list[LiteralDate] = []
    for index, paragraph in enumerate(_paragraphs(text)):
        roles = frozenset(_EVENT_ROLE.findall(" ".join(line for _, line in paragraph)))
        for first_line, sentence in _sentences(paragraph):
            for match in LITERAL_DATE.finditer(sentence):
                try:
                    start, end = _literal_from_match(match)
                    datetime.date(start.year, start.month, start.day or 1)
                    if end is not None:
                        datetime.date(end.year, end.month, end.day or 1)
                except ValueError:
                    continue  # "31 June" is not a date, whatever the text meant
                found.append(LiteralDate(match.group(0), start, end, first_line, sentence, index, roles))
    return found


def _span(date: PartialDate) -> tuple[datetime.date, datetime.date]:
    """The first and last day a partial date may mean."""
    if date.precision is Precision.DAY:
        day = datetime.date(date.year, date.month, date.day)
        return day, day
    if date.precision is Precision.MONTH:
        last = calendar.monthrange(date.year, date.month)[1]
        return datetime.date(date.year, date.month, 1), datetime.date(date.year, date.month, last)
    return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)


def _whole_span(start: PartialDate, end: PartialDate | None) -> tuple[datetime.date, datetime.date]:
    return _span(start)[0], _span(end or start)[1]


def _gap_days(first: tuple[datetime.date, datetime.date], second: tuple[datetime.date, datetime.date]) -> int:
    """Days between two spans; 0 when they overlap."""
    return max((second[0] - first[1]).days, (first[0] - second[1]).days, 0)


def literal_agrees(literal: LiteralDate, event: Event) -> bool:
    """Whether the literal can be a correct statement of the event's date at the literal's precision.

    A range must match the row's range end for end; a single date may fall anywhere within the row's
    dates (a day of a conference), and a month agrees with any day in it.
    """
    if literal.end is not None and event.end_date is not None:
        return _gap_days(_span(literal.start), _span(event.date)) == 0 and (
            _gap_days(_span(literal.end), _span(event.end_date)) == 0
        )
    return _gap_days(_whole_span(literal.start, literal.end), _whole_span(event.date, event.end_date)) == 0


def _states_row(literal: LiteralDate, event: Event) -> bool:
    """Whether the literal gives the row's whole date: as precise, and a range for a range."""
    precise_enough = literal.start.precision >= event.date.precision
    return (
        precise_enough
        and (literal.end is not None or event.end_date is None)
        and literal_agrees(literal, event)
    )


def _stem(word: str) -> str:
    """A crude stem, enough for titles: "vetoes" and "veto", "announced" and "announces" match."""
    if len(word) > 4:
        word = re.sub(r"(?:es|s|ed|ing)$", "", word)
    return word[:5]


def _distinctive_title_words(events: list[Event]) -> dict[str, set[str]]:
    """Each event's title words that name it, not the whole course (not "Pakistan" or "Soviet")."""
    words = {
        event.id: {_stem(word) for word in _WORD.findall(event.title.lower()) if word not in _STOPWORDS}
        for event in events
    }
    frequency = Counter(word for title_words in words.values() for word in title_words)
    common = {word for word, count in frequency.items() if count > 3}
    return {event_id: title_words - common for event_id, title_words in words.items()}


def _names_event(sentence: str, title_words: set[str]) -> bool:
    sentence_words = {_stem(word) for word in _WORD.findall(sentence.lower())}
    return bool(title_words & sentence_words)


def _equals_row(literal: LiteralDate, event: Event) -> bool:
    day_precise = literal.start.precision is Precision.DAY and event.date.precision is Precision.DAY
    return day_precise and (literal.start, literal.end) == (event.date, event.end_date)


def lesson_date_problems(
    lesson: Path, events: list[Event], *, shown_as: str = "", require_roles: bool = True
) -> list[str]:
    """Literal dates in one lesson that contradict, or should render from, the events file.

    * A literal within :data:`NEAR_DAYS` of an event whose distinctive title words appear in the
      same sentence must agree with that row (or with another such row, when two events are close).
      Only rows no more precise than the literal count: a month written near a day-dated event is,
      in practice, the month of something related ("the invasion of Ukraine in February 2022" next
      to the General Assembly vote of 2 March), while a misdated event is written to the day.
    * With ``require_roles`` (the course's rule, for every lesson), a day-precise literal equal to
      an event's date is one the lesson should write with ``{event}`` or ``{event-date}``: as a
      literal it would not follow the data when the row changes. Without it, only contradictions
      are reported.
    """
    text = lesson.read_text(encoding="utf-8")
    name = shown_as or str(lesson)
    title_words = _distinctive_title_words(events)
    literals = literal_dates(text)
    # An event whose date a paragraph already states (by role, or by a literal that names it and
    # agrees) is settled there; the paragraph's other dates near it are about other things, such as
    # the timetable an agreement sets.
    dated_in_paragraph: dict[int, set[str]] = {}
    for literal in literals:
        dated = dated_in_paragraph.setdefault(literal.paragraph, set(literal.roles_in_paragraph))
        dated.update(
            event.id
            for event in events
            if _states_row(literal, event) and _names_event(literal.sentence, title_words[event.id])
        )
    problems: list[str] = []
    for literal in literals:
        where = f"{name}:{literal.line}: {literal.text!r}"
        if _OTHER_CALENDAR.search(literal.sentence):
            continue  # an Old Style or other calendar's date differs from the row by design
        literal_span = _whole_span(literal.start, literal.end)
        named = [
            event
            for event in events
            if literal.start.precision >= event.date.precision
            and _names_event(literal.sentence, title_words[event.id])
            and _gap_days(literal_span, _whole_span(event.date, event.end_date)) <= NEAR_DAYS
        ]
        unsettled = [event for event in named if event.id not in dated_in_paragraph[literal.paragraph]]
        if unsettled and not any(literal_agrees(literal, event) for event in named):
            rows = "; ".join(f"{event.id} is {event.display_dates()}" for event in unsettled)
            problems.append(
                f"{where} contradicts data/events.csv ({rows}); "
                f"write {{event}}`{unsettled[0].id}` instead, or fix the row if the data are wrong"
            )
            continue
        if require_roles:
            same = next((event for event in events if _equals_row(literal, event)), None)
            if same is not None:
                problems.append(
                    f"{where} is the date of event {same.id}; write {{event}}`{same.id}` "
                    "(or {event-date} when the sentence cites the source) so it follows data/events.csv"
                )
    return problems


# --- citation keys -------------------------------------------------------------------

_CITE_ROLE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]*)`|:cite(?::[a-z]+)?:`([^`]*)`")


def cited_keys(text: str) -> Iterator[str]:
    """Keys of every ``{cite:...}`` role, without sphinxcontrib-bibtex's ``{pre}key{post}`` notes."""
    for match in _CITE_ROLE.finditer(text):
        for target in (match.group(1) or match.group(2)).split(","):
            key = re.sub(r"\{[^}]*\}", "", target).strip()
            if key:
                yield key


def citation_problems(course_dir: Path, bib_file: Path, *, root: Path | None = None) -> list[str]:
    """Every cited key in ``course_dir``'s pages that is not in ``bib_file``, with file and line.

    Paths in the messages are relative to ``root`` when it is given.
    """
    try:
        keys = bibliography_keys(bib_file)
    except FileNotFoundError:
        return [f"{bib_file}: no bibliography here; the course cites from it"]
    problems: list[str] = []
    for page in sorted(course_dir.rglob("*.md")):
        name = page.relative_to(root) if root else page
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            problems += [
                f"{name}:{number}: cites {key!r}, which is not in {bib_file.name}; add it or fix the key"
                for key in cited_keys(line)
                if key not in keys
            ]
    return problems


def course_text_problems(root: Path, bib_file: Path) -> list[str]:
    """Lesson dates against the events file, and cited keys against the bibliography."""
    course_dir = root / "course"
    problems = citation_problems(course_dir, bib_file, root=root) if course_dir.is_dir() else []
    lessons = sorted((course_dir / "lessons").glob("*.md"))
    if not lessons:
        return problems
    try:
        events = load_events(root / "data" / "events.csv")
    except EventsError:
        return problems  # validate_course_data reports the events file itself
    for lesson in lessons:
        problems += lesson_date_problems(lesson, events, shown_as=str(lesson.relative_to(root)))
    return problems


def people_problems(root: Path) -> list[str]:
    """What the people register's schema cannot check (validate_course_data checks the rest)."""
    register = root / "data" / "people.csv"
    if not register.is_file():
        return []
    try:
        load_people(register)
    except PeopleError as error:
        # Schema problems are reported once, by validate_course_data; only the rest belongs here.
        return (
            [] if validate_data_file(register, register.with_suffix(".schema.toml"), None) else [str(error)]
        )
    return []


def source_analysis_problems(course: Course) -> list[str]:
    """The source-analysis tasks, their documents and (in the teaching edition) their exemplars."""
    try:
        quiz_ids: set[str] | None = {quiz.id for quiz in discover_quizzes(course.quizzes_dir)}
    except Exception:  # a broken quiz is reported by the quiz commands; the tasks are checked anyway
        quiz_ids = None
    exemplars = course.instructor_dir / "source-analysis" if course.is_teaching_edition else None
    data = course.root / "data"
    return validate_tasks(data / "source-analysis", data / "documents", quiz_ids, exemplars)


def dev_check(course: Course, exercises: Iterable[Exercise], bib_file: Path) -> list[str]:
    problems = validate_course_data(course.root / "data", bib_file)
    problems += people_problems(course.root)
    problems += map_data_problems(course.root / "data")
    problems += source_analysis_problems(course)
    problems += course_text_problems(course.root, bib_file)
    for exercise in exercises:
        problems += structure_problems(exercise)
        problems += behaviour_problems(course, exercise)
    return problems
