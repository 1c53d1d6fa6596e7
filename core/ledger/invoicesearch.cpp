#include "ledger/invoicesearch.h"

#include "ledger/protectedidentity.h"
#include "ledger/searchkey.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSearch)
};

const char *kRowColumns =
    "id, company, invoice_number, routine, id_number, id_number2, customer_number, name, name2, "
    "address, postal_code, city, register_id, invoice_date, due_date, amount_ore, balance_ore, paid_ore, "
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

namespace {

// The SQL of a search: its rows (ordered, paged) or, when counting, how many
// there are, over the same index range.
struct Statement
{
    QString sql;
    QVariantList args;
};

// The companies of the search's range the acting user may see, when that is
// not every company (core/users/access.h): nullopt = no restriction, an
// empty list = nothing to find.
std::optional<QStringList> visibleCompanies(const Access &access, const InvoiceSearch &c)
{
    if (access.allCompanies())
        return std::nullopt;
    const QString to = c.companyTo.isEmpty() ? c.companyFrom : c.companyTo;
    QStringList out;
    for (const QString &company : access.companies())
        if (c.companyFrom.isEmpty() || (company >= c.companyFrom && company <= to))
            out << company;
    return out;
}

Statement statementFor(const InvoiceSearch &c, bool counting, const QStringList *visible)
{
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
    // Only the companies the acting user may see (one company: checked by
    // the caller).
    if (visible && !oneCompany) {
        companyClause += QStringLiteral(" AND company || '' IN (%1)")
                             .arg(QStringList(visible->size(), QStringLiteral("?"))
                                      .join(QLatin1Char(',')));
        for (const QString &company : *visible)
            companyArgs << company;
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
    // Name and person number search two columns (name2's too) as one list;
    // `second` says which one found the row.
    auto twoColumns = [&](const QString &first, const QString &other, const QString &key,
                          const QString &then) {
        const QString hi = c.positionOnly ? QString(QChar(0xFFFF)) : prefixUpperBound(key);
        args << key << hi << companyArgs << key << hi << companyArgs;
        if (counting)
            return QStringLiteral("SELECT (SELECT COUNT(*) FROM invoice WHERE %1 >= ? AND %1 < ?%3)"
                                  " + (SELECT COUNT(*) FROM invoice WHERE %2 >= ? AND %2 < ?%3)")
                .arg(first, other, companyClause);
        const QString part = QStringLiteral("SELECT id, %1 AS k, %2 AS second, company, "
                                            "invoice_number FROM invoice WHERE %1 >= ? AND %1 < ?%3");
        // `SELECT *`: so SQLite flattens it into a merge of the two index
        // ranges (naming columns here makes it sort every hit: 60 ms for
        // name "And" on 1 M claims instead of 0.3 ms).
        return QStringLiteral("SELECT * FROM (%1 UNION ALL %2) AS hits ORDER BY k, %3 "
                              "LIMIT ? OFFSET ?")
            .arg(part.arg(first, QStringLiteral("0"), companyClause),
                 part.arg(other, QStringLiteral("1"), companyClause), then);
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
        sql = twoColumns(QStringLiteral("id_search"), QStringLiteral("id_search2"), digits,
                         QStringLiteral("invoice_number DESC, company"));
        break;
    }
    case F::CustomerNumber:
        prefixOn(QStringLiteral("customer_number"), t, QStringLiteral("invoice_number DESC"));
        break;
    case F::Name:
        sql = twoColumns(QStringLiteral("name_key"), QStringLiteral("name2_key"), searchKey(t),
                         QStringLiteral("company, invoice_number DESC"));
        break;
    case F::Address:
        prefixOn(QStringLiteral("address_key"), searchKey(t),
                 QStringLiteral("company, invoice_number DESC"));
        // A protected identity is not found by its address (DOMAIN.md).
        where += QStringLiteral(" AND invoice.id NOT IN (%1)")
                     .arg(ProtectedIdentity::sqlProtectedClaimIds());
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
        sql = counting ? QStringLiteral("SELECT COUNT(*) FROM invoice WHERE %1%2")
                             .arg(where, companyClause)
                       : QStringLiteral("SELECT id FROM invoice WHERE %1%2 ORDER BY %3 "
                                        "LIMIT ? OFFSET ?")
                             .arg(where, companyClause, order);
        args << companyArgs;
    }
    if (!counting)
        args << c.limit << c.offset;
    return {sql, args};
}

InvoiceSearchRow readRow(const QSqlQuery &q)
{
    InvoiceSearchRow r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.company = q.value(i++).toString();
    r.invoiceNumber = q.value(i++).toString();
    r.routine = q.value(i++).toString();
    r.idNumber = q.value(i++).toString();
    r.idNumber2 = q.value(i++).toString();
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
    // DOMAIN.md "People and trust": a protected identity's address is not
    // handed out at all.
    r.addressWithheld = q.value(i++).toBool();
    if (r.addressWithheld) {
        r.address.clear();
        r.postalCode.clear();
        r.city.clear();
    }
    return r;
}

} // namespace

qint64 InvoiceSearchQuery::count(const InvoiceSearch &c)
{
    validate(c);
    const auto visible = visibleCompanies(m_db.access(), c);
    if (visible && visible->isEmpty())
        return 0;
    const Statement s = statementFor(c, true, visible ? &*visible : nullptr);
    return m_db.scalar(s.sql, s.args).toLongLong();
}

QList<InvoiceSearchRow> InvoiceSearchQuery::search(const InvoiceSearch &c)
{
    validate(c);
    const auto visible = visibleCompanies(m_db.access(), c);
    if (visible && visible->isEmpty())
        return {};
    const Statement s = statementFor(c, false, visible ? &*visible : nullptr);
    const bool twoColumns = c.field == InvoiceSearch::Field::Name
        || c.field == InvoiceSearch::Field::IdNumber;
    // First the page's ids in the search's order, read from the index alone,
    // then the rows by id: an OFFSET deep into a list then steps over index
    // entries instead of whole rows (1 M claims, name "A", row 100 000:
    // 22 ms instead of 520 ms).
    QList<qint64> ids;
    QList<bool> second;
    QSqlQuery q = m_db.run(s.sql, s.args);
    while (q.next()) {
        ids << q.value(0).toLongLong();
        second << (twoColumns && q.value(2).toInt() == 1); // id, k, second, …
    }
    QHash<qint64, InvoiceSearchRow> byId;
    constexpr int kChunk = 500; // placeholders per statement
    for (int from = 0; from < ids.size(); from += kChunk) {
        const int n = std::min<int>(kChunk, int(ids.size()) - from);
        QStringList marks;
        QVariantList args;
        for (int i = from; i < from + n; ++i) {
            marks << QStringLiteral("?");
            args << ids.at(i);
        }
        QSqlQuery r = m_db.run(QStringLiteral("SELECT %1 FROM invoice WHERE id IN (%2)")
                                   .arg(QLatin1String(kRowColumns) + QStringLiteral(", ")
                                            + ProtectedIdentity::sqlIsProtected(
                                                QStringLiteral("invoice.customer_id")),
                                        marks.join(QLatin1Char(','))),
                               args);
        while (r.next()) {
            InvoiceSearchRow row = readRow(r);
            byId.insert(row.id, row);
        }
    }
    QList<InvoiceSearchRow> out;
    out.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const auto it = byId.constFind(ids.at(i));
        if (it == byId.constEnd())
            continue; // deleted between the two reads
        out.append(it.value());
        out.last().foundBySecond = second.at(i);
    }
    return out;
}

} // namespace rsk
