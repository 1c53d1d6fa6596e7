#include "screens/paymentsearchscreen.h"

#include "ledger/referencedata.h"
#include "models/reporttablemodel.h"
#include "reports/paymentsearch.h"
#include "session.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

PaymentSearchScreen::PaymentSearchScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("paymentSearch"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kColumnsCommand), this), &QAction::triggered, this,
            &PaymentSearchScreen::switchColumns);
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &PaymentSearchScreen::listAllowedValues);

    auto *box = new QGroupBox(tr("Sök inbetalningar"), this);
    auto *form = new QFormLayout(box);
    auto edit = [box](const char *name, int maxLength, int width) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width);
        return e;
    };
    m_companyFrom = edit("companyFrom", 3, 60);
    m_companyTo = edit("companyTo", 3, 60);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    auto *companies = new QHBoxLayout;
    companies->addWidget(m_companyFrom);
    companies->addWidget(new QLabel(tr("–"), box));
    companies->addWidget(m_companyTo);
    companies->addStretch(1);
    form->addRow(tr("Företag from – tom"), companies);
    m_date = edit("paymentDate", 10, 110);
    m_date->setPlaceholderText(tr("ÅÅMMDD"));
    form->addRow(tr("Inbetalningsdatum"), m_date);
    m_method = edit("method", 1, 40);
    form->addRow(tr("Inbetalningssätt (F4)"), m_method);
    m_amount = edit("amount", 16, 140);
    form->addRow(tr("Inbetalt belopp"), m_amount);
    m_invoice = edit("invoiceNumber", 9, 110);
    form->addRow(tr("Fakturanummer"), m_invoice);
    setSelectionForm(box);
    setTabOrder(m_companyFrom, m_companyTo);
    setTabOrder(m_companyTo, m_date);
    setTabOrder(m_date, m_method);
    setTabOrder(m_method, m_amount);
    setTabOrder(m_amount, m_invoice);
    setTabOrder(m_invoice, table());

    // Handbook 5.1: the list is there when the screen opens (newest first).
    if (ledger())
        run();
    m_date->setFocus();
}

void PaymentSearchScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("paymentSearch"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare({QLatin1String(kColumnsCommand), id, QKeySequence(Qt::Key_F9),
                      tr("Växla kolumner")});
}

std::unique_ptr<ReportPager> PaymentSearchScreen::createReport()
{
    PaymentSearch c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    // One search term at a time: each has its own sort order (handbook 5.1).
    QList<QLineEdit *> given;
    for (QLineEdit *e : {m_date, m_method, m_amount, m_invoice})
        if (!e->text().trimmed().isEmpty())
            given << e;
    if (given.size() > 1) {
        const QString message
            = tr("Sök på ett fält i taget: töm alla utom ett av "
                 "inbetalningsdatum, inbetalningssätt, belopp och fakturanummer.");
        setFieldError(message, given.last());
        throw LedgerError::refused(message);
    }
    QWidget *field = given.value(0);
    if (field == m_date) {
        c.field = PaymentSearch::Field::TransactionDate;
        c.date = dateField(m_date, tr("Inbetalningsdatum"));
    } else if (field == m_method) {
        c.field = PaymentSearch::Field::Method;
        c.method = m_method->text().trimmed();
    } else if (field == m_amount) {
        c.field = PaymentSearch::Field::Amount;
        QString why;
        const auto amount = Money::parse(m_amount->text(), &why);
        if (!amount) {
            const QString message = tr("Inbetalt belopp: %1").arg(why);
            setFieldError(message, m_amount);
            throw LedgerError::refused(message);
        }
        c.amount = *amount;
    } else if (field == m_invoice) {
        c.field = PaymentSearch::Field::InvoiceNumber;
        c.invoiceNumber = m_invoice->text().trimmed();
    }
    try {
        return std::make_unique<PaymentSearchQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        setFieldError(e.message(), field ? field : m_companyFrom);
        throw;
    }
}

void PaymentSearchScreen::reportShown()
{
    applyColumnSet();
}

void PaymentSearchScreen::switchColumns()
{
    m_bookingColumns = !m_bookingColumns;
    applyColumnSet();
}

// Base set: who registered the transaction and when (handbook 5.1 F10
// "registrerad av, datum och klockslag"); the other: booked date, remark.
void PaymentSearchScreen::applyColumnSet()
{
    const ReportLayout &layout = model()->layout();
    const QStringList base = {QStringLiteral("method_text"), QStringLiteral("registered_by"),
                              QStringLiteral("registered_at")};
    const QStringList booking = {QStringLiteral("effect"), QStringLiteral("registered_date"),
                                 QStringLiteral("booked_date"), QStringLiteral("remark")};
    for (int i = 0; i < layout.columns.size(); ++i) {
        const QString &key = layout.columns.at(i).key;
        const bool hidden = m_bookingColumns ? base.contains(key) : booking.contains(key);
        table()->setColumnHidden(i, hidden);
    }
}

void PaymentSearchScreen::listAllowedValues()
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
