"""Weighing lesson 4's scenarios for the coming decade.

A scenario is judged on several drivers of the relationship. Each driver has a
weight (how much it will matter) and each scenario a score on every driver from 0
to 3 (how strongly the evidence on that driver supports it). You will normalise the
weights, score and rank the scenarios, and see how the ranking changes when one
weight changes. The example model is ``fixtures/decade.toml``. Use only the standard
library; the checks pass in the path of the model file, so do not write any paths
into this module.
"""

from __future__ import annotations

import tomllib

LOWEST, HIGHEST = 0, 3  # the score scale: 0 = the evidence tells against, 3 = it supports strongly


def load_model(path: str) -> dict[str, dict]:
    """Return the weights and the scores of the model file at ``path``.

    This helper is complete. The result looks like
    ``{"weights": {"india": 3, ...}, "scenarios": {"A": {"india": 2, ...}, ...}}``;
    the labels and the evidence in the file are left out.
    """
    with open(path, "rb") as handle:
        model = tomllib.load(handle)
    weights = {name: driver["weight"] for name, driver in model["drivers"].items()}
    scenarios = {name: dict(scenario["scores"]) for name, scenario in model["scenarios"].items()}
    return {"weights": weights, "scenarios": scenarios}


def normalise(weights: dict[str, float]) -> dict[str, float]:
    """Return a new dictionary of the weights divided by their sum, so that they add up to 1.

    Raise ValueError for no weights, a weight that is not a number (True and False
    included), a negative weight, or weights that add up to 0.

    >>> normalise({"a": 3, "b": 1})
    {'a': 0.75, 'b': 0.25}
    """
    # TODO (student): task 1. Check every weight, then divide each by the total.
    raise NotImplementedError("task 1: normalise")


def score(weights: dict[str, float], scores: dict[str, float]) -> float:
    """Return one scenario's weighted score, rounded to three decimals.

    ``weights`` are not yet normalised. Raise ValueError when ``scores`` does not name
    exactly the drivers of ``weights``, or when a score is not a number from
    ``LOWEST`` to ``HIGHEST``.

    >>> score({"india": 3, "china": 1}, {"india": 2, "china": 0})
    1.5
    """
    # TODO (student): task 2. Check the drivers and the scores, then add up share times score.
    raise NotImplementedError("task 2: score")


def rank(weights: dict[str, float], scenarios: dict[str, dict[str, float]]) -> list[list[object]]:
    """Return ``[name, score]`` for every scenario, the highest score first.

    Equal scores follow each other in alphabetical order of name.

    >>> rank({"x": 1}, {"low": {"x": 1}, "high": {"x": 3}})
    [['high', 3.0], ['low', 1.0]]
    """
    # TODO (student): task 3. Score every scenario, then sort by score (highest first) and name.
    raise NotImplementedError("task 3: rank")


def reweigh(path: str, driver: str, new_weight: float) -> dict[str, object]:
    """Return the model's ranking before and after one driver's weight changes.

    The result is ``{"before": [...], "after": [...], "leader_changed": bool}``.
    Raise KeyError when ``driver`` is not in the model.

    >>> reweigh("decade.toml", "india", 3)["leader_changed"]  # the weight it already has
    False
    """
    # TODO (student): task 4. Load the model, rank it, change one weight in a new dictionary and rank again.
    raise NotImplementedError("task 4: reweigh")
