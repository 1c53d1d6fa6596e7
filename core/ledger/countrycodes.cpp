#include "ledger/countrycodes.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountryCodes)
};

const QString kTable = QStringLiteral("country_code");

bool hasControl(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

CountryCode countryFrom(const QSqlQuery &q)
{
    return CountryCode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toInt() != 0};
}

QVariantMap countryMap(const CountryCode &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("payment_text"), c.paymentText},
            {QStringLiteral("eu"), int(c.eu)}};
}

} // namespace

CountryCode CountryCodes::normalized(CountryCode c)
{
    c.code = c.code.trimmed().toUpper();
    c.name = c.name.trimmed();
    c.paymentText = c.paymentText.trimmed();
    return c;
}

std::optional<QString> CountryCodes::problem(const CountryCode &original)
{
    const CountryCode c = normalized(original);
    // ISO 3166-1 alpha-2: two letters; the handbook's addresses carry it as is.
    bool letters = c.code.size() == 2;
    for (QChar ch : c.code)
        letters = letters && ch.unicode() >= 'A' && ch.unicode() <= 'Z';
    if (c.code.isEmpty())
        return Tr::tr("Landskod: ange två bokstäver, t.ex. NO.");
    if (!letters)
        return Tr::tr("Landskod: \"%1\" ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.")
            .arg(original.code.trimmed());
    if (c.name.isEmpty())
        return Tr::tr("Namn: ange landets namn för %1; det skrivs ut på fakturan.").arg(c.code);
    if (c.name.size() > kMaxNameLength)
        return Tr::tr("Namn: \"%1\" är %2 tecken, högst %3.")
            .arg(c.name)
            .arg(c.name.size())
            .arg(kMaxNameLength);
    if (c.paymentText.size() > kMaxPaymentTextLength)
        return Tr::tr("Avvikande betalningssätt: %1 tecken, högst %2.")
            .arg(c.paymentText.size())
            .arg(kMaxPaymentTextLength);
    if (hasControl(c.name))
        return Tr::tr("Namn: \"%1\" innehåller ett styrtecken (t.ex. tabb).").arg(c.name);
    if (hasControl(c.paymentText))
        return Tr::tr("Avvikande betalningssätt: texten innehåller ett styrtecken (t.ex. tabb).");
    return std::nullopt;
}

QList<CountryCode> CountryCodes::list()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code, name, payment_text, eu FROM country_code "
                                          "ORDER BY code"));
    QList<CountryCode> out;
    while (q.next())
        out.append(countryFrom(q));
    return out;
}

std::optional<CountryCode> CountryCodes::find(const QString &code)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code, name, payment_text, eu FROM country_code "
                                          "WHERE code = ?"),
                           {code.trimmed().toUpper()});
    if (!q.next())
        return std::nullopt;
    return countryFrom(q);
}

QSet<QString> CountryCodes::codes()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code FROM country_code"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

void CountryCodes::save(const CountryCode &original)
{
    if (const auto why = problem(original))
        throw LedgerError::refused(*why);
    const CountryCode c = normalized(original);
    UnitOfWork work(m_db);
    if (const auto before = find(c.code)) {
        m_db.run(QStringLiteral("UPDATE country_code SET name = ?, payment_text = ?, eu = ?, "
                                "changed_by = ?, changed_at = ? WHERE code = ?"),
                 {c.name, c.paymentText, int(c.eu), m_db.user(), m_db.nowStamp(), c.code});
        AuditLog(m_db).recordDiff(kTable, c.code, countryMap(*before), countryMap(c));
    } else {
        m_db.run(QStringLiteral("INSERT INTO country_code (code, name, payment_text, eu, "
                                "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {c.code, c.name, c.paymentText, int(c.eu), m_db.user(), m_db.nowStamp()});
        AuditLog(m_db).recordInsert(kTable, c.code, c.name);
    }
    work.commit();
}

qint64 CountryCodes::customersUsing(const QString &code)
{
    // Addresses keep the code as typed; older rows may be in lower case.
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM customer WHERE UPPER(country) = ?"),
                {code.trimmed().toUpper()})
        .toLongLong();
}

CountryNames::CountryNames(Database &db)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT code, name FROM country_code"));
    while (q.next())
        m_names.insert(q.value(0).toString().trimmed().toUpper(),
                       q.value(1).toString().trimmed().toUpper());
}

QString CountryNames::printed(const QString &codeOrText) const
{
    const QString text = codeOrText.trimmed().toUpper();
    const QString sweden = QStringLiteral("SE");
    // The same words render/paged::isSweden takes as Sweden, and the
    // register's own name for SE.
    if (text.isEmpty() || text == sweden || text == QLatin1String("SVERIGE")
        || text == QLatin1String("SWEDEN") || text == m_names.value(sweden))
        return {};
    return m_names.value(text, text);
}

void CountryCodes::remove(const QString &code)
{
    UnitOfWork work(m_db);
    const auto before = find(code);
    if (!before)
        throw LedgerError::notFound(
            Tr::tr("Landskoden \"%1\" finns inte i registret.").arg(code.trimmed()));
    const qint64 customers = customersUsing(before->code);
    if (customers > 0)
        throw LedgerError::refused(
            Tr::tr("Landskod %1 (%2) används av %3 och kan inte tas bort.")
                .arg(before->code, before->name,
                     customers == 1 ? Tr::tr("en kund")
                                    : Tr::tr("%1 kunder").arg(customers)));
    // A claim keeps its own copy of the address (handbook 6.1 change mode),
    // also after its customer moved: one is enough to refuse.
    const bool onClaims = m_db
                              .scalar(QStringLiteral("SELECT 1 FROM invoice WHERE "
                                                     "UPPER(country) = ? LIMIT 1"),
                                      {before->code})
                              .isValid();
    if (onClaims)
        throw LedgerError::refused(
            Tr::tr("Landskod %1 (%2) finns i adressen på fakturor i reskontran och kan inte tas "
                   "bort.")
                .arg(before->code, before->name));
    m_db.run(QStringLiteral("DELETE FROM country_code WHERE code = ?"), {before->code});
    AuditLog(m_db).recordDelete(kTable, before->code, before->name);
    work.commit();
}

} // namespace rsk
