"""The theme's stylesheets parsed in a worker process while Sphinx reads and writes the pages.

Parsing the theme's CSS (pydata-sphinx-theme's file alone is 376 KB) is most of the cost
of trimming it (:mod:`.site_assets`), and it depends only on the theme's and extensions'
own files, which are known as soon as the builder starts. So a clean build hands them to
a worker process, on a core that the build (serial Python) leaves idle, and the trimming
takes the worker's result for any stylesheet whose text in ``_static`` is the text the
worker parsed; anything else is parsed on the spot, as it is when the worker fails. A
rebuild that will reuse the last bundle starts no worker.

The worker is ``python -P -m pakru.css_trim`` rather than a multiprocessing pool: a pool's
"spawn" start runs the parent's main script again (a build script without a
``__main__`` guard would build twice), and "fork" is unsafe in threaded processes.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from pakru.css_trim import Stylesheet, parse_stylesheet, text_digest

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

# One worker per build that started one; weak, so that a dropped application frees its entry.
_workers: weakref.WeakKeyDictionary[Sphinx, subprocess.Popen[bytes]] = weakref.WeakKeyDictionary()
# What each build's worker parsed, by the digest of the stylesheet's text, once collected.
_parsed: weakref.WeakKeyDictionary[Sphinx, dict[str, Stylesheet]] = weakref.WeakKeyDictionary()


def parse_ahead(app: Sphinx, stylesheets: Iterable[Path]) -> None:
    """Start parsing ``stylesheets`` in a worker process, where there is a core to spare."""
    paths = [str(path) for path in stylesheets if path.is_file()]
    if not paths or (os.cpu_count() or 1) < 2 or app in _workers:
        return
    # -P: a folder named "pakru" in the working directory must not stand in for the package.
    command = [sys.executable, "-P", "-m", "pakru.css_trim", *paths]
    try:
        _workers[app] = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True
        )
    except OSError as error:  # no interpreter to start: parse in the build instead
        logger.debug("[pakru] cannot start a CSS worker: %s", error)


def _collect(app: Sphinx) -> dict[str, Stylesheet]:
    if app not in _parsed:
        parsed: dict[str, Stylesheet] = {}
        worker = _workers.pop(app, None)
        if worker is not None:
            output, _ = worker.communicate()
            # Tens of thousands of new objects would set off full collections of the build's heap.
            collecting = gc.isenabled()
            gc.disable()
            try:
                parsed = dict(pickle.loads(output)) if worker.returncode == 0 else {}
            except (pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError) as error:
                logger.debug("[pakru] the CSS worker's output is unreadable: %s", error)
            finally:
                if collecting:
                    gc.enable()
        _parsed[app] = parsed
    return _parsed[app]


def parsed_stylesheet(app: Sphinx, css: str) -> Stylesheet:
    """``css`` parsed: the worker's result if it parsed this very text, else parsed here."""
    sheet = _collect(app).get(text_digest(css))
    return sheet if sheet is not None else parse_stylesheet(css)


def stop_parsing_ahead(app: Sphinx, exception: BaseException | None = None) -> None:
    """End the build's worker, finished or not (a failed build never asks for its results)."""
    _parsed.pop(app, None)
    worker = _workers.pop(app, None)
    if worker is not None:
        worker.kill()
        worker.communicate()
