#pragma once

// A test ledger for payment-file imports: company 001 (bankgiro 5805-6201,
// plusgiro 5805620-1) with claims registered by number and amount, helpers
// to import BgMax/Total-IN bytes and to read back what the import did, and a
// fingerprint of every table for "nothing changed" checks.

#include "clirunner.h"
#include "testledger.h"

#include "formats/bgmax.h"
#include "formats/totalin.h"
#include "ids/ocr.h"
#include "ledger/invoicerepository.h"
#include "payments/paymentimport.h"
#include "payments/paymentparameters.h"

#include <QSqlQuery>

namespace rsk::test {

class PaymentImportFixture
{
public:
    PaymentImportFixture()
    {
        Company c = *ReferenceData(*l.db).company(QStringLiteral("001"));
        c.plusgiro = QStringLiteral("5805620-1");
        ReferenceData(*l.db).saveCompany(c);
    }

    static QString ocr(const QString &invoiceNumber) { return Ocr::ocrForInvoice(invoiceNumber); }

    // Claims of company 001 (amount in öre), OCR = number + length + check digit
    // unless `ocrOverride` gives one.
    void claim(const QString &number, qint64 ore, const QString &ocrOverride = QString(),
               const QString &id = QStringLiteral("811218-9876"))
    {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore),
                                           QStringLiteral("Andersson, Anna"), id);
        d.ocr = ocrOverride;
        l.registerInvoices({d});
    }

    void limits(qint64 overOre, qint64 underOre, bool carry = false)
    {
        PaymentParameters p = PaymentParameters::load(*l.db, QStringLiteral("001"));
        p.overpaymentLimit = Money::fromOre(overOre);
        p.underpaymentLimit = Money::fromOre(underOre);
        p.carryToNextInvoice = carry;
        p.save(*l.db, QStringLiteral("001"));
    }

    PaymentFile parseBgMax(const QByteArray &bytes, const QString &name = QStringLiteral("bg.txt"))
    {
        const auto parsed = BgMaxParser::parse(bytes, name);
        if (!parsed.file)
            qFatal("test file does not parse: %s", qPrintable(parsed.errors.first().format(name)));
        return *parsed.file;
    }

    ImportSummary importBgMax(const QByteArray &bytes, bool force = false, bool dryRun = false)
    {
        PaymentImport::Options options;
        options.force = force;
        options.dryRun = dryRun;
        return PaymentImport(*l.db).run(parseBgMax(bytes), options);
    }

    ImportSummary importTotalIn(const QByteArray &bytes)
    {
        const auto parsed = TotalInParser::parse(bytes, QStringLiteral("ti.txt"));
        if (!parsed.file)
            qFatal("test file does not parse: %s",
                   qPrintable(parsed.errors.first().format(QStringLiteral("ti.txt"))));
        return PaymentImport(*l.db).run(*parsed.file, {});
    }

    Invoice invoice(const QString &number)
    {
        return *InvoiceRepository(*l.db).find(QStringLiteral("001"), number);
    }

    // "B:100000,Ö:500": the claim's transactions, method and amount in öre.
    QString methods(const QString &number)
    {
        QStringList out;
        for (const Transaction &t : invoice(number).transactions)
            out << QStringLiteral("%1:%2").arg(t.method).arg(t.amount.ore());
        return out.join(QLatin1Char(','));
    }

    qint64 scalar(const QString &sql, const QVariantList &args = {})
    {
        return l.db->scalar(sql, args).toLongLong();
    }

    // Row count of every table, and the claims' balances and versions.
    QString fingerprint()
    {
        QStringList parts;
        for (const QString &t : tableNames(*l.db))
            parts << QStringLiteral("%1=%2").arg(t).arg(l.count(t));
        parts << QStringLiteral("balances=%1").arg(scalar(QStringLiteral(
                     "SELECT COALESCE(SUM(balance_ore), 0) FROM invoice")))
              << QStringLiteral("versions=%1").arg(scalar(QStringLiteral(
                     "SELECT COALESCE(SUM(version), 0) FROM invoice")));
        return parts.join(QLatin1Char(' '));
    }

    // The real reskontra-cli on this ledger as user "kassan" on 2026-11-26:
    // the ledger is closed for the run and opened again afterwards.
    CliRun cli(const QStringList &args)
    {
        l.db.reset();
        CliOptions options;
        options.user = QStringLiteral("kassan");
        options.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                                   l.dir.filePath(QStringLiteral("xdg")));
        const CliRun r = runCli(l.path, args, options);
        l.db = Database::open(l.path, Database::OpenMode::OpenExisting);
        l.db->setUser(QStringLiteral("testare"));
        l.db->setToday(QDate(2026, 11, 26));
        return r;
    }

    TestLedger l;
};

} // namespace rsk::test
