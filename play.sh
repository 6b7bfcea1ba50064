#!/usr/bin/env bash
# Starts the game, setting up .venv on first run. Arguments go to the game:
#   ./play.sh --chapter 3     ./play.sh --fullscreen     ./play.sh lint
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
source "$ROOT/tools/bootstrap.sh"
exec "$ROOT/.venv/bin/python" -m game "$@"
