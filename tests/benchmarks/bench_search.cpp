// Benchmark: Sök faktura on a big ledger (ARCHITECTURE.md budget: any search
// field, prefix, first page < 50 ms).
//
//   bench_search LEDGER [--runs N] [--budget-ms MS]
//
// Runs InvoiceSearchQuery (first page of 50) for every search field with
// several prefixes, once to warm up and then N times (default 20), and prints
// the median and the slowest run of each against the budget. Exits 1 when a
// median is over budget. Make the ledger with bench_demo --keep FILE (or
// reskontra-cli demo). Not run by ctest.
#include "ledger/invoicesearch.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rsk;

namespace {

struct Case
{
    QString label;
    InvoiceSearch search;
};

Case make(const char *label, InvoiceSearch::Field field, const QString &text, qint64 amountOre = 0,
          const QString &company = {})
{
    Case c;
    c.label = QString::fromUtf8(label);
    c.search.field = field;
    c.search.text = text;
    c.search.amount = Money::fromOre(amountOre);
    c.search.companyFrom = company;
    c.search.limit = 50;
    return c;
}

// Handbook 6.1: "finns inte det valda objektet visas listan med det värde som
// ligger närmast": list from the prefix onwards.
Case position(const char *label, InvoiceSearch::Field field, const QString &text)
{
    Case c = make(label, field, text);
    c.search.positionOnly = true;
    return c;
}

Case range(const char *label, InvoiceSearch::Field field, const QString &text)
{
    Case c = make(label, field, text, 0, QStringLiteral("001"));
    c.search.companyTo = QStringLiteral("002");
    return c;
}

QList<Case> cases(Database &db)
{
    using F = InvoiceSearch::Field;
    // Whole values that exist in this ledger, for exact-match searches.
    const QString someId =
        db.scalar(QStringLiteral("SELECT id_search FROM invoice WHERE id_search <> '' "
                                 "ORDER BY id LIMIT 1 OFFSET 1234"))
            .toString();
    const QString someNumber =
        db.scalar(
              QStringLiteral("SELECT invoice_number FROM invoice ORDER BY id LIMIT 1 OFFSET 4321"))
            .toString();
    const QString someCustomer =
        db.scalar(
              QStringLiteral("SELECT customer_number FROM invoice ORDER BY id LIMIT 1 OFFSET 777"))
            .toString();
    const QString someRegister =
        db.scalar(QStringLiteral("SELECT register_id FROM invoice WHERE register_id <> '' "
                                 "ORDER BY id LIMIT 1 OFFSET 999"))
            .toString();
    return {
        make("newest (no search field)", F::Newest, {}),
        make("newest, company 002", F::Newest, {}, 0, QStringLiteral("002")),
        make("name And", F::Name, QStringLiteral("And")),
        make("name Lars", F::Name, QStringLiteral("Lars")),
        make("name Ö", F::Name, QStringLiteral("Ö")),
        make("name Johansson, M", F::Name, QStringLiteral("Johansson, M")),
        make("name Zq (no hit)", F::Name, QStringLiteral("Zq")),
        position("name Zq, nearest (position only)", F::Name, QStringLiteral("Zq")),
        make("name And, company 001", F::Name, QStringLiteral("And"), 0, QStringLiteral("001")),
        make("person number 4", F::IdNumber, QStringLiteral("4")),
        make("person number 5803", F::IdNumber, QStringLiteral("5803")),
        make("person number 7501", F::IdNumber, QStringLiteral("7501")),
        make("person number (whole)", F::IdNumber, someId),
        make("customer number 1", F::CustomerNumber, QStringLiteral("1")),
        make("customer number 42", F::CustomerNumber, QStringLiteral("42")),
        make("customer number (whole)", F::CustomerNumber, someCustomer),
        make("address Stor", F::Address, QStringLiteral("Stor")),
        make("address Ö", F::Address, QStringLiteral("Ö")),
        make("address Björkvägen 1", F::Address, QStringLiteral("Björkvägen 1")),
        position("address Sk, nearest (position only)", F::Address, QStringLiteral("Sk")),
        make("invoice number 07", F::InvoiceNumber, QStringLiteral("07")),
        make("invoice number (whole)", F::InvoiceNumber, someNumber),
        make("register id 40", F::RegisterId, QStringLiteral("40")),
        make("register id (whole)", F::RegisterId, someRegister),
        make("amount >= 0", F::MinAmount, {}, 0),
        make("amount >= 10 000 kr", F::MinAmount, {}, 1000000),
        make("balance >= 0,01 kr", F::MinBalance, {}, 1),
        make("balance >= 5 000 kr", F::MinBalance, {}, 500000),
        // The same searches within one company and within a company range:
        // the company test must not take the search field's index away.
        make("person number 4, company 002", F::IdNumber, QStringLiteral("4"), 0,
             QStringLiteral("002")),
        make("customer number 1, company 001", F::CustomerNumber, QStringLiteral("1"), 0,
             QStringLiteral("001")),
        make("address Stor, company 002", F::Address, QStringLiteral("Stor"), 0,
             QStringLiteral("002")),
        make("invoice number 04, company 001", F::InvoiceNumber, QStringLiteral("04"), 0,
             QStringLiteral("001")),
        make("register id 40, company 001", F::RegisterId, QStringLiteral("40"), 0,
             QStringLiteral("001")),
        // Worst cases: every row of the prefix belongs to the other company.
        make("register id 40, company 002 (no hit)", F::RegisterId, QStringLiteral("40"), 0,
             QStringLiteral("002")),
        make("invoice number 04, company 002 (no hit)", F::InvoiceNumber, QStringLiteral("04"), 0,
             QStringLiteral("002")),
        make("amount >= 10 000 kr, company 001", F::MinAmount, {}, 1000000, QStringLiteral("001")),
        make("balance >= 0,01 kr, company 002", F::MinBalance, {}, 1, QStringLiteral("002")),
        range("name Lars, companies 001-002", F::Name, QStringLiteral("Lars")),
        range("address Ö, companies 001-002", F::Address, QStringLiteral("Ö")),
        range("amount >= 0, companies 001-002", F::MinAmount, {}),
        range("newest, companies 001-002", F::Newest, {}),
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    int runs = 20;
    double budgetMs = 50.0;
    bool usage = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--budget-ms") && i + 1 < args.size())
            budgetMs = args.at(++i).toDouble();
        else if (path.isEmpty() && !args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
        else
            usage = true;
    }
    if (usage || path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_search LEDGER [--runs N] [--budget-ms MS]\n");
        return 2;
    }
    try {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        const qint64 invoices =
            db->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice")).toLongLong();
        std::printf("bench_search: %s, %lld invoices, first page of 50, %d runs after 1 warm-up; "
                    "budget %.0f ms\n\n",
                    qPrintable(path), static_cast<long long>(invoices), runs, budgetMs);
        std::printf("%-40s %6s %10s %10s  %s\n", "search", "rows", "median ms", "max ms", "");
        InvoiceSearchQuery query(*db);
        int over = 0;
        for (const Case &c : cases(*db)) {
            query.search(c.search); // warm-up: page cache, statement compile
            QList<double> times;
            int rows = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                rows = int(query.search(c.search).size());
                times.append(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(times.begin(), times.end());
            const double median = times.at(times.size() / 2);
            const double worst = times.last();
            const bool ok = median <= budgetMs;
            over += ok ? 0 : 1;
            std::printf("%-40s %6d %10.2f %10.2f  %s\n", qPrintable(c.label), rows, median, worst,
                        ok ? "OK" : "OVER");
        }
        std::printf("\n%s\n",
                    over == 0 ? "all searches within budget"
                              : qPrintable(QStringLiteral("%1 search(es) over budget").arg(over)));
        return over == 0 ? 0 : 1;
    } catch (const LedgerError &e) {
        std::fprintf(stderr, "bench_search: %s\n", qPrintable(e.message()));
        return 1;
    }
}
