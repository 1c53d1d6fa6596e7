#include "screens/separatereceivablescreen.h"

#include "reports/separatereceivable.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

SeparateReceivableScreen::SeparateReceivableScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("separateReceivable"), parent)
{
    declareCommands(commands());

    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength, const QString &placeholder) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 140 : 60);
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
        if (to) {
            grid->addWidget(new QLabel(QStringLiteral("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        ++row;
    };
    m_companyFrom = edit("companyFrom", 3, QString());
    m_companyTo = edit("companyTo", 3, QString());
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    range(tr("Företag from – tom"), m_companyFrom, m_companyTo);
    m_date = edit("date", 10, tr("ÅÅMMDD"));
    if (ledger())
        m_date->setText(ledger()->today().toString(Qt::ISODate));
    range(tr("Datum (obetalda vid dagens slut)"), m_date, nullptr);
    m_accountFrom = edit("accountFrom", 20, QString());
    m_accountTo = edit("accountTo", 20, QString());
    range(tr("Konto from – tom"), m_accountFrom, m_accountTo);
    setTabOrder(m_accountTo, table());
    grid->setColumnStretch(4, 1);
    setSelectionForm(box);
    m_date->setFocus();
}

void SeparateReceivableScreen::declareCommands(CommandRegistry &commands)
{
    declareReportCommands(commands, QLatin1String(kId), QStringLiteral("separateReceivable"));
}

std::unique_ptr<ReportPager> SeparateReceivableScreen::createReport()
{
    SeparateReceivableCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.date = dateField(m_date, tr("Datum"));
    c.accountFrom = m_accountFrom->text();
    c.accountTo = m_accountTo->text();
    try {
        return std::make_unique<SeparateReceivableQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        const QString m = e.message();
        setFieldError(m, m.startsWith(tr("Företag"))  ? m_companyTo
                         : m.startsWith(tr("Konto"))  ? m_accountTo
                                                      : m_date);
        throw;
    }
}

} // namespace rsk::ui
