// Underhåll kravparametrar (handbook 7.2) by keyboard: both tabs show what
// the core holds; each field of "Övrigt" typed or chosen and saved with
// Enter reads back through InterestSettingsStore / DunningParametersRegister;
// accounts saved for a company and routine read back through
// DunningParametersRegister::accounts; a refusal is shown below its field on
// its tab, keeps the clerk's input and saves nothing at all; F7 undoes;
// F10/F11/F12 move between the tabs; changed accounts are not dropped by
// choosing another routine without the clerk's word.
#include "testledger.h"
#include "uitestsupport.h"

#include "bookkeeping/accounts.h"
#include "dunning/dunningparameters.h"
#include "interest/interestsettings.h"
#include "screens/dunningparametersscreen.h"
#include "widgets/keylegend.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestDunningParametersScreen : public ScreenTest<DunningParametersScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhatTheCoreHolds();
    void functionKeysMoveBetweenTabs();
    void marginNineAndAHalfIsSaved();
    void otherFieldIsSaved_data();
    void otherFieldIsSaved();
    void refusalKeepsInputAndSavesNothing_data();
    void refusalKeepsInputAndSavesNothing();
    void accountIsSavedForCompanyAndRoutine_data();
    void accountIsSavedForCompanyAndRoutine();
    void undoPutsBackWhatIsStored();
    void changedAccountsAreNotDroppedSilently();
    void screenshot();

private:
    void openScreen();
    void tabTo(const char *name);
    void retype(const char *name, const QString &text);
    void choose(const char *comboName, const QVariant &data);
    QMap<QString, QString> stored();
    QMap<QString, QString> storedAccounts(const QString &company, const QString &routine);

    std::unique_ptr<TestLedger> m_ledger;
};

void TestDunningParametersScreen::initTestCase()
{
    useTemporarySettings();
}

void TestDunningParametersScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Kommunala bolaget"));
}

void TestDunningParametersScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestDunningParametersScreen::openScreen()
{
    showScreen({QLatin1String(DunningParametersScreen::kId), QStringLiteral("Krav&parametrar"),
                QStringLiteral("7.2")},
               shellOver(m_ledger->db.get(),
                         {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                          {QStringLiteral("002"), QStringLiteral("Kommunala bolaget")}}),
               QSize(1100, 620), QStringLiteral("001"));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QComboBox>("companyCombo")->setFocus();
}

// Tab through the form in its order until the field has the focus.
void TestDunningParametersScreen::tabTo(const char *name)
{
    QWidget *target = child<QWidget>(name);
    QVERIFY(target);
    if (child<QWidget>("otherPage")->isAncestorOf(target))
        press(Qt::Key_F12);
    else
        press(Qt::Key_F11);
    for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestDunningParametersScreen::retype(const char *name, const QString &text)
{
    tabTo(name);
    press(Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        press(Qt::Key_Delete);
    else
        type(text);
}

// Home, then Down until the item with this data is current (a closed combo
// box moves with the arrow keys).
void TestDunningParametersScreen::choose(const char *comboName, const QVariant &data)
{
    tabTo(comboName);
    auto *combo = child<QComboBox>(comboName);
    press(Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        press(Qt::Key_Down);
    QCOMPARE(combo->currentData(), data);
}

// Every value of both cores as text, so one row can name the one it changes
// and the test can check that nothing else moved.
QMap<QString, QString> TestDunningParametersScreen::stored()
{
    const InterestSettings i = InterestSettingsStore(*m_ledger->db).load();
    const DunningParameters p = DunningParametersRegister(*m_ledger->db).parameters();
    const auto n = [](qint64 v) { return QString::number(v); };
    return {{"margin", n(i.marginHundredths)},
            {"startRule", InterestSettings::startRuleKey(i.startRule)},
            {"dayBasis", InterestSettings::dayBasisKey(i.dayBasis)},
            {"daysAfterInvoice", n(i.daysAfterInvoiceDate)},
            {"minimumInterestOre", n(i.minimumInterest.ore())},
            {"minimumDaysLate", n(i.minimumDaysLate)},
            {"formType", p.formType},
            {"paymentOrderCode", n(p.paymentOrderCode)},
            {"paymentPlanCode", n(p.paymentPlanCode)},
            {"saveLetters", n(p.saveLetters)},
            {"reminderPayDays", n(p.reminderPayDays)},
            {"collectionPayDays", n(p.collectionPayDays)},
            {"residualPayDays", n(p.residualPayDays)}};
}

QMap<QString, QString> TestDunningParametersScreen::storedAccounts(const QString &company,
                                                                   const QString &routine)
{
    const DunningAccounts a = DunningParametersRegister(*m_ledger->db).accounts(company, routine);
    return {{"reminderFeeAccountEdit", a.reminderFeeIncome},
            {"collectionFeeAccountEdit", a.collectionFeeIncome},
            {"interestIncomeAccountEdit", a.interestIncome},
            {"interestReceivableAccountEdit", a.interestReceivable}};
}

void TestDunningParametersScreen::showsWhatTheCoreHolds()
{
    openScreen();
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), 0);
    QCOMPARE(child<QTabWidget>("tabs")->tabText(0), QStringLiteral("Kontering"));
    QCOMPARE(child<QTabWidget>("tabs")->tabText(1), QStringLiteral("Övrigt"));
    QCOMPARE(child<QComboBox>("companyCombo")->currentData().toString(), QStringLiteral("001"));
    QCOMPARE(child<QComboBox>("routineCombo")->currentData().toString(), QStringLiteral("01"));
    // Interest-invoice routines (51–94) are not chosen here: 13 base routines
    // of ledgersetup.cpp (01–09, 14, 24, 34, 44).
    QCOMPARE(child<QComboBox>("routineCombo")->count(), 13);
    // BAS defaults of accounts.cpp: fees 3590, interest 8313, receivable 1510
    // (of routine 51, the interest invoices of 01).
    QCOMPARE(child<QLineEdit>("reminderFeeAccountEdit")->text(), QStringLiteral("3590"));
    QCOMPARE(child<QLineEdit>("collectionFeeAccountEdit")->text(), QStringLiteral("3590"));
    QCOMPARE(child<QLineEdit>("interestIncomeAccountEdit")->text(), QStringLiteral("8313"));
    QCOMPARE(child<QLineEdit>("interestReceivableAccountEdit")->text(), QStringLiteral("1510"));
    QCOMPARE(child<QLabel>("interestReceivableAccountEditName")->text(),
             QStringLiteral("Kundfordringar"));
    QVERIFY(child<QLabel>("interestRoutineLabel")->text().contains(QStringLiteral("rutin 51")));
    // Övrigt: margin 8,0 (räntelagen 6 §), day after the due date, G2,
    // kravkoder 5 and 3, letters kept, 10 days to pay on each letter.
    QCOMPARE(child<QLineEdit>("marginEdit")->text(), QStringLiteral("8,0"));
    QVERIFY(child<QCheckBox>("dayAfterDueCheck")->isChecked());
    QCOMPARE(child<QComboBox>("formTypeCombo")->currentData().toString(), QStringLiteral("G2"));
    QCOMPARE(child<QComboBox>("formTypeCombo")->count(),
             int(DunningParametersRegister::formTypes().size()));
    QCOMPARE(child<QComboBox>("paymentOrderCodeCombo")->currentData().toInt(), 5);
    QCOMPARE(child<QComboBox>("paymentPlanCodeCombo")->currentData().toInt(), 3);
    QCOMPARE(child<QComboBox>("paymentPlanCodeCombo")->itemData(0).toInt(), 0); // 0 = ingen
    QVERIFY(child<QCheckBox>("saveLettersCheck")->isChecked());
    QCOMPARE(child<QLineEdit>("collectionPayDaysEdit")->text(), QStringLiteral("10"));
    QVERIFY(!m_screen->isModified());
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F7=Ångra  F10=Nästa flik  F11=Kontering  F12=Övrigt"));
}

void TestDunningParametersScreen::functionKeysMoveBetweenTabs()
{
    openScreen();
    auto *tabs = child<QTabWidget>("tabs");
    press(Qt::Key_F12);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("marginEdit"));
    press(Qt::Key_F10); // next tab wraps to the first
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("companyCombo"));
    press(Qt::Key_F10);
    QCOMPARE(tabs->currentIndex(), 1);
    press(Qt::Key_F11);
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestDunningParametersScreen::marginNineAndAHalfIsSaved()
{
    openScreen();
    retype("marginEdit", QStringLiteral("9,5"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    // 9,5 percentage points = 950 hundredths of a percent.
    QCOMPARE(InterestSettingsStore(*m_ledger->db).load().marginHundredths, qint64(950));
    QCOMPARE(child<QLineEdit>("marginEdit")->text(), QStringLiteral("9,5"));
    QVERIFY(!m_screen->isModified());
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("sparade")));
}

void TestDunningParametersScreen::otherFieldIsSaved_data()
{
    // field; input: "text:…" typed over the field, "key:space" or
    // "choose:<data>" (Home, then Down); the value that changes; its new
    // stored text. Every other value must stay as it was.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("margin 0 = the reference rate only")
        << "marginEdit" << "text:0" << "margin" << "0";
    QTest::newRow("margin 12.5 with a point = 1250 hundredths")
        << "marginEdit" << "text:12.5" << "margin" << "1250";
    QTest::newRow("unchecked: interest from the due date itself")
        << "dayAfterDueCheck" << "key:space" << "startRule" << "due_date";
    QTest::newRow("day basis actual/actual")
        << "dayBasisCombo" << "choose:1" << "dayBasis" << "actual_actual";
    QTest::newRow("30 days after the invoice date")
        << "daysAfterInvoiceEdit" << "text:30" << "daysAfterInvoice" << "30";
    QTest::newRow("minimum interest 50 kr = 5000 öre")
        << "minimumInterestEdit" << "text:50" << "minimumInterestOre" << "5000";
    QTest::newRow("at least 14 days after the due date")
        << "minimumDaysLateEdit" << "text:14" << "minimumDaysLate" << "14";
    QTest::newRow("form type E1 (bankgiro without OCR)")
        << "formTypeCombo" << "choose:E1" << "formType" << "E1";
    QTest::newRow("form type A2 (plusgiro)")
        << "formTypeCombo" << "choose:A2" << "formType" << "A2";
    QTest::newRow("payment order sets no code (0)")
        << "paymentOrderCodeCombo" << "choose:0" << "paymentOrderCode" << "0";
    QTest::newRow("payment plan sets code 2 Anstånd")
        << "paymentPlanCodeCombo" << "choose:2" << "paymentPlanCode" << "2";
    QTest::newRow("letters not kept for copies")
        << "saveLettersCheck" << "key:space" << "saveLetters" << "0";
    QTest::newRow("reminder 14 days to pay")
        << "reminderPayDaysEdit" << "text:14" << "reminderPayDays" << "14";
    QTest::newRow("collection 8 days to pay, the least allowed")
        << "collectionPayDaysEdit" << "text:8" << "collectionPayDays" << "8";
    QTest::newRow("residual demand 30 days to pay")
        << "residualPayDaysEdit" << "text:30" << "residualPayDays" << "30";
}

void TestDunningParametersScreen::otherFieldIsSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QByteArray name = field.toLatin1();
    openScreen();
    QMap<QString, QString> want = stored();
    QVERIFY(want.contains(key));
    QVERIFY2(want.value(key) != expected, "the row must change something");
    want[key] = expected;
    const QString value = input.section(QLatin1Char(':'), 1);
    if (input.startsWith(QLatin1String("text:"))) {
        retype(name.constData(), value);
    } else if (input.startsWith(QLatin1String("key:"))) {
        tabTo(name.constData());
        press(Qt::Key_Space);
    } else {
        const bool number = !value.isEmpty() && value.at(0).isDigit();
        choose(name.constData(), number ? QVariant(value.toInt()) : QVariant(value));
    }
    QVERIFY(m_screen->isModified());
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    QCOMPARE(stored(), want);
    QVERIFY(!m_screen->isModified());
}

void TestDunningParametersScreen::refusalKeepsInputAndSavesNothing_data()
{
    // field, typed text, words the shown reason must hold, tab it is on.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("tab");
    QTest::newRow("collection demand 7 days: at least 8 (god inkassosed)")
        << "collectionPayDaysEdit" << "7" << QStringList{"8", "inkassokrav"} << 1;
    QTest::newRow("reminder 0 days to pay")
        << "reminderPayDaysEdit" << "0" << QStringList{"1–99", "påminnelser"} << 1;
    QTest::newRow("residual demand left empty = 0 days")
        << "residualPayDaysEdit" << "" << QStringList{"inte 0", "restkrav"} << 1;
    QTest::newRow("margin with two decimals")
        << "marginEdit" << "9,55" << QStringList{"1 decimal"} << 1;
    QTest::newRow("margin left empty") << "marginEdit" << "" << QStringList{"8,0"} << 1;
    QTest::newRow("reminder fee account left empty")
        << "reminderFeeAccountEdit" << "" << QStringList{"konto", "20"} << 0;
}

void TestDunningParametersScreen::refusalKeepsInputAndSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(int, tab);
    const QByteArray name = field.toLatin1();
    openScreen();
    const QMap<QString, QString> before = stored();
    const QMap<QString, QString> accountsBefore = storedAccounts("001", "01");
    const qint64 audit = m_ledger->count(QStringLiteral("audit_log"));
    // Good changes on both tabs first: the refusal must take them back too
    // (the interest settings are written before the parameters are checked).
    retype("minimumDaysLateEdit", QStringLiteral("5"));
    retype("interestIncomeAccountEdit", QStringLiteral("8314"));
    retype(name.constData(), text);
    press(Qt::Key_F11); // Enter from the other tab: the refusal brings its own tab back
    press(Qt::Key_Return);

    const QString shown = child<QLabel>(QByteArray(name + "Error").constData())->text();
    for (const QString &word : words)
        QVERIFY2(shown.contains(word), qPrintable(shown));
    QVERIFY(child<QLabel>(QByteArray(name + "Error").constData())->isVisible());
    QVERIFY(!child<QLabel>("errorLabel")->text().isEmpty());
    QCOMPARE(child<QTabWidget>("tabs")->currentIndex(), tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(name.constData()));
    // The clerk's input is kept, the screen still has unsaved changes.
    QCOMPARE(child<QLineEdit>(name.constData())->text(), text);
    QCOMPARE(child<QLineEdit>("minimumDaysLateEdit")->text(), QStringLiteral("5"));
    QCOMPARE(child<QLineEdit>("interestIncomeAccountEdit")->text(), QStringLiteral("8314"));
    QVERIFY(m_screen->isModified());
    // Nothing saved, nothing audited.
    QCOMPARE(stored(), before);
    QCOMPARE(storedAccounts("001", "01"), accountsBefore);
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audit);
}

void TestDunningParametersScreen::accountIsSavedForCompanyAndRoutine_data()
{
    // company, routine, field, account; the interest receivable is the
    // receivable of routine + 50 (handbook 7.13).
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("interestRoutine");
    QTest::newRow("001 routine 04 reminder fees on 3541")
        << "001" << "04" << "reminderFeeAccountEdit" << "3541" << "54";
    QTest::newRow("001 routine 04 interest receivable 1519 = routine 54's receivable")
        << "001" << "04" << "interestReceivableAccountEdit" << "1519" << "54";
    QTest::newRow("002 routine 07 collection fees on 3542")
        << "002" << "07" << "collectionFeeAccountEdit" << "3542" << "57";
    QTest::newRow("001 routine 44 interest income on 8314")
        << "001" << "44" << "interestIncomeAccountEdit" << "8314" << "94";
}

void TestDunningParametersScreen::accountIsSavedForCompanyAndRoutine()
{
    QFETCH(QString, company);
    QFETCH(QString, routine);
    QFETCH(QString, field);
    QFETCH(QString, account);
    QFETCH(QString, interestRoutine);
    const QByteArray name = field.toLatin1();
    openScreen();
    QMap<QString, QString> want = storedAccounts(company, routine);
    const QMap<QString, QString> routine01 = storedAccounts("001", "01");
    const QString ownReceivable =
        AccountSettings(*m_ledger->db).account(company, account_kind::Receivable, routine);
    choose("companyCombo", company);
    choose("routineCombo", routine);
    QVERIFY(child<QLabel>("interestRoutineLabel")->text().contains(interestRoutine));
    retype(name.constData(), account);
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(company + QStringLiteral(", rutin ")
                                                           + routine),
             qPrintable(child<QLabel>("statusLabel")->text()));
    want[field] = account;
    QCOMPARE(storedAccounts(company, routine), want);
    QCOMPARE(child<QLineEdit>(name.constData())->text(), account);
    // Only that company and routine: routine 01 of 001 and the routine's own
    // receivable (not the interest invoices') keep theirs.
    if (company != QLatin1String("001") || routine != QLatin1String("01"))
        QCOMPARE(storedAccounts("001", "01"), routine01);
    QCOMPARE(AccountSettings(*m_ledger->db).account(company, account_kind::Receivable, routine),
             ownReceivable);
    if (field == QLatin1String("interestReceivableAccountEdit"))
        QCOMPARE(AccountSettings(*m_ledger->db)
                     .account(company, account_kind::Receivable, interestRoutine),
                 account);
}

void TestDunningParametersScreen::undoPutsBackWhatIsStored()
{
    openScreen();
    const QMap<QString, QString> before = stored();
    retype("reminderFeeAccountEdit", QStringLiteral("3541"));
    retype("marginEdit", QStringLiteral("9,5"));
    QVERIFY(m_screen->isModified());
    press(Qt::Key_F7);
    QVERIFY(!m_screen->isModified());
    QCOMPARE(child<QLineEdit>("marginEdit")->text(), QStringLiteral("8,0"));
    QCOMPARE(child<QLineEdit>("reminderFeeAccountEdit")->text(), QStringLiteral("3590"));
    QCOMPARE(stored(), before);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("ångrade")));
}

void TestDunningParametersScreen::changedAccountsAreNotDroppedSilently()
{
    openScreen();
    auto *routine = child<QComboBox>("routineCombo");
    retype("reminderFeeAccountEdit", QStringLiteral("3541"));
    // Down on the routine asks; Escape (Avbryt) keeps routine 01 and the input.
    tabTo("routineCombo");
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_Down);
    QCOMPARE(routine->currentData().toString(), QStringLiteral("01"));
    QCOMPARE(child<QLineEdit>("reminderFeeAccountEdit")->text(), QStringLiteral("3541"));
    QVERIFY(m_screen->isModified());
    // Asked again, the clerk tabs to "Discard" and presses Space: routine 02
    // shows its own accounts and nothing was saved.
    onNextModal([](QWidget *dialog) {
        QAbstractButton *discard = qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Discard);
        for (int i = 0; i < 5 && QApplication::focusWidget() != discard; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                            Qt::Key_Tab);
        QTest::keyClick(discard, Qt::Key_Space);
    });
    press(Qt::Key_Down);
    QCOMPARE(routine->currentData().toString(), QStringLiteral("02"));
    QCOMPARE(child<QLineEdit>("reminderFeeAccountEdit")->text(), QStringLiteral("3590"));
    QVERIFY(!m_screen->isModified());
    QCOMPARE(storedAccounts("001", "01").value("reminderFeeAccountEdit"), QStringLiteral("3590"));
}

void TestDunningParametersScreen::screenshot()
{
    openScreen();
    choose("routineCombo", QStringLiteral("04"));
    saveShot(QStringLiteral("dunningparameters-kontering.png"));
    retype("collectionPayDaysEdit", QStringLiteral("7"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("dunningparameters-ovrigt.png"));
}

QTEST_MAIN(TestDunningParametersScreen)
#include "tst_dunningparametersscreen.moc"
