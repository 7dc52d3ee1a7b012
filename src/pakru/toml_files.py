"""Read a course data file in TOML, turning every way it can fail into one line for its author."""

from __future__ import annotations

import tomllib
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
