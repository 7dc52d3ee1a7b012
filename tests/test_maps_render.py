"""The maps as SVG: projected, labelled without overlaps, accessible, and cached by their inputs."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ElementTree

import pytest

from conftest import REPO_ROOT
from pakru.label_layout import MIN_FONT_PX, Box, text_box_size
from pakru.maps import load_map_data, render_map_cached, render_map_svg
from pakru.maps import render as render_module
from pakru.maps.projection import MapFrame
from pakru.maps.render import FONT_SIZE, POINT_KINDS, VIEW_WIDTH

SVG = "{http://www.w3.org/2000/svg}"
DATA = load_map_data(REPO_ROOT / "data")
MAP_IDS = sorted(DATA.maps)


@pytest.fixture(scope="module")
def rendered() -> dict[str, ElementTree.Element]:
    return {map_id: ElementTree.fromstring(render_map_svg(DATA.maps[map_id], DATA)) for map_id in MAP_IDS}


def label_boxes(root: ElementTree.Element) -> dict[str, Box]:
    """The box each label's text can occupy, from its anchor, its lines and the font size."""
    boxes: dict[str, Box] = {}
    for text in root.iter(f"{SVG}text"):
        key = text.get("data-label")
        if key is None:
            continue
        spans = list(text.iter(f"{SVG}tspan"))
        lines = [span.text or "" for span in spans]
        width, height = text_box_size(lines, FONT_SIZE)
        x, first_baseline = float(spans[0].get("x", 0)), float(spans[0].get("y", 0))
        left = {"start": x, "end": x - width, "middle": x - width / 2}[text.get("text-anchor", "start")]
        top = first_baseline - FONT_SIZE * 0.95
        boxes[key] = Box(left, top, left + width, top + height)
    return boxes


@pytest.mark.parametrize("map_id", MAP_IDS)
def test_map_is_named_and_described(rendered: dict[str, ElementTree.Element], map_id: str) -> None:
    root = rendered[map_id]
    assert root.get("role") == "img"
    title, description = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None
    assert title.text == DATA.maps[map_id].title
    assert description is not None
    assert "listed as text" in (description.text or "")
    assert root.get("aria-labelledby", "").split() == [title.get("id"), description.get("id")]


@pytest.mark.parametrize("map_id", MAP_IDS)
def test_map_fits_a_phone_and_its_text_is_never_small(
    rendered: dict[str, ElementTree.Element], map_id: str
) -> None:
    root = rendered[map_id]
    assert root.get("viewBox", "").split()[2] == str(VIEW_WIDTH)
    assert VIEW_WIDTH <= 327, "drawn at most this wide, the text keeps its size on a 375 px phone"
    style = "".join(element.text or "" for element in root.iter(f"{SVG}style"))
    sizes = [float(size) for size in re.findall(r"font(?:-size)?:\s*([\d.]+)px", style)]
    assert sizes
    assert min(sizes) >= MIN_FONT_PX
    assert not any(text.get("font-size") for text in root.iter(f"{SVG}text"))


@pytest.mark.parametrize("map_id", MAP_IDS)
def test_labels_never_overlap_one_another_or_a_point(
    rendered: dict[str, ElementTree.Element], map_id: str
) -> None:
    root = rendered[map_id]
    boxes = label_boxes(root)
    overlapping = [
        (a, b) for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2) if box_a.overlaps(box_b)
    ]
    assert overlapping == []
    frame = MapFrame.fit(DATA.maps[map_id].extent, VIEW_WIDTH - 2 * render_module.MARGIN)
    for place in DATA.places_on(map_id):
        if place.kind in POINT_KINDS:
            x, y = frame.point(place.lon, place.lat)
            mark = Box.around(x, y, render_module.MARK_RADIUS)
            assert not any(box.overlaps(mark) for box in boxes.values()), place.id


@pytest.mark.parametrize("map_id", MAP_IDS)
def test_everything_in_the_data_is_drawn_and_labelled(
    rendered: dict[str, ElementTree.Element], map_id: str
) -> None:
    root = rendered[map_id]
    labels = {text.get("data-label") for text in root.iter(f"{SVG}text")}
    drawn_lines = {path.get("data-line") for path in root.iter(f"{SVG}path")}
    for place in DATA.places_on(map_id):
        assert f"place-{place.id}" in labels
    for line in DATA.lines_on(map_id):
        if line.kind == "zone":
            assert any(path.get("data-zone") == line.id for path in root.iter(f"{SVG}path"))
        else:
            assert line.id in drawn_lines
            assert f"line-{line.id}" in labels


def test_disputed_lines_are_dashed_and_say_so(rendered: dict[str, ElementTree.Element]) -> None:
    root = rendered["partition"]
    disputed = [
        path
        for path in root.iter(f"{SVG}path")
        if path.get("data-line") in {"line-of-control", "durand-line"}
    ]
    assert len(disputed) == 2
    assert all(path.get("stroke-dasharray") for path in disputed)
    texts = " ".join(" ".join(text.itertext()) for text in root.iter(f"{SVG}text"))
    assert "Line of Control (disputed)" in texts
    assert "the course takes no position" in texts


def test_no_remote_loads(rendered: dict[str, ElementTree.Element]) -> None:
    for root in rendered.values():
        markup = ElementTree.tostring(root, encoding="unicode")
        assert "http://" not in markup.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in markup


def test_projection_is_conic_north_up_and_conformal() -> None:
    frame = MapFrame.fit((52.0, 31.0, 78.0, 44.5), 336)
    assert "proj=lcc" in frame.transformer.definition
    tashkent, kabul = frame.point(69.22, 41.27), frame.point(69.17, 34.53)
    assert tashkent[1] < kabul[1], "north is up"
    # Conformal: a small step east and a small step north cover the same distance on the map
    # once the step east is scaled by the cosine of the latitude.
    import math

    x0, y0 = frame.point(65.0, 38.0)
    east = math.dist((x0, y0), frame.point(65.01, 38.0))
    north = math.dist((x0, y0), frame.point(65.0, 38.01))
    assert east / north == pytest.approx(math.cos(math.radians(38.0)), rel=0.01)


def test_a_bad_extent_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="west < east"):
        MapFrame.fit((70.0, 30.0, 60.0, 40.0), 336)


def test_rendering_is_cached_by_a_digest_of_its_inputs(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = DATA.maps["persia-1907"]
    first, digest = render_map_cached(spec, DATA, tmp_path)
    calls: list[str] = []

    def refuse(*args: object, **kwargs: object) -> str:
        calls.append("drawn")
        return "<svg/>"

    monkeypatch.setattr(render_module, "render_map_svg", refuse)
    again, same_digest = render_map_cached(spec, DATA, tmp_path)
    assert (again, same_digest) == (first, digest)
    assert calls == [], "an unchanged map is read from the cache, not drawn"
    changed = load_map_data(REPO_ROOT / "data")
    changed.__dict__["digest_input"] = DATA.digest_input + b"edited"
    _svg, other_digest = render_map_cached(spec, changed, tmp_path)
    assert other_digest != digest
    assert calls == ["drawn"]
    assert len(list(tmp_path.glob("persia-1907-*.svg"))) == 1, "stale copies are removed"


def absolute_points(path_data: str) -> list[list[tuple[float, float]]]:
    """The rings of path data written as one absolute move, then relative steps."""
    rings = []
    for ring in re.findall(r"M[^M]*", path_data):
        numbers = [float(number) for number in re.findall(r"-?(?:\d+\.?\d*|\.\d+)", ring)]
        x, y = numbers[0], numbers[1]
        points = [(x, y)]
        for dx, dy in zip(numbers[2::2], numbers[3::2], strict=True):
            x, y = x + dx, y + dy
            points.append((round(x, 1), round(y, 1)))
        rings.append(points)
    return rings


def test_path_data_steps_land_on_the_rounded_points() -> None:
    from shapely.geometry import MultiPolygon, Polygon

    square = Polygon([(0.04, 0), (10.06, 0.01), (10, -5.55), (0, -5)])
    triangle = Polygon([(20.3, 20.3), (20.3, 20.3), (25.55, 30.1), (30, 20)])
    path_data = render_module._path(MultiPolygon([square, triangle]))
    assert path_data.count("z") == 2
    expected = [
        [(0.0, 0.0), (10.1, 0.0), (10.0, -5.6), (0.0, -5.0), (0.0, 0.0)],
        # The repeated point adds no step.
        [(20.3, 20.3), (25.6, 30.1), (30.0, 20.0), (20.3, 20.3)],
    ]
    assert absolute_points(path_data) == expected


def mark_classes(root: ElementTree.Element) -> dict[str, str]:
    return {
        element.get("data-place", ""): element.get("class", "")
        for element in root.iter()
        if "mark" in element.get("class", "").split() and element.get("data-place")
    }


def test_a_capital_is_drawn_as_one_only_in_its_years(rendered: dict[str, ElementTree.Element]) -> None:
    # Karachi was Pakistan's capital from 1947 to 1959: a capital on the partition map, a city today.
    assert mark_classes(rendered["partition"])["karachi"] == "mark capital"
    assert mark_classes(rendered["energy"])["karachi"] == "mark city"
    energy_key = "".join(rendered["energy"].find(f".//{SVG}g[@class='legend']").itertext())
    assert "Capital" not in energy_key
    assert "City, town or site" in energy_key


def test_a_shaded_country_keeps_its_small_islands(rendered: dict[str, ElementTree.Element]) -> None:
    spec = DATA.maps["sco"]
    frame = MapFrame.fit(spec.extent, VIEW_WIDTH - 2 * render_module.MARGIN)
    # The Andaman Islands, India's; India is shaded on this map.
    (west, north), (east, south) = frame.point(92.0, 14.0), frame.point(94.0, 10.0)
    india = next(path for path in rendered["sco"].iter(f"{SVG}path") if path.get("data-country") == "india")
    islands = [
        ring
        for ring in absolute_points(india.get("d", ""))
        if all(west - 1 <= x <= east + 1 and north - 1 <= y <= south + 1 for x, y in ring)
    ]
    # Natural Earth draws the chain as several islands; a speck filter keeps only the largest.
    assert len(islands) >= 4


def test_the_full_size_file_is_twice_the_page_size() -> None:
    svg = render_map_svg(DATA.maps["energy"], DATA)
    page, full = ElementTree.fromstring(svg), ElementTree.fromstring(render_module.full_size_copy(svg))
    assert full.get("viewBox") == page.get("viewBox")
    assert float(full.get("width", 0)) == 2 * float(page.get("width", 0)) == 2 * VIEW_WIDTH
    assert float(full.get("height", 0)) == 2 * float(page.get("height", 0))
    assert "max-width:100%" in full.get("style", ""), "a narrower window shrinks it to fit"


def test_a_map_with_badly_written_years_is_a_one_line_error(tmp_path) -> None:
    from pakru.maps import MapDataError
    from pakru.maps.data import _map_specs

    maps_toml = (REPO_ROOT / "data" / "geo" / "maps.toml").read_text(encoding="utf-8")
    broken = tmp_path / "maps.toml"
    broken.write_text(maps_toml.replace("years = [1907, 1907]", 'years = ["1907"]'), encoding="utf-8")
    with pytest.raises(MapDataError, match=r"map 'persia-1907' .*years \(write \[first\] or \[first, last\]"):
        _map_specs(broken)


def test_a_label_pushed_away_from_its_dot_gets_a_leader_line() -> None:
    from pakru.label_layout import LabelRequest, PlacedLabel

    request = LabelRequest("place-tashkent", ("Tashkent 1865",), 100.0, 100.0, FONT_SIZE)
    beside = PlacedLabel(request, Box(106.0, 90.0, 190.0, 104.0), "start")
    assert render_module._leader(beside) == "", "a label next to its dot needs no leader"
    above = PlacedLabel(request, Box(60.0, 60.0, 144.0, 80.0), "middle")
    leader = ElementTree.fromstring(
        f'<svg xmlns="http://www.w3.org/2000/svg">{render_module._leader(above)}</svg>'
    )
    numbers = [float(number) for number in re.findall(r"-?\d+\.?\d*", leader[0].get("d", ""))]
    start, end = numbers[:2], numbers[2:]
    assert start == [100.0, 100.0 - render_module.MARK_RADIUS], "it starts at the edge of the mark"
    assert end == [100.0, 80.0], "it ends on the label's box"


def test_crowded_maps_draw_leaders_from_the_data(rendered: dict[str, ElementTree.Element]) -> None:
    leaders = [path for path in rendered["expansion"].iter(f"{SVG}path") if path.get("class") == "leader"]
    assert leaders, "Tashkent's label sits above Kokand's neighbourhood, away from its dot"
