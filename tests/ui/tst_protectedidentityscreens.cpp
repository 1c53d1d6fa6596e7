// Protected identity (DOMAIN.md "People and trust") on the screens, driven
// by the keyboard: every text of the claim screen (Fakturauppgifter) and of
// its change mode (F5; a save keeps the address it never showed), Sök
// faktura (the F9 address columns, a search by the street), and the
// customer screen, where F19 sets and clears the flag after a question
// (No by default; audited; refused below supervisor). The texts are grabbed
// from the widgets and the models and searched for any part of the address.
//
// 001/040000001 Andersson, Anna, Storgatan 1, 123 45 Småstad.
// 001/040000003 Skyddad, Sara (640823-3234), c/o Hemlig, Hemliga vägen 7,
// 987 65 Gömda: protected.
#include "testledger.h"
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "models/claimsearchmodel.h"
#include "screens/claimchangeform.h"
#include "screens/claimscreen.h"
#include "screens/customerscreen.h"
#include "screens/invoicesearchscreen.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QStringList kSecret{QStringLiteral("Hemlig"), QStringLiteral("987 65"),
                          QStringLiteral("Gömda")};

QStringList leaks(const QStringList &texts)
{
    QStringList found;
    for (const QString &t : texts)
        for (const QString &s : kSecret)
            if (t.contains(s, Qt::CaseInsensitive))
                found << t;
    return found;
}

} // namespace

class TestProtectedIdentityScreens : public ScreenTest<Screen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void claimScreenShowsNoAddress();
    void changeModeKeepsTheAddressItNeverShowed();
    void searchShowsNoAddress();
    void f19SetsAndClearsTheFlag();
    void f19RefusedToAClerk();

private:
    // Every label and line edit text of the screen.
    QStringList widgetTexts() const;
    QString customerNumber(const QString &invoice) const;

    std::unique_ptr<TestLedger> m_ledger;
};

void TestProtectedIdentityScreens::initTestCase()
{
    useTemporarySettings();
}

void TestProtectedIdentityScreens::init()
{
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft sara = TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(300),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"));
    sara.co = QStringLiteral("Hemlig");
    sara.address = QStringLiteral("Hemliga vägen 7");
    sara.postalCode = QStringLiteral("987 65");
    sara.city = QStringLiteral("Gömda");
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(100)), sara});
    QVERIFY(ProtectedIdentity(*m_ledger->db)
                .set(QStringLiteral("001"), customerNumber(QStringLiteral("040000003")), true));
}

void TestProtectedIdentityScreens::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

QString TestProtectedIdentityScreens::customerNumber(const QString &invoice) const
{
    return InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), invoice).customerNumber;
}

QStringList TestProtectedIdentityScreens::widgetTexts() const
{
    QStringList out;
    for (const QLabel *l : m_screen->findChildren<QLabel *>())
        out << l->text();
    for (const QLineEdit *e : m_screen->findChildren<QLineEdit *>())
        out << e->text();
    return out;
}

void TestProtectedIdentityScreens::claimScreenShowsNoAddress()
{
    auto *screen = showScreen<ClaimScreen>(ClaimScreen::screenInfo(),
                                           shellOver(m_ledger->db.get()), QSize(1100, 700),
                                           QStringLiteral("001"));
    screen->showClaim(QStringLiteral("001"), QStringLiteral("040000001"));
    settle();
    // Anna's address is shown: the grab sees addresses.
    QCOMPARE(child<QLabel>("receiverAddress")->text(), QStringLiteral("Storgatan 1"));
    screen->showClaim(QStringLiteral("001"), QStringLiteral("040000003"));
    settle();
    QCOMPARE(child<QLabel>("receiverName")->text(), QStringLiteral("Skyddad, Sara"));
    QCOMPARE(child<QLabel>("receiverAddress")->text(), QStringLiteral("Skyddad adress"));
    QCOMPARE(child<QLabel>("receiverCo")->text(), QString());
    QCOMPARE(child<QLabel>("receiverPostal")->text(), QString());
    QVERIFY2(leaks(widgetTexts()).isEmpty(), qPrintable(leaks(widgetTexts()).join(" | ")));
    saveShot(QStringLiteral("claim-protected.png"));
}

void TestProtectedIdentityScreens::changeModeKeepsTheAddressItNeverShowed()
{
    auto *screen = showScreen<ClaimScreen>(ClaimScreen::screenInfo(),
                                           shellOver(m_ledger->db.get()), QSize(1100, 800),
                                           QStringLiteral("001"));
    screen->showClaim(QStringLiteral("001"), QStringLiteral("040000003"));
    press(Qt::Key_F5);
    QVERIFY(screen->inChangeMode());
    auto *form = child<ClaimChangeForm>("changeForm");
    QLineEdit *address = form->field(QStringLiteral("address"));
    QCOMPARE(address->text(), QStringLiteral("Skyddad adress"));
    QVERIFY(!address->isEnabled());
    for (const char *part : {"co", "postal_code", "city", "country"}) {
        QCOMPARE(form->field(QLatin1String(part))->text(), QString());
        QVERIFY(!form->field(QLatin1String(part))->isEnabled());
    }
    QVERIFY2(leaks(widgetTexts()).isEmpty(), qPrintable(leaks(widgetTexts()).join(" | ")));
    saveShot(QStringLiteral("claim-protected-change.png"));
    // The due date changed by keyboard and saved: the address is as it was.
    for (int i = 0; i < 20 && QApplication::focusWidget() != form->field(QStringLiteral("due_date"));
         ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->field(QStringLiteral("due_date")));
    type(QStringLiteral("260315"));
    press(Qt::Key_Return);
    QVERIFY(!screen->inChangeMode());
    const Invoice stored =
        InvoiceRepository(*m_ledger->db).require(QStringLiteral("001"), QStringLiteral("040000003"));
    QCOMPARE(stored.dueDate, QDate(2026, 3, 15));
    QCOMPARE(stored.co, QStringLiteral("Hemlig"));
    QCOMPARE(stored.address, QStringLiteral("Hemliga vägen 7"));
    QCOMPARE(stored.postalCode, QStringLiteral("987 65"));
    QCOMPARE(stored.city, QStringLiteral("Gömda"));
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("invoice"), QStringLiteral("001/040000003"));
    QCOMPARE(audit.last().field, QStringLiteral("due_date"));
    for (const AuditLog::Entry &e : audit)
        QVERIFY2(!ProtectedIdentity::isAddressField(e.field), qPrintable(e.field));
}

// Sök faktura by name with the F9 address columns: her row says "Skyddad
// adress", Anna's shows the street; searching her street finds nothing of hers.
void TestProtectedIdentityScreens::searchShowsNoAddress()
{
    auto *screen = showScreen<InvoiceSearchScreen>(
        {QLatin1String(InvoiceSearchScreen::kId), QStringLiteral("&Sök faktura"),
         QStringLiteral("6.1")},
        shellOver(m_ledger->db.get()), QSize(1100, 600), QStringLiteral("001"));
    const auto waitForList = [screen] {
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->state() == ClaimSearchModel::State::Done
                                     || screen->model()->state()
                                         == ClaimSearchModel::State::Failed,
                                 10000);
    };
    const auto cells = [screen] {
        QStringList out;
        const ClaimSearchModel *m = screen->model();
        for (int row = 0; row < m->rowCount(); ++row)
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->data(m->index(row, c)).toString();
        return out;
    };
    waitForList();
    settle();
    child<QLineEdit>("name")->setFocus();
    type(QStringLiteral("Skyddad"));
    press(Qt::Key_Return);
    waitForList();
    settle();
    QCOMPARE(screen->model()->rowCount(), 1);
    QCOMPARE(screen->model()->data(screen->model()->index(0, ClaimSearchModel::Address)).toString(),
             QStringLiteral("Skyddad adress"));
    press(Qt::Key_F9);
    press(Qt::Key_F9); // basic → amounts → address columns
    QVERIFY(!child<QTableView>("claimTable")->isColumnHidden(ClaimSearchModel::Address));
    QVERIFY2(leaks(cells() + widgetTexts()).isEmpty(), qPrintable(leaks(cells()).join(" | ")));
    saveShot(QStringLiteral("search-protected.png"));
    child<QLineEdit>("address")->setFocus();
    type(QStringLiteral("Hemliga"));
    press(Qt::Key_Return);
    waitForList();
    settle();
    for (int row = 0; row < screen->model()->rowCount(); ++row)
        QVERIFY(screen->model()->claim(row).invoiceNumber != QLatin1String("040000003"));
    QVERIFY2(leaks(cells()).isEmpty(), qPrintable(leaks(cells()).join(" | ")));
    // Anna's street is found and shown.
    child<QLineEdit>("address")->selectAll();
    type(QStringLiteral("Storgatan"));
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(screen->model()->rowCount(), 1);
    QCOMPARE(screen->model()->data(screen->model()->index(0, ClaimSearchModel::Address)).toString(),
             QStringLiteral("Storgatan 1"));
}

// Anna's customer: F19, Enter (No is the default) changes nothing; F19, Yes
// sets the flag (audited) and her address gives way to "Skyddad adress";
// F19, Yes again clears it.
void TestProtectedIdentityScreens::f19SetsAndClearsTheFlag()
{
    const QString anna = customerNumber(QStringLiteral("040000001"));
    auto *screen = showScreen<CustomerScreen>(CustomerScreen::screenInfo(),
                                              shellOver(m_ledger->db.get()), QSize(1200, 800),
                                              QStringLiteral("001"));
    screen->showCustomer(QStringLiteral("001"), anna);
    settle();
    QCOMPARE(child<QLabel>("address")->text(), QStringLiteral("Storgatan 1"));
    QCOMPARE(child<QLabel>("protected")->text(), QStringLiteral("nej (F19)"));
    const qint64 rows = m_ledger->count(QStringLiteral("audit_log"));

    QString question;
    onNextModal([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Return);
    });
    press(Qt::Key_F19);
    QVERIFY2(question.startsWith(QStringLiteral("Sätta skyddad identitet på kund")),
             qPrintable(question));
    QCOMPARE(screen->messageText(), QStringLiteral("Ingenting ändrades."));
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), rows);

    const auto yes = [](QWidget *box) {
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    };
    onNextModal(yes);
    press(Qt::Key_F7, Qt::ShiftModifier); // Shift+F7 = F19
    QVERIFY(screen->shownCustomer()->protectedIdentity);
    QCOMPARE(child<QLabel>("address")->text(), QStringLiteral("Skyddad adress"));
    QCOMPARE(child<QLabel>("postal")->text(), QString());
    QVERIFY2(screen->messageText().startsWith(QStringLiteral("Skyddad identitet är satt")),
             qPrintable(screen->messageText()));
    QVERIFY(!leaks({child<QLabel>("address")->text()}).size());
    QVERIFY(!widgetTexts().join(' ').contains(QStringLiteral("Storgatan")));
    saveShot(QStringLiteral("customer-protected.png"));
    auto log = AuditLog(*m_ledger->db)
                   .entriesFor(QStringLiteral("customer"), QStringLiteral("001/") + anna);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.last().field, QStringLiteral("protected_identity"));
    QCOMPARE(log.last().newValue, QStringLiteral("1"));

    onNextModal(yes);
    press(Qt::Key_F19);
    QVERIFY(!screen->shownCustomer()->protectedIdentity);
    QCOMPARE(child<QLabel>("address")->text(), QStringLiteral("Storgatan 1"));
    log = AuditLog(*m_ledger->db).entriesFor(QStringLiteral("customer"), QStringLiteral("001/") + anna);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.last().newValue, QStringLiteral("0"));
}

void TestProtectedIdentityScreens::f19RefusedToAClerk()
{
    const QString anna = customerNumber(QStringLiteral("040000001"));
    m_ledger->db->setAccess(Access(QStringLiteral("clara"), Role::Clerk, {QStringLiteral("001")}));
    auto *screen = showScreen<CustomerScreen>(CustomerScreen::screenInfo(),
                                              shellOver(m_ledger->db.get()), QSize(1200, 800),
                                              QStringLiteral("001"));
    screen->showCustomer(QStringLiteral("001"), anna);
    settle();
    onNextModal([](QWidget *box) {
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    press(Qt::Key_F19);
    QVERIFY2(screen->messageText().contains(QStringLiteral("kräver rollen arbetsledare")),
             qPrintable(screen->messageText()));
    QVERIFY(!ProtectedIdentity(*m_ledger->db).customer(QStringLiteral("001"), anna));
    QCOMPARE(child<QLabel>("address")->text(), QStringLiteral("Storgatan 1"));
}

QTEST_MAIN(TestProtectedIdentityScreens)
#include "tst_protectedidentityscreens.moc"
