"""The instructor's pipeline, in the order an instructor meets it.

:mod:`~pakru.instructor_pipeline.release` makes the student edition;
:mod:`~pakru.instructor_pipeline.overlay` holds a class's private keys;
:mod:`~pakru.instructor_pipeline.submission` grades one student's folder in a confined child;
:mod:`~pakru.instructor_pipeline.batch` grades a class into a gradebook;
:mod:`~pakru.instructor_pipeline.autograder` builds and runs the Gradescope bundle.

None of it imports Sphinx or pytest: the quiz model and grading core it uses live in
:mod:`pakru.quiz` and :mod:`pakru.grading`.
"""
