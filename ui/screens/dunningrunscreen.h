#pragma once

#include "dunning/dunningrun.h"
#include "screens/runscreen.h"

#include <functional>

class QLineEdit;

namespace rsk {
class DunningLetterDocument;
}

namespace rsk::ui {

// Påminnelser/inkassokrav/restkrav (handbook 7.11). The selection of the
// handbook: körningsdatum (today), företag fr.o.m.–t.o.m. (the session's),
// rutin, fakturanummer and förvaltning/avdelning fr.o.m.–t.o.m., and
// "Påminnelse/kravavgift inte på fordringar under" whole kronor.
//  Enter/F8 Kontrollista: every claim the run would take now (step, fee,
//    interest, to pay, pay by, held for manual handling), the claims whose
//    step a dunning code stops, and totals per step; changes nothing. F16
//    prints it, Ctrl+E/Ctrl+Skift+E export it (as the payment lists).
//  F9 Förhandsgranska brev: the letters the run would print, in a preview.
//  F10 Kör: asks with the counts and amounts, runs (one unit of work), writes
//    the letters to one PDF (kravkorning-<nr>-<datum>.pdf), records it with
//    the run, offers to print, and shows what the run did: letters per step,
//    held letters, fees and interest debited, booking order numbers. A
//    refused selection shows the reason at its field and changes nothing.
class DunningRunScreen : public RunScreen<DunningRunResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.letters";
    static constexpr char kListCommand[] = "dunningRun.list";
    static constexpr char kPreviewCommand[] = "dunningRun.preview";
    static constexpr char kRunCommand[] = "dunningRun.run";

    explicit DunningRunScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How letters are shown and printed. By default a QPrintPreviewDialog
    // (printer or PDF) and a QPrintDialog; tests replace them to look at the
    // letters instead.
    using LetterOutput = std::function<void(const DunningLetterDocument &document)>;
    void setPreviewer(LetterOutput previewer) { m_previewer = std::move(previewer); }
    void setPrinter(LetterOutput printer) { m_printer = std::move(printer); }
    // `printerName`: the company's printer for the letters ("" = default).
    static void showLetterPreview(const DunningLetterDocument &document, const QString &title,
                                  QWidget *parent, const QString &printerName = QString());
    static void printLetters(const DunningLetterDocument &document, const QString &title,
                             QWidget *parent);

    // Where the run's PDF goes. Empty (default): a save dialog in the user's
    // documents folder; set: written there under the suggested name, no dialog.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedPdfName(qint64 runId, const QDate &runDate);

    // The last run's PDF ("" = not written).
    QString lastPdfPath() const { return m_lastPdf; }

protected:
    DunningRunResult planList() override;
    ReportTable listTable(const DunningRunResult &result) const override;
    QString listNote(const DunningRunResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    // The fields as a selection; throws LedgerError (reason at the field)
    // when a field cannot be read.
    DunningSelection selection();
    void previewLetters();
    void runLetters();
    // Asks where (or uses the output directory), writes the letters and
    // records the file with the run; the path, or "" with *error set.
    QString writePdf(const DunningRunResult &result, QString *error);
    void showResult(const DunningRunResult &result, const QString &pdf, const QString &pdfError);

    QLineEdit *m_runDate = nullptr;
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_departmentFrom = nullptr;
    QLineEdit *m_departmentTo = nullptr;
    QLineEdit *m_noFeeBelow = nullptr;

    LetterOutput m_previewer;
    LetterOutput m_printer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
