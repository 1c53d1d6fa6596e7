#include "screens/billingstatisticsscreen.h"

#include "ledger/referencedata.h"
#include "reports/billingstatistics.h"
#include "session.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

BillingStatisticsScreen::BillingStatisticsScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("billingStatistics"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &BillingStatisticsScreen::listAllowedValues);

    auto *box = new QGroupBox(tr("Urval (alla fält kan lämnas tomma)"), this);
    auto *grid = new QGridLayout(box);
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength, const QString &placeholder) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 120 : 60);
        e->setPlaceholderText(placeholder);
        if (previous)
            setTabOrder(previous, e);
        previous = e;
        return e;
    };
    int row = 0;
    auto range = [&](const QString &label, QLineEdit *from, QLineEdit *to) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(from, row, 1);
        grid->addWidget(new QLabel(QStringLiteral("–"), box), row, 2);
        grid->addWidget(to, row, 3);
        ++row;
    };
    m_companyFrom = edit("companyFrom", 3, QString());
    m_companyTo = edit("companyTo", 3, QString());
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    range(tr("Företag from – tom (F4)"), m_companyFrom, m_companyTo);
    m_routineFrom = edit("routineFrom", 2, QString());
    m_routineTo = edit("routineTo", 2, QString());
    range(tr("Rutin from – tom (F4)"), m_routineFrom, m_routineTo);
    m_invoiceFrom = edit("invoiceFrom", 9, QString());
    m_invoiceTo = edit("invoiceTo", 9, QString());
    range(tr("Fakturanummer from – tom"), m_invoiceFrom, m_invoiceTo);
    m_dateFrom = edit("invoiceDateFrom", 10, tr("ÅÅMMDD"));
    m_dateTo = edit("invoiceDateTo", 10, tr("ÅÅMMDD"));
    range(tr("Fakturadatum from – tom"), m_dateFrom, m_dateTo);
    setTabOrder(m_dateTo, table());
    grid->setColumnStretch(4, 1);
    setSelectionForm(box);
    m_routineFrom->setFocus();
}

void BillingStatisticsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("billingStatistics"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
}

std::unique_ptr<ReportPager> BillingStatisticsScreen::createReport()
{
    BillingStatisticsCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.routineFrom = m_routineFrom->text();
    c.routineTo = m_routineTo->text();
    c.invoiceFrom = m_invoiceFrom->text();
    c.invoiceTo = m_invoiceTo->text();
    c.invoiceDateFrom = dateField(m_dateFrom, tr("Fakturadatum from"));
    c.invoiceDateTo = dateField(m_dateTo, tr("Fakturadatum tom"));
    try {
        return std::make_unique<BillingStatisticsQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        const QString m = e.message();
        setFieldError(m, m.startsWith(tr("Företag"))         ? m_companyTo
                         : m.startsWith(tr("Rutin"))         ? m_routineFrom
                         : m.startsWith(tr("Fakturanummer")) ? m_invoiceFrom
                                                             : m_dateTo);
        throw;
    }
}

void BillingStatisticsScreen::listAllowedValues()
{
    if (!ledger())
        return;
    auto *target = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ReferenceData ref(*ledger());
    AllowedValuesDialog::Values values;
    QString title;
    if (target == m_companyFrom || target == m_companyTo) {
        title = tr("Företag");
        for (const Company &c : ref.companies())
            values.append({c.number, c.name});
    } else {
        if (target != m_routineTo)
            target = m_routineFrom;
        title = tr("Rutin");
        for (const Routine &r : ref.routines())
            values.append({r.code, r.name});
    }
    if (const auto code = AllowedValuesDialog::choose(this, title, values, target->text())) {
        target->setText(*code);
        target->setFocus();
    }
}

} // namespace rsk::ui
