#include "payments/paymentregistration.h"

#include "audit/auditlog.h"
#include "dates/dateparse.h"
#include "ledger/batchstore.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRegistration)
};

BatchStore batches(Database &db)
{
    return BatchStore(db, QLatin1String("payments"));
}

// Problems are listed in the order of the form (handbook 4.1), so the first
// one is the field that gets focus.
int fieldRank(const QString &field)
{
    static const char *const order[] = {paymentfield::Company,       paymentfield::TransactionDate,
                                        paymentfield::Method,        paymentfield::InvoiceNumber,
                                        paymentfield::Amount,        paymentfield::Remark,
                                        paymentfield::Account};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (field == QLatin1String(order[i]))
            return i;
    }
    return int(std::size(order));
}

QString lineKey(qint64 batchId, int lineNo)
{
    return QStringLiteral("%1/%2").arg(batchId).arg(lineNo);
}

QVariantMap lineMap(const PostingRequest &r)
{
    return {{QStringLiteral("company"), r.company},
            {QStringLiteral("transaction_date"), isoDate(r.transactionDate)},
            {QStringLiteral("method"), r.method},
            {QStringLiteral("invoice_number"), r.invoiceNumber},
            {QStringLiteral("amount_ore"), QString::number(r.amount.ore())},
            {QStringLiteral("remark"), r.remark},
            {QStringLiteral("account"), r.account}};
}

QString lineSummary(const PostingRequest &r)
{
    return QStringLiteral("%1/%2 %3 %4 %5 %6")
        .arg(r.company, r.invoiceNumber, r.method, r.amount.toString(), isoDate(r.transactionDate),
             r.remark);
}

// Checks payment lines against the ledger and keeps, per claim, the state the
// lines checked so far would leave it in. The money rules are settle()'s
// (ledger/posting.h), so they live in one place.
class LineChecker
{
public:
    explicit LineChecker(Database &db) : m_db(db), m_ref(db) {}

    QList<FieldProblem> check(PostingRequest &r);

private:
    bool companyExists(const QString &number)
    {
        auto it = m_companies.find(number);
        if (it == m_companies.end())
            it = m_companies.insert(number, m_ref.company(number).has_value());
        return *it;
    }
    std::optional<PaymentMethod> method(const QString &code)
    {
        auto it = m_methods.find(code);
        if (it == m_methods.end())
            it = m_methods.insert(code, m_ref.paymentMethod(code));
        return *it;
    }
    Invoice *claim(const QString &company, const QString &number)
    {
        const QString key = company + QLatin1Char('/') + number;
        auto it = m_claims.find(key);
        if (it == m_claims.end())
            it = m_claims.insert(key, InvoiceRepository(m_db).find(
                                          company, number, InvoiceRepository::Detail::Header));
        return it->has_value() ? &**it : nullptr;
    }

    Database &m_db;
    ReferenceData m_ref;
    QHash<QString, bool> m_companies;
    QHash<QString, std::optional<PaymentMethod>> m_methods;
    QHash<QString, std::optional<Invoice>> m_claims;
};

QList<FieldProblem> LineChecker::check(PostingRequest &r)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };

    bool companyOk = false;
    const auto company = ReferenceData::normalizeCompanyNumber(r.company);
    if (r.company.trimmed().isEmpty()) {
        add(paymentfield::Company, Tr::tr("Företag saknas."));
    } else if (!company || !companyExists(*company)) {
        add(paymentfield::Company, Tr::tr("Företag \"%1\" finns inte.").arg(r.company.trimmed()));
    } else if (!m_db.access().canSee(*company)) {
        add(paymentfield::Company, Access::noCompanyMessage(*company));
    } else {
        r.company = *company;
        companyOk = true;
    }

    // handbook 4.1: the date should be the real date of the event, since
    // interest is computed up to it; an event cannot lie after today.
    if (!r.transactionDate.isValid())
        add(paymentfield::TransactionDate, Tr::tr("Transaktionsdatum saknas eller är ogiltigt."));
    else if (r.transactionDate > m_db.today())
        add(paymentfield::TransactionDate,
            Tr::tr("Transaktionsdatum %1 ligger efter dagens datum %2.")
                .arg(isoDate(r.transactionDate), isoDate(m_db.today())));

    r.method = r.method.trimmed().toUpper();
    std::optional<PaymentMethod> m;
    if (r.method.isEmpty()) {
        add(paymentfield::Method, Tr::tr("Inbetalningssätt saknas."));
    } else {
        m = method(r.method);
        if (!m)
            add(paymentfield::Method, Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(r.method));
    }

    Invoice *c = nullptr;
    const auto number = InvoiceRepository::normalizeInvoiceNumber(r.invoiceNumber);
    if (r.invoiceNumber.trimmed().isEmpty()) {
        add(paymentfield::InvoiceNumber, Tr::tr("Fakturanummer saknas."));
    } else if (!number) {
        add(paymentfield::InvoiceNumber, Tr::tr("Fakturanummer \"%1\" ska vara högst 9 siffror.")
                                             .arg(r.invoiceNumber.trimmed()));
    } else {
        r.invoiceNumber = *number;
        if (companyOk) {
            c = claim(r.company, *number);
            if (!c)
                add(paymentfield::InvoiceNumber,
                    Tr::tr("Faktura %1 finns inte i företag %2.").arg(*number, r.company));
        }
    }

    // handbook 4.1: "maximalt 10 siffror, varav 2 är ören".
    const qint64 absOre = r.amount.ore() < 0 ? -r.amount.ore() : r.amount.ore();
    std::optional<Settlement> settlement;
    if (absOre > Money::MaxAbsOre) {
        add(paymentfield::Amount, Tr::tr("Beloppet har fler än 10 siffror."));
    } else if (m) {
        // Without a known claim only the claim-independent rules can be
        // checked (sign, zero, text-only): give settle() a claim whose fees
        // are all as large as possible so the fee ceiling never bites.
        Invoice unknown;
        unknown.reminderFeeOpen = unknown.collectionFeeOpen = unknown.interestOpen =
            Money::fromOre(Money::MaxAbsOre);
        try {
            settlement = settle(c ? *c : unknown, *m, r.amount);
        } catch (const LedgerError &e) {
            add(paymentfield::Amount, e.message());
        }
    }

    if (r.remark.size() > limits::Remark)
        add(paymentfield::Remark, Tr::tr("Anmärkningen är %1 tecken, högst %2 är tillåtet.")
                                      .arg(r.remark.size())
                                      .arg(limits::Remark));

    // handbook 4.1 "Kontering" and 8.1: a method that is booked needs an
    // account; a method with a fixed account supplies it; methods that are
    // not booked (and text-only ones, which move no money) take none.
    r.account = r.account.trimmed();
    if (m) {
        if (m->textOnly || m->notBooked) {
            if (!r.account.isEmpty())
                add(paymentfield::Account,
                    Tr::tr("Inbetalningssätt %1 (%2) bokförs inte; kontering ska vara tom.")
                        .arg(m->code, m->text));
        } else if (!m->account.isEmpty()) {
            if (r.account.isEmpty())
                r.account = m->account;
            else if (r.account != m->account)
                add(paymentfield::Account,
                    Tr::tr("Inbetalningssätt %1 (%2) har fast kontering %3.")
                        .arg(m->code, m->text, m->account));
        } else if (r.account.isEmpty()) {
            add(paymentfield::Account,
                Tr::tr("Kontering krävs för inbetalningssätt %1 (%2), som bokförs.")
                    .arg(m->code, m->text));
        }
    }
    if (r.account.size() > limits::Account)
        add(paymentfield::Account, Tr::tr("Konteringen är %1 tecken, högst %2 är tillåtet.")
                                       .arg(r.account.size())
                                       .arg(limits::Account));

    // The next line on the same claim sees it as this one leaves it.
    if (problems.isEmpty() && c && settlement)
        *c = applySettlement(*c, *m, *settlement, r.transactionDate);
    return problems;
}

QString joinProblems(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    return messages.join(QLatin1Char(' '));
}

} // namespace

QString PaymentRegistration::defaultDescription()
{
    return Tr::tr("Manuella inbetalningar");
}

qint64 PaymentRegistration::createBatch(const QString &company, const QString &description)
{
    const auto number = ReferenceData::normalizeCompanyNumber(company);
    if (!number || !ReferenceData(m_db).company(*number))
        throw LedgerError::refused(Tr::tr("Företag \"%1\" finns inte.").arg(company));
    m_db.access().requireChange(*number); // role and company (core/users/access.h)
    const QString text = description.isEmpty() ? defaultDescription() : description;
    UnitOfWork work(m_db);
    const qint64 id =
        batches(m_db).create(*number, text, QStringLiteral("payments %1: %2").arg(*number, text));
    work.commit();
    return id;
}

QList<FieldProblem> PaymentRegistration::validateLine(PostingRequest &request, qint64 batchId,
                                                      int replacingLine)
{
    LineChecker checker(m_db);
    if (batchId > 0) {
        for (PaymentBatchLine other : lines(batchId)) {
            if (other.lineNo != replacingLine)
                checker.check(other.request); // only to advance the claims' state
        }
    }
    return checker.check(request);
}

QList<FieldProblem> PaymentRegistration::parseLine(const PaymentLineText &text,
                                                   PostingRequest &out, qint64 batchId,
                                                   int replacingLine)
{
    QList<FieldProblem> parseProblems;
    out = PostingRequest{};
    out.company = text.company;
    out.method = text.method;
    out.invoiceNumber = text.invoiceNumber;
    out.remark = text.remark;
    out.account = text.account;

    QString why;
    if (text.transactionDate.trimmed().isEmpty())
        parseProblems.append({QLatin1String(paymentfield::TransactionDate),
                              Tr::tr("Transaktionsdatum saknas.")});
    else if (const auto date = parseDate(text.transactionDate, m_db.today(), &why))
        out.transactionDate = *date;
    else
        parseProblems.append({QLatin1String(paymentfield::TransactionDate), why});

    // An empty amount is 0: right for text-only methods, and settle() says
    // "Beloppet saknas." for the others.
    if (!text.amount.trimmed().isEmpty()) {
        if (const auto amount = Money::parse(text.amount, &why))
            out.amount = *amount;
        else
            parseProblems.append({QLatin1String(paymentfield::Amount), why});
    }

    QList<FieldProblem> problems = parseProblems;
    for (const FieldProblem &p : validateLine(out, batchId, replacingLine)) {
        const bool fieldHasParseProblem =
            std::any_of(parseProblems.cbegin(), parseProblems.cend(),
                        [&p](const FieldProblem &q) { return q.field == p.field; });
        if (!fieldHasParseProblem)
            problems.append(p);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const FieldProblem &a, const FieldProblem &b) {
                         return fieldRank(a.field) < fieldRank(b.field);
                     });
    return problems;
}

void PaymentRegistration::requireOpenBatch(qint64 batchId)
{
    batches(m_db).requireOpen(
        batchId, Tr::tr("Betalningsbunt %1 finns inte.").arg(batchId),
        Tr::tr("Bunt %1 är redan godkänd och kan inte ändras.").arg(batchId));
}

int PaymentRegistration::addLine(qint64 batchId, const PostingRequest &input)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    PostingRequest request = input;
    const auto problems = validateLine(request, batchId);
    if (!problems.isEmpty())
        throw LedgerError::refused(joinProblems(problems));
    const int lineNo = batches(m_db).appendLine(batchId, toJson(request));
    AuditLog(m_db).recordInsert(QStringLiteral("batch_line"), lineKey(batchId, lineNo),
                                lineSummary(request));
    work.commit();
    return lineNo;
}

void PaymentRegistration::updateLine(qint64 batchId, int lineNo, const PostingRequest &input)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    BatchStore store = batches(m_db);
    const auto old = store.linePayload(batchId, lineNo);
    if (!old)
        throw LedgerError::notFound(
            Tr::tr("Rad %1 finns inte i bunt %2.").arg(lineNo).arg(batchId));
    PostingRequest request = input;
    const auto problems = validateLine(request, batchId, lineNo);
    if (!problems.isEmpty())
        throw LedgerError::refused(joinProblems(problems));
    store.replaceLine(batchId, lineNo, toJson(request));
    AuditLog(m_db).recordDiff(QStringLiteral("batch_line"), lineKey(batchId, lineNo),
                              lineMap(fromJson(*old)), lineMap(request));
    work.commit();
}

void PaymentRegistration::removeLine(qint64 batchId, int lineNo)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    BatchStore store = batches(m_db);
    const auto old = store.linePayload(batchId, lineNo);
    if (!old)
        throw LedgerError::notFound(
            Tr::tr("Rad %1 finns inte i bunt %2.").arg(lineNo).arg(batchId));
    store.removeLine(batchId, lineNo);
    AuditLog(m_db).recordDelete(QStringLiteral("batch_line"), lineKey(batchId, lineNo),
                                lineSummary(fromJson(*old)));
    work.commit();
}

QList<PaymentBatchLine> PaymentRegistration::lines(qint64 batchId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT line_no, payload, created_by, created_at FROM "
                                          "batch_line WHERE batch_id = ? ORDER BY line_no"),
                           {batchId});
    QList<PaymentBatchLine> out;
    while (q.next())
        out.append({q.value(0).toInt(), fromJson(q.value(1).toString()), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

PaymentBatch PaymentRegistration::totals(PaymentBatch b)
{
    ReferenceData ref(m_db);
    QHash<QString, bool> debit;
    for (const PaymentMethod &m : ref.paymentMethods())
        debit.insert(m.code, m.debit);
    for (const PaymentBatchLine &line : lines(b.id)) {
        ++b.lineCount;
        if (debit.value(line.request.method))
            b.debits += line.request.amount;
        else
            b.credits += line.request.amount;
    }
    return b;
}

namespace {

const char kBatchColumns[] = "SELECT id, company, description, status, created_by, created_at, "
                             "approved_by, approved_at FROM batch WHERE kind = 'payments' ";

PaymentBatch readBatch(const QSqlQuery &q)
{
    PaymentBatch b;
    b.id = q.value(0).toLongLong();
    b.company = q.value(1).toString();
    b.description = q.value(2).toString();
    b.status = q.value(3).toString();
    b.createdBy = q.value(4).toString();
    b.createdAt = q.value(5).toString();
    b.approvedBy = q.value(6).toString();
    b.approvedAt = q.value(7).toString();
    return b;
}

} // namespace

std::optional<PaymentBatch> PaymentRegistration::batch(qint64 batchId)
{
    QSqlQuery q = m_db.run(QLatin1String(kBatchColumns) + QStringLiteral("AND id = ?"), {batchId});
    if (!q.next())
        return std::nullopt;
    return totals(readBatch(q));
}

QList<PaymentBatch> PaymentRegistration::openBatches(const QString &company, const QString &user)
{
    const QString number = ReferenceData::normalizeCompanyNumber(company).value_or(company);
    QSqlQuery q = user.isEmpty()
        ? m_db.run(QLatin1String(kBatchColumns)
                       + QStringLiteral("AND status = 'open' AND company = ? ORDER BY id"),
                   {number})
        : m_db.run(QLatin1String(kBatchColumns)
                       + QStringLiteral("AND status = 'open' AND company = ? AND created_by = ? "
                                        "ORDER BY id"),
                   {number, user});
    QList<PaymentBatch> out;
    while (q.next())
        out.append(readBatch(q));
    for (PaymentBatch &b : out)
        b = totals(b);
    return out;
}

QMap<int, QList<FieldProblem>> PaymentRegistration::checkBatch(qint64 batchId)
{
    QMap<int, QList<FieldProblem>> out;
    LineChecker checker(m_db);
    for (PaymentBatchLine line : lines(batchId)) {
        const auto problems = checker.check(line.request);
        if (!problems.isEmpty())
            out.insert(line.lineNo, problems);
    }
    return out;
}

PaymentApproval PaymentRegistration::approve(qint64 batchId)
{
    UnitOfWork work(m_db);
    requireOpenBatch(batchId);
    const QList<PaymentBatchLine> all = lines(batchId);
    if (all.isEmpty())
        throw LedgerError::refused(Tr::tr("Bunt %1 är tom.").arg(batchId));
    // The ledger may have changed since the lines were typed (another clerk
    // wrote off the fee, a claim was credited): check every line again.
    const auto problems = checkBatch(batchId);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            messages << Tr::tr("rad %1: %2").arg(it.key()).arg(joinProblems(it.value()));
        throw LedgerError::refused(Tr::tr("Bunt %1 kan inte godkännas, inget har bokförts. %2")
                                       .arg(batchId)
                                       .arg(messages.join(QLatin1Char(' '))));
    }

    PaymentApproval result;
    result.batchId = batchId;
    ReferenceData ref(m_db);
    PostingService posting(m_db);
    for (const PaymentBatchLine &line : all) {
        PostingRequest r = line.request;
        r.batchId = batchId;
        r.source = QStringLiteral("manual");
        Transaction t;
        try {
            t = posting.post(r);
        } catch (const LedgerError &e) {
            // Leaving now rolls back every line posted before this one.
            throw LedgerError(e.kind(), Tr::tr("Bunt %1 kan inte godkännas, inget har bokförts. "
                                               "rad %2: %3")
                                            .arg(batchId)
                                            .arg(line.lineNo)
                                            .arg(e.message()));
        }
        result.transactionIds.append(t.id);
        ++result.posted;
        if (ref.paymentMethod(r.method).value_or(PaymentMethod{}).debit)
            result.debits += r.amount;
        else
            result.credits += r.amount;
    }
    QSqlQuery update = m_db.run(QStringLiteral("UPDATE batch SET status = 'approved', "
                                               "approved_by = ?, approved_at = ? WHERE id = ? "
                                               "AND status = 'open'"),
                                {m_db.user(), m_db.nowStamp(), batchId});
    if (update.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Bunt %1 godkändes av någon annan samtidigt.").arg(batchId));
    AuditLog(m_db).recordChange(QStringLiteral("batch"), QString::number(batchId),
                                QStringLiteral("status"), QStringLiteral("open"),
                                QStringLiteral("approved"),
                                QStringLiteral("%1 lines").arg(result.posted));
    work.commit();
    return result;
}

QString PaymentRegistration::toJson(const PostingRequest &r)
{
    const QJsonObject o{
        {QStringLiteral("company"), r.company},
        {QStringLiteral("invoice_number"), r.invoiceNumber},
        {QStringLiteral("method"), r.method},
        // öre as a string: JSON numbers are doubles, money is not.
        {QStringLiteral("amount_ore"), QString::number(r.amount.ore())},
        {QStringLiteral("transaction_date"), isoDate(r.transactionDate)},
        {QStringLiteral("remark"), r.remark},
        {QStringLiteral("account"), r.account},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PostingRequest PaymentRegistration::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    PostingRequest r;
    r.company = o.value(QStringLiteral("company")).toString();
    r.invoiceNumber = o.value(QStringLiteral("invoice_number")).toString();
    r.method = o.value(QStringLiteral("method")).toString();
    r.amount = Money::fromOre(o.value(QStringLiteral("amount_ore")).toString().toLongLong());
    r.transactionDate =
        QDate::fromString(o.value(QStringLiteral("transaction_date")).toString(), Qt::ISODate);
    r.remark = o.value(QStringLiteral("remark")).toString();
    r.account = o.value(QStringLiteral("account")).toString();
    return r;
}

} // namespace rsk
