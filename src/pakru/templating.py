"""Markup the course writes (HTML fragments, SVG), rendered from Jinja2 templates with autoescaping.

Every value a template receives is escaped unless it is :class:`markupsafe.Markup`
already (markup rendered by another template), so text from the course's data
can never break out of the element or attribute it is written into.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("pakru", "templates"),
        autoescape=True,  # for .svg as well as .html
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> Markup:
    """``templates/<template>`` rendered with ``context``, as markup safe to embed."""
    return Markup(_environment().get_template(template).render(**context).strip())
