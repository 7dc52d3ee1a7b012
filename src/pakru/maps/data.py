"""The maps' data: places, lines and areas, map definitions and the Natural Earth base.

``data/places.csv`` and ``data/lines.csv`` are validated column by column by
:mod:`pakru.datasets` like every data file; this module adds the checks that need
more than one column or file: coordinates in range and inside the region, line
geometry that parses, references to maps, events, countries and boundaries that
exist. Every problem is one line naming the file, the row and what to do.

A line's ``coordinates`` are either longitude/latitude pairs, ``"lon lat; lon lat; ..."``
(a zone's pairs are its outline), or a reference to the Natural Earth extract:
``boundary:<id>`` (a shared boundary in ``data/geo/boundaries.geojson``), optionally
cut to a latitude band with ``boundary:<id>@<south>..<north>``.
"""

from __future__ import annotations

import csv
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pakru.events import EventsError, PartialDate, load_events

PLACES_FILE = "places.csv"
LINES_FILE = "lines.csv"
MAPS_FILE = Path("geo") / "maps.toml"
REGION_FILE = Path("geo") / "region.geojson"
BOUNDARIES_FILE = Path("geo") / "boundaries.geojson"
# The extract covers this box (west, south, east, north); see scripts/make_geo_extract.py.
REGION = (25.0, 5.0, 100.0, 55.0)
LINE_KINDS = ("border", "disputed", "approx-border", "route", "pipeline", "zone")
SHADE_STYLES = ("red-hatch", "blue-dots", "green-cross", "sand", "grey", "purple-hatch", "teal")
BOUNDARY_REFERENCE = re.compile(r"^boundary:([a-z0-9-]+)(?:@(-?[\d.]+)\.\.(-?[\d.]+))?$")

LonLat = tuple[float, float]


class MapDataError(ValueError):
    """The map data cannot be read; the message is one line that says what to fix."""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    label: str
    lat: float
    lon: float
    kind: str
    start: str
    end: str
    maps: tuple[str, ...]
    event: str
    source: str
    confidence: str
    note: str


@dataclass(frozen=True)
class Line:
    id: str
    name: str
    label: str
    kind: str
    status: str
    coordinates: str
    clip: str
    start: str
    end: str
    maps: tuple[str, ...]
    event: str
    source: str
    confidence: str
    note: str


@dataclass(frozen=True)
class Shade:
    """Countries or zones filled with one style, with the legend's words for them."""

    style: str
    label: str
    countries: tuple[str, ...] = ()
    zones: tuple[str, ...] = ()


@dataclass(frozen=True)
class MapSpec:
    id: str
    title: str
    lesson: int
    section: str
    extent: tuple[float, float, float, float]
    caption: str
    sources: tuple[str, ...]
    label_years: bool
    shades: tuple[Shade, ...]
    country_labels: tuple[tuple[str, str, float, float], ...] = ()
    # The years the map shows, (first, last); last is None for "to today".
    years: tuple[int, int | None] | None = None

    def shows_period(self, start: str, end: str) -> bool:
        """Whether a row held from ``start`` to ``end`` (either may be empty) in the map's years."""
        if self.years is None:
            return True
        first, last = self.years
        if end and int(end[:4]) < first:
            return False
        return not (start and last is not None and int(start[:4]) > last)


@dataclass
class MapData:
    """Everything the maps are drawn from, read once per build."""

    places: list[Place]
    lines: list[Line]
    maps: dict[str, MapSpec]
    countries: dict[str, dict[str, Any]]
    boundaries: dict[str, dict[str, Any]]
    files: tuple[Path, ...] = field(default_factory=tuple)

    @cached_property
    def digest_input(self) -> bytes:
        """The bytes of every input file, for the render cache's key."""
        return b"\0".join(path.name.encode() + b"\0" + path.read_bytes() for path in self.files)

    def places_on(self, map_id: str) -> list[Place]:
        return [place for place in self.places if map_id in place.maps]

    def lines_on(self, map_id: str) -> list[Line]:
        return [line for line in self.lines if map_id in line.maps]

    def line_paths(self, line: Line) -> list[list[LonLat]]:
        """The line's geometry as one or more lists of (lon, lat)."""
        return resolve_coordinates(line.coordinates, self.boundaries)


def parse_pairs(text: str) -> list[LonLat]:
    """``"lon lat; lon lat"`` as a list of (lon, lat); raises ValueError with the fix."""
    pairs: list[LonLat] = []
    for chunk in text.split(";"):
        parts = chunk.split()
        if len(parts) != 2:
            raise ValueError(f"{chunk.strip()!r} is not 'longitude latitude' (two numbers, then ';')")
        lon, lat = float(parts[0]), float(parts[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValueError(f"{chunk.strip()!r} is out of range: longitude first, then latitude")
        pairs.append((lon, lat))
    if len(pairs) < 2:
        raise ValueError("a line needs at least two 'longitude latitude' pairs")
    return pairs


def resolve_coordinates(text: str, boundaries: dict[str, dict[str, Any]]) -> list[list[LonLat]]:
    reference = BOUNDARY_REFERENCE.match(text.strip())
    if reference is None:
        return [parse_pairs(text)]
    name, south, north = reference.groups()
    if name not in boundaries:
        raise ValueError(
            f"boundary {name!r} is not in {BOUNDARIES_FILE}; add it to scripts/make_geo_extract.py"
        )
    paths: list[list[LonLat]] = [
        [(float(lon), float(lat)) for lon, lat in part]
        for part in boundaries[name]["geometry"]["coordinates"]
    ]
    if south is None:
        return paths
    low, high = float(south), float(north)
    cut: list[list[LonLat]] = []
    for path in paths:
        current: list[LonLat] = []
        for point in path:
            if low <= point[1] <= high:
                current.append(point)
            elif current:
                cut.append(current)
                current = []
        if current:
            cut.append(current)
    return [path for path in cut if len(path) >= 2]


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                {key: (value or "").strip() for key, value in row.items()} for row in csv.DictReader(handle)
            ]
    except FileNotFoundError:
        raise MapDataError(f"{path}: no such file; the maps need it (see data/geo/README.md)") from None


def _maps_column(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _features(path: Path) -> dict[str, dict[str, Any]]:
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MapDataError(f"{path}: no such file; run scripts/make_geo_extract.py") from None
    except json.JSONDecodeError as error:
        raise MapDataError(f"{path}: not valid GeoJSON ({error}); run scripts/make_geo_extract.py") from None
    return {feature["id"]: feature for feature in collection["features"]}


def _map_years(value: object) -> tuple[int, int | None] | None:
    """``years = [first]`` (to today) or ``[first, last]``, as integers."""
    if value is None:
        return None
    whole_years = isinstance(value, list) and all(isinstance(year, int) for year in value)
    if not whole_years or len(value) not in (1, 2):
        raise ValueError("years (write [first] or [first, last], as whole years)")
    return (value[0], value[1] if len(value) == 2 else None)


def _map_specs(path: Path) -> dict[str, MapSpec]:
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MapDataError(f"{path}: no such file; it defines the maps") from None
    except tomllib.TOMLDecodeError as error:
        raise MapDataError(f"{path}: not valid TOML ({error})") from None
    specs: dict[str, MapSpec] = {}
    for entry in document.get("map", []):
        try:
            spec = MapSpec(
                id=entry["id"],
                title=entry["title"],
                lesson=int(entry["lesson"]),
                section=entry.get("section", ""),
                extent=tuple(float(value) for value in entry["extent"]),  # type: ignore[arg-type]
                caption=entry["caption"],
                sources=tuple(entry.get("sources", [])),
                label_years=bool(entry.get("label_years", False)),
                shades=tuple(
                    Shade(
                        style=shade["style"],
                        label=shade["label"],
                        countries=tuple(shade.get("countries", [])),
                        zones=tuple(shade.get("zones", [])),
                    )
                    for shade in entry.get("shade", [])
                ),
                country_labels=tuple(
                    (label["text"], label.get("country", ""), float(label["lon"]), float(label["lat"]))
                    for label in entry.get("label", [])
                ),
                years=_map_years(entry.get("years")),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise MapDataError(f"{path}: map {entry.get('id', '?')!r} lacks or mistypes {error}") from None
        if len(spec.extent) != 4:
            raise MapDataError(f"{path}: map {spec.id!r}: extent must be [west, south, east, north]")
        specs[spec.id] = spec
    return specs


def load_map_data(data_dir: Path) -> MapData:
    """Read every input of the maps from ``data_dir`` (the course's ``data/`` folder)."""
    places = [
        Place(
            id=row["id"],
            name=row["name"],
            label=row.get("label") or row["name"],
            lat=_number(row, "lat", data_dir / PLACES_FILE),
            lon=_number(row, "lon", data_dir / PLACES_FILE),
            kind=row["kind"],
            start=row["from"],
            end=row["to"],
            maps=_maps_column(row["maps"]),
            event=row["event"],
            source=row["source"],
            confidence=row["confidence"],
            note=row.get("note", ""),
        )
        for row in _rows(data_dir / PLACES_FILE)
    ]
    lines = [
        Line(
            id=row["id"],
            name=row["name"],
            label=row.get("label") or row["name"],
            kind=row["kind"],
            status=row["status"],
            coordinates=row["coordinates"],
            clip=row["clip"],
            start=row["from"],
            end=row["to"],
            maps=_maps_column(row["maps"]),
            event=row["event"],
            source=row["source"],
            confidence=row["confidence"],
            note=row.get("note", ""),
        )
        for row in _rows(data_dir / LINES_FILE)
    ]
    return MapData(
        places=places,
        lines=lines,
        maps=_map_specs(data_dir / MAPS_FILE),
        countries=_features(data_dir / REGION_FILE),
        boundaries=_features(data_dir / BOUNDARIES_FILE),
        files=tuple(
            data_dir / name for name in (PLACES_FILE, LINES_FILE, MAPS_FILE, REGION_FILE, BOUNDARIES_FILE)
        ),
    )


def _number(row: dict[str, str], column: str, path: Path) -> float:
    try:
        return float(row[column])
    except (KeyError, ValueError):
        raise MapDataError(
            f"{path}: row {row.get('id', '?')!r}: {column} must be a number in degrees"
        ) from None


def validate_map_data(data: MapData, event_ids: Iterable[str]) -> list[str]:
    """Problems across the map data that a column-by-column schema cannot see."""
    events = set(event_ids)
    west, south, east, north = REGION
    problems: list[str] = []
    for place in data.places:
        where = f"{PLACES_FILE}: {place.id}"
        if not (west <= place.lon <= east and south <= place.lat <= north):
            problems.append(
                f"{where}: ({place.lat}, {place.lon}) lies outside the region {REGION}; lat, then lon"
            )
        problems += _common_problems(where, place.maps, place.event, place.start, place.end, data, events)
    for line in data.lines:
        where = f"{LINES_FILE}: {line.id}"
        if line.kind not in LINE_KINDS:
            problems.append(f"{where}: kind must be one of {', '.join(LINE_KINDS)}")
        try:
            paths = data.line_paths(line)
        except ValueError as error:
            problems.append(f"{where}: coordinates: {error}")
        else:
            if not paths:
                problems.append(f"{where}: coordinates select no part of the boundary; widen the latitudes")
        if line.clip and line.clip not in data.countries:
            problems.append(f"{where}: clip {line.clip!r} is not a country id in {REGION_FILE}")
        if line.kind == "zone" and not line.clip:
            problems.append(f"{where}: a zone needs clip, the country its outline is cut to")
        if line.kind == "pipeline" and not line.status:
            problems.append(
                f"{where}: a pipeline needs a status (built, under-construction, agreed, proposed)"
            )
        problems += _common_problems(where, line.maps, line.event, line.start, line.end, data, events)
    zone_ids = {line.id for line in data.lines if line.kind == "zone"}
    for spec in data.maps.values():
        where = f"{MAPS_FILE}: {spec.id}"
        if not data.places_on(spec.id) and not data.lines_on(spec.id):
            problems.append(f"{where}: no place or line names this map in its maps column")
        for shade in spec.shades:
            if shade.style not in SHADE_STYLES:
                problems.append(
                    f"{where}: shade style {shade.style!r} is not one of {', '.join(SHADE_STYLES)}"
                )
            problems += [
                f"{where}: {country!r} is not a country id in {REGION_FILE}"
                for country in shade.countries
                if country not in data.countries
            ]
            problems += [
                f"{where}: {zone!r} is not a zone in {LINES_FILE}"
                for zone in shade.zones
                if zone not in zone_ids
            ]
    return problems


def _common_problems(
    where: str,
    maps: tuple[str, ...],
    event: str,
    start: str,
    end: str,
    data: MapData,
    events: set[str],
) -> list[str]:
    problems = [
        f"{where}: map {name!r} is not defined in {MAPS_FILE}" for name in maps if name not in data.maps
    ]
    if not maps:
        problems.append(f"{where}: maps is empty; name the maps that show it, separated by ';'")
    if event and event not in events:
        problems.append(f"{where}: event {event!r} is not an id in events.csv; leave it empty or fix it")
    if not start:
        return problems + ([f"{where}: 'to' ({end}) needs a 'from'"] if end else [])
    try:
        first = PartialDate.parse(start)
        if end and PartialDate.parse(end).as_fractional_year() < first.as_fractional_year():
            problems.append(f"{where}: 'to' ({end}) is before 'from' ({start})")
    except ValueError as error:
        problems.append(f"{where}: {error}")
    return problems


def map_data_problems(data_dir: Path) -> list[str]:
    """Every problem of the map data in ``data_dir`` that the data files' schemas cannot see, for
    ``pakru dev check``; nothing for a course without maps (no ``places.csv``)."""
    if not (data_dir / PLACES_FILE).is_file():
        return []
    try:
        data = load_map_data(data_dir)
        events = load_events(data_dir / "events.csv")
    except MapDataError as error:
        return [str(error)]
    except EventsError:
        return []  # the events file's own check reports it
    return validate_map_data(data, (event.id for event in events))
