#pragma once

#include "ledger/invoiceimport.h"
#include "screens/screen.h"

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Importera fakturor (UI.md, Fakturor menu; CLI.md "Invoice CSV"): claims
// made elsewhere (a billing system's CSV with ';', or JSON) come into the
// ledger, all or nothing, as `reskontra-cli import invoices` does.
//  Enter (in the file field) Kontrollera: reads the file and checks every
//    line against the ledger; lists each bad line ("rad 4: id_number: …")
//    or the invoices that would be registered, with their count and sum.
//    Changes nothing.
//  F4 Välj fil: a file dialog.
//  F10 Importera: checks the file again as it is now and, when it is good,
//    asks with the count and the sum, then registers every invoice in one
//    unit of work (one approved batch per company). Supervisors only; a
//    line of a company the user may not change is a bad line.
class InvoiceImportScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.import";
    static constexpr char kChooseFileCommand[] = "invoiceImport.chooseFile";
    static constexpr char kImportCommand[] = "invoiceImport.import";

    enum Column { Line, Company, Invoice, IdNumber, Name, InvoiceDate, DueDate, Amount,
                  ColumnCount };

    explicit InvoiceImportScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void check();
    void import();
    // Reads and checks the file named in the field; nullopt (with the reason
    // shown) when there is no ledger or the file cannot be read.
    std::optional<InvoiceImportResult> runFile(bool dryRun);
    void showResult(const InvoiceImportResult &result, const QString &fileName);
    void clearResult();
    void setStatus(const QString &text);

    rsk::Database *m_ledger = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_errors = nullptr;
    QTableWidget *m_invoices = nullptr;
    InvoiceFile m_lastFile;
};

} // namespace rsk::ui
