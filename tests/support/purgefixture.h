#pragma once

// The ledger of the Rensning betalda fakturor tests (handbook 8.4): claims of
// company 001 (and one of 002) drafted 2026-01-01, due 2026-01-31, paid,
// booked and tied to plans, orders, agencies, signals and overpayments so that
// each rule of core/ledger/paidinvoicepurge.h has a claim that shows it.
// Amounts in kronor; "paid D" = one payment (method 1) of the whole amount.
//
//  claim      kr    what                                   before 2026-06-01
//  040000001  1000  paid 02-10, booked; a note, a seen      purged
//                   signal, a dunning letter (run kept)
//  040000002   500  paid 07-01 (after the date)             not a candidate
//  040000003   300  200 paid 02-10: balance 100; owns an    not a candidate
//                   overpayment row moved to 040000014
//  040000004   400  paid 02-10, dunning code 3; an old       purged (not with
//                   refunded, booked overpayment             "ej kravkod 3")
//  040000005   250  paid 03-01 after the booking run         blocked: unbooked
//  010000006   100  routine 01, paid 02-01                   purged
//  040000007   200  paid 02-10, payment plan 1 with …        blocked: plan
//  040000008   200  … this unpaid claim                      not a candidate
//  040000009   150  paid 02-10, payment order 1 with …       purged
//  040000010   150  … this claim paid 02-10                  purged
//  040000011   120  60 paid 02-01 + 60 paid 02-10, and a     not a candidate
//                   text-only note 07-01 (last event after)
//  040000012    90  paid 02-10, signal entry not seen        blocked: signal
//  040000014    70  paid 02-10; 040000003's overpayment was  blocked: refers
//                   moved here
//  040000015    60  sent to an agency 02-05, paid 02-10,     blocked: agency
//                   not reported in a correction file
//  002/040000001 80 company 002, paid 02-10                  outside 001
//
// The booking run of 2026-02-28 books every payment up to then.

#include "testledger.h"

#include "bookkeeping/bookingrun.h"
#include "ledger/paidinvoicepurge.h"
#include "ledger/posting.h"

namespace rsk::test {

class PurgeFixture
{
public:
    PurgeFixture() { build(); }

    TestLedger ledger;
    Database &db() { return *ledger.db; }

    qint64 id(const QString &number, const QString &company = QStringLiteral("001"))
    {
        return db().scalar(QStringLiteral("SELECT id FROM invoice WHERE company = ? AND "
                                          "invoice_number = ?"),
                           {company, number})
            .toLongLong();
    }

    // The selection "company 001, paid before 2026-06-01, a list in invoice order".
    static PaidInvoicePurgeSelection selection(const QDate &before = QDate(2026, 6, 1))
    {
        PaidInvoicePurgeSelection s;
        s.companyFrom = QStringLiteral("001");
        s.paidBefore = before;
        s.lists = {PurgeReceiptList{}};
        return s;
    }

    // Every table of the ledger and its row count.
    QMap<QString, qint64> counts()
    {
        QMap<QString, qint64> out;
        for (const QString &table : db().connection().tables())
            out.insert(table, ledger.count(table));
        return out;
    }

private:
    void pay(const QString &number, const char *amount, const QDate &date,
             const QString &method = QStringLiteral("1"),
             const QString &company = QStringLiteral("001"))
    {
        PostingRequest r;
        r.company = company;
        r.invoiceNumber = number;
        r.method = method;
        r.amount = *Money::parse(QString::fromLatin1(amount));
        r.transactionDate = date;
        PostingService(db()).post(r);
    }

    qint64 insert(const QString &sql, const QVariantList &args)
    {
        return db().insertReturningId(sql + QStringLiteral(" RETURNING id"), args);
    }

    void build()
    {
        ledger.addCompany(QStringLiteral("002"), QStringLiteral("Andra bolaget"));
        QList<InvoiceDraft> drafts;
        const QList<QPair<const char *, const char *>> claims{
            {"040000001", "1000"}, {"040000002", "500"}, {"040000003", "300"},
            {"040000004", "400"},  {"040000005", "250"}, {"010000006", "100"},
            {"040000007", "200"},  {"040000008", "200"}, {"040000009", "150"},
            {"040000010", "150"},  {"040000011", "120"}, {"040000012", "90"},
            {"040000014", "70"},   {"040000015", "60"}};
        for (const auto &[number, kr] : claims) {
            InvoiceDraft d = TestLedger::draft(QString::fromLatin1(number),
                                               *Money::parse(QString::fromLatin1(kr)));
            drafts << d;
        }
        // Names for the name order: B… before A… in invoice order.
        drafts[1].name = QStringLiteral("Berg, Bo");
        drafts[1].idNumber = QStringLiteral("121212-1212");
        drafts[3].name = QStringLiteral("Ek, Eva");
        drafts[3].idNumber = QStringLiteral("19900101-0017");
        drafts[5].name = QStringLiteral("Öberg, Åsa");
        drafts[5].idNumber = QStringLiteral("19700101-0029");
        InvoiceDraft other = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(80));
        other.company = QStringLiteral("002");
        drafts << other;
        ledger.registerInvoices(drafts);

        const QDate feb1(2026, 2, 1);
        const QDate feb10(2026, 2, 10);
        pay(QStringLiteral("040000001"), "1000", feb10);
        pay(QStringLiteral("040000003"), "200", feb10);
        pay(QStringLiteral("040000004"), "400", feb10);
        pay(QStringLiteral("010000006"), "100", feb1);
        pay(QStringLiteral("040000007"), "200", feb10);
        pay(QStringLiteral("040000009"), "150", feb10);
        pay(QStringLiteral("040000010"), "150", feb10);
        pay(QStringLiteral("040000011"), "60", feb1);
        pay(QStringLiteral("040000011"), "60", feb10);
        pay(QStringLiteral("040000012"), "90", feb10);
        pay(QStringLiteral("040000014"), "70", feb10);
        pay(QStringLiteral("040000001"), "80", feb10, QStringLiteral("1"), QStringLiteral("002"));
        // Sent to the agency on 02-05 (before its payment) without zeroing.
        const QString stamp = db().nowStamp();
        const qint64 transfer = insert(
            QStringLiteral("INSERT INTO agency_transfer (transfer_date, selection, agency_name, "
                           "agency_customer_number, created_by, created_at) VALUES (?,?,?,?,?,?)"),
            {dateArg(QDate(2026, 2, 5)), QStringLiteral("{}"), QStringLiteral("Inkasso AB"),
             QStringLiteral("4711"), QStringLiteral("testare"), stamp});
        insert(QStringLiteral("INSERT INTO agency_transfer_item (transfer_id, invoice_id, "
                              "balance_ore, last_transaction_id) VALUES (?,?,?,0)"),
               {transfer, id(QStringLiteral("040000015")), 6000});
        pay(QStringLiteral("040000015"), "60", feb10);

        BookingSelection booking;
        booking.date = QDate(2026, 2, 28);
        BookingRun(db()).run(booking);

        pay(QStringLiteral("040000005"), "250", QDate(2026, 3, 1)); // after the booking run
        pay(QStringLiteral("040000002"), "500", QDate(2026, 7, 1));
        pay(QStringLiteral("040000011"), "0", QDate(2026, 7, 1), QStringLiteral("T"));
        db().run(QStringLiteral("UPDATE ledger_transaction SET booked_date = ? WHERE "
                                "booked_date IS NULL AND transaction_date > ?"),
                 {dateArg(QDate(2026, 7, 31)), dateArg(QDate(2026, 6, 30))});
        db().run(QStringLiteral("UPDATE invoice SET dunning_code = 3 WHERE invoice_number = ?"),
                 {QStringLiteral("040000004")});

        insert(QStringLiteral("INSERT INTO invoice_note (invoice_id, text, created_by, "
                              "created_at) VALUES (?,?,?,?)"),
               {id(QStringLiteral("040000001")), QStringLiteral("Ringde om fakturan"),
                QStringLiteral("testare"), stamp});
        const QString signal = QStringLiteral("INSERT INTO signal_entry (invoice_id, watch_text, "
                                              "amount_ore, created_at, seen_by, seen_at) "
                                              "VALUES (?,?,?,?,?,?)");
        insert(signal, {id(QStringLiteral("040000001")), QStringLiteral("Bevakas"), 100000, stamp,
                        QStringLiteral("testare"), stamp});
        insert(signal, {id(QStringLiteral("040000012")), QStringLiteral("Bevakas"), 9000, stamp,
                        QVariant(), QVariant()});
        const qint64 run = insert(QStringLiteral("INSERT INTO dunning_run (run_date, selection, "
                                                 "created_by, created_at) VALUES (?,?,?,?)"),
                                  {dateArg(QDate(2026, 2, 5)), QStringLiteral("{}"),
                                   QStringLiteral("testare"), stamp});
        insert(QStringLiteral("INSERT INTO dunning_letter (run_id, invoice_id, step, "
                              "before_state, version_after) VALUES (?,?,'reminder1','{}',1)"),
               {run, id(QStringLiteral("040000001"))});
        const QString overpayment = QStringLiteral(
            "INSERT INTO overpayment (company, invoice_id, payment_date, amount_ore, status, "
            "moved_to_invoice_id, booked_date, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)");
        insert(overpayment, {QStringLiteral("001"), id(QStringLiteral("040000004")),
                             dateArg(QDate(2026, 2, 3)), 1000, QStringLiteral("refunded"),
                             QVariant(), dateArg(QDate(2026, 2, 28)), QStringLiteral("testare"),
                             stamp});
        insert(overpayment, {QStringLiteral("001"), id(QStringLiteral("040000003")),
                             dateArg(QDate(2026, 2, 3)), 500, QStringLiteral("moved"),
                             id(QStringLiteral("040000014")), dateArg(QDate(2026, 2, 28)),
                             QStringLiteral("testare"), stamp});
        const QString plan = QStringLiteral(
            "INSERT INTO payment_plan (plan_date, debtor_name, total_debt_ore, instalment_count, "
            "first_date, last_date, monthly_ore, document, created_by, created_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)");
        const qint64 planId = insert(plan, {dateArg(QDate(2026, 2, 5)), QStringLiteral("Andersson, Anna"),
                                            40000, 2, dateArg(QDate(2026, 2, 28)),
                                            dateArg(QDate(2026, 3, 31)), 20000,
                                            QStringLiteral("{}"), QStringLiteral("testare"), stamp});
        for (const char *n : {"040000007", "040000008"})
            db().run(QStringLiteral("INSERT INTO payment_plan_claim (plan_id, invoice_id) "
                                    "VALUES (?,?)"),
                     {planId, id(QString::fromLatin1(n))});
        const qint64 order = insert(
            QStringLiteral("INSERT INTO payment_order (application_date, id_number, claim_count, "
                           "capital_ore, interest_ore, costs_ore, total_ore, document, created_by, "
                           "created_at) VALUES (?,?,2,30000,0,0,30000,'{}',?,?)"),
            {dateArg(QDate(2026, 2, 5)), QStringLiteral("198112189876"),
             QStringLiteral("testare"), stamp});
        int row = 0;
        for (const char *n : {"040000009", "040000010"})
            db().run(QStringLiteral("INSERT INTO payment_order_claim (payment_order_id, row_no, "
                                    "invoice_id, capital_ore, interest_ore) VALUES (?,?,?,15000,0)"),
                     {order, ++row, id(QString::fromLatin1(n))});
    }
};

} // namespace rsk::test
