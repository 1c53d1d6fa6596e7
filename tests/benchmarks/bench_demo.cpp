// Benchmark: generate the demo ledger (ARCHITECTURE.md budget: 1,000,000
// invoices with their lines and transactions in < 120 s).
//
//   bench_demo [INVOICES] [--keep FILE] [--seed S] [--today YYYY-MM-DD]
//
// Writes into a temporary file (or FILE with --keep, which must not exist),
// prints the phases, the elapsed time and rows/s against the budget, and
// exits 1 when over budget. Not run by ctest (performance is measured by
// benchmarks, never by timed unit tests).
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace rsk;

namespace {

constexpr double kBudgetSeconds = 120.0;

void usage()
{
    std::fprintf(stderr, "usage: bench_demo [INVOICES] [--keep FILE] [--seed S] "
                         "[--today YYYY-MM-DD]\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 invoices = 1000000;
    QString keep;
    quint64 seed = 1;
    QDate today(2026, 11, 26);
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--keep") && i + 1 < args.size()) {
            keep = args.at(++i);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args.at(++i).toULongLong();
        } else if (a == QLatin1String("--today") && i + 1 < args.size()) {
            today = QDate::fromString(args.at(++i), Qt::ISODate);
        } else if (!a.startsWith(QLatin1Char('-')) && a.toLongLong() > 0) {
            invoices = a.toLongLong();
        } else {
            usage();
            return 2;
        }
    }
    if (!today.isValid()) {
        usage();
        return 2;
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("demo.sqlite")) : keep;
    if (QFile::exists(path)) {
        std::fprintf(stderr, "bench_demo: %s exists; give a new file\n", qPrintable(path));
        return 2;
    }
    // The generator's own phase timings (population, customers, invoices,
    // indexes, commit).
    QLoggingCategory::setFilterRules(QStringLiteral("reskontra.demo.info=true"));
    qSetMessagePattern(QStringLiteral("  %{message}"));

    try {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        db->setToday(today);
        std::printf("bench_demo: %lld invoices, seed %llu, today %s -> %s\n",
                    static_cast<long long>(invoices), static_cast<unsigned long long>(seed),
                    qPrintable(today.toString(Qt::ISODate)), qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        DemoOptions options;
        options.invoices = invoices;
        options.seed = seed;
        options.today = today;
        const DemoResult r = generateDemo(*db, options);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        db.reset();
        const qint64 rows = r.invoices + r.lines + r.transactions + r.customers;
        std::printf("  invoices %lld, lines %lld, transactions %lld, customers %lld\n",
                    static_cast<long long>(r.invoices), static_cast<long long>(r.lines),
                    static_cast<long long>(r.transactions), static_cast<long long>(r.customers));
        std::printf("  file %.0f MB\n", double(QFileInfo(path).size()) / 1e6);
        std::printf("generate %lld invoices: %.1f s (%.0f invoices/s, %.0f rows/s); "
                    "budget %.0f s for 1,000,000: %s\n",
                    static_cast<long long>(r.invoices), seconds, double(r.invoices) / seconds,
                    double(rows) / seconds, kBudgetSeconds,
                    seconds * 1e6 / double(r.invoices) <= kBudgetSeconds ? "OK" : "OVER");
        // Scaled to the budget's size, so a smaller run also says how it stands.
        return seconds * 1e6 / double(r.invoices) <= kBudgetSeconds ? 0 : 1;
    } catch (const LedgerError &e) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(e.message()));
        return 1;
    }
}
