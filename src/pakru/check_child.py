"""The child side of the checker: import a student's module and run calls in it.

Run as ``python check_child.py`` (a plain script: it needs the standard library
only, so it runs in a sandbox that sees no installed packages). It reads one
JSON request on stdin::

    {"module": "/path/to/student.py", "display": "exercises/01-x.py",
     "limits": {"cpu_seconds": 10, ...}, "nonce": "...",
     "calls": [{"call": "f", "args": [...], "kwargs": {...}}]}

applies the limits to itself before it imports anything of the student's, and
writes one JSON line per call to the original stdout: ``{"value": <tagged>}``,
``{"raised": "ValueError", "detail": "...", "reason": "..."}`` or
``{"error": "...", "reason": "..."}``. The student's own prints go to stderr,
so they can never forge a result; the parent compares every value itself.

Values travel in a tagged JSON encoding that keeps Python's shapes (never
pickle: the parent must not unpickle student data): ``None``, booleans, ints,
strings, finite floats and lists are plain JSON; everything else is a
one-key object: ``{"tuple": [...]}``, ``{"set": [...]}``, ``{"frozenset": [...]}``,
``{"dict": [[key, value], ...]}``, ``{"float": "nan" | "inf" | "-inf"}``.
A JSON object is always a tag, so the encoding is unambiguous.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
import traceback
from pathlib import Path
from typing import Any, TextIO

MAX_DEPTH = 50
# The parent reads at most this many bytes per reply; keep in step with checker.MAX_RESULT_BYTES.
MAX_RESULT_BYTES = 1_000_000
LIMIT_NAMES = {
    "cpu_seconds": "RLIMIT_CPU",
    "memory_bytes": "RLIMIT_AS",
    "file_bytes": "RLIMIT_FSIZE",
    "open_files": "RLIMIT_NOFILE",
}


class ResultTooLarge(Exception):
    """The value would not fit the channel; said before it is ever serialised."""


def tagged(value: Any, budget: list[int] | None = None, depth: int = 0) -> Any:
    """``value`` in the tagged encoding; ``budget`` counts down the bytes the channel still takes."""
    budget = budget if budget is not None else [MAX_RESULT_BYTES]
    budget[0] -= 8
    if budget[0] < 0:
        raise ResultTooLarge
    if depth > MAX_DEPTH:
        raise TypeError("the result is nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value.bit_length() > 4 * MAX_RESULT_BYTES:
            raise ResultTooLarge
        budget[0] -= value.bit_length() // 3
        if budget[0] < 0:
            raise ResultTooLarge
        return value
    if isinstance(value, str):
        budget[0] -= len(value)
        if budget[0] < 0:
            raise ResultTooLarge
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        return {"float": repr(value)}
    if isinstance(value, list):
        return [tagged(item, budget, depth + 1) for item in value]
    if isinstance(value, tuple):
        return {"tuple": [tagged(item, budget, depth + 1) for item in value]}
    if isinstance(value, set | frozenset):
        kind = "set" if isinstance(value, set) else "frozenset"
        return {kind: [tagged(item, budget, depth + 1) for item in value]}
    if isinstance(value, dict):
        return {
            "dict": [
                [tagged(key, budget, depth + 1), tagged(item, budget, depth + 1)]
                for key, item in value.items()
            ]
        }
    raise TypeError(
        f"returned a {type(value).__name__}; return plain data (numbers, strings, lists, tuples, sets, dicts)"
    )


def apply_limits(limits: dict[str, int]) -> None:
    """Set soft and hard limits alike, so the student's code cannot raise them again."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no resource limits
        return
    for name, value in limits.items():
        kind = getattr(resource, LIMIT_NAMES.get(name, ""), None)
        if kind is not None and value is not None:
            resource.setrlimit(kind, (value, value))


def make_emitter(channel: TextIO, nonce: str) -> Any:
    """Bind the channel, the nonce and json.dumps now, before any student code can patch them."""
    dumps = json.dumps
    write = channel.write
    flush = channel.flush
    counter = [0]

    def emit(message: dict[str, Any]) -> None:
        message = {**message, "nonce": nonce, "index": counter[0]}
        counter[0] += 1
        write(dumps(message) + "\n")
        flush()

    return emit


def load_student_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("student_solution", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"{path} is not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules["student_solution"] = module
    spec.loader.exec_module(module)
    return module


def describe_import_error(path: Path, display: str, error: BaseException) -> tuple[str, str]:
    """A one-line message naming the student's own file and line, and its reason code."""
    if isinstance(error, SyntaxError):
        text = str(error.msg).replace(str(path), display)
        # Python reports an undecodable source file as a SyntaxError with this wording.
        encoding = "UTF-8" in text or "unicode error" in text or "codec can't decode" in text
        if encoding:
            return f"{display}, line {error.lineno}: not UTF-8 text; save it as UTF-8", "encoding-error"
        return f"{display}, line {error.lineno}: {text}; fix the syntax and check again", "syntax-error"
    line = student_line(error, path)
    where = f"{display}, line {line}" if line else display
    detail = str(error).replace(str(path), display)[:300]
    if isinstance(error, MemoryError):
        return f"{where}: importing your file ran out of memory", "memory-limit"
    if isinstance(error, UnicodeDecodeError):
        return f"{where}: importing your file raised UnicodeDecodeError: {detail}", "encoding-error"
    return f"{where}: importing your file raised {type(error).__name__}: {detail}", "import-error"


def student_line(error: BaseException, path: Path) -> int | None:
    """The last line of the student's own file in the traceback: where they should look first."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == str(path)]
    return frames[-1].lineno if frames else None


def raised_reason(error: BaseException) -> str:
    if isinstance(error, MemoryError):
        return "memory-limit"
    if isinstance(error, NotImplementedError):
        return "not-implemented"
    return "failed"


def main() -> int:
    # Results go to a private copy of stdout; everything the student prints goes to stderr.
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    request = json.loads(sys.stdin.read())
    apply_limits(request.get("limits") or {})
    emit = make_emitter(channel, str(request.pop("nonce", "")))
    del channel
    path = Path(request["module"])
    display = str(request.get("display") or path.name)
    sys.path.insert(0, str(path.parent))
    try:
        module = load_student_module(path)
    except BaseException as error:  # a student's file may raise anything, even SystemExit
        message, reason = describe_import_error(path, display, error)
        emit({"import_error": message, "reason": reason})
        return 0
    emit({"imported": True})
    for call in request["calls"]:
        function = getattr(module, call["call"], None)
        if not callable(function):
            emit(
                {
                    "error": f"your file has no function {call['call']}(); keep the name from the stub",
                    "reason": "failed",
                }
            )
            continue
        try:
            value = function(*call.get("args", []), **call.get("kwargs", {}))
        except BaseException as error:
            try:
                detail = str(error)[:300]
            except BaseException:  # an exception whose __str__ itself fails
                detail = ""
            line = student_line(error, path)
            emit(
                {
                    "raised": type(error).__name__,
                    "detail": detail,
                    "reason": raised_reason(error),
                    "where": f"{display}, line {line}" if line else "",
                }
            )
            continue
        try:
            emit({"value": tagged(value)})
        except ResultTooLarge:
            emit({"error": "the result is too large to check; return a smaller value", "reason": "too-large"})
        except MemoryError:
            emit({"error": "sending the result ran out of memory", "reason": "memory-limit"})
        except (TypeError, ValueError, RecursionError) as error:
            emit({"error": str(error), "reason": "failed"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
