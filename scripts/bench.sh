#!/usr/bin/env bash
# Performance benchmarks against the budget in ARCHITECTURE.md (never run by
# ctest): builds Release into build-bench/ (or $BUILD_DIR), generates the
# 1 M-invoice demo ledger (kept, path printed), runs every Sök faktura search
# on it, times `reskontra-cli invoice search` as a whole process, imports a
# 100 000-payment BgMax file into a copy, exports the payment list, runs the
# dunning kontrollista over the ledger and a 20 000-letter dunning run with its PDF.
#
#   scripts/bench.sh                 # 1 000 000 invoices
#   BENCH_INVOICES=200000 scripts/bench.sh
#   BENCH_LEDGER=/path/ledger.sqlite BENCH_REUSE=1 scripts/bench.sh   # search only
#
# Exits 1 if a benchmark is over budget.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build-bench}
INVOICES=${BENCH_INVOICES:-1000000}
LEDGER=${BENCH_LEDGER:-$PWD/$BUILD_DIR/demo-1m.sqlite}
REUSE=${BENCH_REUSE:-0}
SEARCH_RUNS=${BENCH_SEARCH_RUNS:-20}
CLI_RUNS=${BENCH_CLI_RUNS:-10}
BENCH_BIN="$BUILD_DIR/tests/benchmarks"
CLI="$BUILD_DIR/app/reskontra-cli"
status=0

echo "==> Configuring and building Release in $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESKONTRA_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_demo bench_search
have_cli=1
if ! cmake --build "$BUILD_DIR" -j "$(nproc)" --target reskontra-cli >/dev/null 2>&1; then
    echo "    (reskontra-cli did not build: the end-to-end timing is skipped)"
    have_cli=0
fi

echo
if [ "$REUSE" = "1" ] && [ -f "$LEDGER" ]; then
    echo "==> Reusing the ledger $LEDGER"
else
    echo "==> Generating the demo ledger: $INVOICES invoices (budget 120 s for 1 000 000)"
    rm -f "$LEDGER" "$LEDGER-wal" "$LEDGER-shm" "$LEDGER-journal"
    "$BENCH_BIN/bench_demo" "$INVOICES" --keep "$LEDGER" || status=1
fi
echo "    ledger kept at $LEDGER"

echo
echo "==> Sök faktura, first page of 50 (budget 50 ms)"
"$BENCH_BIN/bench_search" "$LEDGER" --runs "$SEARCH_RUNS" || status=1

if [ "$have_cli" = "1" ]; then
    echo
    echo "==> reskontra-cli invoice search as a whole process ($CLI_RUNS runs after 1 warm-up;"
    echo "    process start + opening the ledger + the search + printing)"
    for prefix in And Lars Ö; do
        if ! "$CLI" --db "$LEDGER" invoice search --name "$prefix" >/dev/null 2>&1; then
            echo "    --name $prefix: skipped, reskontra-cli has no working 'invoice search' yet"
            continue
        fi
        times=()
        for _ in $(seq "$CLI_RUNS"); do
            start=$(date +%s%N)
            "$CLI" --db "$LEDGER" invoice search --name "$prefix" >/dev/null
            end=$(date +%s%N)
            times+=($(( (end - start) / 1000000 )))
        done
        sorted=($(printf '%s\n' "${times[@]}" | sort -n))
        median=${sorted[$(( ${#sorted[@]} / 2 ))]}
        rss="?"
        if [ -x /usr/bin/time ]; then
            rss=$( { /usr/bin/time -f '%M' "$CLI" --db "$LEDGER" invoice search --name "$prefix" \
                     >/dev/null; } 2>&1 | tail -1) || rss="?"
        fi
        printf '    --name %-5s median %4d ms, min %4d ms, max %4d ms, peak RSS %s kB\n' \
            "$prefix" "$median" "${sorted[0]}" "${sorted[-1]}" "$rss"
    done
fi

echo
echo "==> BgMax import of 100 000 payments into a copy of the ledger (budget 10 s)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_bgmax_import >/dev/null
"$BENCH_BIN/bench_bgmax_import" --ledger "$LEDGER" || status=1

echo
echo "==> BgMax parse of 100 000 payments"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_bgmax_parse >/dev/null
"$BENCH_BIN/bench_bgmax_parse" || status=1

echo
echo "==> Inbetalningslista of the whole ledger to CSV and XLSX (budget 10 s each)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_exports reskontra-cli >/dev/null
"$BENCH_BIN/bench_exports" "$LEDGER" --cli "$CLI" || status=1

echo
echo "==> Dunning kontrollista over the whole ledger (budget 5 s)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_dunning reskontra-cli >/dev/null
WORK="$BUILD_DIR/dunning-work.sqlite"
dunning_out=$("$BENCH_BIN/bench_dunning" "$LEDGER" --work-copy "$WORK" --letters 20000) || status=1
echo "$dunning_out" | grep -v '^RANGE'
range=$(echo "$dunning_out" | sed -n 's/^RANGE //p')
if [ -n "$range" ]; then
    echo
    echo "==> Dunning run producing about 20 000 letters as one PDF, reskontra-cli as a whole"
    echo "    process on a copy (--invoice $range; budget 60 s)"
    pdf="$BUILD_DIR/dunning-letters.pdf"
    rm -f "$pdf"
    start=$(date +%s%N)
    "$CLI" --db "$WORK" dunning run --date "$(date +%F)" --invoice "$range" --pdf "$pdf" \
        | head -3 | sed 's/^/    /'
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
    printf '    %d ms, %s pages, %s bytes (budget 60000 ms) %s\n' "$ms" "${pages:-?}" \
        "$(stat -c %s "$pdf" 2>/dev/null || echo ?)" "$([ "$ms" -lt 60000 ] && echo OK || echo 'OVER BUDGET')"
    [ "$ms" -lt 60000 ] || status=1
    rm -f "$WORK" "$WORK-wal" "$WORK-shm"
fi

echo
echo "==> Saldolista of the whole ledger to CSV and XLSX (budget 10 s each)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_saldolista reskontra-cli >/dev/null
"$BENCH_BIN/bench_saldolista" "$LEDGER" --cli "$CLI" || status=1

echo
echo "==> Sök faktura list model: first rows and deep scrolling (budgets 1 s / 50 ms)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_claimsearchmodel >/dev/null
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$BENCH_BIN/bench_claimsearchmodel" "$LEDGER" || status=1

echo
echo "==> Statistik queries (no budget line in ARCHITECTURE.md; the screen runs them off the GUI thread)"
cmake --build "$BUILD_DIR" -j "$(nproc)" --target bench_statistics >/dev/null
"$BENCH_BIN/bench_statistics" "$LEDGER" || status=1

echo
if [ "$status" = "0" ]; then
    echo "==> All benchmarks within budget"
else
    echo "==> Over budget (see above)"
fi
exit "$status"
