#pragma once

#include "dunning/agencycorrections.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ReportTableModel;

// The Saldokorrigering tab of Extern inkassohantering (seed 003 "Betalningar
// och saldokorrigering"): the kontrollista is exactly the rows of the next
// correction file (payments and credits on transferred claims not reported
// yet); writing the file stamps them so that none is listed twice. The
// screen owns the keys and the dialogs; this panel shows and runs.
class AgencyCorrectionsPanel : public QWidget
{
    Q_OBJECT
public:
    AgencyCorrectionsPanel(rsk::Database *ledger, const QString &company, QWidget *parent = nullptr);

    // Lists what the next file holds; false (reason shown) when refused.
    bool refresh();
    // Writes the file and records it; false (reason shown, nothing
    // changed) when refused or the file cannot be written.
    bool writeFile(const QString &path);

    const AgencyCorrectionResult *shown() const { return m_shown ? &*m_shown : nullptr; }
    QTableView *table() const { return m_table; }
    QLineEdit *companyFromEdit() const { return m_companyFrom; }
    QString statusText() const;
    QString errorText() const;

private:
    void showHistory();

    rsk::Database *m_ledger;
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_history = nullptr;
    std::optional<AgencyCorrectionResult> m_shown;
};

} // namespace rsk::ui
