"""Reference solution: how close Russia's annexations brought its frontier to British India."""

from __future__ import annotations

import csv
import math

EARTH_RADIUS_KM = 6371.0  # the mean radius of the Earth


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The distance between two points along the Earth's surface, by the haversine formula."""
    for lat, lon in ((lat1, lon1), (lat2, lon2)):
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"({lat}, {lon}) is not a latitude and a longitude in degrees")
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a)), 1)


def load_places(path: str, map_id: str) -> list[list[object]]:
    """``[id, lat, lon, year]`` for each point (not area) the map draws, in file order; year is text."""
    places: list[list[object]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if map_id not in row["maps"].split(";") or row["kind"] == "region":
                continue
            places.append([row["id"], float(row["lat"]), float(row["lon"]), row["from"][:4]])
    return places


def distances_from(places: list[list[object]], origin: str) -> list[list[object]]:
    """``[id, km]`` from ``origin`` to every other place, nearest first (ties by id)."""
    found = [place for place in places if place[0] == origin]
    if not found:
        raise ValueError(f"{origin!r} is not one of the places")
    _, lat, lon, _ = found[0]
    result = [
        [place[0], great_circle_km(lat, lon, place[1], place[2])]  # type: ignore[arg-type]
        for place in places
        if place[0] != origin
    ]
    return sorted(result, key=lambda item: (item[1], item[0]))


def closing_in(path: str, origin: str, limit_km: float | None = None) -> list[list[object]]:
    """Each annexation that brought Russia nearer ``origin`` than any before it: ``[year, id, km]``.

    Annexations are the places on the ``expansion`` map with a year, taken in order of year
    (then id). With ``limit_km``, stop at the first one within that distance.
    """
    places = load_places(path, "expansion")
    distance = {place_id: km for place_id, km in distances_from(places, origin)}
    annexed = sorted((place for place in places if place[3]), key=lambda p: (int(p[3]), p[0]))  # type: ignore[call-overload]
    steps: list[list[object]] = []
    nearest = math.inf
    for place_id, _lat, _lon, year in annexed:
        km = distance.get(place_id)  # type: ignore[call-overload]
        if km is None or km >= nearest:
            continue
        nearest = km
        steps.append([int(year), place_id, km])  # type: ignore[call-overload]
        if limit_km is not None and km <= limit_km:
            break
    return steps
