#pragma once

// A small hand-made ledger for the Saldolista and its neighbours (handbook
// 6.4, 6.5, 8.3, 5.4), built through the services (registration in a batch,
// PostingService), with the dunning dates and the booking day set directly.
// Shared by the core, CLI and screen tests so that their expectations agree.
//
// Claims (key, company/number, name, person number, customer number, register
// id, department, invoice date, due date, amount; the lines' accounts below):
//   A 001/010000001 Ödman, Anna  811218-9876  100 R-200 TN  2026-01-01 2026-04-30  1 000,00
//   B 001/010000002 Berg, Bo     550101-1232   20 R-300 TN  2026-02-01 2026-02-28    500,00
//   E 001/010000003 Ahl, Eva     680704-1113    9 R-100 KS  2026-07-01 2026-07-31    300,00
//   C 001/040000001 Ceder, Cilla 900315-4565  300 V-2  MBN 2026-03-01 2026-03-31  2 000,00
//   F 001/040000002 Fors, Frida  010203-4444   –  V-1  MBN 2026-04-01 2026-05-01   -200,00
//   D 002/070000001 Dahl, David  721130-2224 1000 H-7   –  2026-02-15 2026-03-15    800,00
// Accounts: A and E 3011, B 3012, C 3041 1 500 + 3042 500, F 3041 (a credit
// invoice), D 3071.
// Transactions (date, method, amount, claim; effect on the balance):
//   T1 2026-02-15  7 Påm.avgift (D)      60,00  A  +60   (debited reminder fee)
//   T2 2026-03-01  1 Inbetalning        500,00  B  -500
//   T3 2026-03-02  1 Inbetalning        300,00  A  -300  (fee 60 first, then capital 240)
//   T7 2026-05-10  2 Kreditfaktura      100,00  D  -100
//   T4 2026-07-05  B Bankgiro         2 000,00  C  -2 000
//   T5 2026-07-10  1 Inbetalning        200,00  A  -200
//   T6 2026-08-01  5 Återbetalning (D)   50,00  A  +50
// Dunning dates: A reminder 1 2026-02-15, reminder 2 2026-03-01; D reminder 1
// 2026-03-25, collection demand 2026-04-15, threat 2026-05-01, dunning code 2;
// C payment plan 2026-05-01. Booking day (created_at): the invoice date.
//
// Now (today 2026-11-26): FAKTURERAT / PÅFÖRT / INBETALT / SALDO
//   A 1 000 / 110 / -500 / 610   B 500 / 0 / -500 / 0   E 300 / 0 / 0 / 300
//   C 2 000 / 0 / -2 000 / 0     F -200 / 0 / 0 / -200  D 800 / 0 / -100 / 700
// As of 2026-06-30 (E not yet invoiced):
//   A 1 000 / 60 / -300 / 760    B 500 / 0 / -500 / 0
//   C 2 000 / 0 / 0 / 2 000      F -200 / 0 / 0 / -200  D 800 / 0 / -100 / 700

#include "testledger.h"

#include "ledger/posting.h"

namespace rsk::test {

class SaldolistaFixture : public TestLedger
{
public:
    SaldolistaFixture()
    {
        addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
        struct Claim
        {
            const char *company, *number, *name, *id, *customer, *registerId, *department;
            QDate invoiceDate, dueDate;
            QList<QPair<const char *, qint64>> lines; // account, öre
        };
        const QList<Claim> claims = {
            {"001", "010000001", "Ödman, Anna", "811218-9876", "100", "R-200", "TN",
             QDate(2026, 1, 1), QDate(2026, 4, 30), {{"3011", 100000}}},
            {"001", "010000002", "Berg, Bo", "550101-1232", "20", "R-300", "TN",
             QDate(2026, 2, 1), QDate(2026, 2, 28), {{"3012", 50000}}},
            {"001", "010000003", "Ahl, Eva", "680704-1113", "9", "R-100", "KS",
             QDate(2026, 7, 1), QDate(2026, 7, 31), {{"3011", 30000}}},
            {"001", "040000001", "Ceder, Cilla", "900315-4565", "300", "V-2", "MBN",
             QDate(2026, 3, 1), QDate(2026, 3, 31), {{"3041", 150000}, {"3042", 50000}}},
            {"001", "040000002", "Fors, Frida", "010203-4444", "", "V-1", "MBN",
             QDate(2026, 4, 1), QDate(2026, 5, 1), {{"3041", -20000}}},
            {"002", "070000001", "Dahl, David", "721130-2224", "1000", "H-7", "",
             QDate(2026, 2, 15), QDate(2026, 3, 15), {{"3071", 80000}}},
        };
        QList<InvoiceDraft> drafts;
        for (const Claim &c : claims) {
            InvoiceDraft d = draft(QLatin1String(c.number), Money(), QString::fromUtf8(c.name),
                                   QLatin1String(c.id));
            d.company = QLatin1String(c.company);
            d.customerNumber = QLatin1String(c.customer);
            d.registerId = QLatin1String(c.registerId);
            d.department = QLatin1String(c.department);
            d.invoiceDate = c.invoiceDate;
            d.dueDate = c.dueDate;
            int lineNo = 0;
            for (const auto &[account, ore] : c.lines) {
                d.lines.append({++lineNo, QStringLiteral("Rad %1").arg(lineNo),
                                Money::fromOre(ore), QLatin1String(account)});
                d.amount += Money::fromOre(ore);
            }
            drafts.append(d);
        }
        registerInvoices(drafts);
        stampCreatedOnInvoiceDate(*db);

        post("001", "010000001", "7", 6000, QDate(2026, 2, 15));
        post("001", "010000002", "1", 50000, QDate(2026, 3, 1));
        post("001", "010000001", "1", 30000, QDate(2026, 3, 2));
        post("002", "070000001", "2", 10000, QDate(2026, 5, 10));
        post("001", "040000001", "B", 200000, QDate(2026, 7, 5));
        post("001", "010000001", "1", 20000, QDate(2026, 7, 10));
        post("001", "010000001", "5", 5000, QDate(2026, 8, 1));
        db->setToday(QDate(2026, 11, 26));

        setDates("010000001", QStringLiteral("reminder1_date = '2026-02-15', "
                                             "reminder2_date = '2026-03-01'"));
        setDates("070000001", QStringLiteral("reminder1_date = '2026-03-25', "
                                             "collection_date = '2026-04-15', "
                                             "threat_date = '2026-05-01', dunning_code = 2"));
        setDates("040000001", QStringLiteral("payment_plan_date = '2026-05-01'"));
    }

private:
    void post(const char *company, const char *number, const char *method, qint64 ore,
              const QDate &date)
    {
        db->setToday(date);
        PostingRequest r;
        r.company = QLatin1String(company);
        r.invoiceNumber = QLatin1String(number);
        r.method = QLatin1String(method);
        r.amount = Money::fromOre(ore);
        r.transactionDate = date;
        PostingService(*db).post(r);
    }

    // Constant SQL of the fixture itself (no input).
    void setDates(const char *number, const QString &assignments)
    {
        db->run(QStringLiteral("UPDATE invoice SET %1 WHERE invoice_number = ?").arg(assignments),
                {QLatin1String(number)});
    }
};

} // namespace rsk::test
