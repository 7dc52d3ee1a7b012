"""How a child process that runs student code is confined.

The child gets a temporary copy of the student's files only, an empty
environment, and (on POSIX) limits on CPU time, memory, file size and open
files, which the child applies to itself before it imports the student's file
(so nothing runs between ``fork`` and ``exec`` but what Python itself does).
Which sandbox wraps the child for class grading (bubblewrap, a separate uid, or
the limits alone) is chosen in :mod:`pakru.instructor_pipeline.sandbox`; this
module holds what every confined child shares. Limits that a platform lacks
are skipped, and :func:`limits_in_force` says which applied.
"""

from __future__ import annotations

import shutil
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

try:  # POSIX only
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Limits:
    """Resource limits for one child; ``None`` leaves a limit unset."""

    check_seconds: float = 5.0
    import_seconds: float = 10.0
    cpu_seconds: int | None = 10
    memory_bytes: int | None = 512 * 1024 * 1024
    file_bytes: int | None = 1024 * 1024
    open_files: int | None = 64

    def for_child(self) -> dict[str, int]:
        """The limits the child sets on itself (see ``check_child.apply_limits``)."""
        if resource is None:  # pragma: no cover - Windows
            return {}
        chosen = {
            "cpu_seconds": self.cpu_seconds,
            "memory_bytes": self.memory_bytes,
            "file_bytes": self.file_bytes,
            "open_files": self.open_files,
        }
        return {name: value for name, value in chosen.items() if value is not None}

    def described(self) -> tuple[str, ...]:
        if resource is None:  # pragma: no cover - Windows
            return ("no resource limits (not available on this platform)",)
        labels = {
            "cpu_seconds": "CPU time {} s",
            "memory_bytes": "memory {} bytes",
            "file_bytes": "file size {} bytes",
            "open_files": "open files {}",
        }
        return tuple(labels[name].format(value) for name, value in self.for_child().items())


@dataclass(frozen=True)
class Confinement:
    """Everything :func:`subprocess.Popen` needs to start a confined child.

    ``command`` comes before the child script: a sandbox's wrapper (if any) and the
    interpreter with its flags. ``name`` is the confinement's short name
    (``bubblewrap``, ``separate-uid`` or ``limits-only``), which every result reports.
    ``engine_visible`` says whether the child can run the engine's own ``check_child.py``
    (a sandbox that binds the engine read-only) or needs a copy in its scratch folder.
    """

    name: str
    command: tuple[str, ...]
    env: dict[str, str]
    limits: Limits
    user: int | None = None
    group: int | None = None
    engine_visible: bool = False
    description: tuple[str, ...] = field(default_factory=tuple)


# The child inherits nothing from the grader's environment but this.
CHILD_ENV = {"PYTHONIOENCODING": "utf-8"}
# -I: ignore PYTHON* variables and the user's site folder; -S: no site-packages (the child needs
# the standard library only); -B: write no .pyc files.
PYTHON_FLAGS = ("-I", "-S", "-B")


def usable_by_others(path: Path) -> bool:
    """Whether a user other than the owner may run ``path``: every folder on the way is o+x."""
    try:
        real = path.resolve(strict=True)
    except OSError:
        return False
    if not real.stat().st_mode & stat.S_IXOTH:
        return False
    return all(parent.stat().st_mode & stat.S_IXOTH for parent in real.parents)


def child_interpreter() -> str | None:
    """A Python another user can run; the child needs only the standard library."""
    base = getattr(sys, "_base_executable", sys.executable)
    for candidate in (sys.executable, base, shutil.which("python3.11"), "/usr/bin/python3"):
        if candidate and usable_by_others(Path(candidate)):
            return candidate
    return None


def limits_in_force(limits: Limits) -> str:
    """One line naming the confinement class grading would use now, and its limits."""
    from pakru.instructor_pipeline.sandbox import describe  # the policy lives with the pipeline

    return describe(limits)
