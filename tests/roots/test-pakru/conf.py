import os
from pathlib import Path

extensions = ["myst_parser", "sphinx_togglebutton", "sphinxcontrib.bibtex", "pakru.sphinxext"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
nitpicky = True
# The data, quiz and exercises come from the demo course; the test module says where it is.
demo_course = Path(os.environ["PAKRU_DEMO_COURSE"])
pakru_events_path = str(demo_course / "data" / "events.csv")
pakru_quizzes_path = str(demo_course / "quizzes")
pakru_exercises_path = str(demo_course / "exercises")
