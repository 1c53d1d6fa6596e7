// The payment-list screens (handbook 5.1–5.3) driven by the keyboard on the
// hand-made ledger of tests/support/paymentlistfixture.h: selection fields,
// Enter, the reasons for a refused selection, F9, F16 with its preview,
// Ctrl+E / Ctrl+Skift+E exports, and the table model that reads pages on
// demand (a million-row report reads only the pages shown).
#include "paymentlistfixture.h"
#include "uitestsupport.h"

#include "models/reporttablemodel.h"
#include "screens/paymentforecastscreen.h"
#include "screens/paymentlistscreen.h"
#include "screens/paymentsearchscreen.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::PaymentListFixture;
using rsk::test::ScreenTest;

namespace {

// A report of a million rows that only counts what is asked of it.
class BigReport : public ReportPager
{
public:
    ReportLayout layout() const override
    {
        return {QStringLiteral("Stor"),
                {},
                {{QStringLiteral("n"), QStringLiteral("Nr"), ReportColumn::Kind::Integer},
                 {QStringLiteral("amount"), QStringLiteral("Belopp"), ReportColumn::Kind::Money}}};
    }
    qint64 rowCount() override { return 1000000; }
    QList<ReportRow> rows(qint64 first, int count) override
    {
        ++calls;
        QList<ReportRow> out;
        for (qint64 i = first; i < std::min<qint64>(first + count, 1000000); ++i) {
            ReportRow r;
            r.cells = {i, i * 100};
            out << r;
        }
        return out;
    }
    void writeAll(ReportWriter &) override {}
    int calls = 0;
};

} // namespace

class TestPaymentListScreens : public ScreenTest<QWidget>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void modelReadsOnlyThePagesShown();

    void searchOpensWithTheNewest();
    void searchByEachTermFromTheKeyboard_data();
    void searchByEachTermFromTheKeyboard();
    void searchRefusesWithTheReasonAtTheField_data();
    void searchRefusesWithTheReasonAtTheField();
    void searchF9SwitchesColumnSets();

    void listWithSubtotalsByKeyboard();
    void listRefusedRangeFocusesTheField();
    void listExportsWithCtrlE();
    void listPrintsWithPreviewOnF16_data();
    void listPrintsWithPreviewOnF16();

    void forecastByKeyboard();
    void screenshots();

private:
    template <class S> S *open(const char *id, const char *title, const char *section);
    QLineEdit *field(const char *name) const
    {
        return m_screen->findChild<QLineEdit *>(QLatin1String(name));
    }
    ReportScreen *report() const { return qobject_cast<ReportScreen *>(m_screen.get()); }
    QString cell(int row, const QString &key) const;

    QTemporaryDir m_files;
    std::unique_ptr<PaymentListFixture> m_ledger;
};

void TestPaymentListScreens::initTestCase()
{
    useTemporarySettings();
    m_ledger = std::make_unique<PaymentListFixture>();
}

void TestPaymentListScreens::cleanup()
{
    closeScreen();
}

template <class S>
S *TestPaymentListScreens::open(const char *id, const char *title, const char *section)
{
    const ShellContext shell =
        shellOver(m_ledger->db.get(), {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                       {QStringLiteral("002"), QStringLiteral("Bostadsbolaget")}});
    return showScreen<S>({QLatin1String(id), QString::fromUtf8(title), QLatin1String(section)},
                         shell, QSize(1100, 700), QStringLiteral("001"));
}

QString TestPaymentListScreens::cell(int row, const QString &key) const
{
    ReportTableModel *m = report()->model();
    const int column = m->layout().columnIndex(key);
    return m->data(m->index(row, column)).toString();
}

void TestPaymentListScreens::modelReadsOnlyThePagesShown()
{
    ReportTableModel model;
    auto big = std::make_unique<BigReport>();
    BigReport *raw = big.get();
    model.setPager(std::move(big));
    QCOMPARE(model.rowCount(), 1000000); // counted first, nothing read yet
    QCOMPARE(raw->calls, 0);
    // Row 500 123 reads one page of 200; its neighbours come from it.
    QCOMPARE(model.data(model.index(500123, 1)).toString(), QStringLiteral("500 123,00"));
    QCOMPARE(model.data(model.index(500000, 0)).toString(), QStringLiteral("500000"));
    QCOMPARE(raw->calls, 1);
    QCOMPARE(model.data(model.index(500123, 1), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.data(model.index(7, 1), ReportTableModel::RawRole).toLongLong(), 700);
    // Scrolling through 100 pages keeps at most kMaxPages of them.
    for (int page = 0; page < 100; ++page)
        model.data(model.index(page * ReportTableModel::kPageSize, 0));
    QVERIFY(model.pagesCached() <= ReportTableModel::kMaxPages);
    QCOMPARE(model.pagesFetched(), 101);
    // A view over it asks only for the rows on screen.
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int before = raw->calls;
    view.scrollTo(model.index(999999, 0));
    QCoreApplication::processEvents();
    QVERIFY(raw->calls - before <= 2);
}

void TestPaymentListScreens::searchOpensWithTheNewest()
{
    open<PaymentSearchScreen>(PaymentSearchScreen::kId, "&Sök inbetalningar", "5.1");
    // Company 001 (002's T4 not there), newest first: T7 T6 T5 T3 T2 T1.
    QCOMPARE(report()->model()->rowCount(), 6);
    QCOMPARE(cell(0, QStringLiteral("transaction_date")), QStringLiteral("2026-03-04"));
    QCOMPARE(cell(5, QStringLiteral("remark")), QStringLiteral("del 1"));
    QCOMPARE(field("companyFrom")->text(), QStringLiteral("001"));
    QCOMPARE(QApplication::focusWidget(), field("paymentDate"));
    QCOMPARE(report()->statusText(), QStringLiteral("6 rader"));
}

void TestPaymentListScreens::searchByEachTermFromTheKeyboard_data()
{
    QTest::addColumn<int>("tabs"); // from the date field to the term's field
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("amounts"); // the rows' amounts, in order
    QTest::newRow("date 260303: T5 T6 T7 by date")
        << 0 << "260303" << QStringList{"200,00", "50,00", "100,00"};
    QTest::newRow("method 2: 2, 5, B") << 1 << "2" << QStringList{"200,00", "50,00", "2 000,00"};
    QTest::newRow("amount 300: 300, 500, 2 000")
        << 2 << "300" << QStringList{"300,00", "500,00", "2 000,00"};
    QTest::newRow("invoice 04: T3") << 3 << "04" << QStringList{"2 000,00"};
}

void TestPaymentListScreens::searchByEachTermFromTheKeyboard()
{
    QFETCH(int, tabs);
    QFETCH(QString, text);
    QFETCH(QStringList, amounts);
    open<PaymentSearchScreen>(PaymentSearchScreen::kId, "&Sök inbetalningar", "5.1");
    for (int i = 0; i < tabs; ++i)
        press(Qt::Key_Tab);
    type(text);
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().isEmpty(), qPrintable(report()->errorText()));
    QStringList shown;
    for (int row = 0; row < report()->model()->rowCount(); ++row)
        shown << cell(row, QStringLiteral("amount"));
    QCOMPARE(shown, amounts);
}

void TestPaymentListScreens::searchRefusesWithTheReasonAtTheField_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("focus");
    QTest::newRow("a date that does not exist")
        << "261399" << "" << "Inbetalningsdatum: " << "paymentDate";
    QTest::newRow("two search terms") << "260303" << "100"
                                      << "Sök på ett fält i taget" << "amount";
    QTest::newRow("an amount with letters") << "" << "12kr" << "Inbetalt belopp: " << "amount";
}

void TestPaymentListScreens::searchRefusesWithTheReasonAtTheField()
{
    QFETCH(QString, date);
    QFETCH(QString, amount);
    QFETCH(QString, reason);
    QFETCH(QString, focus);
    open<PaymentSearchScreen>(PaymentSearchScreen::kId, "&Sök inbetalningar", "5.1");
    type(date);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(amount);
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().startsWith(reason), qPrintable(report()->errorText()));
    QCOMPARE(QApplication::focusWidget()->objectName(), focus);
    // The list shown before stays (nothing half-changed).
    QCOMPARE(report()->model()->rowCount(), 6);
}

void TestPaymentListScreens::searchF9SwitchesColumnSets()
{
    auto *s = open<PaymentSearchScreen>(PaymentSearchScreen::kId, "&Sök inbetalningar", "5.1");
    const ReportLayout &l = report()->model()->layout();
    QTableView *table = report()->table();
    const int by = l.columnIndex(QStringLiteral("registered_by"));
    const int booked = l.columnIndex(QStringLiteral("booked_date"));
    QVERIFY(!table->isColumnHidden(by));
    QVERIFY(table->isColumnHidden(booked));
    press(Qt::Key_F9);
    QVERIFY(s->showsBookingColumns());
    QVERIFY(table->isColumnHidden(by));
    QVERIFY(!table->isColumnHidden(booked));
    press(Qt::Key_F9);
    QVERIFY(!table->isColumnHidden(by));
}

void TestPaymentListScreens::listWithSubtotalsByKeyboard()
{
    open<PaymentListScreen>(PaymentListScreen::kId, "&Inbetalningslista", "5.2");
    QCOMPARE(QApplication::focusWidget(), field("transactionFrom"));
    type(QStringLiteral("260302"));
    press(Qt::Key_Tab);
    type(QStringLiteral("260304"));
    press(Qt::Key_Return);
    QVERIFY2(report()->errorText().isEmpty(), qPrintable(report()->errorText()));
    // Company 001: 6 transactions, 5 method and 3 date subtotals, a total.
    ReportTableModel *m = report()->model();
    QCOMPARE(m->rowCount(), 15);
    // Rows: T1, T2, Summa 03-02 method 1 (300 + 500 = 800) …
    QCOMPARE(cell(2, QStringLiteral("transaction_date")),
             QStringLiteral("Summa 2026-03-02 1 Inbetalning, 2 st"));
    QCOMPARE(cell(2, QStringLiteral("amount")), QStringLiteral("800,00"));
    QVERIFY(m->data(m->index(2, 0), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m->data(m->index(0, 0), Qt::FontRole).value<QFont>().bold());
    // … the total 3 050 (3 850 without 002's 800).
    QCOMPARE(cell(14, QStringLiteral("transaction_date")), QStringLiteral("Totalt, 6 st"));
    QCOMPARE(cell(14, QStringLiteral("amount")), QStringLiteral("3 050,00"));
    QCOMPARE(report()->statusText(), QStringLiteral("15 rader"));
}

void TestPaymentListScreens::listRefusedRangeFocusesTheField()
{
    open<PaymentListScreen>(PaymentListScreen::kId, "&Inbetalningslista", "5.2");
    type(QStringLiteral("260304"));
    press(Qt::Key_Tab);
    type(QStringLiteral("260302"));
    press(Qt::Key_Return);
    QCOMPARE(report()->errorText(),
             QStringLiteral("Transaktionsdatum: tom-datum 2026-03-02 ligger före from-datum "
                            "2026-03-04."));
    QCOMPARE(QApplication::focusWidget(), field("transactionTo"));
    QCOMPARE(report()->model()->rowCount(), 0);
}

void TestPaymentListScreens::listExportsWithCtrlE()
{
    open<PaymentListScreen>(PaymentListScreen::kId, "&Inbetalningslista", "5.2");
    QStringList asked;
    report()->setFileNameProvider([&](const QString &suggested, ReportScreen::ExportFormat) {
        asked << suggested;
        return m_files.filePath(suggested);
    });
    press(Qt::Key_E, Qt::ControlModifier); // runs the list first when none is shown
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, QStringList({QStringLiteral("Inbetalningslista 2026-11-26.xlsx"),
                                 QStringLiteral("Inbetalningslista 2026-11-26.csv")}));
    QVERIFY(QFileInfo(m_files.filePath(asked.at(0))).size() > 1000);
    QFile csv(m_files.filePath(asked.at(1)));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(bytes.endsWith("Totalt, 6 st;;;;;;;3050,00;\n"), bytes.constData());
    QVERIFY(report()->statusText().startsWith(QStringLiteral("Skrev ")));
}

void TestPaymentListScreens::listPrintsWithPreviewOnF16_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("F16") << int(Qt::Key_F16) << int(Qt::NoModifier);
    QTest::newRow("Shift+F4 (F16 on a 12-key keyboard)") << int(Qt::Key_F4)
                                                         << int(Qt::ShiftModifier);
}

void TestPaymentListScreens::listPrintsWithPreviewOnF16()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    open<PaymentListScreen>(PaymentListScreen::kId, "&Inbetalningslista", "5.2");
    press(Qt::Key_Return);
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close();
    });
    press(Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(seen, QStringLiteral("reportPrintPreview"));
    // What F16 prints, as a PDF.
    const QString pdf = m_files.filePath(QStringLiteral("lista.pdf"));
    QVERIFY(report()->printToPdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestPaymentListScreens::forecastByKeyboard()
{
    open<PaymentForecastScreen>(PaymentForecastScreen::kId, "Inbetalningspro&gnos", "5.3");
    QCOMPARE(field("dueFrom")->text(), QStringLiteral("2026-11-26")); // from today
    press(Qt::Key_Return);
    // Company 001 from today: 12-01 300, 12-03 700, 12-07 1 000; each with its
    // subtotal, then the total 2 000.
    QCOMPARE(report()->model()->rowCount(), 7);
    QCOMPARE(cell(6, QStringLiteral("period")), QStringLiteral("Totalt"));
    QCOMPARE(cell(6, QStringLiteral("amount")), QStringLiteral("2 000,00"));
    // Per month (the combo box by keyboard): one December row per routine.
    auto *period = m_screen->findChild<QComboBox *>(QStringLiteral("period"));
    period->setFocus();
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(period->currentIndex(), 2);
    field("routineFrom")->setFocus();
    press(Qt::Key_Return);
    QCOMPARE(report()->model()->rowCount(), 4);
    QCOMPARE(cell(0, QStringLiteral("period")), QStringLiteral("2026-12"));
    QCOMPARE(cell(2, QStringLiteral("claims")), QStringLiteral("3"));
    QCOMPARE(cell(2, QStringLiteral("amount")), QStringLiteral("2 000,00"));
}

void TestPaymentListScreens::screenshots()
{
    open<PaymentSearchScreen>(PaymentSearchScreen::kId, "&Sök inbetalningar", "5.1");
    saveShot(QStringLiteral("paymentsearch.png"));
    open<PaymentListScreen>(PaymentListScreen::kId, "&Inbetalningslista", "5.2");
    field("companyTo")->setText(QStringLiteral("002"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("paymentlist.png"));
    open<PaymentForecastScreen>(PaymentForecastScreen::kId, "Inbetalningspro&gnos", "5.3");
    field("companyTo")->setText(QStringLiteral("002"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("paymentforecast.png"));
}

QTEST_MAIN(TestPaymentListScreens)
#include "tst_paymentlistscreens.moc"
