"""Allow ``python -m aptaskil_desk``; also the entry of both frozen executables (build_installer.spec).

The windowless kiosk executable (``aptaskil-desk-kiosk``, built with ``console=False``) starts on
Windows without a console: ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` are then ``None``. They
are pointed at the null device first, so that whatever writes, flushes or reads them (argparse, a
command, a library's warning) does not fail; what the program has to say goes to its log file anyway.
"""

import os
import sys

from aptaskil_desk.cli import main


def _null_streams_for_missing_console() -> None:
    """Replace a missing standard stream (``None``) with the null device."""
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115 - open until the end


_null_streams_for_missing_console()
raise SystemExit(main())
