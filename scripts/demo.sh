#!/usr/bin/env bash
# Install the application, build a demo centre in ./demo.db and open the kiosk on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
db="sqlite:///$PWD/demo.db"
.venv/bin/aptaskil-desk --db "$db" demo
exec .venv/bin/aptaskil-desk --db "$db" --terminal "${APTASKIL_TERMINAL:-KIOSK-LAB-CQ}" kiosk --windowed
