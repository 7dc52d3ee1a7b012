"""Print the book to PDF with headless Chromium: no TeX installation needed.

``nox -s book`` builds the single-page HTML and then runs::

    python -m pakru.pdf build/singlehtml/index.html build/pdf/pakru-course.pdf

Set ``PAKRU_CHROMIUM`` to use a browser that is not on PATH as ``chromium``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Without the background-networking flags Chromium keeps opening connections,
# which a machine without internet access refuses, slowly.
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
EXIT_NO_CHROMIUM = 3


class PdfError(RuntimeError):
    """Chromium is missing or could not print the page."""


def find_chromium() -> str | None:
    """``PAKRU_CHROMIUM`` if set, else the first Chromium or Chrome on PATH."""
    configured = os.environ.get("PAKRU_CHROMIUM")
    if configured:
        return shutil.which(configured)
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def print_to_pdf(html: Path, pdf: Path, *, chromium: str | None = None, timeout: float = 300) -> Path:
    """Print the page at ``html`` (a file) to ``pdf`` and return ``pdf``."""
    browser = chromium or find_chromium()
    if browser is None:
        raise PdfError("no Chromium found: install chromium (Debian package chromium) or set PAKRU_CHROMIUM")
    if not html.is_file():
        raise PdfError(f"{html}: no such page; build the single-page HTML first")
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)  # a stale file must not pass for a fresh one
    # A throw-away profile keeps the user's own browser profile out of it.
    with tempfile.TemporaryDirectory(prefix="pakru-chromium-") as profile:
        command = [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",  # bookmarks from the headings
            f"--print-to-pdf={pdf.resolve()}",
            html.resolve().as_uri(),
        ]
        try:
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False, start_new_session=True
            )
        except subprocess.TimeoutExpired:
            raise PdfError(f"Chromium did not finish printing {html} within {timeout:.0f} s") from None
        except OSError as error:
            raise PdfError(f"could not run {browser}: {error}") from None
    if completed.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        # Chromium logs harmless D-Bus noise on stderr; show only the end of it.
        tail = "\n".join(completed.stderr.strip().splitlines()[-5:])
        raise PdfError(f"Chromium could not print {html} (exit status {completed.returncode}):\n{tail}")
    return pdf


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pakru.pdf", description="Print an HTML page to PDF with headless Chromium."
    )
    parser.add_argument("html", type=Path, help="the page to print, e.g. build/singlehtml/index.html")
    parser.add_argument("pdf", type=Path, help="the PDF to write")
    parser.add_argument("--chromium", help="the browser (default: PAKRU_CHROMIUM, or chromium on PATH)")
    arguments = parser.parse_args(argv)
    chromium = arguments.chromium or find_chromium()
    if chromium is None:
        arguments.pdf.unlink(missing_ok=True)  # a stale PDF must not pass for this build's
        print(
            "pakru.pdf: no Chromium found, so no PDF; install chromium or set PAKRU_CHROMIUM", file=sys.stderr
        )
        return EXIT_NO_CHROMIUM
    try:
        written = print_to_pdf(arguments.html, arguments.pdf, chromium=chromium)
    except PdfError as error:
        print(f"pakru.pdf: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {written} ({written.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
