extensions = ["myst_parser", "sphinx_togglebutton", "sphinxcontrib.bibtex", "pakru.sphinxext"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
pakru_events_path = "events.csv"
pakru_quizzes_path = "quizzes"
nitpicky = True
