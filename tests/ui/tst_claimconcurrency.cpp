// Two clerks, one claim (issue 7 "Concurrency", optimistic locking): clerk A
// has the claim in change mode (F5) on one connection and types; clerk B
// changes the claim on another connection to the same ledger; A presses
// Enter: refused with "Fakturan har ändrats av bertil kl. HH:MM — ladda om",
// still in change mode with every typed value in its field, and the ledger
// holds B's values. F7 reads the claim again, and A's next save goes through.
#include "testledger.h"
#include "uitestsupport.h"

#include "ledger/invoicechange.h"
#include "ledger/invoicerepository.h"
#include "screens/claimchangeform.h"
#include "screens/claimscreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
const QString kCompany = QStringLiteral("001");
const QString kClaim = QStringLiteral("010000001");
} // namespace

class TestClaimConcurrency : public ScreenTest<ClaimScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void staleSaveRefusedKeepsInput_data();
    void staleSaveRefusedKeepsInput();

private:
    void tabTo(const QString &objectName);
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    QString field(const char *column) const
    {
        return child<ClaimChangeForm>("changeForm")->field(QLatin1String(column))->text();
    }

    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<Database> m_other; // clerk B's connection
};

void TestClaimConcurrency::initTestCase()
{
    useTemporarySettings();
}

void TestClaimConcurrency::init()
{
    // 10 000,00 to Andersson, Anna, Storgatan 1, 123 45 Småstad.
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->registerInvoices({TestLedger::draft(kClaim, Money::fromKronor(10000))});
    m_other = Database::open(m_ledger->path, Database::OpenMode::OpenExisting);
    m_other->setUser(QStringLiteral("bertil"));
    m_other->setToday(m_ledger->db->today());
}

void TestClaimConcurrency::cleanup()
{
    closeScreen();
    m_other.reset();
    m_ledger.reset();
}

void TestClaimConcurrency::tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget()
            && QApplication::focusWidget()->objectName() == objectName)
            return;
        press(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 in the tab order").arg(objectName)));
}

void TestClaimConcurrency::staleSaveRefusedKeepsInput_data()
{
    // What B changes; A always types a new address and handler.
    QTest::addColumn<QString>("bCity");
    QTest::addColumn<QString>("bHandler");
    QTest::newRow("B changes another field (city)") << "Storstad" << "";
    QTest::newRow("B changes the same field (handler)") << "" << "Bertil 555-123";
}

void TestClaimConcurrency::staleSaveRefusedKeepsInput()
{
    QFETCH(QString, bCity);
    QFETCH(QString, bHandler);
    showScreen(ClaimScreen::screenInfo(), shellOver(m_ledger->db.get()), QSize(1100, 700),
               kCompany);
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->setFocus();
    type(QStringLiteral("010000001"));
    press(Qt::Key_Return);
    QVERIFY(m_screen->shownClaim());

    // A: change mode, a new address and handler typed.
    press(Qt::Key_F5);
    QVERIFY(m_screen->inChangeMode());
    tabTo(QStringLiteral("addressEdit"));
    type(QStringLiteral("Nygatan 9"));
    tabTo(QStringLiteral("handlerEdit"));
    type(QStringLiteral("Anna 555-999"));

    // B, on its own connection, saves first.
    const Invoice seen = InvoiceRepository(*m_other).require(kCompany, kClaim);
    InvoiceChange change = InvoiceChange::of(seen);
    if (!bCity.isEmpty())
        change.city = bCity;
    if (!bHandler.isEmpty())
        change.handler = bHandler;
    QVERIFY(InvoiceChangeService(*m_other).save(kCompany, kClaim, seen.version, change).saved);
    const Invoice byB = InvoiceRepository(*m_other).require(kCompany, kClaim);
    QCOMPARE(byB.version, seen.version + 1);
    QCOMPARE(byB.changedBy, QStringLiteral("bertil"));

    // A presses Enter: refused, naming B and the minute of B's change.
    press(Qt::Key_Return);
    QVERIFY(m_screen->inChangeMode());
    QDateTime at = QDateTime::fromString(byB.changedAt, Qt::ISODate);
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    const QString expected = QStringLiteral("Fakturan har ändrats av bertil kl. %1 — ladda om")
                                 .arg(at.toLocalTime().toString(QStringLiteral("HH:mm")));
    QVERIFY2(text("messageLabel").startsWith(expected),
             qPrintable(text("messageLabel") + QStringLiteral(" / ") + expected));
    saveShot(QStringLiteral("claim-stale-save.png"));
    // A's input is all still there.
    QCOMPARE(field(invoicefield::Address), QStringLiteral("Nygatan 9"));
    QCOMPARE(field(invoicefield::Handler), QStringLiteral("Anna 555-999"));
    // The ledger has B's values and none of A's.
    const Invoice stored = InvoiceRepository(*m_ledger->db).require(kCompany, kClaim);
    QCOMPARE(stored.version, byB.version);
    QCOMPARE(stored.address, QStringLiteral("Storgatan 1"));
    QCOMPARE(stored.city, bCity.isEmpty() ? QStringLiteral("Småstad") : bCity);
    QCOMPARE(stored.handler, bHandler.isEmpty() ? seen.handler : bHandler);
    QCOMPARE(stored.changedBy, QStringLiteral("bertil"));

    // F7 reads B's claim; A's change made again is saved over it.
    press(Qt::Key_F7);
    QVERIFY(!m_screen->inChangeMode());
    QCOMPARE(m_screen->shownClaim()->version, byB.version);
    press(Qt::Key_F5);
    QCOMPARE(field(invoicefield::City), stored.city);
    tabTo(QStringLiteral("addressEdit"));
    type(QStringLiteral("Nygatan 9"));
    press(Qt::Key_Return);
    QVERIFY2(!m_screen->inChangeMode(), qPrintable(text("messageLabel")));
    const Invoice after = InvoiceRepository(*m_other).require(kCompany, kClaim);
    QCOMPARE(after.address, QStringLiteral("Nygatan 9"));
    QCOMPARE(after.city, stored.city);
    QCOMPARE(after.version, byB.version + 1);
}

QTEST_MAIN(TestClaimConcurrency)
#include "tst_claimconcurrency.moc"
