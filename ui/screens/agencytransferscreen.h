#pragma once

#include "dunning/agencytransfer.h"
#include "screens/runscreen.h"

class QCheckBox;
class QLineEdit;

namespace rsk::ui {

// Överföring till inkasso / Kundfordringar till extern inkassohantering
// (handbook 7.19, 7.20). The selection of the handbook: överföringsdatum
// (today), företag fr.o.m.–t.o.m. (the session's), rutin, fakturanummer,
// förvaltning/avdelning, personnummer, and "Nollställ fordringarna".
//  Enter/F8 Kontrollista: every claim the transfer would send now (basis,
//    days, balance, what is written off and what the agency collects, the
//    zeroing), the claims that stay and why, totals; changes nothing. F16
//    prints it, Ctrl+E/Ctrl+Skift+E export it.
//  F10 Överför: asks for the file (.csv or .xlsx), asks with the counts and
//    amounts, runs (one unit of work; the file is written before the ledger
//    is committed) and shows the transfer: number, file, booking orders.
// The settings, the agency and the correction file are on Extern
// inkassohantering (AgencySettingsScreen).
class AgencyTransferScreen : public RunScreen<AgencyTransferResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.collection";
    static constexpr char kListCommand[] = "agencyTransfer.list";
    static constexpr char kRunCommand[] = "agencyTransfer.run";

    explicit AgencyTransferScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Where F10 writes the file. Empty (default): a save dialog; set: this
    // path, no dialog (tests).
    void setOutputPath(const QString &path) { m_outputPath = path; }
    static QString suggestedFileName(const QDate &date);

protected:
    AgencyTransferResult planList() override;
    ReportTable listTable(const AgencyTransferResult &result) const override;
    QString listNote(const AgencyTransferResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    AgencySelection selection();
    void transfer();
    QString askForFile(const QDate &date);
    void showResult(const AgencyTransferResult &result);

    QLineEdit *m_date = nullptr;
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_departmentFrom = nullptr;
    QLineEdit *m_departmentTo = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QCheckBox *m_zero = nullptr;
    QString m_outputPath;
};

} // namespace rsk::ui
