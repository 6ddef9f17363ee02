#!/usr/bin/env bash
# Collect the GUI's tr() strings into resources/i18n/*.ts (Danish source, English translation).
# Then open the .ts in pyside6-linguist to translate; the start scripts build the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
# domain/ holds the program's own messages (findings, SMART checks), marked with QT_TRANSLATE_NOOP;
# so do the services and store errors that build text the GUI shows (summary page, standard note, autosave).
mapfile -t sources < <(find src/visitation_desktop/gui src/visitation_desktop/domain -name '*.py' ! -path '*/generated/*' | sort;
                       grep -l QT_TRANSLATE_NOOP src/visitation_desktop/services/*.py src/visitation_desktop/store/*.py; ls ui/*.ui)
.venv/bin/pyside6-lupdate -no-obsolete -locations none -source-language da -target-language en "${sources[@]}" -ts resources/i18n/visitation_en.ts
