#pragma once

#include "screens/reportscreen.h"

class QLabel;
class QLineEdit;

namespace rsk::ui {

// Utskrift av ej debiterade räntor och avgifter (handbook 7.14): the
// selection of the handbook — company, routine, invoice number, final-paid
// date and department from–tom, minimum interest (whole kronor, 3 digits)
// and minimum days after the due date — all optional; the kravparametrar's
// minimums (7.2) apply as well and are shown next to the fields. Enter shows
// the list (core/dunning/unbilledinterest.h) with a subtotal per company;
// F16 prints it with a preview, Ctrl+E / Ctrl+Skift+E export; F4 lists the
// companies. The list changes nothing in the ledger.
class UnbilledInterestScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.unbilledInterest";
    static constexpr char kListCommand[] = "unbilledInterest.list";

    explicit UnbilledInterestScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // The warnings of the list shown (UNVERIFIED reference rates), or empty.
    QString warningText() const;

protected:
    std::unique_ptr<ReportPager> createReport() override;
    void reportShown() override;

private:
    void listAllowedValues();

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_paidFrom = nullptr;
    QLineEdit *m_paidTo = nullptr;
    QLineEdit *m_departmentFrom = nullptr;
    QLineEdit *m_departmentTo = nullptr;
    QLineEdit *m_minimumInterest = nullptr;
    QLineEdit *m_minimumDays = nullptr;
    QLabel *m_warning = nullptr;
    QStringList m_warnings; // of the last list built
};

} // namespace rsk::ui
