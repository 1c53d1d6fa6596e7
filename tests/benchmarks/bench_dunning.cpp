// Benchmark: the dunning kontrollista over a big ledger (ARCHITECTURE.md
// budget: < 5 s over the whole 1 M-invoice ledger) and the core of the run.
//
//   bench_dunning LEDGER [--runs N] [--letters N] [--work-copy FILE]
//
// 1. Copies LEDGER to the work copy (the run changes it; not timed).
// 2. Kontrollista (DunningRun::plan) over every company and routine on the
//    ledger's today: once to warm up, then N times (default 3); the median
//    against the budget.
// 3. Finds the invoice-number range that gives about --letters letters
//    (default 20 000) and prints it as "RANGE <from>-<to>" for scripts/bench.sh,
//    which times `reskontra-cli dunning run --invoice <range> --pdf` as a whole
//    process on the work copy (the run with its PDF, budget < 60 s).
// Exits 1 when the kontrollista is over budget. Not run by ctest.
#include "dunning/dunningplanner.h"
#include "dunning/dunningrun.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace rsk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_dunning LEDGER [--runs N] [--letters N] "
                             "[--work-copy FILE]\n");
        return 2;
    }
    const QString ledger = args.at(1);
    int runs = 3;
    int letters = 20000;
    QString copy = ledger + QStringLiteral(".dunning.sqlite");
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--letters"))
            letters = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--work-copy"))
            copy = args.at(i + 1);
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(ledger, copy)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(ledger), qPrintable(copy));
        return 2;
    }
    try {
        auto db = Database::open(copy, Database::OpenMode::OpenExisting);
        db->setUser(QStringLiteral("bench"));
        const qint64 invoices = db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong();
        DunningSelection s;
        s.runDate = db->today();
        DunningRun run(*db);
        QList<qint64> times;
        DunningRunResult plan;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer t;
            t.start();
            plan = run.plan(s);
            if (i > 0)
                times << t.elapsed();
        }
        std::sort(times.begin(), times.end());
        {
            // Where the time goes: reading the open claims alone, and the
            // next-step decisions (with interest) on top of it.
            DunningPlanner planner(*db);
            const DunningSelection checked = DunningPlanner::checked(s);
            QElapsedTimer t;
            t.start();
            qint64 candidates = 0;
            planner.forEachCandidate(checked, [&](const DunningCandidate &) { ++candidates; });
            const qint64 scan = t.restart();
            qint64 steps = 0;
            planner.forEachCandidate(checked, [&](const DunningCandidate &c) {
                steps += planner.plan(c, checked, nullptr).has_value();
            });
            std::printf("  reading %lld open claims: %lld ms; with the step decisions: %lld ms\n",
                        candidates, scan, t.elapsed());
        }
        const qint64 median = times.at(times.size() / 2);
        std::printf("kontrollista over %lld invoices on %s: %lld letters (%d reminder 1, %d "
                    "reminder 2, %d collection, %d residual), %lld skipped by codes\n",
                    invoices, qPrintable(s.runDate.toString(Qt::ISODate)),
                    qint64(plan.items.size()), plan.count(DunningStep::Reminder1),
                    plan.count(DunningStep::Reminder2), plan.count(DunningStep::Collection),
                    plan.count(DunningStep::Residual), qint64(plan.skipped.size()));
        std::printf("  median %lld ms, slowest %lld ms of %d runs (budget 5000 ms) %s\n", median,
                    times.last(), runs, median < 5000 ? "OK" : "OVER BUDGET");

        // The invoice-number range with about `letters` letters, over all companies.
        QStringList numbers;
        for (const DunningItem &i : plan.items)
            numbers << i.invoiceNumber;
        std::sort(numbers.begin(), numbers.end());
        if (!numbers.isEmpty()) {
            const int last = std::min(int(numbers.size()), letters) - 1;
            std::printf("RANGE %s-%s\n", qPrintable(numbers.first()), qPrintable(numbers.at(last)));
        }
        return median < 5000 ? 0 : 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_dunning: %s\n", e.what());
        return 2;
    }
}
