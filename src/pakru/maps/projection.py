"""A Lambert conformal conic projection fitted to a map's extent, in SVG units.

A conic projection keeps shapes true in the mid-latitudes where the course's region
lies (5°–55°N). The standard parallels sit a sixth of the way in from the extent's
south and north edges, the usual rule of thumb for a conic map of one region; the
central meridian runs through the middle of the extent, so north is up there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

Extent = tuple[float, float, float, float]


@dataclass(frozen=True)
class MapFrame:
    """Projects (lon, lat) to SVG (x, y) inside a frame ``width`` units wide."""

    extent: Extent
    width: float
    height: float
    scale: float
    origin_x: float
    origin_y: float
    transformer: Transformer

    @classmethod
    def fit(cls, extent: Extent, width: float) -> MapFrame:
        west, south, east, north = extent
        if not (west < east and south < north):
            raise ValueError(
                f"extent {extent} must be [west, south, east, north] with west < east, south < north"
            )
        span = north - south
        crs = CRS.from_proj4(
            f"+proj=lcc +lat_1={south + span / 6:.4f} +lat_2={north - span / 6:.4f} "
            f"+lat_0={(south + north) / 2:.4f} +lon_0={(west + east) / 2:.4f} +datum=WGS84 +units=m +no_defs"
        )
        transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        outline = shapely.transform(
            box(*extent).segmentize(0.5),
            lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])),
        )
        min_x, min_y, max_x, max_y = outline.bounds
        scale = width / (max_x - min_x)
        return cls(extent, width, (max_y - min_y) * scale, scale, min_x, max_y, transformer)

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = self.transformer.transform(lon, lat)
        return (x - self.origin_x) * self.scale, (self.origin_y - y) * self.scale

    def points(self, lonlats: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [self.point(lon, lat) for lon, lat in lonlats]

    def geometry(self, shape: BaseGeometry) -> BaseGeometry:
        """A lon/lat geometry in SVG units, densified first so long edges follow the projection."""

        def to_svg(lonlat: np.ndarray) -> np.ndarray:
            x, y = self.transformer.transform(lonlat[:, 0], lonlat[:, 1])
            return np.column_stack(((x - self.origin_x) * self.scale, (self.origin_y - y) * self.scale))

        return shapely.transform(shape.segmentize(1.0), to_svg)
