#pragma once

#include "ledger/replacementinvoice.h"
#include "screens/screen.h"

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
class ReplacementInvoiceDocument;
}

namespace rsk::ui {

// Ersättningsfaktura (handbook 6.3), from the menu or from the claim (F18):
// company and invoice number (Enter shows the claim: receiver, invoice date,
// due date, amount and what is left to pay, replacement invoices sent
// before). Uppgifter ut på fakturan: Ny handläggare (≤ 30), "Ursprungligt
// framställningsdatum" (else today's date). Gjorda inbetalningar
// (kreditering mm): every transaction that changed the balance with its
// method in clear text, registration date and amount, and the text to print
// — the remark at first (or the text printed last time); typing on a row
// edits it, an empty text prints only the amount. F16 shows the invoice in a
// print preview; printed from there (or F8, written to a PDF) it is recorded
// as sent (ReplacementInvoices::record). A passed due date is said beside
// the claim: change it first on the claim (F5), as the handbook says.
class ReplacementInvoiceScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.replacement";
    static constexpr char kPdfCommand[] = "replacementInvoice.pdf";
    static constexpr char kPrintCommand[] = "replacementInvoice.print";

    enum Column { Method, Registered, TransactionDate, Amount, Text, ColumnCount };

    explicit ReplacementInvoiceScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Shows the claim (company and number as typed: "1", "10000001").
    Q_INVOKABLE void showClaim(const QString &company, const QString &invoiceNumber);

    // How F16 shows the invoice: a print preview by default, true when it
    // was printed from there; tests catch the document and say.
    using Output = std::function<bool(const rsk::ReplacementInvoiceDocument &)>;
    void setPreviewer(Output previewer) { m_previewer = std::move(previewer); }
    // Where F8 writes the PDF: a save dialog by default; set, that folder.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    QString lastPdfPath() const { return m_lastPdf; }

    std::optional<rsk::ReplacementInvoiceDraft> shownDraft() const { return m_draft; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QString errorText() const;
    QString statusText() const;

private:
    QWidget *createClaimBox();
    QWidget *createOptionsBox();
    QWidget *createPaymentsBox();
    void load();
    void clearClaim();
    void showDraft();
    std::optional<rsk::ReplacementInvoice> make();
    void issue(bool toPdf);
    void setError(const QString &message, QWidget *field = nullptr);

    rsk::Database *m_ledger = nullptr;
    std::optional<rsk::ReplacementInvoiceDraft> m_draft;
    bool m_filling = false;

    QLineEdit *m_company = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_receiver = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_issued = nullptr;
    QLineEdit *m_handler = nullptr;
    QCheckBox *m_originalDate = nullptr;
    QTableWidget *m_payments = nullptr;
    QLabel *m_paymentsNote = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    Output m_previewer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
