"""Run an exercise's checks against a student's file, in a child process.

The child (:mod:`pakru.check_child`) only calls functions and sends back values
in a tagged JSON encoding that keeps tuples, sets and dict keys as they were;
this parent decodes and compares them with the expectations, so nothing the
student's code does to itself can change a result. A call that hangs is killed
after ``timeout`` seconds and only that check fails; a child that dies (a
segfault, ``os._exit``) costs only the check it was running. Every result
carries a reason code from the one vocabulary in ``course/guide/sandbox.md``.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pakru.exercises import Check, Exercise
from pakru.isolation import Confinement

MAX_RESULT_BYTES = 1_000_000  # keep in step with check_child.MAX_RESULT_BYTES
MAX_DEPTH = 50
TAMPERING = "the grader received replies your code did not earn (it wrote to the grader's channel)"
CHILD_SCRIPT = str(Path(__file__).with_name("check_child.py"))
IMPORT_TIMEOUT = 10.0


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; ``detail`` says what happened, in the student's terms."""

    check: Check
    passed: bool
    detail: str = ""
    reason: str = "passed"


@dataclass(frozen=True)
class CheckRun:
    """All results for one file, or the reason none could be run."""

    results: tuple[CheckResult, ...]
    import_error: str = ""
    import_reason: str = ""

    @property
    def passed(self) -> bool:
        return not self.import_error and all(result.passed for result in self.results)

    @property
    def passed_count(self) -> int:
        return sum(result.passed for result in self.results)


def resolve_argument(value: Any, course_root: Path, exercise_dir: Path) -> Any:
    """``{data = "x.csv"}`` and ``{file = "fixtures/y.csv"}`` become real paths."""
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"data", "file"}:
        ((kind, name),) = value.items()
        base = course_root / "data" if kind == "data" else exercise_dir
        return str(base / name)
    if isinstance(value, list):
        return [resolve_argument(item, course_root, exercise_dir) for item in value]
    if isinstance(value, dict):
        return {key: resolve_argument(item, course_root, exercise_dir) for key, item in value.items()}
    return value


def untag(value: Any, depth: int = 0) -> Any:
    """The Python value the child encoded (see :mod:`pakru.check_child`); ValueError if malformed."""
    if depth > MAX_DEPTH:
        raise ValueError("nested too deeply")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [untag(item, depth + 1) for item in value]
    if not isinstance(value, dict) or len(value) != 1:
        raise ValueError("not a tagged value")
    ((tag, content),) = value.items()
    try:
        if tag == "float" and content in {"nan", "inf", "-inf"}:
            return float(content)
        if tag in {"tuple", "set", "frozenset"} and isinstance(content, list):
            items = [untag(item, depth + 1) for item in content]
            return {"tuple": tuple, "set": set, "frozenset": frozenset}[tag](items)
        if tag == "dict" and isinstance(content, list):
            pairs = [(untag(key, depth + 1), untag(item, depth + 1)) for key, item in content]
            return dict(pairs)
    except (TypeError, ValueError) as error:  # an unhashable key, a pair that is not a pair
        raise ValueError(str(error)) from None
    raise ValueError(f"unknown tag {tag!r}")


def _comparable_keys(actual: dict[Any, Any], expected: dict[Any, Any]) -> dict[Any, Any] | None:
    """``actual`` with keys as the check writes them: TOML keys are strings, so 1990 matches "1990"."""
    if all(isinstance(key, str) for key in expected) and not all(isinstance(key, str) for key in actual):
        renamed = {str(key): item for key, item in actual.items()}
        return renamed if len(renamed) == len(actual) else None
    return actual


def same_plain_value(actual: Any, expected: Any, tolerance: float | None) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        if tolerance is None:
            return actual == expected
        return math.isclose(actual, expected, rel_tol=0.0, abs_tol=tolerance)
    # A check written in TOML can only say "list"; a tuple with the same items is as good.
    if isinstance(expected, list | tuple) and isinstance(actual, list | tuple):
        return len(actual) == len(expected) and all(
            same_plain_value(a, e, tolerance) for a, e in zip(actual, expected, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        keyed = _comparable_keys(actual, expected)
        return (
            keyed is not None
            and set(keyed) == set(expected)
            and all(same_plain_value(keyed[key], expected[key], tolerance) for key in expected)
        )
    return type(actual) is type(expected) and actual == expected


def short(value: Any, limit: int = 160) -> str:
    """The value as the student's code returned it (``repr``), cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def judge(check: Check, reply: dict[str, Any]) -> CheckResult:
    """Compare the child's reply with what the check expects."""
    if "error" in reply:
        return CheckResult(check, False, str(reply["error"]), str(reply.get("reason") or "failed"))
    if "raised" in reply:
        raised = str(reply["raised"])
        if check.raises is not None and raised == check.raises:
            return CheckResult(check, True)
        if raised == "NotImplementedError":
            return CheckResult(
                check,
                False,
                f"task {check.task} is not done yet ({check.call} is still the stub)",
                "not-implemented",
            )
        if raised == "MemoryError":
            return CheckResult(
                check, False, f"{check.call} ran out of memory (the limit for your code)", "memory-limit"
            )
        detail = str(reply.get("detail", ""))
        where = str(reply.get("where") or "")
        message = (
            f"{check.call} raised {raised}"
            + (f": {detail}" if detail else "")
            + (f" ({where})" if where else "")
        )
        return CheckResult(check, False, message, "failed")
    try:
        value = untag(reply.get("value"))
    except ValueError:
        return CheckResult(check, False, "the result could not be read", "failed")
    if check.raises is not None:
        return CheckResult(
            check, False, f"expected {check.raises}, but {check.call} returned {short(value)}", "failed"
        )
    if check.expect_len is not None:
        if not isinstance(value, list | tuple | set | frozenset | dict | str):
            return CheckResult(
                check, False, f"{check.call} returned {short(value)}, which has no length", "failed"
            )
        if len(value) == check.expect_len:
            return CheckResult(check, True)
        return CheckResult(check, False, f"got {len(value)} items; expected {check.expect_len}", "failed")
    expected = (
        tuple(check.expect)
        if check.expect_type == "tuple" and isinstance(check.expect, list)
        else check.expect
    )
    if check.expect_type is not None and type(value).__name__ != check.expect_type:
        # A task that says "return a tuple" means it: a list with the same items is not one.
        got = f"{_a(type(value).__name__)}, {short(value)}"
        return CheckResult(
            check, False, f"got {got}; expected {_a(check.expect_type)}, {short(expected)}", "failed"
        )
    if same_plain_value(value, check.expect, check.tolerance):
        return CheckResult(check, True)
    return CheckResult(check, False, f"got {short(value)}; expected {short(expected)}", "failed")


def _a(type_name: str) -> str:
    return f"an {type_name}" if type_name[0] in "aeiou" else f"a {type_name}"


def _reader(stream: Any, lines: queue.Queue[bytes | None]) -> None:
    while True:
        line = stream.readline(MAX_RESULT_BYTES + 1)
        if not line:
            lines.put(None)
            return
        if not line.endswith(b"\n"):
            # An oversized reply: drop the rest of it so the next reply stays aligned.
            while (rest := stream.readline(65536)) and not rest.endswith(b"\n"):
                pass
            line = b""
        lines.put(line)


def _decode(line: bytes) -> dict[str, Any]:
    if len(line) > MAX_RESULT_BYTES or not line.endswith(b"\n"):
        return {"error": "the result is too large to check; return a smaller value", "reason": "too-large"}
    try:
        reply = json.loads(line)
    except (ValueError, RecursionError):
        return {"error": "the result could not be read", "reason": "failed"}
    return reply if isinstance(reply, dict) else {"error": "the result could not be read", "reason": "failed"}


def _death(process: subprocess.Popen[bytes], doing: str) -> tuple[str, str]:
    """What a child's end means: a CPU limit is a timeout, anything else a crash."""
    try:
        code = process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        code = None
    # A signal shows as -N directly, or as 128+N through a sandbox's wrapper (bubblewrap).
    cpu = getattr(signal, "SIGXCPU", None)
    if cpu is not None and code in (-cpu, 128 + cpu):
        return f"{doing} used up its CPU time; look for a loop that never ends", "timeout"
    return f"Python stopped while {doing}", "crashed"


def run_checks(
    module_path: Path,
    exercise: Exercise,
    course_root: Path,
    *,
    checks: Sequence[Check] | None = None,
    timeout: float = 5.0,
    confined: Confinement | None = None,
    display: str | None = None,
    import_timeout: float = IMPORT_TIMEOUT,
) -> CheckRun:
    """Run ``checks`` (default: all of the exercise's) against ``module_path``.

    ``display`` is how messages name the student's file (default: its name), so that a
    copy in a scratch folder is reported as the file the student wrote.
    """
    pending = list(checks if checks is not None else exercise.checks)
    results: list[CheckResult] = []
    display = display or module_path.name
    child_script = CHILD_SCRIPT
    if confined is not None and not confined.engine_visible:
        # A child under another uid may not be able to read the installed package: give it a copy.
        child_script = str(module_path.with_name("_pakru_check_child.py"))
        shutil.copyfile(CHILD_SCRIPT, child_script)
        if confined.user is not None:
            os.chown(child_script, confined.user, confined.group if confined.group is not None else -1)
    while pending:
        calls = [
            {
                "call": check.call,
                "args": resolve_argument(list(check.args), course_root, exercise.folder),
                "kwargs": resolve_argument(check.kwargs, course_root, exercise.folder),
            }
            for check in pending
        ]
        nonce = secrets.token_hex(16)
        request = {"module": str(module_path), "display": display, "calls": calls, "nonce": nonce}
        if confined is not None:
            request["limits"] = confined.limits.for_child()
        process = subprocess.Popen(
            # The child runs as a plain script so it needs no installed package (Gradescope).
            [*(confined.command if confined else (sys.executable,)), child_script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=module_path.parent,
            env=confined.env if confined else None,
            user=confined.user if confined else None,
            group=confined.group if confined else None,
            extra_groups=[] if confined and confined.user is not None else None,
            # Its own session and process group, so _stop can end everything it started.
            start_new_session=True,
        )
        lines: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps(request).encode("utf-8"))
            process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            first = lines.get(timeout=import_timeout)
        except queue.Empty:
            _stop(process)
            return CheckRun(
                tuple(results),
                f"{display}: importing your file took more than {import_timeout:g} s; "
                "does it run a loop at the top level?",
                "timeout",
            )
        if first is None:
            message, reason = _death(process, "importing your file")
            _stop(process)
            return CheckRun(tuple(results), f"{display}: {message}", reason)
        opening = _decode(first)
        if not _genuine(opening, nonce, 0):
            _stop(process)
            return CheckRun(tuple(results), TAMPERING, "tampering")
        if "import_error" in opening:
            _stop(process)
            return CheckRun(
                tuple(results), str(opening["import_error"]), str(opening.get("reason") or "import-error")
            )
        completed = 0
        for index, check in enumerate(pending, start=1):
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                results.append(
                    CheckResult(
                        check,
                        False,
                        f"{check.call} did not finish within {timeout:g} s; look for a loop that never ends",
                        "timeout",
                    )
                )
                completed += 1
                break
            if line is None:
                message, reason = _death(process, f"running {check.call}")
                results.append(CheckResult(check, False, message, reason))
                completed += 1
                break
            reply = _decode(line)
            # A forged error only costs the forger; a forged value or exception is tampering.
            if "error" not in reply and not _genuine(reply, nonce, index):
                _stop(process)
                tampered = [
                    CheckResult(other, False, TAMPERING, "tampering") for other in pending[completed:]
                ]
                return CheckRun((*results, *tampered), TAMPERING, "tampering")
            results.append(judge(check, reply))
            completed += 1
        _stop(process)
        pending = pending[completed:]
    return CheckRun(tuple(results))


def _genuine(reply: dict[str, Any], nonce: str, index: int) -> bool:
    """Replies carry the run's nonce and their position; anything else was forged."""
    return reply.get("nonce") == nonce and reply.get("index") == index


def _children(pid: int) -> list[int]:
    """The direct children of ``pid`` (Linux); empty where the kernel does not list them."""
    found: list[int] = []
    for listing in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            found += [int(child) for child in listing.read_text().split()]
        except (OSError, ValueError):
            continue
    return found


def _is_bubblewrap(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip() == "bwrap"
    except OSError:
        return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the child and everything it started, and return only once they are gone."""
    if process.poll() is None and _is_bubblewrap(process.pid):
        # The sandbox's child is its PID 1: killing it ends the whole PID namespace, and bwrap
        # exits only after that, so nothing the student started survives the wait below.
        for child in _children(process.pid):
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the child may have started its own children
        except (AttributeError, ProcessLookupError, PermissionError, OSError):
            process.kill()
    process.wait()
