// Granskningslogg (Visa → Granskningslogg) driven by the keyboard: the
// newest rows on opening, a user typed and Enter, a date range, a bad date
// kept at its field, a claim's log (showClaim, as F18 on the claim screen
// asks) and Enter on its row opening the claim, F18 on the claim screen, a
// protected identity's address values not on screen, and no command that
// changes the log.
//
// Rows (UTC → Europe/Stockholm, set for the process):
// r1 2026-03-01 22:30Z (23:30)  anna update invoice 001/040000001 due_date
// r2 2026-03-01 23:30Z (03-02 00:30) bo insert ledger_transaction 001/040000001
// r3 2026-03-02 10:00Z (11:00)  anna update invoice 001/040000003 address
// r4 2026-03-03 09:00Z (10:00)  bo   update invoice 001/040000003 due_date
// r5 2026-03-04 08:00Z (09:00)  bo   update customer 001/K1 reminder_stop
// 040000003 is Skyddad, Sara's, a protected identity; the registration's and
// the flag's rows (by testare) are stamped now.
#include "testledger.h"
#include "uitestsupport.h"

#include "ledger/protectedidentity.h"
#include "models/reporttablemodel.h"
#include "screens/auditlogscreen.h"
#include "screens/claimscreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <ctime>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

// Stands in for the screen opened: records what it was asked to show.
class FakeScreen : public QWidget
{
    Q_OBJECT
public:
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber)
    {
        shown << company + QLatin1Char('/') + invoiceNumber;
    }
    QStringList shown;
};

const ScreenInfo kInfo{QLatin1String(AuditLogScreen::kId), QStringLiteral("&Granskningslogg"),
                       QString(), Role::Read};

} // namespace

class TestAuditLogScreen : public ScreenTest<AuditLogScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { closeScreen(); }

    void opensWithTheNewestRows();
    void userTypedThenEnter();
    void dateRangeTyped();
    void badDateStaysAtItsField();
    void claimsLogAndEnterOpensTheClaim();
    void f18OnTheClaimScreenOpensItsLog();
    void protectedAddressIsNotOnScreen();
    void noCommandChangesTheLog();

private:
    AuditLogScreen *open();
    // The cells of `column` ("user", "at", …) of every row, as shown.
    QStringList column(const QString &key) const;
    QStringList allTexts() const;

    std::unique_ptr<TestLedger> m_ledger;
};

void TestAuditLogScreen::initTestCase()
{
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    useTemporarySettings();
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft sara = TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(300),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"));
    sara.address = QStringLiteral("Hemliga vägen 7");
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(100)), sara});
    Database &db = *m_ledger->db;
    const QString customer =
        db.scalar(QStringLiteral("SELECT customer_number FROM invoice WHERE invoice_number = "
                                 "'040000003'"))
            .toString();
    QVERIFY(ProtectedIdentity(db).set(QStringLiteral("001"), customer, true));
    const QList<QStringList> rows{
        {"2026-03-01T22:30:00Z", "anna", "update", "invoice", "001/040000001", "due_date",
         "2026-01-31", "2026-02-28"},
        {"2026-03-01T23:30:00Z", "bo", "insert", "ledger_transaction", "001/040000001", "", "",
         "B 100,00"},
        {"2026-03-02T10:00:00Z", "anna", "update", "invoice", "001/040000003", "address",
         "Hemliga vägen 5", "Hemliga vägen 7"},
        {"2026-03-03T09:00:00Z", "bo", "update", "invoice", "001/040000003", "due_date",
         "2026-01-31", "2026-03-31"},
        {"2026-03-04T08:00:00Z", "bo", "update", "customer", "001/K1", "reminder_stop", "0", "1"}};
    for (const QStringList &r : rows)
        db.run(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, "
                              "row_key, field, old_value, new_value, context) VALUES "
                              "(?,?,?,?,?,?,?,?,'test')"),
               {r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6), r.at(7)});
}

AuditLogScreen *TestAuditLogScreen::open()
{
    return showScreen(kInfo, shellOver(m_ledger->db.get()), QSize(1300, 700),
                      QStringLiteral("001"));
}

QStringList TestAuditLogScreen::column(const QString &key) const
{
    const ReportTableModel *model = m_screen->model();
    const int c = model->layout().columnIndex(key);
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->data(model->index(row, c)).toString();
    return out;
}

QStringList TestAuditLogScreen::allTexts() const
{
    QStringList out;
    const ReportTableModel *model = m_screen->model();
    for (int row = 0; row < model->rowCount(); ++row)
        for (int c = 0; c < model->columnCount(); ++c)
            out << model->data(model->index(row, c)).toString();
    for (const QLabel *l : m_screen->findChildren<QLabel *>())
        out << l->text();
    return out;
}

void TestAuditLogScreen::opensWithTheNewestRows()
{
    open();
    const qint64 all = m_ledger->count(QStringLiteral("audit_log"));
    QCOMPARE(m_screen->model()->rowCount(), int(all));
    QCOMPARE(m_screen->statusText(), QStringLiteral("%1 rader").arg(all));
    QString newest = column(QStringLiteral("id")).first();
    newest.remove(QChar(0xa0)).remove(QLatin1Char(' ')); // "1 234": thousands
    QCOMPARE(newest,
             m_ledger->db->scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toString());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("invoiceNumber"));
    saveShot(QStringLiteral("auditlog-open.png"));
}

// From the invoice number (where the cursor starts) Tab to the user, "bo",
// Enter: bo's three rows, newest first, in local time.
void TestAuditLogScreen::userTypedThenEnter()
{
    open();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("user"));
    type(QStringLiteral("bo"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->errorText(), QString());
    QCOMPARE(column(QStringLiteral("user")), QStringList({"bo", "bo", "bo"}));
    QCOMPARE(column(QStringLiteral("at")),
             QStringList({"2026-03-04 09:00:00", "2026-03-03 10:00:00", "2026-03-02 00:30:00"}));
    QCOMPARE(column(QStringLiteral("action")), QStringList({"Ändring", "Ändring", "Ny"}));
    QCOMPARE(column(QStringLiteral("table")), QStringList({"Kund", "Faktura", "Transaktion"}));
    QCOMPARE(m_screen->statusText(), QStringLiteral("3 rader"));
    saveShot(QStringLiteral("auditlog-user.png"));
}

// 2026-03-02 local: r2 (00:30) and r3 (11:00); r1 (03-01 23:30) is not.
void TestAuditLogScreen::dateRangeTyped()
{
    open();
    press(Qt::Key_Tab); // user
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dateFrom"));
    type(QStringLiteral("260302"));
    press(Qt::Key_Tab);
    type(QStringLiteral("260302"));
    press(Qt::Key_Return);
    QCOMPARE(column(QStringLiteral("at")),
             QStringList({"2026-03-02 11:00:00", "2026-03-02 00:30:00"}));
}

void TestAuditLogScreen::badDateStaysAtItsField()
{
    open();
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(QStringLiteral("261340"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Datum from: ")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dateFrom"));
}

void TestAuditLogScreen::claimsLogAndEnterOpensTheClaim()
{
    FakeScreen claim;
    QStringList opened;
    CommandRegistry commands;
    ScreenRegistry screens;
    Session session(shellOver(m_ledger->db.get()));
    ScreenContext context{kInfo, commands, session, screens, [&](const ScreenId &id) -> QWidget * {
                              opened << id;
                              return &claim;
                          }};
    AuditLogScreen screen(context);
    screen.resize(1300, 700);
    screen.show();
    QApplication::setActiveWindow(&screen);
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    // As the claim screen's F18 calls it, the number as typed.
    QVERIFY(QMetaObject::invokeMethod(&screen, "showClaim", Q_ARG(QString, QStringLiteral("1")),
                                      Q_ARG(QString, QStringLiteral("40000001"))));
    const ReportTableModel *model = screen.model();
    const int key = model->layout().columnIndex(QStringLiteral("row_key"));
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->data(model->index(row, key)).toString();
    // r2, r1 and the registration's insert: all keyed by the claim.
    QCOMPARE(keys, QStringList({"001/040000001", "001/040000001", "001/040000001"}));
    QCOMPARE(screen.findChild<QLineEdit *>(QStringLiteral("company"))->text(),
             QStringLiteral("1"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(screen.table()));
    QTest::keyClick(screen.table(), Qt::Key_Down);
    QTest::keyClick(screen.table(), Qt::Key_Return);
    QCOMPARE(opened, QStringList{QStringLiteral("invoices.claim")});
    QCOMPARE(claim.shown, QStringList{QStringLiteral("001/040000001")});
}

void TestAuditLogScreen::f18OnTheClaimScreenOpensItsLog()
{
    FakeScreen log;
    QStringList opened;
    CommandRegistry commands;
    ScreenRegistry screens;
    Session session(shellOver(m_ledger->db.get()));
    ScreenContext context{ClaimScreen::screenInfo(), commands, session, screens,
                          [&](const ScreenId &id) -> QWidget * {
                              opened << id;
                              return &log;
                          }};
    ClaimScreen screen(context);
    screen.resize(1300, 700);
    screen.show();
    QApplication::setActiveWindow(&screen);
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    screen.showClaim(QStringLiteral("001"), QStringLiteral("040000001"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F18);
    QCOMPARE(opened, QStringList{QStringLiteral("view.auditLog")});
    QCOMPARE(log.shown, QStringList{QStringLiteral("001/040000001")});
    // Shift+F6 is F18 (UI.md).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(log.shown.size(), 2);
    QVERIFY(commands.legendText({QLatin1String(ClaimScreen::kId)})
                .contains(QStringLiteral("F18=Granskningslogg")));
}

// Her address change (r3) is listed, its values "Skyddad adress"; her due
// date change (r4) as it was. Nothing on the screen holds the street.
void TestAuditLogScreen::protectedAddressIsNotOnScreen()
{
    open();
    QVERIFY(QMetaObject::invokeMethod(m_screen.get(), "showClaim",
                                      Q_ARG(QString, QStringLiteral("001")),
                                      Q_ARG(QString, QStringLiteral("040000003"))));
    settle();
    QCOMPARE(column(QStringLiteral("field")).mid(0, 2), QStringList({"due_date", "address"}));
    QCOMPARE(column(QStringLiteral("old_value")).mid(0, 2),
             QStringList({"2026-01-31", "Skyddad adress"}));
    QCOMPARE(column(QStringLiteral("new_value")).mid(0, 2),
             QStringList({"2026-03-31", "Skyddad adress"}));
    for (const QString &text : allTexts())
        QVERIFY2(!text.contains(QStringLiteral("Hemliga")), qPrintable(text));
    saveShot(QStringLiteral("auditlog-protected.png"));
}

// Only reading: print, export and the F4 list; nothing that edits or
// deletes.
void TestAuditLogScreen::noCommandChangesTheLog()
{
    open();
    QStringList labels;
    for (const Command &c : m_commands->commandsFor(QLatin1String(AuditLogScreen::kId)))
        labels << c.label;
    labels.sort();
    QCOMPARE(labels, QStringList({"CSV", "Excel", "Lista", "Skriv ut"}));
}

QTEST_MAIN(TestAuditLogScreen)
#include "tst_auditlogscreen.moc"
