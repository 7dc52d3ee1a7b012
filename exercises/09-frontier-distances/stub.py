"""How close did Russia's annexations in Central Asia bring its frontier to British India?

You will compute great-circle distances with the haversine formula, load the points of
one of the course's maps from ``data/places.csv``, sort places by their distance from
one of them, and follow the annexations year by year to see which ones brought the
frontier closer. Use only the standard library (``csv`` and ``math`` are enough).
The checks pass in the path of the file to read; do not write any paths into this module.
"""

from __future__ import annotations

EARTH_RADIUS_KM = 6371.0  # the mean radius of the Earth


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points in km, rounded to one decimal.

    Latitudes and longitudes are in degrees. Raise ValueError when a latitude is
    outside -90..90 or a longitude outside -180..180.

    >>> great_circle_km(34.01, 71.58, 41.27, 69.22)  # Peshawar to Tashkent
    833.5
    """
    # TODO (student): task 1. Check the ranges, convert to radians and apply the haversine formula.
    raise NotImplementedError("task 1: great_circle_km")


def load_places(path: str, map_id: str) -> list[list[object]]:
    """Return ``[id, lat, lon, year]`` for each point (kind not ``region``) that ``map_id`` draws.

    ``lat`` and ``lon`` are numbers; ``year`` is the first four characters of ``from``,
    or ``""`` when it is empty. The rows stay in the order of the file.

    >>> load_places("places.csv", "expansion")[0]
    ['bukhara', 39.77, 64.43, '1868']
    """
    # TODO (student): task 2. Read the rows with csv.DictReader and keep the points of the map.
    raise NotImplementedError("task 2: load_places")


def distances_from(places: list[list[object]], origin: str) -> list[list[object]]:
    """Return ``[id, km]`` from the place ``origin`` to every other place, nearest first.

    Places at the same distance are in order of id. Raise ValueError when no place
    has the id ``origin``.

    >>> distances_from([["a", 34.0, 71.0, ""], ["b", 40.0, 60.0, "1870"]], "a")
    [['b', 1181.5]]
    """
    # TODO (student): task 3. Find the origin, measure each other place, then sort.
    raise NotImplementedError("task 3: distances_from")


def closing_in(path: str, origin: str, limit_km: float | None = None) -> list[list[object]]:
    """Return ``[year, id, km]`` for each annexation that came nearer ``origin`` than all before it.

    Annexations are the points of the ``expansion`` map with a year, taken in order of
    year, then id; ``year`` is returned as a whole number. With ``limit_km``, stop after
    the first annexation within that many kilometres.

    >>> closing_in("places.csv", "peshawar")[0]
    [1865, 'tashkent', 833.5]
    """
    # TODO (student): task 4. Use load_places and distances_from, then walk the annexations in order.
    raise NotImplementedError("task 4: closing_in")
