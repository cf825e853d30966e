#!/usr/bin/env bash
# Regenerates po/trygg.pot from the sources and merges it into each catalog: run after changing
# user-facing text, then translate the entries msgmerge marks as new or fuzzy.
set -euo pipefail
cd "$(dirname "$0")/.."
xgettext --from-code=UTF-8 --language=C++ --keyword=tr --keyword=trf --keyword=N_ \
  --keyword=add_button:1 --keyword=row:1 --keyword=add_form_row:3 --package-name=trygg --msgid-bugs-address=none \
  -o po/trygg.pot core/src/*.cpp core/sdk/src/*.cpp gui/*.cpp gui/*.hpp gui/sdk/include/trygg/gui_sdk/*.hpp cli/*.cpp \
  plugins/*/src/*.cpp plugins/*/gui/*.cpp
for catalog in po/*.po; do
  msgmerge --quiet --update --backup=none "$catalog" po/trygg.pot
done
