"""The built book served on loopback, one headless Chromium per session, and a page per test.

Playwright drives Debian's chromium through ``executable_path``; nothing
downloads a browser. Every page a test opens records its console errors,
failed loads and any request that would leave the machine; such requests are
blocked, so a remote asset fails fast instead of waiting on the network.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import COURSE_DIR, REPO_ROOT, BuiltBook
from pakru.pdf import CHROMIUM_FLAGS, find_chromium
from system_tools import missing, require_module

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, Request, Response

LOOPBACK = "127.0.0.1"
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}

# Every page of the book, known before the build so each gets its own test id.
SOURCE_PAGES = sorted(
    path.relative_to(COURSE_DIR).with_suffix(".html").as_posix()
    for path in COURSE_DIR.rglob("*.md")
    if "_build" not in path.parts
)
GENERATED_PAGES = ["genindex.html", "search.html"]
PAGES = SOURCE_PAGES + GENERATED_PAGES


def is_local(url: str) -> bool:
    """Whether loading ``url`` stays on this machine: loopback, a file, or inline data."""
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "file"}:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname == LOOPBACK


@dataclass
class PageLog:
    """What went wrong while a page loaded and ran."""

    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    remote_requests: list[str] = field(default_factory=list)
    # URL -> why; one entry per URL, though Chromium reports a 404 up to three ways.
    failures: dict[str, str] = field(default_factory=dict)

    def on_console(self, message: ConsoleMessage) -> None:
        where = message.location.get("url", "")
        if message.type != "error" or message.text.startswith("Failed to load resource"):
            return  # failed loads are recorded, with their URL, from the network events
        self.console_errors.append(f"console error: {message.text}" + (f" ({where})" if where else ""))

    def on_page_error(self, error: Exception) -> None:
        self.exceptions.append(f"uncaught exception: {error}")

    def on_request(self, request: Request) -> None:
        if not is_local(request.url):
            self.remote_requests.append(f"remote request: {request.method} {request.url}")

    def on_response(self, response: Response) -> None:
        if response.status >= 400:
            self.failures[response.url] = f"HTTP {response.status}"

    def on_request_failed(self, request: Request) -> None:
        if is_local(request.url):  # remote ones are blocked on purpose and reported above
            self.failures.setdefault(request.url, str(request.failure))

    @property
    def failed_loads(self) -> list[str]:
        return [f"failed to load ({why}): {url}" for url, why in self.failures.items()]

    def problems(self) -> list[str]:
        return self.console_errors + self.exceptions + self.failed_loads + self.remote_requests


@dataclass
class Visit:
    """An open page and what it logged."""

    page: Page
    log: PageLog


OpenPage = Callable[..., Visit]


class BookHandler(SimpleHTTPRequestHandler):
    """Serves the book at / and at ``also_at``, without logging every request."""

    also_at = "/"

    def translate_path(self, path: str) -> str:
        if self.also_at != "/" and path.startswith(self.also_at):
            path = "/" + path.removeprefix(self.also_at)
        return super().translate_path(path)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def absolute_prefix(html_dir: Path) -> str:
    """Where the 404 page expects the book: it links its assets absolutely, e.g. /en/latest/."""
    page = html_dir / "404.html"
    found = re.search(r'(?:href|src)="(/[^"]*?)_static/', page.read_text("utf-8")) if page.is_file() else None
    return found.group(1) if found else "/"


@pytest.fixture(scope="session")
def site(built_book: BuiltBook) -> Iterator[str]:
    """The base URL of the built book, served by a threaded server on loopback."""
    if not (built_book.html_dir / "index.html").is_file():
        pytest.fail(f"the book did not build:\n{built_book.warnings}", pytrace=False)

    class Handler(BookHandler):
        also_at = absolute_prefix(built_book.html_dir)

    handler = functools.partial(Handler, directory=str(built_book.html_dir))
    with ThreadingHTTPServer((LOOPBACK, 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, name="book-server", daemon=True)
        thread.start()
        yield f"http://{LOOPBACK}:{server.server_port}/"
        server.shutdown()


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session; each test gets its own context."""
    sync_api = require_module("playwright.sync_api", "playwright")
    executable = find_chromium()
    if executable is None:
        missing("Chromium is not installed (Debian package chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_FLAGS))
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def expect(chromium_browser: Browser) -> Any:
    """Playwright's auto-waiting assertions."""
    return require_module("playwright.sync_api", "playwright").expect


@pytest.fixture(scope="session")
def axe() -> Any:
    module = require_module("axe_playwright_python.sync_playwright", "axe-playwright-python")
    return module.Axe()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots go: ``PAKRU_ARTIFACTS``, or build/test-artifacts."""
    folder = Path(os.environ.get("PAKRU_ARTIFACTS") or REPO_ROOT / "build" / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def open_page(chromium_browser: Browser, site: str) -> Iterator[OpenPage]:
    """Open a page of the book (a path relative to the site, or a full URL) at a given size."""
    contexts: list[BrowserContext] = []

    def open_(path: str, viewport: dict[str, int] = DESKTOP) -> Visit:
        context = chromium_browser.new_context(viewport=viewport, device_scale_factor=1)
        contexts.append(context)
        context.route(lambda url: not is_local(url), lambda route: route.abort("blockedbyclient"))
        page = context.new_page()
        log = PageLog()
        page.on("console", log.on_console)
        page.on("pageerror", log.on_page_error)
        page.on("request", log.on_request)
        page.on("response", log.on_response)
        page.on("requestfailed", log.on_request_failed)
        page.goto(urljoin(site, path), wait_until="load")
        # Book pages fetch Bootstrap after loading (course/_templates/layout.html): wait for it.
        page.wait_for_function(
            "!document.getElementById('pakru-theme-scripts')"
            " || document.documentElement.dataset.pakruScripts === 'ready'"
        )
        return Visit(page, log)

    yield open_
    for context in contexts:
        context.close()
