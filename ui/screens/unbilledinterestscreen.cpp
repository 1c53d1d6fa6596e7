#include "screens/unbilledinterestscreen.h"

#include "dunning/unbilledinterest.h"
#include "interest/interestsettings.h"
#include "ledger/referencedata.h"
#include "session.h"
#include "storage/database.h"
#include "storage/ledgererror.h"
#include "widgets/allowedvaluesdialog.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rsk::ui {

UnbilledInterestScreen::UnbilledInterestScreen(ScreenContext &context, QWidget *parent)
    : ReportScreen(context, QStringLiteral("unbilledInterest"), parent)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kListCommand), this), &QAction::triggered, this,
            &UnbilledInterestScreen::listAllowedValues);

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
    range(tr("Företag from – tom (F4)"), m_companyFrom, m_companyTo);
    m_routineFrom = edit("routineFrom", 2, QString());
    m_routineTo = edit("routineTo", 2, QString());
    range(tr("Rutin from – tom (F4)"), m_routineFrom, m_routineTo);
    m_invoiceFrom = edit("invoiceFrom", 9, QString());
    m_invoiceTo = edit("invoiceTo", 9, QString());
    range(tr("Fakturanummer from – tom"), m_invoiceFrom, m_invoiceTo);
    m_paidFrom = edit("paidFrom", 10, date);
    m_paidTo = edit("paidTo", 10, date);
    range(tr("Slutbetalningsdatum from – tom"), m_paidFrom, m_paidTo);
    m_departmentFrom = edit("departmentFrom", limits::Department, QString());
    m_departmentTo = edit("departmentTo", limits::Department, QString());
    range(tr("Förvaltning/avdelning from – tom"), m_departmentFrom, m_departmentTo);
    m_minimumInterest = edit("minimumInterest", 3, tr("kr"));
    const int minimumRow = row;
    range(tr("Minsta ränta (hela kronor)"), m_minimumInterest, nullptr);
    m_minimumDays = edit("minimumDays", 3, QString());
    range(tr("Minsta antal dagar efter förfallodag"), m_minimumDays, nullptr);
    setTabOrder(m_minimumDays, table());
    // Handbook 7.2: the kravparametrar's minimums apply to this list too.
    if (ledger()) {
        const InterestSettings s = InterestSettingsStore(*ledger()).load();
        auto hint = [&](const QString &text, int at) {
            auto *l = new QLabel(text, box);
            l->setEnabled(false);
            grid->addWidget(l, at, 3, 1, 2);
        };
        hint(tr("Kravparametrar: %1 kr").arg(s.minimumInterest.ore() / 100), minimumRow);
        hint(tr("Kravparametrar: %1 dagar").arg(s.minimumDaysLate), minimumRow + 1);
    }
    m_warning = new QLabel(box);
    m_warning->setObjectName(QStringLiteral("unbilledWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    grid->addWidget(m_warning, row++, 0, 1, 5);
    grid->setColumnStretch(4, 1);
    setSelectionForm(box);
    m_paidFrom->setFocus();
}

void UnbilledInterestScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    declareReportCommands(commands, id, QStringLiteral("unbilledInterest"));
    commands.declare({QLatin1String(kListCommand), id, QKeySequence(Qt::Key_F4), tr("Lista")});
}

QString UnbilledInterestScreen::warningText() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

std::unique_ptr<ReportPager> UnbilledInterestScreen::createReport()
{
    UnbilledSelection s;
    s.companyFrom = companyField(m_companyFrom, tr("Företag from"));
    s.companyTo = companyField(m_companyTo, tr("Företag tom"));
    s.routineFrom = m_routineFrom->text().trimmed();
    s.routineTo = m_routineTo->text().trimmed();
    s.invoiceFrom = m_invoiceFrom->text().trimmed();
    s.invoiceTo = m_invoiceTo->text().trimmed();
    s.paidFrom = dateField(m_paidFrom, tr("Slutbetald from"));
    s.paidTo = dateField(m_paidTo, tr("Slutbetald tom"));
    s.departmentFrom = m_departmentFrom->text().trimmed();
    s.departmentTo = m_departmentTo->text().trimmed();
    const QString interest = m_minimumInterest->text().trimmed();
    if (!interest.isEmpty()) {
        QString why;
        const auto amount = Money::parse(interest, &why);
        if (!amount) {
            const QString message = tr("Minsta ränta: %1").arg(why);
            setFieldError(message, m_minimumInterest);
            throw LedgerError::refused(message);
        }
        s.minimumInterest = *amount;
    }
    const QString days = m_minimumDays->text().trimmed();
    if (!days.isEmpty()) {
        bool ok = false;
        s.minimumDays = days.toInt(&ok);
        if (!ok) {
            const QString message
                = tr("Minsta antal dagar: \"%1\" ska vara ett heltal 0–%2.")
                      .arg(days)
                      .arg(UnbilledSelection::MaxMinimumDays);
            setFieldError(message, m_minimumDays);
            throw LedgerError::refused(message);
        }
    }
    try {
        UnbilledInterestReport report(*ledger());
        ReportTable table = report.build(s);
        m_warnings = report.warnings();
        return std::make_unique<HeldReportPager>(std::move(table));
    } catch (const LedgerError &e) {
        // Put the focus where the reason points (the core names the field first).
        const QString m = e.message();
        QWidget *field = nullptr;
        if (m.startsWith(tr("Företag")))
            field = m_companyFrom;
        else if (m.startsWith(tr("Rutin")))
            field = m_routineFrom;
        else if (m.startsWith(tr("Fakturanummer")))
            field = m_invoiceFrom;
        else if (m.startsWith(tr("Slutbetald")))
            field = m_paidTo;
        else if (m.startsWith(tr("Förvaltning/avdelning")))
            field = m_departmentFrom;
        else if (m.startsWith(tr("Minsta ränta")))
            field = m_minimumInterest;
        else if (m.startsWith(tr("Minsta antal dagar")))
            field = m_minimumDays;
        setFieldError(m, field);
        throw;
    }
}

void UnbilledInterestScreen::reportShown()
{
    m_warning->setText(m_warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!m_warnings.isEmpty());
}

void UnbilledInterestScreen::listAllowedValues()
{
    if (!ledger())
        return;
    QLineEdit *target = nullptr;
    AllowedValuesDialog::Values values;
    QString title;
    if (m_routineFrom->hasFocus() || m_routineTo->hasFocus()) {
        target = m_routineFrom->hasFocus() ? m_routineFrom : m_routineTo;
        title = tr("Rutin");
        for (const Routine &r : ReferenceData(*ledger()).routines())
            values.append({r.code, r.name});
    } else {
        target = m_companyTo->hasFocus() ? m_companyTo : m_companyFrom;
        title = tr("Företag");
        for (const Company &c : ReferenceData(*ledger()).companies())
            values.append({c.number, c.name});
    }
    if (const auto code = AllowedValuesDialog::choose(this, title, values, target->text())) {
        target->setText(*code);
        target->setFocus();
    }
}

} // namespace rsk::ui
