#pragma once

#include "dunning/agencysettings.h"
#include "screens/screen.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

class AgencyCorrectionsPanel;

// Extern inkassohantering (handbook 7.19 F7/F8/F9, 7.20; seed 003), three
// tabs:
//  F11 Inställningar: the settings per company and routine (the list on
//    top; the form below: basis and days, the payment methods that zero a
//    claim, dunning code and watch text, "ta inte med fakturor utan
//    personnummer", SFI category). Enter saves, F6 removes, F7 undoes.
//  F12 Inkassobolag: the company's agency (kind, name, customer number,
//    koncernnummer, name in the file, the agency's giros). Enter saves.
//  F13 Saldokorrigering: the kontrollista (Enter/F8) and the file (F10).
// A refused save shows the register's reasons and changes nothing.
class AgencySettingsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.externalCollection";
    static constexpr char kSettingsTabCommand[] = "agencySettings.settingsTab";
    static constexpr char kAgencyTabCommand[] = "agencySettings.agencyTab";
    static constexpr char kCorrectionsTabCommand[] = "agencySettings.correctionsTab";
    static constexpr char kRemoveCommand[] = "agencySettings.remove";
    static constexpr char kUndoCommand[] = "agencySettings.undo";
    static constexpr char kListCommand[] = "agencySettings.list";
    static constexpr char kFileCommand[] = "agencySettings.file";

    explicit AgencySettingsScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Where F10 writes the correction file. Empty: a save dialog (tests set it).
    void setOutputPath(const QString &path) { m_outputPath = path; }
    AgencyCorrectionsPanel *corrections() const { return m_corrections; }
    int currentTab() const;
    QString statusText() const;
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSettingsTab();
    QWidget *createAgencyTab();
    void goToTab(int index);
    void fillSettingsTable();
    void loadSettings(const QString &company, const QString &routine);
    void showSettings(const AgencySettings &settings);
    AgencySettings formSettings() const;
    void saveSettings();
    void removeSettings();
    void loadAgency();
    void saveAgency();
    void undo();
    void writeCorrections();
    void showError(const QString &message);
    void showStatus(const QString &message);

    rsk::Database *m_ledger = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Settings tab.
    QTableWidget *m_list = nullptr;
    QLineEdit *m_company = nullptr;
    QComboBox *m_routine = nullptr;
    QComboBox *m_basis = nullptr;
    QLineEdit *m_days = nullptr;
    QLineEdit *m_capitalMethod = nullptr;
    QLineEdit *m_feeMethod = nullptr;
    QLineEdit *m_interestMethod = nullptr;
    QLineEdit *m_dunningCode = nullptr;
    QLineEdit *m_watchText = nullptr;
    QCheckBox *m_skipWithoutId = nullptr;
    QComboBox *m_category = nullptr;
    // Agency tab.
    QLineEdit *m_agencyCompany = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_customerNumber = nullptr;
    QLineEdit *m_groupNumber = nullptr;
    QLineEdit *m_senderName = nullptr;
    QLineEdit *m_giros = nullptr;
    AgencyCorrectionsPanel *m_corrections = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QString m_outputPath;
    bool m_loading = false;
};

} // namespace rsk::ui
