#include "screens/startpage.h"

#include "commands/functionkeys.h"
#include "screencontext.h"
#include "session.h"
#include "commands/shellcommands.h"
#include "reports/statistics.h"
#include "screens/statisticsscreen.h"
#include "widgets/newclaimschart.h"
#include "widgets/statisticsloader.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace rsk::ui {

namespace {

// Counts are shown the Swedish way (1 234 567) in every UI language (UI.md "Look").
QString formatCount(qint64 count)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(count);
}

} // namespace

StartPage::StartPage(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::None, parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kRefreshCommand), this), &QAction::triggered, this,
            &StartPage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(createQuickJumps(context.screens));
    top->addWidget(createTodaysWork());
    top->addStretch(1);

    contentLayout()->addLayout(top);
    contentLayout()->addWidget(createStatistics(), 1);

    connect(&commands(), &CommandRegistry::changed, this, &StartPage::updateQuickJumpKeys);
    // Hidden, it refreshes when shown again; no need to ask the ledger now.
    connect(&session(), &Session::companyChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    updateQuickJumpKeys();
}

void StartPage::declareCommands(CommandRegistry &commands)
{
    commands.declare({QLatin1String(kRefreshCommand), QLatin1String(kId),
                      QKeySequence(Qt::Key_F5), tr("Uppdatera")});
}

QList<ScreenId> StartPage::quickJumps()
{
    return {QStringLiteral("invoices.search"), QStringLiteral("payments.manual"),
            QStringLiteral("dunning.letters"), QStringLiteral("invoices.saldolista")};
}

QWidget *StartPage::createQuickJumps(const ScreenRegistry &screens)
{
    auto *box = new QGroupBox(tr("Snabbval"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    for (const ScreenId &id : quickJumps()) {
        auto *button = new QPushButton(screens.info(id).title(), box);
        button->setObjectName(QStringLiteral("jump:") + id);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 32);
        connect(button, &QPushButton::clicked, this, [this, id] { openScreen(id); });
        auto *key = new QLabel(box);
        key->setObjectName(QStringLiteral("jumpKey:") + id);
        key->setEnabled(false);
        grid->addWidget(button, row, 0);
        grid->addWidget(key, row, 1);
        m_jumpKeys.insert(id, key);
        ++row;
    }
    grid->setRowStretch(row, 1);
    return box;
}

QWidget *StartPage::createTodaysWork()
{
    auto *box = new QGroupBox(tr("Dagens arbete"), this);
    auto *form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignLeft);
    m_unapprovedBatches = addFact(form, QStringLiteral("unapprovedBatches"),
                                  tr("Ej godkända bunter:"));
    m_unplacedPayments = addFact(form, QStringLiteral("unplacedPayments"),
                                 tr("Oplacerade betalningar:"));
    m_expiringDunningCodes = addFact(form, QStringLiteral("expiringDunningCodes"),
                                     tr("Fordringar vars kravkod löper ut:"));
    m_openClaims = addFact(form, QStringLiteral("openClaims"), tr("Öppna fordringar:"));
    return box;
}

QWidget *StartPage::createStatistics()
{
    auto *statistics = new QGroupBox(tr("Statistik"), this);
    m_chartChoice = new QComboBox(statistics);
    m_chartChoice->setObjectName(QStringLiteral("startChartChoice"));
    for (StatisticKind kind : Statistics::kinds())
        m_chartChoice->addItem(Statistics::title(kind), Statistics::key(kind));
    const QString chosen = QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"))
                               .value(QLatin1String(StatisticsScreen::kStartPageSetting))
                               .toString();
    m_chartChoice->setCurrentIndex(std::max(0, m_chartChoice->findData(chosen)));
    auto *choiceLabel = new QLabel(tr("&Diagram:"), statistics);
    choiceLabel->setBuddy(m_chartChoice);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_chartChoice);
    choiceRow->addStretch(1);

    m_chart = new NewClaimsChart(statistics);
    m_chart->setObjectName(QStringLiteral("newClaimsChart"));
    auto *statisticsLayout = new QVBoxLayout(statistics);
    statisticsLayout->addLayout(choiceRow);
    statisticsLayout->addWidget(m_chart, 1);

    m_loader = new StatisticsLoader(this);
    connect(m_loader, &StatisticsLoader::loaded, this,
            [this](const Statistic &statistic) { m_chart->setStatistic(statistic); });
    connect(m_loader, &StatisticsLoader::failed, this,
            [this](const QString &message) { m_chart->showMessage(message); });
    // Connected after the initial choice: choosing one saves it and shows it.
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, [this] {
        QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"))
            .setValue(QLatin1String(StatisticsScreen::kStartPageSetting),
                      m_chartChoice->currentData().toString());
        refresh();
    });
    return statistics;
}

QLabel *StartPage::addFact(QFormLayout *form, const QString &objectName, const QString &label)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("9 999 999 ")));
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    form->addRow(label, value);
    return value;
}

void StartPage::refresh()
{
    const StartPageFacts facts = session().startPageFacts();
    m_unapprovedBatches->setText(formatCount(facts.unapprovedBatches));
    m_unplacedPayments->setText(formatCount(facts.unplacedPayments));
    m_expiringDunningCodes->setText(formatCount(facts.expiringDunningCodes));
    m_openClaims->setText(formatCount(facts.openClaims));
    showChosenStatistic(facts);
}

void StartPage::showChosenStatistic(const StartPageFacts &facts)
{
    // The choice may have been changed on Statistik (F9) since.
    const QString chosen = QSettings(QStringLiteral("Reskontra"), QStringLiteral("Reskontra"))
                               .value(QLatin1String(StatisticsScreen::kStartPageSetting))
                               .toString();
    const int index = m_chartChoice->findData(chosen);
    if (index >= 0 && index != m_chartChoice->currentIndex()) {
        const QSignalBlocker block(m_chartChoice);
        m_chartChoice->setCurrentIndex(index);
    }
    const auto kind = Statistics::kindFromKey(m_chartChoice->currentData().toString());
    if (!kind || *kind == StatisticKind::NewClaimsPerMonth) {
        m_chart->setData(facts.newClaimsPerMonth);
        return;
    }
    Database *ledger = session().context().ledger;
    if (!ledger || !session().hasCompany()) {
        m_chart->setStatistic({});
        return;
    }
    StatisticsOptions options;
    options.company = session().companyNumber();
    options.ageBucketDays = StatisticsScreen::savedAgeBuckets();
    m_chart->showMessage(tr("Hämtar %1 …").arg(Statistics::title(*kind)));
    m_loader->request(*ledger, *kind, options);
}

void StartPage::showEvent(QShowEvent *event)
{
    Screen::showEvent(event);
    refresh();
}

void StartPage::updateQuickJumpKeys()
{
    for (auto it = m_jumpKeys.cbegin(); it != m_jumpKeys.cend(); ++it)
        it.value()->setText(keyDisplayName(commands().key(openCommandId(it.key()))));
}

} // namespace rsk::ui
