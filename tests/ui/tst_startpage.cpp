// Startsida: today's work from the provider (refreshed when shown, on F5 and
// on a company change), the quick jumps, and the new-claims chart.
#include "commands/commandregistry.h"
#include "commands/shellcommands.h"
#include "menucatalogue.h"
#include "screencontext.h"
#include "screens/startpage.h"
#include "session.h"
#include "widgets/keylegend.h"
#include "widgets/newclaimschart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rsk::ui;

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFactsInSwedishFormat();
    void refreshesWhenShownAndOnF5();
    void refreshesOnCompanyChange();
    void emptyStatisticsSaySo();
    void chartShowsNewClaimsPerMonth();
    void quickJumpsOpenScreensAndShowTheirKeys();

private:
    QTemporaryDir m_settingsDir;
    StartPageFacts m_facts;
    int m_providerCalls = 0;
    QStringList m_opened;
    CommandRegistry *m_commands = nullptr;
    ScreenRegistry *m_screens = nullptr;
    Session *m_session = nullptr;
    StartPage *m_page = nullptr;
};

void TestStartPage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestStartPage::init()
{
    QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra")).clear();
    m_facts = {};
    m_providerCalls = 0;
    m_opened.clear();
    m_commands = new CommandRegistry;
    m_screens = new ScreenRegistry;
    for (const MenuSpec &menu : menuCatalogue()) {
        for (const ScreenInfo &info : menu.screens)
            m_screens->addScreen(info);
    }
    ShellContext shell;
    shell.ledgerName = QStringLiteral("test.sqlite");
    shell.companies = {{"001", "Exempel kommun"}, {"002", "Annan kommun"}};
    shell.startPageFacts = [this](const QString &) {
        ++m_providerCalls;
        return m_facts;
    };
    m_session = new Session(shell);
    ScreenContext context{{StartPage::kId, QStringLiteral("Startsida"), {}}, *m_commands,
                          *m_session, *m_screens,
                          [this](const ScreenId &id) -> QWidget * {
                              m_opened << id;
                              return nullptr;
                          }};
    m_page = new StartPage(context);
}

void TestStartPage::cleanup()
{
    delete m_page;
    delete m_session;
    delete m_screens;
    delete m_commands;
}

void TestStartPage::showsFactsInSwedishFormat()
{
    m_facts.unapprovedBatches = 3;
    m_facts.unplacedPayments = 12;
    m_facts.expiringDunningCodes = 1500;
    m_facts.openClaims = 1234567;
    m_page->refresh();
    const auto value = [this](const char *name) {
        return m_page->findChild<QLabel *>(QLatin1String(name))->text();
    };
    QCOMPARE(value("unapprovedBatches"), QStringLiteral("3"));
    QCOMPARE(value("unplacedPayments"), QStringLiteral("12"));
    QCOMPARE(value("expiringDunningCodes"), QStringLiteral("1\u00a0500"));
    QCOMPARE(value("openClaims"), QStringLiteral("1\u00a0234\u00a0567"));
}

void TestStartPage::refreshesWhenShownAndOnF5()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    const int afterShow = m_providerCalls;
    QVERIFY(afterShow >= 1);

    m_facts.unplacedPayments = 7;
    m_page->hide();
    m_page->show();
    QCOMPARE(m_providerCalls, afterShow + 1);
    QCOMPARE(m_page->findChild<QLabel *>("unplacedPayments")->text(), QStringLiteral("7"));

    QApplication::setActiveWindow(m_page);
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_facts.unplacedPayments = 8;
    QTest::keyClick(m_page, Qt::Key_F5);
    QCOMPARE(m_providerCalls, afterShow + 2);
    QCOMPARE(m_page->findChild<QLabel *>("unplacedPayments")->text(), QStringLiteral("8"));
    QCOMPARE(m_page->keyLegend()->text(), QStringLiteral("F5=Uppdatera"));
}

void TestStartPage::refreshesOnCompanyChange()
{
    int before = m_providerCalls;
    m_session->setCompany(QStringLiteral("002"));
    QCOMPARE(m_providerCalls, before); // hidden: it refreshes when shown

    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    before = m_providerCalls;
    m_session->setCompany(QStringLiteral("001"));
    QCOMPARE(m_providerCalls, before + 1);
}

void TestStartPage::emptyStatisticsSaySo()
{
    m_page->refresh();
    auto *chart = m_page->findChild<NewClaimsChart *>();
    QVERIFY(chart);
    QVERIFY(chart->isEmpty());
    auto *label = chart->findChild<QLabel *>(QStringLiteral("noStatisticsLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Ingen statistik ännu"));
}

void TestStartPage::chartShowsNewClaimsPerMonth()
{
    m_facts.newClaimsPerMonth = {{"2024-01", 120}, {"2024-02", 98}, {"2024-03", 143}};
    m_page->refresh();
    auto *chart = m_page->findChild<NewClaimsChart *>();
    QVERIFY(!chart->isEmpty());
    const auto series = chart->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QBarSet *set = bars->barSets().first();
    QCOMPARE(set->count(), 3);
    QCOMPARE(set->at(2), 143.0);
    const auto axes = chart->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(axes.first())->categories(),
             QStringList({"2024-01", "2024-02", "2024-03"}));

    m_facts.newClaimsPerMonth.clear();
    m_page->refresh();
    QVERIFY(chart->isEmpty());
}

void TestStartPage::quickJumpsOpenScreensAndShowTheirKeys()
{
    m_commands->declare({openCommandId("invoices.search"), kGlobalContext,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "Sök faktura"});
    const QStringList expected{"invoices.search", "payments.manual", "dunning.letters",
                               "invoices.saldolista"};
    for (const QString &id : expected) {
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("jump:") + id);
        QVERIFY2(button, qPrintable(id));
        QCOMPARE(button->text(), m_screens->info(id).title());
        button->click();
    }
    QCOMPARE(m_opened, expected);
    QCOMPARE(m_page->findChild<QLabel *>("jumpKey:invoices.search")->text(),
             QStringLiteral("Ctrl+Skift+S"));
    QCOMPARE(m_page->findChild<QLabel *>("jumpKey:payments.manual")->text(), QString());
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
