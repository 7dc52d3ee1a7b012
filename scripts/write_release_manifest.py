"""Write ``release-manifest.txt``: what ``pakru release`` copies when the course is not a git checkout.

Run from the repository after adding or removing files; ``tests/test_release.py`` fails
until the committed manifest equals ``git ls-files`` minus ``instructor/``::

    python scripts/write_release_manifest.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from pakru.instructor_pipeline.release import MANIFEST_NAME, manifest_lines


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    lines = manifest_lines(root)
    if MANIFEST_NAME not in lines:  # the manifest lists itself, so a release carries it on
        lines = sorted([*lines, MANIFEST_NAME])
    (root / MANIFEST_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {root / MANIFEST_NAME} ({len(lines)} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
