#pragma once

#include "ledger/paidinvoicepurge.h"
#include "screens/runscreen.h"

class QCheckBox;
class QLineEdit;

namespace rsk::ui {

// Rensning betalda fakturor (handbook 8.4). The selection of the handbook:
// företag, rutin and fakturanummer fr.o.m.–t.o.m., "Fakturor med saldo noll
// och betalda före" (obligatory), up to four "Ej kravkod", and the receipt
// lists: fakturanummer-, namn- and personnummerordning, each with
// fakturarader and/or kravuppgifter; the PDF file the lists are written to.
//  Enter/F8 Endast lista: the claims that would be purged and those that
//    stay with the reason; changes nothing (F16 prints the list).
//  F10 Rensa: asks, naming the number of claims and the sum; writes the
//    receipt lists to the PDF and purges in one unit of work (a PDF that
//    cannot be written purges nothing), then shows the kvittenslista.
class PaidInvoicePurgeScreen : public RunScreen<PaidInvoicePurgeResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "invoices.purge";
    static constexpr char kListCommand[] = "purge.list";
    static constexpr char kRunCommand[] = "purge.run";

    explicit PaidInvoicePurgeScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    PaidInvoicePurgeResult planList() override;
    ReportTable listTable(const PaidInvoicePurgeResult &result) const override;
    QString listNote(const PaidInvoicePurgeResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    PaidInvoicePurgeSelection selection();
    void purge();

    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_paidBefore = nullptr;
    QList<QLineEdit *> m_codes;
    struct ListBoxes
    {
        PurgeReceiptList::Order order;
        QCheckBox *wanted = nullptr;
        QCheckBox *lines = nullptr;
        QCheckBox *dunning = nullptr;
    };
    QList<ListBoxes> m_lists;
    QLineEdit *m_pdf = nullptr;
};

} // namespace rsk::ui
