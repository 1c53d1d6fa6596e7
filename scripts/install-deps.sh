#!/usr/bin/env bash
# Installs the Debian 12 packages Reskontra needs to build, run and test
# (ARCHITECTURE.md "Debian 12 packages"). Installs only what is missing.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    qt6-pdf-dev  # Visa > Sparade utskrifter: stored PDFs shown and printed (QPdfDocument)
    libxlsxwriter-dev libsodium-dev
    qt6-translations-l10n  # Qt's own dialog buttons in Swedish (Avbryt, not Cancel)
    postgresql-client  # backup/restore of a PostgreSQL ledger: pg_dump, pg_restore, psql
    poppler-utils xvfb xauth fonts-dejavu-core unzip
    postgresql  # the throw-away server of the integration-pg tests (scripts/pg-test-cluster.sh)
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "==> All build packages are installed."
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo: missing ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
echo "==> Installing missing packages: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
