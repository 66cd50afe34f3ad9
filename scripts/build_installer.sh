#!/usr/bin/env bash
# Build the one-folder bundle on Linux with build_installer.spec (docs/installer.md).
#
# Usage: bash scripts/build_installer.sh [--distpath DIR] [--workpath DIR] [--check]
#   --distpath  where the bundle goes (default dist/; the programs are DIR/aptaskil-desk/aptaskil-desk,
#               the console one, and DIR/aptaskil-desk/aptaskil-desk-kiosk, the windowless kiosk shell)
#   --workpath  PyInstaller's scratch folder (default build/pyinstaller)
#   --check     then run the frozen program (tests/integration/test_frozen_bundle.py): --version, demo,
#               audit verify, diagnostics with its PDF preview check, and the kiosk offscreen for a
#               few seconds from both executables
# Installs PyInstaller into .venv (the "installer" extra) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

distpath=dist
workpath=build/pyinstaller
check=0
while [ $# -gt 0 ]; do
    case "$1" in
        --distpath) distpath="$2"; shift 2 ;;
        --workpath) workpath="$2"; shift 2 ;;
        --check) check=1; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

[ -x .venv/bin/python ] || bash scripts/install.sh
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/python -m pip install -q -e ".[installer]"

start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$distpath" --workpath "$workpath" build_installer.spec
bundle="$distpath/aptaskil-desk"
# libpython's debug symbols (~18 MB); not every library survives strip (numpy's OpenBLAS does not).
if command -v strip > /dev/null; then
    for lib in "$bundle"/_internal/libpython3*.so*; do [ -f "$lib" ] && strip --strip-debug "$lib"; done
fi
for exe in aptaskil-desk aptaskil-desk-kiosk; do
    [ -x "$bundle/$exe" ] || { echo "missing: $bundle/$exe" >&2; exit 1; }
done
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1), built in $(( $(date +%s) - start )) s)"

if [ "$check" = 1 ]; then
    APTASKIL_BUNDLE="$bundle" .venv/bin/python -m pytest -p no:cacheprovider -q tests/integration/test_frozen_bundle.py
fi
