#pragma once

#include "screens/reportscreen.h"

class QLineEdit;

namespace rsk::ui {

// Granskningslogg (Visa → Granskningslogg, issue 7): who changed what and
// when, with the old and the new value and the context, newest first. The
// selection: company and invoice number (one claim), user, date from–to,
// table and action (F4 lists users, tables, actions and companies); Enter
// lists. The log is read a page at a time from the ledger (AuditLogQuery),
// so a log of millions of rows opens at once. Enter on a row of a claim
// opens the claim. The log is only read here: there is no command that
// changes it (and the ledger refuses to, migration 018).
// The claim screen opens it for its claim (showClaim). Without a claim the
// whole log is a supervisor's; a clerk sees the log of a claim.
class AuditLogScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "view.auditLog";
    static constexpr char kListCommand[] = "auditLog.list";

    explicit AuditLogScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Lists the claim's rows (company and number as typed).
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber);

protected:
    std::unique_ptr<ReportPager> createReport() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void listAllowedValues();
    void openClaimOfRow();

    QLineEdit *m_company = nullptr;
    QLineEdit *m_invoice = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_table = nullptr;
    QLineEdit *m_action = nullptr;
};

} // namespace rsk::ui
