#pragma once

#include "payments/paymentfile.h"
#include "screens/screen.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace rsk {
class Database;
struct ImportSummary;
}

namespace rsk::ui {

// Hämtning från bankgiro (BgMax, handbook 3.3) and Hämtning från plusgiro
// (Total-IN, 3.2): one class, the screen id says which. The clerk types or
// chooses (F4) the file and presses Enter; a file with errors is listed line
// by line (FILE:LINE: reason) and nothing is read; a file read before is
// only read again after a question naming the earlier import (who, when,
// which). Afterwards the screen shows what the import did: counts and
// amounts, and every payment that needs a look (unplaced, overpaid, written
// off, carried, deductions, signal list); plain payments are only counted.
class PaymentImportScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kBgMaxId[] = "payments.bgmax";
    static constexpr char kTotalInId[] = "payments.totalin";
    // F4 (list of allowed values: here the file dialog), one per screen id.
    static constexpr char kBgMaxChooseFileCommand[] = "payments.bgmax.chooseFile";
    static constexpr char kTotalInChooseFileCommand[] = "payments.totalin.chooseFile";

    enum Column { Line, Reference, Invoice, Outcome, Amount, Posted, Difference, Note,
                  ColumnCount };

    explicit PaymentImportScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);
    PaymentFile::Kind kind() const { return m_kind; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void readFile();
    void showSummary(const ImportSummary &summary);
    void clearResult();
    QLabel *addFigure(const char *name, const QString &label, int row, int column);

    rsk::Database *m_ledger = nullptr;
    PaymentFile::Kind m_kind = PaymentFile::Kind::BgMax;
    QLineEdit *m_file = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QListWidget *m_errors = nullptr;
    QWidget *m_summaryBox = nullptr;
    QHash<QString, QLabel *> m_figures;
    QTableWidget *m_outcomes = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rsk::ui
