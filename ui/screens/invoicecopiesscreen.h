#pragma once

#include "ledger/invoicecopy.h"
#include "screens/screen.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
class InvoiceCopyDocument;
}

namespace rsk::ui {

// Fakturakopior (handbook 6.2): copies of invoices already sent, "antingen
// på enstaka fakturor eller på ett intervall av fakturor", one routine at a
// time. Urval: company (the chosen one; F4 lists), invoice number from
// (required) – to (empty: only that one; the same routine). Uppgifter ut
// på fakturan: Ny handläggare (≤ 30), "Kopia skrivs på fakturan",
// "Ursprungligt framställningsdatum" (else today's date). Enter in a field
// lists the claims the selection takes; F16 shows their copies in a print
// preview (printer or PDF printer), F8 writes them to a PDF. Each copy is
// the claim's invoice copy (render/invoicecopydocument.h) with its current
// due date and receiver ("Vill man att förfallodagen skall ändras görs
// detta först i reskontran"). The ledger knows no autogiro invoices, so
// every copy has the OCR line and slip (the handbook's autogiro choice).
class InvoiceCopiesScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.copies";
    static constexpr char kListCommand[] = "invoiceCopies.list";
    static constexpr char kPdfCommand[] = "invoiceCopies.pdf";
    static constexpr char kPrintCommand[] = "invoiceCopies.print";

    enum Column { Number, Name, InvoiceDate, DueDate, Amount, Balance, ColumnCount };

    explicit InvoiceCopiesScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // "Sker val från delrutinen Sök faktura är faktura nummer ifyllt med
    // aktuell faktura": fills in company and number and lists the claim.
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber);

    // How F16 shows the copies: a print preview by default; tests catch them.
    using CopiesOutput = std::function<void(const rsk::InvoiceCopyDocument &)>;
    void setPreviewer(CopiesOutput previewer) { m_previewer = std::move(previewer); }
    // Where F8 writes the PDF: a save dialog by default; set, that folder.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    QString lastPdfPath() const { return m_lastPdf; }

    // Enter: lists the claims of the selection; false (the reason beside
    // the form, the cursor in the field) when refused or none.
    bool list();
    QString errorText() const;
    QString statusText() const;

private:
    QWidget *createForm();
    std::optional<rsk::InvoiceCopySelection> selection();
    QList<rsk::InvoiceCopy> copies();
    void preview();
    void writePdf();
    void listCompanies();
    void setError(const QString &message, QWidget *field = nullptr);

    rsk::Database *m_ledger = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_handler = nullptr;
    QCheckBox *m_markCopy = nullptr;
    QCheckBox *m_originalDate = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    CopiesOutput m_previewer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
