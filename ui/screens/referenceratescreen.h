#pragma once

#include "interest/referencerates.h"
#include "screens/screen.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Underhåll referensränta (handbook 7.8): the dated reference rates, each
// with the statutory rate (reference + the margin from kravparametrar 7.2)
// beside it, and a form below to add or change one. Rows shipped from an
// unconfirmed source are marked OVERIFIERAD and counted in a warning line
// (FACTS-SE §4); entering such a row's rate and pressing Enter confirms it.
// Enter on a row fills the form, Enter in the form saves, F8 starts a new
// date. Errors show beside the field; nothing is saved then.
class ReferenceRateScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.referenceRate";
    static constexpr char kNewCommand[] = "referenceRate.new";

    explicit ReferenceRateScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

    enum Column { From, Rate, Statutory, Status, Source, ColumnCount };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createForm();
    void reload(const QDate &select = QDate());
    void showRate(int row);
    void newRate();
    void save();
    void clearErrors();
    void setFieldError(QLabel *label, const QString &message, QWidget *field);
    void formEdited();

    rsk::Database *m_ledger = nullptr;
    QList<ReferenceRate> m_rates; // newest first, as listed
    qint64 m_marginHundredths = 0;
    QLabel *m_warning = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_source = nullptr;
    QLabel *m_fromError = nullptr;
    QLabel *m_rateError = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace rsk::ui
