"""Fiscal years, calendar years and the Pakistan–Russia trade figures.

Pakistan counts its trade in fiscal years that run from July to June; Russia counts
calendar years. You will turn each published figure in ``data/trade.csv`` into a
dictionary that carries its period, its kind of year and its unit with it, and write
functions that add or compare figures only when they belong to one series, refusing
with ValueError when they do not. Use only the standard library (``csv`` and ``re``
are enough). The checks pass in the path of the file to read; do not write any paths
into this module.
"""

from __future__ import annotations

UNIT = "million US$"  # the unit of every amount column in data/trade.csv
COLUMNS = {"exports": "exports_pk_musd", "imports": "imports_pk_musd", "total": "total_musd"}


def month_number(month: str) -> int:
    """Return a ``YYYY-MM`` month as a count of months, so that the next month is one more.

    This helper is complete.

    >>> month_number("2023-07") - month_number("2023-06")
    1
    >>> month_number("2023-01") - month_number("2022-12")
    1
    """
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def period_months(period: str, basis: str) -> list[str]:
    """Return the first and the last month, ``YYYY-MM``, of a period.

    ``basis`` is ``"fiscal-pk"`` (the period is written like ``FY2022-23`` and runs
    from July to June) or ``"calendar"`` (written like ``2023``, January to December).
    Raise ValueError when the period does not fit its basis, and for any other basis,
    ``"unstated"`` included.

    >>> period_months("FY2022-23", "fiscal-pk")
    ['2022-07', '2023-06']
    >>> period_months("2023", "calendar")
    ['2023-01', '2023-12']
    """
    # TODO (student): task 1. Check the period against its basis, then build the first and last months.
    raise NotImplementedError("task 1: period_months")


def load_figures(path: str) -> dict[str, dict[str, object]]:
    """Return every row of the trade file at ``path`` as a figure, keyed by ``id``.

    A figure is ``{"period", "basis", "months", "reporter", "unit", "amounts"}``:
    ``months`` comes from ``period_months``, or is ``[]`` when the basis is
    ``unstated``; ``unit`` is ``UNIT``; ``amounts`` maps ``"exports"``, ``"imports"``
    and ``"total"`` to floats, leaving out empty cells. Raise ValueError for a row
    without a total, a period that does not fit its basis, or exports and imports that
    add up to more than 1 away from the total.

    >>> load_figures("trade.csv")["ambassador-2023"]["amounts"]
    {'total': 1000.0}
    """
    # TODO (student): task 2. Read the rows with csv.DictReader and build one figure per row.
    raise NotImplementedError("task 2: load_figures")


def add_figures(first: dict[str, object], second: dict[str, object]) -> dict[str, object]:
    """Return one figure for two neighbouring periods of the same series.

    Raise ValueError unless both figures have the same ``unit``, ``basis`` and
    ``reporter``, both have known months, and ``second`` begins in the month after
    ``first`` ends. The result's period is ``"<first> to <second>"``, its months run
    from the start of ``first`` to the end of ``second``, and its amounts are the sums
    of the amounts that both figures give.

    >>> add_figures(year_1997, year_1998)["amounts"]  # the two Jamestown rows
    {'total': 137.0}
    """
    # TODO (student): task 3. Refuse figures that do not fit end to end, then build the combined figure.
    raise NotImplementedError("task 3: add_figures")


def growth(earlier: dict[str, object], later: dict[str, object]) -> float:
    """Return the percentage change of the total from ``earlier`` to ``later``, to one decimal.

    Raise ValueError unless the two figures belong to one series (as for
    ``add_figures``), their periods are equally long, and ``later`` begins after
    ``earlier`` ends.

    >>> growth(year_1997, year_1998)  # the two Jamestown rows
    -30.9
    """
    # TODO (student): task 4. Refuse figures from different series or periods, then compute the change.
    raise NotImplementedError("task 4: growth")
