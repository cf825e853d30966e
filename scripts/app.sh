#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and start the desktop app on your own database
# (created with fictional demo data on first start). Extra arguments go to trygg, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRYGG_SANITIZE=OFF -DTRYGG_BUILD_TESTS=OFF
exec build/bin/trygg "$@"
