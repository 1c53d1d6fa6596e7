// Transfer to a collection agency (handbook 7.19, 7.20; seed 003): the day
// rules per basis, the claims that stay, zeroing with the configured methods
// and its booking, once only, the kontrollista equal to the run, refusals
// that change nothing, and the balance-correction file. The real files (CSV
// golden, XLSX read back) come from reskontra-cli in tst_cli_agency.cpp.
#include "agencytestledger.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "dunning/agencycorrections.h"
#include "dunning/agencytransfer.h"
#include "ledger/invoicerepository.h"

#include <QSqlRecord>
#include <QtTest>

using namespace rsk;
using rsk::test::AgencyTestLedger;

namespace {

const QString kA = QStringLiteral("040000001");
const QString kB = QStringLiteral("040000002");
const QDate kTransfer(2026, 4, 15);

AgencySelection on(const QDate &date, bool zero = true)
{
    AgencySelection s;
    s.transferDate = date;
    s.zero = zero;
    return s;
}

// Every row of the tables a transfer touches, as text.
QString dump(Database &db)
{
    QString out;
    for (const char *table : {"invoice", "ledger_transaction", "booking_order", "booking_posting",
                              "agency_transfer", "agency_transfer_item", "agency_correction",
                              "agency_correction_item", "number_series"}) {
        QSqlQuery q = db.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            out += QLatin1String(table) + QLatin1Char(':');
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// "method:öre" of the transfer's transactions, in order.
QStringList postingsOf(Database &db, qint64 transferId)
{
    QStringList out;
    QSqlQuery q = db.run(QStringLiteral("SELECT method, amount_ore FROM ledger_transaction "
                                        "WHERE source = ? ORDER BY id"),
                         {QStringLiteral("agency:%1").arg(transferId)});
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    return out;
}

// "account:öre" of the verification's postings, sorted.
QStringList accountsOf(const Verification &v)
{
    QMap<QString, qint64> sums;
    for (const BookingPosting &p : v.postings)
        sums[p.account] += p.amount.ore();
    QStringList out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << it.key() + QLatin1Char(':') + QString::number(it.value());
    return out;
}

// A file that cannot be written: finish() fails as CsvExport's does.
class BrokenFile : public ReportWriter
{
public:
    void begin(const ReportLayout &) override {}
    void addRow(const ReportRow &) override {}
    void finish() override { throw LedgerError::refused(QStringLiteral("Disken är full.")); }
};

} // namespace

class TestAgencyTransfer : public QObject
{
    Q_OBJECT

private slots:
    void zeroing_data();
    void zeroing();
    void dayRules_data();
    void dayRules();
    void staysBehind_data();
    void staysBehind();
    void onceOnly();
    void kontrollistaEqualsRun();
    void refused_data();
    void refused();
    void corrections();
    void settingsChecked_data();
    void settingsChecked();
};

void TestAgencyTransfer::zeroing_data()
{
    QTest::addColumn<QString>("basis");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<QString>("feeMethod");
    QTest::addColumn<QString>("interestMethod");
    QTest::addColumn<qint64>("paidBefore");
    QTest::addColumn<QStringList>("postings");   // method:öre
    QTest::addColumn<QStringList>("accounts");   // account:öre of the verification
    QTest::addColumn<qint64>("balanceAfter");
    QTest::addColumn<qint64>("writtenOff"); // fee and interest zeroed, not sent
    // The claim: capital 1 000,00 + reminder fee 60,00 + collection fee
    // 180,00 + debited interest 25,50 = balance 1 265,50.
    // K (fee type K) writes off 180,00 against collection fee income 3590, R
    // (fee type D) 25,50 against interest income 8313, X pays the rest —
    // reminder fee 60,00 first, then capital 1 000,00 = 1 060,00 — to the
    // agency receivable 1515. Receivable 1510 is credited 1 265,50.
    QTest::newRow("fee, interest and capital each with its method")
        << "collection" << true << "K" << "R" << qint64(0)
        << QStringList{"K:18000", "R:2550", "X:106000"}
        << QStringList{"1510:-126550", "1515:106000", "3590:18000", "8313:2550"} << qint64(0)
        << qint64(20550);
    // 400,00 paid before (method 1) goes to costs first: 60 + 180 + 25,50 =
    // 265,50, then 134,50 of the capital; left 865,50 capital, all by X.
    QTest::newRow("partly paid 400,00 before: only capital is left")
        << "collection" << true << "K" << "R" << qint64(40000) << QStringList{"X:86550"}
        << QStringList{"1510:-86550", "1515:86550"} << qint64(0) << qint64(0);
    // handbook 7.20: "Vid uttag utifrån påminnelse 2 tas inga avgifter bort":
    // the collection fee goes along with the capital: 60 + 180 + 1 000.
    QTest::newRow("basis reminder 2: the fee goes to the agency")
        << "reminder2" << true << "K" << "R" << qint64(0) << QStringList{"R:2550", "X:124000"}
        << QStringList{"1510:-126550", "1515:124000", "8313:2550"} << qint64(0) << qint64(2550);
    QTest::newRow("fee and interest methods 0: the capital method takes all")
        << "collection" << true << "" << "" << qint64(0) << QStringList{"X:126550"}
        << QStringList{"1510:-126550", "1515:126550"} << qint64(0) << qint64(0);
    QTest::newRow("not zeroed: no postings, balance stays")
        << "collection" << false << "K" << "R" << qint64(0) << QStringList{} << QStringList{}
        << qint64(126550) << qint64(0);
}

void TestAgencyTransfer::zeroing()
{
    QFETCH(QString, basis);
    QFETCH(bool, zero);
    QFETCH(QString, feeMethod);
    QFETCH(QString, interestMethod);
    QFETCH(qint64, paidBefore);
    QFETCH(QStringList, postings);
    QFETCH(QStringList, accounts);
    QFETCH(qint64, balanceAfter);
    QFETCH(qint64, writtenOff);
    AgencyTestLedger t;
    AgencySettings s = t.settings(QStringLiteral("04"));
    s.basis = *agencyBasisFromCode(basis);
    s.feeMethod = feeMethod;
    s.interestMethod = interestMethod;
    AgencySettingsRegister(*t.db).save(s);
    t.addClaim(kA, 100000);
    t.setDates(kA, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    t.post(kA, QStringLiteral("7"), 6000, QDate(2026, 2, 10));
    t.post(kA, QStringLiteral("8"), 18000, QDate(2026, 3, 2));
    t.post(kA, QStringLiteral("9"), 2550, QDate(2026, 3, 2));
    if (paidBefore > 0)
        t.post(kA, QStringLiteral("1"), paidBefore, QDate(2026, 3, 10));

    ReportTable file;
    const AgencyTransferResult r = AgencyTransfer(*t.db).run(on(kTransfer, zero), file,
                                                             QStringLiteral("inkasso.csv"));
    QCOMPARE(r.items.size(), 1);
    QCOMPARE(postingsOf(*t.db, r.transferId), postings);
    const Invoice after = InvoiceRepository(*t.db).require(QStringLiteral("001"), kA);
    QCOMPARE(after.balance.ore(), balanceAfter);
    if (zero) {
        QCOMPARE(after.capitalOpen.ore(), 0);
        QCOMPARE(after.reminderFeeOpen.ore(), 0);
        QCOMPARE(after.collectionFeeOpen.ore(), 0);
        QCOMPARE(after.interestOpen.ore(), 0);
        QCOMPARE(after.finalPaidDate, kTransfer);
        QCOMPARE(r.bookingOrders.size(), 1);
        QCOMPARE(r.bookingOrders.first().sum().ore(), 0);
        QCOMPARE(accountsOf(r.bookingOrders.first()), accounts);
        QCOMPARE(r.zeroedTotal().ore(), 126550 - paidBefore);
    } else {
        QVERIFY(r.bookingOrders.isEmpty());
    }
    // Stamped, code and watch text set, audited.
    QCOMPARE(after.agencyTransferDate, kTransfer);
    QCOMPARE(after.dunningCode, 4);
    QCOMPARE(after.watchText, QStringLiteral("Överförd till inkasso"));
    bool audited = false;
    for (const AuditLog::Entry &e : AuditLog(*t.db).entriesFor(QStringLiteral("invoice"),
                                                               QStringLiteral("001/") + kA))
        audited |= e.field == QLatin1String("watch_text")
                   && e.newValue == QStringLiteral("Överförd till inkasso");
    QVERIFY(audited);
    // The file row: the balance before, what was written off, what goes.
    QCOMPARE(file.rows().size(), 1);
    const ReportRow &row = file.rows().first();
    const ReportLayout &l = file.layout();
    QCOMPARE(row.money(l.columnIndex(QStringLiteral("balance"))).ore(), 126550 - paidBefore);
    QCOMPARE(row.money(l.columnIndex(QStringLiteral("written_off"))).ore(), writtenOff);
    QCOMPARE(row.money(l.columnIndex(QStringLiteral("to_collect"))).ore(),
             126550 - paidBefore - writtenOff);
}

void TestAgencyTransfer::dayRules_data()
{
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("sent");
    // Due 2026-01-31, reminder 1 02-10, reminder 2 02-20, collection demand
    // 03-02; 30 days after each. February 2026 has 28 days.
    QTest::newRow("due date + 30 = 03-02: sent") << "due" << QDate(2026, 3, 2) << true;
    QTest::newRow("due date + 29: not yet") << "due" << QDate(2026, 3, 1) << false;
    QTest::newRow("reminder 1 + 30 = 03-12: sent") << "reminder1" << QDate(2026, 3, 12) << true;
    QTest::newRow("reminder 1 + 29: not yet") << "reminder1" << QDate(2026, 3, 11) << false;
    QTest::newRow("reminder 2 + 30 = 03-22: sent") << "reminder2" << QDate(2026, 3, 22) << true;
    QTest::newRow("reminder 2 + 29: not yet") << "reminder2" << QDate(2026, 3, 21) << false;
    QTest::newRow("collection + 30 = 04-01: sent") << "collection" << QDate(2026, 4, 1) << true;
    QTest::newRow("collection + 29: not yet") << "collection" << QDate(2026, 3, 31) << false;
}

void TestAgencyTransfer::dayRules()
{
    QFETCH(QString, basis);
    QFETCH(QDate, date);
    QFETCH(bool, sent);
    AgencyTestLedger t;
    AgencySettings s = t.settings(QStringLiteral("04"));
    s.basis = *agencyBasisFromCode(basis);
    AgencySettingsRegister(*t.db).save(s);
    t.addClaim(kA, 100000);
    t.setDates(kA, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    // A second claim without any reminder: only the due-date basis sends it.
    t.addClaim(kB, 50000);
    const AgencyTransferResult r = AgencyTransfer(*t.db).plan(on(date));
    QStringList numbers;
    for (const AgencyItem &v : r.items)
        numbers << v.invoiceNumber;
    QCOMPARE(numbers.contains(kA), sent);
    QCOMPARE(numbers.contains(kB), sent && basis == QLatin1String("due"));
    if (sent)
        QCOMPARE(r.items.first().daysSince, 30);
}

void TestAgencyTransfer::staysBehind_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("reason"); // "" = sent
    QTest::newRow("no person number, routine skips them") << "no-id skip" << "saknar personnummer";
    QTest::newRow("no person number, routine sends them") << "no-id send" << "";
    QTest::newRow("in a payment plan") << "plan" << "amorteringsplan 2026-03-20";
    QTest::newRow("disputed: dunning code 1") << "code 1" << "kravkod 1 Bestriden";
    QTest::newRow("respite to 04-30 stops it") << "code 2 to 04-30"
                                               << "kravkod 2 Anstånd t.o.m. 2026-04-30";
    QTest::newRow("respite ended 04-01: sent") << "code 2 to 04-01" << "";
    QTest::newRow("protected identity") << "protected" << "skyddad identitet";
}

void TestAgencyTransfer::staysBehind()
{
    QFETCH(QString, setup);
    QFETCH(QString, reason);
    AgencyTestLedger t;
    AgencySettings s = t.settings(QStringLiteral("04"));
    s.skipWithoutIdNumber = setup == QLatin1String("no-id skip");
    AgencySettingsRegister(*t.db).save(s);
    t.addClaim(kA, 100000, setup.startsWith(QLatin1String("no-id")) ? QString()
                                                                    : QStringLiteral("811218-9876"));
    t.setDates(kA, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    Database &db = *t.db;
    if (setup == QLatin1String("plan"))
        db.run(QStringLiteral("UPDATE invoice SET payment_plan_date = '2026-03-20'"));
    else if (setup == QLatin1String("code 1"))
        db.run(QStringLiteral("UPDATE invoice SET dunning_code = 1"));
    else if (setup.startsWith(QLatin1String("code 2 to ")))
        db.run(QStringLiteral("UPDATE invoice SET dunning_code = 2, dunning_code_until = ?"),
               {QStringLiteral("2026-") + setup.mid(10)});
    else if (setup == QLatin1String("protected"))
        db.run(QStringLiteral("UPDATE customer SET protected_identity = 1"));

    const AgencyTransferResult r = AgencyTransfer(db).plan(on(kTransfer));
    if (reason.isEmpty()) {
        QCOMPARE(r.items.size(), 1);
        QVERIFY(r.skipped.isEmpty());
        return;
    }
    QVERIFY(r.items.isEmpty());
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY2(r.skipped.first().reason.startsWith(reason), qPrintable(r.skipped.first().reason));
    // And the run sends nothing: there is nothing to send.
    ReportTable file;
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             AgencyTransfer(db).run(on(kTransfer), file, QStringLiteral("x.csv")));
    QVERIFY(!InvoiceRepository(db).require(QStringLiteral("001"), kA).agencyTransferDate.isValid());
}

void TestAgencyTransfer::onceOnly()
{
    AgencyTestLedger t;
    t.addClaim(kA, 100000);
    t.setDates(kA, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    ReportTable file;
    AgencyTransfer transfer(*t.db);
    QCOMPARE(transfer.run(on(kTransfer, false), file, QStringLiteral("a.csv")).items.size(), 1);
    // Not zeroed, still open with a balance: yet never sent again, nor listed.
    const AgencyTransferResult again = transfer.plan(on(kTransfer.addDays(30)));
    QVERIFY(again.items.isEmpty());
    QVERIFY(again.skipped.isEmpty());
    try {
        transfer.run(on(kTransfer.addDays(30)), file, QStringLiteral("b.csv"));
        QFAIL("a second transfer of the same claim was not refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Inga fordringar")), qPrintable(e.message()));
    }
    QCOMPARE(t.count(QStringLiteral("agency_transfer_item")), 1);
    QCOMPARE(transfer.transfers().size(), 1);
    QCOMPARE(transfer.transfers().first().fileName, QStringLiteral("a.csv"));
}

void TestAgencyTransfer::kontrollistaEqualsRun()
{
    AgencyTestLedger t;
    for (int i = 1; i <= 3; ++i) {
        const QString n = QStringLiteral("04000000%1").arg(i);
        t.addClaim(n, 10000 * i);
        t.setDates(n, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, i));
    }
    // 04000003's demand went out 03-03: 43 days on 04-15; all three go.
    const QString before = dump(*t.db);
    const AgencyTransferResult plan = AgencyTransfer(*t.db).plan(on(kTransfer));
    QCOMPARE(dump(*t.db), before); // the kontrollista changes nothing
    ReportTable file;
    const AgencyTransferResult run = AgencyTransfer(*t.db).run(on(kTransfer), file,
                                                               QStringLiteral("f.csv"));
    QCOMPARE(plan.items.size(), 3);
    QCOMPARE(run.items.size(), plan.items.size());
    for (int i = 0; i < plan.items.size(); ++i) {
        QCOMPARE(run.items.at(i).invoiceNumber, plan.items.at(i).invoiceNumber);
        QCOMPARE(run.items.at(i).balance, plan.items.at(i).balance);
        QCOMPARE(run.items.at(i).zeroed(), plan.items.at(i).zeroed());
    }
    // 100 + 200 + 300 kr = 600,00 kr sent and zeroed.
    QCOMPARE(run.balanceTotal().ore(), 60000);
    QCOMPARE(run.zeroedTotal().ore(), 60000);
    QCOMPARE(file.rows().size(), 3);
}

void TestAgencyTransfer::refused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("no settings for the routines chosen") << "routine 07"
                                                         << "Inställningar för inkasso saknas";
    QTest::newRow("the company has no agency") << "no agency" << "inkassobolag saknas";
    QTest::newRow("two companies, two agencies") << "two agencies" << "olika inkassobolag";
    QTest::newRow("the capital method lost its account") << "no account" << "saknar konto";
    QTest::newRow("the file cannot be written") << "broken file" << "Disken är full";
}

void TestAgencyTransfer::refused()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    AgencyTestLedger t;
    Database &db = *t.db;
    t.addClaim(kA, 100000);
    t.setDates(kA, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    AgencySelection s = on(kTransfer);
    if (setup == QLatin1String("routine 07")) {
        s.routineFrom = s.routineTo = QStringLiteral("07");
    } else if (setup == QLatin1String("no agency")) {
        db.run(QStringLiteral("DELETE FROM agency"));
    } else if (setup == QLatin1String("two agencies")) {
        t.addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
        AgencySettings other = t.settings(QStringLiteral("04"));
        other.company = QStringLiteral("002");
        AccountSettings(db).setAccount(other.company, account_kind::method(QStringLiteral("X")),
                                       QStringLiteral("1515"));
        AgencySettingsRegister(db).save(other);
        Agency a = *AgencySettingsRegister(db).agency(QStringLiteral("001"));
        a.company = QStringLiteral("002");
        a.name = QStringLiteral("Annat Inkasso AB");
        AgencySettingsRegister(db).saveAgency(a);
        InvoiceDraft d = AgencyTestLedger::draft(kB, Money::fromOre(20000));
        d.company = QStringLiteral("002");
        t.registerInvoices({d});
        db.run(QStringLiteral("UPDATE invoice SET collection_date = '2026-03-02'"));
    } else if (setup == QLatin1String("no account")) {
        db.run(QStringLiteral("UPDATE payment_method SET account = '' WHERE code = 'X'"));
    }
    const QString before = dump(db);
    try {
        if (setup == QLatin1String("broken file")) {
            BrokenFile file;
            AgencyTransfer(db).run(s, file, QStringLiteral("x.csv"));
        } else {
            AgencyTransfer(db).plan(s);
        }
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(dump(db), before);
}

void TestAgencyTransfer::corrections()
{
    AgencyTestLedger t;
    t.addClaim(kA, 100000);
    t.addClaim(kB, 50000);
    for (const QString &n : {kA, kB})
        t.setDates(n, QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2));
    // Paid before the transfer: part of what was sent, never a correction.
    t.post(kA, QStringLiteral("1"), 10000, QDate(2026, 3, 10));
    ReportTable file;
    const AgencyTransferResult sent = AgencyTransfer(*t.db).run(on(kTransfer), file,
                                                                QStringLiteral("t.csv"));
    QCOMPARE(sent.zeroedTotal().ore(), 90000 + 50000);
    // After the transfer: the debtor pays A 300,00 (a K payment), the agency
    // pays A 200,00 from its giro (method I: not reported), B is credited
    // 100,00 (method 2) and a 50,00 payment on B is reversed (method 6, D).
    t.post(kA, QStringLiteral("B"), 30000, QDate(2026, 4, 20));
    t.post(kA, QStringLiteral("I"), 20000, QDate(2026, 4, 22));
    t.post(kB, QStringLiteral("2"), 10000, QDate(2026, 4, 25));
    t.post(kB, QStringLiteral("6"), 5000, QDate(2026, 4, 26));

    AgencyCorrections corrections(*t.db);
    const AgencyCorrectionResult plan = corrections.plan();
    QStringList seen;
    for (const AgencyCorrectionItem &v : plan.items)
        seen << QStringLiteral("%1 %2 %3 %4").arg(v.invoiceNumber, v.method, v.kind)
                    .arg(v.amount.ore());
    QCOMPARE(seen, (QStringList{QStringLiteral("040000001 B betalning 30000"),
                                QStringLiteral("040000002 2 kreditering 10000"),
                                QStringLiteral("040000002 6 rättelse -5000")}));
    // 300 + 100 − 50 = 350,00.
    QCOMPARE(plan.total().ore(), 35000);
    ReportTable out;
    const AgencyCorrectionResult written = corrections.run(out, QStringLiteral("k.csv"));
    QCOMPARE(written.items.size(), 3);
    QCOMPARE(out.rows().size(), 3);
    QCOMPARE(out.rows().at(0).text(out.layout().columnIndex(QStringLiteral("agency_customer_number"))),
             QStringLiteral("K-4711"));
    // Reported once: the next file has only what came since.
    QVERIFY(corrections.plan().items.isEmpty());
    QVERIFY_THROWS_EXCEPTION(LedgerError, corrections.run(out, QStringLiteral("k2.csv")));
    t.post(kA, QStringLiteral("B"), 5000, QDate(2026, 5, 2));
    const AgencyCorrectionResult next = corrections.plan();
    QCOMPARE(next.items.size(), 1);
    QCOMPARE(next.items.first().amount.ore(), 5000);
    QCOMPARE(next.items.first().transactionDate, QDate(2026, 5, 2));
    QCOMPARE(corrections.corrections().size(), 1);
}

void TestAgencyTransfer::settingsChecked_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("capital method that is a D method") << "capital" << "6" << "ska vara ett K-sätt";
    QTest::newRow("capital method without an account") << "capital" << "1" << "saknar konto";
    QTest::newRow("capital method = the agency method") << "capital" << "I"
                                                        << "betalningar från inkassobolaget";
    QTest::newRow("fee method without fee type K") << "fee" << "R" << "med K i fältet";
    QTest::newRow("interest method that does not exist") << "interest" << "Q" << "finns inte";
    QTest::newRow("dunning code without \"no interest\"") << "code" << "1"
                                                           << "ska ha \"ej dröjsmålsränta\"";
    QTest::newRow("days over 999") << "days" << "1000" << "antal dagar ska vara 0–999";
    QTest::newRow("watch text of 41 characters") << "watch" << QString(41, QLatin1Char('x'))
                                                 << "högst 40";
}

void TestAgencyTransfer::settingsChecked()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    AgencyTestLedger t;
    AgencySettings s = t.settings(QStringLiteral("07"));
    if (field == QLatin1String("capital"))
        s.capitalMethod = value;
    else if (field == QLatin1String("fee"))
        s.feeMethod = value;
    else if (field == QLatin1String("interest"))
        s.interestMethod = value;
    else if (field == QLatin1String("code"))
        s.dunningCode = value.toInt();
    else if (field == QLatin1String("days"))
        s.days = value.toInt();
    else
        s.watchText = value;
    try {
        AgencySettingsRegister(*t.db).save(s);
        QFAIL("saved");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("rutin 07")), qPrintable(e.message()));
    }
    QVERIFY(!AgencySettingsRegister(*t.db).settings(QStringLiteral("001"), QStringLiteral("07")));
}

QTEST_GUILESS_MAIN(TestAgencyTransfer)
#include "tst_agencytransfer.moc"
