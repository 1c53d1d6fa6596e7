// Utskrift av ej debiterade räntor och avgifter (handbook 7.14) driven by the
// keyboard: the selection, Enter, the reasons for a refused selection at
// their field, F16 with its preview, Ctrl+E / Ctrl+Skift+E, F4 and the
// warning for an UNVERIFIED reference rate. Interest by hand: base(öre) ×
// rate(hundredths) × days / 3 650 000, one rounding (12,00 % all of 2024).
#include "testledger.h"
#include "uitestsupport.h"

#include "ledger/posting.h"
#include "models/reporttablemodel.h"
#include "screens/unbilledinterestscreen.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

void post(Database &db, const QString &company, const QString &invoice, qint64 ore,
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

class TestUnbilledInterestScreen : public ScreenTest<UnbilledInterestScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void listByKeyboard();
    void minimumInterestLeavesTheFee();
    void refusedWithTheReasonAtTheField_data();
    void refusedWithTheReasonAtTheField();
    void printsWithPreviewOnF16();
    void exportsWithCtrlE();
    void f4ListsCompanies();
    void warnsAboutUnverifiedRates();
    void screenshots();

private:
    UnbilledInterestScreen *open();
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    QString cell(int row, const QString &key) const;

    QTemporaryDir m_files;
    std::unique_ptr<TestLedger> m_ledger;
};

// 001/010000001 10 000,00 due 2023-11-15 paid 2024-08-10: 878,08 (DOMAIN.md).
// 001/010000002 1 000,00 due 2024-01-31 paid 02-10: 100 000×1200×10/3 650 000
//   = 328,77 → 3,29 kr; a 60,00 reminder fee printed, not debited.
// 002/070000003 5 000,00 due 2024-05-31 paid 06-30: 500 000×1200×30/3 650 000
//   = 4 931,5… → 49,32 kr; a 180,00 collection fee printed.
// 001/010000004 10 000,00 due 2025-01-31 paid 2025-02-14, on an UNVERIFIED rate.
void TestUnbilledInterestScreen::initTestCase()
{
    useTemporarySettings();
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    auto draft = [](const QString &company, const QString &number, qint64 ore, const QDate &due,
                    const QString &name) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromOre(ore), name);
        d.company = company;
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    const QString c1 = QStringLiteral("001");
    const QString c2 = QStringLiteral("002");
    m_ledger->registerInvoices(
        {draft(c1, QStringLiteral("010000001"), 1000000, QDate(2023, 11, 15),
               QStringLiteral("Andersson, Anna")),
         draft(c1, QStringLiteral("010000002"), 100000, QDate(2024, 1, 31),
               QStringLiteral("Björk, Bertil")),
         draft(c2, QStringLiteral("070000003"), 500000, QDate(2024, 5, 31),
               QStringLiteral("Ceder, Cilla")),
         draft(c1, QStringLiteral("010000004"), 1000000, QDate(2025, 1, 31),
               QStringLiteral("Dahl, David"))});
    Database &db = *m_ledger->db;
    post(db, c1, QStringLiteral("010000001"), 1000000, QDate(2024, 8, 10));
    post(db, c1, QStringLiteral("010000002"), 100000, QDate(2024, 2, 10));
    post(db, c2, QStringLiteral("070000003"), 500000, QDate(2024, 6, 30));
    post(db, c1, QStringLiteral("010000004"), 1000000, QDate(2025, 2, 14));
    // The dunning run sets these; done by hand here.
    db.run(QStringLiteral("UPDATE invoice SET reminder_fee_undebited_ore = 6000 "
                          "WHERE invoice_number = '010000002'"));
    db.run(QStringLiteral("UPDATE invoice SET collection_fee_undebited_ore = 18000 "
                          "WHERE invoice_number = '070000003'"));
}

void TestUnbilledInterestScreen::cleanup()
{
    closeScreen();
}

UnbilledInterestScreen *TestUnbilledInterestScreen::open()
{
    const ShellContext shell =
        shellOver(m_ledger->db.get(), {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                       {QStringLiteral("002"), QStringLiteral("Bostadsbolaget")}});
    return showScreen({QLatin1String(UnbilledInterestScreen::kId),
                       QStringLiteral("&Ej debiterade räntor och avgifter"),
                       QStringLiteral("7.14")},
                      shell, QSize(1150, 720), QStringLiteral("001"));
}

QString TestUnbilledInterestScreen::cell(int row, const QString &key) const
{
    ReportTableModel *m = m_screen->model();
    return m->data(m->index(row, m->layout().columnIndex(key))).toString();
}

void TestUnbilledInterestScreen::listByKeyboard()
{
    open();
    QCOMPARE(field("companyFrom")->text(), QStringLiteral("001"));
    QCOMPARE(QApplication::focusWidget(), field("paidFrom"));
    type(QStringLiteral("240101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("240831"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    // Company 001: A and B, the company's subtotal, the total.
    QCOMPARE(m_screen->model()->rowCount(), 4);
    QCOMPARE(cell(0, QStringLiteral("invoice_number")), QStringLiteral("010000001"));
    QCOMPARE(cell(0, QStringLiteral("days_late")), QStringLiteral("269"));
    QCOMPARE(cell(0, QStringLiteral("interest")), QStringLiteral("878,08"));
    QCOMPARE(cell(1, QStringLiteral("interest")), QStringLiteral("3,29"));
    QCOMPARE(cell(1, QStringLiteral("reminder_fee")), QStringLiteral("60,00"));
    QCOMPARE(cell(1, QStringLiteral("total")), QStringLiteral("63,29"));
    // 87 808 + 329 + 6 000 = 94 137.
    QCOMPARE(cell(2, QStringLiteral("company")),
             QStringLiteral("Summa företag 001 Testkommunen, 2 st"));
    QCOMPARE(cell(2, QStringLiteral("total")), QStringLiteral("941,37"));
    QCOMPARE(cell(3, QStringLiteral("company")), QStringLiteral("Totalt, 2 st"));
    QCOMPARE(m_screen->statusText(), QStringLiteral("4 rader"));
    QVERIFY(m_screen->warningText().isEmpty());
}

void TestUnbilledInterestScreen::minimumInterestLeavesTheFee()
{
    open();
    type(QStringLiteral("240101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("240831"));
    // paidTo → departmentFrom → departmentTo → minimumInterest.
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), field("minimumInterest"));
    type(QStringLiteral("5"));
    press(Qt::Key_Return);
    // 3,29 is under 5 kr: B keeps only its fee.
    QCOMPARE(m_screen->model()->rowCount(), 4);
    QCOMPARE(cell(1, QStringLiteral("interest")), QStringLiteral("0,00"));
    QCOMPARE(cell(1, QStringLiteral("total")), QStringLiteral("60,00"));
    QCOMPARE(cell(3, QStringLiteral("total")), QStringLiteral("938,08"));
}

void TestUnbilledInterestScreen::refusedWithTheReasonAtTheField_data()
{
    QTest::addColumn<QString>("focusFirst");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("minimum interest with öre") << "minimumInterest" << "1,5"
                                               << "Minsta ränta: \"1,50\" ska vara hela kronor";
    QTest::newRow("minimum days not a number") << "minimumDays" << "1x"
                                               << "Minsta antal dagar: \"1x\"";
    QTest::newRow("routine of letters") << "routineFrom" << "ab" << "Rutin: \"ab\"";
    QTest::newRow("paid to before paid from") << "paidTo" << "231231"
                                              << "Slutbetald: tom 2023-12-31 ligger före";
    QTest::newRow("a date that does not exist") << "paidTo" << "240231" << "Slutbetald tom: ";
}

void TestUnbilledInterestScreen::refusedWithTheReasonAtTheField()
{
    QFETCH(QString, focusFirst);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    open();
    type(QStringLiteral("240101")); // paid from
    field(qPrintable(focusFirst))->setFocus();
    type(text);
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().startsWith(reason), qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focusFirst);
    QCOMPARE(m_screen->model()->rowCount(), 0);
}

void TestUnbilledInterestScreen::printsWithPreviewOnF16()
{
    open();
    type(QStringLiteral("240101"));
    press(Qt::Key_Return);
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close();
    });
    press(Qt::Key_F16);
    QCOMPARE(seen, QStringLiteral("reportPrintPreview"));
    const QString pdf = m_files.filePath(QStringLiteral("ej-debiterade.pdf"));
    QVERIFY(m_screen->printToPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestUnbilledInterestScreen::exportsWithCtrlE()
{
    open();
    field("companyTo")->setText(QStringLiteral("002"));
    type(QStringLiteral("240101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("241231"));
    QStringList asked;
    m_screen->setFileNameProvider([&](const QString &suggested, ReportScreen::ExportFormat) {
        asked << suggested;
        return m_files.filePath(suggested);
    });
    press(Qt::Key_E, Qt::ControlModifier); // runs the list first
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, QStringList({QStringLiteral("Ej debiterade räntor och avgifter 2026-11-26.xlsx"),
                                 QStringLiteral("Ej debiterade räntor och avgifter 2026-11-26.csv")}));
    QVERIFY(QFileInfo(m_files.filePath(asked.at(0))).size() > 1000);
    QFile csv(m_files.filePath(asked.at(1)));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    // Interest 87 808 + 329 + 4 932 = 93 069; fees 60,00 and 180,00; 1 170,69 in all.
    QVERIFY2(bytes.contains("Summa företag 002 Bostadsbolaget, 1 st;;;;;;;49,32;0,00;180,00;229,32"),
             bytes.constData());
    QVERIFY2(bytes.endsWith("Totalt, 3 st;;;;;;;930,69;60,00;180,00;1170,69\n"),
             bytes.constData());
}

void TestUnbilledInterestScreen::f4ListsCompanies()
{
    open();
    field("companyTo")->setFocus();
    QString title;
    onNextModal([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        QWidget *list = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(list, Qt::Key_Down); // 001 → 002
        QTest::keyClick(list, Qt::Key_Return);
    });
    press(Qt::Key_F4);
    QVERIFY2(title.contains(QStringLiteral("Företag")), qPrintable(title));
    QCOMPARE(field("companyTo")->text(), QStringLiteral("002"));
}

void TestUnbilledInterestScreen::warnsAboutUnverifiedRates()
{
    open();
    type(QStringLiteral("250101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("251231"));
    press(Qt::Key_Return);
    // 02-01..02-14 = 14 d at 3,00 + 8 %: 1 000 000 × 1100 × 14 / 3 650 000 = 4 219,2 → 42,19.
    QCOMPARE(cell(0, QStringLiteral("interest")), QStringLiteral("42,19"));
    QVERIFY2(m_screen->warningText().contains(QLatin1String("UNVERIFIED")),
             qPrintable(m_screen->warningText()));
    // A list without such days clears the warning again.
    field("paidFrom")->setText(QStringLiteral("240101"));
    field("paidTo")->setText(QStringLiteral("240831"));
    field("paidTo")->setFocus();
    press(Qt::Key_Return);
    QVERIFY(m_screen->warningText().isEmpty());
}

void TestUnbilledInterestScreen::screenshots()
{
    open();
    field("companyTo")->setText(QStringLiteral("002"));
    type(QStringLiteral("240101"));
    press(Qt::Key_Tab);
    type(QStringLiteral("251231"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("unbilledinterest.png"));
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_screen->printToPdf(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("unbilledinterest.pdf"))));
}

QTEST_MAIN(TestUnbilledInterestScreen)
#include "tst_unbilledinterestscreen.moc"
