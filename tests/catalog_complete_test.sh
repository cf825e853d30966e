#!/usr/bin/env bash
# Every string the sources show people has a finished translation in each catalog: msgcmp counts a
# missing, untranslated or fuzzy entry as missing, and names it. Fix: bash po/update-template.sh, translate.
set -euo pipefail
source_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash "$source_dir/po/extract.sh" "$work/current.pot"
status=0
for catalog in "$source_dir"/po/*.po; do
  if ! msgcmp "$catalog" "$work/current.pot"; then
    echo "$catalog: not every string is translated (see above); run po/update-template.sh and translate" >&2
    status=1
  fi
done
exit "$status"
