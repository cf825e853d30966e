#!/usr/bin/env bash
# Runs trygg-bench-server against a throwaway PostgreSQL (scripts/test-server.sh), then stops it.
#   bash bench/server_bench.sh PATH/TO/trygg-bench-server [cases] [seconds] [clients]
set -euo pipefail
bench=$1
shift
folder=$(mktemp -d /tmp/trygg-bench-server-XXXXXX)
trap 'bash "$(dirname "$0")/../scripts/test-server.sh" --stop "$folder" >/dev/null 2>&1 || true; rm -rf "$folder"' EXIT
address=$(bash "$(dirname "$0")/../scripts/test-server.sh" "$folder")
"$bench" "${address/\/trygg\?//postgres?}" "$@"  # the maintenance database: the bench makes its own
