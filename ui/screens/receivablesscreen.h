#pragma once

#include "screens/reportscreen.h"

class QLineEdit;

namespace rsk::ui {

// Kundfordringar (handbook 6.5): "Ange till och med vilket faktureringsdatum
// som systemet skall leta efter obetalda fakturor och klicka sedan på knappen
// Visa." Company from–tom, the date (today when the screen opens) and a
// filter (the start of an invoice, person or customer number, or of a name).
// Enter shows the claims unpaid at the end of the date. "Listan kan som
// vanligt sorteras om genom att man klickar på kolumnrubriken": a click on a
// column heading, or F8 on the current column, sorts on it in the ledger
// (again: descending). F16 prints, Ctrl+E / Ctrl+Skift+E export.
class ReceivablesScreen : public ReportScreen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.receivables";
    static constexpr char kSortCommand[] = "receivables.sort";

    explicit ReceivablesScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    // Sorts on the layout column (a second time on the same: descending) and
    // shows the list anew.
    void sortOn(int column);
    QString sortColumn() const { return m_sortColumn; }
    bool sortDescending() const { return m_descending; }

protected:
    std::unique_ptr<ReportPager> createReport() override;
    void reportShown() override;

private:
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_asOf = nullptr;
    QLineEdit *m_filter = nullptr;
    QString m_sortColumn;
    bool m_descending = false;
};

} // namespace rsk::ui
