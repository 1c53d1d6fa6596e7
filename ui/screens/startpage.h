#pragma once

#include "screens/screen.h"
#include "shellcontext.h"

#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;

namespace rsk::ui {

class NewClaimsChart;
class StatisticsLoader;

// Startsida (UI.md "Main window"): quick jumps to the most used screens,
// today's work from the StartPageFacts provider, and the statistics chart
// the clerk chose (the list above it, or F9 on Statistik; kept per user):
// new claims per month from the facts, any other statistic read for the
// chosen company off the GUI thread. Refreshes every time it is shown, and
// on F5.
class StartPage : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "start";
    static constexpr char kRefreshCommand[] = "start.refresh";

    explicit StartPage(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);
    // The screens behind the quick-jump buttons, in button order.
    static QList<ScreenId> quickJumps();

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createQuickJumps(const ScreenRegistry &screens);
    QWidget *createTodaysWork();
    QLabel *addFact(QFormLayout *form, const QString &objectName, const QString &label);
    QWidget *createStatistics();
    void showChosenStatistic(const StartPageFacts &facts);
    void updateQuickJumpKeys();

    QHash<ScreenId, QLabel *> m_jumpKeys;
    QLabel *m_unapprovedBatches = nullptr;
    QLabel *m_unplacedPayments = nullptr;
    QLabel *m_expiringDunningCodes = nullptr;
    QLabel *m_openClaims = nullptr;
    NewClaimsChart *m_chart = nullptr;
    QComboBox *m_chartChoice = nullptr;
    StatisticsLoader *m_loader = nullptr;
};

} // namespace rsk::ui
