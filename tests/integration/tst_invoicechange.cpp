// Change mode on a claim (handbook 6.1 "Ändringsläge Kundfaktura",
// InvoiceChangeService): each editable field saved and audited old → new,
// each consistency rule between dunning dates and fees (with letters from
// real dunning runs), a stale version refused naming who changed the claim,
// a refused change leaving nothing behind; and what the claim screen reads
// beside it: notes (ClaimNotes), the customer's total debt over companies
// and the accrued interest refused on an interest invoice (ClaimOverview).
#include "testledger.h"

#include "audit/auditlog.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "ledger/claimnotes.h"
#include "ledger/claimoverview.h"
#include "ledger/invoicechange.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kClaim = QStringLiteral("010000001");
const QString kKey = QStringLiteral("001/010000001");

// Routine 01 with every step: reminder 1 ten days after the due date with a
// 60 kr fee printed only; reminder 2 ten days later with a 60 kr fee
// debited; the collection demand ten days after reminder 2 with 180 kr
// debited. Due 2026-01-31 → runs 2026-02-10, 2026-02-20, 2026-03-02.
void setUpDunning(Database &db)
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("01"));
    s.reminderFeeAgreed = true;
    s.reminder1.fee = Money::fromKronor(60);
    s.reminder1.printInterest = false;
    s.reminder2.days = 10;
    s.reminder2.fee = Money::fromKronor(60);
    s.reminder2.debit = true;
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.days = 10;
    s.collection.printInterest = false;
    DunningSettingsRegister(db).save(s);
}

// A ledger with the claim 010000001 (1 000,00, due 2026-01-31) after `steps`
// dunning runs (0–3), and 010000002 with department KULTUR.
std::unique_ptr<TestLedger> ledgerAfter(int steps)
{
    auto t = std::make_unique<TestLedger>();
    InvoiceDraft other = TestLedger::draft(QStringLiteral("010000002"), Money::fromKronor(500));
    other.department = QStringLiteral("KULTUR");
    t->registerInvoices({TestLedger::draft(kClaim, Money::fromKronor(1000)), other});
    setUpDunning(*t->db);
    const QDate runs[] = {QDate(2026, 2, 10), QDate(2026, 2, 20), QDate(2026, 3, 2)};
    for (int i = 0; i < steps; ++i) {
        DunningSelection s;
        s.runDate = runs[i];
        s.invoiceFrom = s.invoiceTo = kClaim;
        const DunningRunResult r = DunningRun(*t->db).run(s);
        if (r.letters.size() != 1)
            qFatal("dunning run %d made %d letters", i + 1, int(r.letters.size()));
    }
    return t;
}

Invoice claim(Database &db)
{
    return InvoiceRepository(db).require(kCompany, kClaim,
                                         InvoiceRepository::Detail::WithLinesAndTransactions);
}

// "field=value;field=value" as a clerk would leave the form (dates ISO,
// fees in kronor, empty = blanked).
void apply(InvoiceChange &c, const QString &edits)
{
    namespace f = invoicefield;
    for (const QString &pair : edits.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString field = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        const Money money = value.isEmpty() ? Money() : Money::parse(value).value_or(Money());
        const auto is = [&](const char *name) { return field == QLatin1String(name); };
        if (is(f::IdNumber)) c.idNumber = value;
        else if (is(f::Co)) c.co = value;
        else if (is(f::Address)) c.address = value;
        else if (is(f::PostalCode)) c.postalCode = value;
        else if (is(f::City)) c.city = value;
        else if (is(f::Country)) c.country = value;
        else if (is(f::DueDate)) c.dueDate = date;
        else if (is(f::Department)) c.department = value;
        else if (is(f::Handler)) c.handler = value;
        else if (is(f::Description)) c.description = value;
        else if (is(f::Reminder1Date)) c.reminder1Date = date;
        else if (is(f::Reminder2Date)) c.reminder2Date = date;
        else if (is(f::CollectionDate)) c.collectionDate = date;
        else if (is(f::ResidualDate)) c.residualDate = date;
        else if (is(f::ThreatDate)) c.threatDate = date;
        else if (is(f::PaymentOrderDate)) c.paymentOrderDate = date;
        else if (is(f::PaymentPlanDate)) c.paymentPlanDate = date;
        else if (is(f::ReminderFee)) c.reminderFee = money;
        else if (is(f::CollectionFee)) c.collectionFee = money;
        else if (is(f::WatchText)) c.watchText = value;
        else if (is(f::DunningCode)) c.dunningCode = value.toInt();
        else if (is(f::DunningCodeUntil)) c.dunningCodeUntil = date;
        else qFatal("unknown field %s", qPrintable(field));
    }
}

InvoiceChangeResult change(Database &db, const QString &edits, bool acceptWarnings = false)
{
    const Invoice before = claim(db);
    InvoiceChange c = InvoiceChange::of(before);
    apply(c, edits);
    return InvoiceChangeService(db).save(kCompany, kClaim, before.version, c, acceptWarnings);
}

QString problemsText(const QList<ChangeProblem> &problems)
{
    QStringList out;
    for (const ChangeProblem &p : problems)
        out << QStringLiteral("%1%2: %3").arg(p.warning ? QStringLiteral("(w) ") : QString(),
                                               p.field, p.message);
    return out.join(QLatin1Char('\n'));
}

// The conflict message names the time the way the clerk reads it, the
// minute of a change made today: "… ändrats av anna kl. 14:05 — ladda om".
QString localStampOf(const QString &isoStamp)
{
    QDateTime t = QDateTime::fromString(isoStamp, Qt::ISODate);
    if (t.timeSpec() == Qt::LocalTime) // PostgreSQL's TIMESTAMP drops the Z
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return QStringLiteral("kl. %1 — ladda om")
        .arg(t.toLocalTime().toString(QStringLiteral("HH:mm")));
}

void post(Database &db, const QString &method, qint64 ore, const QDate &date)
{
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = kClaim;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

} // namespace

class TestInvoiceChange : public QObject
{
    Q_OBJECT
private slots:
    void eachEditableField_data();
    void eachEditableField();
    void consistencyRules_data();
    void consistencyRules();
    void debitedFeeBlankedAfterAnnulment();
    void warningSavedOnlyWhenAccepted();
    void staleVersionRefused();
    void refusedChangeLeavesNothing();
    void severalFieldsOneVersionStep();
    void nothingChangedIsNoSave();
    void notesAddedWithWhoAndWhen();
    void customerDebtOverCompanies();
    void interestRefusedOnInterestInvoice();
};

void TestInvoiceChange::eachEditableField_data()
{
    QTest::addColumn<int>("steps");      // dunning runs before the change
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("column"); // the invoice column checked
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("auditOld");
    QTest::addColumn<QString>("auditNew");
    // 640823-3234: Skatteverket's example number, check digit 4 (Luhn).
    QTest::newRow("id number changed, stored normalised")
        << 0 << "id_number=640823-3234" << "id_number" << "196408233234" << "198112189876"
        << "196408233234";
    QTest::newRow("c/o filled in") << 0 << "co=c/o Berg" << "co" << "c/o Berg" << ""
                                   << "c/o Berg";
    QTest::newRow("address") << 0 << "address=Lillgatan 2" << "address" << "Lillgatan 2"
                             << "Storgatan 1" << "Lillgatan 2";
    QTest::newRow("postal code written 123 45")
        << 0 << "postal_code=54321" << "postal_code" << "543 21" << "123 45" << "543 21";
    QTest::newRow("city") << 0 << "city=Storstad" << "city" << "Storstad" << "Småstad"
                          << "Storstad";
    QTest::newRow("country code upper-cased, foreign postal code kept")
        << 0 << "country=no;postal_code=0150" << "country" << "NO" << "" << "NO";
    QTest::newRow("due date moved forward")
        << 0 << "due_date=2026-02-15" << "due_date" << "2026-02-15" << "2026-01-31"
        << "2026-02-15";
    QTest::newRow("department in use on another claim")
        << 0 << "department=KULTUR" << "department" << "KULTUR" << "" << "KULTUR";
    QTest::newRow("handler") << 0 << "handler=Eva Ek 010-123 45" << "handler"
                             << "Eva Ek 010-123 45" << "" << "Eva Ek 010-123 45";
    QTest::newRow("avser") << 0 << "description=Hyra februari" << "description"
                           << "Hyra februari" << "" << "Hyra februari";
    QTest::newRow("reminder 1 date set by hand")
        << 0 << "reminder1_date=2026-02-12" << "reminder1_date" << "2026-02-12" << ""
        << "2026-02-12";
    QTest::newRow("reminder 1 date blanked with its printed fee removed")
        << 1 << "reminder1_date=;reminder_fee_undebited_ore=" << "reminder_fee_undebited_ore"
        << "0" << "6000" << "0";
    QTest::newRow("printed reminder fee lowered 60,00 → 30,00")
        << 1 << "reminder_fee_undebited_ore=30,00" << "reminder_fee_undebited_ore" << "3000"
        << "6000" << "3000";
    QTest::newRow("residual date after the collection demand")
        << 3 << "residual_date=2026-04-01" << "residual_date" << "2026-04-01" << ""
        << "2026-04-01";
    QTest::newRow("threat date") << 0 << "threat_date=2026-05-01" << "threat_date"
                                 << "2026-05-01" << "" << "2026-05-01";
    QTest::newRow("payment order date") << 0 << "payment_order_date=2026-06-01"
                                        << "payment_order_date" << "2026-06-01" << ""
                                        << "2026-06-01";
    QTest::newRow("payment plan date") << 0 << "payment_plan_date=2026-06-02"
                                       << "payment_plan_date" << "2026-06-02" << ""
                                       << "2026-06-02";
    QTest::newRow("watch text") << 0 << "watch_text=Bestrider, ring först" << "watch_text"
                                << "Bestrider, ring först" << "" << "Bestrider, ring först";
    QTest::newRow("dunning code set through DunningCodeAssignment")
        << 0 << "dunning_code=1" << "dunning_code" << "1" << "" << "1";
    QTest::newRow("dunning code valid-to")
        << 0 << "dunning_code=2;dunning_code_until=2026-12-31" << "dunning_code_until"
        << "2026-12-31" << "" << "2026-12-31";
}

void TestInvoiceChange::eachEditableField()
{
    QFETCH(int, steps);
    QFETCH(QString, edits);
    QFETCH(QString, column);
    QFETCH(QString, stored);
    QFETCH(QString, auditOld);
    QFETCH(QString, auditNew);
    auto t = ledgerAfter(steps);
    const Invoice before = claim(*t->db);
    const int auditBefore = int(t->count("audit_log"));
    t->db->setUser(QStringLiteral("eva"));
    const InvoiceChangeResult r = change(*t->db, edits);
    QVERIFY2(r.saved, qPrintable(problemsText(r.problems)));

    QCOMPARE(t->db->scalar(QStringLiteral("SELECT %1 FROM invoice WHERE invoice_number = ?")
                               .arg(column),
                           {kClaim})
                 .toString(),
             stored);
    QCOMPARE(r.claim.changedBy, QStringLiteral("eva"));
    QVERIFY(r.claim.version > before.version);
    // Exactly one audit row per changed field, this one old → new.
    QCOMPARE(int(t->count("audit_log")) - auditBefore, r.changedFields);
    const auto entries = AuditLog(*t->db).entriesFor(QStringLiteral("invoice"), kKey);
    bool found = false;
    for (const AuditLog::Entry &e : entries) {
        if (e.field == column && e.user == QLatin1String("eva")) {
            QCOMPARE(e.oldValue, auditOld);
            QCOMPARE(e.newValue, auditNew);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(column));
}

void TestInvoiceChange::consistencyRules_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("edits");
    QTest::addColumn<QString>("field");   // the field the problem is shown at
    QTest::addColumn<QString>("message"); // part of the reason
    QTest::newRow("reminder 2 without reminder 1")
        << 0 << "reminder2_date=2026-02-20" << "reminder2_date"
        << "kräver datum för påminnelse 1";
    QTest::newRow("reminder 2 before reminder 1")
        << 0 << "reminder1_date=2026-02-20;reminder2_date=2026-02-10" << "reminder2_date"
        << "ligger före påminnelse 1";
    QTest::newRow("residual demand without collection demand")
        << 0 << "residual_date=2026-04-01" << "residual_date" << "kräver datum för inkassokrav";
    QTest::newRow("residual demand before collection demand")
        << 3 << "residual_date=2026-03-01" << "residual_date" << "ligger före inkassokrav";
    QTest::newRow("dunning date after today (2026-11-26)")
        << 0 << "threat_date=2026-11-27" << "threat_date" << "efter dagens datum";
    QTest::newRow("dunning date before the invoice date 2026-01-01")
        << 0 << "reminder1_date=2025-12-31" << "reminder1_date" << "före fakturadatum";
    QTest::newRow("due date before the invoice date")
        << 0 << "due_date=2025-12-31" << "due_date" << "före fakturadatum";
    QTest::newRow("due date blanked") << 0 << "due_date=" << "due_date" << "saknas";
    QTest::newRow("id number with a wrong check digit")
        << 0 << "id_number=640823-3235" << "id_number" << "Person-/organisationsnummer";
    QTest::newRow("id number removed") << 0 << "id_number=" << "id_number" << "inte tas bort";
    QTest::newRow("department not in use in the company")
        << 0 << "department=OKÄND" << "department" << "används inte";
    QTest::newRow("Swedish postal code of four digits")
        << 0 << "postal_code=1234" << "postal_code" << "fem siffror";
    QTest::newRow("country code of three letters")
        << 0 << "country=NOR" << "country" << "två bokstäver";
    QTest::newRow("city of 31 characters")
        << 0 << "city=" + QString(31, QLatin1Char('x')) << "city" << "högst 30";
    QTest::newRow("watch text of 41 characters")
        << 0 << "watch_text=" + QString(41, QLatin1Char('x')) << "watch_text" << "högst 40";
    QTest::newRow("dunning code not set up (8)")
        << 0 << "dunning_code=8" << "dunning_code" << "finns inte";
    QTest::newRow("valid-to without a dunning code")
        << 0 << "dunning_code_until=2026-12-31" << "dunning_code_until" << "kräver en kravkod";
    QTest::newRow("valid-to already passed")
        << 0 << "dunning_code=1;dunning_code_until=2026-11-25" << "dunning_code_until"
        << "redan har passerats";
    QTest::newRow("printed reminder fee raised 60,00 → 70,00")
        << 1 << "reminder_fee_undebited_ore=70,00" << "reminder_fee_undebited_ore"
        << "bara minskas";
    QTest::newRow("reminder fee negative")
        << 1 << "reminder_fee_undebited_ore=-10,00" << "reminder_fee_undebited_ore"
        << "negativ";
    QTest::newRow("reminder 1 blanked, its 60,00 printed fee kept")
        << 1 << "reminder1_date=" << "reminder_fee_undebited_ore" << "står kvar utan datum";
    QTest::newRow("reminder 2 blanked, its 60,00 fee debited and not annulled")
        << 2 << "reminder2_date=" << "reminder2_date" << "uppdebiterad; annullera";
    QTest::newRow("collection demand blanked, 180,00 debited and not annulled")
        << 3 << "collection_date=" << "collection_date" << "uppdebiterad; annullera";
    QTest::newRow("reminder 1 blanked while reminder 2 stays")
        << 2 << "reminder1_date=;reminder_fee_undebited_ore=" << "reminder2_date"
        << "kräver datum för påminnelse 1";
}

void TestInvoiceChange::consistencyRules()
{
    QFETCH(int, steps);
    QFETCH(QString, edits);
    QFETCH(QString, field);
    QFETCH(QString, message);
    auto t = ledgerAfter(steps);
    const Invoice before = claim(*t->db);
    const qint64 audit = t->count("audit_log");
    const InvoiceChangeResult r = change(*t->db, edits);
    QVERIFY(!r.saved);
    bool found = false;
    for (const ChangeProblem &p : r.problems)
        found = found || (p.field == field && p.message.contains(message) && !p.warning);
    QVERIFY2(found, qPrintable(problemsText(r.problems)));
    // Refused: nothing written, no version step, no audit row.
    QCOMPARE(claim(*t->db).version, before.version);
    QCOMPARE(t->count("audit_log"), audit);
}

void TestInvoiceChange::debitedFeeBlankedAfterAnnulment()
{
    // After reminder 2 (60,00 debited): annul it with P (Avskr påm.avg);
    // then the date may be blanked (handbook 6.1 "måste annullering ... ske
    // ... via funktionen för manuell inbetalning").
    auto t = ledgerAfter(2);
    QCOMPARE(claim(*t->db).reminderFeeOpen.ore(), 6000);
    post(*t->db, QStringLiteral("P"), 6000, QDate(2026, 3, 1));
    const InvoiceChangeResult r = change(*t->db, QStringLiteral("reminder2_date="));
    QVERIFY2(r.saved, qPrintable(problemsText(r.problems)));
    QVERIFY(!r.claim.reminder2Date.isValid());
    QCOMPARE(r.claim.reminder1Date, QDate(2026, 2, 10));
    // The printed reminder-1 fee is not the blanked step's: it stays.
    QCOMPARE(r.claim.reminderFeeUndebited.ore(), 6000);
}

void TestInvoiceChange::warningSavedOnlyWhenAccepted()
{
    auto t = ledgerAfter(0);
    t->db->run(QStringLiteral("UPDATE invoice SET payment_order_date = '2026-05-01', "
                              "watch_text = 'Betalningsföreläggande' WHERE invoice_number = ?"),
               {kClaim});
    // handbook 6.1: blanking the payment order date "bör" blank the watch text.
    InvoiceChangeResult r = change(*t->db, QStringLiteral("payment_order_date="));
    QVERIFY(!r.saved);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().warning);
    QCOMPARE(r.problems.first().field, QStringLiteral("watch_text"));
    QVERIFY(claim(*t->db).paymentOrderDate.isValid());
    r = change(*t->db, QStringLiteral("payment_order_date="), true);
    QVERIFY(r.saved);
    QVERIFY(!r.claim.paymentOrderDate.isValid());
    QCOMPARE(r.claim.watchText, QStringLiteral("Betalningsföreläggande"));
}

void TestInvoiceChange::staleVersionRefused()
{
    auto t = ledgerAfter(0);
    const Invoice read = claim(*t->db); // the clerk reads the claim …
    t->db->setUser(QStringLiteral("anna")); // … someone else pays part of it …
    post(*t->db, QStringLiteral("B"), 10000, QDate(2026, 2, 1));
    const Invoice paid = claim(*t->db);
    t->db->setUser(QStringLiteral("testare"));
    InvoiceChange c = InvoiceChange::of(read);
    c.dueDate = QDate(2026, 3, 31);
    const qint64 audit = t->count("audit_log");
    try {
        InvoiceChangeService(*t->db).save(kCompany, kClaim, read.version, c);
        QFAIL("a stale version must be refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("ändrats av anna")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(localStampOf(paid.changedAt)), qPrintable(e.message()));
    }
    QCOMPARE(claim(*t->db).dueDate, QDate(2026, 1, 31));
    QCOMPARE(claim(*t->db).version, paid.version);
    QCOMPARE(t->count("audit_log"), audit);
}

void TestInvoiceChange::refusedChangeLeavesNothing()
{
    // A good address with a bad due date: neither is saved.
    auto t = ledgerAfter(0);
    const InvoiceChangeResult r =
        change(*t->db, QStringLiteral("address=Nygatan 9;due_date=2025-01-01;dunning_code=1"));
    QVERIFY(!r.saved);
    const Invoice after = claim(*t->db);
    QCOMPARE(after.address, QStringLiteral("Storgatan 1"));
    QCOMPARE(after.dunningCode, 0);
}

void TestInvoiceChange::severalFieldsOneVersionStep()
{
    auto t = ledgerAfter(0);
    const Invoice before = claim(*t->db);
    const InvoiceChangeResult r = change(
        *t->db, QStringLiteral("address=Nygatan 9;city=Nystad;due_date=2026-02-28"));
    QVERIFY(r.saved);
    QCOMPARE(r.changedFields, 3);
    QCOMPARE(r.claim.version, before.version + 1);
    QCOMPARE(r.claim.address, QStringLiteral("Nygatan 9"));
    // address_key follows the address, so Sök faktura finds the claim by it.
    QCOMPARE(t->db->scalar(QStringLiteral("SELECT address_key FROM invoice WHERE "
                                          "invoice_number = ?"),
                           {kClaim})
                 .toString(),
             QStringLiteral("NYGATAN 9"));
    // With the dunning code as well: its own service steps the version once more.
    const InvoiceChangeResult r2 = change(*t->db, QStringLiteral("handler=Bo;dunning_code=2"));
    QVERIFY(r2.saved);
    QCOMPARE(r2.changedFields, 2);
    QCOMPARE(r2.claim.version, before.version + 3);
    QCOMPARE(r2.claim.dunningCode, 2);
}

void TestInvoiceChange::nothingChangedIsNoSave()
{
    auto t = ledgerAfter(1);
    const Invoice before = claim(*t->db);
    const qint64 audit = t->count("audit_log");
    const InvoiceChangeResult r = change(*t->db, QString());
    QVERIFY(!r.saved);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(claim(*t->db).version, before.version);
    QCOMPARE(t->count("audit_log"), audit);
}

void TestInvoiceChange::notesAddedWithWhoAndWhen()
{
    auto t = ledgerAfter(0);
    ClaimNotes notes(*t->db);
    const int version = claim(*t->db).version;
    QVERIFY(notes.list(kCompany, kClaim).isEmpty());
    t->db->setUser(QStringLiteral("eva"));
    notes.add(kCompany, kClaim, QStringLiteral("  Ringde, betalar fredag  "));
    t->db->setUser(QStringLiteral("bo"));
    notes.add(kCompany, kClaim, QStringLiteral("Ingen betalning"));
    const QList<ClaimNote> all = notes.list(kCompany, kClaim);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).text, QStringLiteral("Ringde, betalar fredag"));
    QCOMPARE(all.at(0).createdBy, QStringLiteral("eva"));
    QVERIFY(!all.at(0).createdAt.isEmpty());
    QCOMPARE(all.at(1).createdBy, QStringLiteral("bo"));
    QCOMPARE(notes.count(claim(*t->db).id), 2);
    QCOMPARE(claim(*t->db).version, version); // a note is no change of the claim
    QCOMPARE(AuditLog(*t->db).entriesFor(QStringLiteral("invoice_note"), kKey).size(), 2);
    for (const QString &bad : {QStringLiteral("   "), QString(501, QLatin1Char('x'))}) {
        try {
            notes.add(kCompany, kClaim, bad);
            QFAIL("refused");
        } catch (const LedgerError &e) {
            QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        }
    }
    QCOMPARE(notes.list(kCompany, kClaim).size(), 2);
}

void TestInvoiceChange::customerDebtOverCompanies()
{
    TestLedger t;
    t.addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
    InvoiceDraft a = TestLedger::draft(kClaim, Money::fromOre(100000));
    InvoiceDraft b = TestLedger::draft(QStringLiteral("010000002"), Money::fromOre(25050));
    b.invoiceDate = QDate(2025, 12, 1); // not this year (today 2026-11-26)
    b.dueDate = QDate(2025, 12, 31);
    InvoiceDraft c = TestLedger::draft(QStringLiteral("040000001"), Money::fromOre(30000));
    c.company = QStringLiteral("002");
    InvoiceDraft other = TestLedger::draft(QStringLiteral("010000003"), Money::fromOre(99900),
                                           QStringLiteral("Berg, Bo"),
                                           QStringLiteral("640823-3234"));
    t.registerInvoices({a, b, c, other});
    post(*t.db, QStringLiteral("B"), 100000, QDate(2026, 2, 1)); // a is paid
    ClaimOverview overview(*t.db);
    const CustomerDebt debt = overview.customerDebt(claim(*t.db), t.db->today());
    QCOMPARE(debt.key, CustomerDebt::Key::IdNumber);
    QCOMPARE(debt.year, 2026);
    QCOMPARE(debt.companies.size(), 2);
    // 001: 0 + 250,50 owed, 1 open; invoiced 2026: a only, 1 000,00.
    const auto own = debt.on(kCompany);
    QVERIFY(own);
    QCOMPARE(own->balance.ore(), 25050);
    QCOMPARE(own->openClaims, 1);
    QCOMPARE(own->invoicedInYear.ore(), 100000);
    QCOMPARE(own->invoicesInYear, 1);
    // 002: 300,00. All companies: 250,50 + 300,00 = 550,50; invoiced 1 300,00.
    QCOMPARE(debt.on(QStringLiteral("002"))->balance.ore(), 30000);
    QCOMPARE(debt.total().ore(), 55050);
    QCOMPARE(debt.invoicedTotal().ore(), 130000);
}

void TestInvoiceChange::interestRefusedOnInterestInvoice()
{
    TestLedger t;
    t.registerInvoices({TestLedger::draft(kClaim, Money::fromOre(1000000)),
                        TestLedger::draft(QStringLiteral("510000001"), Money::fromOre(5000))});
    ClaimOverview overview(*t.db);
    // 10 000,00 due 2026-01-31 to 2026-03-31: 28 + 31 = 59 days at 2,00 + 8 = 10,00 %:
    // 1 000 000 × 1000 × 59 / (10 000 × 365) = 16 164,38… → 16 164 öre.
    const InterestResult r = overview.accruedInterest(claim(*t.db), QDate(2026, 3, 31));
    QCOMPARE(r.days, 59);
    QCOMPARE(r.interest.ore(), 16164);
    const Invoice interestInvoice =
        InvoiceRepository(*t.db).require(kCompany, QStringLiteral("510000001"));
    try {
        overview.accruedInterest(interestInvoice, QDate(2026, 3, 31));
        QFAIL("refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("räntefaktura")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestInvoiceChange)
#include "tst_invoicechange.moc"
