#!/usr/bin/env bash
# Quick start 2: install what is missing, build with AddressSanitizer and UBSan, and run every
# test with ctest (the GUI tests under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build-test -DCMAKE_BUILD_TYPE=Debug -DTRYGG_SANITIZE=ON -DTRYGG_BUILD_TESTS=ON
export NO_AT_BRIDGE=1
ctest --test-dir build-test --output-on-failure -j2
