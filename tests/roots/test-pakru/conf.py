import os

extensions = ["myst_parser", "sphinx_togglebutton", "sphinxcontrib.bibtex", "pakru.sphinxext"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
pakru_events_path = "events.csv"
pakru_quizzes_path = "quizzes"
nitpicky = True
# The demo exercises live with the demo course; the test module says where.
pakru_exercises_path = os.environ["PAKRU_DEMO_EXERCISES"]
