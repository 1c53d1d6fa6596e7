#include "screens/paymentlistscreen.h"

#include "ledger/referencedata.h"
#include "reports/paymentlist.h"
#include "session.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

PaymentListScreen::PaymentListScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("paymentList"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &PaymentListScreen::listAllowedValues);

    auto *box = new QGroupBox(tr("Urval (alla fält kan lämnas tomma)"), this);
    auto *grid = new QGridLayout(box);
    int row = 0;
    QWidget *previous = nullptr;
    auto edit = [&](const char *name, int maxLength, const QString &placeholder) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 110 : 60);
        e->setPlaceholderText(placeholder);
        if (previous)
            setTabOrder(previous, e);
        previous = e;
        return e;
    };
    auto range = [&](const QString &label, QLineEdit *from, QLineEdit *to) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(from, row, 1);
        if (to) {
            grid->addWidget(new QLabel(tr("–"), box), row, 2);
            grid->addWidget(to, row, 3);
        }
        ++row;
    };
    const QString date = tr("ÅÅMMDD");
    m_companyFrom = edit("companyFrom", 3, QString());
    m_companyTo = edit("companyTo", 3, QString());
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    range(tr("Företag from – tom"), m_companyFrom, m_companyTo);
    m_invoiceFrom = edit("invoiceFrom", 9, QString());
    m_invoiceTo = edit("invoiceTo", 9, QString());
    range(tr("Fakturanummer from – tom"), m_invoiceFrom, m_invoiceTo);
    m_registeredFrom = edit("registeredFrom", 10, date);
    range(tr("Inrapporteringsdatum from"), m_registeredFrom, nullptr);
    m_transactionFrom = edit("transactionFrom", 10, date);
    m_transactionTo = edit("transactionTo", 10, date);
    range(tr("Transaktionsdatum from – tom"), m_transactionFrom, m_transactionTo);
    m_bookedFrom = edit("bookedFrom", 10, date);
    m_bookedTo = edit("bookedTo", 10, date);
    range(tr("Bokföringsdatum from – tom"), m_bookedFrom, m_bookedTo);
    m_dueFrom = edit("dueFrom", 10, date);
    m_dueTo = edit("dueTo", 10, date);
    range(tr("Förfallodag from – tom"), m_dueFrom, m_dueTo);
    m_method = edit("method", 1, QString());
    range(tr("Inbetalningssätt (F4)"), m_method, nullptr);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItems({tr("1 Alla"), tr("2 Endast automatinbetalningar"),
                      tr("3 Ej automatinbetalningar")});
    setTabOrder(previous, m_kind);
    grid->addWidget(new QLabel(tr("Typ av inbetalningar"), box), row, 0);
    grid->addWidget(m_kind, row++, 1, 1, 3);
    m_withName = new QCheckBox(tr("Skriv ut personnummer och namn"), box);
    m_withName->setObjectName(QStringLiteral("withName"));
    setTabOrder(m_kind, m_withName);
    setTabOrder(m_withName, table());
    grid->addWidget(m_withName, row++, 1, 1, 3);
    grid->setColumnStretch(4, 1);
    setSelectionForm(box);
    m_transactionFrom->setFocus();
}

void PaymentListScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("paymentList"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
}

std::unique_ptr<ReportPager> PaymentListScreen::createReport()
{
    PaymentListCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.invoiceFrom = m_invoiceFrom->text().trimmed();
    c.invoiceTo = m_invoiceTo->text().trimmed();
    c.registeredFrom = dateField(m_registeredFrom, tr("Inrapporteringsdatum"));
    c.transactionFrom = dateField(m_transactionFrom, tr("Transaktionsdatum from"));
    c.transactionTo = dateField(m_transactionTo, tr("Transaktionsdatum tom"));
    c.bookedFrom = dateField(m_bookedFrom, tr("Bokföringsdatum from"));
    c.bookedTo = dateField(m_bookedTo, tr("Bokföringsdatum tom"));
    c.dueFrom = dateField(m_dueFrom, tr("Förfallodag from"));
    c.dueTo = dateField(m_dueTo, tr("Förfallodag tom"));
    c.method = m_method->text().trimmed();
    c.kind = PaymentListCriteria::Kind(m_kind->currentIndex());
    c.withIdAndName = m_withName->isChecked();
    try {
        return std::make_unique<PaymentListQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        // Put the focus where the reason points.
        const QString m = e.message();
        QWidget *field = m_companyFrom;
        if (m.startsWith(tr("Fakturanummer")))
            field = m_invoiceFrom;
        else if (m.startsWith(tr("Transaktionsdatum")))
            field = m_transactionTo;
        else if (m.startsWith(tr("Bokföringsdatum")))
            field = m_bookedTo;
        else if (m.startsWith(tr("Förfallodag")))
            field = m_dueTo;
        else if (m.startsWith(tr("Inbetalningssätt")))
            field = m_method;
        setFieldError(m, field);
        throw;
    }
}

void PaymentListScreen::listAllowedValues()
{
    if (!ledger())
        return;
    if (m_companyFrom->hasFocus() || m_companyTo->hasFocus()) {
        QLineEdit *target = m_companyFrom->hasFocus() ? m_companyFrom : m_companyTo;
        AllowedValuesDialog::Values values;
        for (const Company &c : ReferenceData(*ledger()).companies())
            values.append({c.number, c.name});
        if (const auto code
            = AllowedValuesDialog::choose(this, tr("Företag"), values, target->text()))
            target->setText(*code);
        return;
    }
    AllowedValuesDialog::Values values;
    for (const PaymentMethod &m : ReferenceData(*ledger()).paymentMethods())
        values.append({m.code, m.text});
    if (const auto code = AllowedValuesDialog::choose(this, tr("Inbetalningssätt"), values,
                                                      m_method->text())) {
        m_method->setText(*code);
        m_method->setFocus();
    }
}

} // namespace rsk::ui
