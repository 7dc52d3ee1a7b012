"""Answer normalisation, specified once here and mirrored in ``pakru-quiz.js``.

The rules, applied in order to free text:

1. Unicode NFKD, then drop combining marks (category ``Mn``): "Tōshkent" → "Toshkent".
2. Case fold with ``str.lower()`` (JavaScript's ``toLowerCase()``), then step 1
   again, because lower-casing "İ" yields a combining dot.
3. Full stops and apostrophes (``.`` ``'`` ``‘`` ``’`` ``ʼ``) are dropped, so
   "U.S.S.R." reads as "ussr".
4. Every other run of characters that are not letters (``L*``) or digits
   (``N*``) becomes one space; leading and trailing spaces go. So surrounding
   punctuation, a trailing full stop and repeated spaces never matter.
5. Leading articles ("the", "a", "an") go while another word follows:
   "The Durand Line." reads as "durand line".

Numbers drop spaces, commas, underscores and thin spaces used as thousands
separators and come back as the shortest decimal text: "1,971" → "1971",
"2.50" → "2.5". Option letters come back lower-case and comma-joined: "C, a" → "c,a".
The shared cases in ``normalisation-cases.json`` pin both implementations down.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

NUMBER = re.compile(r"^[+-]?[0-9]+(?:\.[0-9]+)?$")
# Dropped inside words, so "U.S.S.R." matches "USSR" and "Gromyko's" matches "Gromykos".
JOINING_PUNCTUATION = re.compile("[.'\u2018\u2019\u02bc]")
# Compared after case folding; a lone article is kept, so "A" is still an answer.
LEADING_ARTICLES = frozenset({"the", "a", "an"})
NUMBER_SEPARATORS = re.compile(r"[\s,_\u2009\u202f]")


class NormalisationError(ValueError):
    """An answer that cannot be read as the kind the question asks for."""


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if unicodedata.category(character) != "Mn")


def normalise_text(text: str) -> str:
    """Fold case, accents, punctuation and spacing away.

    >>> normalise_text("  Tōshkent -- DECLARATION! ")
    'toshkent declaration'
    >>> normalise_text("The Durand Line.")
    'durand line'
    """
    folded = JOINING_PUNCTUATION.sub("", strip_marks(strip_marks(text).lower()))
    words: list[str] = []
    current: list[str] = []
    for character in folded:
        if unicodedata.category(character)[0] in "LN":
            current.append(character)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    while len(words) > 1 and words[0] in LEADING_ARTICLES:
        del words[0]
    return " ".join(words)


def normalise_number(value: object) -> str:
    """The canonical text of a number or year.

    >>> normalise_number("1,971"), normalise_number(2.50), normalise_number("-3")
    ('1971', '2.5', '-3')
    """
    if isinstance(value, bool):
        raise NormalisationError("write a number, not True or False")
    if isinstance(value, int):
        return str(value)
    text = NUMBER_SEPARATORS.sub("", strip_marks(str(value)))
    if not NUMBER.match(text):
        raise NormalisationError(f"{value!r} is not a number; write digits such as 1971")
    try:
        number = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern already guards this
        raise NormalisationError(f"{value!r} is not a number") from None
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def normalise_letters(value: object, allowed: Iterable[str], *, ordered: bool) -> str:
    """Option letters from ``"b"``, ``"c, a"`` or ``["c", "a"]``; sorted unless ``ordered``.

    >>> normalise_letters("C, a", "abcd", ordered=False)
    'a,c'
    """
    if isinstance(value, str):
        parts = [part for part in re.split(r"[\s,;]+", value.strip()) if part]
        if len(parts) == 1 and len(parts[0]) > 1 and parts[0].isalpha():
            parts = list(parts[0])
    elif isinstance(value, list | tuple):
        parts = [str(part).strip() for part in value]
    else:
        raise NormalisationError('write option letters as a string such as "b" or a list such as ["a", "c"]')
    letters = [part.lower() for part in parts]
    allowed_letters = list(allowed)
    unknown = [letter for letter in letters if letter not in allowed_letters]
    if unknown:
        raise NormalisationError(f"unknown option {unknown[0]!r}; choose from {', '.join(allowed_letters)}")
    if len(set(letters)) != len(letters):
        raise NormalisationError("an option letter appears twice; give each letter once")
    if not letters:
        raise NormalisationError("no option letters given")
    return ",".join(letters if ordered else sorted(letters))
