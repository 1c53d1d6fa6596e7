#pragma once

#include "dunning/paymentorder.h"
#include "screens/screen.h"

#include <QHash>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTabWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Betalningsföreläggande (handbook 7.17): one debtor's application at a
// time, on the handbook's tabs:
//  Fakturor 1 (F11) and Fakturor 2 (F12): eight claims each (company,
//    invoice number, "avser"), with the capital, due date and interest
//    computed beside each row; tab 1 also holds the interest alternative,
//    rate and ground, and the special information. The person number is
//    checked when it is typed (check digit); blank = from the claims.
//  Kostnader (F13 = Skift+F1): costs in the case and collection costs,
//    whole kronor; a reason for amounts above the statutory maximums.
//  Utskrift: handräckning/panträtt and verkställighet, and the computed
//    application (totals, interest).
//  Sökandeuppgifter (F18 = Skift+F6): applicant, receiving Kronofogden
//    office (from the register, editable), agent, the application fee and
//    how it is paid; Ctrl+S saves them for the company (print saves too).
// Enter/F8 computes and shows every problem (the first field gets the
// focus); F9 previews the application; F16 asks, prints (stamps the claims,
// sets the watch text and kravkod, records the application), writes the PDF
// and the XML and shows the result; Ctrl+E writes the XML of the last
// printed application again. F10 goes to the next tab.
class PaymentOrderScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.paymentOrder";
    static constexpr char kComputeCommand[] = "paymentOrder.compute";
    static constexpr char kPreviewCommand[] = "paymentOrder.preview";
    static constexpr char kNextTabCommand[] = "paymentOrder.nextTab";
    static constexpr char kClaims1Command[] = "paymentOrder.claims1";
    static constexpr char kClaims2Command[] = "paymentOrder.claims2";
    static constexpr char kCostsCommand[] = "paymentOrder.costs";
    static constexpr char kPrintCommand[] = "paymentOrder.print";
    static constexpr char kApplicantCommand[] = "paymentOrder.applicant";
    static constexpr char kSaveApplicantCommand[] = "paymentOrder.saveApplicant";
    static constexpr char kExportCommand[] = "paymentOrder.exportXml";

    enum Tab { Claims1Tab, Claims2Tab, CostsTab, PrintTab, ApplicantTab };

    explicit PaymentOrderScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How an application is shown (F9) and printed (after F16): by default a
    // print preview; tests replace them to look at the application.
    using DocumentOutput = std::function<void(const PaymentOrder &)>;
    void setPreviewer(DocumentOutput previewer) { m_previewer = std::move(previewer); }
    void setPrinter(DocumentOutput printer) { m_printer = std::move(printer); }
    // Where the PDF and XML go. Empty (default): a save dialog; set: written
    // there under the suggested names, no dialog.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedName(qint64 id, const QDate &date, const QString &suffix);

    const PaymentOrder *lastPrinted() const { return m_lastPrinted ? &*m_lastPrinted : nullptr; }
    QString lastPdfPath() const { return m_lastPdf; }
    QString lastXmlPath() const { return m_lastXml; }
    int currentTab() const;
    QString problemText() const;
    QString resultText() const;

private:
    struct ClaimRow
    {
        QLineEdit *company = nullptr;
        QLineEdit *invoice = nullptr;
        QLineEdit *concerns = nullptr;
        QLabel *due = nullptr;
        QLabel *capital = nullptr;
        QLabel *interest = nullptr;
    };

    // paymentorderscreenforms.cpp: the tabs and the form <-> application.
    QWidget *createClaimsTab(int firstRow);
    QWidget *createCostsTab();
    QWidget *createPrintTab();
    QWidget *createApplicantTab();
    QLineEdit *edit(const char *name, int maxLength, QWidget *parent, int widthChars = 0);
    PaymentOrderApplication application() const;
    PaymentOrderApplicant applicantData() const;
    void showApplicant(const PaymentOrderApplicant &a);
    void officeChosen(int index);

    // paymentorderscreen.cpp
    void goToTab(int tab);
    void checkIdNumber();
    // Computes and shows the result and the problems; the problems.
    QList<PaymentOrderProblem> compute();
    void showComputed(const PaymentOrder &order);
    void showProblems(const QList<PaymentOrderProblem> &problems);
    QWidget *fieldFor(const PaymentOrderProblem &problem) const;
    void clearProblems();
    void preview();
    void printApplication();
    void saveApplicant();
    void exportXml();
    QString outputPath(const QString &name, const QString &filter, const QString &title);

    rsk::Database *m_ledger = nullptr;
    DocumentOutput m_previewer;
    DocumentOutput m_printer;
    QString m_outputDir;
    std::optional<PaymentOrder> m_lastPrinted;
    QString m_lastPdf;
    QString m_lastXml;
    QString m_company;
    QList<QWidget *> m_marked;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_companyLabel = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idError = nullptr;
    QLabel *m_debtor = nullptr;
    QLineEdit *m_interest = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_ground = nullptr;
    QLineEdit *m_special = nullptr;
    QList<ClaimRow> m_rows;
    QHash<QString, QLineEdit *> m_costs; // by PaymentOrderCostLine::key
    QLineEdit *m_otherCostName = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_costSums = nullptr;
    QCheckBox *m_assistance = nullptr;
    QCheckBox *m_pledge = nullptr;
    QRadioButton *m_limited = nullptr;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_noEnforcement = nullptr;
    QCheckBox *m_realEstate = nullptr;
    QLabel *m_summary = nullptr;
    QList<QLineEdit *> m_applicantLines;
    QLineEdit *m_orgNr = nullptr;
    QComboBox *m_office = nullptr;
    QList<QLineEdit *> m_officeLines;
    QList<QLineEdit *> m_agentLines;
    QLineEdit *m_fee = nullptr;
    QLineEdit *m_feePlusgiro = nullptr;
    QCheckBox *m_feeEnclosed = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace rsk::ui
