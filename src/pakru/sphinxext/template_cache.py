"""Keep the theme's compiled templates between builds, in the build's doctree folder.

Jinja compiles every template a build uses, and the book theme uses dozens: compiling
them is most of the time a one-lesson rebuild spends on its two or three pages. Jinja's
own bytecode cache stores each compiled template with a checksum of its source, so an
edited template is compiled again. Compiled code also depends on the template
environment (its class and extensions, such as i18n for a translated build), which the
cache does not check, so each kind of environment gets a folder of its own.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from jinja2.bccache import FileSystemBytecodeCache

if TYPE_CHECKING:
    from sphinx.application import Sphinx

CACHE_DIR = "pakru-templates"


def environment_kind(environment: jinja2.Environment) -> str:
    """What compiled code depends on besides the source: a short digest."""
    described = [
        jinja2.__version__,
        sys.version,
        f"{type(environment).__module__}.{type(environment).__qualname__}",
        *sorted(environment.extensions),
    ]
    return hashlib.sha256("\0".join(described).encode()).hexdigest()[:16]


def cache_compiled_templates(app: Sphinx) -> None:
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if not isinstance(environment, jinja2.Environment) or environment.bytecode_cache is not None:
        return
    folder = Path(app.doctreedir) / CACHE_DIR / environment_kind(environment)
    folder.mkdir(parents=True, exist_ok=True)
    # Jinja writes each entry to a temporary file and renames it: parallel writers are safe.
    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def setup_template_cache(app: Sphinx) -> None:
    app.connect("builder-inited", cache_compiled_templates)
