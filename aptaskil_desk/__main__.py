"""Allow ``python -m aptaskil_desk``."""

from aptaskil_desk.cli import main

raise SystemExit(main())
