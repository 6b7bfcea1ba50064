#!/usr/bin/env bash
# Sourced by play.sh and test.sh: makes .venv with what the game (and, with
# EXTRAS=test, the tests) need, reinstalling only when pyproject.toml changes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.13 python3.12 python3.11 python3 python; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PY="$cand"; break
    fi
  done
fi
if [ -z "$PY" ]; then
  echo "error: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "Setting up $VENV ..." >&2
  "$PY" -m venv "$VENV" || { echo "error: could not create a virtual environment (on Debian: apt-get install python3-venv)" >&2; exit 1; }
fi
EXTRAS="${EXTRAS:-}"
stamp="$VENV/.installed-$(cat "$ROOT/pyproject.toml" | cksum | cut -d' ' -f1)-${EXTRAS:-base}"
if [ ! -f "$stamp" ]; then
  spec="$ROOT"
  [ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
  echo "Installing what the game needs into $VENV (pygame-ce, pygame_gui, platformdirs, Babel, pyttsx3${EXTRAS:+, and the $EXTRAS extras})." >&2
  echo "This happens once and takes about half a minute; the game starts when it is done..." >&2
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec" >&2
  touch "$stamp"
fi
