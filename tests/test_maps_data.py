"""The maps' data: places and lines validate, reference real maps, events and sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import BIB_FILE, EVENTS_FILE, REPO_ROOT
from pakru import devcheck
from pakru.datasets import bibliography_keys, validate_data_file
from pakru.events import load_events
from pakru.maps import MapDataError, load_map_data, validate_map_data
from pakru.maps.data import map_data_problems, parse_pairs
from pakru.workspace import Course

DATA_DIR = REPO_ROOT / "data"
DEMO_COURSE = REPO_ROOT / "tests" / "data" / "demo-course"
EVENT_IDS = [event.id for event in load_events(EVENTS_FILE)]
ISSUE_MAPS = {"expansion", "persia-1907", "partition", "afghan-war", "energy", "sco"}


def test_places_and_lines_pass_their_schemas() -> None:
    keys = bibliography_keys(BIB_FILE)
    for name in ("places", "lines"):
        assert validate_data_file(DATA_DIR / f"{name}.csv", DATA_DIR / f"{name}.schema.toml", keys) == []


def test_map_data_is_consistent() -> None:
    assert validate_map_data(load_map_data(DATA_DIR), EVENT_IDS) == []


def test_the_six_maps_of_the_issue_are_defined() -> None:
    data = load_map_data(DATA_DIR)
    assert set(data.maps) >= ISSUE_MAPS
    for map_id in ISSUE_MAPS:
        assert data.places_on(map_id) or data.lines_on(map_id), map_id


def test_every_map_source_is_in_the_bibliography() -> None:
    keys = bibliography_keys(BIB_FILE)
    data = load_map_data(DATA_DIR)
    assert [key for spec in data.maps.values() for key in spec.sources if key not in keys] == []


def test_disputed_lines_say_the_course_takes_no_position() -> None:
    data = load_map_data(DATA_DIR)
    disputed = [line for line in data.lines if line.kind == "disputed"]
    assert {line.id for line in disputed} >= {"line-of-control", "durand-line"}
    assert all("the course takes no position" in line.note for line in disputed)


def test_approximate_lines_are_labelled_medium_confidence() -> None:
    data = load_map_data(DATA_DIR)
    assert all(line.confidence == "medium" for line in data.lines if line.kind in {"approx-border", "zone"})


def test_boundary_reference_can_be_cut_to_latitudes() -> None:
    data = load_map_data(DATA_DIR)
    (line,) = [line for line in data.lines if line.id == "line-of-control"]
    paths = data.line_paths(line)
    assert paths
    assert all(32.75 <= lat <= 36.0 for path in paths for _lon, lat in path)


@pytest.mark.parametrize(
    ("text", "problem"),
    [("67.0 24.8", "at least two"), ("67.0; 24.8 31.0", "two numbers"), ("24.8 200; 67 31", "out of range")],
)
def test_bad_coordinates_say_what_to_fix(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_pairs(text)


def copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def test_unknown_references_are_one_line_problems(tmp_path: Path) -> None:
    data_dir = copy_data(tmp_path)
    places = data_dir / "places.csv"
    text = places.read_text(encoding="utf-8").replace(
        "expansion;partition,tashkent-conference", "nowhere,no-such"
    )
    places.write_text(text, encoding="utf-8")
    problems = validate_map_data(load_map_data(data_dir), EVENT_IDS)
    assert any("tashkent" in p and "'nowhere' is not defined" in p for p in problems), problems
    assert any("tashkent" in p and "'no-such' is not an id in events.csv" in p for p in problems), problems
    assert all("\n" not in problem for problem in problems)


def test_a_place_outside_the_region_is_reported(tmp_path: Path) -> None:
    data_dir = copy_data(tmp_path)
    places = data_dir / "places.csv"
    places.write_text(places.read_text(encoding="utf-8").replace("41.27,69.22", "69.22,41.27"), "utf-8")
    problems = validate_map_data(load_map_data(data_dir), EVENT_IDS)
    assert any(p.startswith("places.csv: tashkent:") and "outside the region" in p for p in problems)


def test_missing_files_are_a_clear_error(tmp_path: Path) -> None:
    data_dir = copy_data(tmp_path)
    (data_dir / "lines.csv").unlink()
    with pytest.raises(MapDataError, match=r"lines\.csv: no such file"):
        load_map_data(data_dir)


def test_dev_check_reports_the_map_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert map_data_problems(DATA_DIR) == []
    data_dir = copy_data(tmp_path)
    places = data_dir / "places.csv"
    places.write_text(places.read_text(encoding="utf-8").replace("41.27,69.22", "69.22,41.27"), "utf-8")
    (problem,) = map_data_problems(data_dir)
    assert problem.startswith("places.csv: tashkent:")
    assert "outside the region" in problem
    (data_dir / "lines.csv").unlink()
    assert [problem for problem in map_data_problems(data_dir) if "lines.csv: no such file" in problem]
    # A course without maps has nothing to check.
    assert map_data_problems(tmp_path / "no-data") == []
    # pakru dev check runs it on the course's data folder.
    checked: list[Path] = []

    def recording(folder: Path) -> list[str]:
        checked.append(folder)
        return ["map problem"]

    monkeypatch.setattr(devcheck, "map_data_problems", recording)
    problems = devcheck.dev_check(Course(DEMO_COURSE), [], BIB_FILE)
    assert checked == [DEMO_COURSE / "data"]
    assert "map problem" in problems
