#include "screens/runsscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QColor>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rsk::ui {

namespace {

QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace

RunsScreen::RunsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      m_ledger(context.session.context().ledger),
      m_clearing(context.screen.id == QLatin1String(kClearId))
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(m_clearing ? kClearRefreshCommand : kRefreshCommand),
                            this),
            &QAction::triggered, this, [this] {
                reload();
                if (m_error->text().isEmpty() && m_status->text().isEmpty())
                    m_status->setText(tr("Listan är uppdaterad."));
            });
    if (m_clearing)
        connect(commands().bind(QLatin1String(kClearCommand), this), &QAction::triggered, this,
                &RunsScreen::clearCurrent);

    auto *intro = new QLabel(
        m_clearing
            ? tr("Körningar som ändrar många fakturor (kravkörning, inläsning av betalningar, "
                 "bokföring m.fl.) låser sitt företag medan de pågår. Ett lås vars program har "
                 "avslutats tas bort av nästa körning. Står ett lås kvar efter ett avbrott på en "
                 "annan dator kan det tas bort här: välj det och tryck F6 (handbok 9.1).")
            : tr("Pågående körningar (en i taget per företag) och de senaste avslutade. "
                 "Lås som står kvar efter ett avbrott tas bort under Systemunderhåll > "
                 "Rensning loggposter efter avbrott."),
        this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    auto *locks = new QGroupBox(tr("Pågående körningar"), this);
    auto *lockLayout = new QVBoxLayout(locks);
    m_lockTable = makeRegisterTable(locks, QStringLiteral("lockTable"),
                                    {tr("Företag"), tr("Körning"), tr("Startad av"), tr("Dator"),
                                     tr("Process"), tr("Sedan"), tr("Status"),
                                     tr("Beskrivning")});
    lockLayout->addWidget(m_lockTable);
    contentLayout()->addWidget(locks, 1);

    if (!m_clearing) {
        auto *history = new QGroupBox(tr("Senaste körningar"), this);
        auto *historyLayout = new QVBoxLayout(history);
        m_historyTable = makeRegisterTable(history, QStringLiteral("historyTable"),
                                           {tr("Avslutad"), tr("Företag"), tr("Körning"),
                                            tr("Startad av"), tr("Dator"), tr("Startad"),
                                            tr("Utfall"), tr("Beskrivning")});
        historyLayout->addWidget(m_historyTable);
        contentLayout()->addWidget(history, 2);
    }

    m_error = makeErrorLabel(this);
    m_status = makeStatusLabel(this);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_lockTable);

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        return;
    }
    reload();
}

void RunsScreen::declareCommands(CommandRegistry &commands)
{
    const QString runs = QLatin1String(kId);
    const QString clear = QLatin1String(kClearId);
    commands.declare({QLatin1String(kRefreshCommand), runs, QKeySequence(Qt::Key_F5),
                      tr("Uppdatera")});
    commands.declare({QLatin1String(kClearRefreshCommand), clear, QKeySequence(Qt::Key_F5),
                      tr("Uppdatera")});
    commands.declare({QLatin1String(kClearCommand), clear, QKeySequence(Qt::Key_F6),
                      tr("Ta bort lås")});
}

void RunsScreen::reload()
{
    if (!m_ledger)
        return;
    m_error->clear();
    m_status->clear();
    try {
        RunLocks locks(*m_ledger);
        m_locks = locks.current();
        fillLocks();
        if (m_historyTable)
            fillHistory();
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
    }
}

void RunsScreen::fillLocks()
{
    const int keep = m_lockTable->currentRow();
    m_lockTable->setRowCount(int(m_locks.size()));
    for (int row = 0; row < m_locks.size(); ++row) {
        const RunLockInfo &l = m_locks.at(row);
        m_lockTable->setItem(row, Company, registerCell(l.company));
        m_lockTable->setItem(row, Kind, registerCell(l.kindName()));
        m_lockTable->setItem(row, Owner, registerCell(l.owner));
        m_lockTable->setItem(row, Host, registerCell(l.host));
        QString process = QString::number(l.processId);
        if (l.backendPid > 0)
            process += tr(" (PostgreSQL %1)").arg(l.backendPid);
        m_lockTable->setItem(row, Process, registerCell(process, true));
        m_lockTable->setItem(row, Since, registerCell(stamp(l.startedAt)));
        auto *state = registerCell(l.holderText());
        if (l.holder != RunLockInfo::Holder::Alive)
            state->setForeground(QColor(0xb0, 0x00, 0x00));
        m_lockTable->setItem(row, Holder, state);
        m_lockTable->setItem(row, Description, registerCell(l.description));
    }
    if (!m_locks.isEmpty())
        m_lockTable->setCurrentCell(qBound(0, keep, int(m_locks.size()) - 1), 0);
    if (m_locks.isEmpty())
        m_status->setText(tr("Inga körningar pågår."));
}

void RunsScreen::fillHistory()
{
    const QList<RunHistoryEntry> rows = RunLocks(*m_ledger).recent(50);
    m_historyTable->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const RunHistoryEntry &h = rows.at(row);
        m_historyTable->setItem(row, Ended, registerCell(stamp(h.endedAt)));
        m_historyTable->setItem(row, HistoryCompanies, registerCell(h.companies));
        m_historyTable->setItem(row, HistoryKind, registerCell(h.kindName()));
        m_historyTable->setItem(row, HistoryOwner, registerCell(h.owner));
        m_historyTable->setItem(row, HistoryHost, registerCell(h.host));
        m_historyTable->setItem(row, Started, registerCell(stamp(h.startedAt)));
        m_historyTable->setItem(row, Outcome, registerCell(h.outcomeText()));
        m_historyTable->setItem(row, HistoryDescription, registerCell(h.description));
    }
}

void RunsScreen::clearCurrent()
{
    if (!m_ledger)
        return;
    const int row = m_lockTable->currentRow();
    if (row < 0 || row >= m_locks.size()) {
        m_error->setText(tr("Välj låset som ska tas bort."));
        return;
    }
    const RunLockInfo lock = m_locks.at(row);
    QString question = tr("Ta bort låset för företag %1?\n\n%2 (%3).\nProcess %4 på %5: %6.")
                           .arg(lock.company, lock.describe(), lock.description)
                           .arg(lock.processId)
                           .arg(lock.host, lock.holderText());
    if (lock.holder == RunLockInfo::Holder::Alive)
        question += QLatin1String("\n\n")
                    + tr("Körningen verkar fortfarande pågå. Tas låset bort kan en annan "
                         "körning starta samtidigt.");
    QMessageBox ask(QMessageBox::Question, tr("Rensning loggposter efter avbrott"), question,
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Ta bort låset"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    try {
        RunLocks(*m_ledger).clear(lock.company, lock.token);
        reload();
        m_status->setText(tr("Låset för företag %1 (%2, %3) är borttaget.")
                              .arg(lock.company, lock.kindName(), lock.owner));
    } catch (const LedgerError &e) {
        reload();
        m_error->setText(e.message());
    }
}

} // namespace rsk::ui
