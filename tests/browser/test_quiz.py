"""The in-page quiz self-check, driven by keyboard alone, over HTTP and from disk.

The right answers come from the teaching edition's model answers, so the
answering tests skip in a student edition, which has no ``instructor/`` folder.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from conftest import EVENTS_FILE, REPO_ROOT, BuiltBook
from pakru.events import load_events
from pakru.normalise import NormalisationError, normalise_number, normalise_text
from pakru.quiz import Question, Quiz, discover_quizzes, letters_for
from pakru.quiz_authoring import ModelAnswer, accepted_answers, load_model_answers, model_answers_path
from pakru.sealing import answer_key

from .conftest import PHONE, OpenPage
from .test_pages import serious_violations

if TYPE_CHECKING:
    from playwright.sync_api import Page

CASES = json.loads((REPO_ROOT / "tests" / "data" / "normalisation-cases.json").read_text("utf-8"))
LETTER_KINDS = {"single", "multiple", "matching", "ordering"}
WRONG_TEXT = "Zanzibar"


def rendered_quizzes() -> list[Quiz]:
    """The quizzes the book shows: it leaves out any with unsealed questions."""
    quizzes = discover_quizzes(REPO_ROOT / "quizzes", load_events(EVENTS_FILE))
    return [quiz for quiz in quizzes if all(question.seal is not None for question in quiz.questions)]


def one_question_of_each_kind() -> list[Any]:
    """A question of every kind, spread over the quizzes so that each lesson page is used."""
    quizzes = rendered_quizzes()
    kinds = sorted({question.kind for quiz in quizzes for question in quiz.questions})
    cases: list[Any] = []
    for index, kind in enumerate(kinds):
        start = index % len(quizzes)
        quiz, question = next(
            (quiz, question)
            for quiz in quizzes[start:] + quizzes[:start]
            for question in quiz.questions
            if question.kind == kind
        )
        cases.append(pytest.param(quiz, question, id=f"{quiz.id}-{question.id}-{kind}"))
    return cases


QUESTIONS = one_question_of_each_kind()


def first_question(kind: str) -> tuple[Quiz, Question]:
    for quiz in rendered_quizzes():
        for question in quiz.questions:
            if question.kind == kind:
                return quiz, question
    pytest.fail(f"no sealed quiz in quizzes/ has a {kind} question", pytrace=False)


def model_answer(quiz: Quiz, question: Question) -> ModelAnswer:
    """The right answer from instructor/; tests that call this are marked teaching_edition."""
    return load_model_answers(model_answers_path(REPO_ROOT / "instructor", quiz.id))[question.id]


def right_answer(question: Question, model: ModelAnswer) -> str | list[str]:
    """What a student enters: option letters, or the text as the author wrote it."""
    if question.kind in LETTER_KINDS:
        return accepted_answers(question, model)[0].split(",")
    return str(model.answer[0] if isinstance(model.answer, list) else model.answer)


def wrong_answer(question: Question, right: str | list[str]) -> str | list[str]:
    """A well-formed answer that the question does not accept."""
    if isinstance(right, str):
        return str(Decimal(normalise_number(right)) + 1000) if question.kind == "number" else WRONG_TEXT
    letters = [letter for letter, _text in question.choices()]
    if question.kind == "single":
        return [next(letter for letter in letters if letter not in right)]
    if question.kind == "multiple":
        return [next(letter for letter in letters if letter not in right)]  # no right pick: no credit
    wrong = right[1:] + right[:1]  # the same letters, each in another place
    if wrong == right:  # a matching answer with one letter throughout
        wrong = [next(letter for letter in letters if letter != right[0]), *right[1:]]
    return wrong


def focused(page: Page, expression: str) -> Any:
    """Read a property of the focused element (reading only: the tests never click)."""
    return page.evaluate(f"(() => {{ const element = document.activeElement; return {expression}; }})()")


def tab_stops(question: Question) -> int:
    """How many times Tab moves among the form's controls; a radio group is one stop."""
    if question.kind in {"single", "number", "text"}:
        return 1
    if question.kind == "multiple":
        return len(question.choices())
    return len(getattr(question, "items", ())) or len(question.choices())


def enter_answer(page: Page, question: Question, answer: str | list[str]) -> None:
    """Answer by keyboard, starting on the form's first control, then press Enter on Check."""
    keyboard = page.keyboard
    letters = letters_for(len(question.choices())) if question.choices() else ""
    if question.kind == "single":
        if not focused(page, "element.checked"):
            keyboard.press("Space")  # focus is on the first radio, but none is chosen yet
        steps = letters.index(answer[0]) - letters.index(focused(page, "element.value"))
        for _ in range(abs(steps)):
            keyboard.press("ArrowDown" if steps > 0 else "ArrowUp")  # arrows move and choose
        keyboard.press("Tab")
    elif question.kind == "multiple":
        for _ in letters:
            if focused(page, "element.checked") != (focused(page, "element.value") in answer):
                keyboard.press("Space")
            keyboard.press("Tab")
    elif isinstance(answer, str):
        keyboard.press("ControlOrMeta+A")
        keyboard.type(answer)
        keyboard.press("Tab")
    else:
        for letter in answer:
            # Option 0 is the empty "choose", so letter k is option k + 1.
            steps = letters.index(letter) + 1 - focused(page, "element.selectedIndex")
            for _ in range(abs(steps)):
                keyboard.press("ArrowDown" if steps > 0 else "ArrowUp")
            keyboard.press("Tab")
    assert focused(page, "element.classList.contains('pakru-check')"), "Tab did not reach Check"
    keyboard.press("Enter")


def start_on_form(page: Page, form_id: str) -> None:
    """After following a link to #form_id, Tab goes to the question's first control."""
    page.keyboard.press("Tab")
    reached = focused(page, "element.closest('form') && element.closest('form').id")
    assert reached == form_id, f"Tab after following #{form_id} reached {reached!r}"


@pytest.mark.teaching_edition
@pytest.mark.parametrize(("quiz", "question"), QUESTIONS)
def test_answered_wrongly_then_rightly_by_keyboard(
    open_page: OpenPage, expect: Any, quiz: Quiz, question: Question
) -> None:
    model = model_answer(quiz, question)
    right = right_answer(question, model)
    form_id = f"{quiz.id}-{question.id}"
    visit = open_page(f"{quiz.lesson}.html#{form_id}")
    page = visit.page
    form = page.locator(f"form#{form_id}")
    feedback = form.locator(".pakru-feedback")
    expect(feedback).to_have_attribute("role", "status")
    expect(feedback).to_have_attribute("aria-live", "polite")

    start_on_form(page, form_id)
    enter_answer(page, question, wrong_answer(question, right))
    expect(feedback).to_have_text("Not accepted. Try again, or open the hint.")
    expect(form).to_have_class("pakru-question pakru-wrong")

    for _ in range(tab_stops(question)):  # back from Check to the first control
        page.keyboard.press("Shift+Tab")
    enter_answer(page, question, right)
    # The explanation was sealed with the answer, so it shows only once the answer is right.
    expect(feedback).to_have_text(f"Correct. {model.explanation}")
    expect(form).to_have_class("pakru-question pakru-correct")
    assert not visit.log.exceptions, "\n".join(visit.log.exceptions)


@pytest.mark.teaching_edition
def test_quiz_works_from_disk(built_book: BuiltBook, open_page: OpenPage, expect: Any) -> None:
    """Opened with file://, as from a USB stick, the page loads fully and checks answers."""
    quiz, question = first_question("single")
    model = model_answer(quiz, question)
    form_id = f"{quiz.id}-{question.id}"
    page_file = built_book.html_dir / f"{quiz.lesson}.html"
    visit = open_page(f"{page_file.as_uri()}#{form_id}")
    start_on_form(visit.page, form_id)
    enter_answer(visit.page, question, right_answer(question, model))
    expect(visit.page.locator(f"#{form_id}-feedback")).to_have_text(f"Correct. {model.explanation}")
    # Console messages are test_pages' business; from disk, everything must load and run.
    problems = visit.log.exceptions + visit.log.failed_loads + visit.log.remote_requests
    assert not problems, "\n".join(problems)


def python_forms(case: dict[str, str]) -> tuple[str | None, str | None]:
    try:
        if case["kind"] == "text":
            normalised = normalise_text(case["input"])
        else:
            normalised = normalise_number(case["input"])
    except NormalisationError:
        return None, None
    return normalised, answer_key(CASES["salts"][case["kind"]], normalised)


def test_normalisation_cases_match_python(open_page: OpenPage) -> None:
    """The page's script and pakru.normalise give the shared cases the same forms and keys."""
    quiz, _question = first_question("single")
    page = open_page(f"{quiz.lesson}.html").page
    in_page = page.evaluate(
        """([cases, salts]) => cases.map((c) => {
            const q = window.pakruQuiz;
            const normalised = c.kind === "text" ? q.normaliseText(c.input) : q.normaliseNumber(c.input);
            return [normalised, normalised === null ? null : q.answerKey(salts[c.kind], normalised)];
        })""",
        [CASES["cases"], CASES["salts"]],
    )
    mismatches = [
        f"{case['kind']} {case['input']!r}: page {tuple(got)}, Python {python_forms(case)}, "
        f"cases file {(case['normalised'], case['key'])}"
        for case, got in zip(CASES["cases"], in_page, strict=True)
        if not tuple(got) == python_forms(case) == (case["normalised"], case["key"])
    ]
    assert not mismatches, "\n".join(mismatches)


def test_page_sha256_matches_hashlib(open_page: OpenPage) -> None:
    """The page's own SHA-256 agrees with hashlib across block sizes and non-ASCII text."""
    quiz, _question = first_question("single")
    page = open_page(f"{quiz.lesson}.html").page
    texts = ["", "abc", "Tōshkent", "x" * 55, "y" * 56, "z" * 64, "Пакистан " * 40, "🇵🇰" * 9]
    in_page = page.evaluate("(texts) => texts.map((text) => window.pakruQuiz.sha256(text))", texts)
    assert in_page == [hashlib.sha256(text.encode()).hexdigest() for text in texts]


def test_keyboard_cases_cover_the_required_kinds() -> None:
    """Guards the parametrisation: single-choice and short-text questions must be answered."""
    kinds = {case.values[1].kind for case in QUESTIONS}
    assert {"single", "text"} <= kinds, f"the book's sealed quizzes offer only {sorted(kinds)}"


# --- Saved progress, on a small book built from the demo course -------------------------------

DEMO_COURSE = REPO_ROOT / "tests" / "data" / "demo-course"
DEMO_STORE = "pakru-quiz|Demo course|9.9|teaching"
DEMO_START = "0 of 9 points so far, 0 of 6 questions answered"


def build_demo_book(folder: Path, course: Path) -> Path:
    """A one-page book in ``folder`` with ``course``'s demo quiz and the saved-scores list, built with -W."""
    source = folder / "source"
    source.mkdir(parents=True)
    (source / "conf.py").write_text(
        'project = "Demo course"\nversion = "9.9"\n'
        'extensions = ["myst_parser", "pakru.sphinxext"]\nmyst_heading_anchors = 2\n'
        f"pakru_quizzes_path = {str(course / 'quizzes')!r}\n"
        f"pakru_events_path = {str(course / 'data' / 'events.csv')!r}\n",
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Demo lesson\n\n## A test lesson\n\n```{quiz-progress}\n```\n\n```{quiz} demo\n```\n",
        encoding="utf-8",
    )
    output = folder / "html"
    command = [sys.executable, "-m", "sphinx", "-q", "-W", "-n", "-b", "html", str(source), str(output)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    return output


@pytest.fixture(scope="session")
def demo_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The demo book's page as a file:// URL: saving must work from disk too."""
    return (build_demo_book(tmp_path_factory.mktemp("demo-book"), DEMO_COURSE) / "index.html").as_uri()


def check(page: Page, question_id: str) -> None:
    page.locator(f"#demo-{question_id} .pakru-check").click()


def test_answers_and_verdicts_come_back_after_a_reload(
    open_page: OpenPage, expect: Any, demo_page: str
) -> None:
    visit = open_page(demo_page)
    page = visit.page
    after_load: list[str] = []
    page.on("request", lambda request: after_load.append(request.url))
    score = page.locator("#pakru-quiz-demo-score")
    expect(score).to_have_text(DEMO_START)
    page.locator("#demo-q01-b").check()
    check(page, "q01")
    page.locator("#demo-q03-input").fill("1950")
    check(page, "q03")
    page.locator("#demo-q06-slot1").select_option("b")
    page.locator("#demo-q06-slot2").select_option("a")
    check(page, "q06")
    saved = "3 of 9 points so far, 3 of 6 questions answered"
    expect(score).to_have_text(saved)

    page.reload()
    expect(page.locator("#demo-q01-b")).to_be_checked()
    expect(page.locator("#demo-q03-input")).to_have_value("1950")
    expect(page.locator("#demo-q06-slot1")).to_have_value("b")
    expect(page.locator("#demo-q01-feedback")).to_have_text("Correct. Tashkent hosted the 1966 conference.")
    expect(page.locator("#demo-q03-feedback")).to_have_text("Not accepted. Try again, or open the hint.")
    expect(page.locator("#demo-q06")).to_have_class("pakru-question pakru-correct")
    expect(page.locator("#demo-q02-feedback")).to_have_text("")
    expect(score).to_have_text(saved)
    # The landing page's list reads the same saved answers.
    expect(page.locator('#pakru-quiz-progress li[data-quiz="demo"] .pakru-progress-score')).to_have_text(
        saved
    )
    stored = page.evaluate("Object.keys(localStorage).sort()")
    assert stored == [f"{DEMO_STORE}|demo|{question}" for question in ("q01", "q03", "q06")]
    # Answering and reloading fetch the page and its own files again, and send nothing anywhere.
    assert all(url.startswith("file://") for url in after_load), after_load
    assert not visit.log.problems(), "\n".join(visit.log.problems())


def test_an_answer_saved_for_an_older_question_is_dropped_not_restored(
    open_page: OpenPage, expect: Any, demo_page: str
) -> None:
    """Re-lettered options must never receive an old letter: the saved digest must match."""
    page = open_page(demo_page).page
    page.locator("#demo-q01-b").check()
    check(page, "q01")
    page.locator("#demo-q04-input").fill("USSR")
    check(page, "q04")
    key = f"{DEMO_STORE}|demo|q01"
    saved = page.evaluate("key => JSON.parse(localStorage.getItem(key))", key)
    assert saved["digest"] == page.locator("#demo-q01").get_attribute("data-digest")
    assert len(saved["digest"]) == 16
    # As if the question had been re-lettered since: the stored answer was made for another digest.
    page.evaluate(
        "key => { const e = JSON.parse(localStorage.getItem(key)); e.digest = 'an-older-digest';"
        " localStorage.setItem(key, JSON.stringify(e)); }",
        key,
    )
    page.reload()
    expect(page.locator("#demo-q01-b")).not_to_be_checked()
    expect(page.locator("#demo-q01-feedback")).to_have_text(
        "This question has changed since you last answered it. Please answer it again."
    )
    expect(page.locator("#demo-q04-input")).to_have_value("USSR")
    one_left = "1 of 9 points so far, 1 of 6 questions answered"
    expect(page.locator("#pakru-quiz-demo-score")).to_have_text(one_left)
    expect(page.locator('#pakru-quiz-progress li[data-quiz="demo"] .pakru-progress-score')).to_have_text(
        one_left
    )
    assert page.evaluate("key => localStorage.getItem(key)", key) is None


def test_clear_my_answers_asks_first_by_keyboard(open_page: OpenPage, expect: Any, demo_page: str) -> None:
    page = open_page(demo_page).page
    score = page.locator("#pakru-quiz-demo-score")
    page.locator("#demo-q04-input").fill("USSR")
    check(page, "q04")
    expect(score).to_have_text("1 of 9 points so far, 1 of 6 questions answered")
    clear = page.locator(".pakru-quiz .pakru-clear")
    asked: list[str] = []

    def answer(dialog: Any, accept: bool) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, accept=False))
    clear.focus()
    page.keyboard.press("Enter")
    expect(score).to_have_text("1 of 9 points so far, 1 of 6 questions answered")
    page.once("dialog", lambda dialog: answer(dialog, accept=True))
    page.keyboard.press("Enter")
    expect(score).to_have_text(DEMO_START)
    expect(page.locator("#demo-q04-input")).to_have_value("")
    expect(page.locator("#demo-q04-feedback")).to_have_text("")
    assert asked == ["Clear your saved answers? This cannot be undone."] * 2
    page.reload()
    expect(page.locator("#demo-q04-input")).to_have_value("")
    expect(page.locator('#pakru-quiz-progress li[data-quiz="demo"] .pakru-progress-score')).to_have_text(
        "not started"
    )


def test_partly_right_selection_earns_pytests_credit_and_is_restored(
    open_page: OpenPage, expect: Any, demo_page: str
) -> None:
    """Demo q02 (2 points) has two right options, a and c: a alone is worth half."""
    page = open_page(demo_page).page
    form = page.locator("#demo-q02")
    feedback = page.locator("#demo-q02-feedback")
    page.locator("#demo-q02-a").check()
    page.locator("#demo-q02-b").check()
    check(page, "q02")
    expect(feedback).to_have_text("Not accepted. Try again, or open the hint.")  # one right, one wrong: 0
    page.locator("#demo-q02-b").uncheck()
    check(page, "q02")
    message = "1 of 2 correct choices and no wrong ones: 1 of 2 points"
    expect(feedback).to_have_text(message)
    expect(form).to_have_class("pakru-question pakru-partial")
    expect(page.locator("#pakru-quiz-demo-score")).to_have_text(
        "1 of 9 points so far, 1 of 6 questions answered"
    )
    page.reload()
    expect(page.locator("#demo-q02-a")).to_be_checked()
    expect(feedback).to_have_text(message)
    expect(form).to_have_class("pakru-question pakru-partial")


def test_quiz_works_where_storage_is_refused(open_page: OpenPage, expect: Any, demo_page: str) -> None:
    """Some browsers refuse localStorage on file:// or in private windows: check answers all the same."""
    page = open_page(demo_page).page
    # Sphinx's and the theme's own scripts fail there too; only the quiz's script is ours to judge.
    ours: list[str] = []
    page.on(
        "pageerror",
        lambda error: ours.append(error.stack or "") if "pakru-quiz.js" in (error.stack or "") else None,
    )
    page.add_init_script(
        "Object.defineProperty(window, 'localStorage', "
        "{ get() { throw new DOMException('refused', 'SecurityError'); } });"
    )
    page.reload()
    page.locator("#demo-q01-b").check()
    check(page, "q01")
    expect(page.locator("#demo-q01-feedback")).to_have_text("Correct. Tashkent hosted the 1966 conference.")
    expect(page.locator("#pakru-quiz-demo-score")).to_have_text(
        "1 of 9 points so far, 1 of 6 questions answered"
    )
    expect(page.locator("#pakru-quiz-progress")).to_have_text(
        "This browser does not let the book save your answers, so it has no scores to show."
    )
    assert not ours, "\n".join(ours)


def test_saved_progress_is_accessible(open_page: OpenPage, expect: Any, axe: Any, demo_page: str) -> None:
    page = open_page(demo_page).page
    page.locator("#demo-q01-a").check()
    check(page, "q01")
    page.reload()
    expect(page.locator("#pakru-quiz-progress")).to_be_visible()
    expect(page.locator(".pakru-quiz-progress-bar")).to_be_visible()
    # The demo book has Sphinx's default theme; the book's own pages are test_pages' business.
    ours = {"include": [[".pakru-quiz"], ["#pakru-quiz-progress"]]}
    problems = serious_violations(axe.run(page, context=ours).response)
    assert not problems, "\n".join(problems)


def test_store_names_the_course_version_and_edition(tmp_path: Path) -> None:
    """Teaching and student editions of one course keep their answers apart."""
    student_course = tmp_path / "student-course"
    shutil.copytree(DEMO_COURSE, student_course, ignore=shutil.ignore_patterns("instructor"))
    student = (build_demo_book(tmp_path / "student", student_course) / "index.html").read_text("utf-8")
    teaching = (build_demo_book(tmp_path / "teaching", DEMO_COURSE) / "index.html").read_text("utf-8")
    student_store = DEMO_STORE.replace("teaching", "student")
    assert teaching.count(f'data-store="{DEMO_STORE}"') == 2, "the quiz and the saved-scores list"
    assert student.count(f'data-store="{student_store}"') == 2


# --- Phone layout ------------------------------------------------------------------------------

MISALIGNED_MENUS = """() => Array.from(document.querySelectorAll(".pakru-slots")).flatMap((slots) => {
    const form = slots.closest("form");
    const menus = Array.from(slots.querySelectorAll("select"));
    const inner = form.querySelector("fieldset").getBoundingClientRect();
    return menus.flatMap((menu) => {
        const box = menu.getBoundingClientRect();
        const label = document.querySelector(`label[for="${menu.id}"]`).getBoundingClientRect();
        const problems = [];
        if (box.top >= label.bottom || box.bottom <= label.top) problems.push("not on its label's row");
        if (box.left < label.right) problems.push("overlaps or sits under its label");
        if (box.right > inner.right + 0.5) problems.push("overflows the question");
        if (Math.abs(box.left - menus[0].getBoundingClientRect().left) > 0.5) problems.push("out of line");
        return problems.map((problem) => `${menu.id}: ${problem}`);
    });
})"""


@pytest.mark.parametrize("quiz", rendered_quizzes(), ids=lambda quiz: quiz.id)
def test_matching_menus_line_up_on_a_phone(open_page: OpenPage, quiz: Quiz) -> None:
    """Each dropdown sits beside its label, in one column, inside the question, at 375 px."""
    page = open_page(f"{quiz.lesson}.html", viewport=PHONE).page
    assert page.locator(".pakru-slots select").count() > 0, "the quiz has no matching or ordering question"
    problems = page.evaluate(MISALIGNED_MENUS)
    assert not problems, "\n".join(problems)


COVERED_QUESTIONS = """() => {
    const button = document.getElementById("pst-back-to-top");
    if (!button || getComputedStyle(button).display === "none") return [];
    const top = button.getBoundingClientRect();
    return Array.from(document.querySelectorAll("form.pakru-question")).filter((form) => {
        const box = form.getBoundingClientRect();
        return box.left < top.right && top.left < box.right && box.top < top.bottom && top.top < box.bottom;
    }).map((form) => form.id);
}"""


def scroll_up_to(page: Page, selector: str, fraction: float) -> None:
    """Put the element's top at ``fraction`` of the window's height, arriving by scrolling up,
    which is when the theme shows its back-to-top button; return once the page has reacted."""
    reached = page.evaluate(
        """async ([selector, fraction]) => {
            const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
            const box = document.querySelector(selector).getBoundingClientRect();
            const target = Math.round(window.scrollY + box.top - fraction * window.innerHeight);
            window.scrollTo({ top: target + 120, behavior: "instant" });
            await frame();
            await frame();
            window.scrollTo({ top: target, behavior: "instant" });
            await frame();  // scroll handlers, then intersection observers, have run by the next frame
            await frame();
            return Math.abs(window.scrollY - target) < 1;
        }""",
        [selector, fraction],
    )
    assert reached, f"could not scroll {selector} to {fraction:.0%} of the window"


def test_back_to_top_button_never_covers_a_question_on_a_phone(open_page: OpenPage, expect: Any) -> None:
    quiz, question = first_question("single")
    page = open_page(f"{quiz.lesson}.html", viewport=PHONE).page
    button = page.locator("#pst-back-to-top")
    # Away from the quiz the button still appears when the reader scrolls up.
    scroll_up_to(page, "main section section:nth-of-type(3) > h2", 0.5)
    expect(button).to_be_visible()
    scroll_up_to(page, f"form#{quiz.id}-{question.id}", 0.8)
    covered = page.evaluate(COVERED_QUESTIONS)
    assert not covered, f"the back-to-top button covers {covered}"
