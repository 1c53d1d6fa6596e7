// Benchmark: the Saldolista (handbook 6.4) of a whole big ledger (1 M
// claims) exported to CSV and XLSX. ARCHITECTURE.md budgets: the saldolista
// CSV/XLSX export of 1 M rows < 10 s each; first rows of the Saldolista
// screen < 1 s.
//
//   bench_saldolista LEDGER [--cli PATH] [--runs N] [--budget-ms MS] [--keep DIR]
//   bench_saldolista --make LEDGER --invoices N   (makes the demo ledger first)
//
// Measures, N times each (default 3; the median is compared):
// - the list streamed in-process (SaldolistaQuery::writeAll into a writer
//   that only counts), now and as of a date (rebuilt from the transactions);
// - what the screen does first (the counting pass, then a page of 200) for
//   the screen's default selection and for the whole ledger;
// - `reskontra-cli report saldolista --out FILE.csv` and `… FILE.xlsx` as
//   whole processes, for all claims (the budget) and as of a date.
// Wall and CPU time are both printed: on a shared, busy machine the CPU time
// says more about the program. Exits 1 when a file export's median is over
// budget. Not run by ctest.
#include "demo/demogenerator.h"
#include "reports/saldolista.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace rsk;

namespace {

class CountingWriter : public ReportWriter
{
public:
    void begin(const ReportLayout &) override {}
    void addRow(const ReportRow &row) override
    {
        ++rows;
        if (row.type == ReportRow::Type::Total)
            total = row;
    }
    void finish() override {}
    qint64 rows = 0;
    ReportRow total;
};

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

qint64 cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

QString defaultCli()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../app/reskontra-cli"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    const QString make = option(QStringLiteral("--make"), QString());
    const qint64 invoices
        = option(QStringLiteral("--invoices"), QStringLiteral("1000000")).toLongLong();
    const QString cli = option(QStringLiteral("--cli"), defaultCli());
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    const qint64 budget
        = option(QStringLiteral("--budget-ms"), QStringLiteral("10000")).toLongLong();
    const QString keep = option(QStringLiteral("--keep"), QString());
    const QString ledger = make.isEmpty() ? args.value(0) : make;
    if (ledger.isEmpty()) {
        std::fprintf(stderr, "usage: bench_saldolista LEDGER [--cli PATH] [--runs N] "
                             "[--budget-ms MS] [--keep DIR]\n"
                             "       bench_saldolista --make LEDGER --invoices N\n");
        return 2;
    }
    if (!make.isEmpty()) {
        auto db = Database::open(ledger, Database::OpenMode::CreateIfMissing);
        db->setUser(QStringLiteral("bench"));
        QElapsedTimer t;
        t.start();
        DemoOptions o;
        o.invoices = invoices;
        const DemoResult r = generateDemo(*db, o);
        std::printf("demo ledger %s: %lld invoices, %lld transactions in %lld ms\n",
                    qPrintable(ledger), r.invoices, r.transactions, t.elapsed());
    }

    QDate asOf;
    {
        auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
        const QDate last = toDate(db->scalar(
            QStringLiteral("SELECT MAX(transaction_date) FROM ledger_transaction")));
        asOf = QDate(last.year(), last.month(), 1).addDays(-1); // the last month end
        std::printf("ledger %s: %lld claims; as-of date %s\n", qPrintable(ledger),
                    db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong(),
                    qPrintable(asOf.toString(Qt::ISODate)));

        auto stream = [&](const char *label, const SaldolistaCriteria &c) {
            QList<qint64> times;
            QList<qint64> cpu;
            CountingWriter w;
            for (int i = 0; i < runs; ++i) {
                SaldolistaQuery q(*db, c);
                w = CountingWriter();
                QElapsedTimer t;
                const qint64 cpu0 = cpuMs(RUSAGE_SELF);
                t.start();
                q.writeAll(w);
                times << t.elapsed();
                cpu << cpuMs(RUSAGE_SELF) - cpu0;
            }
            std::printf("in-process stream %-22s median %6lld ms wall, %6lld ms CPU  %lld rows "
                        "(%s)\n",
                        label, median(times), median(cpu), w.rows, qPrintable(w.total.label));
        };
        SaldolistaCriteria all;
        stream("all claims, now", all);
        SaldolistaCriteria past;
        past.asOf = asOf;
        stream("all claims, as of", past);

        // The screen: the counting pass, then the first page.
        auto screen = [&](const char *label, const SaldolistaCriteria &c) {
            SaldolistaQuery q(*db, c);
            QElapsedTimer t;
            const qint64 cpu0 = cpuMs(RUSAGE_SELF);
            t.start();
            const qint64 n = q.rowCount();
            const qint64 countMs = t.elapsed();
            q.rows(0, 200);
            const qint64 firstMs = t.elapsed();
            q.rows(n / 2, 200);
            std::printf("screen %-44s %8lld rows: counted in %5lld ms, first page after %5lld "
                        "ms, a middle page %4lld ms more; %5lld ms CPU  (budget first rows "
                        "1000 ms)\n",
                        label, n, countMs, firstMs, t.elapsed() - firstMs,
                        cpuMs(RUSAGE_SELF) - cpu0);
        };
        SaldolistaCriteria opening; // what the screen has filled in
        opening.companyFrom = opening.companyTo = QStringLiteral("001");
        opening.onlyUnpaid = true;
        screen("company 001, only unpaid", opening);
        SaldolistaCriteria byName = all;
        byName.sort = SaldolistaCriteria::Sort::Name;
        screen("all claims, by name", byName);
        SaldolistaCriteria unpaidAsOf = opening;
        unpaidAsOf.asOf = asOf;
        screen("company 001, only unpaid, as of", unpaidAsOf);
    }

    if (!QFileInfo(cli).isExecutable()) {
        std::printf("reskontra-cli not found at %s (give --cli PATH): file exports skipped\n",
                    qPrintable(cli));
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    int status = 0;
    struct Export
    {
        const char *suffix;
        bool asOf;
    };
    for (const Export &e : {Export{"csv", false}, Export{"xlsx", false}, Export{"csv", true},
                            Export{"xlsx", true}}) {
        const QString out = QDir(dir).filePath(QStringLiteral("saldolista.")
                                               + QLatin1String(e.suffix));
        QStringList arguments = {QStringLiteral("--db"), ledger, QStringLiteral("report"),
                                 QStringLiteral("saldolista"), QStringLiteral("--out"), out};
        if (e.asOf)
            arguments << QStringLiteral("--as-of") << asOf.toString(Qt::ISODate);
        QList<qint64> times;
        QList<qint64> cpu;
        QString summary;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(out);
            QProcess p;
            QElapsedTimer t;
            const qint64 cpu0 = cpuMs(RUSAGE_CHILDREN);
            t.start();
            p.start(cli, arguments);
            p.waitForFinished(-1);
            times << t.elapsed();
            cpu << cpuMs(RUSAGE_CHILDREN) - cpu0;
            if (p.exitCode() != 0) {
                std::printf("%s export failed: %s\n", e.suffix,
                            qPrintable(QString::fromUtf8(p.readAllStandardError())));
                return 1;
            }
            summary = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        }
        const qint64 m = median(times);
        const bool ok = m <= budget;
        if (!ok)
            status = 1;
        std::printf("%-4s export (cli)%s median %6lld ms wall, %6lld ms CPU (min wall %lld, max "
                    "%lld)  %s  %.1f MB  budget %lld ms %s\n",
                    e.suffix, e.asOf ? " as of" : "      ", m, median(cpu),
                    *std::min_element(times.begin(), times.end()),
                    *std::max_element(times.begin(), times.end()), qPrintable(summary),
                    QFileInfo(out).size() / 1e6, budget, ok ? "OK" : "OVER");
    }
    return status;
}
