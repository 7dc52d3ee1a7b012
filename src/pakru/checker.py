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
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pakru.exercises import Check, Exercise

MAX_RESULT_BYTES = 1_000_000
IMPORT_TIMEOUT = 10.0


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check; ``detail`` says what happened, in the student's terms."""

    check: Check
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class CheckRun:
    """All results for one file, or the reason none could be run."""

    results: tuple[CheckResult, ...]
    import_error: str = ""

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
        return CheckResult(check, False, str(reply["error"]))
    if "raised" in reply:
        raised = str(reply["raised"])
        if check.raises is not None and raised == check.raises:
            return CheckResult(check, True)
        if raised == "NotImplementedError":
            return CheckResult(
                check, False, f"task {check.task} is not done yet ({check.call} is still the stub)"
            )
        detail = str(reply.get("detail", ""))
        return CheckResult(check, False, f"{check.call} raised {raised}" + (f": {detail}" if detail else ""))
    value = reply.get("value")
    if check.raises is not None:
        return CheckResult(check, False, f"expected {check.raises}, but {check.call} returned {short(value)}")
    if check.expect_len is not None:
        if not isinstance(value, list | dict | str):
            return CheckResult(check, False, f"{check.call} returned {short(value)}, which has no length")
        if len(value) == check.expect_len:
            return CheckResult(check, True)
        return CheckResult(check, False, f"got {len(value)} items; expected {check.expect_len}")
    if same_plain_value(value, check.expect, check.tolerance):
        return CheckResult(check, True)
    return CheckResult(check, False, f"got {short(value)}; expected {short(check.expect)}")


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
    python: Sequence[str] = (sys.executable,),
    env: dict[str, str] | None = None,
) -> CheckRun:
    """Run ``checks`` (default: all of the exercise's) against ``module_path``."""
    pending = list(checks if checks is not None else exercise.checks)
    results: list[CheckResult] = []
    while pending:
        calls = [
            {
                "call": check.call,
                "args": resolve_argument(list(check.args), course_root, exercise.folder),
                "kwargs": resolve_argument(check.kwargs, course_root, exercise.folder),
            }
            for check in pending
        ]
        request = json.dumps({"module": str(module_path), "calls": calls}).encode("utf-8")
        process = subprocess.Popen(
            [*python, "-m", "pakru.check_child"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=module_path.parent,
            env=env,
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
        if "import_error" in opening:
            _stop(process)
            return CheckRun(tuple(results), str(opening["import_error"]))
        completed = 0
        for check in pending:
            try:
                line = lines.get(timeout=timeout)
            except queue.Empty:
                results.append(
                    CheckResult(
                        check,
                        False,
                        f"{check.call} did not finish within {timeout:g} s; look for a loop that never ends",
                    )
                )
                completed += 1
                break
            if line is None:
                results.append(CheckResult(check, False, f"Python stopped while running {check.call}"))
                completed += 1
                break
            results.append(judge(check, _decode(line)))
            completed += 1
        _stop(process)
        pending = pending[completed:]
    return CheckRun(tuple(results))


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()
