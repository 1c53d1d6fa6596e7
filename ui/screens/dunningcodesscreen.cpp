#include "screens/dunningcodesscreen.h"

#include "ledger/referencedata.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace rsk::ui {

namespace {

// The eight flags in handbook order (7.3), as pointers into DunningCode so
// the table, the form and saving walk one list.
constexpr std::array<bool DunningCode::*, DunningCodesScreen::FlagCount> kFlagMembers{
    &DunningCode::noInvoice,  &DunningCode::noReminder1,       &DunningCode::noReminder2,
    &DunningCode::noCollection, &DunningCode::noInterest,      &DunningCode::noInterestRespite,
    &DunningCode::noThreat,   &DunningCode::noResidual};

constexpr std::array<const char *, DunningCodesScreen::FlagCount> kFlagNames{
    "noInvoiceCheck",  "noReminder1Check", "noReminder2Check", "noCollectionCheck",
    "noInterestCheck", "noInterestRespiteCheck", "noThreatCheck", "noResidualCheck"};

} // namespace

DunningCodesScreen::DunningCodesScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &DunningCodesScreen::undo);

    auto *intro = new QLabel(tr("Kravkoder stoppar kravverksamheten för en fordran, t.ex. vid "
                                "anstånd (handbok 7.3). X = gäller inte fordringar med koden. "
                                "Enter på en rad ändrar den, Enter i formuläret sparar."),
                             this);
    intro->setWordWrap(true);

    m_table = makeRegisterTable(this, QStringLiteral("codeTable"),
                                {tr("Kod"), tr("Text"), tr("Ej faktura"), tr("Ej påm. 1"),
                                 tr("Ej påm. 2"), tr("Ej ink.krav"), tr("Ej ränta"),
                                 tr("Ej ränta anstånd"), tr("Ej hot"), tr("Ej restkrav")},
                                RegisterColumns::Fit);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { currentRowChanged(row); });

    m_status = makeStatusLabel(this);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addWidget(createForm());
    contentLayout()->addWidget(m_status);
    setFocusProxy(m_table);

    if (!m_ledger) {
        m_status->setText(tr("Ingen reskontra är öppen."));
        m_formTitle->parentWidget()->setEnabled(false);
        return;
    }
    reload();
}

void DunningCodesScreen::declareCommands(CommandRegistry &commands)
{
    commands.declare({QLatin1String(kUndoCommand), QLatin1String(kId), QKeySequence(Qt::Key_F7),
                      tr("Ångra")});
}

QWidget *DunningCodesScreen::createForm()
{
    auto *box = new QGroupBox(this);
    m_formTitle = makeFormTitle(box);

    m_text = new QLineEdit(box);
    m_text->setObjectName(QStringLiteral("textEdit"));
    // No maxLength: a longer text is refused with the reason, not cut silently.
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 16);
    m_textError = new QLabel(box);
    m_textError->setObjectName(QStringLiteral("textError"));
    m_textError->setStyleSheet(QStringLiteral("color: #b00000;"));
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_text);
    textRow->addWidget(m_textError, 1);

    const QStringList labels{tr("Ej faktura"),
                             tr("Ej påminnelse 1"),
                             tr("Ej påminnelse 2"),
                             tr("Ej inkassokrav"),
                             tr("Ej dröjsmålsränta"),
                             tr("Ej dröjsmålsränta vid anstånd"),
                             tr("Ej hot om betalningsföreläggande"),
                             tr("Ej restkrav")};
    auto *flags = new QGridLayout;
    for (int i = 0; i < FlagCount; ++i) {
        m_flags[i] = new QCheckBox(labels.at(i), box);
        m_flags[i]->setObjectName(QLatin1String(kFlagNames[i]));
        flags->addWidget(m_flags[i], i % 4, i / 4); // reading order: down each column
    }

    auto *form = new QFormLayout(box);
    form->addRow(m_formTitle);
    form->addRow(tr("Kravtext:"), textRow);
    form->addRow(tr("Markera med X:"), flags);

    // Tab order is reading order (UI.md); Enter anywhere in the form saves.
    QWidget *previous = m_text;
    m_text->installEventFilter(this);
    connect(m_text, &QLineEdit::textEdited, this, &DunningCodesScreen::formEdited);
    for (QCheckBox *check : m_flags) {
        setTabOrder(previous, check);
        previous = check;
        check->installEventFilter(this);
        connect(check, &QCheckBox::toggled, this, &DunningCodesScreen::formEdited);
    }
    return box;
}

bool DunningCodesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    // Enter on a row: change it, starting at the text (the code is the key).
    if (watched != m_table) {
        save();
    } else if (m_table->currentRow() >= 0) {
        m_text->setFocus();
        m_text->selectAll();
    }
    return true;
}

void DunningCodesScreen::reload(int selectCode)
{
    // handbook 7.3: "en siffra 1-9 som utgör identiteten" — all nine are listed.
    m_codes.clear();
    m_defined = QList<bool>(9, false);
    for (int code = 1; code <= 9; ++code) {
        DunningCode empty;
        empty.code = code;
        m_codes.append(empty);
    }
    for (const DunningCode &c : ReferenceData(*m_ledger).dunningCodes()) {
        if (c.code >= 1 && c.code <= 9) {
            m_codes[c.code - 1] = c;
            m_defined[c.code - 1] = true;
        }
    }
    m_loading = true;
    m_table->setRowCount(int(m_codes.size()));
    for (int row = 0; row < m_codes.size(); ++row) {
        const DunningCode &c = m_codes.at(row);
        QStringList cells{QString::number(c.code), c.text};
        for (bool DunningCode::*flag : kFlagMembers)
            cells << (c.*flag ? QStringLiteral("X") : QString());
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != Text)
                item->setTextAlignment(Qt::AlignCenter);
            if (!m_defined.at(row))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_loading = false;
    m_shownRow = -1;
    const int row = qBound(0, selectCode - 1, 8);
    m_table->setCurrentCell(row, Code);
    currentRowChanged(row);
}

void DunningCodesScreen::currentRowChanged(int row)
{
    if (m_loading || row < 0 || row >= m_codes.size() || row == m_shownRow)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_shownRow, Code);
        return;
    }
    m_shownRow = row;
    showCode(row);
}

void DunningCodesScreen::showCode(int row)
{
    const DunningCode &c = m_codes.at(row);
    m_loading = true;
    m_formTitle->setText(m_defined.at(row) ? tr("Ändra kravkod %1").arg(c.code)
                                           : tr("Lägg upp kravkod %1").arg(c.code));
    m_text->setText(c.text);
    for (int i = 0; i < FlagCount; ++i)
        m_flags[i]->setChecked(c.*kFlagMembers[i]);
    m_loading = false;
    setModified(false);
    m_textError->clear();
}

DunningCode DunningCodesScreen::formCode() const
{
    DunningCode c;
    c.code = m_shownRow + 1;
    c.text = m_text->text().trimmed();
    for (int i = 0; i < FlagCount; ++i)
        c.*kFlagMembers[i] = m_flags[i]->isChecked();
    return c;
}

void DunningCodesScreen::save()
{
    if (!m_ledger || m_shownRow < 0)
        return;
    const DunningCode c = formCode();
    try {
        // saveDunningCode refuses a text over 15 characters (handbook 7.3) with the reason.
        ReferenceData(*m_ledger).saveDunningCode(c);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_text);
    }
    const bool wasDefined = m_defined.at(m_shownRow);
    setModified(false);
    reload(c.code);
    m_status->setText(wasDefined ? tr("Kravkod %1 (%2) är ändrad.").arg(c.code).arg(c.text)
                                 : tr("Kravkod %1 (%2) är upplagd.").arg(c.code).arg(c.text));
    m_table->setFocus();
}

void DunningCodesScreen::undo()
{
    if (!m_ledger || m_shownRow < 0)
        return;
    showCode(m_shownRow);
    m_text->setFocus();
    m_status->setText(tr("Ändringarna är ångrade."));
}

void DunningCodesScreen::setError(const QString &message, QWidget *field)
{
    m_textError->setText(message);
    if (!message.isEmpty())
        m_status->clear();
    if (field)
        field->setFocus();
}

void DunningCodesScreen::formEdited()
{
    if (!m_loading)
        setModified(true);
}

} // namespace rsk::ui
