// PaymentPlanService: reads the claims, computes the plan and commits it
// (handbook 7.18). Types and the pure schedule are in paymentplan.cpp, the
// checks of a request in paymentplancheck.cpp.
#include "dunning/paymentplan.h"

#include "audit/auditlog.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningsettings.h"
#include "interest/interestservice.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPlanService)
};

const QString kCreditorScope = QStringLiteral("payment_plan_creditor");

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

QString kronor(Money m)
{
    return QString::number(m.ore() / 100);
}

// "001"/"040000001" from what was typed, or the text as typed when it is not
// a number of the right shape (the check then names it).
QString companyKey(const QString &text)
{
    return ReferenceData::normalizeCompanyNumber(text.trimmed()).value_or(text.trimmed());
}

QString invoiceKey(const QString &text)
{
    return InvoiceRepository::normalizeInvoiceNumber(text.trimmed()).value_or(text.trimmed());
}

QList<QPair<QString, QString>> creditorValues(const PaymentPlanCreditor &c)
{
    return {{QStringLiteral("org_nr"), c.orgNr},      {QStringLiteral("name"), c.name},
            {QStringLiteral("address"), c.address},   {QStringLiteral("postal_code"), c.postalCode},
            {QStringLiteral("city"), c.city},         {QStringLiteral("phone"), c.phone},
            {QStringLiteral("plusgiro"), c.plusgiro}, {QStringLiteral("bankgiro"), c.bankgiro}};
}

} // namespace

QString PaymentPlanService::watchText()
{
    return Tr::tr("Amorteringsplan");
}

PaymentPlanClaimLine PaymentPlanService::claimLine(const PaymentPlanClaimRef &ref,
                                                   const QDate &planDate, bool noInterest)
{
    const Invoice inv =
        InvoiceRepository(m_db).require(companyKey(ref.company), invoiceKey(ref.invoiceNumber));
    const QString which = inv.company + QLatin1Char('/') + inv.invoiceNumber;
    if (!inv.balance.isPositive())
        throw LedgerError::refused(
            Tr::tr("Faktura %1 har ingen skuld (saldo %2).").arg(which, inv.balance.toString()));
    if (inv.paymentPlanDate.isValid())
        throw LedgerError::refused(
            Tr::tr("Faktura %1 ingår redan i en amorteringsplan från %2; blanka datumet för "
                   "amorteringsplan på fakturan för att ta fram en ny.")
                .arg(which, isoDate(inv.paymentPlanDate)));
    PaymentPlanClaimLine l;
    l.invoiceId = inv.id;
    l.version = inv.version;
    l.company = inv.company;
    l.invoiceNumber = inv.invoiceNumber;
    l.idNumber = inv.idNumber;
    l.text = inv.description;
    l.dueDate = inv.dueDate;
    l.capital = Money::max(inv.capitalOpen, Money());
    l.reminderFee = inv.reminderFeeOpen;
    l.collectionFee = inv.collectionFeeOpen;
    l.interest = inv.interestOpen;
    if (noInterest) {
        l.note = Tr::tr("Ej ränta");
    } else if (l.capital.isPositive()) {
        InterestService interest(m_db);
        const InterestResult r =
            interest.calculator().compute(interest.claimTimeline(inv), planDate);
        // What was debited of it is already in interestOpen (or paid).
        l.interest += Money::max(r.interest - inv.interestDebited, Money());
        l.note = r.note;
    }
    return l;
}

PaymentPlanDebtor PaymentPlanService::debtorFrom(const PaymentPlanClaimRef &ref)
{
    const Invoice inv =
        InvoiceRepository(m_db).require(companyKey(ref.company), invoiceKey(ref.invoiceNumber));
    PaymentPlanDebtor d;
    d.name = inv.name;
    d.idNumber = inv.idNumber;
    d.name2 = inv.idNumber2.isEmpty() ? QString() : inv.name2;
    d.idNumber2 = inv.idNumber2;
    // DOMAIN.md "People and trust": a protected identity's address is never printed.
    d.addressWithheld = ProtectedIdentity(m_db).customer(inv.customerId);
    if (!d.addressWithheld) {
        d.co = inv.co;
        d.address = inv.address;
        d.postalCode = inv.postalCode;
        d.city = inv.city;
    }
    return d;
}

std::optional<PaymentPlanCreditor> PaymentPlanService::savedCreditor()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT name, value FROM setting WHERE scope = ?"),
                           {kCreditorScope});
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (values.isEmpty())
        return std::nullopt;
    const auto v = [&](const char *name) { return values.value(QLatin1String(name)); };
    return PaymentPlanCreditor{v("org_nr"), v("name"),  v("address"),  v("postal_code"),
                               v("city"),   v("phone"), v("plusgiro"), v("bankgiro")};
}

PaymentPlanCreditor PaymentPlanService::creditorFor(const QString &company)
{
    if (auto saved = savedCreditor())
        return *saved;
    ReferenceData ref(m_db);
    std::optional<Company> c = ref.company(companyKey(company));
    if (!c) {
        const QList<Company> all = ref.companies();
        if (all.isEmpty())
            return {};
        c = all.first();
    }
    return {digitsOnly(c->orgNr),
            c->name,
            c->address,
            c->postalCode,
            c->city,
            c->phone,
            digitsOnly(c->plusgiro),
            digitsOnly(c->bankgiro)};
}

PaymentPlanRequest PaymentPlanService::resolve(const PaymentPlanRequest &request)
{
    PaymentPlanRequest r = request;
    if (!r.planDate.isValid())
        r.planDate = m_db.today();
    if (r.debtor.name.trimmed().isEmpty() && !r.claims.isEmpty()) {
        try {
            r.debtor = debtorFrom(r.claims.first());
        } catch (const LedgerError &) {
            // The claim's own problem is reported by check().
        }
    }
    if (r.creditor.isEmpty())
        r.creditor = creditorFor(r.claims.isEmpty() ? QString() : r.claims.first().company);
    r.creditor.orgNr = r.creditor.orgNr.trimmed().remove(QLatin1Char('-'));
    r.creditor.plusgiro = r.creditor.plusgiro.trimmed().remove(QLatin1Char('-'));
    r.creditor.bankgiro = r.creditor.bankgiro.trimmed().remove(QLatin1Char('-'));
    return r;
}

QList<PaymentPlanProblem> PaymentPlanService::problems(const PaymentPlanRequest &request)
{
    return check(resolve(request), nullptr);
}

PaymentPlan PaymentPlanService::compute(const PaymentPlanRequest &request)
{
    const PaymentPlanRequest r = resolve(request);
    QList<PaymentPlanClaimLine> lines;
    const QList<PaymentPlanProblem> problems = check(r, &lines);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const PaymentPlanProblem &p : problems)
            messages << p.message;
        throw LedgerError::refused(messages.join(QLatin1Char('\n')));
    }
    InterestService interest(m_db);
    for (const PaymentPlanOtherClaim &o : r.others) {
        PaymentPlanClaimLine l;
        l.text = o.text.trimmed();
        l.dueDate = o.dueDate;
        (o.isFee() ? l.otherFee : l.capital) = o.debt;
        if (o.interest) {
            l.interest = *o.interest;
            l.interestGiven = true;
        } else if (o.dueDate.isValid() && !r.terms.noInterest) {
            const InterestResult ir = interest.forAmount(o.debt, o.dueDate, r.planDate);
            l.interest = ir.interest;
            l.note = ir.note;
        }
        lines.append(l);
    }

    PaymentPlan plan;
    plan.planDate = r.planDate;
    plan.debtor = r.debtor;
    plan.creditor = r.creditor;
    plan.claims = lines;
    plan.terms = r.terms;
    plan.texts = r.texts;
    while (!plan.texts.isEmpty() && plan.texts.last().trimmed().isEmpty())
        plan.texts.removeLast();

    PaymentScheduleInput in{plan.planDate, plan.capital(), plan.fees(), plan.accruedInterest(),
                            plan.terms};
    const InterestSettings settings = InterestSettingsStore(m_db).load();
    const ReferenceRateTable rates = ReferenceRates(m_db).table();
    const PaymentSchedule s = schedule(in, settings, rates);
    if (s.tooLong) {
        const auto fit = fittingAmount(in, settings, rates);
        const bool then = r.terms.months > 0 && r.terms.months < MaxMonths;
        QString message = Tr::tr("Planen blir längre än %1 månader.").arg(MaxMonths);
        if (!fit)
            message += QLatin1Char(' ') + Tr::tr("Inget månadsbelopp med högst 8 siffror räcker.");
        else if (then)
            message += QLatin1Char(' ')
                       + Tr::tr("Med %1 kr i %2 månader räcker %3 kr per månad därefter.")
                             .arg(kronor(r.terms.monthly))
                             .arg(r.terms.months)
                             .arg(kronor(*fit));
        else
            message += QLatin1Char(' ')
                       + Tr::tr("Månadsbelopp som räcker: %1 kr (angivet %2 kr).")
                             .arg(kronor(*fit), kronor(r.terms.monthly));
        throw LedgerError::refused(message);
    }
    plan.instalments = s.instalments;
    plan.notes = s.notes;
    plan.marginHundredths = r.terms.noInterest ? 0 : settings.marginHundredths;
    return plan;
}

PaymentPlan PaymentPlanService::plan(const PaymentPlanRequest &request)
{
    return compute(request);
}

void PaymentPlanService::saveCreditor(const PaymentPlanCreditor &creditor)
{
    const std::optional<PaymentPlanCreditor> before = savedCreditor();
    const auto old = creditorValues(before.value_or(PaymentPlanCreditor{}));
    const auto now = creditorValues(creditor);
    AuditLog audit(m_db);
    for (int i = 0; i < now.size(); ++i) {
        if (before && old[i].second == now[i].second)
            continue;
        m_db.run(QStringLiteral("DELETE FROM setting WHERE scope = ? AND name = ?"),
                 {kCreditorScope, now[i].first});
        m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES (?, ?, ?)"),
                 {kCreditorScope, now[i].first, now[i].second});
        audit.recordChange(QStringLiteral("setting"), kCreditorScope, now[i].first,
                           before ? QVariant(old[i].second) : QVariant(), now[i].second,
                           Tr::tr("borgenär för amorteringsplaner"));
    }
}

PaymentPlan PaymentPlanService::commit(const PaymentPlanRequest &request)
{
    UnitOfWork work(m_db);
    PaymentPlan plan = compute(request);
    saveCreditor(plan.creditor);
    const int code = DunningParametersRegister(m_db).parameters().paymentPlanCode;
    const QString user = m_db.user();
    const QString stamp = m_db.nowStamp();
    const QString watch = watchText();
    AuditLog audit(m_db);
    InvoiceRepository repo(m_db);
    for (const PaymentPlanClaimLine &l : plan.claims) {
        if (!l.isLedgerClaim())
            continue;
        const Invoice before = repo.require(l.company, l.invoiceNumber);
        const QString key = l.company + QLatin1Char('/') + l.invoiceNumber;
        QSqlQuery update =
            m_db.run(QStringLiteral("UPDATE invoice SET payment_plan_date = ?, watch_text = ?, "
                                    "changed_by = ?, changed_at = ?, version = version + 1 "
                                    "WHERE id = ? AND version = ?"),
                     {dateArg(plan.planDate), watch, user, stamp, l.invoiceId, l.version});
        if (before.version != l.version || update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1 ändrades av någon annan under tiden. Inget ändrades; "
                       "gör kontrollen igen.")
                    .arg(key));
        audit.recordDiff(QStringLiteral("invoice"), key,
                         {{QStringLiteral("payment_plan_date"), dateArg(before.paymentPlanDate)},
                          {QStringLiteral("watch_text"), before.watchText}},
                         {{QStringLiteral("payment_plan_date"), dateArg(plan.planDate)},
                          {QStringLiteral("watch_text"), watch}},
                         Tr::tr("amorteringsplan"));
        if (code > 0)
            DunningCodeAssignment(m_db).set(l.company, l.invoiceNumber, code, QDate(),
                                            l.version + 1);
    }
    plan.createdBy = user;
    plan.createdAt = stamp;
    plan.id = m_db.insertReturningId(
        QStringLiteral("INSERT INTO payment_plan (plan_date, debtor_name, debtor_id_number, "
                       "total_debt_ore, instalment_count, first_date, last_date, monthly_ore, "
                       "document, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                       "RETURNING id"),
        {dateArg(plan.planDate), plan.debtor.name, plan.debtor.idNumber, plan.totalDebt().ore(),
         int(plan.instalments.size()), dateArg(plan.terms.firstDate),
         dateArg(plan.instalments.isEmpty() ? plan.terms.firstDate : plan.instalments.last().date),
         plan.terms.monthly.ore(),
         QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)), user,
         stamp});
    for (const PaymentPlanClaimLine &l : plan.claims)
        if (l.isLedgerClaim())
            m_db.run(QStringLiteral("INSERT INTO payment_plan_claim (plan_id, invoice_id) "
                                    "VALUES (?, ?)"),
                     {plan.id, l.invoiceId});
    QString context;
    if (plan.terms.noticeFee.ore() > fee_cap::PaymentPlanOre)
        context =
            Tr::tr("aviseringsavgift %1 kr över gränsen %2 kr: %3")
                .arg(kronor(plan.terms.noticeFee), kronor(Money::fromOre(fee_cap::PaymentPlanOre)),
                     plan.terms.noticeFeeOverrideReason.trimmed());
    audit.recordInsert(
        QStringLiteral("payment_plan"), QString::number(plan.id),
        Tr::tr("Amorteringsplan för %1 (%2): skuld %3 kr, %4 delbetalningar "
               "%5–%6")
            .arg(plan.debtor.name, plan.debtor.idNumber, plan.totalDebt().toString())
            .arg(plan.instalments.size())
            .arg(isoDate(plan.terms.firstDate),
                 isoDate(plan.instalments.isEmpty() ? QDate() : plan.instalments.last().date)),
        context);
    work.commit();
    return plan;
}

QList<PaymentPlanInfo> PaymentPlanService::plans()
{
    QList<PaymentPlanInfo> out;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT id, plan_date, debtor_name, debtor_id_number, total_debt_ore, instalment_count, "
        "first_date, last_date, created_by, created_at FROM payment_plan ORDER BY id DESC"));
    while (q.next()) {
        PaymentPlanInfo i;
        i.id = q.value(0).toLongLong();
        i.planDate = toDate(q.value(1));
        i.debtorName = q.value(2).toString();
        i.idNumber = q.value(3).toString();
        i.totalDebt = Money::fromOre(q.value(4).toLongLong());
        i.instalments = q.value(5).toInt();
        i.firstDate = toDate(q.value(6));
        i.lastDate = toDate(q.value(7));
        i.createdBy = q.value(8).toString();
        i.createdAt = q.value(9).toString();
        out.append(i);
    }
    return out;
}

std::optional<PaymentPlan> PaymentPlanService::stored(qint64 id)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT document, created_by, created_at FROM "
                                          "payment_plan WHERE id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    PaymentPlan p =
        PaymentPlan::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    p.id = id;
    p.createdBy = q.value(1).toString();
    p.createdAt = q.value(2).toString();
    return p;
}

void PaymentPlanService::releaseClaim(const PaymentPlanClaimRef &ref)
{
    UnitOfWork work(m_db);
    const Invoice before =
        InvoiceRepository(m_db).require(companyKey(ref.company), invoiceKey(ref.invoiceNumber));
    const QString key = before.company + QLatin1Char('/') + before.invoiceNumber;
    if (!before.paymentPlanDate.isValid())
        throw LedgerError::refused(
            Tr::tr("Faktura %1 har inget datum för amorteringsplan.").arg(key));
    QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE invoice SET payment_plan_date = NULL, changed_by = ?, "
                       "changed_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {m_db.user(), m_db.nowStamp(), before.id, before.version});
    if (update.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 ändrades av någon annan samtidigt. Försök igen.").arg(key));
    AuditLog(m_db).recordChange(QStringLiteral("invoice"), key, QStringLiteral("payment_plan_date"),
                                dateArg(before.paymentPlanDate), QVariant(),
                                Tr::tr("datum för amorteringsplan blankat"));
    work.commit();
}

} // namespace rsk
