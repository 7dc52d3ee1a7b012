"""The demo course's quiz, loaded for model and plugin tests."""

from __future__ import annotations

from pathlib import Path

from pakru.events import load_events
from pakru.quiz import Quiz, load_quiz
from pakru.quiz_authoring import ModelAnswer, load_model_answers

DEMO_ROOT = Path(__file__).parent / "data" / "demo-course"
DEMO_EVENTS = DEMO_ROOT / "data" / "events.csv"
DEMO_QUIZ_FILE = DEMO_ROOT / "quizzes" / "quiz_demo.py"
DEMO_MODELS_FILE = DEMO_ROOT / "instructor" / "quizzes" / "demo.toml"


def demo_quiz() -> Quiz:
    return load_quiz(DEMO_QUIZ_FILE, load_events(DEMO_EVENTS))


def demo_models() -> dict[str, ModelAnswer]:
    return load_model_answers(DEMO_MODELS_FILE)
