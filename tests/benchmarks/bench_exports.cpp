// Benchmark: the Inbetalningslista (handbook 5.2) of a whole big ledger
// (~1 M transactions) exported to CSV and XLSX. ARCHITECTURE.md budget:
// a 1 M-row export < 10 s each.
//
//   bench_exports LEDGER [--cli PATH] [--runs N] [--budget-ms MS] [--keep DIR]
//   bench_exports --make LEDGER --invoices N   (makes the demo ledger first)
//
// Measures, N times each (default 3, the median is compared):
// - the list streamed from the ledger in-process (PaymentListQuery::writeAll
//   into a writer that only counts): the core's share;
// - `reskontra-cli report inbetalningslista --out FILE.csv` and `… FILE.xlsx`
//   as whole processes: what a scheduled export costs (open the ledger, run
//   the query, write the file). The benchmarks link core only, so the render
//   module is reached through the CLI that ships it.
// Make the 1 M-invoice ledger with bench_demo --keep FILE or
// `reskontra-cli demo --invoices 1000000`, or with --make here. Exits 1 when
// a median is over budget. Not run by ctest.
#include "demo/demogenerator.h"
#include "reports/paymentforecast.h"
#include "reports/paymentlist.h"
#include "reports/paymentsearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

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

// CPU seconds (user + system) of this process or of its finished children:
// on a shared, busy machine the wall clock says more about the neighbours.
qint64 cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000
           + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

QString defaultCli()
{
    // build/tests/benchmarks/bench_exports -> build/app/reskontra-cli
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
        std::fprintf(stderr, "usage: bench_exports LEDGER [--cli PATH] [--runs N] [--budget-ms MS] "
                             "[--keep DIR]\n       bench_exports --make LEDGER --invoices N\n");
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

    // The whole ledger: every transaction date.
    const QString from = QStringLiteral("1900-01-01");
    const QString to = QStringLiteral("2099-12-31");
    int status = 0;
    {
        auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
        PaymentListCriteria c;
        c.transactionFrom = QDate(1900, 1, 1);
        c.transactionTo = QDate(2099, 12, 31);
        QList<qint64> times;
        QList<qint64> cpu;
        CountingWriter w;
        for (int i = 0; i < runs; ++i) {
            PaymentListQuery q(*db, c);
            w = CountingWriter();
            QElapsedTimer t;
            const qint64 cpu0 = cpuMs(RUSAGE_SELF);
            t.start();
            q.writeAll(w);
            times << t.elapsed();
            cpu << cpuMs(RUSAGE_SELF) - cpu0;
        }
        std::printf("in-process stream  median %6lld ms wall, %6lld ms CPU  %lld rows (%s)  "
                    "(core only, no file)\n",
                    median(times), median(cpu), w.rows, qPrintable(w.total.label));
    }

    // What the screens do first (count, then the first page of 200), per
    // search field of Sök inbetalningar and for a month's Inbetalningslista.
    {
        auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
        const QDate last = toDate(db->scalar(QStringLiteral(
            "SELECT MAX(transaction_date) FROM ledger_transaction")));
        auto timeIt = [&](const char *label, ReportPager &pager) {
            QElapsedTimer t;
            t.start();
            const qint64 n = pager.rowCount();
            const qint64 countMs = t.elapsed();
            pager.rows(0, 200);
            std::printf("screen %-44s count %8lld in %5lld ms, first page after %5lld ms\n",
                        label, n, countMs, t.elapsed());
        };
        using F = PaymentSearch::Field;
        struct S
        {
            const char *label;
            F field;
        };
        for (const S &s : {S{"5.1 newest, company 001", F::Newest},
                           S{"5.1 date from a month ago, company 001", F::TransactionDate},
                           S{"5.1 method from B, company 001", F::Method},
                           S{"5.1 amount from 1 000,00, company 001", F::Amount},
                           S{"5.1 invoice from 04, company 001", F::InvoiceNumber}}) {
            PaymentSearch c;
            c.field = s.field;
            c.companyFrom = QStringLiteral("001");
            c.date = last.addMonths(-1);
            c.method = QStringLiteral("B");
            c.amount = Money::fromKronor(1000);
            c.invoiceNumber = QStringLiteral("04");
            PaymentSearchQuery q(*db, c);
            timeIt(s.label, q);
        }
        PaymentListCriteria month;
        month.companyFrom = QStringLiteral("001");
        month.companyTo = QStringLiteral("002");
        month.transactionFrom = QDate(last.year(), last.month(), 1);
        month.transactionTo = last;
        PaymentListQuery monthList(*db, month);
        timeIt("5.2 the last month, companies 001-002", monthList);
        PaymentListCriteria everything;
        PaymentListQuery all(*db, everything);
        timeIt("5.2 the whole ledger", all);
        PaymentForecastCriteria f;
        f.dueFrom = last;
        f.period = PaymentForecastCriteria::Period::Week;
        PaymentForecastQuery forecast(*db, f);
        timeIt("5.3 per week from the last payment date", forecast);
    }

    if (!QFileInfo(cli).isExecutable()) {
        std::printf("reskontra-cli not found at %s (give --cli PATH): file exports skipped\n",
                    qPrintable(cli));
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    for (const char *suffix : {"csv", "xlsx"}) {
        const QString out
            = QDir(dir).filePath(QStringLiteral("inbetalningslista.") + QLatin1String(suffix));
        QList<qint64> times;
        QList<qint64> cpu;
        QString summary;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(out);
            QProcess p;
            QElapsedTimer t;
            const qint64 cpu0 = cpuMs(RUSAGE_CHILDREN);
            t.start();
            p.start(cli, {QStringLiteral("--db"), ledger, QStringLiteral("report"),
                          QStringLiteral("inbetalningslista"), QStringLiteral("--from"), from,
                          QStringLiteral("--to"), to, QStringLiteral("--out"), out});
            p.waitForFinished(-1);
            times << t.elapsed();
            cpu << cpuMs(RUSAGE_CHILDREN) - cpu0;
            if (p.exitCode() != 0) {
                std::printf("%s export failed: %s\n", suffix,
                            qPrintable(QString::fromUtf8(p.readAllStandardError())));
                return 1;
            }
            summary = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        }
        const qint64 m = median(times);
        const bool ok = m <= budget;
        if (!ok)
            status = 1;
        std::printf("%-4s export (cli)   median %6lld ms wall, %6lld ms CPU (min wall %lld, max "
                    "%lld)  %s  %.1f MB  budget %lld ms %s\n",
                    suffix, m, median(cpu), *std::min_element(times.begin(), times.end()),
                    *std::max_element(times.begin(), times.end()), qPrintable(summary),
                    QFileInfo(out).size() / 1e6, budget, ok ? "OK" : "OVER");
    }
    return status;
}
