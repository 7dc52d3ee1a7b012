"""The course's data for the book: read once per build, and every file it comes from recorded.

Directives ask this module for the events, the quizzes, the exercises and the maps instead
of loading them themselves, so that

* each build loads them once, when Sphinx starts reading pages (parallel readers
  inherit the same copy), and every page sees one consistent course;
* a directive records every file it depends on *before* anything can fail, so
  that fixing a broken file rebuilds the page that warned about it;
* a page that lists a folder (every quiz module, every exercise folder) is read
  again when a file appears in or disappears from that folder, which Sphinx's own
  dependency tracking cannot see;
* a page that warned about course data is read again in every build until the
  problem is fixed, so an incremental build warns as a clean one does;
* a changed bibliography rewrites the pages that cite it, whose labels
  sphinxcontrib-bibtex works out only when it writes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

from sphinx.errors import ExtensionError

from pakru.events import Event, EventsError, load_events
from pakru.exercises import Exercise, ExerciseError, discover_exercises
from pakru.maps import MapData, MapDataError, load_map_data, validate_map_data
from pakru.quiz import Quiz, QuizError, load_quiz

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

QUIZ_MODULES = "quiz_*.py"
EXERCISE_FOLDERS = "*/exercise.toml"
EXERCISE_FILES = ("exercise.toml", "checks.toml", "README.md")
# What this module records per page, in the environment (pickled with it).
READS = "pakru_course_reads"
BIB_DIGEST = "pakru_bibliography_digest"

CourseDataError = (EventsError, QuizError, ExerciseError, MapDataError)
T = TypeVar("T")


@dataclass
class Loaded:
    """One kind of course data, or the error that loading it raised."""

    value: Any = None
    error: ValueError | None = None

    def get(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value


@dataclass(frozen=True)
class CourseMaps:
    """The map data, and the problems found across it and the events (checked once, not per map)."""

    data: MapData
    problems: list[str]


@dataclass
class CourseData:
    """The events, quizzes, exercises and maps as they were when this build started reading."""

    events: Loaded = field(default_factory=Loaded)
    quizzes: Loaded = field(default_factory=Loaded)
    exercises: Loaded = field(default_factory=Loaded)
    maps: Loaded = field(default_factory=Loaded)


_SNAPSHOTS: WeakKeyDictionary[BuildEnvironment, CourseData] = WeakKeyDictionary()


def _attempt(load: Callable[[], T]) -> Loaded:
    try:
        return Loaded(value=load())
    except CourseDataError as error:
        return Loaded(error=error)


def load_course_data(config: Config) -> CourseData:
    events_path = Path(config.pakru_events_path)
    events = _attempt(lambda: load_events(events_path))

    def quizzes() -> list[Quiz]:
        loaded = []
        for module in sorted(Path(config.pakru_quizzes_path).glob(QUIZ_MODULES)):
            try:
                loaded.append(load_quiz(module, events.get()))
            except CourseDataError:
                raise
            except Exception as error:  # an author's module that does not even run
                message = f"{module}: cannot load it ({type(error).__name__}: {error}); fix the module"
                raise QuizError(message) from None
        return loaded

    def maps() -> CourseMaps:
        data = load_map_data(Path(config.pakru_maps_data_path))
        return CourseMaps(data=data, problems=validate_map_data(data, (event.id for event in events.get())))

    return CourseData(
        events=events,
        quizzes=_attempt(quizzes),
        exercises=_attempt(lambda: discover_exercises(Path(config.pakru_exercises_path))),
        maps=_attempt(maps),
    )


def course_data(env: BuildEnvironment) -> CourseData:
    """This build's course data (loaded now if the build has not started reading yet)."""
    if env not in _SNAPSHOTS:
        _SNAPSHOTS[env] = load_course_data(env.config)
    return _SNAPSHOTS[env]


def course_events(env: BuildEnvironment) -> list[Event]:
    """The events, after recording the events file; raises :class:`EventsError`."""
    note_data_file(env, Path(env.config.pakru_events_path))
    return course_data(env).events.get()


def course_quizzes(env: BuildEnvironment) -> list[Quiz]:
    """Every quiz, after recording every quiz module and the events file; raises on bad data."""
    folder = Path(env.config.pakru_quizzes_path)
    note_listing(env, folder, QUIZ_MODULES)
    for module in folder.glob(QUIZ_MODULES):
        env.note_dependency(str(module))
    note_data_file(env, Path(env.config.pakru_events_path))
    return course_data(env).quizzes.get()


def course_exercises(env: BuildEnvironment) -> list[Exercise]:
    """Every exercise, after recording the files of every exercise folder; raises on bad data."""
    folder = Path(env.config.pakru_exercises_path)
    note_listing(env, folder, EXERCISE_FOLDERS)
    for marker in folder.glob(EXERCISE_FOLDERS):
        for name in EXERCISE_FILES:
            if (marker.parent / name).is_file():
                env.note_dependency(str(marker.parent / name))
            else:  # its appearance must rebuild the page, as a fix
                note_listing(env, marker.parent, name)
    return course_data(env).exercises.get()


def course_maps(env: BuildEnvironment) -> CourseMaps:
    """The maps, after recording the files they are drawn from; raises on bad data or events."""
    note_data_file(env, Path(env.config.pakru_events_path))
    loaded = course_data(env).maps
    if loaded.error is None:
        for path in loaded.value.data.files:
            env.note_dependency(str(path))
    return loaded.get()


def note_data_file(env: BuildEnvironment, path: Path) -> None:
    """Record a data file and, when it has one, its schema (``name.schema.toml``) as dependencies."""
    env.note_dependency(str(path))
    schema = path.with_name(f"{path.stem}.schema.toml")
    if schema.is_file():
        env.note_dependency(str(schema))
    else:
        note_listing(env, path.parent, schema.name)


# --- What each page read -----------------------------------------------------


def _reads(env: BuildEnvironment) -> dict[str, dict[str, Any]]:
    if not hasattr(env, READS):
        setattr(env, READS, {})
    return getattr(env, READS)


def _listing(folder: Path, pattern: str) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.glob(pattern))


def note_listing(env: BuildEnvironment, folder: Path, pattern: str) -> None:
    """The current page depends on which files in ``folder`` match ``pattern``."""
    listings = _reads(env).setdefault(env.docname, {"listings": {}, "warned": False})["listings"]
    listings[f"{folder}\0{pattern}"] = _listing(folder, pattern)


def note_problem(env: BuildEnvironment) -> None:
    """The current page warned about course data: read it again until the data is fixed."""
    _reads(env).setdefault(env.docname, {"listings": {}, "warned": False})["warned"] = True


def outdated_pages(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Pages whose folders gained or lost a file they would pick up, or that warned last time."""
    outdated = []
    for docname, reads in _reads(env).items():
        if docname in removed:
            continue
        if reads["warned"]:
            outdated.append(docname)
            continue
        for key, seen in reads["listings"].items():
            folder, pattern = key.split("\0")
            if _listing(Path(folder), pattern) != seen:
                outdated.append(docname)
                break
    return outdated


def purge_page(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    _reads(env).pop(docname, None)


def merge_pages(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str], other: BuildEnvironment) -> None:
    """Parallel readers record in their own copy of the environment; this brings it back."""
    theirs = _reads(other)
    ours = _reads(env)
    for docname in docnames:
        if docname in theirs:
            ours[docname] = theirs[docname]


def start_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Load the course once for this build, before any page (or parallel reader) asks for it."""
    _SNAPSHOTS[env] = load_course_data(env.config)


def _digest(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode())
        digest.update(path.read_bytes() if path.is_file() else b"\0missing")
    return digest.hexdigest()


def rewrite_citing_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """When the bibliography changed, rewrite every page that cites it.

    sphinxcontrib-bibtex records only the pages with a ``{bibliography}`` as
    depending on the .bib files; citation labels ("Kux 2001") are resolved when a
    page is written, so rewriting the citing pages is enough.
    """
    bibfiles = [Path(env.srcdir) / name for name in getattr(env.config, "bibtex_bibfiles", None) or []]
    digest = _digest(bibfiles)
    before = getattr(env, BIB_DIGEST, None)
    setattr(env, BIB_DIGEST, digest)
    if before is None or before == digest:
        return []
    try:
        citation_refs = env.get_domain("cite").data.get("citation_refs", [])
    except ExtensionError:  # sphinxcontrib.bibtex is not loaded
        return []
    citing = {ref.docname for ref in citation_refs}
    return sorted(citing & env.all_docs.keys())


def setup_course_data(app: Sphinx) -> None:
    app.connect("env-get-outdated", outdated_pages)
    app.connect("env-purge-doc", purge_page)
    app.connect("env-merge-info", merge_pages)
    app.connect("env-before-read-docs", start_reading)
    app.connect("env-updated", rewrite_citing_pages)
