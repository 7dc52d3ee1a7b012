"""How long did Pakistan's Western alignments overlap the Indo-Soviet Treaty?

You will measure periods between dates, find the time two periods share, load the
course's alignments file and report, for a treaty, how many years each alignment of
the other side ran alongside it. A period runs from its start day up to its end day:
its length is the number of days between them, and two periods that only touch share
no time. Use only the standard library (``csv`` and ``datetime`` are all you need).
"""

from __future__ import annotations

DAYS_PER_YEAR = 365.25  # the average length of a year, leap years included


def years_between(start: str, end: str) -> float:
    """Return the length of a period in years of 365.25 days, rounded to two decimals.

    Both dates must be full ``YYYY-MM-DD`` dates. Raise ValueError if either is not
    (for example ``"1971"`` or ``"1971-08"``) or if ``end`` comes before ``start``.

    >>> years_between("1988-05-15", "1989-02-15")
    0.76
    """
    # TODO (student): task 1. Turn both texts into dates, subtract them and convert the days to years.
    raise NotImplementedError("task 1: years_between")


def overlap(first: list[str], second: list[str]) -> list[str]:
    """Return the time two ``[start, end]`` periods share, as ``[start, end]``, or ``[]``.

    The order of the two periods does not matter. Periods that only touch (one ends
    on the day the other begins) share nothing.

    >>> overlap(["1960-01-01", "1970-01-01"], ["1965-06-30", "1975-01-01"])
    ['1965-06-30', '1970-01-01']
    >>> overlap(["1950-01-01", "1960-01-01"], ["1960-01-01", "1970-01-01"])
    []
    """
    # TODO (student): task 2. Take the later start and the earlier end; return [] if nothing is left.
    raise NotImplementedError("task 2: overlap")


def load_alignments(path: str) -> dict[str, dict[str, str | None]]:
    """Read the alignments CSV file at ``path`` into ``{id: {"party", "start", "end"}}``.

    The values are the row's text, except that an empty ``end`` becomes None
    (the sources record no end).

    >>> load_alignments("seato-only.csv")  # a file whose only row is seato
    {'seato': {'party': 'pakistan', 'start': '1954-09-08', 'end': '1972-11-08'}}
    """
    # TODO (student): task 3. Read the rows with csv.DictReader and build the dictionary.
    raise NotImplementedError("task 3: load_alignments")


def overlap_report(path: str, treaty_id: str) -> dict[str, object]:
    """Report how many years each alignment of the other party overlapped the treaty.

    Load ``path``, take the row ``treaty_id`` as the treaty and compare it with every
    row whose ``party`` differs from the treaty's. Return::

        {"measured": {row_id: years, ...}, "unknown": [row_id, ...]}

    where ``measured`` holds the years of overlap (``0.0`` when the row shares no time
    with the treaty) and ``unknown`` lists, in alphabetical order, the rows whose end
    is not recorded. Raise KeyError if ``treaty_id`` is not in the file and ValueError
    if the treaty's own end is not recorded.

    >>> overlap_report("invented-pacts.csv", "test-treaty")
    {'measured': {'early-pact': 0.0, 'late-pact': 2.0}, 'unknown': ['open-pact']}
    """
    # TODO (student): task 4. Use load_alignments, overlap and years_between to build the report.
    raise NotImplementedError("task 4: overlap_report")
