"""The QTI 1.2 package: a fixed zip, QTI 1.2 structure as named checks, pyslet's reading, round trip.

No copy of the IMS QTI 1.2 XSD could be found to commit, so each structural rule of the
ASI binding that the export relies on is a named check below; pyslet, an independent
QTI v1.2.1 implementation from PyPI, must also read every element as a QTI element.
"""

from __future__ import annotations

import io
import shutil
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from pakru.lms_export import export_quizzes
from pakru.lms_export.mapping import Export, LmsQuestion, ordering_as_matching
from pakru.lms_export.qti import CANVAS_TYPES, ZIP_TIMESTAMP
from pakru.workspace import Course

REPO_ROOT = Path(__file__).resolve().parent.parent
COURSE = Course(REPO_ROOT)
QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"

pytestmark = pytest.mark.teaching_edition


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Export, bytes]:
    folder = tmp_path_factory.mktemp("overlay")
    shutil.copytree(REPO_ROOT / "instructor" / "quizzes", folder / "quizzes")
    (folder / "overlay.toml").write_text('name = "test"\n', encoding="utf-8")
    shutil.copytree(Path(__file__).resolve().parent / "data" / "lms" / "variants", folder / "variants")
    result = export_quizzes(COURSE, "qti", overlay_dir=folder)
    return result.export, result.data


def assessments(data: bytes) -> dict[str, ET.Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: ET.fromstring(archive.read(name))
            for name in archive.namelist()
            if name != "imsmanifest.xml"
        }


def strip(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


# --- the package -----------------------------------------------------------------------------


def test_the_zip_holds_the_manifest_and_one_assessment_per_quiz(package: tuple[Export, bytes]) -> None:
    export, data = package
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
    assert infos[0].filename == "imsmanifest.xml"
    assert {info.date_time for info in infos} == {ZIP_TIMESTAMP}
    assert manifest.tag == f"{CP}manifest"
    resources = manifest.findall(f"{CP}resources/{CP}resource")
    assert [resource.get("type") for resource in resources] == ["imsqti_xmlv1p2"] * len(export.quizzes)
    files = [resource.find(f"{CP}file").get("href") for resource in resources]  # type: ignore[union-attr]
    assert files == [info.filename for info in infos[1:]]
    assert manifest.find(f"{CP}organizations") is not None


# --- IMS QTI 1.2 structure, one named check per rule -----------------------------------------

Check = Callable[[ET.Element], list[str]]
ITEM_ORDER = ["itemmetadata", "presentation", "resprocessing", "itemfeedback"]


def root_is_questestinterop_with_one_assessment(root: ET.Element) -> list[str]:
    problems = [] if root.tag == f"{QTI}questestinterop" else [f"root is {root.tag}"]
    found = root.findall(f"{QTI}assessment")
    if len(found) != 1 or not found[0].get("ident") or not found[0].get("title"):
        problems.append("questestinterop must hold one assessment with ident and title")
    return problems


def assessment_holds_sections_and_sections_hold_sections_or_items(root: ET.Element) -> list[str]:
    problems = [
        f"assessment child {strip(c.tag)}"
        for c in root.iter(f"{QTI}assessment")
        for c in c
        if strip(c.tag) != "section"
    ]
    for section in root.iter(f"{QTI}section"):
        for child in section:
            if strip(child.tag) not in ("selection_ordering", "section", "item"):
                problems.append(f"section {section.get('ident')} holds {strip(child.tag)}")
    return problems


def idents_are_unique(root: ET.Element) -> list[str]:
    idents = [
        element.get("ident")
        for element in root.iter()
        if strip(element.tag) in ("assessment", "section", "item")
    ]
    return [f"ident {ident} used twice" for ident in set(idents) if idents.count(ident) > 1]


def item_children_come_in_the_binding_order(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for item in root.iter(f"{QTI}item"):
        order = [strip(child.tag) for child in item]
        if order != sorted(order, key=ITEM_ORDER.index) or order.count("presentation") != 1:
            problems.append(f"item {item.get('ident')}: children {order}")
    return problems


def responses_render_labels_with_unique_idents(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for response in [*root.iter(f"{QTI}response_lid"), *root.iter(f"{QTI}response_str")]:
        render = [child for child in response if strip(child.tag).startswith("render_")]
        if len(render) != 1:
            problems.append(f"response {response.get('ident')} needs one render_ element")
            continue
        if strip(response.tag) == "response_lid" and strip(render[0].tag) != "render_choice":
            problems.append(f"response_lid {response.get('ident')} renders {strip(render[0].tag)}")
        labels = [label.get("ident") for label in render[0].iter(f"{QTI}response_label")]
        if not labels or len(set(labels)) != len(labels):
            problems.append(f"response {response.get('ident')}: labels {labels}")
        if response.get("rcardinality") not in ("Single", "Multiple", "Ordered"):
            problems.append(f"response {response.get('ident')}: rcardinality {response.get('rcardinality')}")
    return problems


def conditions_name_declared_responses_and_labels(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for item in root.iter(f"{QTI}item"):
        responses = {
            response.get("ident"): {label.get("ident") for label in response.iter(f"{QTI}response_label")}
            for response in [*item.iter(f"{QTI}response_lid"), *item.iter(f"{QTI}response_str")]
        }
        choice = {response.get("ident") for response in item.iter(f"{QTI}response_lid")}
        for test in ("varequal", "vargte", "varlte"):
            for variable in item.iter(f"{QTI}{test}"):
                ident = variable.get("respident")
                if ident not in responses:
                    problems.append(f"item {item.get('ident')}: {test} names undeclared response {ident}")
                elif ident in choice and variable.text not in responses[ident]:
                    problems.append(f"item {item.get('ident')}: {test} names unknown label {variable.text}")
    return problems


def feedback_links_name_item_feedback(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for item in root.iter(f"{QTI}item"):
        feedback = {element.get("ident") for element in item.iter(f"{QTI}itemfeedback")}
        for link in item.iter(f"{QTI}displayfeedback"):
            if link.get("linkrefid") not in feedback:
                problems.append(
                    f"item {item.get('ident')}: displayfeedback to missing {link.get('linkrefid')}"
                )
    return problems


def score_is_declared_and_reaches_100(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for item in root.iter(f"{QTI}item"):
        decvar = item.find(f"{QTI}resprocessing/{QTI}outcomes/{QTI}decvar")
        if decvar is None or (decvar.get("varname"), decvar.get("minvalue"), decvar.get("maxvalue")) != (
            "SCORE",
            "0",
            "100",
        ):
            problems.append(f"item {item.get('ident')}: SCORE must be declared from 0 to 100")
            continue
        setvars = list(item.iter(f"{QTI}setvar"))
        best = sum((Decimal(s.text or "0") for s in setvars if s.get("action") == "Add"), Decimal(0))
        best = max([best, *(Decimal(s.text or "0") for s in setvars if s.get("action") == "Set")])
        if abs(best - 100) > Decimal("0.001") or any(s.get("varname") != "SCORE" for s in setvars):
            problems.append(f"item {item.get('ident')}: the best answer scores {best}, not 100")
    return problems


def every_group_picks_one_of_its_items(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for section in root.iter(f"{QTI}section"):
        if section.get("ident") == "root_section":
            continue
        number = section.findtext(f"{QTI}selection_ordering/{QTI}selection/{QTI}selection_number")
        items = section.findall(f"{QTI}item")
        points = {
            field.findtext(f"{QTI}fieldentry")
            for item in items
            for field in item.iter(f"{QTI}qtimetadatafield")
            if field.findtext(f"{QTI}fieldlabel") == "points_possible"
        }
        per_item = section.findtext(
            f"{QTI}selection_ordering/{QTI}selection/{QTI}selection_extension/{QTI}points_per_item"
        )
        if number != "1" or len(items) < 2 or points != {per_item}:
            problems.append(
                f"section {section.get('ident')}: picks {number} of {len(items)}, points {points}"
            )
    return problems


def canvas_metadata_names_a_question_type(root: ET.Element) -> list[str]:
    problems: list[str] = []
    for item in root.iter(f"{QTI}item"):
        fields = {
            field.findtext(f"{QTI}fieldlabel"): field.findtext(f"{QTI}fieldentry")
            for field in item.iter(f"{QTI}qtimetadatafield")
        }
        if fields.get("question_type") not in set(CANVAS_TYPES.values()) or not fields.get("points_possible"):
            problems.append(f"item {item.get('ident')}: metadata {fields}")
    return problems


STRUCTURE_CHECKS: list[Check] = [
    root_is_questestinterop_with_one_assessment,
    assessment_holds_sections_and_sections_hold_sections_or_items,
    idents_are_unique,
    item_children_come_in_the_binding_order,
    responses_render_labels_with_unique_idents,
    conditions_name_declared_responses_and_labels,
    feedback_links_name_item_feedback,
    score_is_declared_and_reaches_100,
    every_group_picks_one_of_its_items,
    canvas_metadata_names_a_question_type,
]


@pytest.mark.parametrize("check", STRUCTURE_CHECKS, ids=lambda check: check.__name__)
def test_qti_structure(check: Check, package: tuple[Export, bytes]) -> None:
    for name, root in assessments(package[1]).items():
        assert check(root) == [], name


def test_each_check_catches_what_it_names(package: tuple[Export, bytes]) -> None:
    """A broken copy fails the checks: a test that cannot fail proves nothing."""
    root = next(iter(assessments(package[1]).values()))
    item = next(root.iter(f"{QTI}item"))
    item.remove(item.find(f"{QTI}itemfeedback"))  # type: ignore[arg-type]
    next(root.iter(f"{QTI}varequal")).set("respident", "nowhere")
    next(root.iter(f"{QTI}selection_number")).text = "2"
    assert feedback_links_name_item_feedback(root)
    assert conditions_name_declared_responses_and_labels(root)
    assert every_group_picks_one_of_its_items(root)


def pyslet_unknown_elements(path: Path) -> list[str]:
    """Elements pyslet, an independent QTI v1.2.1 reader, does not read as QTI where they stand."""
    from pyslet.qtiv1 import core
    from pyslet.qtiv1.xml import QTIDocument

    document = QTIDocument(baseURI=str(path))
    document.read()
    unknown: list[str] = []

    def misplaced(element: object) -> None:
        # pyslet keeps an element it cannot place as a plain child instead of a typed attribute.
        for child in getattr(element, "_children", []):
            if not isinstance(child, str) and not isinstance(child, core.QTIElement):
                unknown.append(str(child.xmlname))

    def walk(element: object) -> None:
        misplaced(element)
        for child in element.get_children():  # type: ignore[attr-defined]
            if isinstance(child, str):
                continue
            if not isinstance(child, core.QTIElement):
                unknown.append(str(child.xmlname))
            walk(child)

    def walk_section(section: object) -> None:
        # pyslet's Section.get_children is broken on Python 3, so sections are walked by hand.
        misplaced(section)
        for child in section.SectionItemMixin:  # type: ignore[attr-defined]
            if type(child).__name__ == "Section":
                walk_section(child)
            elif type(child).__name__ == "Item":
                walk(child)
            else:
                unknown.append(str(child.xmlname))

    assessment = document.root.Assessment
    misplaced(document.root)
    misplaced(assessment)
    for section in assessment.SectionMixin:
        walk_section(section)
    return unknown


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # pyslet (2017) warns about its own old names
def test_pyslet_reads_every_element_as_qti(package: tuple[Export, bytes], tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(package[1])) as archive:
        archive.extractall(tmp_path)
    paths = sorted(tmp_path.glob("*/*.xml"))
    assert len(paths) == len(package[0].quizzes)
    for path in paths:
        assert pyslet_unknown_elements(path) == [], path
    broken = tmp_path / "broken.xml"
    broken.write_text(
        paths[0].read_text(encoding="utf-8").replace("<itemmetadata>", "<bogus/><itemmetadata>", 1)
    )
    assert pyslet_unknown_elements(broken) == ["bogus"]


# --- round trip ------------------------------------------------------------------------------


def labels(item: ET.Element) -> dict[str, str]:
    return {
        label.get("ident", ""): " ".join(
            (label.findtext(f".//{QTI}mattext") or "").replace("<p>", " ").replace("</p>", " ").split()
        )
        for label in item.iter(f"{QTI}response_label")
    }


def check_item(item: ET.Element, question: LmsQuestion) -> None:
    assert item.get("title") == question.name
    texts = labels(item)
    conditions = item.findall(f"{QTI}resprocessing/{QTI}respcondition")
    scoring = [c for c in conditions if c.find(f"{QTI}setvar") is not None]
    if question.kind == "single":
        (only,) = scoring
        assert texts[only.findtext(f".//{QTI}varequal") or ""] == question.option_for(question.correct[0])
    elif question.kind == "multiple":
        got = {
            texts[c.findtext(f".//{QTI}varequal") or ""]: (
                c.find(f"{QTI}setvar").get("action"),
                c.findtext(f"{QTI}setvar"),
            )  # type: ignore[union-attr]
            for c in scoring
        }
        for option, fraction in zip(question.options, question.choice_fractions, strict=True):
            action, value = got[option]
            assert (action == "Add") is (fraction > 0)
            assert Decimal(value or "0") == pytest.approx(abs(fraction) * 100, abs=Decimal("0.00001"))
    elif question.kind == "short":
        (only,) = scoring
        forms = [v.text for v in only.iter(f"{QTI}varequal")]
        assert forms == list(question.accepted_forms)
        assert {v.get("case") for v in only.iter(f"{QTI}varequal")} == {"No"}
    elif question.kind == "numeric":
        (only,) = scoring
        low, high = (
            float(only.findtext(f".//{QTI}vargte") or ""),
            float(only.findtext(f".//{QTI}varlte") or ""),
        )
        assert (low, high) == (
            float(question.number) - question.tolerance,
            float(question.number) + question.tolerance,
        )
    else:
        responses = {
            response.get("ident"): " ".join(
                (response.findtext(f"{QTI}material/{QTI}mattext") or "")
                .replace("<p>", " ")
                .replace("</p>", " ")
                .split()
            )
            for response in item.iter(f"{QTI}response_lid")
        }
        pairs = [
            (
                responses[c.find(f".//{QTI}varequal").get("respident")],
                texts[c.findtext(f".//{QTI}varequal") or ""],
            )
            for c in scoring
        ]  # type: ignore[union-attr]
        if question.kind == "matching":
            expected = [
                (item_text, question.option_for(letter))
                for item_text, letter in zip(question.items, question.correct, strict=True)
            ]
        else:
            expected = ordering_as_matching(question)
        assert pairs == expected


def test_round_trip_every_question_key_and_fraction(package: tuple[Export, bytes]) -> None:
    export, data = package
    roots = assessments(data)
    for quiz in export.quizzes:
        root = roots[f"pakru_{quiz.id}/pakru_{quiz.id}.xml"]
        assert root.find(f"{QTI}assessment").get("title") == quiz.title  # type: ignore[union-attr]
        items = {item.get("ident"): item for item in root.iter(f"{QTI}item")}
        sections = {section.get("ident"): section for section in root.iter(f"{QTI}section")}
        for bank in quiz.banks:
            if len(bank.questions) > 1:
                assert [item.get("ident") for item in sections[bank.ident].findall(f"{QTI}item")] == [
                    question.ident for question in bank.questions
                ]
            for question in bank.questions:
                check_item(items[question.ident], question)
                metadata = {
                    field.findtext(f"{QTI}fieldlabel"): field.findtext(f"{QTI}fieldentry")
                    for field in items[question.ident].iter(f"{QTI}qtimetadatafield")
                }
                assert metadata["question_type"] == CANVAS_TYPES[question.kind]
                assert metadata["points_possible"] == str(question.points)
