#include "payments/paymentimport.h"

#include "audit/auditlog.h"
#include "ids/ocr.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "payments/importposter.h"
#include "payments/paymentparameters.h"
#include "storage/database.h"
#include "storage/runlock.h"
#include "users/access.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentImport)
};

QString kindCode(PaymentFile::Kind kind)
{
    return kind == PaymentFile::Kind::BgMax ? QStringLiteral("bgmax") : QStringLiteral("totalin");
}

QString kindName(PaymentFile::Kind kind)
{
    return kind == PaymentFile::Kind::BgMax ? QStringLiteral("BgMax") : QStringLiteral("Total-IN");
}

// A reference as digits: blanks and hyphens dropped; empty when anything else
// is in it (a text reference is never an OCR or an invoice number).
QString referenceDigits(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return {};
    }
    return out;
}

struct Resolution
{
    qint64 claimId = 0; // 0: no claim
    QString reason;     // why not, for the unplaced register
};

// One file's import: the state the rules share while walking the payments.
class FileImport
{
public:
    FileImport(const PaymentFile &file, ImportPoster &poster, ImportSummary &summary)
        : m_file(file), m_poster(poster), m_summary(summary)
    {}

    void payment(const IncomingPayment &p, const QString &company,
                 const PaymentParameters &params);

private:
    struct Context
    {
        const IncomingPayment *payment = nullptr;
        QString company;
        const PaymentParameters *params = nullptr;
        QString method; // B, G or the agency's I
        bool agency = false;
    };

    Resolution resolve(const Context &c, const PaymentReference &ref) const;
    void single(const Context &c, qint64 claimId, const QString &reference, Money amount);
    void deduction(const Context &c, qint64 claimId, const QString &reference, Money amount);
    void allocate(const Context &c, const QList<PaymentReference> &refs);
    void unplaced(const Context &c, const QString &reference, Money amount, const QString &why);
    qint64 postPayment(const Context &c, qint64 claimId, Money amount, ImportOutcome &o);
    void watchSignal(qint64 claimId, qint64 transactionId, Money amount, ImportOutcome &o);
    ImportOutcome outcome(const Context &c, ImportOutcome::Kind kind, const QString &reference,
                          Money amount, qint64 claimId) const;
    QString remark(const Context &c) const
    {
        return Tr::tr("%1 rad %2").arg(kindName(m_file.kind)).arg(c.payment->line);
    }

    const PaymentFile &m_file;
    ImportPoster &m_poster;
    ImportSummary &m_summary;
    bool m_touched = false; // the current payment reached a claim
};

ImportOutcome FileImport::outcome(const Context &c, ImportOutcome::Kind kind,
                                  const QString &reference, Money amount, qint64 claimId) const
{
    ImportOutcome o;
    o.kind = kind;
    o.line = c.payment->line;
    o.company = c.company;
    o.reference = reference;
    o.amount = amount;
    o.agency = c.agency;
    if (claimId > 0)
        o.invoiceNumber = m_poster.claim(claimId).invoiceNumber;
    return o;
}

// FACTS-SE §1.4: only a correct OCR, or a reference that names exactly one
// claim of the company, matches.
Resolution FileImport::resolve(const Context &c, const PaymentReference &ref) const
{
    const QString digits = referenceDigits(ref.text.trimmed());
    if (digits.isEmpty())
        return {0, Tr::tr("Referensen \"%1\" är inget OCR- eller fakturanummer")
                       .arg(ref.text.trimmed())};
    QSet<qint64> candidates;
    const QList<qint64> byOcr = m_poster.claimsByOcr(c.company, digits);
    const bool correctOcr
        = c.payment->referenceStatus == IncomingPayment::ReferenceStatus::VerifiedOcr
          || Ocr::validateOcr(digits, Ocr::OcrCheck::Either);
    // A correct OCR equal to one claim's OCR decides, even if the same digits
    // also read as another claim's invoice number.
    if (correctOcr && byOcr.size() == 1)
        return {byOcr.first(), QString()};
    for (qint64 id : byOcr)
        candidates.insert(id);
    if (const auto number = InvoiceRepository::normalizeInvoiceNumber(digits))
        if (const auto id = m_poster.claimByNumber(c.company, *number))
            candidates.insert(*id);
    if (candidates.size() == 1)
        return {*candidates.cbegin(), QString()};
    if (candidates.isEmpty())
        return {0, Tr::tr("Referensen %1 finns inte i företag %2").arg(digits, c.company)};
    QStringList numbers;
    for (qint64 id : candidates)
        numbers << m_poster.claim(id).invoiceNumber;
    numbers.sort();
    return {0, Tr::tr("Referensen %1 passar flera fakturor (%2)")
                   .arg(digits, numbers.join(QLatin1String(", ")))};
}

void FileImport::payment(const IncomingPayment &p, const QString &company,
                         const PaymentParameters &params)
{
    Context c;
    c.payment = &p;
    c.company = company;
    c.params = &params;
    c.agency = params.isAgencyGiro(p.payerAccount);
    c.method = c.agency ? params.agencyMethod
               : m_file.kind == PaymentFile::Kind::BgMax ? params.bankgiroMethod
                                                         : params.plusgiroMethod;
    m_touched = false;
    ++m_summary.payments;
    m_summary.amount += p.amount;

    QList<PaymentReference> refs;
    for (PaymentReference r : p.references) {
        r.text = r.text.trimmed();
        if (!r.text.isEmpty())
            refs.append(r);
    }
    if (p.amount.isZero()) {
        ImportOutcome o = outcome(c, ImportOutcome::Kind::Paid,
                                  refs.isEmpty() ? QString() : refs.first().text, p.amount, 0);
        o.note = Tr::tr("Beloppet är 0; inget att bokföra");
        m_summary.outcomes.append(o);
    } else if (refs.isEmpty()) {
        unplaced(c, QString(), p.amount, Tr::tr("Referens saknas"));
    } else if (p.amount.isNegative()) {
        // A deduction names one claim (its credit invoice): the first
        // reference that resolves takes it.
        QStringList why;
        qint64 claimId = 0;
        QString reference;
        for (const PaymentReference &r : refs) {
            const Resolution res = resolve(c, r);
            if (res.claimId > 0) {
                claimId = res.claimId;
                reference = r.text;
                break;
            }
            why << res.reason;
        }
        if (claimId > 0)
            deduction(c, claimId, reference, -p.amount);
        else
            unplaced(c, refs.first().text, p.amount, why.join(QLatin1String("; ")));
    } else if (refs.size() == 1) {
        const Resolution res = resolve(c, refs.first());
        if (res.claimId > 0)
            single(c, res.claimId, refs.first().text, p.amount);
        else
            unplaced(c, refs.first().text, p.amount, res.reason);
    } else {
        allocate(c, refs);
    }
    if (m_touched)
        ++m_summary.matched;
}

qint64 FileImport::postPayment(const Context &c, qint64 claimId, Money amount, ImportOutcome &o)
{
    const qint64 id = m_poster.post(claimId, m_poster.method(c.method), amount,
                                    c.payment->paymentDate, remark(c));
    o.posted += amount;
    m_summary.matchedAmount += amount;
    m_touched = true;
    return id;
}

void FileImport::watchSignal(qint64 claimId, qint64 transactionId, Money amount, ImportOutcome &o)
{
    // handbook 3.2/3.3: payments on claims with betalningsbevakning are listed.
    if (m_poster.claim(claimId).watchText.trimmed().isEmpty())
        return;
    m_poster.addSignal(claimId, transactionId, amount);
    o.signal = true;
    ++m_summary.signalled;
}

// One amount onto one claim (DOMAIN.md "Payments in", handbook 3.4).
// The limits apply only to a claim that is still open: money on a claim with
// nothing left to pay is a second payment, never a rounding difference, so it
// all goes to the overpayment register.
void FileImport::single(const Context &c, qint64 claimId, const QString &reference, Money amount)
{
    const PaymentParameters &params = *c.params;
    const Money open = Money::max(m_poster.claim(claimId).balance, Money());
    const Money difference = amount - open;
    ImportOutcome o = outcome(c, ImportOutcome::Kind::Paid, reference, amount, claimId);
    m_touched = true;
    qint64 paymentId = 0;
    const bool under = difference.isNegative() && open.isPositive()
                       && params.underpaymentLimit.isPositive()
                       && -difference <= params.underpaymentLimit;
    const bool over = difference.isPositive() && open.isPositive()
                      && params.overpaymentLimit.isPositive()
                      && difference <= params.overpaymentLimit;
    if (difference.isZero() || difference.isNegative()) {
        paymentId = postPayment(c, claimId, amount, o);
    } else if (over) {
        paymentId = postPayment(c, claimId, amount, o);
    } else {
        if (open.isPositive())
            paymentId = postPayment(c, claimId, open, o);
        m_poster.addOverpayment(claimId, c.payment->paymentDate, difference, c.method, paymentId);
        o.kind = ImportOutcome::Kind::Overpaid;
        o.difference = difference;
        ++m_summary.overpaid;
        m_summary.overpaidAmount += difference;
    }
    if (under || over) {
        // handbook 3.4: the small difference is booked against the
        // avräkningskonto (counter account: the routine's receivable). An
        // underpayment is lowered off the claim (K), an overpayment's excess
        // taken back onto it (D), so the claim ends at 0 either way.
        const Money small = under ? -difference : difference;
        const PaymentMethod &method = m_poster.method(
            under ? params.underpaymentWriteOffMethod : params.overpaymentWriteOffMethod);
        const QString text = params.carryToNextInvoice
                                 ? Tr::tr("Till nästa faktura, %1").arg(remark(c))
                                 : Tr::tr("Småbelopp 3.4, %1").arg(remark(c));
        const qint64 id = m_poster.post(claimId, method, small, c.payment->paymentDate, text,
                                        params.writeOffAccount);
        o.difference = small;
        if (params.carryToNextInvoice) {
            // Underpaid: to be charged on the next invoice (+); overpaid: credited (−).
            m_poster.addCarried(claimId, id, c.payment->paymentDate, under ? small : -small,
                                params.writeOffAccount);
            o.kind = ImportOutcome::Kind::Carried;
            ++m_summary.carried;
            m_summary.carriedAmount += small;
        } else {
            o.kind = ImportOutcome::Kind::WrittenOff;
            ++m_summary.writtenOff;
            m_summary.writtenOffAmount += small;
        }
    }
    watchSignal(claimId, paymentId, amount, o);
    m_summary.outcomes.append(o);
}

// FACTS-SE §1.5: a deduction (TK21 / Total-IN 25) lowers the deposit; on the
// claim it names (typically our credit invoice) it is a debit.
void FileImport::deduction(const Context &c, qint64 claimId, const QString &reference,
                           Money amount)
{
    ImportOutcome o = outcome(c, ImportOutcome::Kind::Deduction, reference, -amount, claimId);
    const QString code = c.payment->deductionCode.trimmed();
    o.note = code.isEmpty() ? Tr::tr("Avdrag") : Tr::tr("Avdrag kod %1").arg(code);
    const QString text = Tr::tr("%1, %2").arg(o.note, remark(c));
    const qint64 id = m_poster.post(claimId, m_poster.method(c.params->deductionMethod), amount,
                                    c.payment->paymentDate, text.left(limits::Remark));
    o.posted = -amount;
    m_summary.matchedAmount -= amount;
    ++m_summary.deductions;
    m_touched = true;
    watchSignal(claimId, id, -amount, o);
    m_summary.outcomes.append(o);
}

void FileImport::unplaced(const Context &c, const QString &reference, Money amount,
                          const QString &why)
{
    const IncomingPayment &p = *c.payment;
    ImportPoster::Unplaced u;
    u.company = c.company;
    u.line = p.line;
    u.paymentDate = p.paymentDate;
    u.amount = amount;
    u.reference = reference;
    u.payer = p.payerName;
    if (!p.payerAddress.isEmpty())
        u.payer += (u.payer.isEmpty() ? QString() : QStringLiteral(", ")) + p.payerAddress;
    u.payerAccount = p.payerAccount;
    u.information = p.information.join(QLatin1String("; "));
    u.reason = why;
    u.method = amount.isNegative() ? c.params->deductionMethod : c.method;
    m_poster.addUnplaced(u);
    ImportOutcome o = outcome(c, ImportOutcome::Kind::Unplaced, reference, amount, 0);
    o.note = why;
    ++m_summary.unplaced;
    m_summary.unplacedAmount += amount;
    m_summary.outcomes.append(o);
}

// Several references on one payment (BgMax code 3 with TK22/23, Total-IN 30
// records). Decided here, because the manual leaves it to the receiver:
// 1. When every reference carries its own amount and those amounts add up to
//    the payment, each part is its own payment on its own reference (a
//    negative part, TK23, is a deduction); an unknown part is unplaced.
// 2. Otherwise the references are paid in file order, each claim up to its
//    balance (a claim named twice counts once):
//    - if every reference was found, the last claim takes whatever is left
//      with the ordinary rules (the 3.4 limits, or the excess to the
//      overpayment register): the payer clearly meant these claims;
//    - if some reference was not found, the known claims get at most their
//      balances and the rest is unplaced, naming the unknown references: the
//      money may well belong to the claim we could not find.
void FileImport::allocate(const Context &c, const QList<PaymentReference> &refs)
{
    const Money total = c.payment->amount;
    Money named;
    bool allHaveAmounts = true;
    for (const PaymentReference &r : refs) {
        allHaveAmounts = allHaveAmounts && r.hasAmount;
        named += r.amount;
    }
    if (allHaveAmounts && named == total) {
        for (const PaymentReference &r : refs) {
            const Resolution res = resolve(c, r);
            if (r.amount.isZero())
                continue;
            if (res.claimId == 0)
                unplaced(c, r.text, r.amount, res.reason);
            else if (r.amount.isNegative())
                deduction(c, res.claimId, r.text, -r.amount);
            else
                single(c, res.claimId, r.text, r.amount);
        }
        return;
    }

    QList<QPair<qint64, QString>> claims; // claim, reference, in file order
    QStringList unknown;
    QStringList reasons;
    for (const PaymentReference &r : refs) {
        const Resolution res = resolve(c, r);
        if (res.claimId == 0) {
            unknown << r.text;
            reasons << res.reason;
            continue;
        }
        const bool seen = std::any_of(claims.cbegin(), claims.cend(),
                                      [&res](const auto &p) { return p.first == res.claimId; });
        if (!seen)
            claims.append({res.claimId, r.text});
    }
    Money left = total;
    for (int i = 0; i < claims.size() && left.isPositive(); ++i) {
        const qint64 claimId = claims.at(i).first;
        if (i == claims.size() - 1 && unknown.isEmpty()) {
            single(c, claimId, claims.at(i).second, left);
            left = Money();
            break;
        }
        const Money share = Money::min(Money::max(m_poster.claim(claimId).balance, Money()), left);
        if (share.isZero())
            continue;
        ImportOutcome o = outcome(c, ImportOutcome::Kind::Paid, claims.at(i).second, share,
                                  claimId);
        const qint64 id = postPayment(c, claimId, share, o);
        watchSignal(claimId, id, share, o);
        m_summary.outcomes.append(o);
        left -= share;
    }
    if (left.isPositive())
        unplaced(c, unknown.isEmpty() ? refs.first().text : unknown.join(QLatin1Char(',')), left,
                 unknown.isEmpty()
                     ? Tr::tr("Rest efter fördelning på flera referenser")
                     : Tr::tr("Rest efter fördelning; %1").arg(reasons.join(QLatin1String("; "))));
}

// SQLite keeps a unit of work's changed pages in its page cache and spills
// them to the WAL file when the cache (2 MB by default) is full, then reads
// them back. A 100 000-payment file changes ~330 MB of pages (each claim, its
// balance index entry, the transactions and their indexes), so the cache is
// raised to 1 GiB for the import's duration (memory is only taken as pages
// are used) and put back afterwards: measured 15 s → 9 s on the demo ledger.
// synchronous stays FULL: this is other people's money.
class ImportCache
{
public:
    explicit ImportCache(Database &db) : m_db(db)
    {
        if (db.engine() != Engine::SQLite)
            return;
        m_previous = db.scalar(QStringLiteral("PRAGMA cache_size")).toLongLong();
        db.execConstant(QStringLiteral("PRAGMA cache_size=-1048576")); // 1 GiB
        m_active = true;
    }
    ~ImportCache()
    {
        if (!m_active)
            return;
        try {
            m_db.execConstant(QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
        } catch (const LedgerError &) {
            // The connection keeps the bigger cache; nothing is wrong with that.
        }
    }

private:
    Database &m_db;
    qint64 m_previous = 0;
    bool m_active = false;
};

QString distinctCompanies(const QStringList &companies)
{
    QStringList unique = companies;
    unique.removeDuplicates();
    return unique.size() == 1 ? unique.first() : QString();
}

} // namespace

ImportRefused::ImportRefused(const QList<FileError> &errors)
    : LedgerError(Kind::Refused, errors.isEmpty() ? QString() : errors.first().reason)
    , errors(errors)
{}

AlreadyImported::AlreadyImported(const QString &fileName, const EarlierImport &earlier)
    : LedgerError(Kind::Refused,
                  Tr::tr("Filen \"%1\" är redan inläst: %2.").arg(fileName, earlier.describe()))
    , earlier(earlier)
{}

QString EarlierImport::describe() const
{
    QDateTime at = QDateTime::fromString(importedAt, Qt::ISODate);
    const QString when = at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                      : importedAt;
    return Tr::tr("import %1, %2 av %3 (%4)").arg(id).arg(when, importedBy, fileName);
}

std::optional<EarlierImport> PaymentImport::findEarlier(const PaymentFile &file)
{
    const QString columns
        = QStringLiteral("SELECT id, file_name, imported_by, imported_at, forced FROM import_file ");
    auto read = [](QSqlQuery &q, bool sameContent) -> std::optional<EarlierImport> {
        if (!q.next())
            return std::nullopt;
        EarlierImport e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.importedBy = q.value(2).toString();
        e.importedAt = q.value(3).toString();
        e.forced = q.value(4).toInt() != 0;
        e.sameContent = sameContent;
        q.finish();
        return e;
    };
    if (!file.sha256.isEmpty()) {
        QSqlQuery q = m_db.run(columns + QStringLiteral("WHERE content_hash = ? ORDER BY id LIMIT 1"),
                               {QString::fromLatin1(file.sha256)});
        if (auto e = read(q, true))
            return e;
    }
    if (!file.fileStamp.trimmed().isEmpty()) {
        QSqlQuery q = m_db.run(
            columns + QStringLiteral("WHERE kind = ? AND file_stamp = ? ORDER BY id LIMIT 1"),
            {kindCode(file.kind), file.fileStamp});
        if (auto e = read(q, false))
            return e;
    }
    return std::nullopt;
}

ImportSummary PaymentImport::run(const PaymentFile &file, const Options &options)
{
    ImportSummary summary;
    summary.kind = kindCode(file.kind);
    summary.dryRun = options.dryRun;

    // The receiving account picks the company (digits compared, no zeros first).
    QHash<QString, QString> companyByAccount;
    for (const Company &company : ReferenceData(m_db).companies()) {
        const QString account = PaymentParameters::giroDigits(
            file.kind == PaymentFile::Kind::BgMax ? company.bankgiro : company.plusgiro);
        if (!account.isEmpty() && !companyByAccount.contains(account))
            companyByAccount.insert(account, company.number);
    }
    const Access &access = m_db.access();
    access.requireRole(Role::Supervisor, file.kind == PaymentFile::Kind::BgMax
                                             ? Tr::tr("Hämtning från bankgiro")
                                             : Tr::tr("Hämtning från plusgiro"));
    QList<FileError> errors;
    QStringList sectionCompany;
    for (const PaymentSection &s : file.sections) {
        const bool bg = file.kind == PaymentFile::Kind::BgMax;
        const QString account
            = PaymentParameters::giroDigits(bg ? s.receivingBankgiro : s.receivingPlusgiro);
        const QString company = companyByAccount.value(account);
        if (company.isEmpty())
            errors.append(
                {s.line, bg ? Tr::tr("mottagarbankgiro %1 tillhör inget företag i reskontran")
                                  .arg(account.isEmpty() ? QStringLiteral("(tomt)") : account)
                            : Tr::tr("mottagarplusgiro %1 tillhör inget företag i reskontran")
                                  .arg(account.isEmpty() ? QStringLiteral("(tomt)") : account)});
        else if (!access.canChange(company))
            // The whole file or nothing: a supervisor without the company
            // must not place money on its claims.
            errors.append(
                {s.line, bg ? Tr::tr("mottagarbankgiro %1 tillhör företag %2, som du inte har "
                                     "behörighet till")
                                  .arg(account, company)
                            : Tr::tr("mottagarplusgiro %1 tillhör företag %2, som du inte har "
                                     "behörighet till")
                                  .arg(account, company)});
        sectionCompany << company;
    }
    if (!errors.isEmpty())
        throw ImportRefused(errors);
    // Before the "read before" check: two clerks reading the same file at
    // once would both pass it.
    const RunLock lock(m_db, sectionCompany,
                       file.kind == PaymentFile::Kind::BgMax ? RunKind::BgMaxImport
                                                             : RunKind::TotalInImport,
                       file.fileName);
    if (const auto earlier = findEarlier(file)) {
        if (!options.force)
            throw AlreadyImported(file.fileName, *earlier);
        summary.forced = true;
    }
    summary.companies = sectionCompany;
    summary.companies.removeDuplicates();

    ImportCache cache(m_db);
    UnitOfWork work(m_db);
    QHash<QString, PaymentParameters> params;
    for (const QString &company : summary.companies) {
        params.insert(company, PaymentParameters::load(m_db, company));
        params[company].ensureMethods(m_db);
    }
    const QString single = distinctCompanies(sectionCompany);
    const qint64 importId = m_db.insertReturningId(
        QStringLiteral("INSERT INTO import_file (kind, file_name, content_hash, file_stamp, "
                       "company, forced, imported_by, imported_at) VALUES (?,?,?,?,?,?,?,?) "
                       "RETURNING id"),
        {summary.kind, file.fileName, QString::fromLatin1(file.sha256), file.fileStamp,
         single.isEmpty() ? QVariant() : QVariant(single), int(summary.forced), m_db.user(),
         m_db.nowStamp()});

    ImportPoster poster(m_db, summary.kind, importId);
    QHash<QString, QStringList> references; // company → every reference as digits
    for (int i = 0; i < file.sections.size(); ++i)
        for (const IncomingPayment &p : file.sections.at(i).payments)
            for (const PaymentReference &r : p.references) {
                const QString digits = referenceDigits(r.text.trimmed());
                if (!digits.isEmpty())
                    references[sectionCompany.at(i)] << digits;
            }
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        poster.prefetch(it.key(), it.value());
    FileImport run(file, poster, summary);
    const int total = file.paymentCount();
    const auto cancelled = [&](int done) {
        return options.progress && !options.progress(done, total);
    };
    for (int i = 0; i < file.sections.size(); ++i) {
        const QString &company = sectionCompany.at(i);
        for (const IncomingPayment &p : file.sections.at(i).payments) {
            run.payment(p, company, params[company]);
            if (summary.payments % 1000 == 0 && cancelled(summary.payments))
                throw LedgerError::refused(
                    Tr::tr("Inläsningen avbröts; ingenting har ändrats."));
        }
    }
    if (cancelled(total))
        throw LedgerError::refused(Tr::tr("Inläsningen avbröts; ingenting har ändrats."));

    poster.flush();
    m_db.run(QStringLiteral("UPDATE import_file SET payments=?, amount_ore=?, matched=?, "
                            "matched_ore=?, unplaced=?, unplaced_ore=?, overpaid=?, "
                            "overpaid_ore=?, written_off_ore=? WHERE id=?"),
             {summary.payments, summary.amount.ore(), summary.matched,
              summary.matchedAmount.ore(), summary.unplaced, summary.unplacedAmount.ore(),
              summary.overpaid, summary.overpaidAmount.ore(),
              summary.writtenOffAmount.ore(), importId});
    AuditLog(m_db).recordInsert(
        QStringLiteral("import_file"), QString::number(importId),
        Tr::tr("%1 %2: %3 betalningar, %4 kr, %5 oplacerade, %6 överbetalningar%7")
            .arg(kindName(file.kind), file.fileName)
            .arg(summary.payments)
            .arg(summary.amount.toString())
            .arg(summary.unplaced)
            .arg(summary.overpaid)
            .arg(summary.forced ? Tr::tr(" (inläst igen)") : QString()),
        summary.kind);
    if (options.dryRun)
        return summary; // the unit of work rolls everything back
    work.commit();
    summary.importId = importId;
    return summary;
}

} // namespace rsk
