import os
from pathlib import Path

extensions = ["myst_parser", "sphinxcontrib.bibtex", "pakru.sphinxext"]
# The maps read the course's own data and cite its bibliography; the test module says where the repo is.
repo = Path(os.environ["PAKRU_REPO_ROOT"])
bibtex_bibfiles = [str(repo / "course" / "references.bib")]
bibtex_reference_style = "author_year"
suppress_warnings = ["bibtex.bibfile_data_changed"]
nitpicky = True
pakru_events_path = str(repo / "data" / "events.csv")
pakru_maps_data_path = str(repo / "data")
pakru_quizzes_path = str(repo / "quizzes")
pakru_exercises_path = str(repo / "exercises")
