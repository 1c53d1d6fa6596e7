#include "dunning/agencysettings.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "ledger/referencedata.h"
#include "payments/paymentparameters.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgencySettings)
};

const char kSettingsColumns[] = "company, routine, basis, days, capital_method, fee_method, "
                                "interest_method, dunning_code, watch_text, skip_without_id, "
                                "debt_category";
const char kAgencyColumns[] = "company, kind, name, customer_number, group_number, sender_name";

QVariantMap columnsOf(const AgencySettings &s)
{
    return {{QStringLiteral("basis"), agencyBasisCode(s.basis)},
            {QStringLiteral("days"), s.days},
            {QStringLiteral("capital_method"), s.capitalMethod},
            {QStringLiteral("fee_method"), s.feeMethod},
            {QStringLiteral("interest_method"), s.interestMethod},
            {QStringLiteral("dunning_code"), s.dunningCode},
            {QStringLiteral("watch_text"), s.watchText},
            {QStringLiteral("skip_without_id"), int(s.skipWithoutIdNumber)},
            {QStringLiteral("debt_category"), s.debtCategory}};
}

QVariantMap columnsOf(const Agency &a)
{
    return {{QStringLiteral("kind"), Agency::kindCode(a.kind)},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("customer_number"), a.customerNumber},
            {QStringLiteral("group_number"), a.groupNumber},
            {QStringLiteral("sender_name"), a.senderName}};
}

AgencySettings settingsFrom(const QSqlQuery &q)
{
    AgencySettings s;
    int i = 0;
    s.company = q.value(i++).toString();
    s.routine = q.value(i++).toString();
    s.basis = agencyBasisFromCode(q.value(i++).toString()).value_or(AgencyBasis::Collection);
    s.days = q.value(i++).toInt();
    s.capitalMethod = q.value(i++).toString();
    s.feeMethod = q.value(i++).toString();
    s.interestMethod = q.value(i++).toString();
    s.dunningCode = q.value(i++).toInt();
    s.watchText = q.value(i++).toString();
    s.skipWithoutIdNumber = q.value(i++).toInt() != 0;
    s.debtCategory = q.value(i++).toString();
    return s;
}

Agency agencyFrom(const QSqlQuery &q)
{
    Agency a;
    a.company = q.value(0).toString();
    a.kind = Agency::kindFromCode(q.value(1).toString()).value_or(Agency::Kind::Other);
    a.name = q.value(2).toString();
    a.customerNumber = q.value(3).toString();
    a.groupNumber = q.value(4).toString();
    a.senderName = q.value(5).toString();
    return a;
}

// Inserts or updates one row keyed by `keys`, audited with old and new values.
void upsert(Database &db, const QString &table, const QVariantMap &keys, const QVariantMap &after,
            const std::optional<QVariantMap> &before, const QString &rowKey,
            const QString &insertSummary)
{
    QStringList names = after.keys();
    QVariantList values;
    for (const QString &n : names)
        values << after.value(n);
    names << QStringLiteral("changed_by") << QStringLiteral("changed_at");
    values << db.user() << db.nowStamp();
    if (before) {
        QStringList sets;
        for (const QString &n : names)
            sets << n + QStringLiteral(" = ?");
        QStringList where;
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            where << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        db.run(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                   .arg(table, sets.join(QStringLiteral(", ")), where.join(QStringLiteral(" AND "))),
               values);
        AuditLog(db).recordDiff(table, rowKey, *before, after);
        return;
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        names.prepend(it.key());
        values.prepend(it.value());
    }
    db.run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
               .arg(table, names.join(QStringLiteral(", ")),
                    QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
           values);
    AuditLog(db).recordInsert(table, rowKey, insertSummary);
}

} // namespace

QString agencyBasisCode(AgencyBasis basis)
{
    switch (basis) {
    case AgencyBasis::DueDate: return QStringLiteral("due");
    case AgencyBasis::Reminder1: return QStringLiteral("reminder1");
    case AgencyBasis::Reminder2: return QStringLiteral("reminder2");
    case AgencyBasis::Collection: return QStringLiteral("collection");
    }
    return {};
}

std::optional<AgencyBasis> agencyBasisFromCode(const QString &code)
{
    for (AgencyBasis b : {AgencyBasis::DueDate, AgencyBasis::Reminder1, AgencyBasis::Reminder2,
                          AgencyBasis::Collection})
        if (agencyBasisCode(b) == code.trimmed().toLower())
            return b;
    return std::nullopt;
}

QString agencyBasisName(AgencyBasis basis)
{
    switch (basis) {
    case AgencyBasis::DueDate: return Tr::tr("förfallodag");
    case AgencyBasis::Reminder1: return Tr::tr("påminnelse 1");
    case AgencyBasis::Reminder2: return Tr::tr("påminnelse 2");
    case AgencyBasis::Collection: return Tr::tr("inkassokrav");
    }
    return {};
}

QList<DebtCategory> DebtCategory::all()
{
    // seed 003: Vald SFI-kategori / Intrum Justitia / Svea Inkasso.
    return {{QStringLiteral("housing"), Tr::tr("Bostad"), QStringLiteral("17"), QStringLiteral("BO")},
            {QStringLiteral("premises"), Tr::tr("Övriga (lokaler)"), QStringLiteral("18"),
             QStringLiteral("LO")},
            {QStringLiteral("parking"), Tr::tr("Parkering"), QStringLiteral("19"),
             QStringLiteral("PA")},
            {QStringLiteral("storage"), Tr::tr("Lager"), QStringLiteral("20"), QStringLiteral("LO")},
            {QStringLiteral("garage"), Tr::tr("Garage"), QStringLiteral("30"), QStringLiteral("LO")},
            {QString(), Tr::tr("Ej vald"), QStringLiteral("99"), QStringLiteral("LO")}};
}

DebtCategory DebtCategory::of(const QString &code)
{
    const QList<DebtCategory> categories = all();
    for (const DebtCategory &c : categories)
        if (c.code == code)
            return c;
    return categories.last();
}

bool DebtCategory::isKnown(const QString &code)
{
    const QList<DebtCategory> categories = all();
    return std::any_of(categories.cbegin(), categories.cend(),
                       [&code](const DebtCategory &c) { return c.code == code; });
}

QString Agency::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Intrum: return QStringLiteral("intrum");
    case Kind::Svea: return QStringLiteral("svea");
    case Kind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<Agency::Kind> Agency::kindFromCode(const QString &code)
{
    for (Kind k : {Kind::Intrum, Kind::Svea, Kind::Other})
        if (kindCode(k) == code.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString Agency::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Intrum: return Tr::tr("Intrum Justitia");
    case Kind::Svea: return Tr::tr("Svea Inkasso");
    case Kind::Other: return Tr::tr("Annat inkassobolag");
    }
    return {};
}

QString Agency::categoryCode(const DebtCategory &category) const
{
    return kind == Kind::Svea ? category.svea : category.intrum;
}

QList<AgencySettings> AgencySettingsRegister::all(const QString &company)
{
    QString sql = QStringLiteral("SELECT %1 FROM agency_settings").arg(QLatin1String(kSettingsColumns));
    QVariantList args;
    if (!company.isEmpty()) {
        sql += QStringLiteral(" WHERE company = ?");
        args << company;
    }
    sql += QStringLiteral(" ORDER BY company, routine");
    QList<AgencySettings> out;
    QSqlQuery q = m_db.run(sql, args);
    while (q.next())
        out.append(settingsFrom(q));
    return out;
}

std::optional<AgencySettings> AgencySettingsRegister::settings(const QString &company,
                                                               const QString &routine)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM agency_settings WHERE company = ? AND "
                                          "routine = ?")
                               .arg(QLatin1String(kSettingsColumns)),
                           {company, routine});
    if (!q.next())
        return std::nullopt;
    return settingsFrom(q);
}

AgencySettings AgencySettingsRegister::defaults(const QString &company, const QString &routine)
{
    AgencySettings s;
    s.company = company;
    s.routine = routine;
    s.feeMethod = QStringLiteral("K");     // "Avskr kravavg" of the default methods
    s.interestMethod = QStringLiteral("R"); // "Avskr ränta"
    s.watchText = Tr::tr("Överförd till inkasso");
    return s;
}

QString AgencySettingsRegister::capitalAccount(const QString &company, const QString &routine,
                                               const QString &method)
{
    const auto m = ReferenceData(m_db).paymentMethod(method);
    if (!m)
        return {};
    if (!m->account.isEmpty())
        return m->account;
    return AccountSettings(m_db).account(company, account_kind::method(method), routine);
}

QStringList AgencySettingsRegister::problems(const AgencySettings &s)
{
    QStringList out;
    ReferenceData ref(m_db);
    const QString where = Tr::tr("Företag %1 rutin %2").arg(s.company, s.routine);
    if (!ref.company(s.company))
        out << Tr::tr("Företag \"%1\" finns inte.").arg(s.company);
    if (!ref.routine(s.routine))
        out << Tr::tr("Rutin \"%1\" finns inte.").arg(s.routine);
    if (s.days < 0 || s.days > AgencySettings::MaxDays)
        out << Tr::tr("%1: antal dagar ska vara 0–%2 (nu %3).")
                   .arg(where)
                   .arg(AgencySettings::MaxDays)
                   .arg(s.days);
    using F = PaymentMethod::FeeType;
    // handbook 7.20 "Koder för uppdatering av reskontran".
    const auto method = [&](const QString &code, const QString &what, F feeType) {
        if (code.isEmpty())
            return;
        const auto m = ref.paymentMethod(code);
        if (!m) {
            out << Tr::tr("%1: inbetalningssätt \"%2\" för %3 finns inte (lägg upp det under "
                          "Inbetalningssätt, 8.1).")
                       .arg(where, code, what);
            return;
        }
        if (m->debit || m->textOnly || m->feeType != feeType
            || (feeType == F::None && m->noInterestInvoicing))
            out << Tr::tr("%1: inbetalningssätt %2 (%3) för %4 ska vara ett K-sätt %5.")
                       .arg(where, m->code, m->text, what,
                            feeType == F::None
                                ? Tr::tr("utan avgiftstyp, inte endast text och inte "
                                         "\"dröjsmålsfaktureras ej\"")
                                : Tr::tr("med %1 i fältet påminnelse-/kravavgift/uppl. "
                                         "dröjsmålsränta")
                                      .arg(PaymentMethod::feeTypeCode(feeType)));
    };
    const int before = int(out.size());
    method(s.capitalMethod, Tr::tr("kapitalskuld"), F::None);
    const bool capitalValid = out.size() == before;
    method(s.feeMethod, Tr::tr("kravavgift"), F::CollectionFee);
    method(s.interestMethod, Tr::tr("upplupen dröjsmålsränta"), F::Interest);
    if (!s.capitalMethod.isEmpty() && capitalValid) {
        if (s.capitalMethod == PaymentParameters::load(m_db, s.company).agencyMethod)
            out << Tr::tr("%1: inbetalningssätt %2 är sättet för betalningar från "
                          "inkassobolaget och kan inte nollställa fordringar.")
                       .arg(where, s.capitalMethod);
        else if (capitalAccount(s.company, s.routine, s.capitalMethod).isEmpty())
            out << Tr::tr("%1: inbetalningssätt %2 för kapitalskuld saknar konto; det ska ha "
                          "fordringskontot för inkasso (fast konto eller företagets konto för "
                          "sättet).")
                       .arg(where, s.capitalMethod);
    }
    const auto code = ref.dunningCode(s.dunningCode);
    if (!code)
        out << Tr::tr("%1: kravkod %2 finns inte (Kravkoder, 7.3).").arg(where).arg(s.dunningCode);
    else if (!code->noInterest)
        // handbook 7.20: "Kravkoden måste finnas upplagd ... med en X-markering
        // i fältet Ej dröjsmålsränta".
        out << Tr::tr("%1: kravkod %2 (%3) ska ha \"ej dröjsmålsränta\".")
                   .arg(where)
                   .arg(s.dunningCode)
                   .arg(code->text);
    if (s.watchText.size() > AgencySettings::MaxWatchText)
        out << Tr::tr("%1: bevakningstexten är %2 tecken, högst %3.")
                   .arg(where)
                   .arg(s.watchText.size())
                   .arg(AgencySettings::MaxWatchText);
    if (!DebtCategory::isKnown(s.debtCategory))
        out << Tr::tr("%1: SFI-kategori \"%2\" finns inte.").arg(where, s.debtCategory);
    return out;
}

void AgencySettingsRegister::save(const AgencySettings &in)
{
    AgencySettings s = in;
    s.watchText = s.watchText.trimmed();
    s.capitalMethod = s.capitalMethod == QLatin1String("0") ? QString() : s.capitalMethod.trimmed();
    s.feeMethod = s.feeMethod == QLatin1String("0") ? QString() : s.feeMethod.trimmed();
    s.interestMethod = s.interestMethod == QLatin1String("0") ? QString() : s.interestMethod.trimmed();
    UnitOfWork work(m_db);
    const QStringList why = problems(s);
    if (!why.isEmpty())
        throw LedgerError::refused(why.join(QLatin1Char('\n')));
    const auto before = settings(s.company, s.routine);
    upsert(m_db, QStringLiteral("agency_settings"),
           {{QStringLiteral("company"), s.company}, {QStringLiteral("routine"), s.routine}},
           columnsOf(s), before ? std::optional(columnsOf(*before)) : std::nullopt,
           s.company + QLatin1Char('/') + s.routine, Tr::tr("Inställningar inkasso upplagda"));
    work.commit();
}

void AgencySettingsRegister::remove(const QString &company, const QString &routine)
{
    UnitOfWork work(m_db);
    if (!settings(company, routine))
        throw LedgerError::notFound(
            Tr::tr("Inställningar för inkasso finns inte för företag %1 rutin %2.")
                .arg(company, routine));
    m_db.run(QStringLiteral("DELETE FROM agency_settings WHERE company = ? AND routine = ?"),
             {company, routine});
    AuditLog(m_db).recordDelete(QStringLiteral("agency_settings"),
                                company + QLatin1Char('/') + routine,
                                Tr::tr("Inställningar inkasso borttagna"));
    work.commit();
}

std::optional<Agency> AgencySettingsRegister::agency(const QString &company)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM agency WHERE company = ?")
                               .arg(QLatin1String(kAgencyColumns)),
                           {company});
    if (!q.next())
        return std::nullopt;
    Agency a = agencyFrom(q);
    q.finish();
    a.giros = PaymentParameters::load(m_db, company).agencyGiros;
    return a;
}

QList<Agency> AgencySettingsRegister::agencies()
{
    QList<Agency> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM agency ORDER BY company")
                               .arg(QLatin1String(kAgencyColumns)));
    while (q.next())
        out.append(agencyFrom(q));
    for (Agency &a : out)
        a.giros = PaymentParameters::load(m_db, a.company).agencyGiros;
    return out;
}

QStringList AgencySettingsRegister::problems(const Agency &a)
{
    QStringList out;
    if (!ReferenceData(m_db).company(a.company))
        out << Tr::tr("Företag \"%1\" finns inte.").arg(a.company);
    if (a.name.trimmed().isEmpty())
        out << Tr::tr("Inkassobolagets namn saknas.");
    if (a.customerNumber.trimmed().isEmpty())
        out << Tr::tr("Kundnummer hos inkassobolaget saknas.");
    const auto tooLong = [&out](const QString &what, const QString &value, int max) {
        if (value.size() > max)
            out << Tr::tr("%1 är %2 tecken, högst %3.").arg(what).arg(value.size()).arg(max);
    };
    tooLong(Tr::tr("Inkassobolagets namn"), a.name, Agency::MaxName);
    tooLong(Tr::tr("Kundnummer hos inkassobolaget"), a.customerNumber, Agency::MaxNumber);
    tooLong(Tr::tr("Koncernnummer"), a.groupNumber, Agency::MaxNumber);
    tooLong(Tr::tr("Företagsnamn i filen"), a.senderName, Agency::MaxName);
    return out;
}

void AgencySettingsRegister::saveAgency(const Agency &in)
{
    Agency a = in;
    a.name = a.name.trimmed();
    a.customerNumber = a.customerNumber.trimmed();
    a.groupNumber = a.groupNumber.trimmed();
    a.senderName = a.senderName.trimmed();
    UnitOfWork work(m_db);
    const QStringList why = problems(a);
    if (!why.isEmpty())
        throw LedgerError::refused(why.join(QLatin1Char('\n')));
    std::optional<QVariantMap> before;
    if (const auto old = agency(a.company))
        before = columnsOf(*old);
    upsert(m_db, QStringLiteral("agency"), {{QStringLiteral("company"), a.company}}, columnsOf(a),
           before, a.company, Tr::tr("Inkassobolag %1 upplagt").arg(a.name));
    // The giros live in the payment parameters (one place for the import).
    PaymentParameters p = PaymentParameters::load(m_db, a.company);
    if (p.agencyGiros != a.giros) {
        p.agencyGiros = a.giros;
        p.save(m_db, a.company);
    }
    work.commit();
}

} // namespace rsk
