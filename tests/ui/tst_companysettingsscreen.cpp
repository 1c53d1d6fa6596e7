// Företagsuppgifter (handbook 9) by keyboard: the company's fields, a wrong
// IBAN refused beside its field and nothing saved; the account plan typed
// into its table (Tab moves between cells, Enter saves) and a length over 10
// marked at its cell; a form type and a printer chosen with F4 and days to
// due date typed per routine; a booking link that does not fit the plan
// refused at its cell, then saved where the booking run reads it; F10 and
// F11–F14 move between the tabs, F7 undoes.
#include "testledger.h"
#include "uitestsupport.h"

#include "bookkeeping/accounts.h"
#include "ledger/companysettings.h"
#include "screens/companysettingsscreen.h"
#include "widgets/allowedvaluesdialog.h"
#include "widgets/keylegend.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestCompanySettingsScreen : public ScreenTest<CompanySettingsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheCompany();
    void tabsByKeys_data();
    void tabsByKeys();
    void ibanRefusedAtItsField();
    void accountPlanTyped();
    void routineFormTypePrinterAndDays();
    void linkFollowsThePlan();
    void undoRestores();
    void screenshots();

private:
    void openScreen();
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(name); }
    QTableWidget *table(const char *name) const { return child<QTableWidget>(name); }
    int tab() const { return child<QTabWidget>("tabs")->currentIndex(); }
    CompanySetup stored() { return CompanySettings(*m_ledger->db).load(QStringLiteral("001")); }
    // Answers the next F4 list by typing `search` and Enter; returns what it offered.
    void chooseInNextList(const QString &search, QStringList *offered)
    {
        onNextModal([search, offered](QWidget *dialog) {
            auto *values = qobject_cast<AllowedValuesDialog *>(dialog);
            QVERIFY(values);
            for (int i = 0; i < values->list()->count(); ++i)
                offered->append(values->list()->item(i)->text());
            QTest::keyClicks(values->list(), search);
            QTest::keyClick(values->list(), Qt::Key_Return);
        });
    }

    std::unique_ptr<TestLedger> m_ledger;
};

void TestCompanySettingsScreen::initTestCase()
{
    useTemporarySettings();
    CompanySettingsScreen::setPrinterNamesForTesting(
        {QStringLiteral("Kontorsskrivare"), QStringLiteral("Fakturaskrivare")});
}

void TestCompanySettingsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestCompanySettingsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestCompanySettingsScreen::openScreen()
{
    showScreen({QLatin1String(CompanySettingsScreen::kId), QStringLiteral("&Företagsuppgifter"),
                QStringLiteral("9")},
               shellOver(m_ledger->db.get()), QSize(1100, 720), QStringLiteral("001"));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->setFocus();
}

void TestCompanySettingsScreen::opensOnTheCompany()
{
    openScreen();
    QCOMPARE(text("companyLabel"), QStringLiteral("Företag 001 Testkommunen"));
    QCOMPARE(tab(), int(CompanySettingsScreen::CompanyTab));
    QCOMPARE(QApplication::focusWidget(), edit("nameEdit"));
    QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Testkommunen"));
    QCOMPARE(edit("org_nrEdit")->text(), QStringLiteral("212000-0142"));
    QCOMPARE(edit("bankgiroEdit")->text(), QStringLiteral("5805-6201"));
    QCOMPARE(table("routineTable")->rowCount(), int(stored().routines.size()));
    QCOMPARE(table("linkTable")->rowCount(), int(AccountSettings::kinds().size()));
    QCOMPARE(text("planSummary"), QStringLiteral("Ingen kontoplan: konton får ha 1–20 siffror."));
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F4=Lista  F7=Ångra  F10=Nästa flik  F11=Företag  "
                            "F12=Kontoplan  F13=Fordringskonton  F14=Kopplingar"));
}

void TestCompanySettingsScreen::tabsByKeys_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("focus");
    QTest::newRow("F10 once: the account plan") << QList<int>{Qt::Key_F10} << 1 << "partTable";
    QTest::newRow("F10 four times: round to the company")
        << QList<int>{Qt::Key_F10, Qt::Key_F10, Qt::Key_F10, Qt::Key_F10} << 0 << "nameEdit";
    QTest::newRow("F13: receivable accounts") << QList<int>{Qt::Key_F13} << 2 << "routineTable";
    QTest::newRow("F14 then F11: back to the company")
        << QList<int>{Qt::Key_F14, Qt::Key_F11} << 0 << "nameEdit";
    QTest::newRow("F14: booking links") << QList<int>{Qt::Key_F14} << 3 << "linkTable";
}

void TestCompanySettingsScreen::tabsByKeys()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, tab);
    QFETCH(QString, focus);
    openScreen();
    for (int key : keys)
        press(Qt::Key(key));
    QCOMPARE(this->tab(), tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
}

void TestCompanySettingsScreen::ibanRefusedAtItsField()
{
    openScreen();
    const qint64 audit = m_ledger->count("audit_log");
    for (int i = 0; i < 6; ++i) // name, name 2, address, postal code, city, phone → e-mail
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("emailEdit"));
    type(QStringLiteral("ekonomi@testkommunen.se"));
    for (int i = 0; i < 6; ++i) // web, org.nr, VAT, bankgiro, plusgiro → IBAN
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), edit("ibanEdit"));
    type(QStringLiteral("SE45 5000 0000 0583 9825 7467"));
    press(Qt::Key_Tab);
    type(QStringLiteral("essesess"));
    press(Qt::Key_Return);
    QVERIFY2(text("ibanError").contains(QStringLiteral("ska de vara 18")),
             qPrintable(text("ibanError")));
    QCOMPARE(QApplication::focusWidget(), edit("ibanEdit"));
    QCOMPARE(stored().company.email, QString()); // nothing saved
    QCOMPARE(m_ledger->count("audit_log"), audit);

    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("se4550000000058398257466"));
    press(Qt::Key_Return);
    QCOMPARE(text("ibanError"), QString());
    QCOMPARE(text("statusLabel"),
             QStringLiteral("Företagsuppgifterna för företag 001 är sparade."));
    QCOMPARE(stored().company.iban, QStringLiteral("SE4550000000058398257466"));
    QCOMPARE(stored().company.bic, QStringLiteral("ESSESESS"));
    QCOMPARE(stored().company.email, QStringLiteral("ekonomi@testkommunen.se"));
    QCOMPARE(edit("ibanEdit")->text(), QStringLiteral("SE45 5000 0000 0583 9825 7466"));
    QCOMPARE(m_ledger->count("audit_log"), audit + 3);
    QVERIFY(!m_screen->isModified());
}

void TestCompanySettingsScreen::accountPlanTyped()
{
    openScreen();
    press(Qt::Key_F10);
    // Typing starts the cell; Tab goes on to the next cell, row after row.
    for (const QString &value : {QStringLiteral("Konto"), QStringLiteral("4"), QStringLiteral("x"),
                                 QStringLiteral("Ansvar"), QStringLiteral("3"), QStringLiteral("X"),
                                 QStringLiteral("Verksamhet")}) {
        type(value);
        press(Qt::Key_Tab);
    }
    type(QStringLiteral("4"));
    press(Qt::Key_Return); // commits the cell and saves
    QCOMPARE(text("errorLabel"), QString());
    QCOMPARE(text("statusLabel"),
             QStringLiteral("Företagsuppgifterna för företag 001 är sparade."));
    const auto parts = AccountPlan(*m_ledger->db).parts(QStringLiteral("001"));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(1).name, QStringLiteral("Ansvar"));
    QCOMPARE(parts.at(1).length, 3);
    QVERIFY(parts.at(1).required);
    QVERIFY(!parts.at(2).required);
    QCOMPARE(text("planSummary"), QStringLiteral("En kontering har 7 eller 11 siffror."));
    QCOMPARE(tab(), int(CompanySettingsScreen::PlanTab));

    // Ansvar 11 digits: the cell is marked, the reason shown, nothing saved.
    auto *parts2 = table("partTable");
    parts2->setFocus();
    parts2->setCurrentCell(1, CompanySettingsScreen::PartLength);
    type(QStringLiteral("11"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), QStringLiteral("Kontodel 2: längden ska vara 1–10 siffror."));
    QCOMPARE(parts2->currentRow(), 1);
    QCOMPARE(parts2->currentColumn(), int(CompanySettingsScreen::PartLength));
    QVERIFY(parts2->item(1, CompanySettingsScreen::PartLength)->background() != QBrush());
    QCOMPARE(AccountPlan(*m_ledger->db).parts(QStringLiteral("001")).at(1).length, 3);
}

void TestCompanySettingsScreen::routineFormTypePrinterAndDays()
{
    openScreen();
    press(Qt::Key_F13);
    auto *routines = table("routineTable");
    routines->setCurrentCell(0, CompanySettingsScreen::RoutineCode); // 01 Diverse
    for (int i = 0; i < 3; ++i) // code, name, receivable → form type
        press(Qt::Key_Right);
    QStringList forms;
    chooseInNextList(QStringLiteral("G2"), &forms);
    press(Qt::Key_F4);
    QCOMPARE(forms.size(), CompanySettings::formTypes().size());
    QCOMPARE(routines->item(0, CompanySettingsScreen::RoutineFormType)->text(),
             QStringLiteral("G2"));
    press(Qt::Key_Right);
    type(QStringLiteral("30"));
    press(Qt::Key_Tab); // on to the printer cell
    press(Qt::Key_Escape);
    QStringList printers;
    chooseInNextList(QStringLiteral("F"), &printers);
    press(Qt::Key_F4);
    QCOMPARE(printers.size(), 2);
    QCOMPARE(routines->item(0, CompanySettingsScreen::RoutinePrinter)->text(),
             QStringLiteral("Fakturaskrivare"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), QString());
    CompanySettings settings(*m_ledger->db);
    QCOMPARE(settings.dueDays(QStringLiteral("001"), QStringLiteral("01")).value_or(-1), 30);
    const CompanySetup s = stored();
    QCOMPARE(s.routines.first().formType, QStringLiteral("G2"));
    QCOMPARE(s.routines.first().printer, QStringLiteral("Fakturaskrivare"));

    // Days on 06 Fasta are refused at that cell (handbook 9).
    int fasta = -1;
    for (int row = 0; row < routines->rowCount(); ++row)
        if (routines->item(row, 0)->text() == QLatin1String("06"))
            fasta = row;
    routines->setFocus();
    routines->setCurrentCell(fasta, CompanySettingsScreen::RoutineDueDays);
    type(QStringLiteral("10"));
    press(Qt::Key_Return);
    QVERIFY2(text("errorLabel").startsWith(QStringLiteral("Rutin 06 Fasta: fasta debiteringar")),
             qPrintable(text("errorLabel")));
    QCOMPARE(routines->currentRow(), fasta);
    QVERIFY(!settings.dueDays(QStringLiteral("001"), QStringLiteral("06")));
}

void TestCompanySettingsScreen::linkFollowsThePlan()
{
    AccountPlan(*m_ledger->db)
        .save(QStringLiteral("001"), {{QStringLiteral("Konto"), 4, true},
                                      {QStringLiteral("Ansvar"), 3, true}});
    openScreen();
    press(Qt::Key_F14);
    auto *links = table("linkTable");
    QCOMPARE(links->item(1, CompanySettingsScreen::LinkName)->text(),
             QStringLiteral("Bankgiroinbetalningar"));
    QCOMPARE(links->item(1, CompanySettingsScreen::LinkDefault)->text(),
             QStringLiteral("1930 Företagskonto/checkkonto/affärskonto"));
    press(Qt::Key_Down);
    press(Qt::Key_Right);
    QCOMPARE(links->currentColumn(), int(CompanySettingsScreen::LinkAccount));
    type(QStringLiteral("1931"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"),
             QStringLiteral("Bankgiroinbetalningar: Kontot \"1931\" har 4 siffror, men en "
                            "kontering enligt kontoplanen har 7 siffror (obligatoriskt: Konto "
                            "(4), Ansvar (3))."));
    QCOMPARE(links->currentRow(), 1);
    QCOMPARE(AccountSettings(*m_ledger->db).account(QStringLiteral("001"), account_kind::Bankgiro),
             QStringLiteral("1930"));
    type(QStringLiteral("1931100"));
    press(Qt::Key_Return);
    QCOMPARE(text("errorLabel"), QString());
    QCOMPARE(AccountSettings(*m_ledger->db).account(QStringLiteral("001"), account_kind::Bankgiro),
             QStringLiteral("1931100"));
}

void TestCompanySettingsScreen::undoRestores()
{
    openScreen();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Fel namn"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Testkommunen"));
    QCOMPARE(text("statusLabel"), QStringLiteral("Ändringarna är ångrade."));
    QVERIFY(!m_screen->isModified());
}

void TestCompanySettingsScreen::screenshots()
{
    CompanySettings settings(*m_ledger->db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    s.company.address = QStringLiteral("Stadshuset, Storgatan 1");
    s.company.postalCode = QStringLiteral("123 45");
    s.company.city = QStringLiteral("Småstad");
    s.company.phone = QStringLiteral("0123-100 00");
    s.company.email = QStringLiteral("ekonomi@testkommunen.se");
    s.company.web = QStringLiteral("www.testkommunen.se");
    s.company.vatNumber = QStringLiteral("SE212000014201");
    s.company.iban = QStringLiteral("SE4550000000058398257466");
    s.company.bic = QStringLiteral("ESSESESS");
    s.accountParts = {{QStringLiteral("Konto"), 4, true},
                      {QStringLiteral("Ansvar"), 3, true},
                      {QStringLiteral("Verksamhet"), 4, false},
                      {QStringLiteral("Projekt"), 5, false}};
    s.routines[0].formType = QStringLiteral("G2");
    s.routines[0].dueDays = 30;
    settings.save(s);
    openScreen();
    saveShot(QStringLiteral("company-1.png"));
    for (int i = 2; i <= 4; ++i) {
        press(Qt::Key_F10);
        if (i == 3) {
            auto *routines = table("routineTable");
            routines->setCurrentCell(1, CompanySettingsScreen::RoutineDueDays);
            type(QStringLiteral("100"));
            press(Qt::Key_Return); // a refused value, marked
        }
        saveShot(QStringLiteral("company-%1.png").arg(i));
    }
}

QTEST_MAIN(TestCompanySettingsScreen)
#include "tst_companysettingsscreen.moc"
