"""No run of 12 or more consecutive words of the source article appears in the course.

The article is copyrighted, so the repository holds only hashes of its 12-word
runs (``tests/data/seed-12gram-hashes.txt``). A 12-word run shared with the
article would hash to one of them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest

from conftest import REPO_ROOT

RUN_LENGTH = 12
HASHES_FILE = Path(__file__).parent / "data" / "seed-12gram-hashes.txt"
WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
CHECKED_TEXTS = sorted(
    path
    for pattern in ("course/**/*.md", "quizzes/**/*.py", "exercises/**/*.md", "*.md")
    for path in REPO_ROOT.glob(pattern)
)


def words(text: str) -> list[str]:
    """Lower-case words with accents and curly apostrophes folded away."""
    folded = unicodedata.normalize("NFKD", text).lower().replace("\u2019", "'")
    return WORD.findall(folded)


def hash_word_runs(text: str, length: int = RUN_LENGTH) -> set[str]:
    """Short SHA-256 digests of every run of ``length`` consecutive words."""
    tokens = words(text)
    return {
        hashlib.sha256(f"pakru-seed-{length}:{' '.join(tokens[i : i + length])}".encode()).hexdigest()[:20]
        for i in range(len(tokens) - length + 1)
    }


def load_seed_hashes() -> set[str]:
    lines = HASHES_FILE.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_hash_file_is_populated() -> None:
    assert len(load_seed_hashes()) > 500


def test_the_check_catches_a_copied_run() -> None:
    copied = "one two three four five six seven eight nine ten eleven twelve"
    assert hash_word_runs(copied) & hash_word_runs(f"Intro. {copied.upper()} and more.")


@pytest.mark.parametrize("path", CHECKED_TEXTS, ids=lambda path: str(path.relative_to(REPO_ROOT)))
def test_no_twelve_word_run_of_the_source_article(path: Path) -> None:
    shared = hash_word_runs(path.read_text(encoding="utf-8")) & load_seed_hashes()
    assert not shared, f"{len(shared)} run(s) of 12 words copied from the source article; paraphrase them"
