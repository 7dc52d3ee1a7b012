"""Deadlines for tests that wait on child processes, scaled to how busy this machine is.

A fixed one-second limit fails on a loaded machine. Each deadline here is a
generous base multiplied by ``PAKRU_TEST_DEADLINE_SCALE`` (default 1) and by how
much slower than usual a bare Python start-up is right now, measured once.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time

# A bare interpreter start on an idle 2-core machine takes about this long.
USUAL_STARTUP_SECONDS = 0.05


@functools.cache
def load_factor() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-I", "-c", "pass"], check=True)
    slowdown = (time.perf_counter() - started) / USUAL_STARTUP_SECONDS
    configured = float(os.environ.get("PAKRU_TEST_DEADLINE_SCALE", "1") or 1)
    return configured * min(max(slowdown, 1.0), 10.0)


def scaled_deadline(seconds: float) -> float:
    """``seconds``, stretched on a busy machine; use it for every wait on a child process."""
    return seconds * load_factor()
