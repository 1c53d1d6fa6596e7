#pragma once

#include "ledger/invoicesearch.h"
#include "screens/screen.h"

#include <QList>

class QLabel;
class QLineEdit;
class QTableView;

namespace rsk::ui {

class ClaimSearchModel;

// Sök faktura (handbook 6.1): company from–to (the chosen company in both
// when the screen opens; empty = every company), then one search field —
// invoice number, person number (name2's too), customer number, name (name2's
// too), address, register id, invoice amount >= or balance >= (a trailing
// minus as in the handbook: "100-"). Typing in one search field empties the
// others, so one is chosen at a time; Enter lists in that field's order
// (InvoiceSearchQuery, the handbook's orders) and puts the cursor in the list;
// a prefix nothing starts with lists from the nearest value. A complete
// 9-digit invoice number found in one company opens the claim at once.
// The newest claim of the company comes first when the screen opens.
// In the list: arrows and PgUp/PgDn move, Enter opens the claim
// ("invoices.claim", showClaim), F8 opens its customer ("invoices.customer",
// showCustomer), typing starts a new search in the field last used, F9
// switches the column set (person number/name/company/due/remark ↔
// amounts/paid/dates ↔ address), F4 lists the companies.
// The list loads in the background, page by page (ClaimSearchModel).
class InvoiceSearchScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.search";
    static constexpr char kClaimScreenId[] = "invoices.claim";
    static constexpr char kColumnsCommand[] = "invoiceSearch.columns";
    static constexpr char kListCommand[] = "invoiceSearch.list";
    // F8 Kund: the customer of the selected row (invoices.customer, showCustomer).
    static constexpr char kCustomerScreenId[] = "invoices.customer";
    static constexpr char kCustomerCommand[] = "invoiceSearch.customer";

    enum class ColumnSet { Basic, Amounts, Address };

    explicit InvoiceSearchScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

    ClaimSearchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ColumnSet columnSet() const { return m_columnSet; }
    QString errorText() const;
    QString statusText() const;

    // Enter in the form: starts the search the fields describe; false (and
    // the reason beside the form, the cursor in the field) when refused.
    bool search();
    // Enter on a row: opens that claim; false when its row is not loaded yet.
    bool openRow(int row);
    // F8 on a row: opens its customer; false when its row is not loaded yet.
    bool openCustomer(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QLineEdit *edit;
        InvoiceSearch::Field field;
    };

    QLineEdit *addSearchField(const char *name, const QString &label, int maxLength,
                              InvoiceSearch::Field field);
    QString companyText(QLineEdit *edit, const QString &label);
    void chooseField(QLineEdit *edit);
    void setError(const QString &message, QWidget *field);
    void firstRowsArrived(int rows);
    void updateStatus();
    void switchColumns();
    void applyColumnSet();
    void listCompanies();
    void openClaim(const QString &company, const QString &invoiceNumber);

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QList<Field> m_fields;
    QLineEdit *m_lastField = nullptr; // where typing in the list goes
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    ClaimSearchModel *m_model = nullptr;
    ColumnSet m_columnSet = ColumnSet::Basic;
    QString m_searchedText;      // for the status line
    bool m_openSingle = false;   // a complete invoice number: open it directly
    bool m_focusList = false;    // put the cursor in the list when rows come
};

} // namespace rsk::ui
