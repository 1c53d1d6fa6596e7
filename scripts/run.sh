#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, creates a demo
# ledger on first start and launches the GUI on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
LEDGER=${RESKONTRA_DB:-$PWD/$BUILD_DIR/demo-ledger.sqlite}
DEMO_INVOICES=${DEMO_INVOICES:-20000}
if [ ! -f "$LEDGER" ]; then
    echo "==> First start: creating a demo ledger with $DEMO_INVOICES invoices at $LEDGER"
    "$BUILD_DIR/app/reskontra-cli" --db "$LEDGER" demo --invoices "$DEMO_INVOICES" --seed 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    SHOT="$PWD/$BUILD_DIR/reskontra-screenshot.png"
    echo "==> No display: starting Reskontra offscreen and saving a screenshot to $SHOT"
    QT_QPA_PLATFORM=offscreen "$BUILD_DIR/app/reskontra" --db "$LEDGER" --screenshot "$SHOT"
    exit 0
fi
echo "==> Starting Reskontra on $LEDGER"
exec "$BUILD_DIR/app/reskontra" --db "$LEDGER" "$@"
