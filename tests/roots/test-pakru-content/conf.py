# Fixture data for the content components (events roles, documents, people, source analysis);
# every path is inside this root, so the copy sphinx.testing makes is self-contained.
extensions = ["myst_parser", "sphinxcontrib.bibtex", "pakru.sphinxext"]
bibtex_bibfiles = ["refs.bib"]
bibtex_reference_style = "author_year"
nitpicky = True
pakru_events_path = "data/events.csv"
pakru_documents_path = "data/documents"
pakru_people_path = "data/people.csv"
pakru_source_analysis_path = "data/source-analysis"
