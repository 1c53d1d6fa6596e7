#pragma once

#include "ledger/companysettings.h"
#include "screens/screen.h"

#include <QHash>

class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Företagsuppgifter (handbook 9) for the session's company, on the
// handbook's pictures as tabs: Företagsuppgifter (name, address, phone,
// e-mail, web, org.nr, VAT number, bankgiro, plusgiro; BIC and IBAN for
// payments from abroad), Kontoplansuppbyggnad (per part its name, length and
// "obligatorisk" X), Fordringskonton och blanketter (per routine its
// receivable account, form type, days to due date and invoice printer; per
// other document its form type and printer) and Bokföringskopplingar (the
// company's accounts of the booking run). Enter saves everything in one
// unit of work; every refused value is marked at its field (a table cell is
// coloured) and the first gets the focus, on its tab. F4 lists the form
// types or the installed printers for the cell, F7 undoes, F10 goes to the
// next tab, F11/F12/F13/F14 to a tab.
class CompanySettingsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.company";
    static constexpr char kValuesCommand[] = "company.values";
    static constexpr char kUndoCommand[] = "company.undo";
    static constexpr char kNextTabCommand[] = "company.nextTab";
    static constexpr char kCompanyTabCommand[] = "company.companyTab";
    static constexpr char kPlanTabCommand[] = "company.planTab";
    static constexpr char kRoutinesTabCommand[] = "company.routinesTab";
    static constexpr char kLinksTabCommand[] = "company.linksTab";

    enum Tab { CompanyTab, PlanTab, RoutinesTab, LinksTab };
    enum PartColumn { PartName, PartLength, PartRequired, PartColumnCount };
    enum RoutineColumn {
        RoutineCode, RoutineName, RoutineReceivable, RoutineFormType, RoutineDueDays,
        RoutinePrinter, RoutineColumnCount
    };
    enum DocumentColumn { DocumentName, DocumentFormType, DocumentPrinter, DocumentColumnCount };
    enum LinkColumn { LinkName, LinkAccount, LinkDefault, LinkColumnCount };

    explicit CompanySettingsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    // The printers F4 offers; QPrinterInfo's by default (tests set their own).
    static void setPrinterNamesForTesting(const QStringList &names);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // companysettingstabs.cpp: the tabs' widgets and moving a setup in and out.
    QWidget *createCompanyTab();
    QWidget *createPlanTab();
    QWidget *createRoutinesTab();
    QWidget *createLinksTab();
    void showSetup(const CompanySetup &setup);
    CompanySetup formSetup() const;
    void updatePlanSummary();

    void load();
    void save();
    void showValues();
    void clearMarks();
    void markProblems(const QList<FieldProblem> &problems);
    void goToTab(int tab);

    rsk::Database *m_ledger = nullptr;
    CompanySetup m_loaded;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_company = nullptr;
    QHash<QString, QLineEdit *> m_edits; // company field key -> its edit
    QTableWidget *m_parts = nullptr;
    QLabel *m_planSummary = nullptr;
    QTableWidget *m_routines = nullptr;
    QTableWidget *m_documents = nullptr;
    QTableWidget *m_links = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace rsk::ui
