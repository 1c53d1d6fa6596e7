// Inställningar påminnelser/krav (handbook 7.7) by keyboard: reminder 1's
// days and fee changed by typing and saved with Enter; a fee above the legal
// cap (lag 1981:739 4 §) without a reason is refused beside the step and
// nothing is saved; with a reason it is saved and logged.
#include "testledger.h"
#include "uitestsupport.h"

#include "dunning/dunningsettings.h"
#include "screens/dunningsettingsscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

class TestDunningSettingsScreen : public ScreenTest<DunningSettingsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheRoutinesStoredSettings();
    void changeReminder1DaysAndFee();
    void feeAboveCapWithoutReasonIsRefused();
    void feeAboveCapWithReasonIsSavedAndLogged();
    void screenshot();

private:
    void openScreen();
    void tabTo(const char *name);
    void retype(const char *name, const QString &text);
    DunningSettings stored();

    std::unique_ptr<TestLedger> m_ledger;
};

void TestDunningSettingsScreen::initTestCase()
{
    useTemporarySettings();
}

void TestDunningSettingsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestDunningSettingsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestDunningSettingsScreen::openScreen()
{
    showScreen({QLatin1String(DunningSettingsScreen::kId),
                QStringLiteral("I&nställningar påminnelser/krav"), QStringLiteral("7.7")},
               shellOver(m_ledger->db.get()), QSize(1100, 560));
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    child<QComboBox>("routineCombo")->setFocus();
}

// Tab through the form in its order until the field has the focus.
void TestDunningSettingsScreen::tabTo(const char *name)
{
    QWidget *target = child<QWidget>(name);
    QVERIFY(target);
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), target);
}

void TestDunningSettingsScreen::retype(const char *name, const QString &text)
{
    tabTo(name);
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

DunningSettings TestDunningSettingsScreen::stored()
{
    const QString routine = child<QComboBox>("routineCombo")->currentData().toString();
    return *DunningSettingsRegister(*m_ledger->db).settings(routine);
}

void TestDunningSettingsScreen::showsTheRoutinesStoredSettings()
{
    openScreen();
    auto *routine = child<QComboBox>("routineCombo");
    QVERIFY(routine->count() > 0);
    QCOMPARE(routine->currentData().toString(), QStringLiteral("01"));
    // DunningSettingsRegister::defaults: reminder 1 after 10 days, no fee,
    // no reminder 2, collection 14 days after reminder 1 with 180 kr.
    QCOMPARE(child<QLineEdit>("reminder1Days")->text(), QStringLiteral("10"));
    QCOMPARE(child<QLineEdit>("reminder1Fee")->text(), QStringLiteral("0"));
    QCOMPARE(child<QLineEdit>("reminder2Days")->text(), QString());
    QCOMPARE(child<QLineEdit>("collectionDays")->text(), QStringLiteral("14"));
    QCOMPARE(child<QLineEdit>("collectionFee")->text(), QStringLiteral("180"));
    QVERIFY(child<QCheckBox>("collectionDebit")->isChecked());
    QCOMPARE(child<QComboBox>("collectionBasisCombo")->currentData().toInt(), 1);
    QVERIFY(!child<QLineEdit>("reminder1Reason")->isVisible()); // fee within the cap
}

void TestDunningSettingsScreen::changeReminder1DaysAndFee()
{
    openScreen();
    retype("reminder1Days", QStringLiteral("12"));
    retype("reminder1Fee", QStringLiteral("50"));
    QVERIFY(m_screen->isModified());
    tabTo("reminderFeeAgreedCheck");
    press(Qt::Key_Space); // 50 kr needs the agreement (lag 1981:739 2 §)
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    QVERIFY(!m_screen->isModified());
    const DunningSettings s = stored();
    QCOMPARE(s.reminder1.days, std::optional<int>(12));
    QCOMPARE(s.reminder1.fee.ore(), qint64(5000)); // 50 kr whole kronor = 5 000 öre
    QVERIFY(s.reminderFeeAgreed);
    QCOMPARE(s.collection.days, std::optional<int>(14)); // untouched
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("sparade")));
}

void TestDunningSettingsScreen::feeAboveCapWithoutReasonIsRefused()
{
    openScreen();
    const DunningSettings before = stored();
    const qint64 audit = m_ledger->count(QStringLiteral("audit_log"));
    const qint64 overrides = m_ledger->count(QStringLiteral("dunning_fee_override_log"));
    retype("reminder1Fee", QStringLiteral("200"));
    QVERIFY(child<QLineEdit>("reminder1Reason")->isVisible()); // 200 kr > 60 kr cap
    tabTo("reminderFeeAgreedCheck");
    press(Qt::Key_Space);
    press(Qt::Key_Return);
    const QString shown = child<QLabel>("reminder1Error")->text();
    QVERIFY2(shown.contains(QStringLiteral("200")) && shown.contains(QStringLiteral("60"))
                 && shown.contains(QStringLiteral("skäl")),
             qPrintable(shown));
    QVERIFY(!child<QLabel>("errorLabel")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QWidget>("reminder1Reason"));
    QVERIFY(m_screen->isModified());
    // Nothing saved, nothing logged.
    const DunningSettings after = stored();
    QCOMPARE(after.reminder1.fee.ore(), before.reminder1.fee.ore());
    QCOMPARE(after.reminderFeeAgreed, before.reminderFeeAgreed);
    QCOMPARE(m_ledger->count(QStringLiteral("audit_log")), audit);
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_fee_override_log")), overrides);
}

void TestDunningSettingsScreen::feeAboveCapWithReasonIsSavedAndLogged()
{
    openScreen();
    const qint64 overrides = m_ledger->count(QStringLiteral("dunning_fee_override_log"));
    retype("reminder1Fee", QStringLiteral("200"));
    tabTo("reminder1Reason");
    type(QStringLiteral("Avtal med näringsidkare"));
    tabTo("reminderFeeAgreedCheck");
    press(Qt::Key_Space);
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("errorLabel")->text(), QString());
    QCOMPARE(stored().reminder1.fee.ore(), qint64(20000));
    QCOMPARE(stored().reminder1.overrideReason, QStringLiteral("Avtal med näringsidkare"));
    QCOMPARE(m_ledger->count(QStringLiteral("dunning_fee_override_log")), overrides + 1);
}

void TestDunningSettingsScreen::screenshot()
{
    openScreen();
    retype("reminder1Fee", QStringLiteral("200"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("dunningsettingsscreen.png"));
}

QTEST_MAIN(TestDunningSettingsScreen)
#include "tst_dunningsettingsscreen.moc"
