#!/usr/bin/env bash
# Runs the whole test suite, setting up .venv with the test extras on first run.
# The end-to-end window tests need Xvfb and xdotool; .ci/run installs them. The
# standalone-build tests need the dist extra (EXTRAS=test,dist ./test.sh; .ci/run does).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
EXTRAS="${EXTRAS:-test}" source "$ROOT/tools/bootstrap.sh"
cd "$ROOT"
exec "$ROOT/.venv/bin/python" -m pytest "$@"
