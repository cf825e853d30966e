#!/usr/bin/env bash
# Quick start 2: install what is missing, build with AddressSanitizer and UBSan, and run every
# test with ctest (the GUI tests under Xvfb).
#   scripts/test.sh                          the whole suite, today
#   scripts/test.sh --at "2026-12-24 12:00"  the whole suite as if started then (Swedish time), under
#                                            libfaketime; the clock runs on from there
#   scripts/test.sh --at WHEN -R REGEX       any further arguments go to ctest
set -euo pipefail
cd "$(dirname "$0")/.."

at=""
if [[ ${1:-} == --at ]]; then
  at=${2:?usage: scripts/test.sh --at "YYYY-MM-DD HH:MM[:SS]" [ctest arguments...]}
  shift 2
fi

bash scripts/setup.sh build-test -DCMAKE_BUILD_TYPE=Debug -DTRYGG_SANITIZE=ON -DTRYGG_BUILD_TESTS=ON
export NO_AT_BRIDGE=1

if [[ -n $at ]]; then
  # A time the spring change skips (02:30 on its night) does not exist on a Swedish clock; read
  # it as winter time, which lands in the hour after the change, as a wall clock would.
  target=$(TZ=Europe/Stockholm date -d "$at" +%s 2>/dev/null || TZ=Europe/Stockholm date -d "$at +0100" +%s) ||
    { echo "test: cannot read the time '$at' (use YYYY-MM-DD HH:MM)" >&2; exit 2; }
  preload=$(dpkg -L libfaketime 2>/dev/null | grep '/libfaketime\.so\.1$' | head -n1)
  [[ -n $preload ]] || { echo "test: libfaketime is missing (apt-get install faketime)" >&2; exit 1; }
  # An offset, not an absolute time: every process of the run then sees the same moving clock,
  # where an absolute start would restart at that moment in each new process. Timeouts keep
  # real time (monotonic clock not faked). ASan must not insist on being first in the preload.
  export LD_PRELOAD=$preload FAKETIME="+$((target - $(date +%s)))" FAKETIME_DONT_FAKE_MONOTONIC=1
  export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
  echo "test: the suite runs at $(TZ=Europe/Stockholm date '+%Y-%m-%d %H:%M:%S %Z') (Swedish time)"
fi
ctest --test-dir build-test --output-on-failure -j2 "$@"
