#include "screens/paymentforecastscreen.h"

#include "reports/paymentforecast.h"
#include "session.h"
#include "storage/ledgererror.h"
#include "storage/database.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

PaymentForecastScreen::PaymentForecastScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("paymentForecast"), parent)
{
    declareCommands(commands());
    auto *box = new QGroupBox(tr("Urval"), this);
    auto *grid = new QGridLayout(box);
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 110 : 60);
        if (previous)
            setTabOrder(previous, e);
        previous = e;
        return e;
    };
    int row = 0;
    auto range = [&](const QString &label, QLineEdit *from, QLineEdit *to) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(from, row, 1);
        grid->addWidget(new QLabel(tr("–"), box), row, 2);
        grid->addWidget(to, row, 3);
        ++row;
    };
    m_companyFrom = edit("companyFrom", 3);
    m_companyTo = edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    range(tr("Företag from – tom"), m_companyFrom, m_companyTo);
    m_routineFrom = edit("routineFrom", 2);
    m_routineTo = edit("routineTo", 2);
    range(tr("Rutin from – tom"), m_routineFrom, m_routineTo);
    m_dueFrom = edit("dueFrom", 10);
    m_dueTo = edit("dueTo", 10);
    m_dueFrom->setPlaceholderText(tr("ÅÅMMDD"));
    m_dueTo->setPlaceholderText(tr("ÅÅMMDD"));
    if (ledger())
        m_dueFrom->setText(ledger()->today().toString(Qt::ISODate));
    range(tr("Förfallodatum from – tom"), m_dueFrom, m_dueTo);
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("Per förfallodag"), tr("Per vecka"), tr("Per månad")});
    setTabOrder(previous, m_period);
    setTabOrder(m_period, table());
    grid->addWidget(new QLabel(tr("Summera"), box), row, 0);
    grid->addWidget(m_period, row, 1, 1, 3);
    grid->setColumnStretch(4, 1);
    setSelectionForm(box);
    m_routineFrom->setFocus();
}

void PaymentForecastScreen::declareCommands(CommandRegistry &commands)
{
    declareReportCommands(commands, QLatin1String(kId), QStringLiteral("paymentForecast"));
}

std::unique_ptr<ReportPager> PaymentForecastScreen::createReport()
{
    PaymentForecastCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.routineFrom = m_routineFrom->text().trimmed();
    c.routineTo = m_routineTo->text().trimmed();
    c.dueFrom = dateField(m_dueFrom, tr("Förfallodatum from"));
    c.dueTo = dateField(m_dueTo, tr("Förfallodatum tom"));
    c.period = PaymentForecastCriteria::Period(m_period->currentIndex());
    try {
        return std::make_unique<PaymentForecastQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        const QString m = e.message();
        QWidget *field = m_companyFrom;
        if (m.startsWith(tr("Rutin")))
            field = m_routineFrom;
        else if (m.startsWith(tr("Förfallodatum")))
            field = m_dueTo;
        setFieldError(m, field);
        throw;
    }
}

} // namespace rsk::ui
