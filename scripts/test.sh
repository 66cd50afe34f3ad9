#!/usr/bin/env bash
# Install everything, then run the whole test suite on SQLite and PostgreSQL.
# PostgreSQL: APTASKIL_TEST_PG (default postgresql://postgres@127.0.0.1:5432/test); the tests
# create and drop their own databases there. With CI=true an unreachable server fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 \
   && command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "starting the local PostgreSQL cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
