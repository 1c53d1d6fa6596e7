#pragma once

#include "dunning/nextinvoicetransfer.h"
#include "screens/runscreen.h"

class QLineEdit;

namespace rsk::ui {

// Överföring av ej debiterade räntor och avgifter till nästa faktura
// (handbook 7.15). The selection of the handbook: företag, rutin,
// fakturanummer and slutbetalningsdatum fr.o.m.–t.o.m., minsta ränta (whole
// kronor), minsta antal dagar; the transfer date (today) and the folder the
// files go to (one CSV per routine, keyed by person number; the format is
// in core/dunning/nextinvoicetransfer.h).
//  Enter/F8 Kontrollista: the claims per routine with interest and fees,
//    and those without a person number, which are not transferred; changes
//    nothing and writes nothing.
//  F10 Överför: asks, writes the files and stamps the claims (one unit of
//    work; a file that cannot be written changes nothing), then shows the
//    kvittenslista, which F16 prints.
class NextInvoiceTransferScreen : public RunScreen<NextInvoiceTransferResult>
{
    Q_OBJECT
public:
    static constexpr char kId[] = "dunning.nextInvoice";
    static constexpr char kListCommand[] = "nextInvoice.list";
    static constexpr char kRunCommand[] = "nextInvoice.run";

    explicit NextInvoiceTransferScreen(ScreenContext &context, QWidget *parent = nullptr);
    static void declareCommands(CommandRegistry &commands);

protected:
    NextInvoiceTransferResult planList() override;
    ReportTable listTable(const NextInvoiceTransferResult &result) const override;
    QString listNote(const NextInvoiceTransferResult &result) const override;
    QWidget *refusedField(const QString &message) const override;

private:
    NextInvoiceTransferSelection selection();
    void transfer();

    QLineEdit *m_date = nullptr;
    QLineEdit *m_companyFrom = nullptr;
    QLineEdit *m_companyTo = nullptr;
    QLineEdit *m_routineFrom = nullptr;
    QLineEdit *m_routineTo = nullptr;
    QLineEdit *m_invoiceFrom = nullptr;
    QLineEdit *m_invoiceTo = nullptr;
    QLineEdit *m_paidFrom = nullptr;
    QLineEdit *m_paidTo = nullptr;
    QLineEdit *m_minimumInterest = nullptr;
    QLineEdit *m_minimumDays = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace rsk::ui
