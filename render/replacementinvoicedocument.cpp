#include "replacementinvoicedocument.h"

#include "invoiceform.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReplacementInvoiceDocument)
};

QList<InvoiceFormRow> bodyRows(const ReplacementInvoice &r)
{
    QList<InvoiceFormRow> rows;
    if (!r.description.trimmed().isEmpty())
        rows << InvoiceFormRow{Tr::tr("Avser: %1").arg(r.description.trimmed()), QString()}
             << InvoiceFormRow{};
    rows << InvoiceFormRow{Tr::tr("Specifikation"), Tr::tr("Belopp"), true};
    bool first = true;
    for (const InvoiceLine &l : r.lines) {
        rows << InvoiceFormRow{l.text, l.amount.toString(), false, first};
        first = false;
    }
    rows << InvoiceFormRow{Tr::tr("Fakturabelopp"), r.amount.toString(), true, true};
    if (!r.rows.isEmpty()) {
        rows << InvoiceFormRow{} << InvoiceFormRow{Tr::tr("Inbetalt, krediterat och påfört"),
                                                   QString(), true};
        // handbook 6.3 "Ut på fakturan skrivs den texten samt beloppet. Om
        // man inte anger någon text så skrivs endast beloppet ut."
        for (const ReplacementInvoice::Row &row : r.rows)
            rows << InvoiceFormRow{row.text, row.amount.toString()};
    }
    rows << InvoiceFormRow{Tr::tr("Att betala"), r.toPay.toString(), true, true};
    rows << InvoiceFormRow{}
         << InvoiceFormRow{Tr::tr("Denna faktura ersätter faktura %1 av %2. Betala endast "
                                  "beloppet att betala.")
                               .arg(r.invoiceNumber, r.originalDate.toString(Qt::ISODate)),
                           QString()};
    return rows;
}

InvoiceForm formOf(const ReplacementInvoice &r)
{
    InvoiceForm f = invoiceFormOf(r);
    f.title = Tr::tr("ERSÄTTNINGSFAKTURA");
    f.rows = bodyRows(r);
    f.slip.amount = r.toPay;
    return f;
}

} // namespace

void ReplacementInvoiceDocument::print(QPagedPaintDevice *device) const
{
    InvoiceFormPrinter::print(device, {formOf(m_invoice)});
}

int ReplacementInvoiceDocument::pageCount() const
{
    return InvoiceFormPrinter::pageCount(formOf(m_invoice));
}

bool ReplacementInvoiceDocument::writePdf(const QString &path, QString *error) const
{
    return InvoiceFormPrinter::writePdf(
        path, Tr::tr("Ersättningsfaktura %1").arg(m_invoice.invoiceNumber), {formOf(m_invoice)},
        error);
}

} // namespace rsk
