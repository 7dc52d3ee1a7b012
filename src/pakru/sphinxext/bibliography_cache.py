"""Format each bibliography entry once, not twice per build and again in every build.

sphinxcontrib-bibtex formats every entry of the .bib files in each build, when all
pages are read (``env-updated``), and formats each one twice: once for the
bibliography and once for the citations' tooltips, with the same style. That is a
third of a one-lesson rebuild. Formatting depends only on the style, the label and
the entry's own fields and names, so this module wraps the configured pybtex style
with a memo keyed by exactly those, and keeps the memo in the environment, so that
a rebuild formats only the entries that changed. The memo is rebuilt from what
each build used, so removed or edited entries drop out of it.

Each citation is formatted again in every page that cites it, and each time pybtex
decodes the same LaTeX strings (authors' names, titles) anew: about 3,500 decodings
in a clean build, most of them repeats. The decoded text depends only on the string,
and pybtex never changes a text once made, so :func:`memoise_latex_decoding` keeps
one per string.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

import pybtex.plugin
from pybtex.richtext import Text

if TYPE_CHECKING:
    from pybtex.database import Entry
    from pybtex.style import FormattedEntry
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

STYLES = "pybtex.style.formatting"
# In the environment (pickled with it): formatted entries by key, from the last build.
MEMO = "pakru_formatted_entries"
PERSON_PARTS = ("first_names", "middle_names", "prelast_names", "last_names", "lineage_names")
_VERSIONS = f"pybtex {version('pybtex')}, sphinxcontrib-bibtex {version('sphinxcontrib-bibtex')}"

# This build's memo: what the last build left in the environment, plus what this build formats.
_carried: dict[str, FormattedEntry] = {}
_used: dict[str, FormattedEntry] = {}


def entry_key(style: type, label: str, entry: Entry) -> str | None:
    """What a formatted entry depends on, as a digest; None for an entry that inherits fields."""
    if "crossref" in entry.fields:  # its fields come from another entry too
        return None
    persons = {
        role: [[getattr(person, part) for part in PERSON_PARTS] for person in people]
        for role, people in entry.persons.items()
    }
    described = [
        _VERSIONS,
        f"{style.__module__}.{style.__qualname__}",
        label,
        entry.key,
        entry.type,
        list(entry.fields.items()),
        persons,
    ]
    return hashlib.sha256(json.dumps(described).encode("utf-8")).hexdigest()


def memoised(style: type) -> type:
    """``style`` with ``format_entry`` looked up in this build's memo first."""
    if getattr(style, "pakru_memoised", False):
        return style

    def format_entry(self: Any, label: str, entry: Entry, bib_data: Any = None) -> FormattedEntry:
        key = entry_key(style, label, entry) if bib_data is None else None
        if key is None:
            return style.format_entry(self, label, entry, bib_data)
        if key not in _used:
            _used[key] = _carried[key] if key in _carried else style.format_entry(self, label, entry)
        return _used[key]

    return type(style.__name__, (style,), {"format_entry": format_entry, "pakru_memoised": True})


# pybtex's own, kept before this module replaces it.
PYBTEX_FROM_LATEX = Text.from_latex.__func__  # type: ignore[attr-defined]


def memoise_latex_decoding() -> None:
    """``Text.from_latex`` with one decoding per distinct string, for this process."""
    if getattr(Text.from_latex, "pakru_memoised", False):
        return
    decoded = functools.lru_cache(maxsize=8192)(lambda latex: PYBTEX_FROM_LATEX(Text, latex))

    def from_latex(cls: type[Text], latex: str) -> Text:
        return decoded(latex) if cls is Text else PYBTEX_FROM_LATEX(cls, latex)

    from_latex.pakru_memoised = True  # type: ignore[attr-defined]
    Text.from_latex = classmethod(from_latex)  # type: ignore[method-assign, assignment]


def wrap_default_style(app: Sphinx) -> None:
    """Register the memoised style under the configured style's name, for this process."""
    name = getattr(app.config, "bibtex_default_style", None)
    if not name:
        return
    style = pybtex.plugin.find_plugin(STYLES, name)
    pybtex.plugin.register_plugin(STYLES, name, memoised(style), force=True)


def start_build(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    _carried.clear()
    _carried.update(getattr(env, MEMO, {}))
    _used.clear()


def keep_used_entries(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """After sphinxcontrib-bibtex has formatted the entries: keep those for the next build."""
    setattr(env, MEMO, dict(_used))
    _carried.clear()
    return []


def setup_bibliography_cache(app: Sphinx) -> None:
    memoise_latex_decoding()
    # After sphinxcontrib-bibtex has read its configuration; before any page is read.
    app.connect("builder-inited", wrap_default_style, priority=900)
    app.connect("env-before-read-docs", start_build)
    # After sphinxcontrib-bibtex's own env-updated (at 500), which formats every entry.
    app.connect("env-updated", keep_used_entries, priority=900)
