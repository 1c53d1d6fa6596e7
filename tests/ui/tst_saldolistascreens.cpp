// Saldolista (6.4), Kundfordringar (6.5), Debiteringsstatistik (8.3) and
// Särredovisad kundfordran (5.4) driven by the keyboard on the hand-made
// ledger of tests/support/saldolistafixture.h: the Saldolista's two tabs
// (F10–F12), an as-of date, Enter, the totals line, the exports (Ctrl+E,
// Ctrl+Skift+E) and print (F16); refusals at their field on the right tab;
// F4; sorting Kundfordringar on a column with F8; the other two lists.
#include "saldolistafixture.h"
#include "uitestsupport.h"

#include "models/reporttablemodel.h"
#include "screens/billingstatisticsscreen.h"
#include "screens/receivablesscreen.h"
#include "screens/saldolistascreen.h"
#include "screens/separatereceivablescreen.h"
#include "widgets/allowedvaluesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::SaldolistaFixture;
using rsk::test::ScreenTest;

class TestSaldolistaScreens : public ScreenTest<QWidget>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void saldolistaAsOfDateThenExport();
    void saldolistaEnterOnACheckBox();
    void saldolistaRefusalsFocusTheFieldOnItsTab();
    void saldolistaF4ListsPaymentMethods();
    void saldolistaPrintsWithPreview();
    void receivablesSortedWithF8();
    void billingStatisticsByKeyboard();
    void separateReceivableByKeyboard();

private:
    template <class S> S *open(const char *id, const char *title, const char *section);
    QLineEdit *field(const char *name) const
    {
        return m_screen->findChild<QLineEdit *>(QLatin1String(name));
    }
    ReportScreen *report() const { return qobject_cast<ReportScreen *>(m_screen.get()); }
    QString cell(int row, const QString &key) const;
    QStringList columnValues(const QString &key) const;

    QTemporaryDir m_files;
    std::unique_ptr<SaldolistaFixture> m_ledger;
};

void TestSaldolistaScreens::initTestCase()
{
    useTemporarySettings();
    m_ledger = std::make_unique<SaldolistaFixture>();
}

void TestSaldolistaScreens::cleanup()
{
    closeScreen();
}

template <class S>
S *TestSaldolistaScreens::open(const char *id, const char *title, const char *section)
{
    const ShellContext shell =
        shellOver(m_ledger->db.get(), {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                       {QStringLiteral("002"), QStringLiteral("Bostadsbolaget")}});
    return showScreen<S>({QLatin1String(id), QString::fromUtf8(title), QLatin1String(section)},
                         shell, QSize(1280, 760), QStringLiteral("001"));
}

QString TestSaldolistaScreens::cell(int row, const QString &key) const
{
    ReportTableModel *m = report()->model();
    return m->data(m->index(row, m->layout().columnIndex(key))).toString();
}

QStringList TestSaldolistaScreens::columnValues(const QString &key) const
{
    QStringList out;
    for (int row = 0; row < report()->model()->rowCount(); ++row)
        out << cell(row, key);
    return out;
}

void TestSaldolistaScreens::saldolistaAsOfDateThenExport()
{
    auto *s = open<SaldolistaScreen>(SaldolistaScreen::kId, "S&aldolista", "6.4");
    QCOMPARE(QApplication::focusWidget(), field("companyFrom"));
    QCOMPARE(field("companyFrom")->text(), QStringLiteral("001"));
    press(Qt::Key_F10); // to Sortering, on "Justera bort inbetalningar efter"
    QCOMPARE(s->tabs()->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), field("asOf"));
    type(QStringLiteral("260630"));
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().isEmpty(), qPrintable(report()->errorText()));
    // Company 001, unpaid at the end of 06-30: A 760; C 2 000 and F -200 in 04.
    // Sum rows show their label in the first column only.
    QCOMPARE(columnValues(QStringLiteral("invoice_number")),
             QStringList({"010000001", "", "040000001", "040000002", "", ""}));
    QCOMPARE(cell(1, QStringLiteral("company")), QStringLiteral("Summa rutin 01 Diverse, 1 st"));
    QCOMPARE(cell(5, QStringLiteral("company")), QStringLiteral("Totalt, 3 st"));
    QCOMPARE(cell(0, QStringLiteral("balance")), QStringLiteral("760,00"));
    QCOMPARE(cell(5, QStringLiteral("balance")), QStringLiteral("2 560,00"));
    // 1 000 + 2 000 - 200 = 2 800; fee 60; paid -300; 2 560.
    QCOMPARE(s->totalsText(), QStringLiteral("3 fakturor.  Fakturerat 2 800,00 + Påfört 60,00 + "
                                             "Inbetalt -300,00 = Saldo 2 560,00"));

    QStringList asked;
    report()->setFileNameProvider([&](const QString &suggested, ReportScreen::ExportFormat) {
        asked << suggested;
        return m_files.filePath(suggested);
    });
    press(Qt::Key_E, Qt::ControlModifier);
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, QStringList({QStringLiteral("Saldolista 2026-11-26.xlsx"),
                                 QStringLiteral("Saldolista 2026-11-26.csv")}));
    QVERIFY(QFileInfo(m_files.filePath(asked.at(0))).size() > 1000);
    QFile csv(m_files.filePath(asked.at(1)));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'),
                                                                       Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // titles + 6 rows
    const QStringList total = lines.last().split(QLatin1Char(';'));
    QCOMPARE(total.value(0), QStringLiteral("Totalt, 3 st"));
    QCOMPARE(total.mid(9, 4), QStringList({"2800,00", "60,00", "-300,00", "2560,00"}));
    QVERIFY(report()->statusText().startsWith(QStringLiteral("Skrev ")));
    saveShot(QStringLiteral("saldolista.png"));
}

void TestSaldolistaScreens::saldolistaEnterOnACheckBox()
{
    auto *s = open<SaldolistaScreen>(SaldolistaScreen::kId, "S&aldolista", "6.4");
    auto *unpaid = m_screen->findChild<QCheckBox *>(QStringLiteral("onlyUnpaid"));
    QVERIFY(unpaid->isChecked()); // handbook 6.4: filled in
    unpaid->setFocus();
    press(Qt::Key_Space);
    QVERIFY(!unpaid->isChecked());
    press(Qt::Key_Return);
    // Company 001 now, all claims: A, B, E | C, F with two subtotals and a total.
    QCOMPARE(report()->model()->rowCount(), 8);
    QVERIFY(s->totalsText().startsWith(QStringLiteral("5 fakturor.")));
    saveShot(QStringLiteral("saldolista-urval.png"));
    // F12 / F11 jump to the tabs.
    press(Qt::Key_F12);
    QCOMPARE(s->tabs()->currentIndex(), 1);
    press(Qt::Key_F11);
    QCOMPARE(s->tabs()->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), field("companyFrom"));
}

void TestSaldolistaScreens::saldolistaRefusalsFocusTheFieldOnItsTab()
{
    auto *s = open<SaldolistaScreen>(SaldolistaScreen::kId, "S&aldolista", "6.4");
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // routine from
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // invoice from
    type(QStringLiteral("04"));
    press(Qt::Key_Tab);
    type(QStringLiteral("01"));
    press(Qt::Key_Return);
    QCOMPARE(report()->errorText(),
             QStringLiteral("Fakturanummer: tom 019999999 ligger före from 040000000."));
    QCOMPARE(QApplication::focusWidget(), field("invoiceFrom"));
    QCOMPARE(report()->model()->rowCount(), 0);
    field("invoiceFrom")->clear();
    field("invoiceTo")->clear();

    // A bad date on the other tab: that tab is shown, the focus on the field.
    press(Qt::Key_F10);
    type(QStringLiteral("261399"));
    press(Qt::Key_F11);
    QCOMPARE(s->tabs()->currentIndex(), 0);
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().startsWith(QStringLiteral("Justera bort inbetalningar efter: ")),
             qPrintable(report()->errorText()));
    QCOMPARE(s->tabs()->currentIndex(), 1);
    QCOMPARE(QApplication::focusWidget(), field("asOf"));

    // Letters in an amount.
    field("asOf")->clear();
    field("balanceFrom")->setText(QStringLiteral("12kr"));
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().startsWith(QStringLiteral("Saldobelopp from: ")),
             qPrintable(report()->errorText()));
    QCOMPARE(s->tabs()->currentIndex(), 0);
    QCOMPARE(QApplication::focusWidget(), field("balanceFrom"));
}

void TestSaldolistaScreens::saldolistaF4ListsPaymentMethods()
{
    open<SaldolistaScreen>(SaldolistaScreen::kId, "S&aldolista", "6.4");
    press(Qt::Key_F10);
    field("method")->setFocus();
    QString title;
    onNextModal([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        auto *list = qobject_cast<AllowedValuesDialog *>(dialog)->list();
        QTest::keyClick(list, Qt::Key_B);
        QTest::keyClick(list, Qt::Key_Return);
    });
    press(Qt::Key_F4);
    QVERIFY2(title.contains(QStringLiteral("Inbetalningssätt")), qPrintable(title));
    QCOMPARE(field("method")->text(), QStringLiteral("B"));
    // Only claims paid by bankgiro, also the paid ones: C.
    m_screen->findChild<QCheckBox *>(QStringLiteral("onlyUnpaid"))->setChecked(false);
    field("method")->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(cell(0, QStringLiteral("invoice_number")), QStringLiteral("040000001"));
    QCOMPARE(report()->model()->rowCount(), 2);
}

void TestSaldolistaScreens::saldolistaPrintsWithPreview()
{
    open<SaldolistaScreen>(SaldolistaScreen::kId, "S&aldolista", "6.4");
    field("companyTo")->setText(QStringLiteral("002"));
    press(Qt::Key_Return);
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close();
    });
    press(Qt::Key_F16);
    QCOMPARE(seen, QStringLiteral("reportPrintPreview"));
    // The narrow list for paper: Detaljeringsgrad 2 by keyboard, Enter.
    press(Qt::Key_F10);
    auto *detail = m_screen->findChild<QComboBox *>(QStringLiteral("detail"));
    detail->setFocus();
    press(Qt::Key_Down);
    QCOMPARE(detail->currentIndex(), 1);
    press(Qt::Key_Return);
    QCOMPARE(report()->model()->columnCount(), 12);
    const QString dir = qEnvironmentVariable("RESKONTRA_SCREENSHOT_DIR");
    const QString pdf = (dir.isEmpty() ? m_files.path() : dir) + QStringLiteral("/saldolista.pdf");
    QVERIFY(report()->printToPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestSaldolistaScreens::receivablesSortedWithF8()
{
    auto *s = open<ReceivablesScreen>(ReceivablesScreen::kId, "&Kundfordringar", "6.5");
    QCOMPARE(QApplication::focusWidget(), field("asOf"));
    QCOMPARE(field("asOf")->text(), QStringLiteral("2026-11-26"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("260630"));
    press(Qt::Key_Return);
    // Company 001 at the end of 06-30: A, C, F and the total.
    QCOMPARE(columnValues(QStringLiteral("invoice_number")),
             QStringList({"010000001", "040000001", "040000002", QString()}));
    // To the table (date → filter → company from → to → table), to Saldo.
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), report()->table());
    for (int i = 0; i < 8; ++i)
        press(Qt::Key_Right);
    press(Qt::Key_F8);
    QCOMPARE(s->sortColumn(), QStringLiteral("balance"));
    QCOMPARE(columnValues(QStringLiteral("balance")),
             QStringList({"-200,00", "760,00", "2 000,00", "2 560,00"}));
    press(Qt::Key_F8); // again: descending
    QVERIFY(s->sortDescending());
    QCOMPARE(columnValues(QStringLiteral("invoice_number")),
             QStringList({"040000001", "010000001", "040000002", QString()}));
    saveShot(QStringLiteral("kundfordringar.png"));
}

void TestSaldolistaScreens::billingStatisticsByKeyboard()
{
    open<BillingStatisticsScreen>(BillingStatisticsScreen::kId, "&Debiteringsstatistik", "8.3");
    QCOMPARE(QApplication::focusWidget(), field("routineFrom"));
    press(Qt::Key_Return);
    // Company 001: routine 01 in 3 periods, 04 in 2; seven rows each, seven
    // per routine, seven for the total: 5 × 7 + 2 × 7 + 7.
    QCOMPARE(report()->model()->rowCount(), 56);
    QCOMPARE(cell(0, QStringLiteral("action")), QStringLiteral("Fakturerade"));
    QCOMPARE(cell(1, QStringLiteral("count_share")), QStringLiteral("100,00"));
    QCOMPARE(cell(49, QStringLiteral("routine")), QStringLiteral("Totalt – Fakturerade"));
    QCOMPARE(cell(49, QStringLiteral("amount")), QStringLiteral("3 600,00"));
    type(QStringLiteral("04"));
    press(Qt::Key_Return);
    QCOMPARE(report()->model()->rowCount(), 28);
    saveShot(QStringLiteral("debiteringsstatistik.png"));
}

void TestSaldolistaScreens::separateReceivableByKeyboard()
{
    open<SeparateReceivableScreen>(SeparateReceivableScreen::kId,
                                   "Särre&dovisad kundfordran", "5.4");
    QCOMPARE(QApplication::focusWidget(), field("date"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("260630"));
    press(Qt::Key_Tab);
    type(QStringLiteral("3041"));
    press(Qt::Key_Tab);
    type(QStringLiteral("3042"));
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().isEmpty(), qPrintable(report()->errorText()));
    QCOMPARE(columnValues(QStringLiteral("account")), QStringList({"3041+", "3041", QString()}));
    QCOMPARE(cell(2, QStringLiteral("balance")), QStringLiteral("1 800,00"));
    saveShot(QStringLiteral("sarredovisad.png"));
}

QTEST_MAIN(TestSaldolistaScreens)
#include "tst_saldolistascreens.moc"
