"""Regenerate ``normalisation-cases.json`` after a deliberate change to the rules.

Run ``python tests/data/make_normalisation_cases.py``; review the diff, because
the browser tests hold pakru-quiz.js to the same file.
"""

from __future__ import annotations

import json
from pathlib import Path

from pakru.normalise import NormalisationError, normalise_number, normalise_text
from pakru.sealing import answer_key

SALTS = {"text": "pakru:cases:q:text:", "number": "pakru:cases:q:number:"}
TEXTS = [
    "Tashkent",
    "  TASHKENT  ",
    "Tōshkent",
    "Toshkent!",
    "U.S.S.R.",
    "USSR",
    "Soviet   Union",
    "soviet-union",
    "Zafrullah Khan",
    "ZAFRULLAH—KHAN",
    "Gromyko’s",
    "Gromyko's",
    "Ташкент",
    "İstanbul",
    "Straße",
    "ﬁne ｆｕｌｌ width",
    "Café  au lait",
    "١٩٧١",
    "Liaquat Ali Khan.",
    "Muhammad Zia-ul-Haq",
    "  ",
    "naïve résumé",
    "Kosygin; Shastri & Ayub",
    "Ǆ digraph",
    "the Durand Line",
    "The Durand Line.",
    "  «The   Durand  Line»  ",
    "an Afghan buffer",
    "A Tashkent",
    "The the Hague",
    "the",
    "A",
    "Republic of India",
    "'Simla Agreement'.",
    "theory",
]
NUMBERS = [
    "1971",
    "1,971",
    " 1971 ",
    "1 971",
    "0071",
    "2.50",
    "-3",
    "+5",
    "-0",
    "12_000",
    "3.0",
    "1e3",
    "nineteen",
    "19.71.0",
    "１９７１",
    "١٩٧١",
]


def build_cases() -> dict[str, object]:
    cases: list[dict[str, object]] = []
    for text in TEXTS:
        normalised = normalise_text(text)
        cases.append(
            {
                "kind": "text",
                "input": text,
                "normalised": normalised,
                "key": answer_key(SALTS["text"], normalised),
            }
        )
    for text in NUMBERS:
        try:
            number: str | None = normalise_number(text)
        except NormalisationError:
            number = None
        cases.append(
            {
                "kind": "number",
                "input": text,
                "normalised": number,
                "key": None if number is None else answer_key(SALTS["number"], number),
            }
        )
    return {
        "description": "Shared normalisation cases, checked in Python (tests/test_normalise.py) "
        "and in the page's pakru-quiz.js (browser tests). key = sha256(salt + normalised), hex; "
        "normalised null means the input is not a number.",
        "salts": SALTS,
        "cases": cases,
    }


if __name__ == "__main__":
    target = Path(__file__).with_name("normalisation-cases.json")
    target.write_text(json.dumps(build_cases(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target}")
