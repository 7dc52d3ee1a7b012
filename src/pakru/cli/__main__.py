"""``python -m pakru.cli``: the same as the ``pakru`` command."""

from pakru.cli import main

raise SystemExit(main())
