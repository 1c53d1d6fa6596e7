#pragma once

#include "screens/screen.h"

#include "reports/savedprints.h"

#include <QByteArray>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Visa > Sparade utskrifter (handbook 9.1: "Genom funktionen sparade
// utskrifter kan tidigare gjorda utskrifter skrivas ut på nytt"; p. 14:
// "kundreskontrans listor som är satt att sparas ett visst antal dagar
// efter utskrift"). The prints the update runs kept (core/reports/
// savedprints.h), newest first, of the companies the user may see:
// sparad, slag, företag, titel, sidor, av, sparas t.o.m.
//  Selection: företag and slag (F4 lists both), datum fr.o.m.–t.o.m.;
//    Enter in a field lists again.
//  Enter on a row or F16: the stored PDF in a print preview, page by page,
//    and printed from there (ui/print/documentpreview.h).
//  F9 Spara som: the stored PDF, byte for byte, to a file the clerk chooses.
//  F6 Ta bort: after a question that names it (a supervisor's; audited).
//  F8 Inställningar: how many days each kind is kept (an administrator's);
//    the days are shown under the list for everyone.
class SavedPrintsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "view.savedPrints";
    static constexpr char kValuesCommand[] = "savedPrints.values";
    static constexpr char kPreviewCommand[] = "savedPrints.preview";
    static constexpr char kSaveAsCommand[] = "savedPrints.saveAs";
    static constexpr char kDeleteCommand[] = "savedPrints.delete";
    static constexpr char kSettingsCommand[] = "savedPrints.settings";
    static constexpr char kRefreshCommand[] = "savedPrints.refresh";

    enum Column { Saved, Kind, Company, Title, Pages, By, KeepUntil, ColumnCount };

    explicit SavedPrintsScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Where F9 writes: empty (default) a save dialog in the documents
    // folder; set (tests): there, under the suggested name, without asking.
    void setOutputDirectory(const QString &dir) { m_outputDir = dir; }
    static QString suggestedFileName(const SavedPrintInfo &print);

    QList<SavedPrintInfo> shown() const { return m_prints; }
    QString errorText() const;
    QString statusText() const;
    QString lastSavedPath() const { return m_lastSaved; }
    void reload();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const SavedPrintInfo *current() const;
    // The chosen print and its PDF; nullopt (with the reason shown) when no
    // row is chosen or the print cannot be read.
    std::optional<std::pair<SavedPrintInfo, QByteArray>> selectedPdf(const QString &noneChosen);
    void listAllowedValues();
    void preview();
    void saveAs();
    void removeCurrent();
    void editSettings();
    void showSettings();
    void setError(const QString &message, QWidget *field = nullptr);

    rsk::Database *m_ledger = nullptr;
    QList<SavedPrintInfo> m_prints;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_kind = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_settings = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QString m_outputDir;
    QString m_lastSaved;
};

} // namespace rsk::ui
