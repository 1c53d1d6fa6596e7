#include "audit/auditlogquery.h"

#include "ledger/protectedidentity.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditLogQuery)
};

const char *kColumns = "id, at, user_name, action, table_name, row_key, field, old_value, "
                       "new_value, context";

bool digitsOnly(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

// The start of a local day as the stored UTC text ("2026-03-01T23:00:00Z").
QString utcStartOf(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}

} // namespace

AuditLogQuery::AuditLogQuery(Database &db, const AuditLogFilter &filter)
    : m_db(db), m_filter(filter)
{
    validate(filter);
    m_filter.company = m_filter.company.trimmed();
    if (!m_filter.company.isEmpty())
        m_filter.company = m_filter.company.rightJustified(3, QLatin1Char('0'));
    m_filter.invoiceNumber = m_filter.invoiceNumber.trimmed();
    m_filter.user = m_filter.user.trimmed();
    m_filter.table = m_filter.table.trimmed();
    m_filter.action = actionKey(m_filter.action);
    // A claim's rows: whoever may see the claim's company. The whole log, a
    // user's or a company's rows: a supervisor, for companies of theirs.
    const Access &access = m_db.access();
    if (!m_filter.company.isEmpty())
        access.requireCompany(m_filter.company);
    if (m_filter.invoiceNumber.isEmpty()) {
        access.requireRole(Role::Supervisor, Tr::tr("Granskningsloggen utom för en faktura"));
        if (m_filter.company.isEmpty() && !access.allCompanies())
            throw LedgerError::refused(
                Tr::tr("Du har behörighet till bara vissa företag: ange företag eller faktura."));
    } else {
        m_filter.invoiceNumber = m_filter.invoiceNumber.rightJustified(9, QLatin1Char('0'));
        // Keyed by company and number in every company asked for (also when
        // the claim has left the ledger), and by the id of each claim there is.
        QStringList companies;
        if (!m_filter.company.isEmpty()) {
            companies << m_filter.company;
        } else {
            QSqlQuery q = m_db.run(QStringLiteral("SELECT number FROM company ORDER BY number"));
            while (q.next())
                if (access.canSee(q.value(0).toString()))
                    companies << q.value(0).toString();
        }
        for (const QString &company : std::as_const(companies))
            m_keys << company + QLatin1Char('/') + m_filter.invoiceNumber;
        QSqlQuery q = m_db.run(
            QStringLiteral("SELECT id, company FROM invoice WHERE invoice_number = ?"),
            {m_filter.invoiceNumber});
        while (q.next())
            if (companies.contains(q.value(1).toString()))
                m_keys << q.value(0).toString();
    }
    m_lastId = m_db.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
}

void AuditLogQuery::validate(const AuditLogFilter &f)
{
    const QString number = f.invoiceNumber.trimmed();
    if (!number.isEmpty() && (!digitsOnly(number) || number.size() > 9))
        throw LedgerError::refused(
            Tr::tr("Fakturanummer \"%1\": ange 1–9 siffror.").arg(f.invoiceNumber));
    const QString company = f.company.trimmed();
    if (!company.isEmpty() && (!digitsOnly(company) || company.size() > 3))
        throw LedgerError::refused(Tr::tr("Företag \"%1\": ange 1–3 siffror.").arg(f.company));
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        throw LedgerError::refused(Tr::tr("Datum tom %1 ligger före datum from %2.")
                                       .arg(f.to.toString(Qt::ISODate),
                                            f.from.toString(Qt::ISODate)));
    if (!f.action.trimmed().isEmpty() && actionKey(f.action).isEmpty())
        throw LedgerError::refused(
            Tr::tr("Åtgärd \"%1\": välj ny, ändring eller borttag.").arg(f.action));
}

QString AuditLogQuery::where(QVariantList &args) const
{
    QString sql = QStringLiteral(" WHERE id <= ?");
    args << m_lastId;
    if (!m_filter.invoiceNumber.isEmpty()) {
        // One IN over the key index; a bare id is the claim's only in its
        // own table (other tables have numeric keys of their own).
        QStringList named;
        for (const QString &k : m_keys)
            if (k.contains(QLatin1Char('/')))
                named << k;
        if (m_keys.isEmpty() || named.isEmpty())
            return sql + QStringLiteral(" AND 1 = 0");
        sql += QStringLiteral(" AND row_key IN (%1) AND (table_name = 'invoice' OR row_key IN "
                              "(%2))")
                   .arg(marks(m_keys.size()), marks(named.size()));
        for (const QString &k : m_keys)
            args << k;
        for (const QString &k : std::as_const(named))
            args << k;
    } else if (!m_filter.company.isEmpty()) {
        // "001/" up to, not including, "0010" ('0' follows '/'): a range on
        // the key index.
        sql += QStringLiteral(" AND row_key >= ? AND row_key < ?");
        args << m_filter.company + QLatin1Char('/') << m_filter.company + QLatin1Char('0');
    }
    if (!m_filter.user.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        args << m_filter.user;
    }
    if (m_filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        args << utcStartOf(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        args << utcStartOf(m_filter.to.addDays(1));
    }
    if (!m_filter.table.isEmpty()) {
        sql += QStringLiteral(" AND table_name = ?");
        args << m_filter.table;
    }
    if (!m_filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        args << m_filter.action;
    }
    return sql;
}

qint64 AuditLogQuery::count()
{
    if (m_count < 0) {
        QVariantList args;
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_log") + where(args);
        m_count = m_db.scalar(sql, args).toLongLong();
    }
    return m_count;
}

QString AuditLogQuery::localStamp(const QVariant &stored)
{
    if (stored.isNull())
        return QString();
    QDateTime at;
    if (stored.userType() == QMetaType::QDateTime) {
        // PostgreSQL's TIMESTAMP holds the UTC wall time without a zone.
        at = stored.toDateTime();
        at = QDateTime(at.date(), at.time(), QTimeZone::utc());
    } else {
        at = QDateTime::fromString(stored.toString(), Qt::ISODate);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), QTimeZone::utc());
    }
    if (!at.isValid())
        return stored.toString();
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<AuditLogRow> AuditLogQuery::read(const QString &sql, const QVariantList &args)
{
    QSqlQuery q = m_db.run(sql, args);
    QList<AuditLogRow> out;
    while (q.next()) {
        AuditLogRow r;
        int i = 0;
        r.id = q.value(i++).toLongLong();
        r.at = localStamp(q.value(i++));
        r.user = q.value(i++).toString();
        r.action = q.value(i++).toString();
        r.table = q.value(i++).toString();
        r.rowKey = q.value(i++).toString();
        r.field = q.value(i++).toString();
        r.oldValue = q.value(i++).toString();
        r.newValue = q.value(i++).toString();
        r.context = q.value(i++).toString();
        out.append(r);
    }
    withhold(out);
    return out;
}

// DOMAIN.md "People and trust": the log keeps every old and new address, but
// a protected identity's is never shown, here neither (see
// ProtectedIdentity::auditRowWithheld for which rows).
void AuditLogQuery::withhold(QList<AuditLogRow> &rows)
{
    ProtectedIdentity identity(m_db);
    for (AuditLogRow &r : rows) {
        if (!ProtectedIdentity::isAddressField(r.field))
            continue;
        const QString cacheKey = r.table + QLatin1Char(':') + r.rowKey;
        auto it = m_protected.constFind(cacheKey);
        if (it == m_protected.constEnd())
            it = m_protected.insert(cacheKey, identity.auditRowWithheld(r.table, r.rowKey));
        if (!it.value())
            continue;
        r.withheld = true;
        r.oldValue = r.oldValue.isEmpty() ? QString() : ProtectedIdentity::withheldText();
        r.newValue = r.newValue.isEmpty() ? QString() : ProtectedIdentity::withheldText();
    }
}

QList<AuditLogRow> AuditLogQuery::page(qint64 offset, int limit)
{
    if (limit < 1 || offset < 0)
        throw LedgerError::refused(Tr::tr("Ogiltigt antal rader."));
    QVariantList args;
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kColumns));
    const auto before = m_idAt.constFind(offset - 1);
    const bool keyset = offset > 0 && before != m_idAt.constEnd();
    sql += where(args);
    if (keyset) {
        sql += QStringLiteral(" AND id < ?");
        args << before.value();
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    args << limit;
    if (!keyset && offset > 0) {
        sql += QStringLiteral(" OFFSET ?");
        args << offset;
    }
    QList<AuditLogRow> out = read(sql, args);
    if (!out.isEmpty())
        m_idAt.insert(offset + out.size() - 1, out.last().id);
    return out;
}

QString AuditLogQuery::actionKey(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const char *key : {"insert", "update", "delete"}) {
        const QString k = QLatin1String(key);
        if (t == k || t == actionText(k).toLower())
            return k;
    }
    return QString();
}

QString AuditLogQuery::actionText(const QString &action)
{
    if (action == QLatin1String("insert"))
        return Tr::tr("Ny");
    if (action == QLatin1String("update"))
        return Tr::tr("Ändring");
    if (action == QLatin1String("delete"))
        return Tr::tr("Borttag");
    return action;
}

QString AuditLogQuery::tableText(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("AuditLogQuery", "Faktura")},
        {QStringLiteral("ledger_transaction"), QT_TRANSLATE_NOOP("AuditLogQuery", "Transaktion")},
        {QStringLiteral("invoice_note"), QT_TRANSLATE_NOOP("AuditLogQuery", "Anteckning")},
        {QStringLiteral("credit_note"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kreditering")},
        {QStringLiteral("customer"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kund")},
        {QStringLiteral("customer_note"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kundnotering")},
        {QStringLiteral("batch"), QT_TRANSLATE_NOOP("AuditLogQuery", "Bunt")},
        {QStringLiteral("batch_line"), QT_TRANSLATE_NOOP("AuditLogQuery", "Buntrad")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("AuditLogQuery", "Företag")},
        {QStringLiteral("payment_method"), QT_TRANSLATE_NOOP("AuditLogQuery", "Inbetalningssätt")},
        {QStringLiteral("dunning_code"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kravkod")},
        {QStringLiteral("dunning_run"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kravkörning")},
        {QStringLiteral("dunning_settings"),
         QT_TRANSLATE_NOOP("AuditLogQuery", "Inställningar påminnelser/krav")},
        {QStringLiteral("dunning_text"), QT_TRANSLATE_NOOP("AuditLogQuery", "Kravtext")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("AuditLogQuery", "Inställning")},
        {QStringLiteral("booking_order"), QT_TRANSLATE_NOOP("AuditLogQuery", "Bokföringsorder")},
        {QStringLiteral("reference_rate"), QT_TRANSLATE_NOOP("AuditLogQuery", "Referensränta")},
        {QStringLiteral("payment_order"),
         QT_TRANSLATE_NOOP("AuditLogQuery", "Betalningsföreläggande")},
        {QStringLiteral("agency_transfer"),
         QT_TRANSLATE_NOOP("AuditLogQuery", "Överföring till inkasso")},
        {QStringLiteral("enforcement_office"),
         QT_TRANSLATE_NOOP("AuditLogQuery", "Kronofogdemyndighet")},
        {QStringLiteral("ledger"), QT_TRANSLATE_NOOP("AuditLogQuery", "Reskontra")}};
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : Tr::tr(it.value());
}

QStringList AuditLogQuery::users(Database &db)
{
    QStringList out;
    QSqlQuery q = db.run(QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AuditLogQuery::tables(Database &db)
{
    QStringList out;
    QSqlQuery q = db.run(QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY 1"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AuditLogQuery::columnKeys()
{
    return {QStringLiteral("id"),        QStringLiteral("at"),        QStringLiteral("user"),
            QStringLiteral("action"),    QStringLiteral("table"),     QStringLiteral("row_key"),
            QStringLiteral("field"),     QStringLiteral("old_value"), QStringLiteral("new_value"),
            QStringLiteral("context")};
}

ReportLayout AuditLogQuery::layout() const
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Granskningslogg");
    const AuditLogFilter &f = m_filter;
    if (!f.invoiceNumber.isEmpty())
        l.selection << (f.company.isEmpty()
                            ? Tr::tr("Faktura: %1 (alla företag)").arg(f.invoiceNumber)
                            : Tr::tr("Faktura: %1/%2").arg(f.company, f.invoiceNumber));
    else if (!f.company.isEmpty())
        l.selection << Tr::tr("Företag: %1").arg(f.company);
    if (!f.user.isEmpty())
        l.selection << Tr::tr("Användare: %1").arg(f.user);
    if (f.from.isValid() || f.to.isValid())
        l.selection << Tr::tr("Datum: %1 – %2")
                           .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
    if (!f.table.isEmpty())
        l.selection << Tr::tr("Tabell: %1").arg(f.table);
    if (!f.action.isEmpty())
        l.selection << Tr::tr("Åtgärd: %1").arg(actionText(f.action));
    if (l.selection.isEmpty())
        l.selection << Tr::tr("Hela loggen, senaste först");
    const QStringList keys = columnKeys();
    const QList<QPair<QString, K>> titles = {
        {Tr::tr("Löpnr"), K::Integer},     {Tr::tr("Tid"), K::Text},
        {Tr::tr("Användare"), K::Text},    {Tr::tr("Åtgärd"), K::Text},
        {Tr::tr("Tabell"), K::Text},       {Tr::tr("Avser"), K::Text},
        {Tr::tr("Fält"), K::Text},         {Tr::tr("Gammalt värde"), K::Text},
        {Tr::tr("Nytt värde"), K::Text},   {Tr::tr("Sammanhang"), K::Text}};
    for (int i = 0; i < keys.size(); ++i)
        l.columns.append({keys.at(i), titles.at(i).first, titles.at(i).second});
    l.columns[1].width = 19; // at
    l.columns[7].width = 30; // old value
    l.columns[8].width = 30; // new value
    l.columns[9].width = 30; // context
    return l;
}

ReportRow AuditLogQuery::toReportRow(const AuditLogRow &r)
{
    ReportRow row;
    row.cells = {r.id,     r.at,       r.user,     actionText(r.action), tableText(r.table),
                 r.rowKey, r.field,    r.oldValue, r.newValue,           r.context};
    return row;
}

qint64 AuditLogQuery::rowCount()
{
    return count();
}

QList<ReportRow> AuditLogQuery::rows(qint64 first, int count)
{
    QList<ReportRow> out;
    for (const AuditLogRow &r : page(first, count))
        out.append(toReportRow(r));
    return out;
}

void AuditLogQuery::writeAll(ReportWriter &writer)
{
    // Pages by id (keyset) for print and export: a 1 M-row log is never
    // held whole.
    writer.begin(layout());
    constexpr int kChunk = 2000;
    for (qint64 first = 0;; first += kChunk) {
        const QList<AuditLogRow> chunk = page(first, kChunk);
        for (const AuditLogRow &r : chunk)
            writer.addRow(toReportRow(r));
        if (chunk.size() < kChunk)
            break;
    }
    writer.finish();
}

} // namespace rsk
