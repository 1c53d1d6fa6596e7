#include "screens/saldolistascreen.h"

#include "ledger/referencedata.h"
#include "models/reporttablemodel.h"
#include "reports/saldolista.h"
#include "session.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

namespace rsk::ui {

namespace {

// One "label  from – tom" row of a two-column selection grid.
struct GridFiller
{
    QWidget *owner;
    QGridLayout *grid;
    int row = 0;
    int column = 0; // 0 = left half, 5 = right half
    QWidget *previous = nullptr;

    QLineEdit *edit(const char *name, int maxLength, const QString &placeholder = QString())
    {
        auto *e = new QLineEdit(owner);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(maxLength > 3 ? 120 : 60);
        e->setPlaceholderText(placeholder);
        if (previous)
            QWidget::setTabOrder(previous, e);
        previous = e;
        return e;
    }
    void range(const QString &label, QLineEdit *from, QLineEdit *to)
    {
        grid->addWidget(new QLabel(label, owner), row, column);
        grid->addWidget(from, row, column + 1);
        if (to) {
            grid->addWidget(new QLabel(QStringLiteral("–"), owner), row, column + 2);
            grid->addWidget(to, row, column + 3);
        }
        ++row;
    }
};

} // namespace

SaldolistaScreen::SaldolistaScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("saldolista"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &SaldolistaScreen::listAllowedValues);
    connect(commands().bind(QLatin1String(kNextTabCommand), this), &QAction::triggered, this,
            [this] { showTab((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    connect(commands().bind(QLatin1String(kSelectionTabCommand), this), &QAction::triggered,
            this, [this] { showTab(0); });
    connect(commands().bind(QLatin1String(kSortTabCommand), this), &QAction::triggered, this,
            [this] { showTab(1); });

    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(form);
    m_tabs->setObjectName(QStringLiteral("saldolistaTabs"));
    m_tabs->setFocusPolicy(Qt::NoFocus); // F10–F12 switch, the fields keep the focus
    m_tabs->addTab(selectionTab(), tr("Urval (F11)"));
    m_tabs->addTab(sortTab(), tr("Sortering (F12)"));
    layout->addWidget(m_tabs);
    m_totals = new QLabel(form);
    m_totals->setObjectName(QStringLiteral("saldolistaTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals);
    setSelectionForm(form);
    setTabOrder(m_detail, table());
    m_companyFrom->setFocus();
}

QWidget *SaldolistaScreen::selectionTab()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    GridFiller f{page, grid};
    const QString date = tr("ÅÅMMDD");
    m_companyFrom = f.edit("companyFrom", 3);
    m_companyTo = f.edit("companyTo", 3);
    m_companyFrom->setText(session().companyNumber());
    m_companyTo->setText(session().companyNumber());
    f.range(tr("Företag from – tom"), m_companyFrom, m_companyTo);
    m_routineFrom = f.edit("routineFrom", 2);
    m_routineTo = f.edit("routineTo", 2);
    f.range(tr("Rutin from – tom"), m_routineFrom, m_routineTo);
    m_invoiceFrom = f.edit("invoiceFrom", 9);
    m_invoiceTo = f.edit("invoiceTo", 9);
    f.range(tr("Fakturanummer from – tom"), m_invoiceFrom, m_invoiceTo);
    m_invoiceDateFrom = f.edit("invoiceDateFrom", 10, date);
    m_invoiceDateTo = f.edit("invoiceDateTo", 10, date);
    f.range(tr("Fakturadatum from – tom"), m_invoiceDateFrom, m_invoiceDateTo);
    m_dueFrom = f.edit("dueFrom", 10, date);
    m_dueTo = f.edit("dueTo", 10, date);
    f.range(tr("Förfallodatum from – tom"), m_dueFrom, m_dueTo);
    m_bookedFrom = f.edit("bookedFrom", 10, date);
    m_bookedTo = f.edit("bookedTo", 10, date);
    f.range(tr("Bokföringsdatum from – tom"), m_bookedFrom, m_bookedTo);
    f.row = 0;
    f.column = 5;
    m_registerFrom = f.edit("registerFrom", 20);
    m_registerTo = f.edit("registerTo", 20);
    f.range(tr("Debiteringsrutinens identitet"), m_registerFrom, m_registerTo);
    m_idFrom = f.edit("idFrom", 13);
    m_idTo = f.edit("idTo", 13);
    f.range(tr("Personnummer from – tom"), m_idFrom, m_idTo);
    m_customerFrom = f.edit("customerFrom", 20);
    m_customerTo = f.edit("customerTo", 20);
    f.range(tr("Kundnummer from – tom"), m_customerFrom, m_customerTo);
    m_departmentFrom = f.edit("departmentFrom", 10);
    m_departmentTo = f.edit("departmentTo", 10);
    f.range(tr("Förvaltning/avdelning"), m_departmentFrom, m_departmentTo);
    m_balanceFrom = f.edit("balanceFrom", 14);
    m_balanceTo = f.edit("balanceTo", 14);
    f.range(tr("Saldobelopp from – tom"), m_balanceFrom, m_balanceTo);
    m_codeFrom = f.edit("dunningCodeFrom", 1);
    m_codeTo = f.edit("dunningCodeTo", 1);
    f.range(tr("Kravkod from – tom (F4)"), m_codeFrom, m_codeTo);
    m_onlyUnpaid = new QCheckBox(tr("Visa endast obetalda fakturor"), page);
    m_onlyUnpaid->setObjectName(QStringLiteral("onlyUnpaid"));
    m_onlyUnpaid->setChecked(true); // handbook 6.4: "maskinellt ifyllt"
    QWidget::setTabOrder(f.previous, m_onlyUnpaid);
    grid->addWidget(m_onlyUnpaid, 6, 1, 1, 8);
    grid->setColumnMinimumWidth(4, 24);
    grid->setColumnStretch(9, 1);
    return page;
}

QWidget *SaldolistaScreen::sortTab()
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    GridFiller f{page, grid};
    m_asOf = f.edit("asOf", 10, tr("ÅÅMMDD"));
    m_asOf->setToolTip(tr("Saldot vid dagens slut: inbetalningar och andra händelser efter dagen "
                          "räknas bort, fakturor framställda efter dagen tas inte med."));
    f.range(tr("Justera bort inbetalningar efter"), m_asOf, nullptr);
    m_sort = new QComboBox(page);
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->addItems({tr("1 Fakturanummer"), tr("2 Personnummer"),
                      tr("3 Debiteringsrutinens identitet"), tr("4 Avdelning/förvaltning"),
                      tr("5 Namn"), tr("6 Förfallodag")});
    QWidget::setTabOrder(m_asOf, m_sort);
    grid->addWidget(new QLabel(tr("Sorteringsordning"), page), f.row, 0);
    grid->addWidget(m_sort, f.row++, 1, 1, 3);
    m_onlyReminded = new QCheckBox(tr("Endast påminda fakturor"), page);
    m_onlyReminded->setObjectName(QStringLiteral("onlyReminded"));
    m_onlyCollection = new QCheckBox(tr("Endast inkassokrävda fakturor"), page);
    m_onlyCollection->setObjectName(QStringLiteral("onlyCollection"));
    QWidget::setTabOrder(m_sort, m_onlyReminded);
    QWidget::setTabOrder(m_onlyReminded, m_onlyCollection);
    grid->addWidget(m_onlyReminded, f.row++, 1, 1, 3);
    grid->addWidget(m_onlyCollection, f.row++, 1, 1, 3);
    f.previous = m_onlyCollection;
    m_method = f.edit("method", 1);
    f.range(tr("Endast fakturor med inbetalningssätt (F4)"), m_method, nullptr);
    m_onlyTotals = new QCheckBox(tr("Endast totalrader"), page);
    m_onlyTotals->setObjectName(QStringLiteral("onlyTotals"));
    QWidget::setTabOrder(m_method, m_onlyTotals);
    grid->addWidget(m_onlyTotals, f.row++, 1, 1, 3);
    m_detail = new QComboBox(page);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->addItems({tr("1 Alla uppgifter (för Excel och CSV)"),
                        tr("2 Smal lista (för utskrift)")});
    QWidget::setTabOrder(m_onlyTotals, m_detail);
    grid->addWidget(new QLabel(tr("Detaljeringsgrad"), page), f.row, 0);
    grid->addWidget(m_detail, f.row++, 1, 1, 3);
    grid->setColumnStretch(4, 1);
    grid->setRowStretch(f.row, 1);
    return page;
}

void SaldolistaScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("saldolista"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
    commands.declare(
        {QLatin1String(kNextTabCommand), id, QKeySequence(Qt::Key_F10), tr("Nästa flik")});
    commands.declare(
        {QLatin1String(kSelectionTabCommand), id, QKeySequence(Qt::Key_F11), tr("Urval")});
    commands.declare(
        {QLatin1String(kSortTabCommand), id, QKeySequence(Qt::Key_F12), tr("Sortering")});
}

void SaldolistaScreen::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
    (index == 0 ? m_companyFrom : m_asOf)->setFocus(Qt::TabFocusReason);
}

QString SaldolistaScreen::totalsText() const
{
    return m_totals->text();
}

std::optional<Money> SaldolistaScreen::moneyField(QLineEdit *field, const QString &label)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString why;
    const auto amount = Money::parse(text, &why);
    if (!amount) {
        const QString message = QStringLiteral("%1: %2").arg(label, why);
        m_tabs->setCurrentIndex(0);
        setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return amount;
}

int SaldolistaScreen::codeField(QLineEdit *field, const QString &label)
{
    const QString text = field->text().trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int code = text.toInt(&ok);
    if (!ok || code < 1 || code > 9) {
        const QString message = tr("%1: \"%2\" ska vara en kravkod 1–9.").arg(label, text);
        m_tabs->setCurrentIndex(0);
        setFieldError(message, field);
        throw LedgerError::refused(message);
    }
    return code;
}

std::unique_ptr<ReportPager> SaldolistaScreen::createReport()
{
    // The field readers focus a bad field; it must be on the tab shown.
    auto date = [this](QLineEdit *field, const QString &label) {
        try {
            return dateField(field, label);
        } catch (const LedgerError &) {
            m_tabs->setCurrentWidget(field->parentWidget());
            field->setFocus();
            throw;
        }
    };
    SaldolistaCriteria c;
    c.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    c.companyTo = companyField(m_companyTo, tr("Företag tom"));
    c.routineFrom = m_routineFrom->text();
    c.routineTo = m_routineTo->text();
    c.invoiceFrom = m_invoiceFrom->text();
    c.invoiceTo = m_invoiceTo->text();
    c.invoiceDateFrom = date(m_invoiceDateFrom, tr("Fakturadatum from"));
    c.invoiceDateTo = date(m_invoiceDateTo, tr("Fakturadatum tom"));
    c.dueFrom = date(m_dueFrom, tr("Förfallodatum from"));
    c.dueTo = date(m_dueTo, tr("Förfallodatum tom"));
    c.bookedFrom = date(m_bookedFrom, tr("Bokföringsdatum from"));
    c.bookedTo = date(m_bookedTo, tr("Bokföringsdatum tom"));
    c.registerIdFrom = m_registerFrom->text();
    c.registerIdTo = m_registerTo->text();
    c.idFrom = m_idFrom->text();
    c.idTo = m_idTo->text();
    c.customerFrom = m_customerFrom->text();
    c.customerTo = m_customerTo->text();
    c.departmentFrom = m_departmentFrom->text();
    c.departmentTo = m_departmentTo->text();
    c.balanceFrom = moneyField(m_balanceFrom, tr("Saldobelopp from"));
    c.balanceTo = moneyField(m_balanceTo, tr("Saldobelopp tom"));
    c.dunningCodeFrom = codeField(m_codeFrom, tr("Kravkod from"));
    c.dunningCodeTo = codeField(m_codeTo, tr("Kravkod tom"));
    c.onlyUnpaid = m_onlyUnpaid->isChecked();
    c.asOf = date(m_asOf, tr("Justera bort inbetalningar efter"));
    c.sort = SaldolistaCriteria::Sort(m_sort->currentIndex());
    c.onlyReminded = m_onlyReminded->isChecked();
    c.onlyCollection = m_onlyCollection->isChecked();
    c.method = m_method->text();
    c.onlyTotals = m_onlyTotals->isChecked();
    c.detail = SaldolistaCriteria::Detail(m_detail->currentIndex());
    m_totals->clear();
    try {
        return std::make_unique<SaldolistaQuery>(*ledger(), c);
    } catch (const LedgerError &e) {
        // Put the focus where the reason points (the core names the field).
        const QString m = e.message();
        const QList<QPair<QString, QLineEdit *>> fields = {
            {tr("Företag"), m_companyTo},         {tr("Rutin"), m_routineFrom},
            {tr("Fakturanummer"), m_invoiceFrom}, {tr("Fakturadatum"), m_invoiceDateTo},
            {tr("Förfallodatum"), m_dueTo},       {tr("Bokföringsdatum"), m_bookedTo},
            {tr("Debiteringsrutinens"), m_registerTo}, {tr("Personnummer"), m_idFrom},
            {tr("Förvaltning"), m_departmentTo},  {tr("Saldobelopp"), m_balanceTo},
            {tr("Kravkod"), m_codeTo},            {tr("Inbetalningssätt"), m_method}};
        QLineEdit *field = m_companyFrom;
        for (const auto &[prefix, edit] : fields)
            if (m.startsWith(prefix)) {
                field = edit;
                break;
            }
        m_tabs->setCurrentWidget(field->parentWidget());
        setFieldError(m, field);
        throw;
    }
}

void SaldolistaScreen::reportShown()
{
    auto *list = dynamic_cast<SaldolistaQuery *>(model()->pager());
    if (!list)
        return;
    // The core's sums (handbook 6.4 "TOTALER"), shown as they are.
    const QList<Money> t = list->totals();
    m_totals->setText(tr("%Ln fakturor.  Fakturerat %1 + Påfört %2 + Inbetalt %3 = Saldo %4", "",
                         int(std::min<qint64>(list->claimCount(), INT_MAX)))
                          .arg(t.value(0).toString(), t.value(1).toString(),
                               t.value(2).toString(), t.value(3).toString()));
}

void SaldolistaScreen::keyPressEvent(QKeyEvent *event)
{
    // Enter on a check box or the sort order runs the list too; line edits
    // run it themselves (returnPressed) and pass the key on.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !qobject_cast<QLineEdit *>(QApplication::focusWidget())
        && QApplication::focusWidget() != table()) {
        run();
        return;
    }
    ReportScreen::keyPressEvent(event);
}

void SaldolistaScreen::listAllowedValues()
{
    if (!ledger())
        return;
    QWidget *focus = QApplication::focusWidget();
    ReferenceData ref(*ledger());
    AllowedValuesDialog::Values values;
    QString title;
    QLineEdit *target = qobject_cast<QLineEdit *>(focus);
    if (target == m_companyFrom || target == m_companyTo) {
        title = tr("Företag");
        for (const Company &c : ref.companies())
            values.append({c.number, c.name});
    } else if (target == m_routineFrom || target == m_routineTo) {
        title = tr("Rutin");
        for (const Routine &r : ref.routines())
            values.append({r.code, r.name});
    } else if (target == m_codeFrom || target == m_codeTo) {
        title = tr("Kravkod");
        for (const DunningCode &d : ref.dunningCodes())
            values.append({QString::number(d.code), d.text});
    } else {
        target = m_method;
        title = tr("Inbetalningssätt");
        for (const PaymentMethod &m : ref.paymentMethods())
            values.append({m.code, m.text});
    }
    if (const auto code = AllowedValuesDialog::choose(this, title, values, target->text())) {
        target->setText(*code);
        m_tabs->setCurrentWidget(target->parentWidget());
        target->setFocus();
    }
}

} // namespace rsk::ui
