"""``python -m nato_iraq``: the command line (see :mod:`nato_iraq.cli`)."""

from .cli import main

raise SystemExit(main())
