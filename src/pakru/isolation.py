"""How a child process that runs student code is confined.

The child gets a temporary copy of the student's files only, an empty
environment, and (on POSIX) limits on CPU time, memory, file size and open
files. Where the grader runs as root, as on Gradescope and in CI, the child
runs as an unprivileged user, so it cannot read the grader's keys. Limits that a
platform lacks are skipped, and :func:`limits_in_force` says which applied.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

try:  # POSIX only
    import pwd
    import resource
except ImportError:  # pragma: no cover - Windows
    pwd = None  # type: ignore[assignment]
    resource = None  # type: ignore[assignment]

UNPRIVILEGED_USERS = ("nobody",)


@dataclass(frozen=True)
class Limits:
    """Resource limits for one child; ``None`` leaves a limit unset."""

    check_seconds: float = 5.0
    cpu_seconds: int | None = 10
    memory_bytes: int | None = 512 * 1024 * 1024
    file_bytes: int | None = 1024 * 1024
    open_files: int | None = 64


@dataclass(frozen=True)
class Confinement:
    """Everything :func:`subprocess.Popen` needs to start a confined child."""

    python: tuple[str, ...]
    env: dict[str, str]
    preexec: Callable[[], None] | None
    user: int | None
    group: int | None
    description: tuple[str, ...] = field(default_factory=tuple)


def _unprivileged_ids() -> tuple[int, int] | None:
    if pwd is None or os.geteuid() != 0:
        return None
    for name in UNPRIVILEGED_USERS:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_uid, entry.pw_gid
    return None


def _usable_by_others(path: Path) -> bool:
    """Whether a user other than the owner may run ``path``: every folder on the way is o+x."""
    try:
        real = path.resolve(strict=True)
    except OSError:
        return False
    if not real.stat().st_mode & stat.S_IXOTH:
        return False
    return all(parent.stat().st_mode & stat.S_IXOTH for parent in real.parents)


def child_interpreter() -> str | None:
    """A Python the unprivileged user can run; the child needs only the standard library."""
    base = getattr(sys, "_base_executable", sys.executable)
    for candidate in (sys.executable, base, shutil.which("python3.11"), "/usr/bin/python3"):
        if candidate and _usable_by_others(Path(candidate)):
            return candidate
    return None


def confinement(limits: Limits) -> Confinement:
    """The strongest confinement this platform and user allow."""
    described = ["a temporary copy of the submission", "an empty environment"]
    preexec: Callable[[], None] | None = None
    if resource is not None:
        pairs = [
            (resource.RLIMIT_CPU, limits.cpu_seconds, "CPU time {} s"),
            (resource.RLIMIT_AS, limits.memory_bytes, "memory {} bytes"),
            (resource.RLIMIT_FSIZE, limits.file_bytes, "file size {} bytes"),
            (resource.RLIMIT_NOFILE, limits.open_files, "open files {}"),
        ]
        chosen = [(kind, value) for kind, value, _ in pairs if value is not None]
        described += [label.format(value) for _, value, label in pairs if value is not None]

        def apply_limits() -> None:
            os.setsid()
            for kind, value in chosen:
                resource.setrlimit(kind, (value, value))

        preexec = apply_limits
    else:  # pragma: no cover - Windows
        described.append("no resource limits (not available on this platform)")
    ids = _unprivileged_ids()
    interpreter = sys.executable
    if ids is not None:
        shared = child_interpreter()
        if shared is None:
            ids = None
            described.append("no user switch (no Python interpreter the unprivileged user can run)")
        else:
            interpreter = shared
            described.append(f"unprivileged user uid {ids[0]}")
    elif os.name == "posix" and os.geteuid() == 0:
        described.append("no user switch (no unprivileged user found)")
    else:
        described.append("the current user (not root, so no switch is needed)")
    # -I: ignore PYTHON* variables and the user's site folder; -B: write no .pyc files.
    return Confinement(
        python=(interpreter, "-I", "-B"),
        env={"PYTHONIOENCODING": "utf-8"},
        preexec=preexec,
        user=ids[0] if ids else None,
        group=ids[1] if ids else None,
        description=tuple(described),
    )


def limits_in_force(limits: Limits) -> str:
    return "; ".join(confinement(limits).description)
