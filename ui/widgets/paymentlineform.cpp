#include "widgets/paymentlineform.h"

#include "ledger/types.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace rsk::ui {

namespace {

const char kProblemStyle[] = "color: #b00000;";

QString objectNameOf(PaymentLineForm::Field field)
{
    using F = PaymentLineForm::Field;
    switch (field) {
    case F::Company: return QStringLiteral("company");
    case F::TransactionDate: return QStringLiteral("transactionDate");
    case F::Method: return QStringLiteral("method");
    case F::InvoiceNumber: return QStringLiteral("invoiceNumber");
    case F::Amount: return QStringLiteral("amount");
    case F::Remark: return QStringLiteral("remark");
    case F::Account: return QStringLiteral("account");
    }
    return {};
}

} // namespace

QList<PaymentLineForm::Field> PaymentLineForm::fields()
{
    return {Field::Company, Field::TransactionDate, Field::Method, Field::InvoiceNumber,
            Field::Amount,  Field::Remark,          Field::Account};
}

QString PaymentLineForm::fieldName(Field field)
{
    switch (field) {
    case Field::Company: return QLatin1String(rsk::paymentfield::Company);
    case Field::TransactionDate: return QLatin1String(rsk::paymentfield::TransactionDate);
    case Field::Method: return QLatin1String(rsk::paymentfield::Method);
    case Field::InvoiceNumber: return QLatin1String(rsk::paymentfield::InvoiceNumber);
    case Field::Amount: return QLatin1String(rsk::paymentfield::Amount);
    case Field::Remark: return QLatin1String(rsk::paymentfield::Remark);
    case Field::Account: return QLatin1String(rsk::paymentfield::Account);
    }
    return {};
}

PaymentLineForm::PaymentLineForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("paymentLineForm"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(2, 1);
    // handbook 4.1 field by field; the widths show how much each one takes.
    addRow(Field::Company, tr("Företag"), 3, 4);
    addRow(Field::TransactionDate, tr("Transaktionsdatum"), 10, 11);
    addRow(Field::Method, tr("Inbetalningssätt"), 1, 3);
    addRow(Field::InvoiceNumber, tr("Fakturanummer"), 9, 10);
    addRow(Field::Amount, tr("Belopp"), 20, 15);
    addRow(Field::Remark, tr("Anmärkning"), rsk::limits::Remark, rsk::limits::Remark);
    addRow(Field::Account, tr("Kontering"), rsk::limits::Account, rsk::limits::Account);
    m_editors.value(Field::Amount)->setAlignment(Qt::AlignRight);
    m_editors.value(Field::TransactionDate)->setPlaceholderText(tr("ÅÅMMDD"));
    connect(m_editors.value(Field::Remark), &QLineEdit::textChanged, this,
            &PaymentLineForm::updateRemarkCount);
    updateRemarkCount();
}

void PaymentLineForm::addRow(Field field, const QString &label, int maxLength, int widthChars)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = grid->rowCount();
    auto *editor = new QLineEdit(this);
    editor->setObjectName(objectNameOf(field));
    editor->setMaxLength(maxLength);
    const QFontMetrics fm = editor->fontMetrics();
    editor->setFixedWidth(fm.horizontalAdvance(QString(widthChars, QLatin1Char('0'))) + 16);
    // UI.md "Keys": required fields are marked (the account depends on the method).
    const bool required = field != Field::Remark && field != Field::Account;
    auto *caption = new QLabel(label + (required ? QStringLiteral(": *") : QStringLiteral(":")),
                               this);
    if (required)
        editor->setToolTip(tr("Obligatoriskt"));
    caption->setBuddy(editor);
    auto *info = new QLabel(this);
    info->setObjectName(QStringLiteral("info:") + objectNameOf(field));
    info->setEnabled(false); // a quieter grey: it explains, the clerk does not type there
    auto *problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem:") + objectNameOf(field));
    problem->setStyleSheet(QLatin1String(kProblemStyle));
    // One line that takes the width there is; the whole text is also the tool tip.
    problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *cell = new QHBoxLayout;
    cell->setSpacing(6);
    cell->addWidget(editor);
    cell->addWidget(info);
    cell->addStretch(1);
    grid->addWidget(caption, row, 0);
    grid->addLayout(cell, row, 1);
    grid->addWidget(problem, row, 2);
    m_editors.insert(field, editor);
    m_infos.insert(field, info);
    m_problems.insert(field, problem);
    connect(editor, &QLineEdit::textEdited, this, [this, field] {
        m_problems.value(field)->clear(); // the clerk is fixing it
        emit fieldEdited(field);
    });
}

void PaymentLineForm::updateRemarkCount()
{
    // handbook 4.1: "Fri text ... med maximalt 40 tecken" — the editor says how much is left.
    m_infos.value(Field::Remark)
        ->setText(tr("%1/%2").arg(m_editors.value(Field::Remark)->text().size())
                      .arg(rsk::limits::Remark));
}

std::optional<PaymentLineForm::Field> PaymentLineForm::fieldOf(const QWidget *widget) const
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value() == widget)
            return it.key();
    }
    return std::nullopt;
}

rsk::PaymentLineText PaymentLineForm::text() const
{
    const auto value = [this](Field f) {
        const QLineEdit *e = m_editors.value(f);
        return e->isEnabled() ? e->text() : QString();
    };
    return {value(Field::Company), value(Field::TransactionDate), value(Field::Method),
            value(Field::InvoiceNumber), value(Field::Amount), value(Field::Remark),
            m_accountMode == AccountMode::Typed ? value(Field::Account) : QString()};
}

void PaymentLineForm::setText(const rsk::PaymentLineText &t)
{
    setFieldText(Field::Company, t.company);
    setFieldText(Field::TransactionDate, t.transactionDate);
    setFieldText(Field::Method, t.method);
    setFieldText(Field::InvoiceNumber, t.invoiceNumber);
    setFieldText(Field::Amount, t.amount);
    setFieldText(Field::Remark, t.remark);
    if (m_accountMode == AccountMode::Typed)
        setFieldText(Field::Account, t.account);
}

void PaymentLineForm::setFieldText(Field field, const QString &text)
{
    QLineEdit *e = m_editors.value(field);
    if (e->text() == text)
        return;
    e->setText(text);
    m_problems.value(field)->clear();
    emit fieldEdited(field);
}

void PaymentLineForm::clearLineFields()
{
    for (Field f : {Field::InvoiceNumber, Field::Amount, Field::Remark})
        setFieldText(f, QString());
    if (m_accountMode == AccountMode::Typed)
        setFieldText(Field::Account, QString());
    m_infos.value(Field::InvoiceNumber)->clear();
}

std::optional<PaymentLineForm::Field>
PaymentLineForm::showProblems(const QList<rsk::FieldProblem> &problems)
{
    clearProblems();
    std::optional<Field> first;
    for (const rsk::FieldProblem &p : problems) {
        for (Field f : fields()) {
            if (fieldName(f) != p.field)
                continue;
            QLabel *label = m_problems.value(f);
            label->setText(label->text().isEmpty() ? p.message
                                                   : label->text() + QLatin1Char(' ') + p.message);
            label->setToolTip(label->text());
            if (!first || fields().indexOf(f) < fields().indexOf(*first))
                first = f;
        }
    }
    if (first) {
        QLineEdit *e = m_editors.value(*first);
        e->setFocus(Qt::OtherFocusReason);
        e->selectAll();
    }
    return first;
}

void PaymentLineForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->setToolTip(QString());
    }
}

void PaymentLineForm::setMethodRules(bool amountAllowed, AccountMode accountMode,
                                     const QString &fixedAccount)
{
    QLineEdit *amount = m_editors.value(Field::Amount);
    amount->setEnabled(amountAllowed);
    if (!amountAllowed)
        amount->clear();
    QLineEdit *account = m_editors.value(Field::Account);
    const AccountMode before = m_accountMode;
    m_accountMode = accountMode;
    account->setEnabled(accountMode == AccountMode::Typed);
    if (accountMode == AccountMode::Fixed)
        account->setText(fixedAccount);
    else if (before != AccountMode::Typed || accountMode == AccountMode::None)
        account->clear();
    QLabel *info = m_infos.value(Field::Account);
    switch (accountMode) {
    case AccountMode::Typed: info->setText(tr("krävs: sättet bokförs")); break;
    case AccountMode::Fixed: info->setText(tr("fast kontering från inbetalningssättet")); break;
    case AccountMode::None: info->setText(tr("bokförs ej")); break;
    }
}

} // namespace rsk::ui
