"""Maps drawn from data at build time: historical places and lines over a Natural Earth base.

* :mod:`.data` reads and checks ``data/places.csv``, ``data/lines.csv`` and the map
  definitions in ``data/geo/maps.toml``;
* :mod:`.projection` projects longitude and latitude with a conic projection fitted to
  each map's extent;
* :mod:`.render` writes each map as an accessible inline SVG, cached by a digest of
  its inputs.
"""

from __future__ import annotations

from pakru.maps.data import (
    MapData,
    MapDataError,
    MapSpec,
    load_map_data,
    map_data_problems,
    validate_map_data,
)
from pakru.maps.render import render_map_cached, render_map_svg

__all__ = [
    "MapData",
    "MapDataError",
    "MapSpec",
    "load_map_data",
    "map_data_problems",
    "render_map_cached",
    "render_map_svg",
    "validate_map_data",
]
