// Överföring till inkasso (7.19) and Extern inkassohantering (7.20) driven by
// the keyboard: the kontrollista changes nothing and lists what goes and what
// stays; F10 asks, writes the file and transfers; the settings tab saves
// through the register and shows its refusal at the field; the agency tab
// saves the agency and its giro; the correction tab lists and writes the
// balance-correction file once.
#include "uitestsupport.h"

#include "agencytestledger.h"
#include "dunning/agencycorrections.h"
#include "dunning/agencytransfer.h"
#include "ledger/invoicerepository.h"
#include "models/reporttablemodel.h"
#include "payments/paymentparameters.h"
#include "screens/agencycorrectionspanel.h"
#include "screens/agencysettingsscreen.h"
#include "screens/agencytransferscreen.h"
#include "widgets/keylegend.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::AgencyTestLedger;
using rsk::test::ScreenTest;

namespace {

const QString kCompany = QStringLiteral("001");

} // namespace

class TestAgencyScreens : public ScreenTest<Screen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kontrollistaChangesNothing();
    void transferWritesTheFileAndStamps();
    void cancelledTransferChangesNothing();
    void settingsSavedFromTheKeyboard();
    void refusedSettingsShowTheReason();
    void agencySavedWithItsGiro();
    void correctionFileOnce();

private:
    AgencyTransferScreen *openTransfer();
    AgencySettingsScreen *openSettings();
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    Invoice claim(const QString &number) const
    {
        return InvoiceRepository(*m_ledger->db).require(kCompany, number);
    }

    std::unique_ptr<AgencyTestLedger> m_ledger;
    QTemporaryDir m_out;
};

void TestAgencyScreens::initTestCase()
{
    useTemporarySettings();
}

// Today 2026-04-15. Routine 04 goes 30 days after the collection demand,
// zeroed with X. 040000001 Andersson 1 000 kr, demand 03-02 (44 days): sent.
// 040000002 Berg 2 000 kr, demand 03-20 (26 days): not yet. 040000003 Dahl
// 500 kr, demand 03-02 but disputed (code 1): stays.
void TestAgencyScreens::init()
{
    m_ledger = std::make_unique<AgencyTestLedger>(QDate(2026, 4, 15));
    m_ledger->addClaim(QStringLiteral("040000001"), 100000);
    m_ledger->addClaim(QStringLiteral("040000002"), 200000, QStringLiteral("640823-3234"),
                       QStringLiteral("Berg, Bo"));
    m_ledger->addClaim(QStringLiteral("040000003"), 50000, QStringLiteral("850709-9805"),
                       QStringLiteral("Dahl, Disa"));
    m_ledger->setDates(QStringLiteral("040000001"), QDate(2026, 2, 10), QDate(), QDate(2026, 3, 2));
    m_ledger->setDates(QStringLiteral("040000002"), QDate(2026, 2, 10), QDate(), QDate(2026, 3, 20));
    m_ledger->setDates(QStringLiteral("040000003"), QDate(2026, 2, 10), QDate(), QDate(2026, 3, 2));
    m_ledger->db->run(QStringLiteral("UPDATE invoice SET dunning_code = 1 WHERE invoice_number "
                                     "= '040000003'"));
}

void TestAgencyScreens::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

AgencyTransferScreen *TestAgencyScreens::openTransfer()
{
    auto *s = showScreen<AgencyTransferScreen>(
        {QLatin1String(AgencyTransferScreen::kId), QStringLiteral("Överföring till &inkasso"),
         QStringLiteral("7.19")},
        shellOver(m_ledger->db.get()), QSize(1280, 720), kCompany);
    s->setOutputPath(m_out.filePath(QStringLiteral("inkasso.csv")));
    return s;
}

AgencySettingsScreen *TestAgencyScreens::openSettings()
{
    auto *s = showScreen<AgencySettingsScreen>(
        {QLatin1String(AgencySettingsScreen::kId), QStringLiteral("E&xtern inkassohantering"),
         QStringLiteral("7.20")},
        shellOver(m_ledger->db.get()), QSize(1100, 720), kCompany);
    s->setOutputPath(m_out.filePath(QStringLiteral("saldo.csv")));
    return s;
}

void TestAgencyScreens::kontrollistaChangesNothing()
{
    AgencyTransferScreen *s = openTransfer();
    QCOMPARE(field("transferDate")->text(), QStringLiteral("2026-04-15"));
    QCOMPARE(QApplication::focusWidget(), field("transferDate"));
    const QString legend = s->keyLegend()->text();
    for (const char *key : {"F8=Kontrollista", "F10=Överför"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
    press(Qt::Key_Return);
    // 040000001 goes, 040000003 stays (disputed), the total.
    ReportTableModel *m = s->model();
    QCOMPARE(m->rowCount(), 3);
    const int invoice = m->layout().columnIndex(QStringLiteral("invoice"));
    const int note = m->layout().columnIndex(QStringLiteral("note"));
    const int balance = m->layout().columnIndex(QStringLiteral("balance"));
    QCOMPARE(m->data(m->index(0, invoice)).toString(), QStringLiteral("040000001"));
    QCOMPARE(m->data(m->index(0, balance)).toString(), QStringLiteral("1 000,00"));
    QCOMPARE(m->data(m->index(1, invoice)).toString(), QStringLiteral("040000003"));
    QVERIFY(m->data(m->index(1, note)).toString().contains(QStringLiteral("kravkod 1 Bestriden")));
    QVERIFY2(s->noteText().contains(QStringLiteral("Ingenting är ändrat")),
             qPrintable(s->noteText()));
    QCOMPARE(m_ledger->count(QStringLiteral("agency_transfer")), 0);
    QVERIFY(!claim(QStringLiteral("040000001")).agencyTransferDate.isValid());
    // A bad date: the reason at the field, nothing listed.
    field("transferDate")->setFocus();
    field("transferDate")->selectAll();
    type(QStringLiteral("261399"));
    press(Qt::Key_F8);
    QVERIFY2(s->errorText().startsWith(QStringLiteral("Överföringsdatum")),
             qPrintable(s->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("transferDate"));
    saveShot(QStringLiteral("agencytransfer-error.png"));
}

void TestAgencyScreens::transferWritesTheFileAndStamps()
{
    AgencyTransferScreen *s = openTransfer();
    press(Qt::Key_F8);
    saveShot(QStringLiteral("agencytransfer-kontrollista.png"));
    QString question;
    onNextModal([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Odiaeresis); // "&Överför"
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(s->lastRun());
    QVERIFY2(question.contains(QStringLiteral("Fordringar: 1, saldo 1 000,00 kr")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Inkassobolaget AB")), qPrintable(question));
    const Invoice a = claim(QStringLiteral("040000001"));
    QCOMPARE(a.agencyTransferDate, QDate(2026, 4, 15));
    QCOMPARE(a.balance.ore(), 0); // zeroed with X
    QCOMPARE(a.dunningCode, 4);
    QVERIFY(!claim(QStringLiteral("040000003")).agencyTransferDate.isValid());
    QFile file(m_out.filePath(QStringLiteral("inkasso.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("agency_customer_number;creditor;company;invoice_number"));
    QVERIFY(lines.at(1).startsWith("K-4711;Testkommunen;001;040000001;"));
    const QString result = s->resultText();
    QVERIFY2(result.contains(QStringLiteral("Överföring nr 1 den 2026-04-15")), qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("verifikation A 1")), qPrintable(result));
    saveShot(QStringLiteral("agencytransfer-result.png"));
}

void TestAgencyScreens::cancelledTransferChangesNothing()
{
    AgencyTransferScreen *s = openTransfer();
    s->setOutputPath(m_out.filePath(QStringLiteral("avbruten.csv")));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QVERIFY(!s->lastRun());
    QCOMPARE(s->noteText(), QStringLiteral("Ingen överföring gjordes."));
    QCOMPARE(m_ledger->count(QStringLiteral("agency_transfer")), 0);
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("avbruten.csv"))));
}

void TestAgencyScreens::settingsSavedFromTheKeyboard()
{
    AgencySettingsScreen *s = openSettings();
    QCOMPARE(s->currentTab(), 0);
    const QString legend = s->keyLegend()->text();
    for (const char *key : {"F10=Skapa saldofil", "F11=Inställningar", "F12=Inkassobolag",
                            "F13=Saldokorrigering"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
    QCOMPARE(QApplication::focusWidget(), field("companyEdit"));
    // Routine 07: due date + 45 days, zeroed with X, SFI Bostad.
    press(Qt::Key_Tab);
    type(QStringLiteral("07"));
    QCOMPARE(child<QComboBox>("routineCombo")->currentData().toString(), QStringLiteral("07"));
    QVERIFY2(s->statusText().contains(QStringLiteral("har inga inställningar")),
             qPrintable(s->statusText()));
    press(Qt::Key_Tab);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("45"));
    press(Qt::Key_Tab); // basis: "dagar efter förfallodag" is the first
    press(Qt::Key_Home);
    press(Qt::Key_Tab);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("X"));
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>("categoryCombo"));
    type(QStringLiteral("B")); // Bostad
    press(Qt::Key_Return);
    QVERIFY2(s->errorText().isEmpty(), qPrintable(s->errorText()));
    const auto saved = AgencySettingsRegister(*m_ledger->db).settings(kCompany, QStringLiteral("07"));
    QVERIFY(saved);
    QCOMPARE(saved->days, 45);
    QCOMPARE(agencyBasisCode(saved->basis), QStringLiteral("due"));
    QCOMPARE(saved->capitalMethod, QStringLiteral("X"));
    QCOMPARE(saved->debtCategory, QStringLiteral("housing"));
    QCOMPARE(child<QTableWidget>("settingsList")->rowCount(), 2);
    saveShot(QStringLiteral("agencysettings.png"));
}

void TestAgencyScreens::refusedSettingsShowTheReason()
{
    AgencySettingsScreen *s = openSettings();
    field("capitalMethodEdit")->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("6")); // Felregistrering: a D method
    press(Qt::Key_Return);
    QVERIFY2(s->errorText().contains(QStringLiteral("ska vara ett K-sätt")),
             qPrintable(s->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("capitalMethodEdit"));
    QCOMPARE(AgencySettingsRegister(*m_ledger->db).settings(kCompany, QStringLiteral("04"))
                 ->capitalMethod,
             QStringLiteral("X"));
    saveShot(QStringLiteral("agencysettings-error.png"));
}

void TestAgencyScreens::agencySavedWithItsGiro()
{
    AgencySettingsScreen *s = openSettings();
    press(Qt::Key_F12);
    QCOMPARE(s->currentTab(), 1);
    QCOMPARE(QApplication::focusWidget(), field("agencyNameEdit"));
    QCOMPARE(field("agencyNameEdit")->text(), QStringLiteral("Inkassobolaget AB"));
    press(Qt::Key_Tab);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("K-9000"));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field("agencyGirosEdit"));
    type(QStringLiteral("5050-1055; 4711-8"));
    press(Qt::Key_Return);
    QVERIFY2(s->errorText().isEmpty(), qPrintable(s->errorText()));
    const auto a = AgencySettingsRegister(*m_ledger->db).agency(kCompany);
    QCOMPARE(a->customerNumber, QStringLiteral("K-9000"));
    // The giros are the payment parameters' (what the import reads).
    QCOMPARE(PaymentParameters::load(*m_ledger->db, kCompany).agencyGiros,
             (QStringList{QStringLiteral("50501055"), QStringLiteral("47118")}));
    saveShot(QStringLiteral("agencysettings-agency.png"));
}

void TestAgencyScreens::correctionFileOnce()
{
    ReportTable file;
    AgencySelection sel;
    sel.transferDate = QDate(2026, 4, 15);
    sel.zero = true;
    AgencyTransfer(*m_ledger->db).run(sel, file, QStringLiteral("t.csv"));
    m_ledger->post(QStringLiteral("040000001"), QStringLiteral("B"), 25000, QDate(2026, 4, 20));
    AgencySettingsScreen *s = openSettings();
    press(Qt::Key_F13);
    QCOMPARE(s->currentTab(), 2);
    press(Qt::Key_F8);
    AgencyCorrectionsPanel *panel = s->corrections();
    QVERIFY2(panel->statusText().contains(QStringLiteral("Nästa fil: 1 händelser, 250,00 kr")),
             qPrintable(panel->statusText()));
    QCOMPARE(panel->table()->model()->rowCount(), 1);
    saveShot(QStringLiteral("agencysettings-corrections.png"));
    press(Qt::Key_F10);
    QVERIFY2(panel->statusText().contains(QStringLiteral("Saldokorrigering nr 1")),
             qPrintable(panel->statusText() + panel->errorText()));
    QVERIFY(QFileInfo::exists(m_out.filePath(QStringLiteral("saldo.csv"))));
    // Listed once: the next kontrollista is empty.
    press(Qt::Key_F8);
    QVERIFY2(panel->statusText().contains(QStringLiteral("Inget nytt")),
             qPrintable(panel->statusText()));
    QCOMPARE(AgencyCorrections(*m_ledger->db).corrections().size(), 1);
}

QTEST_MAIN(TestAgencyScreens)
#include "tst_agencyscreens.moc"
