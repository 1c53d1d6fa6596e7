// Statistik driven by the keyboard: each chart chosen from the list with the
// arrow keys and saved as a PNG (F8) of the chart's size; the age bounds
// typed and applied with Enter (refused ones at the field); the company
// check box; F9 making the chart the Startsida's, and the Startsida showing
// it (read off the GUI thread) and changing it from its own list.
//
// The ledger, today 2026-11-26: company 001 has A 040000001 (1 000, due
// 2026-12-20: not due), B 070000002 (2 000, due 2026-11-10: 16 days) and
// C 070000003 (500, due 2026-08-31: 87 days, reminded); company 002 has
// D 010000004 (300, due 2026-10-10: 47 days).
#include "testledger.h"
#include "uitestsupport.h"

#include "commands/commandregistry.h"
#include "screens/startpage.h"
#include "screens/statisticsscreen.h"
#include "widgets/keylegend.h"
#include "widgets/newclaimschart.h"

#include <QApplication>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::StatisticKind)

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"));
}

} // namespace

class TestStatisticsScreen : public ScreenTest<StatisticsScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachChartByKeyboardAndAsPicture_data();
    void eachChartByKeyboardAndAsPicture();
    void ageBoundsTypedAndApplied();
    void refusedBoundsStayAtTheField();
    void companyOnly();
    void f9ChoosesTheStartPageChart();
    void startPageShowsTheChosenChart();
    void screenshots();

private:
    StatisticsScreen *open();
    void waitShown();
    QString valueCell(int row, int column) const;

    QTemporaryDir m_files;
    std::unique_ptr<TestLedger> m_ledger;
};

void TestStatisticsScreen::initTestCase()
{
    useTemporarySettings();
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 11, 26));
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    auto draft = [](const QString &company, const QString &number, qint64 kronor,
                    const QDate &due) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(kronor));
        d.company = company;
        d.invoiceDate = due.addDays(-30);
        d.dueDate = due;
        return d;
    };
    m_ledger->registerInvoices(
        {draft(QStringLiteral("001"), QStringLiteral("040000001"), 1000, QDate(2026, 12, 20)),
         draft(QStringLiteral("001"), QStringLiteral("070000002"), 2000, QDate(2026, 11, 10)),
         draft(QStringLiteral("001"), QStringLiteral("070000003"), 500, QDate(2026, 8, 31)),
         draft(QStringLiteral("002"), QStringLiteral("010000004"), 300, QDate(2026, 10, 10))});
    m_ledger->db->run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-09-10' WHERE "
                                     "invoice_number = '070000003'"));
    // Registered on their invoice dates, so "this year" does not hang on the clock.
    m_ledger->db->run(QStringLiteral("UPDATE invoice SET created_at = invoice_date || "
                                     "'T08:00:00Z'"));
}

void TestStatisticsScreen::init()
{
    settings().clear();
}

void TestStatisticsScreen::cleanup()
{
    closeScreen();
}

StatisticsScreen *TestStatisticsScreen::open()
{
    const ui::ShellContext shell =
        shellOver(m_ledger->db.get(), {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                       {QStringLiteral("002"), QStringLiteral("Bostadsbolaget")}});
    StatisticsScreen *s =
        showScreen({QLatin1String(StatisticsScreen::kId), QStringLiteral("S&tatistik"), {}},
                   shell, QSize(1100, 720), QStringLiteral("001"));
    s->setFileNameProvider([this](const QString &suggested) {
        return m_files.filePath(suggested);
    });
    waitShown();
    return s;
}

void TestStatisticsScreen::waitShown()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_screen->isLoading(), 10000);
    settle();
}

QString TestStatisticsScreen::valueCell(int row, int column) const
{
    const auto *table = child<QTableWidget>("statisticValues");
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

void TestStatisticsScreen::eachChartByKeyboardAndAsPicture_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<StatisticKind>("kind");
    QTest::addColumn<int>("rows");     // rows of the value table, the sum row included
    QTest::addColumn<QString>("total"); // the sum row's first value
    // Open claims: A B C (001) and D (002) = 4; whole ledger by default.
    QTest::newRow("1 new claims per month: 12 months")
        << 0 << StatisticKind::NewClaimsPerMonth << 13 << "4";
    QTest::newRow("2 open claims per routine: 01 04 07")
        << 1 << StatisticKind::ActiveByRoutine << 4 << "4";
    QTest::newRow("3 closed per month: none") << 2 << StatisticKind::ClosedPerMonth << 13 << "0";
    QTest::newRow("4 open claims by days past due")
        << 3 << StatisticKind::ActiveByAge << 7 << "4";
    QTest::newRow("5 open balance by days past due: 3 800 kr")
        << 4 << StatisticKind::AmountByAge << 7 << "3 800,00";
    QTest::newRow("6 debtors by age group: one person")
        << 5 << StatisticKind::DebtorsByAgeGroup << 10 << "1";
    QTest::newRow("7 open claims in collection")
        << 6 << StatisticKind::CollectionShare << 4 << "4";
    QTest::newRow("8 invoices per month this year: two series")
        << 7 << StatisticKind::InvoicesPerMonth << 13 << "4";
}

void TestStatisticsScreen::eachChartByKeyboardAndAsPicture()
{
    QFETCH(int, downPresses);
    QFETCH(StatisticKind, kind);
    QFETCH(int, rows);
    QFETCH(QString, total);
    open();
    QCOMPARE(QApplication::focusWidget(), child<QListWidget>("statisticsList"));
    for (int i = 0; i < downPresses; ++i) {
        press(Qt::Key_Down);
        waitShown();
    }
    QCOMPARE(m_screen->currentKind(), kind);
    QCOMPARE(m_screen->statistic().kind, kind);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    const auto *table = child<QTableWidget>("statisticValues");
    QCOMPARE(table->rowCount(), rows);
    QCOMPARE(valueCell(rows - 1, 0), QStringLiteral("Summa"));
    QCOMPARE(valueCell(rows - 1, 1), total);
    QVERIFY(m_screen->statusText().startsWith(Statistics::title(kind)));

    const bool hasChart = total != QLatin1String("0");
    QCOMPARE(m_screen->chart()->isEmpty(), !hasChart);
    const QString path = m_files.filePath(QStringLiteral("Statistik %1 2026-11-26.png")
                                              .arg(Statistics::title(kind)));
    QFile::remove(path);
    const QSize shown = m_screen->chart()->view()->size();
    press(Qt::Key_F8);
    if (!hasChart) {
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_screen->errorText(), QStringLiteral("Det finns inget diagram att spara ännu."));
        return;
    }
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const QImage picture(path);
    QCOMPARE(picture.size(), shown);
    QVERIFY(picture.width() > 300 && picture.height() > 180);
    QVERIFY(m_screen->statusText().startsWith(QStringLiteral("Diagrammet sparat i ")));
    const bool pie = kind == StatisticKind::ActiveByRoutine
                     || kind == StatisticKind::CollectionShare;
    QCOMPARE(qobject_cast<QPieSeries *>(m_screen->chart()->chart()->series().first()) != nullptr,
             pie);
}

void TestStatisticsScreen::ageBoundsTypedAndApplied()
{
    open();
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Down); // 4: open claims by days past due
    waitShown();
    QCOMPARE(m_screen->currentKind(), StatisticKind::ActiveByAge);
    // Default bounds: not due A; 1–30 B (16); 31–60 D (47); 61–90 C (87).
    QCOMPARE(valueCell(0, 1), QStringLiteral("1"));
    QCOMPARE(valueCell(1, 1), QStringLiteral("1"));
    QCOMPARE(valueCell(2, 1), QStringLiteral("1"));
    QCOMPARE(valueCell(3, 1), QStringLiteral("1"));
    // Alt+L: the bounds field (its label's mnemonic).
    press(Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("ageBuckets"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("50,100"));
    press(Qt::Key_Return);
    waitShown();
    // Not due A; 1–50 B D; 51–100 C; over 100 none; 25,0 % shares of 4.
    QCOMPARE(child<QTableWidget>("statisticValues")->rowCount(), 5);
    QCOMPARE(valueCell(1, 0), QStringLiteral("1–50"));
    QCOMPARE(valueCell(1, 1), QStringLiteral("2"));
    QCOMPARE(valueCell(1, 2), QStringLiteral("50,0 %"));
    QCOMPARE(valueCell(2, 0), QStringLiteral("51–100"));
    QCOMPARE(valueCell(3, 0), QStringLiteral("över 100"));
    QCOMPARE(valueCell(3, 1), QStringLiteral("0"));
    QCOMPARE(settings().value(QLatin1String(StatisticsScreen::kAgeBucketsSetting)).toString(),
             QStringLiteral("50, 100"));
    QCOMPARE(StatisticsScreen::savedAgeBuckets(), (QList<int>{50, 100}));
}

void TestStatisticsScreen::refusedBoundsStayAtTheField()
{
    open();
    press(Qt::Key_L, Qt::AltModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("60, 30"));
    press(Qt::Key_Return);
    QCOMPARE(m_screen->errorText(),
             QStringLiteral("Åldersgränser: Gränser: 30 ska vara större än 60."));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("ageBuckets"));
    QVERIFY(settings().value(QLatin1String(StatisticsScreen::kAgeBucketsSetting)).isNull());
}

void TestStatisticsScreen::companyOnly()
{
    open();
    press(Qt::Key_Down); // 2: open claims per routine
    waitShown();
    QCOMPARE(valueCell(3, 1), QStringLiteral("4"));
    QVERIFY(m_screen->statusText().contains(QStringLiteral("Hela reskontran")));
    auto *box = child<QCheckBox>("companyOnly");
    QCOMPARE(box->text(), QStringLiteral("&Endast företag 001 Testkommunen"));
    press(Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(box->isChecked()); // a mnemonic clicks after a short animation
    waitShown();
    // Company 001: 04 A, 07 B C; D (01) is 002's.
    QCOMPARE(child<QTableWidget>("statisticValues")->rowCount(), 3);
    QCOMPARE(valueCell(0, 0), QStringLiteral("04 Vatten"));
    QCOMPARE(valueCell(1, 0), QStringLiteral("07 Hyror"));
    QCOMPARE(valueCell(1, 1), QStringLiteral("2"));
    QCOMPARE(valueCell(2, 1), QStringLiteral("3"));
    QVERIFY(m_screen->statusText().contains(QStringLiteral("Företag 001")));
}

void TestStatisticsScreen::f9ChoosesTheStartPageChart()
{
    open();
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F5=Uppdatera  F8=Spara bild  F9=Visa på Startsidan"));
    for (int i = 0; i < 6; ++i)
        press(Qt::Key_Down); // 7: in collection
    waitShown();
    press(Qt::Key_F9);
    QCOMPARE(settings().value(QLatin1String(StatisticsScreen::kStartPageSetting)).toString(),
             QStringLiteral("collectionShare"));
    QCOMPARE(m_screen->statusText(),
             QStringLiteral("\"Öppna fordringar i inkasso\" visas nu på Startsidan."));
}

void TestStatisticsScreen::startPageShowsTheChosenChart()
{
    settings().setValue(QLatin1String(StatisticsScreen::kStartPageSetting),
                        QStringLiteral("activeByRoutine"));
    ui::ShellContext shell = shellOver(m_ledger->db.get());
    int factsAsked = 0;
    shell.startPageFacts = [&factsAsked](const QString &) {
        ++factsAsked;
        return StartPageFacts{};
    };
    CommandRegistry commands;
    ScreenRegistry screens;
    Session session(shell);
    session.setCompany(QStringLiteral("001"));
    ScreenContext context{{QLatin1String(StartPage::kId), QStringLiteral("Startsida"), {}},
                          commands, session, screens, {}};
    StartPage page(context);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *chart = page.findChild<NewClaimsChart *>();
    auto *choice = page.findChild<QComboBox *>(QStringLiteral("startChartChoice"));
    QCOMPARE(choice->currentText(), QStringLiteral("Öppna fordringar per rutin"));
    // Company 001's open claims: 04 A and 07 B C, as a pie of two slices.
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isEmpty(), 10000);
    auto *pie = qobject_cast<QPieSeries *>(chart->chart()->series().first());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    QCOMPARE(pie->slices().at(1)->value(), 2.0);
    if (QTest::qWaitForWindowActive(&page)) {
        const QPixmap shot = page.grab();
        if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
            shot.save(QDir(QString::fromLocal8Bit(dir)).filePath("startpage-chosen-chart.png"));
    }

    // Chosen on the Startsida itself: Down in its list, kept per user.
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(settings().value(QLatin1String(StatisticsScreen::kStartPageSetting)).toString(),
             QStringLiteral("closedPerMonth"));
    // No claim is paid: nothing to show.
    QTRY_VERIFY_WITH_TIMEOUT(chart->isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(chart->findChild<QLabel *>("noStatisticsLabel")->text(),
                              QStringLiteral("Ingen statistik ännu"), 10000);
    // Back to new claims per month: from the facts, as before.
    const int before = factsAsked;
    QTest::keyClick(choice, Qt::Key_Home);
    QCOMPARE(factsAsked, before + 1);
    QVERIFY(chart->isEmpty()); // the facts hold no months
}

void TestStatisticsScreen::screenshots()
{
    open();
    saveShot(QStringLiteral("statistics-new-claims.png"));
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Down);
    waitShown();
    saveShot(QStringLiteral("statistics-by-age.png"));
    press(Qt::Key_Down);
    press(Qt::Key_Down); // 6: debtors by age group
    waitShown();
    saveShot(QStringLiteral("statistics-debtors.png"));
    press(Qt::Key_Down); // 7: in collection (pie)
    waitShown();
    saveShot(QStringLiteral("statistics-collection.png"));
    press(Qt::Key_Down); // 8: invoices per month
    waitShown();
    saveShot(QStringLiteral("statistics-invoices.png"));
}

QTEST_MAIN(TestStatisticsScreen)
#include "tst_statisticsscreen.moc"
