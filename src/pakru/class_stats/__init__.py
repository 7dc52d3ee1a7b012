"""``pakru stats``: item analysis of a graded class, as a self-contained HTML report and a CSV.

Three steps, one module each: :mod:`.reading` turns the per-student results
JSON (``grade-batch --json-dir``, or a Gradescope export) into plain records,
:mod:`.computing` derives the statistics, and :mod:`.rendering` writes them.
:mod:`.simulate` writes a synthetic class with known properties, for trying the
report out and for the tests.

The report never names a student: it counts answers, it does not list who gave them.
"""

from __future__ import annotations


class StatsError(ValueError):
    """A problem with the results folder; one line, worded for the instructor."""
