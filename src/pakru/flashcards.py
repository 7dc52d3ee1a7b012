"""The course's flashcard deck: an Anki package built with genanki from the course's own data.

* every glossary term (``course/glossary.md``): term → definition;
* every timeline event (``data/events.csv``): event → date and date → event;
* every person in the people register (``data/people.csv``, when it exists):
  name → who they were and when.

Each note's guid comes from its row's stable id (the event or person id, the
glossary term), never from its text, so a corrected date or definition updates
the note in a student's collection and keeps its review history.

Run ``python -m pakru.flashcards OUTPUT.apkg`` from the course root.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import genanki
from markupsafe import escape

from pakru.events import EventsError, load_events

DECK_ID = 1_734_905_127  # fixed, so a new version of the deck updates the one students imported
DECK_NAME = "Pakistan–Russia Relations"
CARD_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: center; } .note { font-size: 15px }"

TERM_MODEL = genanki.Model(
    1_734_905_128,
    "pakru glossary term",
    fields=[{"name": "Term"}, {"name": "Definition"}],
    templates=[
        {
            "name": "Term to definition",
            "qfmt": "{{Term}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Definition}}',
        }
    ],
    css=CARD_CSS,
)
EVENT_MODEL = genanki.Model(
    1_734_905_129,
    "pakru timeline event",
    fields=[{"name": "Event"}, {"name": "Date"}, {"name": "Summary"}],
    templates=[
        {
            "name": "Event to date",
            "qfmt": "When? {{Event}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Date}}<p class="note">{{Summary}}</p>',
        },
        {
            "name": "Date to event",
            "qfmt": "What happened? {{Date}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Event}}<p class="note">{{Summary}}</p>',
        },
    ],
    css=CARD_CSS,
)
PERSON_MODEL = genanki.Model(
    1_734_905_130,
    "pakru person",
    fields=[{"name": "Name"}, {"name": "Life"}, {"name": "Role"}],
    templates=[
        {
            "name": "Who was this?",
            "qfmt": "Who was {{Name}}?",
            "afmt": '{{FrontSide}}<hr id="answer">{{Role}}<p class="note">{{Life}}</p>',
        }
    ],
    css=CARD_CSS,
)

# MyST inline markup in definitions: {term}`CENTO` or {term}`text <Target>` → the text.
_ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)\s*(?:<[^`>]*>)?`")
_CITATION = re.compile(r"\s*\{cite:\w+\}`[^`]*`")
_EMPHASIS = re.compile(r"(\*\*|\*|_)(\S(?:.*?\S)?)\1")


class FlashcardError(ValueError):
    """Course data that cannot become cards; the message says what to fix."""


@dataclass(frozen=True)
class Card:
    """One note: its model, its stable id and its fields (plain text)."""

    model: genanki.Model
    stable_id: str
    fields: tuple[str, ...]

    @property
    def guid(self) -> str:
        return genanki.guid_for(self.model.name, self.stable_id)


def plain(markup: str) -> str:
    """A definition's MyST inline markup as plain text."""
    text = _CITATION.sub("", markup)
    text = _ROLE.sub(lambda match: match.group(1), text)
    return " ".join(_EMPHASIS.sub(lambda match: match.group(2), text).split())


def glossary_entries(glossary: Path) -> Iterator[tuple[str, str]]:
    """(term, definition) for each entry of the page's ``{glossary}`` block."""
    text = glossary.read_text(encoding="utf-8")
    block = re.search(r"^```\{glossary\}[^\n]*\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    if block is None:
        raise FlashcardError(f"{glossary}: no {{glossary}} block; the deck's terms come from it")
    term, definition = "", []
    for line in block.group(1).splitlines():
        if not line.strip() or line.startswith(":"):
            continue
        if not line[0].isspace():
            if term:
                yield term, plain(" ".join(definition))
            term, definition = line.strip(), []
        else:
            definition.append(line.strip())
    if term:
        yield term, plain(" ".join(definition))


def event_cards(events_path: Path) -> list[Card]:
    try:
        events = load_events(events_path)
    except EventsError as error:
        raise FlashcardError(str(error)) from None
    return [
        Card(EVENT_MODEL, event.id, (event.title, event.display_dates(), event.summary)) for event in events
    ]


def life(born: str, died: str) -> str:
    """'1904–1980', 'born 1931' or 'died 1901' (the register leaves unknown years empty)."""
    born, died = born.strip(), died.strip()
    if born and died:
        return f"{born}–{died}"
    if born:
        return f"born {born}"
    return f"died {died}" if died else ""


def people_cards(people_path: Path) -> list[Card]:
    with people_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    missing = {"id", "name", "born", "died", "role"} - set(rows[0] if rows else {})
    if rows and missing:
        raise FlashcardError(f"{people_path}: needs the columns {', '.join(sorted(missing))}")
    return [
        Card(PERSON_MODEL, row["id"], (row["name"], life(row["born"], row["died"]), row["role"]))
        for row in rows
    ]


def course_cards(course_root: Path) -> list[Card]:
    """Every card of the course at ``course_root`` (the folder holding course/ and data/)."""
    cards = [
        Card(TERM_MODEL, term, (term, definition))
        for term, definition in glossary_entries(course_root / "course" / "glossary.md")
    ]
    cards += event_cards(course_root / "data" / "events.csv")
    if (people := course_root / "data" / "people.csv").is_file():
        cards += people_cards(people)
    return cards


def write_deck(cards: list[Card], output: Path) -> Path:
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for card in cards:
        # Anki fields are HTML: the course's text is escaped into them.
        fields = [str(escape(field)) for field in card.fields]
        deck.add_note(genanki.Note(model=card.model, fields=fields, guid=card.guid))
    output.parent.mkdir(parents=True, exist_ok=True)
    genanki.Package(deck).write_to_file(str(output))
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pakru.flashcards", description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the .apkg file to write")
    parser.add_argument("--course", type=Path, default=Path.cwd(), help="the course root (default: here)")
    args = parser.parse_args(argv)
    try:
        cards = course_cards(args.course)
    except (FlashcardError, OSError) as error:
        print(f"pakru.flashcards: {error}", file=sys.stderr)
        return 1
    write_deck(cards, args.output)
    print(f"Wrote {len(cards)} notes to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
