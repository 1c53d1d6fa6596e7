#pragma once

#include "dunning/interestinvoicing.h"
#include "screens/runscreen.h"

#include <functional>

class QLineEdit;

namespace rsk {
class InterestInvoiceDocument;
}

namespace rsk::ui {

// Räntefakturering (handbook 7.13). The selection of the handbook:
// fakturadatum (today), företag fr.o.m.–t.o.m. (the session's), rutin,
// fakturanummer, slutbetalningsdatum and förvaltning/avdelning
// fr.o.m.–t.o.m.; "Minsta ränta att fakturera" (whole kronor, required),
// "Minsta antal dagar" (one digit); on the invoices: förfallodag (proposed:
// fakturadatum + 10 days moved to a banking day, follows the date until the
// clerk changes it), handläggare (required) and a message of three lines.
//  Enter/F8 Kontrollista: each claim with its interest, the interest
//    already debited that is deducted, the interest invoice's number, and
//    what cannot be invoiced (no interest routine, number taken) and why;
//    changes nothing. F16 prints it, Ctrl+E/Ctrl+Skift+E export it.
//  F9 Förhandsgranska: the interest invoices in a print preview.
//  F10 Kör: asks with the count and the amount, runs (one unit of work),
//    writes the invoices to one PDF (rantefakturor-<datum>.pdf), offers to
//    print, and shows what it did: invoices, amount, booking order.
class InterestInvoicingScreen : public RunScreen<InterestInvoicingResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.interestInvoicing";
    static constexpr char kListCommand[] = "interestInvoicing.list";
    static constexpr char kPreviewCommand[] = "interestInvoicing.preview";
    static constexpr char kRunCommand[] = "interestInvoicing.run";

    explicit InterestInvoicingScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How invoices are shown and printed: by default a print preview and a
    // print dialog; tests replace them.
    using InvoiceOutput = std::function<void(const InterestInvoiceDocument &document)>;
    void setPreviewer(InvoiceOutput previewer) { m_previewer = std::move(previewer); }
    void setPrinter(InvoiceOutput printer) { m_printer = std::move(printer); }
    // Where the run's PDF goes: empty (default) a save dialog; set: there,
    // under suggestedPdfName, without a dialog.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedPdfName(const QDate &runDate);

    QString lastPdfPath() const { return m_lastPdf; }

protected:
    InterestInvoicingResult planList() override;
    ReportTable listTable(const InterestInvoicingResult &result) const override;
    QString listNote(const InterestInvoicingResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    // The fields as a selection; throws LedgerError (reason at the field)
    // when a field cannot be read.
    InterestInvoicingSelection selection();
    void proposeDueDate();
    void preview();
    void runInvoicing();
    QString writePdf(const InterestInvoicingResult &result, QString *error);

    QLineEdit *m_runDate = nullptr;
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
    QLineEdit *m_dueDate = nullptr;
    QLineEdit *m_handler = nullptr;
    QLineEdit *m_message[InterestInvoicingSelection::MessageLines] = {};
    bool m_dueDateEdited = false; // the clerk's own due date: not proposed over

    InvoiceOutput m_previewer;
    InvoiceOutput m_printer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
