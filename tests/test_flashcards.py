"""The flashcard deck: an Anki package (a zip holding SQLite) built from the course's own data."""

from __future__ import annotations

import html
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from conftest import COURSE_DIR, EVENTS_FILE
from pakru.events import load_events
from pakru.flashcards import EVENT_MODEL, course_cards, glossary_entries, main, write_deck

PEOPLE = """id,name,born,died,role,country,lessons,source,confidence
alexei-kosygin,Alexei Kosygin,1904,1980,Soviet premier (1964–1980),ussr,2,tashkent,high
liaquat-ali-khan,Liaquat Ali Khan,1895,1951,Prime minister of Pakistan (1947–1951),pakistan,1,tashkent,high
"""


@pytest.fixture
def course(tmp_path: Path) -> Path:
    root = tmp_path / "course-root"
    (root / "course").mkdir(parents=True)
    (root / "data").mkdir()
    shutil.copy(COURSE_DIR / "glossary.md", root / "course" / "glossary.md")
    shutil.copy(EVENTS_FILE, root / "data" / "events.csv")
    return root


def read_deck(package: Path) -> tuple[dict[str, list[str]], int]:
    """The deck's notes (guid: fields) and its number of cards, read as Anki would."""
    with zipfile.ZipFile(package) as archive:
        database = package.parent / f"{package.stem}.anki2"
        database.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(database) as connection:
        rows = connection.execute("select guid, flds from notes").fetchall()
        (cards,) = connection.execute("select count(*) from cards").fetchone()
    database.unlink()
    # Anki fields are HTML; the course's text was escaped into them.
    notes = {guid: [html.unescape(field) for field in fields.split("\x1f")] for guid, fields in rows}
    return notes, cards


def build(course: Path, name: str) -> tuple[dict[str, list[str]], int]:
    output = course / name
    assert main([str(output), "--course", str(course)]) == 0
    return read_deck(output)


def test_the_deck_has_terms_events_both_ways_and_people(course: Path) -> None:
    (course / "data" / "people.csv").write_text(PEOPLE, encoding="utf-8")
    notes, cards = build(course, "deck.apkg")
    terms = list(glossary_entries(course / "course" / "glossary.md"))
    events = load_events(EVENTS_FILE)
    assert len(terms) >= 15
    assert len(notes) == len(terms) + len(events) + 2
    assert cards == len(terms) + 2 * len(events) + 2, "one card per term and person, two per event"
    fields = list(notes.values())
    event = events[0]
    assert [event.title, event.display_dates(), event.summary] in fields
    assert [
        "Alexei Kosygin",
        "1904–1980",
        "Soviet premier (1964–1980)",
    ] in fields
    definitions = {note[0]: note[1] for note in fields if len(note) == 2}
    assert "{term}" not in " ".join(definitions.values()), "MyST roles become plain text"


def test_without_a_people_register_the_deck_has_terms_and_events(course: Path) -> None:
    notes, _cards = build(course, "deck.apkg")
    assert not [note for note in notes.values() if note[0] == "Alexei Kosygin"]
    assert len(notes) == len(list(glossary_entries(course / "course" / "glossary.md"))) + len(
        load_events(EVENTS_FILE)
    )


def test_a_corrected_row_keeps_its_notes_guid(course: Path) -> None:
    (course / "data" / "people.csv").write_text(PEOPLE, encoding="utf-8")
    before, _ = build(course, "before.apkg")
    event = load_events(EVENTS_FILE)[0]
    events_file = course / "data" / "events.csv"
    text = events_file.read_text(encoding="utf-8")
    assert text.count(event.title) == 1
    events_file.write_text(text.replace(event.title, event.title + " (corrected)"), encoding="utf-8")
    people = course / "data" / "people.csv"
    people.write_text(PEOPLE.replace("1904,1980", "1904,1981"), encoding="utf-8")

    after, _ = build(course, "after.apkg")
    assert before.keys() == after.keys(), "every note keeps its guid"
    changed = {guid for guid in before if before[guid] != after[guid]}
    assert len(changed) == 2
    assert {after[guid][0] for guid in changed} == {
        event.title.replace("'", "&#39;") + " (corrected)",
        "Alexei Kosygin",
    }


def test_the_guid_comes_from_the_id_not_the_text(tmp_path: Path) -> None:
    cards = [card for card in course_cards(COURSE_DIR.parent) if card.model is EVENT_MODEL]
    deck = write_deck(cards[:1], tmp_path / "one.apkg")
    (guid,) = read_deck(deck)[0]
    assert guid == cards[0].guid
    assert cards[0].stable_id == load_events(EVENTS_FILE)[0].id


def test_bad_data_is_one_clear_line(course: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (course / "data" / "events.csv").write_text("not,the,header\n", encoding="utf-8")
    assert main([str(course / "deck.apkg"), "--course", str(course)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("pakru.flashcards: ")
    assert "events.csv" in error
    assert len(error.splitlines()) == 1
