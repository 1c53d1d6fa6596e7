#include "payments/creditnote.h"

#include "audit/auditlog.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreditNoteService)
};

LedgerError refusedBy(const CreditProblem &problem)
{
    return LedgerError::refused(problem.message);
}

qint64 absOre(Money m)
{
    return m.ore() < 0 ? -m.ore() : m.ore();
}

// The transaction carries one account. When every line with an amount is
// booked on the same account, that is the credit's account; otherwise the
// method's fixed account applies (PostingService) and the per-line kontering
// travels on the document and in the audit row.
QString commonAccount(const QList<InvoiceLine> &lines)
{
    QSet<QString> accounts;
    for (const InvoiceLine &l : lines) {
        if (!l.amount.isZero() && !l.account.trimmed().isEmpty())
            accounts.insert(l.account.trimmed());
    }
    return accounts.size() == 1 ? *accounts.cbegin() : QString();
}

QString linesSummary(const QList<InvoiceLine> &lines)
{
    QStringList parts;
    for (const InvoiceLine &l : lines) {
        QString part = l.text.trimmed() + QLatin1Char(' ') + l.amount.toString();
        if (!l.account.trimmed().isEmpty())
            part += QStringLiteral(" (%1)").arg(l.account.trimmed());
        parts << part;
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

QString CreditNoteService::heading(CreditDocumentKind kind)
{
    switch (kind) {
    case CreditDocumentKind::CreditInvoice:
        return Tr::tr("Kreditfaktura");
    case CreditDocumentKind::AnnulmentNotice:
        return Tr::tr("Annulleringsbesked");
    case CreditDocumentKind::None:
        break;
    }
    return {};
}

QString CreditNoteService::sourceTag(CreditDocumentKind kind)
{
    switch (kind) {
    case CreditDocumentKind::CreditInvoice:
        return QStringLiteral("credit-invoice");
    case CreditDocumentKind::AnnulmentNotice:
        return QStringLiteral("annulment-notice");
    case CreditDocumentKind::None:
        break;
    }
    return QStringLiteral("credit");
}

std::optional<QString> CreditNoteService::methodProblem(const QString &code)
{
    if (code.trimmed().isEmpty())
        return Tr::tr("Inbetalningssätt saknas (t.ex. 2 Kreditfaktura eller 3 Annullering).");
    const auto m = ReferenceData(m_db).paymentMethod(code.trimmed());
    if (!m)
        return Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(code.trimmed());
    // handbook 4.5: the method only names the transaction; but the posting
    // rules of 8.1 still apply, so only a method that lowers the capital and
    // nothing else gives what a credit is (DOMAIN.md "A claim's money").
    if (m->debit)
        return Tr::tr("Inbetalningssätt %1 (%2) är ett debetsätt; en kreditering ska minska "
                      "fordran.")
            .arg(m->code, m->text);
    if (m->textOnly)
        return Tr::tr("Inbetalningssätt %1 (%2) är endast för text och ändrar inget belopp.")
            .arg(m->code, m->text);
    if (m->feeType != PaymentMethod::FeeType::None)
        return Tr::tr("Inbetalningssätt %1 (%2) avser avgifter eller ränta, inte fakturans "
                      "kapital.")
            .arg(m->code, m->text);
    if (!m->noInterestInvoicing)
        return Tr::tr("Inbetalningssätt %1 (%2) fördelar beloppet på avgifter och ränta först; "
                      "välj ett sätt märkt \"dröjsmålsfaktureras ej\", t.ex. 2 Kreditfaktura "
                      "eller 3 Annullering.")
            .arg(m->code, m->text);
    return std::nullopt;
}

QList<PaymentMethod> CreditNoteService::creditMethods()
{
    QList<PaymentMethod> out;
    for (const PaymentMethod &m : ReferenceData(m_db).paymentMethods()) {
        if (!methodProblem(m.code))
            out << m;
    }
    return out;
}

QList<CreditProblem> CreditNoteService::checkHeader(const CreditHeader &h)
{
    QList<CreditProblem> problems;
    const auto company = ReferenceData::normalizeCompanyNumber(h.company);
    if (!company || !ReferenceData(m_db).company(*company))
        problems << CreditProblem{CreditField::Company,
                                  Tr::tr("Företag \"%1\" finns inte.").arg(h.company)};
    if (!h.transactionDate.isValid())
        problems << CreditProblem{CreditField::TransactionDate,
                                  Tr::tr("Transaktionsdatum saknas eller är ogiltigt; skriv "
                                         "ÅÅMMDD.")};
    if (const auto why = methodProblem(h.method))
        problems << CreditProblem{CreditField::Method, *why};
    const auto number = InvoiceRepository::normalizeInvoiceNumber(h.invoiceNumber);
    if (!number) {
        problems << CreditProblem{CreditField::InvoiceNumber,
                                  h.invoiceNumber.trimmed().isEmpty()
                                      ? Tr::tr("Fakturanummer saknas.")
                                      : Tr::tr("Fakturanummer \"%1\" ska vara högst 9 siffror.")
                                            .arg(h.invoiceNumber)};
    } else if (company) {
        const auto claim = InvoiceRepository(m_db).find(*company, *number,
                                                        InvoiceRepository::Detail::Header);
        if (!claim)
            problems << CreditProblem{CreditField::InvoiceNumber,
                                      Tr::tr("Faktura %1 finns inte i företag %2.")
                                          .arg(*number, *company)};
        else if (!claim->capitalOpen.isPositive())
            problems << CreditProblem{CreditField::InvoiceNumber,
                                      Tr::tr("Faktura %1 har inget öppet kapital att kreditera "
                                             "(kapital kvar %2).")
                                          .arg(*number, claim->capitalOpen.toString())};
    }
    if (h.remark.size() > limits::Remark)
        problems << CreditProblem{CreditField::Remark,
                                  Tr::tr("Anmärkningen är %1 tecken, högst %2 är tillåtet.")
                                      .arg(h.remark.size())
                                      .arg(limits::Remark)};
    return problems;
}

CreditProposal CreditNoteService::propose(const CreditHeader &header)
{
    const QList<CreditProblem> problems = checkHeader(header);
    if (!problems.isEmpty())
        throw refusedBy(problems.first());
    CreditProposal p;
    p.header = header;
    p.header.company = *ReferenceData::normalizeCompanyNumber(header.company);
    p.header.invoiceNumber = *InvoiceRepository::normalizeInvoiceNumber(header.invoiceNumber);
    p.header.method = header.method.trimmed();
    p.claim = InvoiceRepository(m_db).require(p.header.company, p.header.invoiceNumber,
                                              InvoiceRepository::Detail::WithLinesAndTransactions);
    // handbook 4.5: "Beloppen läggs ut med omvända tecken."
    for (InvoiceLine line : std::as_const(p.claim.lines)) {
        line.amount = -line.amount;
        p.lines << line;
    }
    if (p.lines.isEmpty()) // a claim always has lines; an old import might not
        p.lines << InvoiceLine{1, p.claim.description, -p.claim.amount, QString()};
    return p;
}

Money CreditNoteService::total(const QList<InvoiceLine> &lines)
{
    Money sum;
    for (const InvoiceLine &l : lines)
        sum += l.amount;
    return sum;
}

QList<CreditProblem> CreditNoteService::checkLines(const QList<InvoiceLine> &lines)
{
    QList<CreditProblem> problems;
    bool tooLarge = false;
    for (int i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines.at(i);
        if (l.text.size() > limits::LineText)
            problems << CreditProblem{CreditField::Lines,
                                      Tr::tr("Rad %1: texten är %2 tecken, högst %3.")
                                          .arg(i + 1)
                                          .arg(l.text.size())
                                          .arg(limits::LineText),
                                      i};
        if (l.account.size() > limits::Account)
            problems << CreditProblem{CreditField::Lines,
                                      Tr::tr("Rad %1: kontot är %2 tecken, högst %3.")
                                          .arg(i + 1)
                                          .arg(l.account.size())
                                          .arg(limits::Account),
                                      i};
        if (absOre(l.amount) > Money::MaxAbsOre) {
            tooLarge = true;
            problems << CreditProblem{CreditField::Lines,
                                      Tr::tr("Rad %1: beloppet har fler än 10 siffror.").arg(i + 1),
                                      i};
        }
    }
    if (tooLarge)
        return problems;
    const Money sum = total(lines);
    if (!sum.isNegative())
        problems << CreditProblem{CreditField::Lines,
                                  Tr::tr("Raderna summerar till %1; en kreditering ska ge ett "
                                         "negativt belopp.")
                                      .arg(sum.toString())};
    return problems;
}

CreditResult CreditNoteService::execute(const CreditRequest &r)
{
    QList<CreditProblem> problems = checkHeader(r.header);
    problems += checkLines(r.lines);
    if (r.handler.size() > limits::Handler)
        problems << CreditProblem{CreditField::Handler,
                                  Tr::tr("Handläggaren är %1 tecken, högst %2.")
                                      .arg(r.handler.size())
                                      .arg(limits::Handler)};
    if (!problems.isEmpty())
        throw refusedBy(problems.first());
    const QString company = *ReferenceData::normalizeCompanyNumber(r.header.company);
    const QString number = *InvoiceRepository::normalizeInvoiceNumber(r.header.invoiceNumber);

    UnitOfWork work(m_db);
    InvoiceRepository repo(m_db);
    const Invoice before = repo.require(company, number);
    if (r.expectedVersion > 0 && before.version != r.expectedVersion)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 har ändrats av %2 (%3) sedan den lästes in. Läs in den igen.")
                .arg(number, before.changedBy, before.changedAt));
    const Money credited = -total(r.lines);
    // A credit lowers the capital only (settle(): "no interest invoicing"
    // methods), so it may not take more than the capital still open; fees
    // and interest are written off with their own P/K/D methods (handbook 8.1).
    if (credited > before.capitalOpen)
        throw LedgerError::refused(
            Tr::tr("Krediteringen %1 överstiger fakturans öppna kapital %2 (faktura %3).")
                .arg(credited.toString(), before.capitalOpen.toString(), number));

    PostingRequest posting;
    posting.company = company;
    posting.invoiceNumber = number;
    posting.method = r.header.method.trimmed();
    posting.amount = credited;
    posting.transactionDate = r.header.transactionDate;
    posting.remark = r.header.remark;
    posting.account = commonAccount(r.lines);
    posting.source = sourceTag(r.document);
    posting.expectedVersion = before.version;

    CreditResult result;
    result.transaction = PostingService(m_db).post(posting);
    result.credited = credited;
    result.kind = r.document;
    result.claim = repo.require(company, number);

    const QString key = company + QLatin1Char('/') + number;
    const QString what = r.document == CreditDocumentKind::None
        ? Tr::tr("Kreditering utan utskrift")
        : heading(r.document);
    AuditLog(m_db).recordInsert(QStringLiteral("credit_note"), key,
                                Tr::tr("%1 %2: %3").arg(what, credited.toString(),
                                                        linesSummary(r.lines)),
                                QStringLiteral("transaction %1").arg(result.transaction.id));
    if (r.document != CreditDocumentKind::None)
        result.document = document(r, result.claim);
    work.commit();
    return result;
}

CreditDocument CreditNoteService::document(const CreditRequest &r, const Invoice &after)
{
    CreditDocument d;
    d.kind = r.document;
    d.heading = heading(r.document);
    d.sender = ReferenceData(m_db).company(after.company).value_or(Company{});
    d.debtorName = after.name;
    d.debtorName2 = after.name2;
    // DOMAIN.md "People and trust": a protected identity's address is never printed.
    const bool withheld = ProtectedIdentity(m_db).customer(after.customerId);
    d.addressWithheld = withheld;
    if (!withheld) {
        d.co = after.co;
        d.address = after.address;
        d.postalCode = after.postalCode;
        d.city = after.city;
        d.country = CountryNames(m_db).printed(after.country);
    }
    d.customerNumber = after.customerNumber;
    d.invoiceNumber = after.invoiceNumber;
    d.invoiceDate = after.invoiceDate;
    d.date = r.header.transactionDate;
    d.lines = r.lines;
    d.total = total(r.lines);
    d.newBalance = after.balance;
    d.remark = r.header.remark;
    d.handler = r.handler;
    return d;
}

} // namespace rsk
