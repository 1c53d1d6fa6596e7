#pragma once

#include "dunning/dunningrun.h"
#include "screens/screen.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
class DunningLetterDocument;
}

namespace rsk::ui {

// Kopior av påminnelser/inkassokrav/restkrav (handbook 7.12), and the run
// history it works on. Above, every dunning run (date, who, letters, held,
// fees and interest debited, the PDF, undone); F6 undoes the selected run
// when nothing has happened to its claims since (the reason otherwise),
// after a question. Below, the copies of 7.12: fakturanummer fr.o.m.–t.o.m.,
// framställningsdatum, påminnelse 1 eller 2 / inkassokrav / restkrav, ny
// handläggare (≤ 30), "Kopia skrivs på brevet", "Ursprungligt
// framställningsdatum" (else today's), optionally only the selected run.
// Enter or F16 shows the copies in a print preview (printer or PDF), F8
// writes them to a PDF.
class DunningCopiesScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.copies";
    static constexpr char kPrintCommand[] = "dunningCopies.print";
    static constexpr char kPdfCommand[] = "dunningCopies.pdf";
    static constexpr char kUndoCommand[] = "dunningCopies.undoRun";

    enum Column { Number, RunDate, User, CreatedAt, Letters, Held, Fees, Interest, Output,
                  Undone, Summary, ColumnCount };

    explicit DunningCopiesScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // How copies are shown: by default a QPrintPreviewDialog; tests replace it.
    using LetterOutput = std::function<void(const DunningLetterDocument &document)>;
    void setPreviewer(LetterOutput previewer) { m_previewer = std::move(previewer); }
    // Where F8 writes the PDF. Empty (default): a save dialog in the user's
    // documents folder; set: written there under the suggested name.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    QString lastPdfPath() const { return m_lastPdf; }

    // The run of the selected row (0: none).
    qint64 selectedRun() const;
    void reload(qint64 selectRun = 0);

private:
    QWidget *createForm();
    // The copies the form asks for; empty with the reason shown when none or refused.
    QList<DunningLetter> copies();
    void preview();
    void writePdf();
    void undoRun();
    void setError(const QString &message, QWidget *field = nullptr);

    rsk::Database *m_ledger = nullptr;
    QList<DunningRunInfo> m_runs;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_letterDate = nullptr;
    QCheckBox *m_reminders = nullptr;
    QCheckBox *m_collection = nullptr;
    QCheckBox *m_residual = nullptr;
    QLineEdit *m_handler = nullptr;
    QCheckBox *m_markCopy = nullptr;
    QCheckBox *m_originalDate = nullptr;
    QCheckBox *m_onlyRun = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    LetterOutput m_previewer;
    QString m_outputDir;
    QString m_lastPdf;
};

} // namespace rsk::ui
