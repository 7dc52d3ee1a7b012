"""A QTI 1.2 package, in the form Canvas's "QTI .zip file" import accepts.

The zip holds ``imsmanifest.xml`` (IMS Content Packaging) and one assessment per quiz,
``<quiz ident>/<quiz ident>.xml``, a ``questestinterop`` document. A bank with variants
is a ``section`` whose ``selection_ordering`` picks one item; a bank of one question is
a bare ``item``. Canvas's own question type goes in each item's ``qtimetadata``
(``question_type``, ``points_possible``), as Canvas writes and reads it. Ordering
questions become matching of each item to its position.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

from pakru.lms_export.mapping import Bank, Export, LmsQuestion, LmsQuiz, ordering_as_matching, percent
from pakru.lms_export.moodle import html_paragraphs
from pakru.quiz import letters_for

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
QTI_SCHEMA_LOCATION = f"{QTI_NAMESPACE} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd"
CP_NAMESPACE = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_SCHEMA_LOCATION = f"{CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
QTI_RESOURCE_TYPE = "imsqti_xmlv1p2"
# Fixed so the same export gives the same bytes: 1980-01-01 is the earliest date a zip can hold.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)

CANVAS_TYPES = {
    "single": "multiple_choice_question",
    "multiple": "multiple_answers_question",
    "short": "short_answer_question",
    "numeric": "numerical_question",
    "matching": "matching_question",
    "ordering": "matching_question",
}
RESPONSE = "response1"
GENERAL_FEEDBACK = "general_fb"


def _mattext(parent: ET.Element, text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", texttype="text/html").text = html_paragraphs(text)


def _metadata(item: ET.Element, question: LmsQuestion) -> None:
    fields = ET.SubElement(ET.SubElement(item, "itemmetadata"), "qtimetadata")
    for label, entry in (
        ("question_type", CANVAS_TYPES[question.kind]),
        ("points_possible", str(question.points)),
        ("assessment_question_identifierref", f"{question.ident}_ref"),
    ):
        field = ET.SubElement(fields, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _outcomes(resprocessing: ET.Element) -> None:
    outcomes = ET.SubElement(resprocessing, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")


def _condition(resprocessing: ET.Element, *, cont: bool) -> tuple[ET.Element, ET.Element]:
    condition = ET.SubElement(resprocessing, "respcondition", {"continue": "Yes" if cont else "No"})
    return condition, ET.SubElement(condition, "conditionvar")


def _setvar(condition: ET.Element, action: str, value: str) -> None:
    ET.SubElement(condition, "setvar", action=action, varname="SCORE").text = value


def _general_feedback(resprocessing: ET.Element) -> None:
    condition, variable = _condition(resprocessing, cont=True)
    ET.SubElement(variable, "other")
    ET.SubElement(condition, "displayfeedback", feedbacktype="Response", linkrefid=GENERAL_FEEDBACK)


def _choices(
    presentation: ET.Element, ident: str, cardinality: str, labels: list[tuple[str, str]]
) -> ET.Element:
    response = ET.SubElement(presentation, "response_lid", ident=ident, rcardinality=cardinality)
    render = ET.SubElement(response, "render_choice")
    for label_ident, text in labels:
        _mattext(ET.SubElement(render, "response_label", ident=label_ident), text)
    return response


def _pairs(question: LmsQuestion) -> tuple[list[str], list[str], list[str]]:
    """Matching (and ordering written as matching): items, options, and each item's right option index."""
    if question.kind == "ordering":
        pairs = ordering_as_matching(question)
        options = sorted({label for _, label in pairs}, key=lambda label: int(label.split()[0]))
        return [item for item, _ in pairs], options, [str(options.index(label)) for _, label in pairs]
    letters = letters_for(len(question.options))
    return (
        list(question.items),
        list(question.options),
        [str(letters.index(letter)) for letter in question.correct],
    )


def item_element(question: LmsQuestion) -> ET.Element:
    item = ET.Element("item", ident=question.ident, title=question.name)
    _metadata(item, question)
    presentation = ET.SubElement(item, "presentation")
    _mattext(presentation, question.prompt)
    resprocessing = ET.Element("resprocessing")
    _outcomes(resprocessing)
    _general_feedback(resprocessing)
    if question.kind in ("single", "multiple"):
        letters = letters_for(len(question.options))
        labels = [
            (f"{question.ident}_{letter}", option)
            for letter, option in zip(letters, question.options, strict=True)
        ]
        _choices(presentation, RESPONSE, "Single" if question.kind == "single" else "Multiple", labels)
        if question.kind == "single":
            condition, variable = _condition(resprocessing, cont=False)
            ET.SubElement(
                variable, "varequal", respident=RESPONSE
            ).text = f"{question.ident}_{question.correct[0]}"
            _setvar(condition, "Set", "100")
        else:
            # The course's rule: a right pick adds 1/right, a wrong pick takes 1/right; SCORE floors at 0.
            for letter, fraction in zip(letters, question.choice_fractions, strict=True):
                condition, variable = _condition(resprocessing, cont=True)
                ET.SubElement(variable, "varequal", respident=RESPONSE).text = f"{question.ident}_{letter}"
                _setvar(condition, "Add" if fraction > 0 else "Subtract", percent(abs(fraction)))
    elif question.kind in ("short", "numeric"):
        response = ET.SubElement(presentation, "response_str", ident=RESPONSE, rcardinality="Single")
        render = ET.SubElement(response, "render_fib")
        if question.kind == "numeric":
            render.set("fibtype", "Decimal")
        ET.SubElement(render, "response_label", ident="answer1")
        condition, variable = _condition(resprocessing, cont=False)
        if question.kind == "short":
            either = ET.SubElement(variable, "or")
            for form in question.accepted_forms:
                ET.SubElement(either, "varequal", respident=RESPONSE, case="No").text = form
        else:
            centre = float(question.number)
            ET.SubElement(variable, "vargte", respident=RESPONSE).text = _number(centre - question.tolerance)
            ET.SubElement(variable, "varlte", respident=RESPONSE).text = _number(centre + question.tolerance)
        _setvar(condition, "Set", "100")
    else:  # matching, and ordering as matching positions
        items, options, right = _pairs(question)
        share = percent(Decimal(1) / len(items))
        for number, (item_text, answer_index) in enumerate(zip(items, right, strict=True), start=1):
            ident = f"response_{number}"
            labels = [(f"{question.ident}_m{index}", option) for index, option in enumerate(options)]
            response = _choices(presentation, ident, "Single", labels)
            _mattext_first(response, item_text)
            condition, variable = _condition(resprocessing, cont=True)
            ET.SubElement(variable, "varequal", respident=ident).text = f"{question.ident}_m{answer_index}"
            _setvar(condition, "Add", share)
    item.append(resprocessing)
    feedback = ET.SubElement(item, "itemfeedback", ident=GENERAL_FEEDBACK)
    _mattext(ET.SubElement(feedback, "flow_mat"), question.explanation)
    return item


def _mattext_first(response: ET.Element, text: str) -> None:
    """A matching response's own text (the item) comes before its choices."""
    material = ET.Element("material")
    ET.SubElement(material, "mattext", texttype="text/html").text = html_paragraphs(text)
    response.insert(0, material)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _bank(parent: ET.Element, bank: Bank) -> None:
    if len(bank.questions) == 1:
        parent.append(item_element(bank.questions[0]))
        return
    section = ET.SubElement(parent, "section", ident=bank.ident, title=f"{bank.quiz_id} {bank.question_id}")
    selection = ET.SubElement(ET.SubElement(section, "selection_ordering"), "selection")
    ET.SubElement(selection, "selection_number").text = "1"
    extension = ET.SubElement(selection, "selection_extension")
    ET.SubElement(extension, "points_per_item").text = str(bank.questions[0].points)
    for question in bank.questions:
        section.append(item_element(question))


def assessment_xml(quiz: LmsQuiz) -> bytes:
    root = ET.Element(
        "questestinterop",
        {"xmlns": QTI_NAMESPACE, "xmlns:xsi": XSI, "xsi:schemaLocation": QTI_SCHEMA_LOCATION},
    )
    assessment = ET.SubElement(root, "assessment", ident=f"pakru_{quiz.id}", title=quiz.title)
    root_section = ET.SubElement(assessment, "section", ident="root_section")
    for bank in quiz.banks:
        _bank(root_section, bank)
    return _document(root)


def manifest_xml(export: Export) -> bytes:
    root = ET.Element(
        "manifest",
        {
            "identifier": "pakru_lms_export",
            "xmlns": CP_NAMESPACE,
            "xmlns:xsi": XSI,
            "xsi:schemaLocation": CP_SCHEMA_LOCATION,
        },
    )
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    for quiz in export.quizzes:
        ident = f"pakru_{quiz.id}"
        resource = ET.SubElement(resources, "resource", identifier=ident, type=QTI_RESOURCE_TYPE)
        ET.SubElement(resource, "file", href=assessment_path(quiz))
    return _document(root)


def assessment_path(quiz: LmsQuiz) -> str:
    return f"pakru_{quiz.id}/pakru_{quiz.id}.xml"


def _document(root: ET.Element) -> bytes:
    ET.indent(root)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{ET.tostring(root, encoding="unicode")}\n'.encode()


def qti_package(export: Export) -> bytes:
    """The zip, byte for byte the same for the same export."""
    files = {"imsmanifest.xml": manifest_xml(export)}
    files.update({assessment_path(quiz): assessment_xml(quiz) for quiz in export.quizzes})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
