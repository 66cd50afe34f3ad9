#!/usr/bin/env bash
# Debian/Ubuntu system libraries that Qt 6 needs (offscreen for tests, xcb for a real screen), poppler-utils
# (PDF renders) and LibreOffice Calc without a GUI (the tests open the XLSX exports with it).
# Installs only what is missing; needs root or sudo when something is missing.
set -euo pipefail
packages=(python3-venv libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0
          libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0
          libxcb-image0 fonts-dejavu-core poppler-utils libreoffice-calc-nogui postgresql-client)
command -v dpkg >/dev/null 2>&1 || { echo "not a Debian/Ubuntu system: install Qt 6's libraries yourself" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# python3-venv: a pyenv or python.org Python brings its own venv module.
if [ ${#missing[@]} -gt 0 ] && printf '%s\n' "${missing[@]}" | grep -qx python3-venv && python3 -c 'import venv, ensurepip' 2>/dev/null; then
  missing=("${missing[@]/python3-venv}")
  read -r -a missing <<< "${missing[*]}"
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
