#pragma once

#include "ledger/types.h"
#include "screens/screen.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace rsk {
class Database;
class InvoiceCopyDocument;
}

namespace rsk::ui {

class ClaimChangeForm;
class ClaimDunningTab;
class ClaimInvoiceTab;
class ClaimNotesTab;
class ClaimTransactionsTab;

// Översikt kundfaktura (handbook 6.1), the claim Sök faktura opens (not in
// a menu): company and invoice number at the top (Enter shows another
// claim), the last change by whom and when, and the tabs Fakturauppgifter,
// Kravuppgifter, Transaktioner and Anteckningar (F10 next tab, F11
// Fakturauppgifter, F13 Transaktioner, F14 Kravuppgifter, F17
// Anteckningar; F9 switches line text/kontering and remark/user). F15
// computes the accrued interest; F16 prints an invoice copy (6.2: new
// handler, KOPIA, original or today's date) with preview. F5 is change
// mode (InvoiceChangeService): the tabs give way to one form of the fields
// the handbook lets a clerk change; Enter saves, F7 undoes, F3 goes back
// (asking when something was changed). A refusal stands beside its field;
// a claim changed by someone else since it was read is refused with who
// and when, the clerk's input kept. F18 (Shift+F6) opens the audit log
// (Granskningslogg) of the claim. A claim whose customer has a protected
// identity shows "Skyddad adress" instead of the address, in change mode too.
class ClaimScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.claim";
    static constexpr char kChangeCommand[] = "claim.change";
    static constexpr char kUndoCommand[] = "claim.undo";
    static constexpr char kValuesCommand[] = "claim.values";
    static constexpr char kToggleCommand[] = "claim.toggleColumns";
    static constexpr char kNextTabCommand[] = "claim.nextTab";
    static constexpr char kInvoiceTabCommand[] = "claim.invoiceTab";
    static constexpr char kTransactionsTabCommand[] = "claim.transactionsTab";
    static constexpr char kDunningTabCommand[] = "claim.dunningTab";
    static constexpr char kInterestCommand[] = "claim.interest";
    static constexpr char kNotesTabCommand[] = "claim.notesTab";
    static constexpr char kCopyCommand[] = "claim.invoiceCopy";
    // F8 Kund: the claim's customer (invoices.customer); F20 (Shift+F8)
    // Ersättningsfaktura (handbook 6.3, invoices.replacement) for this claim.
    static constexpr char kCustomerCommand[] = "claim.customer";
    static constexpr char kReplacementCommand[] = "claim.replacementInvoice";
    static constexpr char kAuditLogCommand[] = "claim.auditLog";

    enum Tab { InvoiceTab, DunningTab, TransactionsTab, NotesTab };

    explicit ClaimScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);
    // Registered by factory only, not a menu item.
    static ScreenInfo screenInfo();

    // Shows the claim (company and number as typed: "1", "10000001").
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber);

    // Where F16's invoice copy goes: a print preview (QPrinter) by
    // default; tests catch the document here.
    using CopyOutput = std::function<void(const rsk::InvoiceCopyDocument &)>;
    void setCopyOutput(CopyOutput output) { m_copyOutput = std::move(output); }

    bool inChangeMode() const { return m_changeMode; }
    std::optional<rsk::Invoice> shownClaim() const { return m_claim; }

protected:
    void back() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void showLoaded();
    void clearClaim(const QString &message);
    void goToTab(int index);
    void updateNotesTitle(int count);
    void enterChangeMode();
    void leaveChangeMode();
    void save();
    void undo();
    void chooseValues();
    void toggleColumns();
    void computeInterest();
    void addNote(const QString &text);
    void printCopy();
    void openCustomer();
    void openReplacement();
    void openAuditLog();
    void setMessage(const QString &message, bool error = true);

    rsk::Database *m_ledger = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lastChange = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClaimInvoiceTab *m_invoiceTab = nullptr;
    ClaimDunningTab *m_dunningTab = nullptr;
    ClaimTransactionsTab *m_transactionsTab = nullptr;
    ClaimNotesTab *m_notesTab = nullptr;
    ClaimChangeForm *m_form = nullptr;
    QLabel *m_message = nullptr;
    std::optional<rsk::Invoice> m_claim;
    // The claim's customer has a protected identity: no address shown.
    bool m_addressWithheld = false;
    bool m_changeMode = false;
    // Warnings shown for this form content: the next Enter saves anyway.
    bool m_warningsShown = false;
    CopyOutput m_copyOutput;
};

} // namespace rsk::ui
