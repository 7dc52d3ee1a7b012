# A small course for incremental-build tests: the tests copy the demo course's events,
# quiz and exercise in beside these pages, then edit them between builds.
extensions = ["myst_parser", "sphinxcontrib.bibtex", "pakru.sphinxext"]
exclude_patterns = ["_build", "data", "quizzes", "exercises"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
nitpicky = True
pakru_events_path = "data/events.csv"
pakru_quizzes_path = "quizzes"
pakru_exercises_path = "exercises"
