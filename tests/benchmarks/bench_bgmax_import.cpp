// Benchmark: importing a BgMax file of 100 000 payments into the 1 M-invoice
// demo ledger (ARCHITECTURE.md budget: < 10 s), parse + import, one unit of
// work, committed.
//
//   cmake -S . -B build-import -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
//         -DRESKONTRA_BUILD_BENCHMARKS=ON
//   cmake --build build-import --target bench_bgmax_import
//   build-import/tests/benchmarks/bench_bgmax_import [--ledger FILE] [--payments N]
//                                                    [--budget-s S]
//
// FILE (default: demo-1m.sqlite beside the build's tests/ folder) is the
// demo ledger; when it does not exist it is generated once (1 000 000
// invoices, seed 1, today 2026-11-26; ~1,5 min) and kept for later runs.
// Every run imports into a fresh copy of it (the copy is made before the
// clock starts and removed afterwards), so the kept ledger never changes.
//
// The file is built with the test BgMaxBuilder from real open claims of both
// demo companies (their bankgiro numbers pick the sections): of every 100
// payments 88 pay the balance exactly, 5 pay half, 3 pay 100 kr too much
// (overpayment register), 2 pay 5 kr too little (written off: the
// 3.4 limits are set to 10 kr), 1 has an unknown OCR (unplaced), 1 is a
// code-3 payment with two references. Prints the phases and exits 1 when
// parse + import is over budget. Not run by ctest.
#include "demo/demogenerator.h"
#include "formats/bgmax.h"
#include "ids/ocr.h"
#include "payments/paymentimport.h"
#include "payments/paymentparameters.h"
#include "storage/database.h"

#include "../support/bgmaxbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <ctime>

using namespace rsk;
using rsk::test::BgMaxBuilder;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

struct Claim
{
    QString company;
    QString ocr;
    qint64 balance = 0;
};

void removeLedger(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString defaultLedger
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../demo-1m.sqlite"));
    const QString ledger = QFileInfo(option(args, QStringLiteral("--ledger"), defaultLedger))
                               .absoluteFilePath();
    const int paymentCount = option(args, QStringLiteral("--payments"), QStringLiteral("100000")).toInt();
    const double budget = option(args, QStringLiteral("--budget-s"), QStringLiteral("10")).toDouble();
    const QDate today(2026, 11, 26);

    try {
        QElapsedTimer phase;
        if (!QFileInfo::exists(ledger)) {
            std::printf("generating the demo ledger (1 000 000 invoices) into %s\n",
                        qPrintable(ledger));
            phase.start();
            auto db = Database::open(ledger, Database::OpenMode::CreateIfMissing);
            db->setToday(today);
            DemoOptions o;
            o.invoices = 1000000;
            o.today = today;
            generateDemo(*db, o);
            std::printf("  generated in %.1f s\n", phase.elapsed() / 1000.0);
        }
        const QString work = ledger + QStringLiteral(".bench-import");
        removeLedger(work);
        phase.start();
        if (!QFile::copy(ledger, work))
            throw LedgerError::refused(QStringLiteral("cannot copy %1").arg(ledger));
        std::printf("ledger %s copied in %.1f s\n", qPrintable(ledger), phase.elapsed() / 1000.0);

        phase.start();
        auto db = Database::open(work, Database::OpenMode::OpenExisting);
        db->setToday(today);
        db->setUser(QStringLiteral("bench"));
        std::printf("opened (migrations to version %d) in %.1f s\n", db->schemaVersion(),
                    phase.elapsed() / 1000.0);

        QHash<QString, QString> bankgiro;
        {
            QSqlQuery q = db->run(QStringLiteral("SELECT number, bankgiro FROM company ORDER BY number"));
            while (q.next())
                bankgiro.insert(q.value(0).toString(), q.value(1).toString());
        }
        for (const QString &company : bankgiro.keys()) {
            PaymentParameters p = PaymentParameters::load(*db, company);
            p.overpaymentLimit = Money::fromKronor(10);
            p.underpaymentLimit = Money::fromKronor(10);
            p.save(*db, company);
        }
        phase.start();
        // Open claims per company, in id order (a company's sections take its own).
        QHash<QString, QList<Claim>> claims;
        for (const QString &company : bankgiro.keys()) {
            QSqlQuery q = db->run(QStringLiteral("SELECT company, ocr, balance_ore FROM invoice "
                                                 "WHERE company = ? AND balance_ore > 1000 "
                                                 "ORDER BY id LIMIT ?"),
                                  {company, paymentCount});
            while (q.next())
                claims[company].append({q.value(0).toString(), q.value(1).toString(),
                                        q.value(2).toLongLong()});
        }
        QHash<QString, int> nextClaim;
        auto take = [&](const QString &company) -> const Claim & {
            const QList<Claim> &list = claims[company];
            int &i = nextClaim[company];
            if (i >= list.size())
                throw LedgerError::refused(
                    QStringLiteral("only %1 open claims in company %2").arg(list.size()).arg(company));
            return list.at(i++);
        };

        BgMaxBuilder b;
        b.start();
        const int sections = 10;
        const int perSection = (paymentCount + sections - 1) / sections;
        int written = 0;
        for (int s = 0; s < sections && written < paymentCount; ++s) {
            const QString company = bankgiro.contains(QStringLiteral("002")) && s % 3 == 2
                                        ? QStringLiteral("002")
                                        : QStringLiteral("001");
            b.section(bankgiro.value(company));
            for (int i = 0; i < perSection && written < paymentCount; ++i, ++written) {
                const Claim &c = take(company);
                const int kind = written % 100;
                if (kind < 88) {
                    b.payment(c.ocr, c.balance);
                } else if (kind < 93) {
                    b.payment(c.ocr, c.balance / 2);
                } else if (kind < 96) {
                    b.payment(c.ocr, c.balance + 10000);
                } else if (kind < 98) {
                    b.payment(c.ocr, c.balance - 500);
                } else if (kind < 99) {
                    b.payment(Ocr::makeOcr(QString::number(900000000 + written)), c.balance);
                } else {
                    const Claim &d = take(company);
                    b.payment(c.ocr + QLatin1Char(',') + d.ocr, c.balance + d.balance, 3);
                    b.extraReference(c.ocr).extraReference(d.ocr);
                }
            }
            b.endSection(QDate(2026, 11, 25));
        }
        b.end();
        const QByteArray bytes = b.bytes();
        std::printf("built a BgMax file of %d payments (%lld bytes) in %.1f s\n", written,
                    qint64(bytes.size()), phase.elapsed() / 1000.0);

        QElapsedTimer total;
        total.start();
        const std::clock_t cpuStart = std::clock();
        phase.start();
        const auto parsed = BgMaxParser::parse(bytes, QStringLiteral("bench.bgmax"));
        if (!parsed.file) {
            std::fprintf(stderr, "the file does not parse: %s\n",
                         qPrintable(parsed.errors.first().format(QStringLiteral("bench.bgmax"))));
            return 1;
        }
        const qint64 parseMs = phase.elapsed();
        phase.start();
        const ImportSummary summary = PaymentImport(*db).run(*parsed.file, {});
        const qint64 importMs = phase.elapsed();
        const double seconds = total.elapsed() / 1000.0;
        // On a shared machine the wall time includes waiting for a core; the
        // CPU time of this process says what the import itself costs.
        const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

        std::printf("parse  %6lld ms\n", parseMs);
        std::printf("import %6lld ms (%.0f payments/s), committed\n", importMs,
                    summary.payments * 1000.0 / qMax<qint64>(importMs, 1));
        std::printf("  payments %d, matched %d, unplaced %d, overpaid %d, written off %d, "
                    "amount %s kr\n",
                    summary.payments, summary.matched, summary.unplaced, summary.overpaid,
                    summary.writtenOff, qPrintable(summary.amount.toString()));
        std::printf("BgMax import of %d payments: %.2f s (CPU %.2f s); budget %.0f s: %s\n",
                    written, seconds, cpuSeconds, budget, seconds <= budget ? "OK" : "OVER BUDGET");
        std::printf("  WAL after the commit: %lld MB\n",
                    QFileInfo(work + QStringLiteral("-wal")).size() / (1024 * 1024));
        db.reset();
        removeLedger(work);
        return seconds <= budget ? 0 : 1;
    } catch (const LedgerError &e) {
        std::fprintf(stderr, "bench_bgmax_import: %s\n", qPrintable(e.message()));
        return 1;
    }
}
