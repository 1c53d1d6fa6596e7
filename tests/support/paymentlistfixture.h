#pragma once

// A small hand-made ledger for the payment lists (handbook 5.1–5.3), built
// through the services: invoices registered in a batch, transactions posted
// with PostingService, each on the "today" it was registered. Shared by the
// core, export and screen tests so their expected rows agree.
//
// Invoices (company/number, amount, due date):
//   001/010000001 1 000,00 due 2026-01-31     001/010000002   500,00 due 2026-02-28
//   001/040000001 2 000,00 due 2026-03-31     002/070000001   800,00 due 2026-02-15
//   unpaid, for the forecast:
//   001/010000003   300,00 due 2026-12-01     001/010000004   700,00 due 2026-12-03
//   001/040000002 1 000,00 due 2026-12-07     002/070000002   400,00 due 2027-01-15
// Transactions (registered on, transaction date, method, amount):
//   T1 2026-03-02  2026-03-02  1 Inbetalning    300,00  001/010000001  remark "del 1"
//   T2 2026-03-02  2026-03-02  1 Inbetalning    500,00  001/010000002
//   T3 2026-03-02  2026-03-02  B Bankgiro     2 000,00  001/040000001  source bgmax (automatic)
//   T4 2026-03-02  2026-03-02  1 Inbetalning    800,00  002/070000001
//   T5 2026-03-05  2026-03-03  2 Kreditfaktura  200,00  001/010000001
//   T6 2026-03-05  2026-03-03  5 Återbetalning   50,00  001/010000001  (D: raises the claim)
//   T7 2026-03-05  2026-03-04  1 Inbetalning    100,00  001/010000001
// Booked dates (set directly: booking is its own service, issue 3 item 7):
//   T1, T2 2026-03-10; T3 2026-03-02; the rest unbooked.
// Open balances afterwards: 010000001 1000 - 300 - 200 + 50 - 100 = 450,00;
// 010000002, 040000001, 070000001 paid (0); the four unpaid ones in full.

#include "testledger.h"

#include "ledger/posting.h"

namespace rsk::test {

class PaymentListFixture : public TestLedger
{
public:
    PaymentListFixture()
    {
        addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
        auto d = [](const char *company, const char *number, qint64 ore, const QDate &due,
                    const char *name) {
            InvoiceDraft x = draft(QLatin1String(number), Money::fromOre(ore),
                                   QString::fromUtf8(name));
            x.company = QLatin1String(company);
            x.dueDate = due;
            return x;
        };
        registerInvoices({
            d("001", "010000001", 100000, QDate(2026, 1, 31), "Andersson, Anna"),
            d("001", "010000002", 50000, QDate(2026, 2, 28), "Berg, Bo"),
            d("001", "040000001", 200000, QDate(2026, 3, 31), "Ceder, Cilla"),
            d("002", "070000001", 80000, QDate(2026, 2, 15), "Dahl, David"),
            d("001", "010000003", 30000, QDate(2026, 12, 1), "Ek, Eva"),
            d("001", "010000004", 70000, QDate(2026, 12, 3), "Fors, Frida"),
            d("001", "040000002", 100000, QDate(2026, 12, 7), "Gran, Gustav"),
            d("002", "070000002", 40000, QDate(2027, 1, 15), "Holm, Hugo"),
        });
        const QDate mar2(2026, 3, 2);
        db->setToday(mar2);
        t1 = post("001", "010000001", "1", 30000, mar2, QStringLiteral("del 1"));
        t2 = post("001", "010000002", "1", 50000, mar2);
        t3 = post("001", "040000001", "B", 200000, mar2, {}, QStringLiteral("bgmax"));
        t4 = post("002", "070000001", "1", 80000, mar2);
        db->setToday(QDate(2026, 3, 5));
        t5 = post("001", "010000001", "2", 20000, QDate(2026, 3, 3));
        t6 = post("001", "010000001", "5", 5000, QDate(2026, 3, 3));
        t7 = post("001", "010000001", "1", 10000, QDate(2026, 3, 4));
        db->setToday(QDate(2026, 11, 26));
        db->run(QStringLiteral("UPDATE ledger_transaction SET booked_date = ? WHERE id IN (?, ?)"),
                {QStringLiteral("2026-03-10"), t1, t2});
        db->run(QStringLiteral("UPDATE ledger_transaction SET booked_date = ? WHERE id = ?"),
                {QStringLiteral("2026-03-02"), t3});
    }

    // "T1" … "T7" for a transaction id (for readable expectations).
    QString name(qint64 id) const
    {
        const qint64 ids[] = {t1, t2, t3, t4, t5, t6, t7};
        for (int i = 0; i < 7; ++i)
            if (ids[i] == id)
                return QStringLiteral("T%1").arg(i + 1);
        return QStringLiteral("?%1").arg(id);
    }

    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0;

private:
    qint64 post(const char *company, const char *number, const char *method, qint64 ore,
                const QDate &date, const QString &remark = {},
                const QString &source = QStringLiteral("manual"))
    {
        PostingRequest r;
        r.company = QLatin1String(company);
        r.invoiceNumber = QLatin1String(number);
        r.method = QLatin1String(method);
        r.amount = Money::fromOre(ore);
        r.transactionDate = date;
        r.remark = remark;
        r.source = source;
        return PostingService(*db).post(r).id;
    }
};

} // namespace rsk::test
