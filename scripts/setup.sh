#!/usr/bin/env bash
# Installs what is missing (Debian 12), then configures and builds Trygg.
#   scripts/setup.sh BUILD_DIR [cmake options...]
# Used by app.sh and test.sh; safe to run again (only missing packages are installed).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache
  libwxgtk3.2-dev libboost-dev libpugixml-dev libsqlite3-dev libsqlitecpp-dev doctest-dev
  libcli11-dev nlohmann-json3-dev libfmt-dev libhowardhinnant-date-dev libxml2-dev nettle-dev tzdata
  gettext wx3.2-i18n xvfb xauth faketime
  libpqxx-dev postgresql
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir=${1:?usage: scripts/setup.sh BUILD_DIR [cmake options...]}
shift
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja "${launcher[@]}" "$@"
cmake --build "$build_dir"
