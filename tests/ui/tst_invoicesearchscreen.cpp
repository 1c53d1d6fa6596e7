// Sök faktura (handbook 6.1) driven by the keyboard only: the newest claim
// first on opening, each search field in the handbook's order, the nearest
// value when nothing starts with the text, a whole invoice number opening the
// claim directly, Enter on a row opening it (a fake "invoices.claim" screen
// records showClaim), F9 column sets, typing in the list starting a new
// search, and the reason beside the form for a refused search.
#include "testledger.h"
#include "uitestsupport.h"

#include "models/claimsearchmodel.h"
#include "screens/invoicesearchscreen.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

// Stands in for the claim screen: records what it was asked to show.
class FakeClaimScreen : public QWidget
{
    Q_OBJECT
public:
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber)
    {
        shown << company + QLatin1Char('/') + invoiceNumber;
    }
    QStringList shown;
};

} // namespace

class TestInvoiceSearchScreen : public ScreenTest<InvoiceSearchScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithTheNewestOfTheCompany();
    void searchesByEachFieldInTheHandbooksOrder_data();
    void searchesByEachFieldInTheHandbooksOrder();
    void nameSearchThenEnterOpensTheClaim();
    void wholeInvoiceNumberOpensTheClaimDirectly();
    void nearestValueWhenNothingStartsWithIt();
    void f9SwitchesColumnSets();
    void typingInTheListStartsANewSearch();
    void refusedSearchShowsTheReasonAtTheField();

private:
    QStringList listed() const;
    void waitForList();
    // From the invoice-number field (where the screen puts the cursor) to
    // the field with this object name, by Tab.
    void tabTo(const char *name);
    void clearCompanies();

    std::unique_ptr<TestLedger> m_ledger;
    FakeClaimScreen *m_claim = nullptr;
    std::unique_ptr<FakeClaimScreen> m_claimOwner;
};

void TestInvoiceSearchScreen::initTestCase()
{
    useTemporarySettings();
    // The claims of tests/integration/tst_search.cpp, with the orders worked
    // out by hand below.
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    auto d = [](const char *company, const char *number, qint64 kronor, const char *name,
                const char *id, const char *address, const QDate &date) {
        InvoiceDraft x = TestLedger::draft(QString::fromLatin1(number), Money::fromKronor(kronor),
                                           QString::fromUtf8(name), QString::fromLatin1(id));
        x.company = QString::fromLatin1(company);
        x.address = QString::fromUtf8(address);
        x.invoiceDate = date;
        x.dueDate = date.addDays(30);
        return x;
    };
    QList<InvoiceDraft> drafts{
        d("001", "030000001", 800, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 1, 1)),
        d("001", "030000002", 900, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 2, 1)),
        d("001", "040000001", 2500, "Åberg, Åsa", "701063-2391", "Ängsvägen 3", QDate(2026, 3, 1)),
        d("001", "040000002", 1200, "Öberg, Örjan", "194107086995", "Östra vägen 9", QDate(2026, 4, 1)),
        d("001", "040000003", 400, "Ärlig, Ärla", "19121212-1212", "Ågatan 2", QDate(2026, 4, 1)),
        d("001", "010000001", 15000, "Zetterberg, Zack", "556036-0793", "Zebravägen 1", QDate(2025, 6, 1)),
        d("002", "070000001", 7000, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 3, 15)),
    };
    drafts[1].name2 = QStringLiteral("Bengtsson, Bo");
    m_ledger->registerInvoices(drafts);
}

// Opens the screen as MainWindow would, with a claim screen to open.
void TestInvoiceSearchScreen::init()
{
    m_commands = std::make_unique<CommandRegistry>();
    m_screens = std::make_unique<ScreenRegistry>();
    const ScreenInfo info{QLatin1String(InvoiceSearchScreen::kId), QStringLiteral("&Sök faktura"),
                          QStringLiteral("6.1")};
    m_screens->addScreen(info);
    m_screens->addScreen({QLatin1String(InvoiceSearchScreen::kClaimScreenId),
                          QStringLiteral("Kundfaktura"), QStringLiteral("6.1")});
    m_screens->registerFactory(QLatin1String(InvoiceSearchScreen::kClaimScreenId),
                               [](ScreenContext &) -> QWidget * { return new FakeClaimScreen; });
    m_session = std::make_unique<Session>(shellOver(
        m_ledger->db.get(), {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                             {QStringLiteral("002"), QStringLiteral("Bostäder AB")}}));
    m_session->setCompany(QStringLiteral("001"));
    m_claim = nullptr;
    auto open = [this](const ScreenId &id) -> QWidget * {
        if (!m_claim) { // the shell focuses an open screen instead of a second one
            ScreenContext claimContext{m_screens->info(id), *m_commands, *m_session, *m_screens, {}};
            m_claim = qobject_cast<FakeClaimScreen *>(m_screens->create(claimContext));
            m_claimOwner.reset(m_claim);
        }
        return m_claim;
    };
    ScreenContext context{info, *m_commands, *m_session, *m_screens, open};
    m_screen = std::make_unique<InvoiceSearchScreen>(context);
    m_screen->resize(1000, 600);
    m_screen->show();
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    waitForList();
}

void TestInvoiceSearchScreen::cleanup()
{
    closeScreen();
    m_claimOwner.reset();
    m_claim = nullptr;
}

void TestInvoiceSearchScreen::waitForList()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_screen->model()->state() == ClaimSearchModel::State::Done
                                 || m_screen->model()->state() == ClaimSearchModel::State::Failed,
                             10000);
    settle();
}

QStringList TestInvoiceSearchScreen::listed() const
{
    QStringList out;
    const ClaimSearchModel *model = m_screen->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->claim(row).company + QLatin1Char('/') + model->claim(row).invoiceNumber;
    return out;
}

void TestInvoiceSearchScreen::tabTo(const char *name)
{
    for (int i = 0; i < 12 && QApplication::focusWidget()
                                  && QApplication::focusWidget()->objectName()
                                      != QLatin1String(name);
         ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(name));
}

// Shift+Tab back to the company fields and empty both: every company.
void TestInvoiceSearchScreen::clearCompanies()
{
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("companyFrom"));
    press(Qt::Key_End);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Backspace);
    press(Qt::Key_Tab);
    press(Qt::Key_End);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Backspace);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("invoiceNumber"));
}

void TestInvoiceSearchScreen::opensWithTheNewestOfTheCompany()
{
    // Company 001 by invoice date, then the highest number first on the same
    // day (2026-04-01: 040000003 before 040000002); 002's claim is not listed.
    QCOMPARE(listed(), (QStringList{"001/040000003", "001/040000002", "001/040000001",
                                    "001/030000002", "001/030000001", "001/010000001"}));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("invoiceNumber"));
    QCOMPARE(m_screen->statusText(), QStringLiteral("6 fakturor"));
    saveShot(QStringLiteral("invoicesearch-newest.png"));
}

void TestInvoiceSearchScreen::searchesByEachFieldInTheHandbooksOrder_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("allCompanies");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // Partial invoice number: ascending ("1, 2, 3 osv").
    QTest::newRow("invoice number 0400, ascending")
        << "invoiceNumber" << false << "0400"
        << QStringList{"001/040000001", "001/040000002", "001/040000003"};
    // Person number (name2's too): by number, highest invoice number first;
    // 811218-9876 has 070000001 (002), 030000002, 030000001.
    QTest::newRow("person number 8112, every company, highest number first")
        << "idNumber" << true << "8112"
        << QStringList{"002/070000001", "001/030000002", "001/030000001"};
    // Name over several companies: alphabetical, company, highest number first.
    QTest::newRow("name anders, every company: alphabetical, company, number")
        << "name" << true << "anders"
        << QStringList{"001/030000002", "001/030000001", "002/070000001"};
    QTest::newRow("name2 is searched too") << "name" << false << "Bengt"
                                           << QStringList{"001/030000002"};
    QTest::newRow("address Ö") << "address" << false << QString::fromUtf8("Östra")
                               << QStringList{"001/040000002"};
    // Amount >= 2 500 kr in 001: 2 500 (040000001), 15 000 (010000001).
    QTest::newRow("invoice amount from 2 500") << "minAmount" << false << "2 500"
                                               << QStringList{"001/040000001", "001/010000001"};
    // A trailing minus (handbook): >= -1 000 kr is every 001 claim, by
    // amount: 400, 800, 900, 1 200, 2 500, 15 000.
    QTest::newRow("invoice amount 1000- (minus after)")
        << "minAmount" << false << "1000-"
        << QStringList{"001/040000003", "001/030000001", "001/030000002", "001/040000002",
                       "001/040000001", "001/010000001"};
    // Nothing is paid: every balance is the amount; >= 9 000 kr is 010000001.
    QTest::newRow("balance from 9 000") << "minBalance" << false << "9000"
                                        << QStringList{"001/010000001"};
}

void TestInvoiceSearchScreen::searchesByEachFieldInTheHandbooksOrder()
{
    QFETCH(QString, field);
    QFETCH(bool, allCompanies);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    if (allCompanies)
        clearCompanies();
    tabTo(field.toLatin1().constData());
    type(text);
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(m_screen->errorText(), QString());
    QCOMPARE(listed(), expected);
    QVERIFY(!m_screen->model()->positioned());
    // The cursor is in the list, on the first row.
    QCOMPARE(QApplication::focusWidget(), m_screen->table());
    QCOMPARE(m_screen->table()->currentIndex().row(), 0);
    QVERIFY(!m_claim); // a list, nothing opened
}

void TestInvoiceSearchScreen::nameSearchThenEnterOpensTheClaim()
{
    tabTo("name");
    type(QStringLiteral("anders"));
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(listed(), (QStringList{"001/030000002", "001/030000001"}));
    saveShot(QStringLiteral("invoicesearch-name.png"));
    press(Qt::Key_Down);
    QCOMPARE(m_screen->table()->currentIndex().row(), 1);
    press(Qt::Key_Return);
    QVERIFY(m_claim);
    QCOMPARE(m_claim->shown, QStringList{"001/030000001"});
    // PgUp back to the top, Enter opens that one in the same claim screen.
    press(Qt::Key_PageUp);
    QCOMPARE(m_screen->table()->currentIndex().row(), 0);
    press(Qt::Key_Enter);
    QCOMPARE(m_claim->shown, (QStringList{"001/030000001", "001/030000002"}));
}

void TestInvoiceSearchScreen::wholeInvoiceNumberOpensTheClaimDirectly()
{
    type(QStringLiteral("040000002"));
    press(Qt::Key_Return);
    waitForList();
    QTRY_VERIFY(m_claim);
    QCOMPARE(m_claim->shown, QStringList{"001/040000002"});
}

void TestInvoiceSearchScreen::nearestValueWhenNothingStartsWithIt()
{
    // No 001 name starts with "Zq"; the nearest after it in Swedish order
    // (Z < Å < Ä < Ö): Åberg, Ärlig, Öberg.
    tabTo("name");
    type(QStringLiteral("Zq"));
    press(Qt::Key_Return);
    waitForList();
    QVERIFY(m_screen->model()->positioned());
    QCOMPARE(listed(), (QStringList{"001/040000001", "001/040000003", "001/040000002"}));
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("närmaste")),
             qPrintable(m_screen->statusText()));
}

void TestInvoiceSearchScreen::f9SwitchesColumnSets()
{
    auto shownTitles = [this] {
        QStringList out;
        const QHeaderView *header = m_screen->table()->horizontalHeader();
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                out << m_screen->model()->headerData(c, Qt::Horizontal).toString();
        return out;
    };
    QCOMPARE(shownTitles(), (QStringList{"Fakturanr", "Person-/kundnr", "Namn", "Företag",
                                         "Förfallodag", "Anmärkning"}));
    press(Qt::Key_F9);
    QCOMPARE(m_screen->columnSet(), InvoiceSearchScreen::ColumnSet::Amounts);
    QCOMPARE(shownTitles(), (QStringList{"Fakturanr", "Namn", "Fakturabelopp", "Inbetalt", "Saldo",
                                         "Fakturadatum", "Förfallodag", "Slutbetald"}));
    // 040000003 (first row): 400 kr, nothing paid.
    QCOMPARE(m_screen->model()->data(m_screen->model()->index(0, ClaimSearchModel::Amount))
                 .toString(),
             QStringLiteral("400,00"));
    saveShot(QStringLiteral("invoicesearch-amounts.png"));
    press(Qt::Key_F9);
    QCOMPARE(shownTitles(),
             (QStringList{"Fakturanr", "Namn", "Adress", "Postnr", "Ort", "Registerid"}));
    saveShot(QStringLiteral("invoicesearch-address.png"));
    press(Qt::Key_F9);
    QCOMPARE(m_screen->columnSet(), InvoiceSearchScreen::ColumnSet::Basic);
}

void TestInvoiceSearchScreen::typingInTheListStartsANewSearch()
{
    tabTo("name");
    type(QStringLiteral("anders"));
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(QApplication::focusWidget(), m_screen->table());
    type(QString::fromUtf8("Ö"));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("name"));
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(),
             QString::fromUtf8("Ö"));
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(listed(), QStringList{"001/040000002"});
}

void TestInvoiceSearchScreen::refusedSearchShowsTheReasonAtTheField()
{
    tabTo("idNumber");
    type(QStringLiteral("81a"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().contains(QStringLiteral("1–10 siffror")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("idNumber"));
    // The list still shows what it showed (the newest of 001).
    QCOMPARE(m_screen->model()->rowCount(), 6);
    // Typing in another field takes the person number away; Enter searches it.
    tabTo("name");
    type(QStringLiteral("Zet"));
    QCOMPARE(m_screen->findChild<QLineEdit *>(QStringLiteral("idNumber"))->text(), QString());
    press(Qt::Key_Return);
    waitForList();
    QCOMPARE(m_screen->errorText(), QString());
    QCOMPARE(listed(), QStringList{"001/010000001"});
}

QTEST_MAIN(TestInvoiceSearchScreen)
#include "tst_invoicesearchscreen.moc"
