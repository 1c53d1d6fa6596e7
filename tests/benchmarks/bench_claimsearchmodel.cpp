// Benchmark: the Sök faktura list model (ClaimSearchModel) on a big ledger.
// ARCHITECTURE.md budgets: opening Sök faktura on the 1 M ledger shows the
// first rows < 1 s; a search shows its first page < 50 ms. Scrolling deep
// into a list has no budget of its own; it is reported against the 1 s one.
//
//   bench_claimsearchmodel LEDGER [--name PREFIX] [--row N] [--runs N]
//
// Measures, as the screen uses the model (worker thread, own connection):
// - opening: newest first in company 001 — until the first rows are there
//   (this includes opening the worker's connection) and until counted;
// - a name search (default "A", listing name and name2; it must list more
//   than --row rows): first rows and count, median of --runs (default 5);
// - scrolling to row --row (default 100 000): from the view asking for the
//   row until its page is there, then 20 PgDn-like pages after it;
// and prints the process's peak RSS. Exits 1 when a budget is missed.
// Make the ledger with bench_demo --keep FILE. Not run by ctest.
#include "ledger/invoicesearch.h"
#include "models/claimsearchmodel.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rsk;
using rsk::ui::ClaimSearchModel;

namespace {

// Runs the event loop until `done` (checked whenever the model reports) or
// 60 s; the milliseconds since `since`.
double waitFor(ClaimSearchModel &model, const std::function<bool()> &done,
               const QElapsedTimer &since)
{
    QEventLoop loop;
    auto check = [&] {
        if (done())
            loop.quit();
    };
    const QList<QMetaObject::Connection> connections{
        QObject::connect(&model, &ClaimSearchModel::firstRowsArrived, &loop, check),
        QObject::connect(&model, &ClaimSearchModel::searchFinished, &loop, check),
        QObject::connect(&model, &ClaimSearchModel::searchFailed, &loop, check),
        QObject::connect(&model, &ClaimSearchModel::pageArrived, &loop, check)};
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    for (const auto &c : connections)
        QObject::disconnect(c);
    return double(since.nsecsElapsed()) / 1e6;
}

struct SearchTimes
{
    double firstRows = 0;
    double counted = 0;
    qint64 rows = 0;
};

SearchTimes timeSearch(ClaimSearchModel &model, const InvoiceSearch &c)
{
    bool first = false;
    auto connection = QObject::connect(&model, &ClaimSearchModel::firstRowsArrived,
                                       [&first](int) { first = true; });
    QElapsedTimer t;
    t.start();
    model.search(c);
    SearchTimes out;
    out.firstRows = waitFor(model, [&] { return first; }, t);
    out.counted = waitFor(
        model,
        [&] {
            return model.state() == ClaimSearchModel::State::Done
                || model.state() == ClaimSearchModel::State::Failed;
        },
        t);
    out.rows = model.totalRows();
    QObject::disconnect(connection);
    if (model.state() == ClaimSearchModel::State::Failed)
        std::fprintf(stderr, "search failed\n");
    return out;
}

double timeRow(ClaimSearchModel &model, int row)
{
    QElapsedTimer t;
    t.start();
    model.data(model.index(row, ClaimSearchModel::Name));
    return waitFor(model, [&] { return model.isLoaded(row); }, t);
}

QString peakRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return QStringLiteral("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    QString prefix = QStringLiteral("A");
    int row = 100000;
    int runs = 5;
    bool usage = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--name") && i + 1 < args.size())
            prefix = args.at(++i);
        else if (args.at(i) == QLatin1String("--row") && i + 1 < args.size())
            row = qMax(0, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else
            usage = true;
    }
    if (usage || path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_claimsearchmodel LEDGER [--name PREFIX] [--row N] "
                             "[--runs N]\n");
        return 2;
    }
    const double openBudget = 1000.0;
    const double searchBudget = 50.0;
    int over = 0;
    try {
        qint64 invoices = 0;
        {
            // Opened (and migrated) once here, as the application would.
            auto db = Database::open(path, Database::OpenMode::OpenExisting);
            invoices = db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong();
        }
        std::printf("bench_claimsearchmodel: %s, %lld invoices, pages of %d rows\n",
                    qPrintable(path), static_cast<long long>(invoices),
                    ClaimSearchModel::kPageSize);
        std::printf("budgets (ARCHITECTURE.md): open Sök faktura, first rows < %.0f ms; "
                    "a search, first page < %.0f ms\n\n",
                    openBudget, searchBudget);

        // 1. Opening: a new model (its worker opens its own connection).
        QElapsedTimer make;
        make.start();
        ClaimSearchModel model(path);
        const double constructMs = double(make.nsecsElapsed()) / 1e6;
        InvoiceSearch newest;
        newest.companyFrom = QStringLiteral("001");
        const SearchTimes open = timeSearch(model, newest);
        const double openMs = constructMs + open.firstRows;
        const bool openOk = openMs <= openBudget;
        over += openOk ? 0 : 1;
        std::printf("%-44s %10.1f ms  %s\n", "open: newest in 001, first rows", openMs,
                    openOk ? "OK" : "OVER");
        std::printf("%-44s %10.1f ms  (%lld rows)\n", "open: counted", open.counted,
                    static_cast<long long>(open.rows));

        // 2. The name search, warm (the second and later runs).
        InvoiceSearch byName;
        byName.field = InvoiceSearch::Field::Name;
        byName.text = prefix;
        timeSearch(model, byName); // warm-up
        QList<double> firsts;
        QList<double> counts;
        SearchTimes s;
        for (int i = 0; i < runs; ++i) {
            s = timeSearch(model, byName);
            firsts << s.firstRows;
            counts << s.counted;
        }
        std::sort(firsts.begin(), firsts.end());
        std::sort(counts.begin(), counts.end());
        const double firstMedian = firsts.at(firsts.size() / 2);
        const bool searchOk = firstMedian <= searchBudget;
        over += searchOk ? 0 : 1;
        const QString label = QStringLiteral("name \"%1\": first rows (median of %2)")
                                  .arg(prefix)
                                  .arg(runs);
        std::printf("%-44s %10.1f ms  %s\n", qPrintable(label), firstMedian,
                    searchOk ? "OK" : "OVER");
        std::printf("%-44s %10.1f ms  (%lld rows)\n",
                    qPrintable(QStringLiteral("name \"%1\": counted (median)").arg(prefix)),
                    counts.at(counts.size() / 2), static_cast<long long>(s.rows));

        // 3. Scrolling to the row, then paging on from it.
        if (s.rows <= row) {
            std::printf("\nthe list has %lld rows, not more than %d: pick another --name\n",
                        static_cast<long long>(s.rows), row);
            return 1;
        }
        const double deep = timeRow(model, row);
        const bool deepOk = deep <= openBudget;
        over += deepOk ? 0 : 1;
        std::printf("%-44s %10.1f ms  %s\n",
                    qPrintable(QStringLiteral("scroll to row %L1: its page there").arg(row)), deep,
                    deepOk ? "OK" : "OVER");
        QList<double> pages;
        for (int p = 1; p <= 20 && row + p * ClaimSearchModel::kPageSize < s.rows; ++p)
            pages << timeRow(model, row + p * ClaimSearchModel::kPageSize);
        std::sort(pages.begin(), pages.end());
        if (!pages.isEmpty())
            std::printf("%-44s %10.1f ms  (slowest %.1f)\n", "then PgDn page by page (median)",
                        pages.at(pages.size() / 2), pages.last());
        std::printf("%-44s %10d\n", "pages read for the last search", model.pagesFetched());
        std::printf("%-44s %10s\n", "peak RSS of this process", qPrintable(peakRss()));
        std::printf("\n%s\n", over == 0 ? "all within budget"
                                        : qPrintable(QStringLiteral("%1 over budget").arg(over)));
        return over == 0 ? 0 : 1;
    } catch (const LedgerError &e) {
        std::fprintf(stderr, "bench_claimsearchmodel: %s\n", qPrintable(e.message()));
        return 1;
    }
}
