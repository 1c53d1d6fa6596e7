#pragma once

#include "payments/paymentregistration.h"
#include "screens/screen.h"
#include "widgets/paymentlineform.h"

#include <QPointer>

#include <optional>

class QLabel;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ClaimSummaryPanel;
class PaymentBatchTable;

// Inbetalningar > Registrera manuella (handbook 4.1): payments typed line by
// line into a batch (bunt). Enter registers the line and goes back to the
// invoice number; transaction date and method stay until changed; Ctrl+D
// copies the field from the previous line ("duppning"); F4 lists companies or
// methods; F5 shows the claim; the batch's lines are listed below, Enter on
// one edits it, F6 deletes it, F7 undoes the edit; Ctrl+G approves the batch
// in one unit of work. The screen lays out and forwards to
// rsk::PaymentRegistration; the rules live there.
class ManualRegistrationScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.manual";
    static constexpr char kRegisterCommand[] = "payments.manual.register";
    static constexpr char kListCommand[] = "payments.manual.list";
    static constexpr char kShowClaimCommand[] = "payments.manual.showClaim";
    static constexpr char kDeleteCommand[] = "payments.manual.deleteLine";
    static constexpr char kUndoCommand[] = "payments.manual.undo";
    static constexpr char kDupCommand[] = "payments.manual.dup";
    static constexpr char kApproveCommand[] = "payments.manual.approve";

    explicit ManualRegistrationScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    PaymentLineForm *form() const { return m_form; }
    qint64 batchId() const { return m_batchId; }
    int editingLine() const { return m_editingLine; }

    // The commands, also reachable from the key legend.
    void registerOrOpenLine(); // Enter
    void listAllowedValues();  // F4
    void showClaim();          // F5
    void deleteLine();         // F6
    void undoEdit();           // F7
    void dupField();           // Ctrl+D
    void approveBatch();       // Ctrl+G

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void bindCommands();
    void registerLine();
    void openLine(int lineNo);
    void leaveEditMode();
    void resumeOpenBatch();
    void reloadLines();
    void updateInfo(PaymentLineForm::Field field);
    void updatePreviousLine();
    void updateModified();
    void showStatus(const QString &message, bool problem);
    rsk::PaymentLineText textOf(const rsk::PostingRequest &request) const;

    rsk::Database *m_db;
    PaymentLineForm *m_form;
    PaymentBatchTable *m_table;
    ClaimSummaryPanel *m_claimPanel;
    QLabel *m_batchInfo;
    QLabel *m_previousLine;
    QLabel *m_totals;
    QLabel *m_status;
    qint64 m_batchId = 0;
    int m_editingLine = 0;
    rsk::PaymentLineText m_beforeEdit; // the form as it was when editing began
    std::optional<rsk::PaymentBatchLine> m_previous; // the last registered line
    QPointer<QWidget> m_lastFocus; // where the clerk was when the tab was left
};

} // namespace rsk::ui
