"""Reference solution: Pakistan's fiscal years, Russia's calendar years and the trade figures."""

from __future__ import annotations

import csv
import re

UNIT = "million US$"
COLUMNS = {"exports": "exports_pk_musd", "imports": "imports_pk_musd", "total": "total_musd"}
ROUNDING = 1.0  # published figures are rounded to the million, so parts may miss the total by this much
FISCAL = re.compile(r"^FY(\d{4})-(\d{2})$")
CALENDAR = re.compile(r"^\d{4}$")


def month_number(month: str) -> int:
    """Count the months since the start of year 0, so that neighbouring months differ by 1."""
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def period_months(period: str, basis: str) -> list[str]:
    """The first and the last month, ``YYYY-MM``, of a fiscal-year or calendar-year period."""
    if basis == "fiscal-pk":
        match = FISCAL.match(period)
        if match is None:
            raise ValueError(f"a Pakistani fiscal year is written like FY2022-23, not {period!r}")
        start = int(match.group(1))
        if int(match.group(2)) != (start + 1) % 100:
            raise ValueError(f"{period!r} does not run from one year into the next")
        return [f"{start}-07", f"{start + 1}-06"]
    if basis == "calendar":
        if CALENDAR.match(period) is None:
            raise ValueError(f"a calendar year is written like 2023, not {period!r}")
        return [f"{period}-01", f"{period}-12"]
    raise ValueError(f"the months of a period cannot be known when its basis is {basis!r}")


def load_figures(path: str) -> dict[str, dict[str, object]]:
    """Every row of the trade file as a figure with an explicit period, basis and unit, keyed by id."""
    figures: dict[str, dict[str, object]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            basis = row["basis"]
            months = [] if basis == "unstated" else period_months(row["period"], basis)
            amounts = {name: float(row[column]) for name, column in COLUMNS.items() if row[column].strip()}
            if "total" not in amounts:
                raise ValueError(f"{row['id']}: every figure needs a total")
            if "exports" in amounts and "imports" in amounts:
                parts = amounts["exports"] + amounts["imports"]
                if abs(parts - amounts["total"]) > ROUNDING:
                    raise ValueError(f"{row['id']}: exports and imports add up to {parts}, not the total")
            figures[row["id"]] = {
                "period": row["period"],
                "basis": basis,
                "months": months,
                "reporter": row["reporter"],
                "unit": UNIT,
                "amounts": amounts,
            }
    return figures


def same_series(first: dict[str, object], second: dict[str, object]) -> None:
    """Raise ValueError unless both figures are in one series with known months."""
    for key in ("unit", "basis", "reporter"):
        if first[key] != second[key]:
            raise ValueError(f"the figures differ in {key}: {first[key]!r} and {second[key]!r}")
    if not first["months"] or not second["months"]:
        raise ValueError("a figure whose period is unstated cannot be combined with another")


def add_figures(first: dict[str, object], second: dict[str, object]) -> dict[str, object]:
    """One figure for two neighbouring periods of the same series."""
    same_series(first, second)
    first_months, second_months = first["months"], second["months"]
    if month_number(second_months[0]) != month_number(first_months[1]) + 1:
        raise ValueError("the second period must begin in the month after the first one ends")
    amounts = {
        name: value + second["amounts"][name]
        for name, value in first["amounts"].items()
        if name in second["amounts"]
    }
    return {
        "period": f"{first['period']} to {second['period']}",
        "basis": first["basis"],
        "months": [first_months[0], second_months[1]],
        "reporter": first["reporter"],
        "unit": first["unit"],
        "amounts": amounts,
    }


def growth(earlier: dict[str, object], later: dict[str, object]) -> float:
    """The percentage change of the total from ``earlier`` to ``later``, within one series only."""
    same_series(earlier, later)

    def length(figure: dict[str, object]) -> int:
        first, last = figure["months"]
        return month_number(last) - month_number(first) + 1

    if length(earlier) != length(later):
        raise ValueError("periods of different lengths cannot show growth")
    if month_number(later["months"][0]) <= month_number(earlier["months"][1]):
        raise ValueError("the later period must begin after the earlier one ends")
    before, after = earlier["amounts"]["total"], later["amounts"]["total"]
    if before == 0:
        raise ValueError("growth from a total of zero cannot be measured")
    return round((after - before) / before * 100, 1)
