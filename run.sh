#!/usr/bin/env bash
# Start Visitation Desktop (sets up what is missing first). Extra arguments go to the program,
# e.g. ./run.sh --demo
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh run
exec .venv/bin/visitation-desktop "$@"
