#include "ledger/invoicesearch.h"

#include "ledger/searchkey.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSearch)
};

const char *kRowColumns =
    "id, company, invoice_number, routine, id_number, customer_number, name, name2, address, "
    "postal_code, city, register_id, invoice_date, due_date, amount_ore, balance_ore, paid_ore, "
    "watch_text, final_paid_date";

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

struct Range
{
    QString column; // indexed column searched
    QString order;  // ORDER BY after the column
};

} // namespace

void InvoiceSearchQuery::validate(const InvoiceSearch &c)
{
    const QString t = c.text.trimmed();
    using F = InvoiceSearch::Field;
    switch (c.field) {
    case F::InvoiceNumber:
        if (t.isEmpty() || t.size() > 9 || !digitsOnly(t))
            throw LedgerError::refused(
                Tr::tr("Fakturanummer \"%1\": ange 1–9 siffror.").arg(c.text));
        break;
    case F::IdNumber: {
        QString digits = t;
        digits.remove(QLatin1Char('-'));
        if (digits.isEmpty() || digits.size() > 10 || !digitsOnly(digits))
            throw LedgerError::refused(
                Tr::tr("Personnummer \"%1\": ange 1–10 siffror.").arg(c.text));
        break;
    }
    case F::CustomerNumber:
        if (t.isEmpty())
            throw LedgerError::refused(Tr::tr("Ange kundnummer."));
        break;
    case F::Name:
    case F::Address:
        if (t.isEmpty() || t.size() > 30)
            throw LedgerError::refused(
                Tr::tr("Sökbegreppet \"%1\": ange 1–30 tecken.").arg(c.text));
        break;
    case F::RegisterId:
        if (t.isEmpty() || t.size() > 10)
            throw LedgerError::refused(
                Tr::tr("Registerid \"%1\": ange 1–10 tecken.").arg(c.text));
        break;
    case F::Newest:
    case F::MinAmount:
    case F::MinBalance:
        break;
    }
    if (c.limit < 1 || c.limit > 100000 || c.offset < 0)
        throw LedgerError::refused(Tr::tr("Ogiltigt antal rader."));
}

QList<InvoiceSearchRow> InvoiceSearchQuery::search(const InvoiceSearch &c)
{
    validate(c);
    using F = InvoiceSearch::Field;
    QString where;
    QString order;
    QVariantList args;
    QString companyClause;
    QVariantList companyArgs;
    const QString companyTo = c.companyTo.isEmpty() ? c.companyFrom : c.companyTo;
    const bool oneCompany = !c.companyFrom.isEmpty() && companyTo == c.companyFrom;
    // `company || ''`: a filter, not an index choice. With a plain `company`
    // test SQLite takes a company index over the search field's own one and
    // sorts the whole company (on 1 M invoices: name "And" in 001 356 ms,
    // amount >= 0 in 001-002 206 ms, instead of 0.3 ms). Newest below uses
    // the company index for one company on purpose.
    if (oneCompany) {
        companyClause = QStringLiteral(" AND company || '' = ?");
        companyArgs << c.companyFrom;
    } else if (!c.companyFrom.isEmpty()) {
        companyClause = QStringLiteral(" AND company || '' BETWEEN ? AND ?");
        companyArgs << c.companyFrom << companyTo;
    }
    auto prefixOn = [&](const QString &column, const QString &key, const QString &then) {
        if (c.positionOnly) {
            where = column + QStringLiteral(" >= ?");
            args << key;
        } else {
            where = column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?");
            args << key << prefixUpperBound(key);
        }
        order = column + QStringLiteral(", ") + then;
    };
    const QString t = c.text.trimmed();
    QString sql;
    switch (c.field) {
    case F::Newest:
        where = QStringLiteral("1 = 1");
        // One company: invoice_by_date; several: invoice_newest, so no sort of
        // the whole ledger. `company || ''` keeps SQLite from choosing the
        // company index for the range instead (it would then sort every row).
        if (oneCompany)
            companyClause = QStringLiteral(" AND company = ?");
        order = oneCompany ? QStringLiteral("invoice_date DESC, invoice_number DESC")
                           : QStringLiteral("invoice_date DESC, invoice_number DESC, company");
        break;
    case F::InvoiceNumber:
        prefixOn(QStringLiteral("invoice_number"), t, QStringLiteral("company"));
        break;
    case F::IdNumber: {
        QString digits = t;
        digits.remove(QLatin1Char('-'));
        // Person number and name2's person number, as one list.
        const QString a = QStringLiteral("SELECT %1, id_search AS k FROM invoice WHERE "
                                         "id_search >= ? AND id_search < ?%2")
                              .arg(QLatin1String(kRowColumns), companyClause);
        const QString b = QStringLiteral("SELECT %1, id_search2 AS k FROM invoice WHERE "
                                         "id_search2 >= ? AND id_search2 < ?%2")
                              .arg(QLatin1String(kRowColumns), companyClause);
        const QString hi = c.positionOnly ? QString(QChar(0xFFFF)) : prefixUpperBound(digits);
        sql = QStringLiteral("SELECT * FROM (%1 UNION ALL %2) AS hits ORDER BY k, "
                             "invoice_number DESC, company LIMIT ? OFFSET ?")
                  .arg(a, b);
        args << digits << hi << companyArgs << digits << hi << companyArgs;
        break;
    }
    case F::CustomerNumber:
        prefixOn(QStringLiteral("customer_number"), t, QStringLiteral("invoice_number DESC"));
        break;
    case F::Name: {
        const QString key = searchKey(t);
        const QString hi = c.positionOnly ? QString(QChar(0xFFFF)) : prefixUpperBound(key);
        const QString a = QStringLiteral("SELECT %1, name_key AS k FROM invoice WHERE "
                                         "name_key >= ? AND name_key < ?%2")
                              .arg(QLatin1String(kRowColumns), companyClause);
        const QString b = QStringLiteral("SELECT %1, name2_key AS k FROM invoice WHERE "
                                         "name2_key >= ? AND name2_key < ?%2")
                              .arg(QLatin1String(kRowColumns), companyClause);
        sql = QStringLiteral("SELECT * FROM (%1 UNION ALL %2) AS hits ORDER BY k, company, "
                             "invoice_number DESC LIMIT ? OFFSET ?")
                  .arg(a, b);
        args << key << hi << companyArgs << key << hi << companyArgs;
        break;
    }
    case F::Address:
        prefixOn(QStringLiteral("address_key"), searchKey(t),
                 QStringLiteral("company, invoice_number DESC"));
        break;
    case F::RegisterId:
        prefixOn(QStringLiteral("register_id"), t, QStringLiteral("invoice_date DESC"));
        break;
    case F::MinAmount:
        where = QStringLiteral("amount_ore >= ?");
        args << c.amount.ore();
        order = QStringLiteral("amount_ore, invoice_date DESC");
        break;
    case F::MinBalance:
        where = QStringLiteral("balance_ore >= ?");
        args << c.amount.ore();
        order = QStringLiteral("balance_ore, invoice_date DESC");
        break;
    }
    if (sql.isEmpty()) {
        sql = QStringLiteral("SELECT %1 FROM invoice WHERE %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kRowColumns), where, companyClause, order);
        args << companyArgs;
    }
    args << c.limit << c.offset;
    QSqlQuery q = m_db.run(sql, args);
    QList<InvoiceSearchRow> out;
    while (q.next()) {
        InvoiceSearchRow r;
        int i = 0;
        r.id = q.value(i++).toLongLong();
        r.company = q.value(i++).toString();
        r.invoiceNumber = q.value(i++).toString();
        r.routine = q.value(i++).toString();
        r.idNumber = q.value(i++).toString();
        r.customerNumber = q.value(i++).toString();
        r.name = q.value(i++).toString();
        r.name2 = q.value(i++).toString();
        r.address = q.value(i++).toString();
        r.postalCode = q.value(i++).toString();
        r.city = q.value(i++).toString();
        r.registerId = q.value(i++).toString();
        r.invoiceDate = toDate(q.value(i++));
        r.dueDate = toDate(q.value(i++));
        r.amount = Money::fromOre(q.value(i++).toLongLong());
        r.balance = Money::fromOre(q.value(i++).toLongLong());
        r.paid = Money::fromOre(q.value(i++).toLongLong());
        r.watchText = q.value(i++).toString();
        r.finalPaidDate = toDate(q.value(i++));
        out.append(r);
    }
    return out;
}

} // namespace rsk
