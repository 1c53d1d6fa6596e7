#pragma once

// A fresh SQLite ledger in a temporary folder, initialised with the default
// routines, methods and codes and company 001 (and optionally 002).

#include "ledger/invoiceregistration.h"
#include "ledger/ledgersetup.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace rsk::test {

class TestLedger
{
public:
    explicit TestLedger(const QDate &today = QDate(2026, 11, 26))
    {
        path = dir.filePath(QStringLiteral("ledger.sqlite"));
        db = Database::open(path, Database::OpenMode::CreateIfMissing);
        db->setUser(QStringLiteral("testare"));
        db->setToday(today);
        Company c = LedgerSetup::defaultCompany();
        c.name = QStringLiteral("Testkommunen");
        c.orgNr = QStringLiteral("212000-0142");
        c.bankgiro = QStringLiteral("5805-6201");
        LedgerSetup(*db).initialize(c);
    }

    void addCompany(const QString &number, const QString &name)
    {
        Company c;
        c.number = number;
        c.name = name;
        ReferenceData(*db).saveCompany(c);
    }

    static InvoiceDraft draft(const QString &number, Money amount,
                              const QString &name = QStringLiteral("Andersson, Anna"),
                              const QString &id = QStringLiteral("811218-9876"))
    {
        InvoiceDraft d;
        d.company = QStringLiteral("001");
        d.invoiceNumber = number;
        d.idNumber = id;
        d.name = name;
        d.address = QStringLiteral("Storgatan 1");
        d.postalCode = QStringLiteral("123 45");
        d.city = QStringLiteral("Småstad");
        d.invoiceDate = QDate(2026, 1, 1);
        d.dueDate = QDate(2026, 1, 31);
        d.amount = amount;
        return d;
    }

    // Registers drafts through an approved batch; fails the test on problems.
    void registerInvoices(const QList<InvoiceDraft> &drafts)
    {
        const auto problems = InvoiceRegistration(*db).registerAll(drafts, QStringLiteral("test"));
        if (!problems.isEmpty())
            QFAIL(qPrintable(problems.first().first().message));
    }

    qint64 count(const QString &table)
    {
        return db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace rsk::test
