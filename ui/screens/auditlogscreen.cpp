#include "screens/auditlogscreen.h"

#include "audit/auditlogquery.h"
#include "ledger/referencedata.h"
#include "models/reporttablemodel.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

namespace {

constexpr char kClaimScreenId[] = "invoices.claim";

} // namespace

AuditLogScreen::AuditLogScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("auditLog"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &AuditLogScreen::listAllowedValues);

    auto *box = new QGroupBox(tr("Granskningslogg"), this);
    auto *form = new QFormLayout(box);
    auto edit = [box](const char *name, int maxLength, int width) {
        auto *e = new QLineEdit(box);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        e->setMaximumWidth(width);
        return e;
    };
    m_company = edit("company", 3, 60);
    m_invoice = edit("invoiceNumber", 9, 110);
    auto *claim = new QHBoxLayout;
    claim->addWidget(m_company);
    claim->addWidget(new QLabel(tr("Fakturanummer"), box));
    claim->addWidget(m_invoice);
    claim->addStretch(1);
    form->addRow(tr("Företag (F4)"), claim);
    m_user = edit("user", 64, 200);
    form->addRow(tr("Användare (F4)"), m_user);
    m_from = edit("dateFrom", 10, 110);
    m_to = edit("dateTo", 10, 110);
    m_from->setPlaceholderText(tr("ÅÅMMDD"));
    m_to->setPlaceholderText(tr("ÅÅMMDD"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("–"), box));
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(tr("Datum from – tom"), dates);
    m_table = edit("table", 40, 200);
    form->addRow(tr("Tabell (F4)"), m_table);
    m_action = edit("action", 10, 110);
    form->addRow(tr("Åtgärd (F4)"), m_action);
    auto *note = new QLabel(tr("Loggen kan bara läsas. Enter på en rad om en faktura visar "
                               "fakturan."),
                            box);
    note->setEnabled(false);
    form->addRow(note);
    setSelectionForm(box);
    setTabOrder(m_company, m_invoice);
    setTabOrder(m_invoice, m_user);
    setTabOrder(m_user, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_action);
    setTabOrder(m_action, table());
    table()->installEventFilter(this);

    // The newest rows at once for those who may see the whole log; a clerk
    // starts from a claim.
    if (ledger() && ledger()->access().atLeast(Role::Supervisor)
        && ledger()->access().allCompanies())
        run();
    m_invoice->setFocus();
}

void AuditLogScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("auditLog"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
}

void AuditLogScreen::showClaim(const QString &company, const QString &invoiceNumber)
{
    m_company->setText(company);
    m_invoice->setText(invoiceNumber);
    for (QLineEdit *e : {m_user, m_from, m_to, m_table, m_action})
        e->clear();
    run();
    table()->setFocus();
}

std::unique_ptr<ReportPager> AuditLogScreen::createReport()
{
    AuditLogFilter f;
    f.company = companyField(m_company, tr("Företag"));
    f.invoiceNumber = m_invoice->text().trimmed();
    f.user = m_user->text().trimmed();
    f.from = dateField(m_from, tr("Datum from"));
    f.to = dateField(m_to, tr("Datum tom"));
    f.table = m_table->text().trimmed();
    f.action = m_action->text().trimmed();
    try {
        return std::make_unique<AuditLogQuery>(*ledger(), f);
    } catch (const LedgerError &e) {
        // Put the cursor where the refusal points.
        QLineEdit *field = m_invoice;
        const QString m = e.message();
        if (m.startsWith(tr("Datum")))
            field = m_to;
        else if (m.startsWith(tr("Åtgärd")))
            field = m_action;
        else if (m.startsWith(tr("Företag")))
            field = m_company;
        setFieldError(m, field);
        throw;
    }
}

void AuditLogScreen::listAllowedValues()
{
    if (!ledger())
        return;
    QLineEdit *target = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    AllowedValuesDialog::Values values;
    QString title;
    try {
        if (target == m_user) {
            title = tr("Användare");
            for (const QString &u : AuditLogQuery::users(*ledger()))
                values.append({u, QString()});
        } else if (target == m_table) {
            title = tr("Tabell");
            for (const QString &t : AuditLogQuery::tables(*ledger()))
                values.append({t, AuditLogQuery::tableText(t)});
        } else if (target == m_action) {
            title = tr("Åtgärd");
            for (const char *a : {"insert", "update", "delete"})
                values.append({AuditLogQuery::actionText(QLatin1String(a)).toLower(),
                               QString()});
        } else {
            target = m_company;
            title = tr("Företag");
            for (const Company &c : ReferenceData(*ledger()).companies())
                values.append({c.number, c.name});
        }
    } catch (const LedgerError &e) {
        setFieldError(e.message(), target);
        return;
    }
    if (const auto code = AllowedValuesDialog::choose(this, title, values, target->text())) {
        target->setText(*code);
        target->setFocus();
    }
}

bool AuditLogScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == table() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openClaimOfRow();
            return true;
        }
    }
    return ReportScreen::eventFilter(watched, event);
}

void AuditLogScreen::openClaimOfRow()
{
    const QModelIndex current = table()->currentIndex();
    if (!current.isValid())
        return;
    // The row's table (as shown) and key; the rows of a claim, its
    // transactions, notes and credit notes are keyed "company/number".
    const ReportRow row = model()->reportRow(current.row());
    const ReportLayout &layout = model()->layout();
    const QString shownTable = row.text(layout.columnIndex(QStringLiteral("table")));
    const QString key = row.text(layout.columnIndex(QStringLiteral("row_key")));
    const QString company = key.section(QLatin1Char('/'), 0, 0);
    const QString number = key.section(QLatin1Char('/'), 1);
    bool claimRow = false;
    for (const char *t : {"invoice", "ledger_transaction", "invoice_note", "credit_note"})
        claimRow = claimRow || shownTable == AuditLogQuery::tableText(QLatin1String(t));
    if (!claimRow || !key.contains(QLatin1Char('/')) || number.size() != 9) {
        setFieldError(tr("Raden gäller ingen faktura."), nullptr);
        return;
    }
    QWidget *w = openScreen(QLatin1String(kClaimScreenId));
    if (w)
        QMetaObject::invokeMethod(w, "showClaim", Q_ARG(QString, company),
                                  Q_ARG(QString, number));
}

} // namespace rsk::ui
