"""System tools that some tests need: skip where one is missing, fail when CI requires them.

``.ci/run`` installs chromium, epubcheck and poppler-utils and sets
``PAKRU_REQUIRE_SYSTEM_TOOLS=1``, so on CI a missing tool is a failure, never a
quiet skip. On a developer's machine the test skips with a one-line reason.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest

REQUIRE_VARIABLE = "PAKRU_REQUIRE_SYSTEM_TOOLS"


def tools_required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "").strip() not in {"", "0"}


def missing(reason: str) -> NoReturn:
    """Skip with ``reason``, or fail with it where the environment requires every tool."""
    if tools_required():
        pytest.fail(f"{reason} ({REQUIRE_VARIABLE} is set)", pytrace=False)
    pytest.skip(reason)


def require_tool(name: str, package: str | None = None) -> str:
    """The path of the program ``name`` on PATH; skips or fails without it."""
    path = shutil.which(name)
    if path is None:
        missing(f"{name} is not installed (Debian package {package or name})")
    return path


def require_module(name: str, package: str) -> ModuleType:
    """Import ``name``; skips or fails where the Python package is missing."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing(f"the Python package {package} is not installed (pip install -e '.[test]')")


def epubcheck_command() -> list[str]:
    """How to run epubcheck here.

    Debian's ``/usr/bin/epubcheck`` is a symlink to a jar that only runs where
    binfmt_misc knows jars, which containers rarely do, so run it with java.
    """
    path = require_tool("epubcheck")
    with Path(path).open("rb") as program:
        is_jar = program.read(2) == b"PK"
    if is_jar:
        return [require_tool("java", "default-jre-headless"), "-jar", path]
    return [path]
