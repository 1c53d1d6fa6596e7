#pragma once

#include "screens/screen.h"

class QLabel;
class QLineEdit;
class QTableWidget;
class QTableWidgetItem;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ClaimSummaryPanel;

// What the screens of the two payment registers (Oplacerade betalningar,
// Överbetalningar; handbook 3.4) share: the list of the session company's
// rows beside the claim panel, an invoice-number field with its button
// below, and the keys. Arrows choose a row; Enter on the list goes to the
// field, Enter there resolves the row onto that invoice (place, move); F5
// shows a claim, F6 marks the row refunded after a question, F9 shows also
// the resolved rows. A screen gives its texts (in its own translation
// context), reads its register's rows and resolves them.
class RegisterScreen : public Screen
{
    Q_OBJECT
protected:
    // The screen's own texts (already translated) and ways.
    struct Setup
    {
        QString intro;
        QString tableName; // object names, for tests
        QStringList headers;
        QString fieldName;
        QString fieldPlaceholder;
        QString fieldLabel; // with its & mnemonic
        QString actionButton;
        QString noLedger;
        // The chosen row's claim follows the cursor while no invoice
        // number is typed.
        bool claimFollowsRow = false;
    };
    // What F6 asks before marking a row refunded.
    struct RefundQuestion
    {
        QString title;
        QString question;
        QString yes;
        QString cancel;
    };

    RegisterScreen(ScreenContext &context, QWidget *parent);

    // Builds the widgets; then, with a ledger open, reads the rows.
    void build(const Setup &setup);
    // Binds F5, F6 and F9 (declared by the screen) to showClaim, refund and
    // toggleAll.
    void bindCommands(const char *showClaim, const char *refund, const char *showAll);

    bool eventFilter(QObject *watched, QEvent *event) override;

    // Reads the register's rows (the `all` flag: also resolved ones) and
    // returns how many; may throw LedgerError.
    virtual int readRows(bool all) = 0;
    virtual qint64 rowId(int row) const = 0;
    // Puts row `row` of what readRows read into the table.
    virtual void fillRow(int row) = 0;
    virtual QString countText(int rows) const = 0;
    // Shown when Enter in the field finds no row chosen.
    virtual QString noRowText() const = 0;
    // Resolves row `id` onto `invoice` (as typed); returns what to tell the
    // clerk. Throws LedgerError with the reason when refused.
    virtual QString resolveRow(qint64 id, const QString &invoice) = 0;
    virtual RefundQuestion refundQuestion(int row) const = 0;
    // Marks row `id` refunded; returns what to tell the clerk.
    virtual QString refundRow(qint64 id) = 0;
    virtual void showClaim() = 0;

    void reload(qint64 selectId = 0);
    // The chosen row, -1 when none.
    int currentIndex() const;
    void resolve();
    void refund();
    void toggleAll();

    static QTableWidgetItem *cell(const QString &text, bool right = false);

    rsk::Database *m_ledger = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_invoice = nullptr;
    ClaimSummaryPanel *m_claim = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;

private:
    bool m_all = false;
    int m_rowCount = 0; // as last read
};

} // namespace rsk::ui
