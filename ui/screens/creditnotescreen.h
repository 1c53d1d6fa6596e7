#pragma once

#include "payments/creditnote.h"
#include "screens/screen.h"

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Kreditfakturor/annulleringar (handbook 4.5), three pictures as in the handbook:
//  1 Fakturaval: transaction date (ÅÅMMDD), method, invoice number, remark;
//    Enter shows the claim's lines.
//  2 Fakturarader: the lines with reversed signs, text/amount/account
//    editable (F8 new line, F6 delete line, F7 undo); F5 "Fakturan klar".
//  3 Utskrift: handler; F10 Kreditfaktura, F11 Annulleringsbesked, F9 without
//    paper — each credits the claim at once (core CreditNoteService).
// F3 goes back to picture 1 without saving, as the handbook's "Fakturaval/F3".
// The date and method stay for the next claim (as in 4.1). A document is
// shown in a print preview (printer or PDF); F16 prints the last one again.
class CreditNoteScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.credits";
    static constexpr char kLinesDoneCommand[] = "credits.linesDone";
    static constexpr char kDeleteLineCommand[] = "credits.deleteLine";
    static constexpr char kUndoCommand[] = "credits.undo";
    static constexpr char kNewLineCommand[] = "credits.newLine";
    static constexpr char kNoDocumentCommand[] = "credits.noDocument";
    static constexpr char kCreditInvoiceCommand[] = "credits.creditInvoice";
    static constexpr char kAnnulmentCommand[] = "credits.annulmentNotice";
    static constexpr char kPrintCommand[] = "credits.print";

    enum Page { SelectPage, LinesPage, PrintPage };
    enum LineColumn { TextColumn, AmountColumn, AccountColumn };

    explicit CreditNoteScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    // How a finished document is shown: by default a QPrintPreviewDialog
    // (printer or PDF). Tests replace it to look at the document instead.
    using DocumentPrinter = std::function<void(const CreditDocument &)>;
    void setDocumentPrinter(DocumentPrinter printer) { m_printer = std::move(printer); }
    // `printer`: the company's printer for the document kind ("" = default).
    static void showPrintPreview(const CreditDocument &document, QWidget *parent,
                                 const QString &printer = QString());

    Page page() const;

protected:
    void back() override;

private:
    QWidget *createSelectPage();
    QWidget *createLinesPage();
    QWidget *createPrintPage();
    QLabel *errorLabel(const QString &objectName);
    void setPage(Page page);
    void updateActions();
    void refreshMethodHint();
    void submitHeader();
    void fillLines(const QList<InvoiceLine> &lines);
    // The table's lines; nullopt with the row and reason of the first bad amount.
    std::optional<QList<InvoiceLine>> tableLines(int *badRow = nullptr, QString *why = nullptr);
    void commitTableEditor();
    void lineEdited(QTableWidgetItem *item);
    void updateTotal();
    void linesDone();
    void newLine();
    void deleteLine();
    void undoLines();
    void execute(CreditDocumentKind kind);
    void printLast();

    rsk::Database *m_ledger = nullptr;
    DocumentPrinter m_printer;
    std::optional<CreditProposal> m_proposal;
    std::optional<CreditDocument> m_lastDocument;
    bool m_filling = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_company = nullptr;
    QLineEdit *m_date = nullptr;
    QLineEdit *m_method = nullptr;
    QLineEdit *m_invoice = nullptr;
    QLineEdit *m_remark = nullptr;
    QLabel *m_dateError = nullptr;
    QLabel *m_methodError = nullptr;
    QLabel *m_invoiceError = nullptr;
    QLabel *m_remarkError = nullptr;
    QLabel *m_methodHint = nullptr;
    QLabel *m_status = nullptr;

    QLabel *m_claimSummary = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_linesError = nullptr;

    QLabel *m_printSummary = nullptr;
    QLineEdit *m_handler = nullptr;
    QLabel *m_printError = nullptr;
};

} // namespace rsk::ui
