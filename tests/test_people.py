"""The people register: its schema, its loader and the book's People page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from conftest import BIB_FILE, REPO_ROOT
from pakru.datasets import bibliography_keys, validate_data_file
from pakru.devcheck import people_problems
from pakru.people import PeopleError, Person, load_people

ROOTS = Path(__file__).parent / "roots"
CONTENT_ROOT = ROOTS / "test-pakru-content"
FIXTURE_PEOPLE = CONTENT_ROOT / "data" / "people.csv"
HEADER = "id,name,born,died,role,country,lessons,source,confidence"


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return ROOTS


def page_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def write_register(tmp_path: Path, *rows: str) -> Path:
    register = tmp_path / "people.csv"
    register.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    shutil.copy(REPO_ROOT / "data" / "people.schema.toml", tmp_path / "people.schema.toml")
    return register


GOOD = "b-person,B Person,1900,1960,A role,pakistan,1;2,kux-disenchanted,high"


def test_the_course_register_is_valid_and_sorted() -> None:
    register = REPO_ROOT / "data" / "people.csv"
    people = load_people(register, bib_keys=bibliography_keys(BIB_FILE))
    assert len(people) >= 5
    assert [person.id for person in people] == sorted(person.id for person in people)


def test_fixture_register_loads_with_its_types() -> None:
    by_id = {person.id: person for person in load_people(FIXTURE_PEOPLE)}
    assert by_id["living-person"].lessons == (3, 4)
    assert by_id["living-person"].died is None
    assert by_id["living-person"].life_dates() == "born 1950"
    assert by_id["liaquat-ali-khan"].life_dates() == "1895–1951"
    assert by_id["unknown-dates"].life_dates() == ""
    assert Person("x", "X", None, 1901, "r", "other", (1,), "k", "high").life_dates() == "died 1901"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "c-person,C,1900,,A role,pakistan,1;5,kux-disenchanted,high",
            "lessons must be lesson numbers 1 to 4",
        ),
        (
            "c-person,C,1900,,A role,pakistan,2;1,kux-disenchanted,high",
            "must list each lesson once, in order",
        ),
        (
            "c-person,C,1900,,A role,pakistan,1;1,kux-disenchanted,high",
            "must list each lesson once, in order",
        ),
        ("c-person,C,1900,,A role,soviet-union,1,kux-disenchanted,high", "country must be one of pakistan,"),
        ("c-person,C,c. 1900,,A role,pakistan,1,kux-disenchanted,high", "born must be a four-digit year"),
        ("c-person,C,1900,,,pakistan,1,kux-disenchanted,high", "role is empty"),
        ("c-person,C,1900,,A role,pakistan,1,kux-disenchanted,low", "confidence must be one of high, medium"),
        ("a-person,A,1900,,A role,pakistan,1,kux-disenchanted,high", "id 'a-person' comes after 'b-person'"),
    ],
)
def test_bad_rows_are_named_with_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    register = write_register(tmp_path, GOOD, row)
    (problem,) = validate_data_file(register, register.with_suffix(".schema.toml"), {"kux-disenchanted"})
    assert problem.startswith(f"{register}:3: ")
    assert message in problem
    with pytest.raises(PeopleError, match=re.escape(message)):
        load_people(register)


def test_sources_are_looked_up_only_when_keys_are_given(tmp_path: Path) -> None:
    register = write_register(tmp_path, GOOD.replace("kux-disenchanted", "no-such-key"))
    assert load_people(register)[0].source == "no-such-key"
    with pytest.raises(PeopleError, match=re.escape("'no-such-key' is not a key in course/references.bib")):
        load_people(register, bib_keys={"kux-disenchanted"})


def test_life_dates_in_the_wrong_order_fail_the_dev_check(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    write_register(tmp_path / "data", "b-person,B Person,1960,1900,A role,pakistan,1,kux-disenchanted,high")
    (problem,) = people_problems(tmp_path)
    assert "b-person died (1900) before being born (1960)" in problem
    write_register(tmp_path / "data", GOOD)
    assert people_problems(tmp_path) == []


def test_a_missing_register_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(PeopleError, match="no people register here"):
        load_people(tmp_path / "people.csv")


@pytest.mark.sphinx("html", testroot="pakru-content")
def test_people_page_groups_by_country_with_roles_dates_and_citations(app: SphinxTestApp) -> None:
    app.build()
    assert app.warning.getvalue() == ""
    html = (app.outdir / "people.html").read_text(encoding="utf-8")
    text = page_text(html)
    countries = ["Pakistan", "Soviet Union", "Afghanistan", "United Nations"]
    positions = [text.index(f"{country}¶") for country in countries]
    assert positions == sorted(positions), "countries follow the schema's order"
    assert "India¶" not in text, "a country without people gets no section"
    # Within a country, by name; each entry labelled for cross-references.
    assert text.index("Liaquat Ali Khan (1895–1951)") < text.index("Mohammad Ayub Khan (1907–1974)")
    assert 'id="person-liaquat-ali-khan"' in html
    assert "First Prime Minister of Pakistan (1947–1951). Lesson 1. [Kux, 2001]" in text
    assert "Lessons 3, 4. (Medium confidence" in text
    assert "Abdul UnknownA name the sources give without dates." in text
    # Text from the data file is escaped.
    assert "Zed &lt;b&gt;Living&lt;/b&gt; Person (born 1950)" in html
    assert "An envoy &amp; negotiator." in html
    dependencies = {Path(dep).name for dep in app.env.dependencies["people"]}
    assert {"people.csv", "people.schema.toml"} <= dependencies


def make_project(tmp_path: Path, page: str) -> Path:
    source = tmp_path / "src"
    shutil.copytree(CONTENT_ROOT, source)
    index = "# Index\n\n```{toctree}\npeople\n```\n\n```{bibliography}\n```\n"
    (source / "index.md").write_text(index, encoding="utf-8")
    (source / "people.md").write_text(page, encoding="utf-8")
    return source


def test_people_can_be_listed_alphabetically(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    app = make_app("html", srcdir=make_project(tmp_path, "# People\n\n```{people}\n:group-by: name\n```\n"))
    app.build()
    assert "people.md" not in app.warning.getvalue()
    text = page_text((app.outdir / "people.html").read_text(encoding="utf-8"))
    names = ["Abdul Unknown", "Alexei Kosygin", "Liaquat Ali Khan", "Mohammad Ayub Khan", "Zed"]
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)
    assert "Pakistan¶" not in text


def test_a_bad_register_warns_at_the_directive(tmp_path: Path, make_app: type[SphinxTestApp]) -> None:
    source = make_project(tmp_path, "# People\n\nAll of them:\n\n```{people}\n```\n")
    register = source / "data" / "people.csv"
    register.write_text(register.read_text(encoding="utf-8").replace(",ussr,", ",soviet,"), encoding="utf-8")
    app = make_app("html", srcdir=source)
    app.build()
    (warning,) = [line for line in app.warning.getvalue().splitlines() if "people.md" in line]
    assert "people.md:5" in warning
    assert "people.csv:2: country must be one of" in warning
