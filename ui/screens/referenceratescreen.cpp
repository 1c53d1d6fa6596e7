#include "screens/referenceratescreen.h"

#include "dates/dateparse.h"
#include "interest/interestsettings.h"
#include "money/money.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <algorithm>

namespace rsk::ui {

namespace {

// A field with its error label beside it (UI.md: the reason beside the field).
QWidget *withError(QLineEdit *edit, QLabel *error, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit);
    layout->addWidget(error, 1);
    return row;
}

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(QStringLiteral("color: #b00000;"));
    return label;
}

} // namespace

ReferenceRateScreen::ReferenceRateScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kNewCommand), this), &QAction::triggered, this,
            &ReferenceRateScreen::newRate);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("color: #8a4b00; background: #fff3cd; padding: 4px; font-weight: bold;"));
    m_warning->hide();

    m_table = makeRegisterTable(this, QStringLiteral("rateTable"),
                                {tr("Från datum"), tr("Referensränta %"), tr("Dröjsmålsränta %"),
                                 tr("Status"), tr("Källa")});
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_loading && !isModified())
            showRate(row);
    });

    m_status = makeStatusLabel(this);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_warning);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(createForm());
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_table);

    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen."));
        m_from->parentWidget()->parentWidget()->setEnabled(false);
        return;
    }
    // handbook 7.8: interest = reference rate + the margin of kravparametrar (7.2).
    m_marginHundredths = InterestSettingsStore(*m_ledger).load().marginHundredths;
    intro->setText(tr("Referensräntan gäller samtliga företag i reskontran (handbok 7.8). "
                      "Dröjsmålsränta = referensränta + %1 procentenheter (kravparametrar). "
                      "Enter på en rad hämtar den till formuläret, Enter i formuläret sparar.")
                       .arg(formatRateHundredths(m_marginHundredths)));
    reload();
}

void ReferenceRateScreen::declareCommands(CommandRegistry &commands)
{
    commands.declare({QLatin1String(kNewCommand), QLatin1String(kId), QKeySequence(Qt::Key_F8),
                      tr("Ny ränta")});
}

QWidget *ReferenceRateScreen::createForm()
{
    auto *box = new QGroupBox(tr("Lägg upp eller ändra referensränta"), this);
    m_from = new QLineEdit(box);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(tr("ÅÅMMDD"));
    m_from->setMaximumWidth(m_from->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_rate = new QLineEdit(box);
    m_rate->setObjectName(QStringLiteral("rateEdit"));
    m_rate->setPlaceholderText(tr("t.ex. 2,50"));
    m_rate->setMaximumWidth(m_from->maximumWidth());
    m_rate->setAlignment(Qt::AlignRight);
    m_source = new QLineEdit(box);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(tr("t.ex. riksbank.se (tomt = manuellt)"));
    m_fromError = errorLabel("fromError", box);
    m_rateError = errorLabel("rateError", box);

    auto *form = new QFormLayout(box);
    form->addRow(tr("Datum för ränteförändring:"), withError(m_from, m_fromError, box));
    form->addRow(tr("Referensränta %:"), withError(m_rate, m_rateError, box));
    form->addRow(tr("Källa:"), m_source);

    // Tab order is reading order (UI.md); Enter anywhere in the form saves.
    setTabOrder(m_from, m_rate);
    setTabOrder(m_rate, m_source);
    for (QLineEdit *edit : {m_from, m_rate, m_source}) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textEdited, this, &ReferenceRateScreen::formEdited);
    }
    return box;
}

bool ReferenceRateScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    // Enter on a row: change (or confirm) its rate; the date is the key.
    if (watched != m_table) {
        save();
    } else if (m_table->currentRow() >= 0) {
        showRate(m_table->currentRow());
        m_rate->setFocus();
        m_rate->selectAll();
    }
    return true;
}

void ReferenceRateScreen::reload(const QDate &select)
{
    m_rates = ReferenceRates(*m_ledger).list();
    // Newest first: the rows a clerk adds and confirms are the recent ones.
    std::sort(m_rates.begin(), m_rates.end(),
              [](const ReferenceRate &a, const ReferenceRate &b) { return a.from > b.from; });
    const int unverified = int(std::count_if(m_rates.cbegin(), m_rates.cend(),
                                             [](const ReferenceRate &r) { return !r.verified; }));
    // FACTS-SE §4: rates from an unconfirmed source are used but the interest
    // computed over their periods is flagged until a clerk confirms them.
    m_warning->setVisible(unverified > 0);
    m_warning->setText(tr("Varning: %n rad(er) är OVERIFIERADE (källan är inte bekräftad). "
                          "Dröjsmålsränta över de perioderna flaggas tills räntan bekräftats: "
                          "Enter på raden, kontrollera räntan mot riksbank.se och tryck Enter.",
                          nullptr, unverified));

    m_loading = true;
    m_table->setRowCount(int(m_rates.size()));
    int selectRow = m_rates.isEmpty() ? -1 : 0;
    const QColor warn(0xff, 0xf3, 0xcd);
    for (int row = 0; row < m_rates.size(); ++row) {
        const ReferenceRate &r = m_rates.at(row);
        const QStringList cells{isoDate(r.from), formatRateHundredths(r.rateHundredths),
                                formatRateHundredths(r.rateHundredths + m_marginHundredths),
                                r.verified ? tr("Verifierad") : tr("OVERIFIERAD"), r.source};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == Rate || column == Statutory)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!r.verified) {
                item->setBackground(warn);
                if (column == Status) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setForeground(QColor(0xb0, 0, 0));
                }
            }
            m_table->setItem(row, column, item);
        }
        if (r.from == select)
            selectRow = row;
    }
    m_loading = false;
    if (selectRow >= 0)
        m_table->setCurrentCell(selectRow, From);
    showRate(selectRow);
}

void ReferenceRateScreen::showRate(int row)
{
    m_loading = true;
    if (row >= 0 && row < m_rates.size()) {
        const ReferenceRate &r = m_rates.at(row);
        m_from->setText(r.from.toString(QStringLiteral("yyMMdd")));
        m_rate->setText(formatRateHundredths(r.rateHundredths));
        // An unconfirmed source is not carried over: the clerk names the one checked.
        m_source->setText(r.verified ? r.source : QString());
    } else {
        m_from->clear();
        m_rate->clear();
        m_source->clear();
    }
    m_loading = false;
    setModified(false);
    clearErrors();
}

void ReferenceRateScreen::newRate()
{
    if (!m_ledger)
        return;
    if (isModified() && !confirmClose())
        return;
    clearCurrentRow(m_table);
    showRate(-1);
    m_from->setFocus();
}

void ReferenceRateScreen::save()
{
    if (!m_ledger)
        return;
    clearErrors();
    QString error;
    const std::optional<QDate> from = parseDate(m_from->text(), m_ledger->today(), &error);
    if (!from)
        return setFieldError(m_fromError, error.isEmpty() ? tr("Ange datum som ÅÅMMDD.") : error,
                             m_from);
    const std::optional<qint64> rate = parseRateHundredths(m_rate->text(), &error);
    if (!rate)
        return setFieldError(m_rateError, error.isEmpty() ? tr("Ange räntan, t.ex. 2,50.") : error,
                             m_rate);
    const QString source = m_source->text().trimmed();
    try {
        if (source.isEmpty())
            ReferenceRates(*m_ledger).set(*from, *rate);
        else
            ReferenceRates(*m_ledger).set(*from, *rate, source);
    } catch (const LedgerError &e) {
        // set() refuses a rate over 4 digits (handbook 7.8); the date was checked above.
        return setFieldError(m_rateError, e.message(), m_rate);
    }
    setModified(false);
    reload(*from);
    m_status->setText(tr("Referensräntan %1 % från %2 är sparad och verifierad.")
                          .arg(formatRateHundredths(*rate), isoDate(*from)));
    m_table->setFocus();
}

void ReferenceRateScreen::clearErrors()
{
    m_fromError->clear();
    m_rateError->clear();
}

void ReferenceRateScreen::setFieldError(QLabel *label, const QString &message, QWidget *field)
{
    label->setText(message);
    m_status->clear();
    field->setFocus();
}

void ReferenceRateScreen::formEdited()
{
    if (!m_loading)
        setModified(true);
}

} // namespace rsk::ui
