"""A kiosk process for the scan concurrency test: scans a list of badge codes as fast as it can.

``python -m tests.integration.proc_kiosk --db URL --terminal T --codes FILE``: builds the
application as a terminal does, prints ``READY``, waits for ``GO`` on stdin, then scans each
code once with a client UUID derived from the code, and scans every tenth code a second time
with the SAME UUID (a kiosk retrying after a crash). Prints one JSON line: result counts and
errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections import Counter
from pathlib import Path

from tests.integration.proc_writer import open_context

NAMESPACE = uuid.UUID("0b8f4a2e-3c61-4a55-9d1e-6f0c2a7b9e10")


def scan_uuid(code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, code))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--terminal", required=True)
    parser.add_argument("--codes", required=True)
    args = parser.parse_args()
    codes = Path(args.codes).read_text(encoding="utf-8").split()
    ctx = open_context(args.db, args.terminal)
    print("READY", flush=True)
    if sys.stdin.readline().strip() != "GO":
        return 2
    results: Counter[str] = Counter()
    errors: list[str] = []
    for i, code in enumerate(codes):
        for _ in range(2 if i % 10 == 0 else 1):
            try:
                results[ctx.scan.scan(code, args.terminal, event_uuid=scan_uuid(code)).result] += 1
            except Exception as error:  # counted, never retried here: the retry policy under test is the app's
                errors.append(f"{type(error).__name__}: {error}")
    ctx.close()
    print(json.dumps({"results": dict(results), "errors": len(errors), "first_errors": errors[:3]}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
