"""What the course itself tells the report: each quiz's and exercise's lesson, prompts and options."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pakru.class_stats.computing import CourseIndex
from pakru.exercises import Exercise
from pakru.quiz import Quiz


def lesson_number(lesson: str) -> int | None:
    """``lessons/01-legacy`` -> 1."""
    found = re.match(r"(\d+)", lesson.rsplit("/", 1)[-1])
    return int(found.group(1)) if found else None


def course_index(quizzes: Iterable[Quiz], exercises: Iterable[Exercise]) -> CourseIndex:
    index = CourseIndex()
    for quiz in quizzes:
        lesson = lesson_number(quiz.lesson)
        if lesson is not None:
            index.lesson_of_quiz[quiz.id] = lesson
            # "Lesson 1 quiz: the historical legacy, to 1954" -> "the historical legacy, to 1954"
            index.lesson_titles.setdefault(lesson, quiz.title.partition(": ")[2] or quiz.title)
        for question in quiz.questions:
            index.prompts[(quiz.id, question.id)] = question.prompt
            choices = dict(question.choices())
            if choices:
                index.options[(quiz.id, question.id)] = choices
    for exercise in exercises:
        index.lesson_of_exercise[exercise.name] = exercise.lesson
    return index
