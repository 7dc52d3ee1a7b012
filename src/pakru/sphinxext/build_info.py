"""Keep Sphinx's backup of a superseded build-info file out of the output folder.

When the configuration changes between two builds into one folder (for example
``PAKRU_SITE_URL`` set for a publishing build after a local one), Sphinx's HTML
builders move the old ``.buildinfo`` to ``.buildinfo.bak`` and rebuild every
page. The EPUB builder then packs every file of its folder into the book and
warns that ``.buildinfo.bak`` has no media type, which fails a ``-W`` build, and
the backup stays, so every later build fails too; an HTML build would publish
it. The backup describes output that no longer exists, so it is removed as soon
as the pages have been read, before anything is written or packed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

BUILD_INFO_BACKUP = ".buildinfo.bak"


def remove_build_info_backup(app: Sphinx, env: BuildEnvironment) -> None:
    (Path(app.outdir) / BUILD_INFO_BACKUP).unlink(missing_ok=True)


def setup_build_info(app: Sphinx) -> None:
    # Sphinx writes the backup while it lists outdated pages, before it reads them.
    app.connect("env-updated", remove_build_info_backup)
