#pragma once

#include "ledger/invoicechange.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace rsk::ui {

// Ändringsläge kundfaktura (handbook 6.1): the claim on one page without
// tabs, the fields the clerk may change as white line edits, the rest as
// grey read-only text. Each field has its problem line beside it. Enter in
// any field asks to save; the screen does the saving.
class ClaimChangeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimChangeForm(QWidget *parent = nullptr);

    // Fills the form from the claim; `codeTexts`: kravkod → its text.
    // `addressWithheld` (protected identity): the address fields show
    // "Skyddad adress", cannot be edited, and read() keeps the claim's own.
    void load(const rsk::Invoice &claim, const QDate &today, const QHash<int, QString> &codeTexts,
              bool addressWithheld = false);
    // The form as a change. Dates (ÅÅMMDD, ÅÅÅÅMMDD, ISO), amounts and the
    // kravkod that do not parse are added to `problems` (field = column).
    rsk::InvoiceChange read(const QDate &today, QList<rsk::ChangeProblem> &problems) const;

    // Shows each problem beside its field and puts the cursor in the first
    // field with a blocking problem (or a warning when there is none).
    void showProblems(const QList<rsk::ChangeProblem> &problems);
    void clearProblems();

    QLineEdit *field(const QString &column) const { return m_fields.value(column); }
    QLineEdit *firstField() const;
    QString problemText(const QString &column) const;

signals:
    void edited();
    void saveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addField(QFormLayout *form, const char *column, const QString &label,
                        int maxLength, int width = 0, QLabel *beside = nullptr);
    QLabel *addFixed(QFormLayout *form, const char *name, const QString &label);
    void updateCodeText();

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_problems;
    QHash<QString, QLabel *> m_fixed;
    QList<QLineEdit *> m_order;
    QHash<int, QString> m_codeTexts;
    QLabel *m_codeText = nullptr;
    QLabel *m_reminderFeeDebited = nullptr;
    QLabel *m_collectionFeeDebited = nullptr;
    bool m_loading = false;
    // The claim's address while it is withheld (never put in a field).
    bool m_addressWithheld = false;
    QStringList m_withheldAddress; // co, address, postal code, city, country
};

} // namespace rsk::ui
