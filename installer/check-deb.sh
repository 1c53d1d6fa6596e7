#!/usr/bin/env bash
# ctest installer/deb: builds the .deb with CPack in the build folder BUILD
# (into a temporary folder) and checks it: the files it must hold, its
# control fields (Package, Version, Depends), and that the reskontra-cli it
# holds runs from an extracted copy and prints its version.
#
#   installer/check-deb.sh BUILD VERSION
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BUILD VERSION" >&2; exit 2; }
build=$1
version=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/reskontra-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "==> cpack -G DEB in $build"
(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
}
debs=("$work"/out/reskontra_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "no single reskontra_*.deb in $work/out"
deb=${debs[0]}
[ "$(basename "$deb")" = "reskontra_${version}_$(dpkg --print-architecture).deb" ] ||
    fail "unexpected file name $(basename "$deb")"
echo "==> $(basename "$deb"): $(du -h "$deb" | cut -f1)"

echo "==> contents (dpkg-deb -c)"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/contents"
for f in /usr/bin/reskontra /usr/bin/reskontra-cli \
         /usr/share/applications/reskontra.desktop \
         /usr/share/icons/hicolor/scalable/apps/reskontra.svg \
         /usr/share/icons/hicolor/256x256/apps/reskontra.png \
         /usr/share/man/man1/reskontra-cli.1.gz \
         /usr/share/reskontra/translations/reskontra_sv.qm \
         /usr/share/reskontra/translations/reskontra_en.qm; do
    grep -qx "$f" "$work/contents" || fail "$f is not in the package"
    echo "    $f"
done
# Nothing from the build tree: no tests, benchmarks or static libraries.
if grep -E '(tst_|bench|\.a$|/include/)' "$work/contents"; then
    fail "build leftovers in the package"
fi

echo "==> control fields (dpkg-deb -I)"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Section | sed 's/^/    /'
[ "$(dpkg-deb -f "$deb" Package)" = reskontra ] || fail "Package is not reskontra"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
         libqt6charts6 libqt6printsupport6 libqt6pdf6 libxlsxwriter libsodium fonts-dejavu-core; do
    # A whole package name, "libxlsxwriter" and "libsodium" with their soname.
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -q "^$p" ||
        fail "Depends lacks $p: $depends"
done
# Whole outputs into variables first: with pipefail, "cmd | grep -q" fails
# now and then, when grep stops reading and cmd dies of SIGPIPE.
info=$(dpkg-deb -I "$deb")
grep -q "Description: Kundreskontra" <<<"$info" || fail "no description"

echo "==> extracted reskontra-cli --version"
dpkg-deb -x "$deb" "$work/root"
out=$("$work/root/usr/bin/reskontra-cli" --version)
echo "    $out"
[ "$out" = "reskontra-cli $version" ] || fail "reskontra-cli --version printed \"$out\""
# Stripped: no debug sections left.
sections=$(readelf -S "$work/root/usr/bin/reskontra-cli")
if grep -q '\.debug_info' <<<"$sections"; then
    fail "reskontra-cli is not stripped"
fi

echo "==> manual page"
gzip -t "$work/root/usr/share/man/man1/reskontra-cli.1.gz"
zcat "$work/root/usr/share/man/man1/reskontra-cli.1.gz" >"$work/reskontra-cli.1"
grep -q "^\.TH RESKONTRA-CLI 1 .*Reskontra $version" "$work/reskontra-cli.1" ||
    fail "the manual page has no .TH line for version $version"
for word in backup restore "dunning run" "import bgmax" EXIT; do
    grep -q "$word" "$work/reskontra-cli.1" || fail "the manual page does not mention $word"
done
if command -v groff >/dev/null; then
    warnings=$(groff -man -Tutf8 -ww -z "$work/reskontra-cli.1" 2>&1)
    [ -z "$warnings" ] || fail "groff warns about the manual page: $warnings"
fi

echo "==> desktop entry"
entry="$work/root/usr/share/applications/reskontra.desktop"
grep -qx "Exec=reskontra" "$entry" || fail "desktop entry does not start reskontra"
grep -qx "Icon=reskontra" "$entry" || fail "desktop entry has no Icon=reskontra"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$entry"
fi
echo "OK"
