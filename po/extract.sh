#!/usr/bin/env bash
# Writes the catalog template of every user-facing string in the sources to $1 (default po/trygg.pot).
set -euo pipefail
cd "$(dirname "$0")/.."
xgettext --from-code=UTF-8 --language=C++ --keyword=tr --keyword=trf --keyword=trn:1,2 --keyword=trfn:1,2 --keyword=N_ \
  --keyword=add_button:1 --keyword=row:1 --keyword=add_form_row:3 --keyword=fact:1 --package-name=trygg --msgid-bugs-address=none \
  -o "${1:-po/trygg.pot}" core/src/*.cpp core/sdk/src/*.cpp core/sdk/include/trygg/sdk/*.hpp gui/*.cpp gui/*.hpp gui/sdk/include/trygg/gui_sdk/*.hpp cli/*.cpp \
  plugins/*/src/*.cpp plugins/*/gui/*.cpp
# The bundled plugins' XML content that people read (names, labels, checklist texts, scales, forms), by
# the rules in po/content.its; merged into the same template.
content_pot="$(mktemp)"
trap 'rm -f "$content_pot"' EXIT
xgettext --its=po/content.its --from-code=UTF-8 -o "$content_pot" plugins/*/plugin.xml plugins/*/content/checklist*.xml \
  plugins/*/content/risk*.xml plugins/*/content/min-plan.xml plugins/*/content/consent.xml plugins/*/content/instruments/*.xml
msgcat --use-first -o "${1:-po/trygg.pot}" "${1:-po/trygg.pot}" "$content_pot"
