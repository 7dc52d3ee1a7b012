"""Read a course data file in TOML, turning every way it can fail into one line for its author."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def read_toml(path: Path, error: type[Exception], missing: str) -> dict[str, Any]:
    """The table in ``path``; raises ``error`` with ``missing`` when the file is absent."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{path}: {missing}") from None
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as problem:
        raise error(f"{path}: not valid TOML ({problem})") from None


def unknown_key_problems(
    where: str, table: Mapping[str, object], allowed: Sequence[str], owner: str, related: Sequence[str] = ()
) -> list[str]:
    """One line per key of ``table`` that is not in ``allowed``, naming the nearest known key.

    A misspelt key would otherwise be ignored without a word (a tolerance never applied, an
    explanation never shown). ``related`` are names that belong elsewhere (a question's fields
    in a key file) and only serve as suggestions; ``owner`` says what has ``allowed``, as in
    "a key".
    """
    problems: list[str] = []
    for key in sorted(set(table) - set(allowed)):
        nearest = difflib.get_close_matches(key, [*allowed, *related], n=1, cutoff=0.75)
        has = f"{owner} has {', '.join(allowed)}"
        if nearest and nearest[0] in allowed:
            problems.append(f"{where}: unknown key {key!r} (did you mean {nearest[0]!r}?)")
        elif nearest:
            problems.append(f"{where}: unknown key {key!r} (did you mean {nearest[0]!r}? {has} only)")
        else:
            problems.append(f"{where}: unknown key {key!r}; {has}")
    return problems
