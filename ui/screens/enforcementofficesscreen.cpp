#include "screens/enforcementofficesscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace rsk::ui {

EnforcementOfficesScreen::EnforcementOfficesScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      FormMessages(this),
      m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kNewCommand), this), &QAction::triggered, this,
            &EnforcementOfficesScreen::newOffice);
    connect(commands().bind(QLatin1String(kDeleteCommand), this), &QAction::triggered, this,
            &EnforcementOfficesScreen::deleteCurrent);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &EnforcementOfficesScreen::undo);

    auto *intro = new QLabel(tr("Namn och adress till de kronofogdemyndigheter som kan väljas som "
                                "mottagare av betalningsföreläggande (handbok 7.10). Orten är "
                                "identiteten. Enter sparar formuläret."),
                             this);
    intro->setWordWrap(true);

    m_table = makeRegisterTable(this, QStringLiteral("officeTable"),
                                {tr("Ort"), tr("Kronofogdemyndighet")});
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { currentRowChanged(row); });

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(formBesideMessages(createForm()));
    setFocusProxy(m_table);

    if (!m_ledger) {
        setError(tr("Ingen reskontra är öppen."));
        m_formTitle->parentWidget()->setEnabled(false);
        return;
    }
    reload();
}

void EnforcementOfficesScreen::declareCommands(CommandRegistry &commands)
{
    declareFormKeys(commands, kId, {kDeleteCommand, tr("Ta bort")}, {kUndoCommand, tr("Ångra")},
                    {kNewCommand, tr("Ny")});
}

QWidget *EnforcementOfficesScreen::createForm()
{
    auto *box = new QGroupBox(this);
    m_formTitle = makeFormTitle(box);

    // Wide enough for the limit, in the letters a Swedish office name uses.
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_city = new QLineEdit(box);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_city->setMaxLength(EnforcementOffices::kMaxCityLength);
    m_city->setMinimumWidth(charWidth * (EnforcementOffices::kMaxCityLength - 4));
    m_city->setPlaceholderText(tr("obligatorisk, högst %1 tecken")
                                   .arg(EnforcementOffices::kMaxCityLength));

    auto *form = new QFormLayout(box);
    form->addRow(m_formTitle);
    form->addRow(tr("&Ort:"), m_city);
    QList<QWidget *> fields{m_city};
    for (int i = 0; i < EnforcementOffices::kMaxLines; ++i) {
        auto *line = new QLineEdit(box);
        line->setObjectName(QStringLiteral("line%1Edit").arg(i + 1));
        line->setMaxLength(EnforcementOffices::kMaxLineLength);
        line->setMinimumWidth(charWidth * (EnforcementOffices::kMaxLineLength - 6));
        m_lines[size_t(i)] = line;
        form->addRow(i == 0 ? tr("K&ronofogdemyndighet:") : QString(), line);
        fields << line;
    }
    form->addRow(QString(), new QLabel(tr("Namn och adress: högst %1 rader om %2 tecken.")
                                           .arg(EnforcementOffices::kMaxLines)
                                           .arg(EnforcementOffices::kMaxLineLength),
                                       box));
    // Tab order is reading order (UI.md); Enter anywhere in the form saves.
    for (int i = 0; i < fields.size(); ++i) {
        fields.at(i)->installEventFilter(this);
        if (i > 0)
            setTabOrder(fields.at(i - 1), fields.at(i));
    }
    connect(m_city, &QLineEdit::textEdited, this, [this] { fieldEdited(m_city); });
    for (QLineEdit *line : m_lines)
        connect(line, &QLineEdit::textEdited, this, [this, line] { fieldEdited(line); });
    return box;
}

bool EnforcementOfficesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    // Enter on a row: change it, from the first line (the ort is the key).
    if (watched != m_table)
        save();
    else if (m_table->currentRow() >= 0)
        m_lines.front()->setFocus();
    return true;
}

void EnforcementOfficesScreen::reload(const QString &selectCity)
{
    try {
        m_offices = EnforcementOffices(*m_ledger).list();
    } catch (const LedgerError &e) {
        m_offices.clear();
        setError(e.message());
    }
    m_loading = true;
    m_table->setRowCount(int(m_offices.size()));
    int selectRow = m_offices.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_offices.size(); ++row) {
        const EnforcementOffice &o = m_offices.at(row);
        m_table->setItem(row, City, new QTableWidgetItem(o.city));
        m_table->setItem(row, Lines, new QTableWidgetItem(o.lines.join(QStringLiteral(", "))));
        if (o.city.compare(selectCity, Qt::CaseInsensitive) == 0)
            selectRow = row;
    }
    m_loading = false;
    m_shownRow = -1;
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, City);
        currentRowChanged(selectRow);
    } else {
        newOffice();
        setStatus(tr("Inga kronofogdemyndigheter är upplagda ännu. Skriv ort, namn och adress "
                     "och tryck Enter."));
    }
}

void EnforcementOfficesScreen::currentRowChanged(int row)
{
    if (m_loading || row < 0 || row >= m_offices.size() || row == m_shownRow)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_shownRow, City);
        return;
    }
    m_shownRow = row;
    showOffice(m_offices.at(row), false);
}

void EnforcementOfficesScreen::showOffice(const EnforcementOffice &office, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_formTitle->setText(isNew ? tr("Ny kronofogdemyndighet")
                               : tr("Ändra kronofogdemyndigheten i %1").arg(office.city));
    m_city->setText(office.city);
    m_city->setReadOnly(!isNew); // the ort is the identity; another ort is another office
    for (int i = 0; i < int(m_lines.size()); ++i)
        m_lines[size_t(i)]->setText(office.lines.value(i));
    m_loading = false;
    setModified(false);
    setError(QString());
}

EnforcementOffice EnforcementOfficesScreen::formOffice() const
{
    EnforcementOffice o;
    o.city = m_city->text();
    for (QLineEdit *line : m_lines)
        o.lines << line->text();
    return o;
}

void EnforcementOfficesScreen::fieldEdited(QLineEdit *field)
{
    if (m_loading)
        return;
    setModified(true);
    // The field stops at its limit; say why the next letter did not come.
    if (field->text().size() < field->maxLength()) {
        m_status->clear();
        return;
    }
    if (field == m_city) {
        setStatus(tr("Ort: högst %1 tecken.").arg(EnforcementOffices::kMaxCityLength));
        return;
    }
    for (int i = 0; i < int(m_lines.size()); ++i)
        if (m_lines[size_t(i)] == field)
            setStatus(tr("Rad %1: högst %2 tecken.")
                          .arg(i + 1)
                          .arg(EnforcementOffices::kMaxLineLength));
}

void EnforcementOfficesScreen::newOffice()
{
    if (!m_ledger)
        return;
    if (isModified() && !confirmClose())
        return;
    m_shownRow = -1;
    clearCurrentRow(m_table);
    showOffice(EnforcementOffice{}, true);
    m_status->clear();
    m_city->setFocus();
}

void EnforcementOfficesScreen::save()
{
    if (!m_ledger)
        return;
    const EnforcementOffice o = EnforcementOffices::normalized(formOffice());
    EnforcementOffices offices(*m_ledger);
    if (m_isNew && !o.city.isEmpty()) {
        if (const auto existing = offices.find(o.city))
            return setError(tr("Ort: %1 finns redan; välj den i listan för att ändra.")
                                .arg(existing->city),
                            m_city);
    }
    try {
        offices.save(o);
    } catch (const LedgerError &e) {
        // The field the reason is about: the ort, else the first line that
        // does not fit (or holds a control character).
        QWidget *field = m_city;
        if (!o.city.isEmpty() && o.city.size() <= EnforcementOffices::kMaxCityLength) {
            field = m_lines.front();
            for (int i = o.lines.size() - 1; i >= 0 && i < int(m_lines.size()); --i) {
                EnforcementOffice one{o.city, {o.lines.at(i)}};
                if (EnforcementOffices::problem(one))
                    field = m_lines[size_t(i)];
            }
        }
        return setError(e.message(), field);
    }
    setModified(false);
    const bool wasNew = m_isNew;
    reload(o.city);
    setStatus(wasNew ? tr("Kronofogdemyndigheten i %1 är upplagd.").arg(o.city)
                     : tr("Kronofogdemyndigheten i %1 är ändrad.").arg(o.city));
    m_table->setFocus();
}

void EnforcementOfficesScreen::deleteCurrent()
{
    if (!m_ledger)
        return;
    const int row = m_table->currentRow();
    if (m_isNew || row < 0 || row >= m_offices.size())
        return setError(tr("Välj kronofogdemyndigheten som ska tas bort i listan."), m_table);
    const EnforcementOffice o = m_offices.at(row);
    QMessageBox ask(QMessageBox::Question, tr("Ta bort kronofogdemyndighet"),
                    tr("Vill du ta bort kronofogdemyndigheten i %1?").arg(o.city),
                    QMessageBox::NoButton, this);
    QPushButton *remove = ask.addButton(tr("&Ta bort"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    try {
        EnforcementOffices(*m_ledger).remove(o.city);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_table);
    }
    setModified(false);
    const QString next = m_offices.value(row + 1, m_offices.value(row - 1)).city;
    reload(next);
    setStatus(tr("Kronofogdemyndigheten i %1 är borttagen.").arg(o.city));
    m_table->setFocus();
}

void EnforcementOfficesScreen::undo()
{
    if (!m_ledger)
        return;
    setModified(false);
    if (m_isNew) {
        newOffice();
    } else if (m_shownRow >= 0) {
        showOffice(m_offices.at(m_shownRow), false);
        m_lines.front()->setFocus();
    }
    setStatus(tr("Ändringarna är ångrade."));
}

} // namespace rsk::ui
