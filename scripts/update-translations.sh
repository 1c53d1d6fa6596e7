#!/usr/bin/env bash
# Refreshes translations/reskontra_sv.ts and reskontra_en.ts from the tr()
# strings in ui/, app/, core/ and render/ (lupdate), then gives every Swedish message
# its source text as translation: Swedish is the source language.
#
# English: new or changed messages are left type="unfinished" — translate them
# in Qt Linguist (linguist translations/reskontra_en.ts) or by hand, and run
# tests/ui/tst_translations (ctest -R tst_translations) to see what is left.
set -euo pipefail
cd "$(dirname "$0")/.."

find_lupdate() {
    local bins
    bins=$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null || true)
    for candidate in "${LUPDATE:-}" "$bins/lupdate" /usr/lib/qt6/bin/lupdate \
                     "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            echo "$candidate"
            return
        fi
    done
    echo "lupdate (Qt 6) not found: install qt6-l10n-tools or set LUPDATE" >&2
    exit 1
}

LUPDATE=$(find_lupdate)
# The same source folders as tests/ui/tst_translations.cpp.
"$LUPDATE" -silent -locations relative -no-obsolete ui app core render \
    -ts translations/reskontra_sv.ts translations/reskontra_en.ts

# sv: translation = source for every unfinished message (also one lupdate
# pre-filled from a similar old text); plural messages get the source in each
# form. perl-base is part of every Debian.
perl -0pi -e '
    s{(<source>((?:(?!</source>).)*)</source>
       (?:\s*<(comment|extracomment|translatorcomment)>(?:(?!</).)*</\3>)*
       \s*)<translation\ type="unfinished">((?:(?!</translation>).)*)</translation>}
     {my ($head, $source, $old) = ($1, $2, $4);
      my $text = $old =~ /<numerusform/
          ? $old =~ s{<numerusform>.*?</numerusform>}{<numerusform>$source</numerusform>}gsr
          : $source;
      "$head<translation>$text</translation>"}gsxe' translations/reskontra_sv.ts

unfinished=$(grep -c 'type="unfinished"' translations/reskontra_en.ts || true)
echo "reskontra_sv.ts: $(grep -c '<message' translations/reskontra_sv.ts) messages"
echo "reskontra_en.ts: $unfinished message(s) still to translate (type=\"unfinished\")"
