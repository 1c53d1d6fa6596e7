#include "reports/savedprints.h"

#include "audit/auditlog.h"
#include "storage/database.h"
#include "users/access.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SavedPrints)
};

constexpr char kTable[] = "saved_print";
constexpr char kSettingTable[] = "saved_print_setting";

// The first moment of a local day, as the UTC text created_at holds
// (Database::nowStamp), for comparing on both engines.
QString utcStartOf(const QDate &day)
{
    return day.startOfDay().toUTC().toString(Qt::ISODate);
}

QString normalisedCompany(const QString &company)
{
    const QString c = company.trimmed();
    return c.isEmpty() ? c : c.rightJustified(3, QLatin1Char('0'));
}

} // namespace

namespace savedprintkind {

QString key(SavedPrintKind kind)
{
    switch (kind) {
    case SavedPrintKind::BookingOrder:
        return QStringLiteral("bokforingsorder");
    case SavedPrintKind::PurgeReceipt:
        return QStringLiteral("rensning");
    }
    return QString();
}

std::optional<SavedPrintKind> fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (SavedPrintKind kind : all())
        if (savedprintkind::key(kind) == k)
            return kind;
    return std::nullopt;
}

QString name(SavedPrintKind kind)
{
    switch (kind) {
    case SavedPrintKind::BookingOrder:
        return Tr::tr("Bokföringsorder");
    case SavedPrintKind::PurgeReceipt:
        return Tr::tr("Kvittenslista rensning");
    }
    return QString();
}

QString nameOf(const QString &key)
{
    const std::optional<SavedPrintKind> kind = fromKey(key);
    return kind ? name(*kind) : key;
}

QList<SavedPrintKind> all()
{
    return {SavedPrintKind::BookingOrder, SavedPrintKind::PurgeReceipt};
}

} // namespace savedprintkind

qint64 SavedPrints::save(SavedPrintKind kind, const QString &company, const QString &title,
                         int pages, const QByteArray &pdf)
{
    const QString c = normalisedCompany(company);
    if (c.isEmpty())
        throw LedgerError::refused(Tr::tr("Sparad utskrift: företag saknas."));
    m_db.access().requireCompany(c);
    if (pdf.isEmpty() || pages < 1)
        throw LedgerError::refused(
            Tr::tr("Sparad utskrift \"%1\": utskriften är tom och sparas inte.").arg(title));
    UnitOfWork work(m_db); // joins the run's unit of work
    const QDate today = m_db.today();
    purgeExpired(today);
    const int keep = days(kind);
    if (keep == 0) {
        work.commit();
        return 0;
    }
    const qint64 id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO saved_print (company, kind, title, created_at, created_by, "
                       "pages, keep_until, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {c, savedprintkind::key(kind), title, m_db.nowStamp(), m_db.user(), pages,
         dateArg(today.addDays(keep)), pdf});
    work.commit();
    return id;
}

QList<SavedPrintInfo> SavedPrints::list(const SavedPrintFilter &filter)
{
    if (filter.limit < 1 || filter.limit > 100000)
        throw LedgerError::refused(Tr::tr("Ogiltigt antal rader."));
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        throw LedgerError::refused(
            Tr::tr("Datum: fr.o.m. %1 är senare än t.o.m. %2.")
                .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    const Access &access = m_db.access();
    // Fixed clauses only; every value is bound.
    QString sql = QStringLiteral("SELECT id, company, kind, title, created_at, created_by, pages, "
                                 "keep_until FROM saved_print WHERE 1 = 1");
    QVariantList args;
    const QString company = normalisedCompany(filter.company);
    if (!company.isEmpty()) {
        access.requireCompany(company);
        sql += QStringLiteral(" AND company = ?");
        args << company;
    } else if (!access.allCompanies()) {
        const QStringList visible = access.companies();
        if (visible.isEmpty())
            return {};
        const QStringList marks(visible.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND company IN (%1)").arg(marks.join(QStringLiteral(", ")));
        for (const QString &v : visible)
            args << v;
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = ?");
        args << savedprintkind::key(*filter.kind);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND created_at >= ?");
        args << utcStartOf(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND created_at < ?");
        args << utcStartOf(filter.to.addDays(1));
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    args << filter.limit;
    QSqlQuery q = m_db.run(sql, args);
    QList<SavedPrintInfo> out;
    while (q.next()) {
        SavedPrintInfo p;
        p.id = q.value(0).toLongLong();
        p.company = q.value(1).toString();
        p.kind = q.value(2).toString();
        p.title = q.value(3).toString();
        p.createdAt = toStamp(q.value(4));
        p.createdBy = q.value(5).toString();
        p.pages = q.value(6).toInt();
        p.keepUntil = toDate(q.value(7));
        out << p;
    }
    return out;
}

SavedPrintInfo SavedPrints::find(qint64 id)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, company, kind, title, created_at, "
                                          "created_by, pages, keep_until FROM saved_print "
                                          "WHERE id = ?"),
                           {id});
    if (!q.next())
        throw LedgerError::notFound(
            Tr::tr("Den sparade utskriften finns inte längre (den kan ha rensats när tiden den "
                   "skulle sparas gick ut, eller tagits bort)."));
    SavedPrintInfo p;
    p.id = q.value(0).toLongLong();
    p.company = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.title = q.value(3).toString();
    p.createdAt = toStamp(q.value(4));
    p.createdBy = q.value(5).toString();
    p.pages = q.value(6).toInt();
    p.keepUntil = toDate(q.value(7));
    q.finish();
    m_db.access().requireCompany(p.company);
    return p;
}

QByteArray SavedPrints::pdf(qint64 id)
{
    find(id); // exists, and the user may see its company
    return m_db.scalar(QStringLiteral("SELECT pdf FROM saved_print WHERE id = ?"), {id})
        .toByteArray();
}

void SavedPrints::remove(qint64 id)
{
    m_db.access().requireRole(Role::Supervisor, Tr::tr("Att ta bort en sparad utskrift"));
    UnitOfWork work(m_db);
    const SavedPrintInfo p = find(id);
    m_db.run(QStringLiteral("DELETE FROM saved_print WHERE id = ?"), {id});
    AuditLog(m_db).recordDelete(
        QLatin1String(kTable), QString::number(id),
        Tr::tr("%1, företag %2: %3 (sparad %4 av %5, %n sidor)", nullptr, p.pages)
            .arg(p.kindName(), p.company, p.title, p.createdAt, p.createdBy),
        p.company);
    work.commit();
}

int SavedPrints::purgeExpired(const QDate &today)
{
    if (!today.isValid())
        return 0;
    UnitOfWork work(m_db);
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM saved_print WHERE keep_until < ?"),
                           {dateArg(today)});
    const int removed = q.numRowsAffected();
    work.commit();
    return removed;
}

QList<SavedPrintSetting> SavedPrints::settings()
{
    QList<SavedPrintSetting> out;
    for (SavedPrintKind kind : savedprintkind::all())
        out.append({kind, days(kind)});
    return out;
}

int SavedPrints::days(SavedPrintKind kind)
{
    return m_db
        .scalar(QStringLiteral("SELECT days FROM saved_print_setting WHERE kind = ?"),
                {savedprintkind::key(kind)})
        .toInt();
}

void SavedPrints::setDays(SavedPrintKind kind, int days)
{
    const QString name = savedprintkind::name(kind);
    m_db.access().requireRole(Role::Administrator,
                              Tr::tr("Att ändra hur länge utskrifter sparas"));
    if (days < 0 || days > MaxDays)
        throw LedgerError::refused(
            Tr::tr("%1: antal dagar ska vara 0–%2 (0 = sparas inte), inte %3.")
                .arg(name)
                .arg(MaxDays)
                .arg(days));
    UnitOfWork work(m_db);
    const QString key = savedprintkind::key(kind);
    const QVariant before = m_db.scalar(
        QStringLiteral("SELECT days FROM saved_print_setting WHERE kind = ?"), {key});
    if (before.isValid() && before.toInt() == days) {
        work.commit();
        return;
    }
    m_db.run(QStringLiteral("DELETE FROM saved_print_setting WHERE kind = ?"), {key});
    m_db.run(QStringLiteral("INSERT INTO saved_print_setting (kind, days, changed_by, changed_at) "
                            "VALUES (?, ?, ?, ?)"),
             {key, days, m_db.user(), m_db.nowStamp()});
    AuditLog(m_db).recordChange(QLatin1String(kSettingTable), key, QStringLiteral("days"),
                                before.isValid() ? before : QVariant(0), days);
    work.commit();
}

} // namespace rsk
