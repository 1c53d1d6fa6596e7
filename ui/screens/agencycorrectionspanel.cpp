#include "screens/agencycorrectionspanel.h"

#include "agencyfile.h"
#include "models/reporttablemodel.h"
#include "storage/ledgererror.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

AgencyCorrectionsPanel::AgencyCorrectionsPanel(rsk::Database *ledger, const QString &company,
                                               QWidget *parent)
    : QWidget(parent), m_ledger(ledger)
{
    auto *intro = new QLabel(tr("Betalningar och krediteringar på fordringar som gått till "
                                "inkasso, sedan förra saldokorrigeringen. Betalningar med "
                                "inkassosättet (från inkassobolagets giro) kommer inte med. "
                                "Enter/F8 visar vad nästa fil innehåller; F10 skapar filen och "
                                "märker händelserna så att ingen kommer med två gånger."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    m_companyFrom = new QLineEdit(company, this);
    m_companyFrom->setObjectName(QStringLiteral("correctionCompanyFrom"));
    m_companyTo = new QLineEdit(company, this);
    m_companyTo->setObjectName(QStringLiteral("correctionCompanyTo"));
    for (QLineEdit *e : {m_companyFrom, m_companyTo}) {
        e->setMaxLength(3);
        e->setMaximumWidth(60);
    }
    grid->addWidget(new QLabel(tr("Företag fr.o.m. – t.o.m."), this), 0, 0);
    grid->addWidget(m_companyFrom, 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), this), 0, 2);
    grid->addWidget(m_companyTo, 0, 3);
    grid->setColumnStretch(4, 1);
    setTabOrder(m_companyFrom, m_companyTo);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("correctionStatus"));
    m_status->setWordWrap(true);
    m_model = new ReportTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("correctionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    setTabOrder(m_companyTo, m_table);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("correctionHistory"));
    m_history->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_history);
    setFocusProxy(m_companyFrom);
    if (m_ledger)
        showHistory();
}

QString AgencyCorrectionsPanel::statusText() const
{
    return m_status->text();
}

QString AgencyCorrectionsPanel::errorText() const
{
    return m_error->text();
}

bool AgencyCorrectionsPanel::refresh()
{
    if (!m_ledger)
        return false;
    m_error->clear();
    try {
        m_shown = AgencyCorrections(*m_ledger)
                      .plan(m_companyFrom->text().trimmed(), m_companyTo->text().trimmed());
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        (e.message().contains(QLatin1String("t.o.m.")) ? m_companyTo : m_companyFrom)->setFocus();
        return false;
    }
    m_model->setPager(std::make_unique<HeldReportPager>(AgencyCorrections::fileTable(*m_shown)));
    m_table->resizeColumnsToContents();
    m_status->setText(m_shown->items.isEmpty()
                          ? tr("Inget nytt att rapportera sedan förra saldokorrigeringen.")
                          : tr("Nästa fil: %n händelser, %1 kr. Ingenting är ändrat.", nullptr,
                               int(m_shown->items.size()))
                                .arg(m_shown->total().toString()));
    return true;
}

bool AgencyCorrectionsPanel::writeFile(const QString &path)
{
    if (!m_ledger)
        return false;
    m_error->clear();
    try {
        AgencyFileWriter file(path);
        const AgencyCorrectionResult r = AgencyCorrections(*m_ledger).run(
            file, path, m_companyFrom->text().trimmed(), m_companyTo->text().trimmed());
        m_shown = r;
        m_model->setPager(std::make_unique<HeldReportPager>(AgencyCorrections::fileTable(r)));
        m_table->resizeColumnsToContents();
        m_status->setText(tr("Saldokorrigering nr %1: %n händelser, %2 kr, i filen %3.", nullptr,
                             int(r.items.size()))
                              .arg(r.correctionId)
                              .arg(r.total().toString(), QDir::toNativeSeparators(path)));
    } catch (const LedgerError &e) {
        m_error->setText(e.message());
        return false;
    }
    showHistory();
    return true;
}

void AgencyCorrectionsPanel::showHistory()
{
    const QList<AgencyCorrectionInfo> done = AgencyCorrections(*m_ledger).corrections();
    if (done.isEmpty()) {
        m_history->setText(tr("Ingen saldokorrigering är gjord ännu."));
        return;
    }
    QStringList lines;
    for (const AgencyCorrectionInfo &i : done.mid(0, 5))
        lines << tr("Nr %1 %2 av %3: %4 händelser, %5 kr – %6")
                     .arg(i.id)
                     .arg(i.createdAt.left(10), i.createdBy)
                     .arg(i.items)
                     .arg(i.amount.toString(), QDir::toNativeSeparators(i.fileName));
    m_history->setText(tr("Senaste filer:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace rsk::ui
