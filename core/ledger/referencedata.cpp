#include "ledger/referencedata.h"

#include "audit/auditlog.h"
#include "ledger/companysettings.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
};

Company companyFrom(const QSqlQuery &q)
{
    Company c;
    c.number = q.value(0).toString();
    c.name = q.value(1).toString();
    c.name2 = q.value(2).toString();
    c.orgNr = q.value(3).toString();
    c.bankgiro = q.value(4).toString();
    c.plusgiro = q.value(5).toString();
    c.vatNumber = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.address = q.value(8).toString();
    c.postalCode = q.value(9).toString();
    c.city = q.value(10).toString();
    c.email = q.value(11).toString();
    c.web = q.value(12).toString();
    c.iban = q.value(13).toString();
    c.bic = q.value(14).toString();
    return c;
}

const char *kCompanyColumns = "number, name, name2, org_nr, bankgiro, plusgiro, vat_number, phone, "
                              "address, postal_code, city, email, web, iban, bic";

QVariantMap companyMap(const Company &c)
{
    return {{QStringLiteral("name"), c.name},         {QStringLiteral("name2"), c.name2},
            {QStringLiteral("org_nr"), c.orgNr},      {QStringLiteral("bankgiro"), c.bankgiro},
            {QStringLiteral("plusgiro"), c.plusgiro}, {QStringLiteral("vat_number"), c.vatNumber},
            {QStringLiteral("phone"), c.phone},       {QStringLiteral("address"), c.address},
            {QStringLiteral("postal_code"), c.postalCode}, {QStringLiteral("city"), c.city},
            {QStringLiteral("email"), c.email},       {QStringLiteral("web"), c.web},
            {QStringLiteral("iban"), c.iban},         {QStringLiteral("bic"), c.bic}};
}

PaymentMethod methodFrom(const QSqlQuery &q)
{
    PaymentMethod m;
    m.code = q.value(0).toString();
    m.debit = q.value(1).toString() == QLatin1String("D");
    m.text = q.value(2).toString();
    m.textOnly = q.value(3).toBool();
    m.notBooked = q.value(4).toBool();
    m.noInterestInvoicing = q.value(5).toBool();
    m.feeType = PaymentMethod::feeTypeFromCode(q.value(6).toString());
    m.noCompress = q.value(7).toBool();
    m.account = q.value(8).toString();
    return m;
}

const char *kMethodColumns = "code, debit_credit, text, text_only, not_booked, "
                             "no_interest_invoicing, fee_type, no_compress, account";

DunningCode codeFrom(const QSqlQuery &q)
{
    DunningCode c;
    c.code = q.value(0).toInt();
    c.text = q.value(1).toString();
    c.noInvoice = q.value(2).toBool();
    c.noReminder1 = q.value(3).toBool();
    c.noReminder2 = q.value(4).toBool();
    c.noCollection = q.value(5).toBool();
    c.noInterest = q.value(6).toBool();
    c.noInterestRespite = q.value(7).toBool();
    c.noThreat = q.value(8).toBool();
    c.noResidual = q.value(9).toBool();
    return c;
}

const char *kCodeColumns = "code, text, no_invoice, no_reminder1, no_reminder2, no_collection, "
                           "no_interest, no_interest_respite, no_threat, no_residual";

} // namespace

std::optional<QString> ReferenceData::normalizeCompanyNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 3)
        return std::nullopt;
    for (QChar c : t)
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    return t.rightJustified(3, QLatin1Char('0'));
}

QList<Company> ReferenceData::companies()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM company ORDER BY number")
                               .arg(QLatin1String(kCompanyColumns)));
    QList<Company> out;
    while (q.next())
        out.append(companyFrom(q));
    return out;
}

std::optional<Company> ReferenceData::company(const QString &number)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM company WHERE number = ?")
                               .arg(QLatin1String(kCompanyColumns)),
                           {number});
    if (!q.next())
        return std::nullopt;
    return companyFrom(q);
}

void ReferenceData::saveCompany(const Company &input)
{
    // Every field's rule is in CompanySettings (handbook 9); the CLI and the
    // demo get the same checks as the Företagsuppgifter screen.
    Company c = input;
    const QList<FieldProblem> problems = CompanySettings::companyProblems(c, m_db.today());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem &p : problems)
            messages << p.message;
        throw LedgerError::refused(messages.join(QLatin1Char('\n')));
    }
    UnitOfWork work(m_db);
    AuditLog audit(m_db);
    const auto before = company(c.number);
    const QVariantMap after = companyMap(c);
    if (before) {
        m_db.run(QStringLiteral("UPDATE company SET name=?, name2=?, org_nr=?, bankgiro=?, "
                                "plusgiro=?, vat_number=?, phone=?, address=?, postal_code=?, "
                                "city=?, email=?, web=?, iban=?, bic=?, changed_by=?, "
                                "changed_at=? WHERE number=?"),
                 {c.name, c.name2, c.orgNr, c.bankgiro, c.plusgiro, c.vatNumber, c.phone,
                  c.address, c.postalCode, c.city, c.email, c.web, c.iban, c.bic, m_db.user(),
                  m_db.nowStamp(), c.number});
        audit.recordDiff(QStringLiteral("company"), c.number, companyMap(*before), after);
    } else {
        m_db.run(QStringLiteral("INSERT INTO company (number, name, name2, org_nr, bankgiro, "
                                "plusgiro, vat_number, phone, address, postal_code, city, "
                                "email, web, iban, bic, changed_by, changed_at) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                 {c.number, c.name, c.name2, c.orgNr, c.bankgiro, c.plusgiro, c.vatNumber,
                  c.phone, c.address, c.postalCode, c.city, c.email, c.web, c.iban, c.bic,
                  m_db.user(), m_db.nowStamp()});
        audit.recordInsert(QStringLiteral("company"), c.number, c.name);
    }
    work.commit();
}

QList<Routine> ReferenceData::routines()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT code, name, interest_of FROM routine "
                                          "ORDER BY code"));
    QList<Routine> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::optional<Routine> ReferenceData::routine(const QString &code)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT code, name, interest_of FROM routine WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return Routine{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QList<PaymentMethod> ReferenceData::paymentMethods()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM payment_method ORDER BY code")
                               .arg(QLatin1String(kMethodColumns)));
    QList<PaymentMethod> out;
    while (q.next())
        out.append(methodFrom(q));
    return out;
}

std::optional<PaymentMethod> ReferenceData::paymentMethod(const QString &code)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM payment_method WHERE code = ?")
                               .arg(QLatin1String(kMethodColumns)),
                           {code});
    if (!q.next())
        return std::nullopt;
    return methodFrom(q);
}

void ReferenceData::savePaymentMethod(const PaymentMethod &m)
{
    // handbook 8.1: code one digit or letter, D/K required, text <= 15.
    if (m.code.size() != 1 || !m.code.at(0).isLetterOrNumber())
        throw LedgerError::refused(
            Tr::tr("Inbetalningssätt \"%1\": koden ska vara en siffra eller bokstav.").arg(m.code));
    if (m.text.size() > limits::MethodText)
        throw LedgerError::refused(Tr::tr("Inbetalningssätt %1: texten är %2 tecken, högst %3.")
                                       .arg(m.code)
                                       .arg(m.text.size())
                                       .arg(limits::MethodText));
    if (m.textOnly && m.feeType != PaymentMethod::FeeType::None)
        throw LedgerError::refused(
            Tr::tr("Inbetalningssätt %1: ett textsätt kan inte påverka avgifter eller ränta.")
                .arg(m.code));
    const QString fee = m.feeType == PaymentMethod::FeeType::None
        ? QString()
        : QString(PaymentMethod::feeTypeCode(m.feeType));
    UnitOfWork work(m_db);
    const QVariantMap after{{QStringLiteral("debit_credit"), m.debit ? "D" : "K"},
                            {QStringLiteral("text"), m.text},
                            {QStringLiteral("text_only"), int(m.textOnly)},
                            {QStringLiteral("not_booked"), int(m.notBooked)},
                            {QStringLiteral("no_interest_invoicing"), int(m.noInterestInvoicing)},
                            {QStringLiteral("fee_type"), fee},
                            {QStringLiteral("no_compress"), int(m.noCompress)},
                            {QStringLiteral("account"), m.account}};
    AuditLog audit(m_db);
    if (const auto old = paymentMethod(m.code)) {
        const QVariantMap before{
            {QStringLiteral("debit_credit"), old->debit ? "D" : "K"},
            {QStringLiteral("text"), old->text},
            {QStringLiteral("text_only"), int(old->textOnly)},
            {QStringLiteral("not_booked"), int(old->notBooked)},
            {QStringLiteral("no_interest_invoicing"), int(old->noInterestInvoicing)},
            {QStringLiteral("fee_type"), old->feeType == PaymentMethod::FeeType::None
                                             ? QString()
                                             : QString(PaymentMethod::feeTypeCode(old->feeType))},
            {QStringLiteral("no_compress"), int(old->noCompress)},
            {QStringLiteral("account"), old->account}};
        m_db.run(QStringLiteral("UPDATE payment_method SET debit_credit=?, text=?, text_only=?, "
                                "not_booked=?, no_interest_invoicing=?, fee_type=?, "
                                "no_compress=?, account=?, changed_by=?, changed_at=? "
                                "WHERE code=?"),
                 {m.debit ? "D" : "K", m.text, int(m.textOnly), int(m.notBooked),
                  int(m.noInterestInvoicing), fee, int(m.noCompress), m.account, m_db.user(),
                  m_db.nowStamp(), m.code});
        audit.recordDiff(QStringLiteral("payment_method"), m.code, before, after);
    } else {
        m_db.run(QStringLiteral("INSERT INTO payment_method (code, debit_credit, text, text_only, "
                                "not_booked, no_interest_invoicing, fee_type, no_compress, "
                                "account, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                 {m.code, m.debit ? "D" : "K", m.text, int(m.textOnly), int(m.notBooked),
                  int(m.noInterestInvoicing), fee, int(m.noCompress), m.account, m_db.user(),
                  m_db.nowStamp()});
        audit.recordInsert(QStringLiteral("payment_method"), m.code, m.text);
    }
    work.commit();
}

void ReferenceData::deletePaymentMethod(const QString &code)
{
    UnitOfWork work(m_db);
    const auto old = paymentMethod(code);
    if (!old)
        throw LedgerError::notFound(Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(code));
    // A transaction's method code is how lists and the claim show what it was
    // (handbook 8.1); removing a used code would leave history unreadable.
    const qint64 used = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction "
                                                   "WHERE method = ?"),
                                    {code})
                            .toLongLong();
    if (used > 0)
        throw LedgerError::refused(
            Tr::tr("Inbetalningssätt %1 (%2) används av %3 transaktioner och kan inte tas bort.")
                .arg(old->code, old->text)
                .arg(used));
    m_db.run(QStringLiteral("DELETE FROM payment_method WHERE code = ?"), {code});
    AuditLog(m_db).recordDelete(QStringLiteral("payment_method"), code,
                                QStringLiteral("%1 %2 %3")
                                    .arg(old->code, old->debit ? QStringLiteral("D")
                                                               : QStringLiteral("K"),
                                         old->text));
    work.commit();
}

QList<DunningCode> ReferenceData::dunningCodes()
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_code ORDER BY code")
                               .arg(QLatin1String(kCodeColumns)));
    QList<DunningCode> out;
    while (q.next())
        out.append(codeFrom(q));
    return out;
}

std::optional<DunningCode> ReferenceData::dunningCode(int code)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_code WHERE code = ?")
                               .arg(QLatin1String(kCodeColumns)),
                           {code});
    if (!q.next())
        return std::nullopt;
    return codeFrom(q);
}

void ReferenceData::saveDunningCode(const DunningCode &c)
{
    if (c.code < 1 || c.code > 9)
        throw LedgerError::refused(Tr::tr("Kravkod %1: koden ska vara 1–9.").arg(c.code));
    if (c.text.size() > limits::DunningCodeText)
        throw LedgerError::refused(Tr::tr("Kravkod %1: texten är %2 tecken, högst %3.")
                                       .arg(c.code)
                                       .arg(c.text.size())
                                       .arg(limits::DunningCodeText));
    UnitOfWork work(m_db);
    const bool existed = dunningCode(c.code).has_value();
    m_db.run(QStringLiteral("DELETE FROM dunning_code WHERE code = ?"), {c.code});
    m_db.run(QStringLiteral("INSERT INTO dunning_code (%1) VALUES (?,?,?,?,?,?,?,?,?,?)")
                 .arg(QLatin1String(kCodeColumns)),
             {c.code, c.text, int(c.noInvoice), int(c.noReminder1), int(c.noReminder2),
              int(c.noCollection), int(c.noInterest), int(c.noInterestRespite), int(c.noThreat),
              int(c.noResidual)});
    AuditLog(m_db).recordChange(QStringLiteral("dunning_code"), QString::number(c.code),
                                existed ? QStringLiteral("definition") : QString(), QVariant(),
                                c.text);
    work.commit();
}

} // namespace rsk
