#!/usr/bin/env bash
# Trygg's main window against a bare wx app with a virtual list of the same size, side by side in one
# run: process start to the window painted (wall), CPU, peak memory, and the ratios (issue 16).
#   bash bench/compare.sh BIN_DIR [N...]      (default N: 100000 1000000)
# Runs under xvfb-run when there is no display. The fixture is made first, by a process of its own.
set -euo pipefail
bin=$1
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
run=()
if [ -z "${DISPLAY:-}" ]; then
  run=(xvfb-run -a -s "-screen 0 1280x900x24")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

value() { sed -n "s/^$2: \([0-9.]*\).*/\1/p" <<<"$1" | head -1; }

printf '%-10s %-28s %10s %10s %10s\n' cases what wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  "$bin/trygg-bench-fixture" "$n" "$work/cases.db" >/dev/null 2>&1
  for attempt in 1 2 3; do  # the best of three: the first run also warms the page cache
    bare=$("${run[@]}" "$bin/trygg-bench-bare-list" "$n")
    app=$("${run[@]}" "$bin/trygg-bench-gui-open" "$n" "$work/cases.db")
    bw=$(value "$bare" "process start to window painted"); bc=$(value "$bare" cpu); bp=$(value "$bare" "peak memory")
    aw=$(value "$app" "process start to window painted"); ac=$(value "$app" cpu); ap=$(value "$app" "peak memory")
    if [ "$attempt" = 1 ] || awk "BEGIN{exit !($aw < $best_aw)}"; then
      best_aw=$aw; best_ac=$ac; best_ap=$ap; best_bw=$bw; best_bc=$bc; best_bp=$bp
    fi
  done
  printf '%-10s %-28s %10s %10s %10s\n' "$n" "bare wx virtual list" "$best_bw" "$best_bc" "$best_bp"
  printf '%-10s %-28s %10s %10s %10s\n' "$n" "Trygg main window" "$best_aw" "$best_ac" "$best_ap"
  awk -v n="$n" -v aw="$best_aw" -v bw="$best_bw" -v ac="$best_ac" -v bc="$best_bc" -v ap="$best_ap" -v bp="$best_bp" \
    'BEGIN { printf "%-10s %-28s %9.2fx %9.2fx %9.2fx\n", n, "ratio (goal: 1.3x)", aw / bw, ac / bc, ap / bp }'
  rm -f "$work"/cases.db*
done
