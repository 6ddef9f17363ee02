#!/usr/bin/env bash
# Run every check: lint (ruff), types (mypy) and the tests (pytest, Qt offscreen).
# Sets up what is missing first. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check src tests benchmarks
.venv/bin/mypy
exec .venv/bin/pytest -q "$@"
