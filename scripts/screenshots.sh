#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png, the README's "Screens": configures the
# build like scripts/build.sh, builds only the screen tour
# (tests/ui/tst_screentour.cpp) and runs it offscreen. The tour generates its
# own demo ledger (seed 1, today 2026-11-26; $TOUR_INVOICES invoices, 20 000
# by default), opens the main window at 1280 × 800 and goes through the
# screens by keyboard, saving the window at each stop.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
OUT=${OUT:-docs/screenshots}
TOUR_INVOICES=${TOUR_INVOICES:-20000}

echo "==> Building the screen tour in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target ui_tst_screentour

mkdir -p "$OUT"
echo "==> Taking the screenshots ($TOUR_INVOICES demo invoices) into $OUT"
# Swedish number formats ("12 656 fakturor"), as on a clerk's desktop.
RESKONTRA_SCREENSHOT_DIR="$PWD/$OUT" RESKONTRA_TOUR_INVOICES="$TOUR_INVOICES" \
    QT_QPA_PLATFORM=offscreen LC_ALL=sv_SE.UTF-8 \
    "$BUILD_DIR/tests/ui_tst_screentour" -silent
ls -l "$OUT"/*.png
