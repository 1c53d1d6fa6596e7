#pragma once

#include "screens/screen.h"

#include "storage/runlock.h"

class QLabel;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Two screens over the run locks (issue 7 "Concurrency", migration 015):
//
// - Visa > Körningar ("view.runs"): the runs under way now, one row per
//   company they hold (kind, company, who, computer, process, since, and
//   whether the holder is still there), and the latest finished runs and
//   cleared locks. F5 reads both again.
// - Systemunderhåll > Rensning loggposter efter avbrott ("system.runLocks",
//   handbook 9.1: "används om det visar sig att efter avbrott någon användare
//   inte kan komma in i systemet igen"): the same list of locks; F6 removes
//   the chosen one after a question that names it (audited). A lock whose
//   holder is gone is cleared by the next run anyway; this is for a holder
//   on another computer, or one that hangs.
class RunsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "view.runs";
    static constexpr char kClearId[] = "system.runLocks";
    static constexpr char kRefreshCommand[] = "runs.refresh";
    static constexpr char kClearRefreshCommand[] = "runLocks.refresh";
    static constexpr char kClearCommand[] = "runLocks.clear";

    enum LockColumn {
        Company,
        Kind,
        Owner,
        Host,
        Process,
        Since,
        Holder,
        Description,
        LockColumnCount
    };
    enum HistoryColumn {
        Ended,
        HistoryCompanies,
        HistoryKind,
        HistoryOwner,
        HistoryHost,
        Started,
        Outcome,
        HistoryDescription,
        HistoryColumnCount
    };

    explicit RunsScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    bool clearing() const { return m_clearing; }
    void reload();

private:
    void clearCurrent();
    void fillLocks();
    void fillHistory();

    rsk::Database *m_ledger = nullptr;
    bool m_clearing = false;
    QList<RunLockInfo> m_locks;
    QTableWidget *m_lockTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rsk::ui
