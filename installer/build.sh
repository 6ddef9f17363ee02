#!/usr/bin/env bash
# Build a one-folder bundle (dist/visitation-desktop/, ~180 MB) that runs without Python installed.
# Usage: installer/build.sh   (after ./run.sh or ./test.sh has made .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q 'pyinstaller>=6,<7'
.venv/bin/python -m visitation_desktop.i18n_build
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/visitation-desktop.spec
echo "Built dist/visitation-desktop/visitation-desktop"
