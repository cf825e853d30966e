#!/usr/bin/env bash
# Regenerates po/trygg.pot from the sources and merges it into each catalog: run after changing
# user-facing text, then translate the entries msgmerge marks as new or fuzzy.
set -euo pipefail
cd "$(dirname "$0")/.."
bash po/extract.sh po/trygg.pot
for catalog in po/*.po; do
  msgmerge --quiet --update --backup=none "$catalog" po/trygg.pot
done
