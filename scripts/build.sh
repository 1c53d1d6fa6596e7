#!/usr/bin/env bash
# Configures and builds Reskontra into build/ (or $BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
echo "==> Configuring ($BUILD_TYPE) in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" >/dev/null
echo "==> Building ($(nproc) jobs)"
cmake --build "$BUILD_DIR" -j "$(nproc)"
