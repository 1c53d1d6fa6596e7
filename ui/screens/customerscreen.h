#pragma once

#include "ledger/customerview.h"
#include "screens/screen.h"

#include <QHash>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;

namespace rsk::ui {

class ReportTableModel;

// Kunduppgifter (seed 001 §4.2): one customer of one company. Contact
// details with the address history (the claims' receiver copies and the
// changes in the audit log; hidden for a protected identity), Kundsaldo
// (not due, overdue, reminded, in collection, fees, interest, credit,
// overpayments), the customer-level dunning stop (Påminnelsespärr,
// Inkassospärr: the dunning run skips the customer's claims), notes, and
// the claims — open ones, F8 switches to all and back; Enter on a claim
// opens it (invoices.claim). The stop: Space toggles, the change is marked
// (red star on the tab), Enter saves, F7 undoes, F3 asks first. F17 goes to
// the note field, where Enter adds the note. F19 (Shift+F7) sets or clears
// the protected identity (a supervisor's, after a question; audited): the
// address then shows "Skyddad adress" here and everywhere else.
class CustomerScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.customer";
    static constexpr char kUndoCommand[] = "customer.undo";
    static constexpr char kAllClaimsCommand[] = "customer.allClaims";
    static constexpr char kNotesCommand[] = "customer.notes";
    static constexpr char kProtectedCommand[] = "customer.protectedIdentity";

    explicit CustomerScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);
    // Registered by factory only, not a menu item.
    static ScreenInfo screenInfo();

    // Shows the customer (company as typed: "1" = 001).
    Q_INVOKABLE void showCustomer(const QString &company, const QString &customerNumber);

    std::optional<rsk::CustomerDetails> shownCustomer() const { return m_customer; }
    bool showsAllClaims() const { return !m_openOnly; }
    ReportTableModel *claimsModel() const { return m_claimsModel; }
    QString messageText() const;
    // The text of a balance line ("notDue", "overdue", …) as shown.
    QString balanceText(const QString &name) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createDetails();
    QWidget *createBalance();
    QWidget *createHistory();
    QWidget *createNotes();
    QWidget *createClaims();
    void load();
    void clear(const QString &message);
    void showDetails(const rsk::CustomerDetails &c);
    void showBalance(const rsk::CustomerBalance &b);
    void showHistory(const QList<rsk::AddressRecord> &history);
    void showNotes();
    void showClaims();
    void saveStop();
    void undo();
    void stopEdited();
    void toggleAllClaims();
    void addNote();
    void openClaim();
    void toggleProtectedIdentity();
    void setMessage(const QString &message, bool error = false);

    rsk::Database *m_ledger = nullptr;
    std::optional<rsk::CustomerDetails> m_customer;
    bool m_openOnly = true;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QHash<QString, QLabel *> m_fields;  // contact details by name
    QHash<QString, QLabel *> m_balance; // balance lines by name
    QLabel *m_interestNote = nullptr;
    QCheckBox *m_reminderStop = nullptr;
    QCheckBox *m_collectionStop = nullptr;
    QLabel *m_stopChanged = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_historyNote = nullptr;
    QListWidget *m_notes = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QTableView *m_claims = nullptr;
    ReportTableModel *m_claimsModel = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rsk::ui
