// PaymentOrderService: printing (stamping the claims and recording the
// application), the recorded applications and the applicant data saved once
// per company (handbook 7.17 F18).
#include "dunning/paymentorder.h"

#include "audit/auditlog.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentOrderService)
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The applicant data as audit fields: one entry per value, lines joined.
QVariantMap auditMap(const PaymentOrderApplicant &a)
{
    QVariantMap out;
    const QJsonObject o = a.toJson();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("company"))
            continue;
        if (it.value().isArray()) {
            QStringList lines;
            for (const QJsonValue &v : it.value().toArray())
                lines << v.toString();
            out.insert(it.key(), lines.join(QLatin1Char('|')));
        } else {
            out.insert(it.key(), it.value().toVariant());
        }
    }
    return out;
}

// Trailing blank lines dropped, every line trimmed.
QStringList tidy(QStringList lines)
{
    for (QString &l : lines)
        l = l.trimmed();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

PaymentOrderApplication PaymentOrderService::newApplication(const QString &company)
{
    PaymentOrderApplication a;
    a.applicationDate = m_db.today();
    const QString number = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    if (const auto saved = applicant(number)) {
        a.applicant = *saved;
    } else {
        a.applicant.company = number;
        if (const auto c = ReferenceData(m_db).company(number)) {
            // A first suggestion: the company's own name and address.
            a.applicant.applicant = tidy({c->name, c->name2, c->address,
                                          (c->postalCode + QLatin1String("  ") + c->city).trimmed()});
            a.applicant.applicantOrgNr = c->orgNr;
        }
    }
    return a;
}

std::optional<PaymentOrderApplicant> PaymentOrderService::applicant(const QString &company)
{
    const QString number = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    const QVariant data = m_db.scalar(
        QStringLiteral("SELECT data FROM payment_order_applicant WHERE company = ?"), {number});
    if (!data.isValid() || data.isNull())
        return std::nullopt;
    PaymentOrderApplicant a = PaymentOrderApplicant::fromJson(parse(data.toString()));
    a.company = number;
    return a;
}

void PaymentOrderService::saveApplicant(const PaymentOrderApplicant &given)
{
    PaymentOrderApplicant a = given;
    a.company = ReferenceData::normalizeCompanyNumber(a.company).value_or(a.company);
    a.applicant = tidy(a.applicant);
    a.office = tidy(a.office);
    a.agent = tidy(a.agent);
    a.applicantOrgNr = a.applicantOrgNr.trimmed();
    a.officeCity = a.officeCity.trimmed();
    a.feePlusgiro = a.feePlusgiro.trimmed();
    QList<PaymentOrderProblem> problems = applicantProblems(a);
    if (!ReferenceData(m_db).company(a.company))
        problems.prepend({QStringLiteral("company"), 0,
                          Tr::tr("Företag \"%1\" finns inte.").arg(given.company)});
    if (!problems.isEmpty())
        throw LedgerError::refused(joined(problems));

    UnitOfWork work(m_db);
    const std::optional<PaymentOrderApplicant> before = applicant(a.company);
    if (before && *before == a) {
        work.commit();
        return;
    }
    const QString data = compact(a.toJson());
    if (before) {
        m_db.run(QStringLiteral("UPDATE payment_order_applicant SET data = ?, changed_by = ?, "
                                "changed_at = ? WHERE company = ?"),
                 {data, m_db.user(), m_db.nowStamp(), a.company});
        AuditLog(m_db).recordDiff(QStringLiteral("payment_order_applicant"), a.company,
                                  auditMap(*before), auditMap(a),
                                  Tr::tr("sökandeuppgifter betalningsföreläggande"));
    } else {
        m_db.run(QStringLiteral("INSERT INTO payment_order_applicant (company, data, changed_by, "
                                "changed_at) VALUES (?, ?, ?, ?)"),
                 {a.company, data, m_db.user(), m_db.nowStamp()});
        AuditLog(m_db).recordInsert(QStringLiteral("payment_order_applicant"), a.company,
                                    a.applicant.value(0));
    }
    work.commit();
}

PaymentOrder PaymentOrderService::print(const PaymentOrderApplication &application)
{
    UnitOfWork work(m_db);
    PaymentOrder o = compute(application);
    const QString user = m_db.user();
    const QString stamp = m_db.nowStamp();
    o.createdBy = user;
    o.createdAt = stamp;

    o.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO payment_order (application_date, id_number, name, "
                       "claim_count, capital_ore, interest_ore, costs_ore, total_ore, "
                       "cost_override_reason, overrides, document, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?) RETURNING id"),
        {dateArg(o.application.applicationDate), o.debtor.idNumber, o.debtor.name,
         int(o.claims.size()), o.capitalTotal().ore(), o.interestTotal().ore(),
         o.costsTotal().ore(), o.total().ore(), o.application.costs.overrideReason,
         o.overrides.join(QLatin1Char('\n')), user, stamp});
    m_db.run(QStringLiteral("UPDATE payment_order SET document = ? WHERE id = ?"),
             {compact(o.toJson()), o.id});

    const int code = DunningParametersRegister(m_db).parameters().paymentOrderCode;
    const QString context = Tr::tr("betalningsföreläggande %1").arg(o.id);
    const QString watch = QString::fromUtf8(kWatchText);
    AuditLog audit(m_db);
    for (const PaymentOrderClaim &c : o.claims) {
        const QVariant watchBefore = m_db.scalar(
            QStringLiteral("SELECT watch_text FROM invoice WHERE id = ?"), {c.invoiceId});
        QSqlQuery update = m_db.run(
            QStringLiteral("UPDATE invoice SET payment_order_date = ?, watch_text = ?, "
                           "changed_by = ?, changed_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"),
            {dateArg(o.application.applicationDate), watch, user, stamp, c.invoiceId, c.version});
        if (update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan samtidigt. Ingenting ändrades; "
                       "försök igen.")
                    .arg(c.company, c.invoiceNumber));
        audit.recordDiff(QStringLiteral("invoice"), c.company + QLatin1Char('/') + c.invoiceNumber,
                         {{QStringLiteral("payment_order_date"), QVariant()},
                          {QStringLiteral("watch_text"), watchBefore.toString()}},
                         {{QStringLiteral("payment_order_date"),
                           o.application.applicationDate.toString(Qt::ISODate)},
                          {QStringLiteral("watch_text"), watch}},
                         context);
        // Kravparametrar 7.2: the kravkod betalningsföreläggande sets.
        if (code != 0)
            DunningCodeAssignment(m_db).set(c.company, c.invoiceNumber, code);
        m_db.run(QStringLiteral("INSERT INTO payment_order_claim (payment_order_id, row_no, "
                                "invoice_id, capital_ore, interest_ore) VALUES (?, ?, ?, ?, ?)"),
                 {o.id, c.row, c.invoiceId, c.capital.ore(), c.interest.ore()});
    }

    // "Uppgifterna finns kvar sedan tidigare utskrifter" (F18).
    PaymentOrderApplicant applicantData = o.application.applicant;
    if (applicantData.company.isEmpty())
        applicantData.company = o.claims.first().company;
    saveApplicant(applicantData);

    audit.recordInsert(QStringLiteral("payment_order"), QString::number(o.id),
                       Tr::tr("%1 %2: %n fordringar, totalt %3 kr", nullptr, int(o.claims.size()))
                           .arg(o.debtor.idDisplay, o.debtor.name, o.total().toString()));
    if (!o.overrides.isEmpty())
        // DOMAIN.md "Legal guards": an amount above a cap only with a logged reason.
        audit.recordChange(QStringLiteral("payment_order"), QString::number(o.id),
                           QStringLiteral("cost_override_reason"), QVariant(),
                           o.application.costs.overrideReason, o.overrides.join(QStringLiteral("; ")));
    work.commit();
    return o;
}

QList<PaymentOrderInfo> PaymentOrderService::list()
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT id, application_date, id_number, name, claim_count, total_ore, created_by, "
        "created_at FROM payment_order ORDER BY id DESC"));
    QList<PaymentOrderInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), toDate(q.value(1)), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt(),
                    Money::fromOre(q.value(5).toLongLong()), q.value(6).toString(),
                    q.value(7).toString()});
    return out;
}

PaymentOrder PaymentOrderService::recorded(qint64 id)
{
    const QVariant document =
        m_db.scalar(QStringLiteral("SELECT document FROM payment_order WHERE id = ?"), {id});
    if (!document.isValid() || document.isNull())
        throw LedgerError::notFound(Tr::tr("Betalningsföreläggande %1 finns inte.").arg(id));
    PaymentOrder o = PaymentOrder::fromJson(parse(document.toString()));
    o.id = id;
    return o;
}

} // namespace rsk
