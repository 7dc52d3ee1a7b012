"""Reference solution: weighing lesson 4's scenarios for the coming decade."""

from __future__ import annotations

import tomllib

LOWEST, HIGHEST = 0, 3  # the score scale: 0 = the evidence tells against, 3 = it supports strongly


def load_model(path: str) -> dict[str, dict]:
    """The drivers' weights and the scenarios' scores from a model file."""
    with open(path, "rb") as handle:
        model = tomllib.load(handle)
    weights = {name: driver["weight"] for name, driver in model["drivers"].items()}
    scenarios = {name: dict(scenario["scores"]) for name, scenario in model["scenarios"].items()}
    return {"weights": weights, "scenarios": scenarios}


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def normalise(weights: dict[str, float]) -> dict[str, float]:
    """The weights divided by their sum; negative, non-numeric or all-zero weights are refused."""
    if not weights:
        raise ValueError("there are no weights to normalise")
    for driver, weight in weights.items():
        if not is_number(weight):
            raise ValueError(f"the weight of {driver!r} is not a number: {weight!r}")
        if weight < 0:
            raise ValueError(f"the weight of {driver!r} is negative: {weight}")
    total = sum(weights.values())
    if total == 0:
        raise ValueError("the weights add up to zero")
    return {driver: weight / total for driver, weight in weights.items()}


def score(weights: dict[str, float], scores: dict[str, float]) -> float:
    """The weighted score of one scenario, rounded to three decimals."""
    shares = normalise(weights)
    missing = sorted(set(shares) - set(scores))
    extra = sorted(set(scores) - set(shares))
    if missing or extra:
        raise ValueError(f"scores and weights name different drivers (missing {missing}, extra {extra})")
    for driver, value in scores.items():
        if not is_number(value) or not LOWEST <= value <= HIGHEST:
            raise ValueError(f"the score for {driver!r} must be a number from {LOWEST} to {HIGHEST}")
    return round(sum(share * scores[driver] for driver, share in shares.items()), 3)


def rank(weights: dict[str, float], scenarios: dict[str, dict[str, float]]) -> list[list[object]]:
    """``[name, score]`` for every scenario, best first; equal scores in order of name."""
    scored = [[name, score(weights, scores)] for name, scores in scenarios.items()]
    return sorted(scored, key=lambda item: (-item[1], item[0]))


def reweigh(path: str, driver: str, new_weight: float) -> dict[str, object]:
    """The ranking of a model file before and after one driver's weight changes."""
    model = load_model(path)
    weights, scenarios = model["weights"], model["scenarios"]
    if driver not in weights:
        raise KeyError(driver)
    changed = {**weights, driver: new_weight}
    before, after = rank(weights, scenarios), rank(changed, scenarios)
    return {"before": before, "after": after, "leader_changed": before[0][0] != after[0][0]}
