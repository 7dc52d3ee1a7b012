"""The sandbox around each child that grades one submission.

Three confinements, strongest first; :func:`confinement_name` picks the one in force:

``bubblewrap``
    Debian's ``bwrap`` gives the child its own mount, PID, IPC, UTS, network and
    (where the kernel allows) user and cgroup namespaces. Its filesystem holds a
    read-only view of the Python installation and the engine, an empty ``/tmp``,
    ``/proc`` and ``/dev`` of its own, and one writable folder: its scratch copy of the
    student's files. It cannot see, signal or trace another child, read the
    submissions, gradebooks, overlay or ``instructor/``, write elsewhere, or reach the
    network, and it dies with the grader.
``separate-uid``
    Where bwrap is missing or cannot create namespaces and the grader runs as root:
    each concurrent child runs as its own unprivileged uid (``FALLBACK_UIDS``, claimed
    with a lock so no two live children share one), in a 0700 scratch folder owned by
    that uid, and every process of that uid is ended afterwards. Children cannot
    signal or read each other, but can read world-readable files and reach the network.
``limits-only``
    Not root and no bwrap: the resource limits and the empty environment alone.

``PAKRU_SANDBOX=off`` skips bubblewrap (the benchmark's baseline, or a machine where
bwrap misbehaves). When ``PAKRU_REQUIRE_SYSTEM_TOOLS`` is set (as in ``.ci/run``),
anything but bubblewrap is an error, and so is ``PAKRU_SANDBOX=off``.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from pakru.isolation import CHILD_ENV, PYTHON_FLAGS, Confinement, Limits, child_interpreter

try:  # POSIX only
    import fcntl
    import pwd
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    pwd = None  # type: ignore[assignment]

BUBBLEWRAP = "bubblewrap"
SEPARATE_UID = "separate-uid"
LIMITS_ONLY = "limits-only"
SANDBOX_VARIABLE = "PAKRU_SANDBOX"
REQUIRE_VARIABLE = "PAKRU_REQUIRE_SYSTEM_TOOLS"
# Debian reserves 65000-65533 and never gives them to accounts. Not 65534 ("nobody"): other
# programs run as nobody, and every process of a slot's uid is killed after each child.
FALLBACK_UIDS = tuple(range(65533, 65533 - 64, -1))
SLOT_FOLDER = Path("/run/pakru-grading-uids")
# Inside the sandbox the child runs as "nobody" of its own user namespace.
SANDBOX_UID = 65534
ENGINE = Path(__file__).resolve().parents[1]
SYSTEM_FOLDERS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime")
PROBE_SECONDS = 20.0


class SandboxError(RuntimeError):
    """Grading would run with a weaker confinement than required; worded for the instructor."""


def tools_required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "").strip() not in {"", "0"}


def sandbox_setting() -> str:
    value = os.environ.get(SANDBOX_VARIABLE, "").strip().lower() or "auto"
    if value not in {"auto", "off"}:
        raise SandboxError(f"{SANDBOX_VARIABLE}={value!r}: use 'auto' (the default) or 'off'")
    return value


def interpreter() -> str:
    """The real interpreter behind this one (a venv's python is a link to it)."""
    return os.path.realpath(sys.executable)


def _under(path: str, folders: list[str]) -> bool:
    return any(path == folder or path.startswith(folder.rstrip("/") + "/") for folder in folders)


def python_binds() -> list[str]:
    """bwrap arguments for a read-only view of the system libraries, Python and the engine."""
    arguments: list[str] = []
    bound: list[str] = []
    for folder in SYSTEM_FOLDERS:
        path = Path(folder)
        if path.is_symlink():  # merged /usr: /lib -> usr/lib
            arguments += ["--symlink", os.readlink(path), folder]
        elif path.is_dir():
            arguments += ["--ro-bind", folder, folder]
            bound.append(folder)
    for file in SYSTEM_FILES:
        arguments += ["--ro-bind-try", file, file]
    prefixes = {os.path.realpath(prefix) for prefix in (sys.base_prefix, sys.base_exec_prefix)}
    prefixes.add(os.path.dirname(interpreter()))
    for prefix in sorted(prefixes):
        if not _under(prefix, bound):
            arguments += ["--ro-bind", prefix, prefix]
            bound.append(prefix)
    return [*arguments, "--ro-bind", str(ENGINE), str(ENGINE)]


def namespace_flags(with_uid: bool) -> list[str]:
    flags = ["--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL"]
    if with_uid:
        flags += ["--uid", str(SANDBOX_UID), "--gid", str(SANDBOX_UID)]
    return flags


@functools.cache
def bubblewrap_flags() -> tuple[tuple[str, ...] | None, str]:
    """The namespace flags bwrap accepts here, or None and why not; probed once per process.

    The probe starts this Python under the same flags and mounts a graded child gets, so a
    kernel without user namespaces or a container that forbids them is found before grading.
    """
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return None, "bwrap is not installed (Debian package bubblewrap)"
    problem = ""
    for with_uid in (True, False):
        flags = namespace_flags(with_uid)
        command = [bwrap, *flags, "--tmpfs", "/tmp", *python_binds(), "--proc", "/proc", "--dev", "/dev"]
        command += ["--", interpreter(), *PYTHON_FLAGS, "-c", "pass"]
        try:
            completed = subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=CHILD_ENV,
                timeout=PROBE_SECONDS,
                start_new_session=True,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            return None, f"bwrap could not start ({error})"
        if completed.returncode == 0:
            return (bwrap, *flags), ""
        problem = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        problem = f"bwrap cannot create namespaces here: {problem[0]}"
    return None, problem


def fallback_name() -> str:
    if pwd is not None and fcntl is not None and os.geteuid() == 0 and child_interpreter() is not None:
        return SEPARATE_UID
    return LIMITS_ONLY


def confinement_name() -> str:
    """The confinement grading uses now; SandboxError where only a refused fallback is left."""
    if sandbox_setting() == "off":
        if tools_required():
            raise SandboxError(
                f"{SANDBOX_VARIABLE}=off is refused while {REQUIRE_VARIABLE} is set: "
                "CI must grade inside the sandbox"
            )
        return fallback_name()
    flags, problem = bubblewrap_flags()
    if flags is not None:
        return BUBBLEWRAP
    if tools_required():
        raise SandboxError(
            f"{problem}; install bubblewrap, or unset {REQUIRE_VARIABLE} to grade with the weaker "
            f"{fallback_name()} fallback"
        )
    return fallback_name()


WHAT = {
    BUBBLEWRAP: "own mount, PID, IPC, network and user namespaces; read-only Python and engine; "
    "a private /tmp; writes only to its scratch copy",
    SEPARATE_UID: f"an unprivileged uid per concurrent child (uids {FALLBACK_UIDS[-1]}-{FALLBACK_UIDS[0]}), "
    "0700 scratch folders",
    LIMITS_ONLY: "the grader's own user; nothing stops one child from reaching another",
}


def describe(limits: Limits) -> str:
    """One line: the confinement in force, what it does, the copy, environment and limits."""
    try:
        name = confinement_name()
    except SandboxError as error:
        return f"none (grading refused: {error})"
    return "; ".join(
        (f"{name} ({WHAT[name]})", "a copy of the submission", "an empty environment", *limits.described())
    )


@contextmanager
def uid_slot() -> Iterator[int]:
    """A uid from FALLBACK_UIDS that no other live child holds, for as long as the block runs."""
    assert fcntl is not None
    SLOT_FOLDER.mkdir(mode=0o700, exist_ok=True)
    if SLOT_FOLDER.is_symlink() or SLOT_FOLDER.stat().st_uid != 0:
        raise SandboxError(f"{SLOT_FOLDER} is not a folder owned by root; remove it and grade again")
    for uid in FALLBACK_UIDS:
        if _has_account(uid):
            continue
        descriptor = os.open(
            SLOT_FOLDER / f"{uid}.lock", os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600
        )
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            continue
        try:
            yield uid
        finally:
            os.close(descriptor)  # releases the lock
        return
    raise SandboxError(f"all {len(FALLBACK_UIDS)} grading uids are in use; grade with fewer workers")


def _has_account(uid: int) -> bool:
    assert pwd is not None
    try:
        pwd.getpwuid(uid)
    except KeyError:
        return False
    return True


def hand_over(workdir: Path, uid: int) -> None:
    """Give the copy of the student's file to ``uid`` alone (0700 folders, 0600 files).

    The rest of the scratch folder (the course data and the exercise's fixtures) stays the
    grader's, readable and never writable by the child.
    """
    scratch = workdir.parent
    for path in (scratch, *scratch.rglob("*")):
        if path != workdir and not path.is_relative_to(workdir):
            path.chmod(0o755 if path.is_dir() else 0o644)
    for path in (workdir, *workdir.rglob("*")):
        os.chown(path, uid, uid, follow_symlinks=False)
        if not path.is_symlink():
            path.chmod(0o700 if path.is_dir() else 0o600)


def end_processes_of(uid: int) -> None:
    """Kill whatever still runs as ``uid`` (a grandchild that left the child's session)."""
    proc = Path("/proc")
    for _ in range(20):
        found = False
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                owner = entry.stat().st_uid
            except OSError:
                continue
            if owner == uid:
                found = True
                with suppress(OSError):
                    os.kill(int(entry.name), signal.SIGKILL)
        if not found:
            return


@contextmanager
def confined(limits: Limits, scratch: Path, workdir: Path) -> Iterator[Confinement]:
    """The confinement for one child whose only writable folder is ``scratch``, run in ``workdir``."""
    name = confinement_name()
    description = tuple(describe(limits).split("; "))
    if name == BUBBLEWRAP:
        flags, _ = bubblewrap_flags()
        assert flags is not None
        command = [*flags, "--tmpfs", "/tmp", *python_binds(), "--proc", "/proc", "--dev", "/dev"]
        # The course data and fixtures are read-only; only the copy of the student's file is writable.
        command += ["--ro-bind", str(scratch), str(scratch), "--bind", str(workdir), str(workdir)]
        command += ["--chdir", str(workdir), "--"]
        yield Confinement(
            BUBBLEWRAP,
            (*command, interpreter(), *PYTHON_FLAGS),
            dict(CHILD_ENV),
            limits,
            engine_visible=True,
            description=description,
        )
    elif name == SEPARATE_UID:
        shared = child_interpreter()
        assert shared is not None
        with uid_slot() as uid:
            hand_over(workdir, uid)
            try:
                yield Confinement(
                    SEPARATE_UID,
                    (shared, *PYTHON_FLAGS),
                    dict(CHILD_ENV),
                    limits,
                    user=uid,
                    group=uid,
                    description=description,
                )
            finally:
                end_processes_of(uid)
    else:
        scratch.chmod(0o700)
        for path in (scratch, *scratch.rglob("*")):
            if not path.is_relative_to(workdir):
                path.chmod(path.stat().st_mode & ~0o222)  # only the student's copy stays writable
        try:
            yield Confinement(
                LIMITS_ONLY, (sys.executable, *PYTHON_FLAGS), dict(CHILD_ENV), limits, description=description
            )
        finally:
            for path in (scratch, *scratch.rglob("*")):
                path.chmod(path.stat().st_mode | 0o200)  # so the scratch folder can be removed
