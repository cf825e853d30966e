#!/usr/bin/env bash
# A throwaway PostgreSQL server for trying Trygg's shared database, in a folder of its own: no system
# service, no TCP port (a Unix socket in the folder), trust authentication for the local user only.
#   bash scripts/test-server.sh [FOLDER]     (default: /tmp/trygg-server) prints the address to use, e.g.
#   build/bin/trygg-cli db copy --from ~/.local/share/trygg/trygg.db --to "$(bash scripts/test-server.sh)"
#   bash scripts/test-server.sh --stop [FOLDER]
# Not for a region's real data: a region runs PostgreSQL as a service with passwords or certificates
# (README, "The shared server").
set -euo pipefail
stop=false
if [[ ${1:-} == --stop ]]; then
  stop=true
  shift
fi
folder=$(realpath -m "${1:-/tmp/trygg-server}")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x $bin/initdb ]] || { echo "test-server: PostgreSQL's server is not installed (bash scripts/setup.sh build installs it)" >&2; exit 1; }
as=()
if [[ $(id -u) -eq 0 ]]; then
  as=(runuser -u postgres --)  # PostgreSQL does not run as root
fi
if $stop; then
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
  exit 0
fi
if [[ ! -d $folder/data ]]; then
  mkdir -p "$folder"
  chmod 0700 "$folder"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$folder"
  "${as[@]}" "$bin/initdb" -D "$folder/data" -U trygg_admin -A trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
fi
if ! "${as[@]}" "$bin/pg_ctl" -D "$folder/data" status >/dev/null 2>&1; then
  "${as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-k $folder -c listen_addresses=''" start >/dev/null
fi
if ! psql -qtA "postgresql://trygg_admin@/postgres?host=$folder" -c "SELECT 1 FROM pg_database WHERE datname = 'trygg'" | grep -q 1; then
  psql -q "postgresql://trygg_admin@/postgres?host=$folder" -c "CREATE DATABASE trygg" >/dev/null
fi
echo "postgresql://trygg_admin@/trygg?host=$folder"
