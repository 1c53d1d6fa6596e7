// Rensning betalda fakturor (handbook 8.4) in core: which claims qualify
// (balance 0, paid before the date, dunning-code exclusion, routine, number
// and company ranges) and which stay with a reason (unbooked transactions,
// a plan under way, an unreported agency payment, an unseen signal, a row of
// a claim that stays); the list changes nothing and names exactly what the
// purge removes; the purge's table-by-table counts worked out by hand; a
// failing receipt writer, a changed selection, another run's lock or too
// small a role leave everything unchanged; one audit row per claim and the
// old audit rows kept; every table that refers to a claim has a decision.
// The ledger is tests/support/purgefixture.h (its table says what each
// claim shows).
#include "ledger/paidinvoicepurge.h"

#include "audit/auditlog.h"
#include "purgefixture.h"
#include "storage/runlock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace rsk;
using rsk::test::PurgeFixture;

Q_DECLARE_METATYPE(rsk::PaidInvoicePurgeSelection)

namespace {

QStringList numbers(const PaidInvoicePurgeResult &r)
{
    QStringList out;
    for (const PurgedClaim &c : r.claims)
        out << c.company + QLatin1Char('/') + c.invoiceNumber;
    return out;
}

QStringList blockedNumbers(const PaidInvoicePurgeResult &r)
{
    QStringList out;
    for (const PurgeBlocked &b : r.blocked)
        out << b.company + QLatin1Char('/') + b.invoiceNumber;
    return out;
}

QString reasonOf(const PaidInvoicePurgeResult &r, const QString &number)
{
    for (const PurgeBlocked &b : r.blocked)
        if (b.invoiceNumber == number)
            return b.reason;
    return {};
}

QStringList with001(const QStringList &numbers)
{
    QStringList out;
    for (const QString &n : numbers)
        out << (n.contains(QLatin1Char('/')) ? n : QStringLiteral("001/") + n);
    return out;
}

// The five claims the default selection purges.
const QStringList kPurged{"040000001", "040000004", "010000006", "040000009", "040000010"};
const QStringList kBlocked{"040000005", "040000007", "040000012", "040000014", "040000015"};

} // namespace

class TestPaidInvoicePurge : public QObject
{
    Q_OBJECT
private slots:
    void whichClaims_data();
    void whichClaims();
    void reasons();
    void listOnlyChangesNothing();
    void purgeRemovesExactlyTheRows();
    void auditRowPerClaimOldRowsKept();
    void failingReceiptWriterChangesNothing();
    void changedSelectionIsRefused();
    void anotherRunHoldsTheCompany();
    void clerkMayNotPurge();
    void nothingToPurge();
    void listOrders();
    void badSelection_data();
    void badSelection();
    void everyReferringTableHasADecision();
};

void TestPaidInvoicePurge::whichClaims_data()
{
    QTest::addColumn<PaidInvoicePurgeSelection>("selection");
    QTest::addColumn<QStringList>("purged");
    QTest::addColumn<QStringList>("blocked");

    const PaidInvoicePurgeSelection base = PurgeFixture::selection();
    // 010000006 sorts first in invoice order (company, number).
    QTest::newRow("company 001, paid before 2026-06-01")
        << base
        << QStringList{"010000006", "040000001", "040000004", "040000009", "040000010"}
        << kBlocked;
    PaidInvoicePurgeSelection s = base;
    s.excludedDunningCodes = {3};
    QTest::newRow("ej kravkod 3 keeps 040000004")
        << s << QStringList{"010000006", "040000001", "040000009", "040000010"} << kBlocked;
    s.excludedDunningCodes = {1, 2, 4, 9};
    QTest::newRow("four other codes exclude nothing")
        << s << QStringList{"010000006", "040000001", "040000004", "040000009", "040000010"}
        << kBlocked;
    s = base;
    s.routineFrom = QStringLiteral("04");
    QTest::newRow("routine 04 only")
        << s << QStringList{"040000001", "040000004", "040000009", "040000010"} << kBlocked;
    s = base;
    s.invoiceFrom = QStringLiteral("040000001");
    s.invoiceTo = QStringLiteral("040000005");
    QTest::newRow("invoice range 040000001-040000005")
        << s << QStringList{"040000001", "040000004"} << QStringList{"040000005"};
    s = base;
    s.invoiceFrom = QStringLiteral("01");
    QTest::newRow("invoice prefix 01") << s << QStringList{"010000006"} << QStringList();
    // Strictly before: what was paid on 02-10 stays; 010000006 was paid 02-01.
    QTest::newRow("paid on the date itself stays")
        << PurgeFixture::selection(QDate(2026, 2, 10)) << QStringList{"010000006"}
        << QStringList();
    // 040000002 paid 07-01 and 040000011's last event 07-01 now qualify.
    QTest::newRow("paid before 2026-08-01")
        << PurgeFixture::selection(QDate(2026, 8, 1))
        << QStringList{"010000006", "040000001", "040000002", "040000004", "040000009",
                       "040000010", "040000011"}
        << kBlocked;
    s = base;
    s.companyTo = QStringLiteral("002");
    QTest::newRow("companies 001-002")
        << s
        << QStringList{"010000006", "040000001", "040000004", "040000009", "040000010",
                       "002/040000001"}
        << kBlocked;
}

void TestPaidInvoicePurge::whichClaims()
{
    QFETCH(PaidInvoicePurgeSelection, selection);
    QFETCH(QStringList, purged);
    QFETCH(QStringList, blocked);
    PurgeFixture f;
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).plan(selection);
    QVERIFY(r.dryRun);
    QCOMPARE(numbers(r), with001(purged));
    QCOMPARE(blockedNumbers(r), with001(blocked));
}

void TestPaidInvoicePurge::reasons()
{
    PurgeFixture f;
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    const QList<QPair<const char *, const char *>> expected{
        {"040000005", "transaktioner ej bokförda"},
        {"040000007", "amorteringsplan 1 pågår"},
        {"040000012", "signal på signallistan ej kvitterad"},
        {"040000014", "hör ihop med faktura 001/040000003 som inte rensas"},
        {"040000015", "överförd till inkasso"}};
    for (const auto &[number, reason] : expected) {
        const QString why = reasonOf(r, QString::fromLatin1(number));
        QVERIFY2(why.contains(QString::fromUtf8(reason)),
                 qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(number), why)));
        // One reason each: the fixture gives each blocked claim exactly one.
        QVERIFY2(!why.contains(QLatin1Char(';')), qPrintable(why));
    }
}

// Worked out from the fixture: 5 claims with 1 line and 1 payment each;
// 040000001 has a note, a seen signal and a dunning letter; 040000004 a
// refunded overpayment; 040000009/10 the two rows of payment order 1.
void TestPaidInvoicePurge::listOnlyChangesNothing()
{
    PurgeFixture f;
    const auto before = f.counts();
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    QCOMPARE(f.counts(), before);
    QCOMPARE(r.count(), 5);
    // 1000 + 400 + 100 + 150 + 150 = 1 800 kr invoiced and paid.
    QCOMPARE(r.amountTotal(), Money::fromKronor(1800));
    QCOMPARE(r.paidTotal(), Money::fromKronor(1800));
    QCOMPARE(r.transactionCount(), 5);
    const QMap<QString, qint64> rows{{"invoice", 5},
                                     {"invoice_line", 5},
                                     {"ledger_transaction", 5},
                                     {"invoice_note", 1},
                                     {"signal_entry", 1},
                                     {"dunning_letter", 1},
                                     {"overpayment", 1},
                                     {"payment_order_claim", 2}};
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QCOMPARE(r.rows.value(it.key(), -1), it.value());
    // Every other table the purge looks at (payment_plan_claim,
    // agency_transfer_item, … replacement_invoice): nothing.
    QVERIFY(r.rows.size() >= 13);
    for (auto it = r.rows.cbegin(); it != r.rows.cend(); ++it)
        if (!rows.contains(it.key()))
            QVERIFY2(it.value() == 0, qPrintable(it.key()));
    for (const PurgedClaim &c : r.claims) {
        QCOMPARE(c.lines.size(), 1);
        QCOMPARE(c.transactions.size(), 1);
    }
}

void TestPaidInvoicePurge::purgeRemovesExactlyTheRows()
{
    PurgeFixture f;
    const auto before = f.counts();
    const qint64 customers = f.ledger.count(QStringLiteral("customer"));
    const PaidInvoicePurgeResult planned = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    int written = 0;
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).run(
        PurgeFixture::selection(), [&written](const PaidInvoicePurgeResult &) { ++written; },
        planned.invoiceIds());
    QCOMPARE(written, 1);
    QVERIFY(!r.dryRun);
    QCOMPARE(numbers(r), numbers(planned));
    QCOMPARE(r.rows, planned.rows);

    QMap<QString, qint64> expected = before;
    for (auto it = r.rows.cbegin(); it != r.rows.cend(); ++it)
        expected[it.key()] -= it.value();
    expected[QStringLiteral("audit_log")] += 5; // one per claim
    expected[QStringLiteral("run_history")] += 1; // the run lock's record
    QCOMPARE(f.counts(), expected);
    // Kept: the customer, the payment order, the dunning run, the booking orders.
    QCOMPARE(f.ledger.count(QStringLiteral("customer")), customers);
    QCOMPARE(f.ledger.count(QStringLiteral("payment_order")), 1);
    QCOMPARE(f.ledger.count(QStringLiteral("dunning_run")), 1);
    QCOMPARE(f.ledger.count(QStringLiteral("run_lock")), 0);
    for (const QString &n : kPurged)
        QCOMPARE(f.id(n), 0);
    for (const QString &n : kBlocked)
        QVERIFY(f.id(n) > 0);
    // The same selection again finds nothing more.
    QCOMPARE(PaidInvoicePurge(f.db()).plan(PurgeFixture::selection()).count(), 0);
}

void TestPaidInvoicePurge::auditRowPerClaimOldRowsKept()
{
    PurgeFixture f;
    const QString key = QStringLiteral("001/040000001");
    const auto old = AuditLog(f.db()).entriesFor(QStringLiteral("invoice"), key);
    const qint64 total = f.ledger.count(QStringLiteral("audit_log"));
    QVERIFY(total > 0);
    PaidInvoicePurge(f.db()).run(PurgeFixture::selection(), {});
    QCOMPARE(f.ledger.count(QStringLiteral("audit_log")), total + 5);
    QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete' "
                                          "AND table_name = 'invoice' AND context = ?"),
                           {QStringLiteral("purge paid before 2026-06-01")})
                 .toInt(),
             5);
    const auto now = AuditLog(f.db()).entriesFor(QStringLiteral("invoice"), key);
    QCOMPARE(now.size(), old.size() + 1);
    for (int i = 0; i < old.size(); ++i)
        QCOMPARE(now.at(i).newValue, old.at(i).newValue);
    const AuditLog::Entry &last = now.last();
    QCOMPARE(last.action, QStringLiteral("delete"));
    QCOMPARE(last.user, QStringLiteral("testare"));
    const QString summary = last.oldValue + last.newValue;
    for (const char *part : {"Andersson, Anna", "belopp 1 000,00", "inbetalt 1 000,00",
                             "betald 2026-02-10", "1 transaktioner", "1 fakturarader"})
        QVERIFY2(summary.contains(QString::fromUtf8(part)), qPrintable(summary));
}

void TestPaidInvoicePurge::failingReceiptWriterChangesNothing()
{
    PurgeFixture f;
    const auto before = f.counts();
    bool called = false;
    try {
        PaidInvoicePurge(f.db()).run(PurgeFixture::selection(),
                                     [&called](const PaidInvoicePurgeResult &r) {
                                         called = true;
                                         QCOMPARE(r.count(), 5);
                                         throw LedgerError::refused(
                                             QStringLiteral("Kan inte skriva /nej/x.pdf"));
                                     });
        QFAIL("the purge went through without its receipt list");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
    }
    QVERIFY(called);
    QMap<QString, qint64> expected = before;
    // run_history unchanged: a run that changed nothing leaves no trace
    QCOMPARE(f.counts(), expected);
    QCOMPARE(PaidInvoicePurge(f.db()).plan(PurgeFixture::selection()).count(), 5);
}

// 040000008 (in the plan, unpaid) gets paid after the list: 040000007 then
// qualifies too, and the clerk's confirmed list no longer matches.
void TestPaidInvoicePurge::changedSelectionIsRefused()
{
    PurgeFixture f;
    const PaidInvoicePurgeResult planned = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    PostingRequest p;
    p.company = QStringLiteral("001");
    p.invoiceNumber = QStringLiteral("040000008");
    p.method = QStringLiteral("1");
    p.amount = Money::fromKronor(200);
    p.transactionDate = QDate(2026, 2, 12);
    PostingService(f.db()).post(p);
    f.db().run(QStringLiteral("UPDATE ledger_transaction SET booked_date = transaction_date "
                              "WHERE booked_date IS NULL AND transaction_date = ?"),
               {dateArg(QDate(2026, 2, 12))});
    const auto before = f.counts();
    try {
        PaidInvoicePurge(f.db()).run(PurgeFixture::selection(), {}, planned.invoiceIds());
        QFAIL("purged a selection other than the confirmed one");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("nu 7, listan 5")), qPrintable(e.message()));
    }
    QMap<QString, qint64> expected = before;
    QCOMPARE(f.counts(), expected);
}

void TestPaidInvoicePurge::anotherRunHoldsTheCompany()
{
    PurgeFixture f;
    auto other = Database::open(f.ledger.path, Database::OpenMode::OpenExisting);
    other->setUser(QStringLiteral("eva"));
    const RunLock held(*other, QStringLiteral("001"), RunKind::Dunning,
                       QStringLiteral("kravkörning"));
    const auto before = f.counts();
    try {
        PaidInvoicePurge(f.db()).run(PurgeFixture::selection(), {});
        QFAIL("purged while another run held company 001");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("eva")), qPrintable(e.message()));
    }
    QCOMPARE(f.counts(), before);
}

void TestPaidInvoicePurge::clerkMayNotPurge()
{
    PurgeFixture f;
    f.db().setAccess(Access(QStringLiteral("testare"), Role::Clerk, {QStringLiteral("001")}));
    const auto before = f.counts();
    // The list is fine for a clerk of the company …
    QCOMPARE(PaidInvoicePurge(f.db()).plan(PurgeFixture::selection()).count(), 5);
    // … the purge is not.
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             PaidInvoicePurge(f.db()).run(PurgeFixture::selection(), {}));
    QCOMPARE(f.counts(), before);
    // A supervisor without company 002 may not list 001-002.
    f.db().setAccess(Access(QStringLiteral("testare"), Role::Supervisor, {QStringLiteral("001")}));
    PaidInvoicePurgeSelection both = PurgeFixture::selection();
    both.companyTo = QStringLiteral("002");
    QVERIFY_THROWS_EXCEPTION(LedgerError, PaidInvoicePurge(f.db()).plan(both));
}

void TestPaidInvoicePurge::nothingToPurge()
{
    PurgeFixture f;
    const auto before = f.counts();
    bool called = false;
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).run(
        PurgeFixture::selection(QDate(2026, 1, 15)),
        [&called](const PaidInvoicePurgeResult &) { called = true; });
    QCOMPARE(r.count(), 0);
    QVERIFY(!called);
    QMap<QString, qint64> expected = before;
    QCOMPARE(f.counts(), expected);
}

// Names: Andersson (040000001, 09, 10), Ek (04), Öberg (010000006) — Ö
// after E in Swedish; person numbers 19811218-9876 ×3, 19900101-0017,
// 19700101-0029.
void TestPaidInvoicePurge::listOrders()
{
    PurgeFixture f;
    const PaidInvoicePurgeResult r = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    auto order = [&r](PurgeReceiptList::Order o) {
        QStringList out;
        for (const PurgedClaim &c : r.ordered(o))
            out << c.invoiceNumber;
        return out;
    };
    QCOMPARE(order(PurgeReceiptList::Order::InvoiceNumber),
             (QStringList{"010000006", "040000001", "040000004", "040000009", "040000010"}));
    QCOMPARE(order(PurgeReceiptList::Order::Name),
             (QStringList{"040000001", "040000009", "040000010", "040000004", "010000006"}));
    QCOMPARE(order(PurgeReceiptList::Order::IdNumber),
             (QStringList{"010000006", "040000001", "040000009", "040000010", "040000004"}));
}

void TestPaidInvoicePurge::badSelection_data()
{
    QTest::addColumn<PaidInvoicePurgeSelection>("selection");
    QTest::addColumn<QString>("start");
    PaidInvoicePurgeSelection s = PurgeFixture::selection();
    s.paidBefore = QDate();
    QTest::newRow("no date") << s << QStringLiteral("Betalda före:");
    s = PurgeFixture::selection();
    s.excludedDunningCodes = {1, 2, 3, 4, 5};
    QTest::newRow("five codes") << s << QStringLiteral("Ej kravkod: högst 4");
    s.excludedDunningCodes = {0};
    QTest::newRow("code 0") << s << QStringLiteral("Ej kravkod: \"0\"");
    s = PurgeFixture::selection();
    s.lists.clear();
    QTest::newRow("no list") << s << QStringLiteral("Listor:");
    s.lists = {PurgeReceiptList{}, PurgeReceiptList{}};
    QTest::newRow("same list twice") << s << QStringLiteral("Listor:");
    s = PurgeFixture::selection();
    s.routineFrom = QStringLiteral("123");
    QTest::newRow("routine of three digits") << s << QStringLiteral("Rutin:");
    s = PurgeFixture::selection();
    s.invoiceFrom = QStringLiteral("05");
    s.invoiceTo = QStringLiteral("04");
    QTest::newRow("invoice range backwards") << s << QStringLiteral("Fakturanummer:");
}

void TestPaidInvoicePurge::badSelection()
{
    QFETCH(PaidInvoicePurgeSelection, selection);
    QFETCH(QString, start);
    try {
        selection.checked();
        QFAIL("accepted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().startsWith(start), qPrintable(e.message()));
    }
}

// A table added later that refers to a claim, a transaction or a customer
// must get a decision in PaidInvoicePurge::references() (and in the rules),
// or the purge would fail on the foreign key or leave rows behind.
void TestPaidInvoicePurge::everyReferringTableHasADecision()
{
    QSet<QString> decided;
    for (const PurgeReference &r : PaidInvoicePurge::references())
        decided.insert(r.table);
    QDir dir(QStringLiteral(RESKONTRA_SOURCE_DIR "/core/storage/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 13);
    static const QRegularExpression table(
        QStringLiteral("^\\s*(?:CREATE TABLE|ALTER TABLE)\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression refers(
        QStringLiteral("REFERENCES\\s+(invoice|ledger_transaction|customer)\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    QStringList missing;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString current;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (const auto m = table.match(line); m.hasMatch())
                current = m.captured(1).toLower();
            if (refers.match(line).hasMatch() && !decided.contains(current))
                missing << name + QStringLiteral(": ") + current;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestPaidInvoicePurge)
#include "tst_paidinvoicepurge.moc"
