#pragma once

#include "reports/statistics.h"
#include "screens/screen.h"

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace rsk::ui {

class StatisticChart;
class StatisticsLoader;

// Statistik (seed 001 §3.2.3/§6.1 adapted to the ledger; UI.md "Fakturor"):
// one chart at a time, chosen from the list with the arrow keys (or its
// number), read off the GUI thread (StatisticsLoader) and shown with its
// numbers in a table below. The scope is the whole ledger, or the chosen
// company (the check box); the age buckets of the two age charts are typed
// as "30, 60, 90, 180" (Enter applies; kept per user). F5 reads again, F8
// saves the chart as a PNG picture, F9 makes it the Startsida's chart.
class StatisticsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.statistics";
    static constexpr char kRefreshCommand[] = "statistics.refresh";
    static constexpr char kSavePictureCommand[] = "statistics.savePng";
    static constexpr char kStartPageCommand[] = "statistics.showOnStartPage";
    // Per-user settings (QSettings), shared with the Startsida.
    static constexpr char kStartPageSetting[] = "statistics/startPage";
    static constexpr char kAgeBucketsSetting[] = "statistics/ageBuckets";

    explicit StatisticsScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // The age buckets the clerk last applied, or the default ones.
    static QList<int> savedAgeBuckets();

    // Asks for the file to write; empty = cancelled. Replaceable for tests.
    using FileNameProvider = std::function<QString(const QString &suggestedName)>;
    void setFileNameProvider(FileNameProvider provider) { m_fileName = std::move(provider); }

    rsk::StatisticKind currentKind() const;
    StatisticChart *chart() const { return m_chart; }
    bool isLoading() const;
    // The statistic shown (valid once statisticShown was emitted).
    const rsk::Statistic &statistic() const { return m_statistic; }
    QString statusText() const;
    QString errorText() const;
    // Writes the chart shown as PNG; false and the reason shown on failure.
    bool savePicture(const QString &path);

signals:
    void statisticShown(rsk::StatisticKind kind);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void shown(const rsk::Statistic &statistic, qint64 elapsedMs);
    void fillTable(const rsk::Statistic &statistic);
    void applyAgeBuckets();
    void savePictureWithDialog();
    void showOnStartPage();
    void setError(const QString &message);

    QListWidget *m_list = nullptr;
    QCheckBox *m_companyOnly = nullptr;
    QLineEdit *m_ageBuckets = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    StatisticChart *m_chart = nullptr;
    QTableWidget *m_values = nullptr;
    StatisticsLoader *m_loader = nullptr;
    rsk::Statistic m_statistic;
    QList<int> m_buckets;
    bool m_loadedOnce = false;
    FileNameProvider m_fileName;
};

} // namespace rsk::ui
