"""pakru: the engine of the open course on Pakistan–Russia relations.

The package turns the course's data files into the book (a Sphinx extension),
and later into quizzes and exercises.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pakru")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
