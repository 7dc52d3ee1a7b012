"""Regenerate the course's base geography, ``data/geo/region.geojson``, from Natural Earth.

The source is the npm package ``world-atlas`` (Natural Earth 4.1.0 admin-0 countries at
1:50m, as TopoJSON). The script fetches the pinned version with ``npm pack`` (or reads a
tarball you pass with ``--tarball``), decodes the topology, simplifies every shared arc once
(so neighbours keep one common border), clips the countries to the course's region and
writes small GeoJSON with coordinates rounded to 0.01° (about 1 km, far below the width of
a drawn line at the scale of the maps).

It also writes ``data/geo/boundaries.geojson``: the boundaries that two countries share in
Natural Earth, for the pairs in :data:`SHARED_BOUNDARIES`. The maps draw some of them again
as disputed lines (see ``data/lines.csv``), because Natural Earth shows de facto borders only.

Run it from the repository root (the maps never run it; the book reads the committed files)::

    python scripts/make_geo_extract.py            # needs npm and the registry
    python scripts/make_geo_extract.py --tarball world-atlas-2.0.2.tgz
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box, mapping
from shapely.ops import linemerge, unary_union
from shapely.validation import make_valid

PACKAGE = "world-atlas"
VERSION = "2.0.2"
NATURAL_EARTH_VERSION = "4.1.0"
TOPOLOGY_MEMBER = "package/countries-50m.json"
# West, south, east, north in degrees: Central Asia, Afghanistan, Iran, South Asia, western China.
REGION = (25.0, 5.0, 100.0, 55.0)
# Degrees; about 3 km, under one pixel on a 340-pixel-wide map of the region.
SIMPLIFY_TOLERANCE = 0.03
DECIMALS = 2
REPO_ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = REPO_ROOT / "data" / "geo"
# Natural Earth names of the country pairs whose shared boundary the maps draw as lines.
SHARED_BOUNDARIES = {
    "afghanistan-pakistan": ("Afghanistan", "Pakistan"),
    "india-pakistan": ("India", "Pakistan"),
    "afghanistan-tajikistan": ("Afghanistan", "Tajikistan"),
    "afghanistan-turkmenistan": ("Afghanistan", "Turkmenistan"),
    "afghanistan-uzbekistan": ("Afghanistan", "Uzbekistan"),
}


def fetch_tarball(folder: Path) -> Path:
    """Download the pinned package tarball with npm into ``folder``."""
    try:
        result = subprocess.run(
            ["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", str(folder)],
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError:
        sys.exit("npm is not installed: install Node.js, or pass --tarball world-atlas-2.0.2.tgz")
    except subprocess.CalledProcessError as error:
        sys.exit(f"npm pack {PACKAGE}@{VERSION} failed: {error.stderr.strip()}")
    return folder / result.stdout.strip().splitlines()[-1]


def read_topology(tarball: Path) -> dict[str, Any]:
    with tarfile.open(tarball) as archive:
        member = archive.extractfile(TOPOLOGY_MEMBER)
        if member is None:
            sys.exit(f"{tarball} has no {TOPOLOGY_MEMBER}; is it {PACKAGE} {VERSION}?")
        return json.load(member)


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON stores them quantised and delta-encoded)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[tuple[float, float]] = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def simplify_arcs(arcs: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    simplified = []
    for points in arcs:
        if len(points) > 2:
            line = LineString(points).simplify(SIMPLIFY_TOLERANCE, preserve_topology=False)
            simplified.append(list(line.coords))
        else:
            simplified.append(points)
    return simplified


def ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        part = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(part if not points else part[1:])
    return points


def country_shape(arcs: list[list[tuple[float, float]]], geometry: dict[str, Any]) -> Polygon | MultiPolygon:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    parts = []
    for polygon in polygons:
        rings = [ring(arcs, indices) for indices in polygon]
        if len(rings[0]) >= 4:
            parts.append(make_valid(Polygon(rings[0], [r for r in rings[1:] if len(r) >= 4])))
    return unary_union(parts)


def rounded(geometry: dict[str, Any]) -> dict[str, Any]:
    def walk(value: Any) -> Any:
        if isinstance(value, float):
            return round(value, DECIMALS)
        if isinstance(value, list | tuple):
            return [walk(item) for item in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def slug(name: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


def build(topology: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    arcs = simplify_arcs(decode_arcs(topology))
    region = box(*REGION)
    countries = []
    arcs_by_name: dict[str, set[int]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] not in {"Polygon", "MultiPolygon"}:
            continue
        name = geometry["properties"]["name"]
        shape = country_shape(arcs, geometry)
        clipped = shape.intersection(region)
        polygons = [
            g for g in getattr(clipped, "geoms", [clipped]) if isinstance(g, Polygon) and g.area > 1e-4
        ]
        if not polygons:
            continue
        nested = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        arcs_by_name[name] = {i if i >= 0 else ~i for polygon in nested for r in polygon for i in r}
        countries.append(
            {
                "type": "Feature",
                "id": slug(name),
                "properties": {"name": name, "iso_n3": geometry.get("id")},
                "geometry": rounded(mapping(MultiPolygon(polygons))),
            }
        )
    countries.sort(key=lambda feature: feature["id"])
    boundaries = []
    for boundary_id, (first, second) in SHARED_BOUNDARIES.items():
        shared = sorted(arcs_by_name[first] & arcs_by_name[second])
        merged = linemerge([LineString(arcs[i]) for i in shared])
        lines = merged if isinstance(merged, MultiLineString) else MultiLineString([merged])
        boundaries.append(
            {
                "type": "Feature",
                "id": boundary_id,
                "properties": {"name": f"{first}–{second} boundary in Natural Earth (de facto)"},
                "geometry": rounded(mapping(lines)),
            }
        )
    provenance = {
        "source": f"Natural Earth {NATURAL_EARTH_VERSION} admin-0 countries, 1:50m, public domain",
        "package": f"npm {PACKAGE} {VERSION} ({TOPOLOGY_MEMBER.removeprefix('package/')})",
        "region": list(REGION),
        "simplify_tolerance_degrees": SIMPLIFY_TOLERANCE,
        "generator": "scripts/make_geo_extract.py",
    }
    return (
        {"type": "FeatureCollection", "metadata": provenance, "features": countries},
        {"type": "FeatureCollection", "metadata": provenance, "features": boundaries},
    )


def write(path: Path, collection: dict[str, Any]) -> None:
    # One feature per line: small diffs when the extract is regenerated.
    features = ",\n".join(
        json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]
    )
    head = json.dumps({"type": collection["type"], "metadata": collection["metadata"]}, ensure_ascii=False)
    path.write_text(f'{head[:-1]}, "features": [\n{features}\n]}}\n', encoding="utf-8")
    print(f"wrote {path.relative_to(REPO_ROOT)} ({path.stat().st_size // 1024} KiB)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", type=Path, help=f"a local {PACKAGE}-{VERSION}.tgz instead of npm pack")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tarball = args.tarball or fetch_tarball(Path(folder))
        topology = read_topology(tarball)
    countries, boundaries = build(topology)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    write(OUT_DIR / "region.geojson", countries)
    write(OUT_DIR / "boundaries.geojson", boundaries)


if __name__ == "__main__":
    main()
