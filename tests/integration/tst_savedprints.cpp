// Sparade utskrifter (handbook 9.1, core/reports/savedprints.h): a saved PDF
// comes back byte for byte and is listed without it; a kind set to 0 days
// keeps nothing; a print is kept to its last day and the next save after it
// removes it; a user sees and opens only his companies' prints; removing
// one is a supervisor's and audited, the days an administrator's; a save in
// a unit of work that rolls back keeps nothing. End to end through the real
// reskontra-cli: a booking run with --pdf keeps exactly its booking order
// (the very bytes of the file, the pages the PDF has), one print per
// company over several companies, nothing when it fails; a purge keeps its
// receipt list.
#include "audit/auditlog.h"
#include "bookkeeping/bookingrun.h"
#include "clirunner.h"
#include "ledger/posting.h"
#include "pdftext.h"
#include "purgefixture.h"
#include "reports/savedprints.h"
#include "testledger.h"
#include "users/access.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::CliRun;
using rsk::test::runCli;
using rsk::test::TestLedger;

namespace {

const QString k001 = QStringLiteral("001");
const QString k002 = QStringLiteral("002");

// Every byte value, NUL and 0xFF included, `repeat` times.
QByteArray allBytes(int repeat)
{
    QByteArray b;
    for (int r = 0; r < repeat; ++r)
        for (int v = 0; v < 256; ++v)
            b.append(char(v));
    return b;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// "Pages:" of poppler's pdfinfo: the pages the PDF really has.
int pdfPages(const QString &path)
{
    const QString info = rsk::test::runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                           QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// A bankgiro payment (method B: counter account 1930) on a claim.
void pay(Database &db, const QString &company, const QString &invoice, qint64 ore,
         const QDate &date)
{
    PostingRequest r;
    r.company = company;
    r.invoiceNumber = invoice;
    r.method = QStringLiteral("B");
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

} // namespace

class TestSavedPrints : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void zeroDaysSavesNothing();
    void keptToItsLastDay_data();
    void keptToItsLastDay();
    void saveRemovesWhatExpired();
    void listSelection_data();
    void listSelection();
    void onlyTheUsersCompanies();
    void removeIsASupervisorsAndAudited();
    void settingsAreAnAdministrators_data();
    void settingsAreAnAdministrators();
    void rolledBackRunKeepsNothing();
    void cliBookingRunKeepsItsOrder();
    void cliBookingRunOverTwoCompanies();
    void cliFailedBookingRunKeepsNothing();
    void cliPurgeKeepsItsReceiptList();

private:
    qint64 savedCount(Database &db)
    {
        return db.scalar(QStringLiteral("SELECT COUNT(*) FROM saved_print")).toLongLong();
    }
    // Today 2026-11-26; 040000001 1 000,00 and 040000002 500,00 of 001, paid
    // 400,00 and 200,00 by bankgiro on 11-20 and 11-21 (not booked).
    void bookable(TestLedger &l)
    {
        l.registerInvoices(
            {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
             TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(500))});
        pay(*l.db, k001, QStringLiteral("040000001"), 40000, QDate(2026, 11, 20));
        pay(*l.db, k001, QStringLiteral("040000002"), 20000, QDate(2026, 11, 21));
    }
};

void TestSavedPrints::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QDate>("keepUntil");

    // 2026-11-26 + 2557 days: seven years to 2033-11-26 are 7 * 365 = 2555
    // days and the leap days 2028-02-29 and 2032-02-29: 2557.
    QTest::newRow("booking order, every byte value (NUL, 0xFF) twice, kept seven years")
        << int(SavedPrintKind::BookingOrder) << allBytes(2) << 1 << QDate(2033, 11, 26);
    // 2026-11-26 + 90: 4 days to 11-30, 31 in December (35), 31 in January
    // (66), then 24 of February 2027: 2027-02-24.
    QTest::newRow("receipt list, 3 MB, 12 pages, kept 90 days")
        << int(SavedPrintKind::PurgeReceipt) << allBytes(12 * 1024) << 12 << QDate(2027, 2, 24);
}

void TestSavedPrints::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, pdf);
    QFETCH(int, pages);
    QFETCH(QDate, keepUntil);
    TestLedger l;
    SavedPrints prints(*l.db);
    const qint64 id = prints.save(SavedPrintKind(kind), k001, QStringLiteral("Utskriften"),
                                  pages, pdf);
    QVERIFY(id > 0);
    const QList<SavedPrintInfo> listed = prints.list({});
    QCOMPARE(listed.size(), 1);
    const SavedPrintInfo &p = listed.first();
    QCOMPARE(p.id, id);
    QCOMPARE(p.company, k001);
    QCOMPARE(p.kind, savedprintkind::key(SavedPrintKind(kind)));
    QCOMPARE(p.title, QStringLiteral("Utskriften"));
    QCOMPARE(p.pages, pages);
    QCOMPARE(p.createdBy, QStringLiteral("testare"));
    QCOMPARE(p.keepUntil, keepUntil);
    QVERIFY2(p.createdAt.endsWith(QLatin1Char('Z')), qPrintable(p.createdAt));
    const QByteArray back = prints.pdf(id);
    QCOMPARE(back.size(), pdf.size());
    QVERIFY(back == pdf);
}

void TestSavedPrints::zeroDaysSavesNothing()
{
    TestLedger l;
    SavedPrints prints(*l.db);
    prints.setDays(SavedPrintKind::PurgeReceipt, 0);
    QCOMPARE(prints.save(SavedPrintKind::PurgeReceipt, k001, QStringLiteral("Lista"), 1,
                         QByteArrayLiteral("%PDF-1.4")),
             0LL);
    QCOMPARE(savedCount(*l.db), 0LL);
    // The other kind is still kept.
    QVERIFY(prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("Order"), 1,
                        QByteArrayLiteral("%PDF-1.4"))
            > 0);
    QCOMPARE(savedCount(*l.db), 1LL);
}

void TestSavedPrints::keptToItsLastDay_data()
{
    QTest::addColumn<QDate>("purgeOn");
    QTest::addColumn<int>("removed");

    // Saved 2026-01-10 with 90 days: 21 days to 01-31, 28 in February (49),
    // 31 in March (80), then 10 of April: kept until 2026-04-10.
    QTest::newRow("purge on 2026-04-09: kept") << QDate(2026, 4, 9) << 0;
    QTest::newRow("purge on 2026-04-10, its last day: kept") << QDate(2026, 4, 10) << 0;
    QTest::newRow("purge on 2026-04-11: removed") << QDate(2026, 4, 11) << 1;
}

void TestSavedPrints::keptToItsLastDay()
{
    QFETCH(QDate, purgeOn);
    QFETCH(int, removed);
    TestLedger l(QDate(2026, 1, 10));
    SavedPrints prints(*l.db);
    QVERIFY(prints.save(SavedPrintKind::PurgeReceipt, k001, QStringLiteral("Lista"), 1,
                        QByteArrayLiteral("%PDF"))
            > 0);
    QCOMPARE(prints.list({}).first().keepUntil, QDate(2026, 4, 10));
    QCOMPARE(prints.purgeExpired(purgeOn), removed);
    QCOMPARE(savedCount(*l.db), qint64(1 - removed));
}

// save() purges first: the list of 2026-01-10 goes when something is saved
// on 2026-04-11, the booking order of the same day (kept 2557 days) stays.
void TestSavedPrints::saveRemovesWhatExpired()
{
    TestLedger l(QDate(2026, 1, 10));
    SavedPrints prints(*l.db);
    prints.save(SavedPrintKind::PurgeReceipt, k001, QStringLiteral("Lista"), 1, "%PDF");
    prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("Order 1"), 1, "%PDF");
    l.db->setToday(QDate(2026, 4, 10));
    prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("Order 2"), 1, "%PDF");
    QCOMPARE(savedCount(*l.db), 3LL);
    l.db->setToday(QDate(2026, 4, 11));
    prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("Order 3"), 1, "%PDF");
    QStringList titles;
    for (const SavedPrintInfo &p : prints.list({}))
        titles << p.title;
    // Newest first.
    QCOMPARE(titles, (QStringList{"Order 3", "Order 2", "Order 1"}));
}

void TestSavedPrints::listSelection_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<int>("kind"); // -1 = every kind
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("everything, newest first")
        << QString() << -1 << QStringList{"002 lista", "001 lista", "001 order"};
    QTest::newRow("company 001") << k001 << -1 << QStringList{"001 lista", "001 order"};
    QTest::newRow("company typed as 2") << QStringLiteral("2") << -1 << QStringList{"002 lista"};
    QTest::newRow("booking orders") << QString() << int(SavedPrintKind::BookingOrder)
                                    << QStringList{"001 order"};
    QTest::newRow("receipt lists of 002")
        << k002 << int(SavedPrintKind::PurgeReceipt) << QStringList{"002 lista"};
}

void TestSavedPrints::listSelection()
{
    QFETCH(QString, company);
    QFETCH(int, kind);
    QFETCH(QStringList, titles);
    TestLedger l;
    l.addCompany(k002, QStringLiteral("Kommunalförbundet"));
    SavedPrints prints(*l.db);
    prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("001 order"), 1, "%PDF");
    prints.save(SavedPrintKind::PurgeReceipt, k001, QStringLiteral("001 lista"), 1, "%PDF");
    prints.save(SavedPrintKind::PurgeReceipt, k002, QStringLiteral("002 lista"), 1, "%PDF");
    SavedPrintFilter f;
    f.company = company;
    if (kind >= 0)
        f.kind = SavedPrintKind(kind);
    QStringList shown;
    for (const SavedPrintInfo &p : prints.list(f))
        shown << p.title;
    QCOMPARE(shown, titles);
    // Saved today (local date): a range that ends yesterday has none.
    const QDate today = QDate::currentDate();
    f.from = today;
    f.to = today;
    QCOMPARE(prints.list(f).size(), titles.size());
    f.from = today.addDays(-10);
    f.to = today.addDays(-1);
    QCOMPARE(prints.list(f).size(), 0);
}

void TestSavedPrints::onlyTheUsersCompanies()
{
    TestLedger l;
    l.addCompany(k002, QStringLiteral("Kommunalförbundet"));
    SavedPrints prints(*l.db);
    prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("001 order"), 1, "%PDF-1");
    const qint64 other =
        prints.save(SavedPrintKind::BookingOrder, k002, QStringLiteral("002 order"), 1, "%PDF-2");
    l.db->setAccess(Access(QStringLiteral("kalle"), Role::Read, {k001}));
    QStringList shown;
    for (const SavedPrintInfo &p : prints.list({}))
        shown << p.title;
    QCOMPARE(shown, QStringList{"001 order"});
    const QString refusal = QStringLiteral("Du har inte behörighet till företag 002.");
    SavedPrintFilter f;
    f.company = k002;
    try {
        prints.list(f);
        QFAIL("company 002 listed");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), refusal);
    }
    try {
        prints.pdf(other);
        QFAIL("a print of 002 opened");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), refusal);
    }
    // No company at all: nothing, not everything.
    l.db->setAccess(Access(QStringLiteral("nisse"), Role::Read, {}));
    QCOMPARE(prints.list({}).size(), 0);
}

void TestSavedPrints::removeIsASupervisorsAndAudited()
{
    TestLedger l;
    SavedPrints prints(*l.db);
    const qint64 id =
        prints.save(SavedPrintKind::BookingOrder, k001, QStringLiteral("Order A 1"), 2, "%PDF");
    const QString key = QString::number(id);
    for (Role role : {Role::Read, Role::Clerk}) {
        l.db->setAccess(Access(QStringLiteral("kalle"), role, {k001}));
        QVERIFY_THROWS_EXCEPTION(LedgerError, prints.remove(id));
    }
    QCOMPARE(savedCount(*l.db), 1LL);
    QCOMPARE(AuditLog(*l.db).entriesFor(QStringLiteral("saved_print"), key).size(), 0);

    l.db->setAccess(Access(QStringLiteral("berit"), Role::Supervisor, {k001}));
    l.db->setUser(QStringLiteral("berit"));
    prints.remove(id);
    QCOMPARE(savedCount(*l.db), 0LL);
    const QList<AuditLog::Entry> audit =
        AuditLog(*l.db).entriesFor(QStringLiteral("saved_print"), key);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("delete"));
    QCOMPARE(audit.first().user, QStringLiteral("berit"));
    QVERIFY2(audit.first().oldValue.startsWith(
                 QStringLiteral("Bokföringsorder, företag 001: Order A 1 (sparad ")),
             qPrintable(audit.first().oldValue));
    // Gone: neither removed again nor opened.
    try {
        prints.pdf(id);
        QFAIL("a removed print opened");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
    }
}

void TestSavedPrints::settingsAreAnAdministrators_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("refusal"); // empty: accepted

    QTest::newRow("administrator, 30 days") << int(Role::Administrator) << 30 << QString();
    QTest::newRow("administrator, 0 = not saved") << int(Role::Administrator) << 0 << QString();
    QTest::newRow("administrator, 3650 days, the most")
        << int(Role::Administrator) << 3650 << QString();
    QTest::newRow("administrator, 3651 days")
        << int(Role::Administrator) << 3651
        << "Kvittenslista rensning: antal dagar ska vara 0–3650 (0 = sparas inte), inte 3651.";
    QTest::newRow("administrator, -1 days")
        << int(Role::Administrator) << -1
        << "Kvittenslista rensning: antal dagar ska vara 0–3650 (0 = sparas inte), inte -1.";
    QTest::newRow("supervisor") << int(Role::Supervisor) << 30
                                << "Du har inte behörighet: Att ändra hur länge utskrifter sparas "
                                   "kräver rollen administratör (du är arbetsledare).";
}

void TestSavedPrints::settingsAreAnAdministrators()
{
    QFETCH(int, role);
    QFETCH(int, days);
    QFETCH(QString, refusal);
    TestLedger l;
    l.db->setAccess(Access(QStringLiteral("admin"), Role(role), {k001}));
    SavedPrints prints(*l.db);
    QCOMPARE(prints.days(SavedPrintKind::PurgeReceipt), 90);
    try {
        prints.setDays(SavedPrintKind::PurgeReceipt, days);
        QVERIFY2(refusal.isEmpty(), "accepted");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), refusal);
    }
    const QList<AuditLog::Entry> audit = AuditLog(*l.db).entriesFor(
        QStringLiteral("saved_print_setting"), QStringLiteral("rensning"));
    if (refusal.isEmpty()) {
        QCOMPARE(prints.days(SavedPrintKind::PurgeReceipt), days);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().field, QStringLiteral("days"));
        QCOMPARE(audit.first().oldValue, QStringLiteral("90"));
        QCOMPARE(audit.first().newValue, QString::number(days));
    } else {
        QCOMPARE(prints.days(SavedPrintKind::PurgeReceipt), 90);
        QCOMPARE(audit.size(), 0);
    }
    // The booking order's days are untouched.
    QCOMPARE(prints.days(SavedPrintKind::BookingOrder), 2557);
}

// The booking run and its saved order in one unit of work that is left
// without commit (as when writing the SIE file fails): neither stays.
void TestSavedPrints::rolledBackRunKeepsNothing()
{
    TestLedger l;
    bookable(l);
    BookingSelection s;
    s.date = QDate(2026, 11, 26);
    {
        UnitOfWork work(*l.db);
        const BookingResult r = BookingRun(*l.db).run(s);
        QCOMPARE(r.verifications.size(), 1);
        QVERIFY(SavedPrints(*l.db).save(SavedPrintKind::BookingOrder, k001,
                                        QStringLiteral("Order"), 1, "%PDF")
                > 0);
        QCOMPARE(savedCount(*l.db), 1LL); // seen inside the unit of work
    }
    QCOMPARE(savedCount(*l.db), 0LL);
    QCOMPARE(l.count(QStringLiteral("booking_order")), 0LL);
}

void TestSavedPrints::cliBookingRunKeepsItsOrder()
{
    TestLedger l;
    bookable(l);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("order.pdf"));
    const CliRun r = runCli(l.path, {"bookkeeping", "run", "--date", "2026-11-26", "--pdf", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QList<SavedPrintInfo> saved = SavedPrints(*l.db).list({});
    QCOMPARE(saved.size(), 1);
    const SavedPrintInfo &p = saved.first();
    QCOMPARE(p.kind, QStringLiteral("bokforingsorder"));
    QCOMPARE(p.company, k001);
    QCOMPARE(p.title, QStringLiteral("Bokföringsorder A 1, bokföringsdatum 2026-11-26"));
    QCOMPARE(p.createdBy, QStringLiteral("testare"));
    QCOMPARE(p.keepUntil, QDate(2033, 11, 26));
    const QByteArray file = readFile(pdf);
    QVERIFY(file.startsWith("%PDF"));
    QVERIFY(SavedPrints(*l.db).pdf(p.id) == file);
    // The count the writer made is the PDF's own.
    QCOMPARE(p.pages, pdfPages(pdf));
    QCOMPARE(p.pages, 1);

    // Again: nothing to book, no new print. A kontrollista keeps none either.
    QCOMPARE(runCli(l.path, {"bookkeeping", "run", "--date", "2026-11-26", "--pdf",
                             out.filePath(QStringLiteral("again.pdf"))})
                 .exitCode,
             0);
    pay(*l.db, k001, QStringLiteral("040000002"), 10000, QDate(2026, 11, 26));
    QCOMPARE(runCli(l.path, {"bookkeeping", "run", "--date", "2026-11-26", "--dry-run", "--pdf",
                             out.filePath(QStringLiteral("prov.pdf"))})
                 .exitCode,
             0);
    QCOMPARE(savedCount(*l.db), 1LL);
}

// Company 002 with a payment of 300,00: one order PDF for both, one saved
// print per company holding only that company's verification.
void TestSavedPrints::cliBookingRunOverTwoCompanies()
{
    if (!rsk::test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    TestLedger l;
    bookable(l);
    l.addCompany(k002, QStringLiteral("Kommunalförbundet"));
    InvoiceDraft other = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(800));
    other.company = k002;
    l.registerInvoices({other});
    pay(*l.db, k002, QStringLiteral("040000001"), 30000, QDate(2026, 11, 22));
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("order.pdf"));
    const CliRun r = runCli(l.path, {"bookkeeping", "run", "--date", "2026-11-26", "--pdf", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    SavedPrintFilter f;
    QStringList companies;
    for (const SavedPrintInfo &p : SavedPrints(*l.db).list(f)) {
        companies << p.company;
        const QString part = out.filePath(p.company + QStringLiteral(".pdf"));
        QFile file(part);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SavedPrints(*l.db).pdf(p.id));
        file.close();
        QCOMPARE(p.pages, pdfPages(part));
        const QString text = rsk::test::pdfText(part);
        const bool is001 = p.company == k001;
        QCOMPARE(text.contains(QStringLiteral("001 Testkommunen")), is001);
        QCOMPARE(text.contains(QStringLiteral("002 Kommunalförbundet")), !is001);
        QCOMPARE(p.title, QStringLiteral("Bokföringsorder A %1, bokföringsdatum 2026-11-26")
                              .arg(is001 ? 1 : 2));
    }
    companies.sort();
    QCOMPARE(companies, (QStringList{k001, k002}));
    // The order file itself has both.
    const QString whole = rsk::test::pdfText(pdf);
    QVERIFY(whole.contains(QStringLiteral("001 Testkommunen")));
    QVERIFY(whole.contains(QStringLiteral("002 Kommunalförbundet")));
}

void TestSavedPrints::cliFailedBookingRunKeepsNothing()
{
    TestLedger l;
    bookable(l);
    QTemporaryDir out;
    const CliRun r = runCli(l.path, {"bookkeeping", "run", "--date", "2026-11-26", "--pdf",
                                     out.filePath(QStringLiteral("saknas/order.pdf"))});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QCOMPARE(savedCount(*l.db), 0LL);
    QCOMPARE(l.count(QStringLiteral("booking_order")), 0LL);
}

void TestSavedPrints::cliPurgeKeepsItsReceiptList()
{
    rsk::test::PurgeFixture f;
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("kvitto.pdf"));
    const CliRun r = runCli(f.ledger.path, {"purge", "paid", "--company", "001", "--paid-before",
                                            "260601", "--pdf", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    SavedPrintFilter filter;
    filter.kind = SavedPrintKind::PurgeReceipt;
    const QList<SavedPrintInfo> saved = SavedPrints(f.db()).list(filter);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().company, k001);
    const QString title = saved.first().title;
    QVERIFY2(title.startsWith(QStringLiteral("Kvittenslista, betalda före 2026-06-01")),
             qPrintable(title));
    // 2026-11-26 + 90 days = 2027-02-24 (see roundTrip).
    QCOMPARE(saved.first().keepUntil, QDate(2027, 2, 24));
    QVERIFY(SavedPrints(f.db()).pdf(saved.first().id) == readFile(pdf));
    QCOMPARE(saved.first().pages, pdfPages(pdf));
}

QTEST_GUILESS_MAIN(TestSavedPrints)
#include "tst_savedprints.moc"
