#include "invoicecopydocument.h"

#include "invoiceform.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceCopyDocument)
};

QList<InvoiceFormRow> bodyRows(const InvoiceCopy &c)
{
    QList<InvoiceFormRow> rows;
    if (!c.description.trimmed().isEmpty())
        rows << InvoiceFormRow{Tr::tr("Avser: %1").arg(c.description.trimmed()), QString()}
             << InvoiceFormRow{};
    rows << InvoiceFormRow{Tr::tr("Specifikation"), Tr::tr("Belopp"), true};
    bool first = true;
    for (const InvoiceLine &l : c.lines) {
        rows << InvoiceFormRow{l.text, l.amount.toString(), false, first};
        first = false;
    }
    rows << InvoiceFormRow{Tr::tr("Fakturabelopp"), c.amount.toString(), true, true};
    if (c.balance != c.amount) {
        // The copy shows the invoice as issued and what has happened since.
        rows << InvoiceFormRow{Tr::tr("Inbetalt, krediterat och påfört till och med %1")
                                   .arg(c.today.toString(Qt::ISODate)),
                               (c.balance - c.amount).toString()};
        rows << InvoiceFormRow{Tr::tr("Att betala"), c.balance.toString(), true, true};
    }
    return rows;
}

InvoiceForm formOf(const InvoiceCopy &c)
{
    InvoiceForm f = invoiceFormOf(c);
    f.title = Tr::tr("FAKTURA");
    if (c.markCopy) // handbook 6.2 "Kopia skrivs på fakturan"
        f.mark = Tr::tr("KOPIA");
    f.rows = bodyRows(c);
    f.slip.amount = c.balance.isPositive() ? c.balance : Money();
    f.slip.copy = c.markCopy;
    return f;
}

QList<InvoiceForm> formsOf(const QList<InvoiceCopy> &copies)
{
    QList<InvoiceForm> forms;
    forms.reserve(copies.size());
    for (const InvoiceCopy &c : copies)
        forms << formOf(c);
    return forms;
}

} // namespace

void InvoiceCopyDocument::print(QPagedPaintDevice *device) const
{
    InvoiceFormPrinter::print(device, formsOf(m_copies));
}

int InvoiceCopyDocument::pageCount() const
{
    int pages = 0;
    for (const InvoiceCopy &c : m_copies)
        pages += InvoiceFormPrinter::pageCount(formOf(c));
    return pages;
}

bool InvoiceCopyDocument::writePdf(const QString &path, QString *error) const
{
    if (m_copies.isEmpty()) {
        if (error)
            *error = Tr::tr("Det finns inga fakturakopior att skriva.");
        return false;
    }
    const QString title = m_copies.size() == 1
        ? Tr::tr("Fakturakopia %1").arg(m_copies.first().invoiceNumber)
        : Tr::tr("Fakturakopior %1–%2")
              .arg(m_copies.first().invoiceNumber, m_copies.last().invoiceNumber);
    return InvoiceFormPrinter::writePdf(path, title, formsOf(m_copies), error);
}

} // namespace rsk
