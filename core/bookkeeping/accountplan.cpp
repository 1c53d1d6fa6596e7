#include "bookkeeping/accountplan.h"

#include "audit/auditlog.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountPlan)
};

const QString kTable = QStringLiteral("account_part");

bool isEmptyRow(const AccountPart &p)
{
    return p.name.isEmpty() && p.length == 0 && !p.required;
}

QString field(int number, const char *what)
{
    return QStringLiteral("part.%1.%2").arg(number).arg(QLatin1String(what));
}

// "7", "7 eller 11", "7, 11 eller 16"
QString orList(const QList<int> &values)
{
    QStringList texts;
    for (int v : values)
        texts << QString::number(v);
    if (texts.size() < 2)
        return texts.join(QString());
    const QString last = texts.takeLast();
    return Tr::tr("%1 eller %2").arg(texts.join(QStringLiteral(", ")), last);
}

QVariantMap partMap(const AccountPart &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("length"), p.length},
            {QStringLiteral("required"), int(p.required)}};
}

} // namespace

QList<AccountPart> AccountPlan::normalized(QList<AccountPart> parts)
{
    for (AccountPart &p : parts)
        p.name = p.name.trimmed();
    while (!parts.isEmpty() && isEmptyRow(parts.constLast()))
        parts.removeLast();
    return parts;
}

QList<FieldProblem> AccountPlan::problems(const QList<AccountPart> &input)
{
    const QList<AccountPart> parts = normalized(input);
    QList<FieldProblem> out;
    if (parts.size() > kMaxParts) {
        out.append({field(kMaxParts + 1, "name"),
                    Tr::tr("Högst %1 kontodelar, här finns %2.").arg(kMaxParts).arg(parts.size())});
        return out;
    }
    int total = 0;
    int firstOptional = 0; // 1-based number of the first optional part, 0 = none yet
    for (int i = 0; i < parts.size(); ++i) {
        const AccountPart &p = parts.at(i);
        const int n = i + 1;
        if (isEmptyRow(p)) {
            out.append({field(n, "name"),
                        Tr::tr("Kontodel %1 är tom men del %2 är ifylld; delarna följer på "
                               "varandra utan luckor.")
                            .arg(n)
                            .arg(parts.size())});
            continue;
        }
        if (p.name.isEmpty())
            out.append({field(n, "name"), Tr::tr("Kontodel %1: ange en benämning.").arg(n)});
        else if (p.name.size() > kMaxNameLength)
            out.append({field(n, "name"), Tr::tr("Kontodel %1: benämningen \"%2\" är %3 tecken, "
                                                 "högst %4.")
                                              .arg(n)
                                              .arg(p.name)
                                              .arg(p.name.size())
                                              .arg(kMaxNameLength)});
        for (int j = 0; j < i && !p.name.isEmpty(); ++j) {
            if (parts.at(j).name.compare(p.name, Qt::CaseInsensitive) == 0) {
                out.append({field(n, "name"), Tr::tr("Kontodel %1: benämningen \"%2\" har redan "
                                                     "kontodel %3.")
                                                  .arg(n)
                                                  .arg(p.name)
                                                  .arg(j + 1)});
                break;
            }
        }
        if (p.length < 1 || p.length > kMaxPartLength)
            out.append({field(n, "length"), Tr::tr("Kontodel %1: längden ska vara 1–%2 siffror.")
                                                .arg(n)
                                                .arg(kMaxPartLength)});
        else
            total += p.length;
        // The account itself is part 1 and every posting has one.
        if (n == 1 && !p.required)
            out.append({field(n, "required"),
                        Tr::tr("Kontodel 1 är kontot och ska vara obligatorisk.")});
        if (p.required && firstOptional > 0)
            out.append({field(n, "required"),
                        Tr::tr("Kontodel %1 är obligatorisk men kommer efter den valfria kontodel "
                               "%2; lägg de obligatoriska delarna först.")
                            .arg(n)
                            .arg(firstOptional)});
        if (!p.required && firstOptional == 0)
            firstOptional = n;
    }
    // A whole kontering is stored where accounts are (at most limits::Account digits).
    if (total > limits::Account)
        out.append({field(int(parts.size()), "length"),
                    Tr::tr("Kontodelarna är tillsammans %1 siffror; en kontering rymmer högst %2.")
                        .arg(total)
                        .arg(limits::Account)});
    return out;
}

QList<int> AccountPlan::validLengths(const QList<AccountPart> &parts)
{
    int lastRequired = -1;
    for (int i = 0; i < parts.size(); ++i)
        if (parts.at(i).required)
            lastRequired = i;
    QList<int> out;
    int sum = 0;
    for (int i = 0; i < parts.size(); ++i) {
        sum += parts.at(i).length;
        if (i >= lastRequired)
            out << sum;
    }
    return out;
}

std::optional<QString> AccountPlan::accountProblem(const QList<AccountPart> &parts,
                                                   const QString &account)
{
    const QList<int> lengths = validLengths(parts);
    if (lengths.isEmpty() || lengths.contains(int(account.size())))
        return std::nullopt;
    QStringList required;
    for (const AccountPart &p : parts)
        if (p.required)
            required << QStringLiteral("%1 (%2)").arg(p.name).arg(p.length);
    return Tr::tr("Kontot \"%1\" har %2 siffror, men en kontering enligt kontoplanen har %3 "
                  "siffror (obligatoriskt: %4).")
        .arg(account)
        .arg(account.size())
        .arg(orList(lengths), required.join(QStringLiteral(", ")));
}

QList<AccountPart> AccountPlan::parts(const QString &company)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT name, length, required FROM account_part "
                                          "WHERE company = ? ORDER BY part"),
                           {company});
    QList<AccountPart> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt() != 0});
    return out;
}

void AccountPlan::save(const QString &company, const QList<AccountPart> &input)
{
    const QList<AccountPart> after = normalized(input);
    const QList<FieldProblem> found = problems(after);
    if (!found.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &p : found)
            messages << p.message;
        throw LedgerError::refused(messages.join(QLatin1Char('\n')));
    }
    UnitOfWork work(m_db);
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM company WHERE number = ?"), {company}).isValid())
        throw LedgerError::notFound(Tr::tr("Företag %1 finns inte.").arg(company));
    const QList<AccountPart> before = parts(company);
    AuditLog audit(m_db);
    const int count = int(qMax(before.size(), after.size()));
    for (int i = 0; i < count; ++i) {
        const QString key = company + QLatin1Char('/') + QString::number(i + 1);
        if (i >= after.size()) {
            m_db.run(QStringLiteral("DELETE FROM account_part WHERE company = ? AND part = ?"),
                     {company, i + 1});
            audit.recordDelete(kTable, key, before.at(i).name);
            continue;
        }
        const AccountPart &p = after.at(i);
        if (i >= before.size()) {
            m_db.run(QStringLiteral("INSERT INTO account_part (company, part, name, length, "
                                    "required) VALUES (?, ?, ?, ?, ?)"),
                     {company, i + 1, p.name, p.length, int(p.required)});
            audit.recordInsert(kTable, key,
                               QStringLiteral("%1 %2%3").arg(p.name).arg(p.length).arg(
                                   p.required ? QStringLiteral(" X") : QString()));
            continue;
        }
        if (audit.recordDiff(kTable, key, partMap(before.at(i)), partMap(p)) > 0)
            m_db.run(QStringLiteral("UPDATE account_part SET name = ?, length = ?, required = ? "
                                    "WHERE company = ? AND part = ?"),
                     {p.name, p.length, int(p.required), company, i + 1});
    }
    work.commit();
}

} // namespace rsk
