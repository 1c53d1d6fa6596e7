#pragma once

#include "ledger/invoiceregistration.h" // FieldProblem
#include "payments/paymentregistration.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace rsk::ui {

// The entry fields of "Registrera manuella" (handbook 4.1) in reading order,
// each with an info text beside it (company name, the date as ÅÅÅÅ-MM-DD,
// the method's text, the claim's debtor) and a red problem label that says
// what is wrong with it (UI.md: beside the field, not a modal box).
class PaymentLineForm : public QWidget
{
    Q_OBJECT
public:
    enum class Field { Company, TransactionDate, Method, InvoiceNumber, Amount, Remark, Account };
    static QList<Field> fields();
    // The core's field name (payments/paymentregistration.h paymentfield::*).
    static QString fieldName(Field field);

    explicit PaymentLineForm(QWidget *parent = nullptr);

    QLineEdit *editor(Field field) const { return m_editors.value(field); }
    QLabel *info(Field field) const { return m_infos.value(field); }
    QLabel *problem(Field field) const { return m_problems.value(field); }
    std::optional<Field> fieldOf(const QWidget *widget) const;

    rsk::PaymentLineText text() const;
    void setText(const rsk::PaymentLineText &text);
    void setFieldText(Field field, const QString &text);
    // Empties the fields that change from line to line; company, transaction
    // date and method stay (handbook 4.1: "ligger kvar ... tills annat anges").
    void clearLineFields();

    // Shows each problem beside its field and focuses the first; returns it.
    std::optional<Field> showProblems(const QList<rsk::FieldProblem> &problems);
    void clearProblems();

    // Which fields the method allows (handbook 8.1): text-only methods take no
    // amount; the account is typed, given by the method, or not used.
    enum class AccountMode { Typed, Fixed, None };
    void setMethodRules(bool amountAllowed, AccountMode accountMode,
                        const QString &fixedAccount = {});

signals:
    void fieldEdited(rsk::ui::PaymentLineForm::Field field);

private:
    void addRow(Field field, const QString &label, int maxLength, int widthChars);
    void updateRemarkCount();

    QHash<Field, QLineEdit *> m_editors;
    QHash<Field, QLabel *> m_infos;
    QHash<Field, QLabel *> m_problems;
    AccountMode m_accountMode = AccountMode::Typed;
};

inline size_t qHash(PaymentLineForm::Field field, size_t seed = 0)
{
    return ::qHash(int(field), seed);
}

} // namespace rsk::ui
