"""The child side of the checker: import a student's module and run calls in it.

Run as ``python -m pakru.check_child``. It reads one JSON request on stdin::

    {"module": "/path/to/student.py", "calls": [{"call": "f", "args": [...], "kwargs": {...}}]}

and writes one JSON line per call to the original stdout: ``{"value": ...}``,
``{"raised": "ValueError", "detail": "..."}`` or ``{"error": "..."}``. The
student's own prints go to stderr, so they can never forge a result; the
parent compares every value itself.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any, TextIO


def plain(value: Any, depth: int = 0) -> Any:
    """JSON-ready plain data; tuples become lists and dict keys strings."""
    if depth > 50:
        raise TypeError("the result is nested too deeply")
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return repr(value)
        return value
    if isinstance(value, list | tuple):
        return [plain(item, depth + 1) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item, depth + 1) for key, item in value.items()}
    raise TypeError(
        f"returned a {type(value).__name__}; return plain data (numbers, strings, lists, tuples, dicts)"
    )


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


def describe_import_error(path: Path, error: BaseException) -> str:
    if isinstance(error, SyntaxError):
        return f"{path.name}, line {error.lineno}: {error.msg}; fix the syntax and check again"
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename == str(path)]
    where = f"{path.name}, line {frames[-1].lineno}" if frames else path.name
    return f"{where}: importing your file raised {type(error).__name__}: {error}"


def main() -> int:
    # Results go to a private copy of stdout; everything the student prints goes to stderr.
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    request = json.loads(sys.stdin.read())
    emit = make_emitter(channel, str(request.pop("nonce", "")))
    del channel
    path = Path(request["module"])
    sys.path.insert(0, str(path.parent))
    try:
        module = load_student_module(path)
    except BaseException as error:  # a student's file may raise anything, even SystemExit
        emit({"import_error": describe_import_error(path, error)})
        return 0
    emit({"imported": True})
    for call in request["calls"]:
        function = getattr(module, call["call"], None)
        if not callable(function):
            emit({"error": f"your file has no function {call['call']}(); keep the name from the stub"})
            continue
        try:
            value = function(*call.get("args", []), **call.get("kwargs", {}))
        except BaseException as error:
            emit({"raised": type(error).__name__, "detail": str(error)[:300]})
            continue
        try:
            emit({"value": plain(value)})
        except (TypeError, ValueError, RecursionError) as error:
            emit({"error": str(error)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
