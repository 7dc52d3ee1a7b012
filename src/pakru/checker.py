"""Run an exercise's checks against a student's file, in a child process.

The child (:mod:`pakru.check_child`) only calls functions and sends back plain
values; this parent compares them with the expectations, so nothing the
student's code does to itself can change a result. A call that hangs is killed
after ``timeout`` seconds and only that check fails; a child that dies (a
segfault, ``os._exit``) costs only the check it was running.
"""

from __future__ import annotations

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

MAX_RESULT_BYTES = 1_000_000
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


def same_plain_value(actual: Any, expected: Any, tolerance: float | None) -> bool:
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        if tolerance is None:
            return actual == expected
        return math.isclose(actual, expected, rel_tol=0.0, abs_tol=tolerance)
    if isinstance(expected, list) and isinstance(actual, list):
        return len(actual) == len(expected) and all(
            same_plain_value(a, e, tolerance) for a, e in zip(actual, expected, strict=True)
        )
    if isinstance(expected, dict) and isinstance(actual, dict):
        return set(actual) == set(expected) and all(
            same_plain_value(actual[key], expected[key], tolerance) for key in expected
        )
    return actual == expected


def short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def judge(check: Check, reply: dict[str, Any]) -> CheckResult:
    """Compare the child's reply with what the check expects."""
    if "error" in reply:
        reason = "too-large" if "too large" in str(reply["error"]) else "bad-result"
        return CheckResult(check, False, str(reply["error"]), reason)
    if "raised" in reply:
        raised = str(reply["raised"])
        if check.raises is not None and raised == check.raises:
            return CheckResult(check, True)
        if raised == "NotImplementedError":
            return CheckResult(
                check, False, f"task {check.task} is not done yet ({check.call} is still the stub)"
            )
        detail = str(reply.get("detail", ""))
        message = f"{check.call} raised {raised}" + (f": {detail}" if detail else "")
        return CheckResult(check, False, message, "raised")
    value = reply.get("value")
    if check.raises is not None:
        return CheckResult(
            check, False, f"expected {check.raises}, but {check.call} returned {short(value)}", "wrong"
        )
    if check.expect_len is not None:
        if not isinstance(value, list | dict | str):
            return CheckResult(
                check, False, f"{check.call} returned {short(value)}, which has no length", "wrong"
            )
        if len(value) == check.expect_len:
            return CheckResult(check, True)
        return CheckResult(check, False, f"got {len(value)} items; expected {check.expect_len}", "wrong")
    if same_plain_value(value, check.expect, check.tolerance):
        return CheckResult(check, True)
    return CheckResult(check, False, f"got {short(value)}; expected {short(check.expect)}", "wrong")


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
        return {"error": "the result is too large to check; return a smaller value"}
    try:
        reply = json.loads(line)
    except ValueError:
        return {"error": "the result could not be read"}
    return reply if isinstance(reply, dict) else {"error": "the result could not be read"}


def run_checks(
    module_path: Path,
    exercise: Exercise,
    course_root: Path,
    *,
    checks: Sequence[Check] | None = None,
    timeout: float = 5.0,
    confined: Confinement | None = None,
) -> CheckRun:
    """Run ``checks`` (default: all of the exercise's) against ``module_path``."""
    pending = list(checks if checks is not None else exercise.checks)
    results: list[CheckResult] = []
    child_script = CHILD_SCRIPT
    if confined is not None:
        # A confined child may not be able to read the installed package: give it its own copy.
        child_script = str(module_path.with_name("_pakru_check_child.py"))
        shutil.copyfile(CHILD_SCRIPT, child_script)
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
        request = json.dumps({"module": str(module_path), "calls": calls, "nonce": nonce}).encode("utf-8")
        process = subprocess.Popen(
            # The child runs as a plain script so it needs no installed package (Gradescope).
            [*(confined.python if confined else (sys.executable,)), child_script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=module_path.parent,
            env=confined.env if confined else None,
            preexec_fn=confined.preexec if confined else None,
            user=confined.user if confined else None,
            group=confined.group if confined else None,
            extra_groups=[] if confined and confined.user is not None else None,
        )
        lines: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True).start()
        assert process.stdin is not None
        try:
            process.stdin.write(request)
            process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            first = lines.get(timeout=IMPORT_TIMEOUT)
        except queue.Empty:
            first = None
            _stop(process)
            return CheckRun(
                tuple(results),
                f"{module_path.name}: importing your file took too long; "
                "does it run a loop at the top level?",
            )
        opening = (
            _decode(first)
            if first is not None
            else {"import_error": f"{module_path.name}: Python stopped while importing your file"}
        )
        if first is not None and not _genuine(opening, nonce, 0):
            _stop(process)
            return CheckRun(tuple(results), TAMPERING, "tampering")
        if "import_error" in opening:
            _stop(process)
            return CheckRun(tuple(results), str(opening["import_error"]), "import-error")
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
                results.append(
                    CheckResult(check, False, f"Python stopped while running {check.call}", "crashed")
                )
                completed += 1
                break
            reply = _decode(line)
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


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the child may have started its own children
        except (AttributeError, ProcessLookupError, PermissionError, OSError):
            process.kill()
    process.wait()
