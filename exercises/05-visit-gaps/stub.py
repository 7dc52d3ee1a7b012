"""The long silences between leader-level visits of Pakistan and the USSR/Russia.

You will turn course dates into the days they can stand for, load the visits to some
host countries from ``data/visits.csv``, measure the gaps between neighbouring visits
and find the longest silence. Dates known only to the month or the year make a gap
uncertain, so every gap here is the shortest one the dates allow: from the last day
the earlier visit could have ended to the first day the later one could have begun.
Use only the standard library (``csv``, ``datetime`` and ``itertools`` are enough).
The checks pass in the path of the file to read; do not write any paths into this module.
"""

from __future__ import annotations

DAYS_PER_YEAR = 365.25  # the average length of a year, leap years included


def day_range(text: str) -> list[str]:
    """Return the first and the last day a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date stands for.

    Both days are ISO strings. Raise ValueError for text in any other form and for
    a date that does not exist (such as ``"1999-13"``).

    >>> day_range("1999-04")
    ['1999-04-01', '1999-04-30']
    >>> day_range("1970")
    ['1970-01-01', '1970-12-31']
    >>> day_range("2003-02-05")
    ['2003-02-05', '2003-02-05']
    """
    # TODO (student): task 1. Check the form, then build the first and the last day with datetime.date.
    raise NotImplementedError("task 1: day_range")


def load_visits(path: str, hosts: list[str], include_multilateral: bool = False) -> list[list[str]]:
    """Return ``[id, first_day, last_day]`` for each visit whose ``to_country`` is in ``hosts``.

    Only ``bilateral`` rows are kept unless ``include_multilateral`` is true.
    ``first_day`` is the first day of ``date``; ``last_day`` is the last day of
    ``end_date``, or of ``date`` when ``end_date`` is empty. The visits are sorted
    by first day, then by id.

    >>> load_visits("visits.csv", ["russia"])[0]  # the first visit to the Russian Federation
    ['nawaz-sharif-1999', '1999-04-01', '1999-04-30']
    """
    # TODO (student): task 2. Read the rows with csv.DictReader, keep the right ones and sort them.
    raise NotImplementedError("task 2: load_visits")


def gaps(visits: list[list[str]]) -> list[list[object]]:
    """Return ``[earlier_id, later_id, days]`` for each pair of neighbouring visits.

    ``visits`` is in order, as ``load_visits`` returns it. ``days`` counts from the
    earlier visit's last day to the later visit's first day, and is never below 0.
    Fewer than two visits give ``[]``.

    >>> gaps([["a", "1972-03-16", "1972-03-18"], ["b", "1974-10-24", "1974-10-26"]])
    [['a', 'b', 950]]
    """
    # TODO (student): task 3. Walk through the neighbouring pairs and subtract the dates.
    raise NotImplementedError("task 3: gaps")


def longest_silence(
    path: str, hosts: list[str], include_multilateral: bool = False, until: str | None = None
) -> dict[str, object]:
    """Return the longest gap between the visits to ``hosts``.

    The result is ``{"after": id, "before": id, "days": int, "years": float}``,
    with ``years`` = days / 365.25 rounded to one decimal; of equally long gaps the
    earlier wins. When ``until`` is a full ``YYYY-MM-DD`` date, the silence from the
    last visit to ``until`` counts too, and if it is the longest its ``"before"`` is
    ``""``. Raise ValueError when there is no gap to measure.

    >>> longest_silence("few-visits.csv", ["ussr", "russia"])  # the exercise's fixture
    {'after': 'test-a', 'before': 'test-e', 'days': 2891, 'years': 7.9}
    """
    # TODO (student): task 4. Use load_visits and gaps, add the open silence if asked, and pick the longest.
    raise NotImplementedError("task 4: longest_silence")
