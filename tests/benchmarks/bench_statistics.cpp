// Benchmark: Statistik (core/reports/statistics.h) on a big ledger.
//
//   bench_statistics LEDGER [--runs N] [--company NNN]
//
// Runs every statistic over the whole ledger and over one company (default
// 001), once to warm up and then N times (default 5), and prints the median
// and the slowest run of each, and the rows and total it found.
// ARCHITECTURE.md has no budget line for statistics; what is measured here
// is whether a query is over 100 ms, the point above which a screen must not
// run it on the GUI thread (the Statistik screen and the Startsida always
// read through ui/widgets/statisticsloader, a worker thread). Make the
// ledger with bench_demo --keep FILE (or reskontra-cli demo); opening it
// runs pending migrations, so benchmark a copy. Not run by ctest.
#include "reports/statistics.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rsk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    QString company = QStringLiteral("001");
    int runs = 5;
    bool usage = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--company") && i + 1 < args.size())
            company = args.at(++i);
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else
            usage = true;
    }
    if (usage || path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_statistics LEDGER [--runs N] [--company NNN]\n");
        return 2;
    }
    try {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        const qint64 invoices =
            db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong();
        const qint64 open =
            db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE balance_ore > 0"))
                .toLongLong();
        std::printf("bench_statistics: %s, %lld invoices (%lld open), today %s, %d runs after 1 "
                    "warm-up\n",
                    qPrintable(path), static_cast<long long>(invoices),
                    static_cast<long long>(open), qPrintable(db->today().toString(Qt::ISODate)),
                    runs);
        std::printf("No budget line for statistics in ARCHITECTURE.md; > 100 ms means it must "
                    "not run on the GUI thread (it does not: StatisticsLoader).\n\n");
        std::printf("%-48s %-8s %5s %14s %10s %10s  %s\n", "statistic", "scope", "rows", "total",
                    "median ms", "max ms", "");
        Statistics statistics(*db);
        int slow = 0;
        for (const QString &scope : {QString(), company}) {
            for (StatisticKind kind : Statistics::kinds()) {
                StatisticsOptions o;
                o.company = scope;
                Statistic s = statistics.compute(kind, o); // warm-up
                QList<double> times;
                for (int i = 0; i < runs; ++i) {
                    QElapsedTimer t;
                    t.start();
                    s = statistics.compute(kind, o);
                    times.append(double(t.nsecsElapsed()) / 1e6);
                }
                std::sort(times.begin(), times.end());
                const double median = times.at(times.size() / 2);
                const bool background = median > 100.0;
                slow += background ? 1 : 0;
                // Padded as characters, not bytes (å, ä, ö).
                std::printf("%s %-8s %5lld %14lld %10.1f %10.1f  %s\n",
                            qPrintable(Statistics::title(kind).leftJustified(48)),
                            qPrintable(scope.isEmpty() ? QStringLiteral("all") : scope),
                            static_cast<long long>(s.rows.size()),
                            static_cast<long long>(s.total()), median, times.last(),
                            background ? "> 100 ms: off the GUI thread" : "");
            }
        }
        std::printf("\n%d of %lld queries over 100 ms (all run in StatisticsLoader's worker "
                    "thread)\n",
                    slow, static_cast<long long>(Statistics::kinds().size() * 2));
        return 0;
    } catch (const LedgerError &e) {
        std::fprintf(stderr, "bench_statistics: %s\n", qPrintable(e.message()));
        return 1;
    }
}
