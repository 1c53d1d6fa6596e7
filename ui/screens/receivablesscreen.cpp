#include "screens/receivablesscreen.h"

#include "models/reporttablemodel.h"
#include "reports/receivables.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

ReceivablesScreen::ReceivablesScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("receivables"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kSortCommand), this), &QAction::triggered, this,
            [this] {
                const QModelIndex current = table()->currentIndex();
                if (current.isValid())
                    sortOn(current.column());
            });

    auto *box = new QGroupBox(tr("Obetalda fakturor per datum"), this);
    auto *grid = new QGridLayout(box);
    auto edit = [&](const char *name, int maxLength, const QString &placeholder) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 180 : 60);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_companyFrom = edit("companyFrom", 3, QString());
    m_companyTo = edit("companyTo", 3, QString());
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    m_asOf = edit("asOf", 10, tr("ÅÅMMDD"));
    if (ledger())
        m_asOf->setText(ledger()->today().toString(Qt::ISODate));
    m_filter = edit("filter", 30, tr("nummer eller namn"));
    grid->addWidget(new QLabel(tr("Företag from – tom"), box), 0, 0);
    grid->addWidget(m_companyFrom, 0, 1);
    grid->addWidget(new QLabel(QStringLiteral("–"), box), 0, 2);
    grid->addWidget(m_companyTo, 0, 3);
    grid->addWidget(new QLabel(tr("Till och med fakturadatum"), box), 1, 0);
    grid->addWidget(m_asOf, 1, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Filter"), box), 2, 0);
    grid->addWidget(m_filter, 2, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Sortera: klicka på en kolumnrubrik eller F8 i kolumnen "
                                  "(igen: fallande)."),
                               box),
                    3, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    setTabOrder(m_asOf, m_filter);
    setTabOrder(m_filter, m_companyFrom);
    setTabOrder(m_companyFrom, m_companyTo);
    setTabOrder(m_companyTo, table());
    setSelectionForm(box);

    QHeaderView *header = table()->horizontalHeader();
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sectionClicked, this, &ReceivablesScreen::sortOn);
    m_asOf->setFocus();
}

void ReceivablesScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("receivables"));
    commands.declare({QLatin1String(kSortCommand), id, QKeySequence(Qt::Key_F8), tr("Sortera")});
}

void ReceivablesScreen::sortOn(int column)
{
    const ReportLayout &l = model()->layout();
    if (column < 0 || column >= l.columns.size())
        return;
    const QString key = l.columns.at(column).key;
    m_descending = key == m_sortColumn ? !m_descending : false;
    m_sortColumn = key;
    if (run() && model()->rowCount() > 0) // F8 again sorts the same column the other way
        table()->setCurrentIndex(model()->index(0, column));
}

std::unique_ptr<ReportPager> ReceivablesScreen::createReport()
{
    ReceivablesCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.asOf = dateField(m_asOf, tr("Till och med fakturadatum"));
    c.filter = m_filter->text();
    c.sortColumn = m_sortColumn;
    c.descending = m_descending;
    try {
        return std::make_unique<ReceivablesQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        const QString m = e.message();
        setFieldError(m, m.startsWith(tr("Företag"))  ? m_companyTo
                         : m.startsWith(tr("Filter")) ? m_filter
                                                      : m_asOf);
        throw;
    }
}

void ReceivablesScreen::reportShown()
{
    QHeaderView *header = table()->horizontalHeader();
    const int column = model()->layout().columnIndex(m_sortColumn);
    header->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        header->setSortIndicator(column, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

} // namespace rsk::ui
