#!/usr/bin/env bash
# Build the one-folder bundle dist/visitation-desktop/ (no Python needed on the laptop) from
# installer/visitation-desktop.spec, the same spec the Windows build uses (installer/README.md).
# Usage: installer/build.sh   (after ./run.sh or ./test.sh has made .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q 'pyinstaller>=6,<7'
.venv/bin/python -m visitation_desktop.i18n_build
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/visitation-desktop.spec
.venv/bin/python installer/bundle_size.py dist/visitation-desktop
echo "Built dist/visitation-desktop/: visitation-desktop-gui (the program) and visitation-desktop (the command line)"
