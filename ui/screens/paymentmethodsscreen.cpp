#include "screens/paymentmethodsscreen.h"

#include "ledger/referencedata.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>

namespace rsk::ui {

namespace {

using FeeType = PaymentMethod::FeeType;

const QList<FeeType> kFeeTypes{FeeType::None, FeeType::ReminderFee, FeeType::CollectionFee,
                               FeeType::Interest};

QString flag(bool on)
{
    return on ? QStringLiteral("X") : QString();
}

} // namespace

PaymentMethodsScreen::PaymentMethodsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent),
      FormMessages(this),
      m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kNewCommand), this), &QAction::triggered, this,
            &PaymentMethodsScreen::newMethod);
    connect(commands().bind(QLatin1String(kDeleteCommand), this), &QAction::triggered, this,
            &PaymentMethodsScreen::deleteCurrent);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &PaymentMethodsScreen::undo);

    auto *intro = new QLabel(tr("Koderna styr hur en fordran påverkas vid manuell inrapportering "
                                "(handbok 8.1). Enter sparar formuläret."),
                             this);
    intro->setWordWrap(true);

    m_table = makeRegisterTable(this, QStringLiteral("methodTable"),
                                {tr("Kod"), tr("D/K"), tr("Text"), tr("Bokföres ej"),
                                 tr("Dröjsm.fakt. ej"), tr("P/K/D"), tr("Kompr. ej"),
                                 tr("Endast text"), tr("Konto")});
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { currentRowChanged(row); });

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_table, 1);
    contentLayout()->addLayout(formBesideMessages(createForm()));
    setFocusProxy(m_table);

    if (!m_ledger) {
        // The list stays (empty) so the tab keeps the focus; every action refuses.
        setError(tr("Ingen reskontra är öppen."));
        m_formTitle->parentWidget()->setEnabled(false);
        return;
    }
    reload();
}

void PaymentMethodsScreen::declareCommands(CommandRegistry &commands)
{
    declareFormKeys(commands, kId, {kDeleteCommand, tr("Ta bort")}, {kUndoCommand, tr("Ångra")},
                    {kNewCommand, tr("Nytt")});
}

QWidget *PaymentMethodsScreen::createForm()
{
    auto *box = new QGroupBox(this);
    m_formTitle = makeFormTitle(box);

    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(1);
    m_code->setMaximumWidth(m_code->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 4);
    // handbook 8.1: "en valfri siffra eller bokstav"
    m_code->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Za-zÅÄÖåäö]")), m_code));
    m_debitCredit = new QComboBox(box);
    m_debitCredit->setObjectName(QStringLiteral("debitCreditCombo"));
    m_debitCredit->addItem(tr("K – kredit, minskar fordran"), QStringLiteral("K"));
    m_debitCredit->addItem(tr("D – debet, ökar fordran"), QStringLiteral("D"));
    m_text = new QLineEdit(box);
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setMaxLength(limits::MethodText);
    m_notBooked = new QCheckBox(tr("Bokföres ej"), box);
    m_notBooked->setObjectName(QStringLiteral("notBookedCheck"));
    m_noInterest = new QCheckBox(tr("Dröjsmålsfaktureras ej"), box);
    m_noInterest->setObjectName(QStringLiteral("noInterestCheck"));
    m_feeType = new QComboBox(box);
    m_feeType->setObjectName(QStringLiteral("feeTypeCombo"));
    m_feeType->addItem(tr("(ingen) – fakturans belopp"));
    m_feeType->addItem(tr("P – uppdebiterad påminnelseavgift"));
    m_feeType->addItem(tr("K – uppdebiterad kravavgift"));
    m_feeType->addItem(tr("D – upplupen dröjsmålsränta"));
    m_noCompress = new QCheckBox(tr("Komprimeras ej vid bokföring"), box);
    m_noCompress->setObjectName(QStringLiteral("noCompressCheck"));
    m_textOnly = new QCheckBox(tr("Endast text (ändrar inget belopp)"), box);
    m_textOnly->setObjectName(QStringLiteral("textOnlyCheck"));
    m_account = new QLineEdit(box);
    m_account->setObjectName(QStringLiteral("accountEdit"));
    m_account->setMaxLength(limits::Account);

    auto *form = new QFormLayout(box);
    form->addRow(m_formTitle);
    form->addRow(tr("Inbetalningssätt:"), m_code);
    form->addRow(tr("Debet/Kredit:"), m_debitCredit);
    form->addRow(tr("Text:"), m_text);
    form->addRow(QString(), m_notBooked);
    form->addRow(QString(), m_noInterest);
    form->addRow(tr("Påverkar:"), m_feeType);
    form->addRow(QString(), m_noCompress);
    form->addRow(QString(), m_textOnly);
    form->addRow(tr("Kontering:"), m_account);

    // Tab order is reading order (UI.md); Enter anywhere in the form saves.
    const QList<QWidget *> fields{m_code, m_debitCredit, m_text, m_notBooked, m_noInterest,
                                  m_feeType, m_noCompress, m_textOnly, m_account};
    for (int i = 0; i < fields.size(); ++i) {
        fields.at(i)->installEventFilter(this);
        if (i > 0)
            setTabOrder(fields.at(i - 1), fields.at(i));
    }
    for (QLineEdit *edit : {m_code, m_text, m_account})
        connect(edit, &QLineEdit::textEdited, this, &PaymentMethodsScreen::formEdited);
    for (QComboBox *combo : {m_debitCredit, m_feeType})
        connect(combo, &QComboBox::currentIndexChanged, this, &PaymentMethodsScreen::formEdited);
    for (QCheckBox *check : {m_notBooked, m_noInterest, m_noCompress, m_textOnly})
        connect(check, &QCheckBox::toggled, this, &PaymentMethodsScreen::formEdited);
    return box;
}

bool PaymentMethodsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnterPress(event))
        return Screen::eventFilter(watched, event);
    // Enter on a row: change it, starting at D/K (the code is the key).
    if (watched != m_table)
        save();
    else if (m_table->currentRow() >= 0)
        m_debitCredit->setFocus();
    return true;
}

void PaymentMethodsScreen::reload(const QString &selectCode)
{
    m_methods = ReferenceData(*m_ledger).paymentMethods();
    m_loading = true;
    m_table->setRowCount(int(m_methods.size()));
    int selectRow = m_methods.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_methods.size(); ++row) {
        const PaymentMethod &m = m_methods.at(row);
        const QChar fee = PaymentMethod::feeTypeCode(m.feeType);
        const QStringList cells{m.code,
                                m.debit ? QStringLiteral("D") : QStringLiteral("K"),
                                m.text,
                                flag(m.notBooked),
                                flag(m.noInterestInvoicing),
                                fee.isNull() ? QString() : QString(fee),
                                flag(m.noCompress),
                                flag(m.textOnly),
                                m.account};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column != Text && column != Account)
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
        if (m.code == selectCode)
            selectRow = row;
    }
    m_loading = false;
    m_shownRow = -1;
    if (selectRow >= 0) {
        m_table->setCurrentCell(selectRow, Code);
        currentRowChanged(selectRow);
    } else {
        newMethod();
    }
}

void PaymentMethodsScreen::currentRowChanged(int row)
{
    if (m_loading || row < 0 || row >= m_methods.size() || row == m_shownRow)
        return;
    if (isModified() && !confirmClose()) {
        // Stay on the method being edited.
        const QSignalBlocker block(m_table);
        m_table->setCurrentCell(m_shownRow, Code);
        return;
    }
    m_shownRow = row;
    showMethod(m_methods.at(row), false);
}

void PaymentMethodsScreen::showMethod(const PaymentMethod &m, bool isNew)
{
    m_loading = true;
    m_isNew = isNew;
    m_formTitle->setText(isNew ? tr("Nytt inbetalningssätt")
                               : tr("Ändra inbetalningssätt %1").arg(m.code));
    m_code->setText(m.code);
    m_code->setReadOnly(!isNew); // the code is the key; a new code is a new method
    m_debitCredit->setCurrentIndex(m.debit ? 1 : 0);
    m_text->setText(m.text);
    m_notBooked->setChecked(m.notBooked);
    m_noInterest->setChecked(m.noInterestInvoicing);
    m_feeType->setCurrentIndex(std::max(0, int(kFeeTypes.indexOf(m.feeType))));
    m_noCompress->setChecked(m.noCompress);
    m_textOnly->setChecked(m.textOnly);
    m_account->setText(m.account);
    m_loading = false;
    setModified(false);
    setError(QString());
}

PaymentMethod PaymentMethodsScreen::formMethod() const
{
    PaymentMethod m;
    m.code = m_code->text().trimmed().toUpper();
    m.debit = m_debitCredit->currentData().toString() == QLatin1String("D");
    m.text = m_text->text().trimmed();
    m.notBooked = m_notBooked->isChecked();
    m.noInterestInvoicing = m_noInterest->isChecked();
    m.feeType = kFeeTypes.value(m_feeType->currentIndex(), FeeType::None);
    m.noCompress = m_noCompress->isChecked();
    m.textOnly = m_textOnly->isChecked();
    m.account = m_account->text().trimmed();
    return m;
}

void PaymentMethodsScreen::formEdited()
{
    if (!m_loading)
        setModified(true);
}

void PaymentMethodsScreen::newMethod()
{
    if (!m_ledger)
        return;
    if (isModified() && !confirmClose())
        return;
    m_shownRow = -1;
    clearCurrentRow(m_table);
    showMethod(PaymentMethod{}, true);
    m_code->setFocus();
}

void PaymentMethodsScreen::save()
{
    if (!m_ledger)
        return;
    const PaymentMethod m = formMethod();
    if (m.code.isEmpty())
        return setError(tr("Inbetalningssätt: ange en siffra eller bokstav."), m_code);
    if (m_isNew && ReferenceData(*m_ledger).paymentMethod(m.code))
        return setError(tr("Inbetalningssätt %1 finns redan; välj det i listan för att ändra.")
                            .arg(m.code),
                        m_code);
    try {
        ReferenceData(*m_ledger).savePaymentMethod(m);
    } catch (const LedgerError &e) {
        // savePaymentMethod's rules: the code, the text length, text-only with a fee type.
        QWidget *field = m_text;
        if (m.textOnly && m.feeType != FeeType::None)
            field = m_feeType;
        return setError(e.message(), field);
    }
    setModified(false);
    const bool wasNew = m_isNew;
    reload(m.code);
    setStatus(wasNew ? tr("Inbetalningssätt %1 (%2) är upplagt.").arg(m.code, m.text)
                     : tr("Inbetalningssätt %1 (%2) är ändrat.").arg(m.code, m.text));
    m_table->setFocus();
}

void PaymentMethodsScreen::deleteCurrent()
{
    if (!m_ledger)
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_methods.size())
        return setError(tr("Välj inbetalningssättet som ska tas bort i listan."), m_table);
    const PaymentMethod m = m_methods.at(row);
    QMessageBox ask(QMessageBox::Question, tr("Ta bort inbetalningssätt"),
                    tr("Vill du ta bort inbetalningssätt %1 (%2)?").arg(m.code, m.text),
                    QMessageBox::NoButton, this);
    QPushButton *remove = ask.addButton(tr("&Ta bort"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(tr("&Avbryt"), QMessageBox::RejectRole);
    ask.setDefaultButton(cancel);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    try {
        ReferenceData(*m_ledger).deletePaymentMethod(m.code);
    } catch (const LedgerError &e) {
        return setError(e.message(), m_table);
    }
    setModified(false);
    reload(m_methods.value(row + 1).code);
    setStatus(tr("Inbetalningssätt %1 (%2) är borttaget.").arg(m.code, m.text));
    m_table->setFocus();
}

void PaymentMethodsScreen::undo()
{
    if (!m_ledger)
        return;
    setModified(false);
    if (m_isNew) {
        newMethod();
    } else if (m_shownRow >= 0) {
        showMethod(m_methods.at(m_shownRow), false);
        m_debitCredit->setFocus();
    }
    setStatus(tr("Ändringarna är ångrade."));
}

} // namespace rsk::ui
