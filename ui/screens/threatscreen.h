#pragma once

#include "dunning/threatrun.h"
#include "screens/runscreen.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rsk {
class ThreatLetterDocument;
}

namespace rsk::ui {

// Utskrift hot om betalningsföreläggande (handbook 7.16). The selection of
// the handbook: körningsdatum (today), företag fr.o.m.–t.o.m. (the
// session's), rutin and fakturanummer fr.o.m.–t.o.m., antal dagar sedan
// inkassokrav and textnummer (both required; the texts that exist are
// shown), and "Upplupen dröjsmålsränta" (Space ticks it).
//  Enter/F8 Kontrollista: every claim that would get a threat now (to pay,
//    accrued interest, pay-by date, held for manual handling) and the claims
//    a dunning code stops; changes nothing. F16 prints it, Ctrl+E/Ctrl+Skift+E
//    export it.
//  F9 Förhandsgranska brev: the letters, in a preview.
//  F10 Kör: asks with the counts, asks where the PDF goes, stamps the claims
//    and writes the letters in one go (a PDF that cannot be written stamps
//    nothing), offers to print, and shows what was done. A refused selection
//    shows the reason at its field and changes nothing.
class ThreatScreen : public RunScreen<ThreatRunResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.threat";
    static constexpr char kListCommand[] = "threat.list";
    static constexpr char kPreviewCommand[] = "threat.preview";
    static constexpr char kRunCommand[] = "threat.run";

    explicit ThreatScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How letters are shown and printed (tests replace them).
    using LetterOutput = std::function<void(const ThreatLetterDocument &document)>;
    void setPreviewer(LetterOutput previewer) { m_previewer = std::move(previewer); }
    void setPrinter(LetterOutput printer) { m_printer = std::move(printer); }

    // Where the PDF goes. Empty (default): a save dialog in the user's
    // documents folder; set: written there under the suggested name.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedPdfName(const QDate &runDate);

    QString lastPdfPath() const { return m_lastPdf; }

protected:
    ThreatRunResult planList() override;
    ReportTable listTable(const ThreatRunResult &result) const override;
    QString listNote(const ThreatRunResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    // The fields as a selection; throws LedgerError (reason at the field).
    ThreatSelection selection();
    int numberField(QLineEdit *field, const QString &label);
    void showTexts();
    void previewLetters();
    void runThreats();
    void showResult(const ThreatRunResult &result, const QString &pdf);

    QLineEdit *m_runDate = nullptr;
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_days = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_texts = nullptr;
    QCheckBox *m_interest = nullptr;

    LetterOutput m_previewer;
    LetterOutput m_printer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
