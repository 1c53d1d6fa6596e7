#pragma once

#include "dunning/paymentplan.h"
#include "screens/screen.h"

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Utskrift av amorteringsplan (handbook 7.18) on five tabs:
//  Fakturor (F11): up to 24 claims, Ftg + fakturanummer; Enter (Kontroll)
//    checks them and shows each one's debt and accrued interest, and fills
//    the debtor from the first claim.
//  Övriga fordringar (F12): text, skuld, FF-dag or ränta; a fee has text and
//    skuld only.
//  Komplettering/utskrift (F13): kompletterande text (5 lines), första
//    betalningsdag, sista i varje månad, månadsbelopp, i .. månader,
//    därefter, aviseringsavgift (with a reason above 170 kr), ej ränta;
//    Enter or F15 computes the plan and shows the total debt, the interest
//    and the full schedule.
//  Gäldenär (F8) and Borgenär (F9): the debtor (from the first claim,
//    editable, two debtors) and the creditor (saved with the first plan).
// F10 goes to the next tab. F14 previews the plan (nothing saved). F16
// saves it (the claims are stamped with the plan date, get the configured
// kravkod and the watch text; the plan is recorded) and shows it for
// printing. The core (PaymentPlanService) checks everything; a problem is
// shown on its tab and the field gets focus.
class PaymentPlanScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.paymentPlan";
    static constexpr char kNextTabCommand[] = "paymentPlan.nextTab";
    static constexpr char kClaimsTabCommand[] = "paymentPlan.claimsTab";
    static constexpr char kOthersTabCommand[] = "paymentPlan.othersTab";
    static constexpr char kTermsTabCommand[] = "paymentPlan.termsTab";
    static constexpr char kDebtorTabCommand[] = "paymentPlan.debtorTab";
    static constexpr char kCreditorTabCommand[] = "paymentPlan.creditorTab";
    static constexpr char kComputeCommand[] = "paymentPlan.compute";
    static constexpr char kPreviewCommand[] = "paymentPlan.preview";
    static constexpr char kPrintCommand[] = "paymentPlan.print";

    enum Tab { ClaimsTab, OthersTab, TermsTab, DebtorTab, CreditorTab };
    enum ClaimColumn {
        CompanyColumn,
        InvoiceColumn,
        NameColumn,
        DebtColumn,
        InterestColumn,
        NoteColumn
    };
    enum OtherColumn { TextColumn, DebtOtherColumn, DueColumn, GivenInterestColumn };

    explicit PaymentPlanScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How a plan is shown: by default a QPrintPreviewDialog (printer or
    // PDF). `saved`: the plan was committed (F16), else a preview (F14).
    using PlanOutput = std::function<void(const PaymentPlan &plan, bool saved)>;
    void setPlanOutput(PlanOutput output) { m_output = std::move(output); }
    static void showPrintPreview(const PaymentPlan &plan, QWidget *parent);

    Tab currentTab() const;
    const std::optional<PaymentPlan> &lastPlan() const { return m_plan; }

private:
    QWidget *createClaimsTab();
    QWidget *createOthersTab();
    QWidget *createTermsTab();
    QWidget *createDebtorTab();
    QWidget *createCreditorTab();
    QLabel *errorLabel(const QString &objectName, QWidget *parent);
    QLineEdit *lineEdit(const QString &objectName, int maxLength, QWidget *parent);
    void goToTab(int tab);
    void commitEditors();
    void clearErrors();

    void check();   // Kontroll
    void compute(); // F15 / Enter on the terms tab
    void preview(); // F14
    void save();    // F16

    // The request as typed; nullopt when a field cannot be read (the reason
    // is shown at the field).
    std::optional<PaymentPlanRequest> readRequest();
    // Shows the core's problems on their tabs; false when there were none.
    bool showProblems(const QList<PaymentPlanProblem> &problems);
    void showFieldError(Tab tab, QWidget *field, const QString &message);
    void showPlan(const PaymentPlan &plan);
    void fillDebtor(const PaymentPlanDebtor &debtor);
    void fillCreditor(const PaymentPlanCreditor &creditor);
    QString cell(QTableWidget *table, int row, int column) const;
    void setCell(QTableWidget *table, int row, int column, const QString &text, bool readOnly,
                 bool number = false);

    rsk::Database *m_ledger = nullptr;
    PlanOutput m_output;
    std::optional<PaymentPlan> m_plan;
    bool m_addressWithheld = false;

    QTabWidget *m_tabs = nullptr;
    QList<QLabel *> m_tabErrors; // one per tab
    QLabel *m_status = nullptr;
    QTableWidget *m_claims = nullptr;
    QTableWidget *m_others = nullptr;
    QList<QLineEdit *> m_texts;
    QLineEdit *m_firstDate = nullptr;
    QCheckBox *m_lastOfMonth = nullptr;
    QLineEdit *m_monthly = nullptr;
    QLineEdit *m_months = nullptr;
    QLineEdit *m_then = nullptr;
    QLineEdit *m_noticeFee = nullptr;
    QLineEdit *m_noticeReason = nullptr;
    QCheckBox *m_noInterest = nullptr;
    QLabel *m_totals = nullptr;
    QTableWidget *m_schedule = nullptr;
    // Gäldenär: name, id, name2, id2, co, address, postal code, city.
    QList<QLineEdit *> m_debtor;
    // Borgenär: org.nr, name, address, postal code, city, phone, plusgiro, bankgiro.
    QList<QLineEdit *> m_creditor;
};

} // namespace rsk::ui
