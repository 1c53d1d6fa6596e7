#include "bookkeeping/bookingrun.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BookingRun)
};

// One selected transaction with what booking needs of its claim and method.
struct Row
{
    qint64 id = 0;
    QString company;
    QString routine;
    QString invoiceNumber;
    QDate date;
    QString method;
    QString methodText;
    bool methodDebit = false;
    QString feeType;
    bool noCompress = false;
    bool creditLike = false; // K that lowers the capital only: credit, annulment
    QString methodAccount;
    QString account; // the transaction's own account (registration, handbook 4.1)
    QString source;
    Money effect;
};

const char *kSelect =
    "SELECT t.id, i.company, i.routine, i.invoice_number, t.transaction_date, t.method, "
    "pm.text, pm.debit_credit, pm.fee_type, pm.no_compress, pm.no_interest_invoicing, "
    "pm.account, t.account, t.source, t.effect_ore "
    "FROM ledger_transaction t JOIN invoice i ON i.id = t.invoice_id "
    "JOIN payment_method pm ON pm.code = t.method "
    "WHERE t.booked_date IS NULL AND t.booking_order_id IS NULL AND pm.not_booked = 0 "
    "AND t.transaction_date <= ? AND i.company >= ? AND i.company <= ?";

Row rowFrom(const QSqlQuery &q)
{
    Row r;
    r.id = q.value(0).toLongLong();
    r.company = q.value(1).toString();
    r.routine = q.value(2).toString();
    r.invoiceNumber = q.value(3).toString();
    r.date = toDate(q.value(4));
    r.method = q.value(5).toString();
    r.methodText = q.value(6).toString();
    r.methodDebit = q.value(7).toString() == QLatin1String("D");
    r.feeType = q.value(8).toString();
    r.noCompress = q.value(9).toBool();
    r.creditLike = !r.methodDebit && q.value(10).toBool() && r.feeType.isEmpty();
    r.methodAccount = q.value(11).toString();
    r.account = q.value(12).toString();
    r.source = q.value(13).toString();
    r.effect = Money::fromOre(q.value(14).toLongLong());
    return r;
}

// Unplaced payments not yet booked: money in the bank that no claim took.
const char *kSelectUnplaced
    = "SELECT u.id, u.company, u.payment_date, u.amount_ore, COALESCE(f.kind, '') "
      "FROM unplaced_payment u LEFT JOIN import_file f ON f.id = u.import_file_id "
      "WHERE u.booked_date IS NULL AND u.booking_order_id IS NULL "
      "AND u.payment_date <= ? AND u.company >= ? AND u.company <= ?";

// Overpayments not yet booked, with the transaction they are the excess of
// (its columns as in kSelect, to find where the money came from).
const char *kSelectOverpayments
    = "SELECT o.id, o.company, i.routine, o.payment_date, o.amount_ore, COALESCE(f.kind, ''), "
      "t.id, t.method, pm.debit_credit, pm.fee_type, pm.no_interest_invoicing, pm.account, "
      "t.account, t.source "
      "FROM overpayment o JOIN invoice i ON i.id = o.invoice_id "
      "LEFT JOIN import_file f ON f.id = o.import_file_id "
      "LEFT JOIN ledger_transaction t ON t.id = o.transaction_id "
      "LEFT JOIN payment_method pm ON pm.code = t.method "
      "WHERE o.booked_date IS NULL AND o.booking_order_id IS NULL "
      "AND o.payment_date <= ? AND o.company >= ? AND o.company <= ?";

// One register row to book: `amount` from `source` to `target`.
struct RegisterRow
{
    enum class Table { Unplaced, Overpayment };
    Table table = Table::Unplaced;
    qint64 id = 0;
    QString company;
    QString source; // where the money came from (debited)
    QString target; // the register's account (credited)
    Money amount;
};

// Accounts looked up once per company, routine and kind.
class AccountCache
{
public:
    explicit AccountCache(Database &db) : m_settings(db) {}
    QString account(const QString &company, const QString &kind, const QString &routine)
    {
        const QString key = company + QLatin1Char('|') + routine + QLatin1Char('|') + kind;
        auto it = m_accounts.find(key);
        if (it == m_accounts.end())
            it = m_accounts.insert(key, m_settings.account(company, kind, routine));
        return *it;
    }
    QString name(const QString &account)
    {
        auto it = m_names.find(account);
        if (it == m_names.end())
            it = m_names.insert(account, m_settings.accountName(account));
        return *it;
    }

private:
    AccountSettings m_settings;
    QHash<QString, QString> m_accounts;
    QHash<QString, QString> m_names;
};

// The counter account of one transaction, first rule that gives one:
// 1. the account given at registration (handbook 4.1 "Kontering"; a method's
//    fixed account is copied there by PostingService);
// 2. the method's fixed account (handbook 8.1 "KONTERING");
// 3. a per-company account for the method (account kind "method:<code>";
//    the default ledger's 4 "Avskrivning" is 6351 credit losses);
// 4. a fee type P/K/D acts on a debited fee or interest, so it is booked
//    against that income account (handbook 7.2 "Kontering");
// 5. plusgiro payments (Total-IN files, method G) go to the plusgiro account;
// 6. credits and annulments without an account: the credit account;
// 7. everything else is money through the bank: the bankgiro account.
QString counterAccount(const Row &r, AccountCache &accounts)
{
    if (!r.account.isEmpty())
        return r.account;
    if (!r.methodAccount.isEmpty())
        return r.methodAccount;
    const QString forMethod
        = accounts.account(r.company, account_kind::method(r.method), r.routine);
    if (!forMethod.isEmpty())
        return forMethod;
    if (r.feeType == QLatin1String("P"))
        return accounts.account(r.company, account_kind::ReminderFeeIncome, r.routine);
    if (r.feeType == QLatin1String("K"))
        return accounts.account(r.company, account_kind::CollectionFeeIncome, r.routine);
    if (r.feeType == QLatin1String("D"))
        return accounts.account(r.company, account_kind::InterestIncome, r.routine);
    if (r.source == QLatin1String("totalin") || r.method == QLatin1String("G"))
        return accounts.account(r.company, account_kind::Plusgiro, r.routine);
    if (r.creditLike)
        return accounts.account(r.company, account_kind::Credit, r.routine);
    return accounts.account(r.company, account_kind::Bankgiro, r.routine);
}

// The bank account money of an import file came into: a Total-IN file is the
// plusgiro's, a BgMax file (or no file) the bankgiro's.
QString bankAccount(const QString &company, const QString &fileKind, const QString &routine,
                    AccountCache &accounts)
{
    return accounts.account(company,
                            fileKind == QLatin1String("totalin") ? account_kind::Plusgiro
                                                                 : account_kind::Bankgiro,
                            routine);
}

QString eventText(const Row &r)
{
    return QStringLiteral("%1 %2 %3")
        .arg(r.invoiceNumber, r.methodText, r.date.toString(Qt::ISODate));
}

// Collects one company's postings while the rows stream in.
class VerificationBuilder
{
public:
    void add(const Row &r, AccountCache &accounts)
    {
        m_ids.append(r.id);
        if (r.effect.isZero())
            return; // text-only events are booked (stamped) but move no money
        const QString receivable
            = accounts.account(r.company, account_kind::Receivable, r.routine);
        m_receivable.append({receivable, accounts.name(receivable), r.effect, eventText(r)});
        const QString counter = counterAccount(r, accounts);
        // handbook 8.1 "Komprimeras ej vid bokföring": one line per event.
        const Key key{counter, r.noCompress ? r.id : 0};
        Counter &c = m_counters[key];
        c.amount -= r.effect;
        c.methods.insert(r.methodText);
        ++c.events;
        if (r.noCompress)
            c.text = eventText(r);
    }

    void addRegister(const RegisterRow &r)
    {
        const bool unplaced = r.table == RegisterRow::Table::Unplaced;
        (unplaced ? m_unplacedIds : m_overpaymentIds).append(r.id);
        const QString label = unplaced ? Tr::tr("Oplacerade betalningar")
                                       : Tr::tr("Överbetalningar");
        for (const auto &[account, amount] : {std::pair{r.source, r.amount},
                                              std::pair{r.target, -r.amount}}) {
            Counter &c = m_counters[Key{account, 0}];
            c.amount += amount;
            c.methods.insert(label);
            ++c.events;
        }
    }

    Verification finish(AccountCache &accounts) const
    {
        Verification v;
        v.transactionIds = m_ids;
        v.unplacedIds = m_unplacedIds;
        v.overpaymentIds = m_overpaymentIds;
        v.postings = m_receivable;
        for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it) {
            const Counter &c = it.value();
            if (c.amount.isZero())
                continue; // e.g. a payment and its reversal on the same bank account
            QString text = c.text;
            if (text.isEmpty()) {
                QStringList methods = c.methods.values();
                std::sort(methods.begin(), methods.end());
                text = Tr::tr("%1, %n st", nullptr, c.events).arg(methods.join(QLatin1String(", ")));
            }
            v.postings.append({it.key().account, accounts.name(it.key().account), c.amount, text});
        }
        return v;
    }

private:
    struct Key
    {
        QString account;
        qint64 transaction; // 0 = compressed
        bool operator<(const Key &o) const
        {
            return account != o.account ? account < o.account : transaction < o.transaction;
        }
    };
    struct Counter
    {
        Money amount;
        QSet<QString> methods;
        int events = 0;
        QString text;
    };
    QList<qint64> m_ids;
    QList<qint64> m_unplacedIds;
    QList<qint64> m_overpaymentIds;
    QList<BookingPosting> m_receivable;
    QMap<Key, Counter> m_counters;
};

} // namespace

Money Verification::debitTotal() const
{
    Money total;
    for (const BookingPosting &p : postings)
        total += p.debit();
    return total;
}

Money Verification::creditTotal() const
{
    Money total;
    for (const BookingPosting &p : postings)
        total += p.credit();
    return total;
}

Money Verification::sum() const
{
    Money total;
    for (const BookingPosting &p : postings)
        total += p.amount;
    return total;
}

Money BookingResult::debitTotal() const
{
    Money total;
    for (const Verification &v : verifications)
        total += v.debitTotal();
    return total;
}

Money BookingResult::creditTotal() const
{
    Money total;
    for (const Verification &v : verifications)
        total += v.creditTotal();
    return total;
}

int BookingResult::transactionCount() const
{
    int n = 0;
    for (const Verification &v : verifications)
        n += int(v.transactionIds.size());
    return n + int(withoutAmount.size());
}

int BookingResult::registerRowCount() const
{
    int n = int(unplacedWithoutAmount.size() + overpaymentsWithoutAmount.size());
    for (const Verification &v : verifications)
        n += int(v.unplacedIds.size() + v.overpaymentIds.size());
    return n;
}

BookingSelection BookingRun::checked(const BookingSelection &in) const
{
    BookingSelection s = in;
    if (!s.date.isValid())
        throw LedgerError::refused(Tr::tr("Bokföringsdatum saknas eller är ogiltigt."));
    auto company = [](const QString &text, const char *fallback) {
        if (text.trimmed().isEmpty())
            return QString::fromLatin1(fallback);
        const auto number = ReferenceData::normalizeCompanyNumber(text);
        if (!number)
            throw LedgerError::refused(
                Tr::tr("Företagsnummer \"%1\" ska vara högst tre siffror.").arg(text));
        return *number;
    };
    s.companyFrom = company(s.companyFrom, "000");
    s.companyTo = company(s.companyTo, "999");
    if (s.companyTo < s.companyFrom)
        throw LedgerError::refused(Tr::tr("Företag t.o.m. %1 ligger före företag fr.o.m. %2.")
                                       .arg(s.companyTo, s.companyFrom));
    m_db.access().requireCompanies(m_db, s.companyFrom, s.companyTo);
    s.user = s.user.trimmed();
    return s;
}

qint64 BookingRun::nextNumber()
{
    const QVariant next = m_db.scalar(
        QStringLiteral("SELECT next_value FROM number_series WHERE name = ?"), {numberSeriesName()});
    if (next.isValid())
        return next.toLongLong();
    // A ledger made before the series existed: continue after the highest order.
    return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(verification_number), 0) + 1 FROM "
                                      "booking_order"))
        .toLongLong();
}

BookingResult BookingRun::build(const BookingSelection &s, qint64 firstNumber)
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList args{dateArg(s.date), s.companyFrom, s.companyTo};
    if (!s.user.isEmpty()) {
        sql += QStringLiteral(" AND t.created_by = ?");
        args << s.user;
    }
    if (!s.source.isEmpty()) {
        sql += QStringLiteral(" AND t.source = ?");
        args << s.source;
    }
    sql += QStringLiteral(" ORDER BY i.company, t.id");

    AccountCache accounts(m_db);
    QMap<QString, VerificationBuilder> builders; // by company, in company order
    QSqlQuery q = m_db.run(sql, args);
    while (q.next()) {
        const Row r = rowFrom(q);
        builders[r.company].add(r, accounts);
    }
    q.finish();
    auto registerQuery = [&](const char *select, const char *alias) {
        QString text = QString::fromLatin1(select);
        QVariantList a{dateArg(s.date), s.companyFrom, s.companyTo};
        if (!s.user.isEmpty()) {
            text += QStringLiteral(" AND %1.created_by = ?").arg(QLatin1String(alias));
            a << s.user;
        }
        text += QStringLiteral(" ORDER BY %1.company, %1.id").arg(QLatin1String(alias));
        return m_db.run(text, a);
    };
    QSqlQuery u = registerQuery(kSelectUnplaced, "u");
    while (s.source.isEmpty() && u.next()) {
        RegisterRow r;
        r.table = RegisterRow::Table::Unplaced;
        r.id = u.value(0).toLongLong();
        r.company = u.value(1).toString();
        r.amount = Money::fromOre(u.value(3).toLongLong());
        // Company-wide accounts: an unplaced payment belongs to no routine,
        // and PaymentParameters reads the observation account the same way.
        r.source = bankAccount(r.company, u.value(4).toString(), QString(), accounts);
        r.target = accounts.account(r.company, account_kind::Unplaced, QString());
        builders[r.company].addRegister(r);
    }
    u.finish();
    QSqlQuery o = registerQuery(kSelectOverpayments, "o");
    while (s.source.isEmpty() && o.next()) {
        RegisterRow r;
        r.table = RegisterRow::Table::Overpayment;
        r.id = o.value(0).toLongLong();
        r.company = o.value(1).toString();
        const QString routine = o.value(2).toString();
        r.amount = Money::fromOre(o.value(4).toLongLong());
        r.target = accounts.account(r.company, account_kind::Overpayment, routine);
        if (o.value(6).isNull()) {
            r.source = bankAccount(r.company, o.value(5).toString(), routine, accounts);
        } else {
            // The excess came the way its transaction's money came.
            Row t;
            t.id = o.value(6).toLongLong();
            t.company = r.company;
            t.routine = routine;
            t.method = o.value(7).toString();
            t.methodDebit = o.value(8).toString() == QLatin1String("D");
            t.feeType = o.value(9).toString();
            t.creditLike = !t.methodDebit && o.value(10).toBool() && t.feeType.isEmpty();
            t.methodAccount = o.value(11).toString();
            t.account = o.value(12).toString();
            t.source = o.value(13).toString();
            r.source = counterAccount(t, accounts);
        }
        builders[r.company].addRegister(r);
    }
    o.finish();

    BookingResult result;
    result.selection = s;
    ReferenceData ref(m_db);
    qint64 number = firstNumber;
    for (auto it = builders.cbegin(); it != builders.cend(); ++it) {
        Verification v = it.value().finish(accounts);
        const auto company = ref.company(it.key());
        v.company = it.key();
        v.companyName = company ? company->name : QString();
        v.orgNr = company ? company->orgNr : QString();
        v.series = series();
        v.date = s.date;
        v.user = m_db.user();
        v.text = !s.text.isEmpty() ? s.text
                 : s.user.isEmpty()
                     ? Tr::tr("Kundreskontra, inbetalningar t.o.m. %1")
                           .arg(s.date.toString(Qt::ISODate))
                     : Tr::tr("Kundreskontra, inbetalningar t.o.m. %1, registrerade av %2")
                           .arg(s.date.toString(Qt::ISODate), s.user);
        // Balanced by construction; checked anyway because a booking order
        // that does not balance must never reach the general ledger.
        if (!v.sum().isZero())
            throw LedgerError::refused(
                Tr::tr("Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget "
                       "bokfördes.")
                    .arg(v.company, v.sum().toString()));
        if (v.postings.isEmpty()) {
            result.withoutAmount += v.transactionIds; // stamped, on no verification
            result.unplacedWithoutAmount += v.unplacedIds;
            result.overpaymentsWithoutAmount += v.overpaymentIds;
            continue;
        }
        v.number = number++;
        result.verifications.append(v);
    }
    return result;
}

BookingResult BookingRun::plan(const BookingSelection &selection)
{
    const BookingSelection s = checked(selection);
    BookingResult r = build(s, nextNumber());
    r.dryRun = true;
    return r;
}

BookingResult BookingRun::run(const BookingSelection &selection)
{
    const BookingSelection s = checked(selection);
    // A run booking what it has just debited (source set: the dunning run,
    // the agency transfer) does so inside its own unit of work and lock.
    std::optional<RunLock> lock;
    if (s.source.isEmpty())
        lock.emplace(m_db, RunLock::CompanyRange{s.companyFrom, s.companyTo}, RunKind::Booking,
                     Tr::tr("företag %1–%2 t.o.m. %3")
                         .arg(s.companyFrom, s.companyTo, s.date.toString(Qt::ISODate)));
    UnitOfWork work(m_db);
    // Touch the series row first: on PostgreSQL its row lock makes a second
    // clerk's run wait, so both never select the same transactions.
    m_db.run(QStringLiteral("UPDATE number_series SET next_value = next_value WHERE name = ?"),
             {numberSeriesName()});
    const qint64 first = nextNumber();
    BookingResult r = build(s, first);

    const QString stamp = m_db.nowStamp();
    QSqlQuery posting = m_db.prepare(
        QStringLiteral("INSERT INTO booking_posting (booking_order_id, account, amount_ore, text) "
                       "VALUES (?, ?, ?, ?)"));
    QSqlQuery mark = m_db.prepare(
        QStringLiteral("UPDATE ledger_transaction SET booked_date = ?, booking_order_id = ? "
                       "WHERE id = ? AND booked_date IS NULL AND booking_order_id IS NULL"));
    QSqlQuery markUnplaced = m_db.prepare(
        QStringLiteral("UPDATE unplaced_payment SET booked_date = ?, booking_order_id = ? "
                       "WHERE id = ? AND booked_date IS NULL AND booking_order_id IS NULL"));
    QSqlQuery markOverpayment = m_db.prepare(
        QStringLiteral("UPDATE overpayment SET booked_date = ?, booking_order_id = ? "
                       "WHERE id = ? AND booked_date IS NULL AND booking_order_id IS NULL"));
    AuditLog audit(m_db);
    auto stampWith = [&](QSqlQuery &statement, const QList<qint64> &ids, const QVariant &orderId) {
        for (qint64 id : ids) {
            m_db.exec(statement, {dateArg(s.date), orderId, id});
            if (statement.numRowsAffected() != 1)
                throw LedgerError::conflict(
                    Tr::tr("En transaktion bokfördes av någon annan under körningen. Inget "
                           "bokfördes; kör igen."));
        }
    };
    auto stampAll = [&](const QList<qint64> &ids, const QVariant &orderId) {
        stampWith(mark, ids, orderId);
    };
    for (Verification &v : r.verifications) {
        v.orderId = m_db.insertReturningId(
            QStringLiteral("INSERT INTO booking_order (company, series, verification_number, "
                           "booked_date, description, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {v.company, v.series, v.number, dateArg(v.date), v.text, m_db.user(), stamp});
        for (const BookingPosting &p : v.postings)
            m_db.exec(posting, {v.orderId, p.account, p.amount.ore(), p.text});
        stampAll(v.transactionIds, v.orderId);
        stampWith(markUnplaced, v.unplacedIds, v.orderId);
        stampWith(markOverpayment, v.overpaymentIds, v.orderId);
        audit.recordInsert(QStringLiteral("booking_order"),
                           QStringLiteral("%1/%2/%3").arg(v.company, v.series).arg(v.number),
                           Tr::tr("Bokföringsorder %1: %2 händelser, %3 kr")
                               .arg(v.number)
                               .arg(v.transactionIds.size() + v.unplacedIds.size()
                                    + v.overpaymentIds.size())
                               .arg(v.debitTotal().toString()),
                           s.user.isEmpty() ? QString() : QStringLiteral("user=") + s.user);
    }
    stampAll(r.withoutAmount, QVariant());
    stampWith(markUnplaced, r.unplacedWithoutAmount, QVariant());
    stampWith(markOverpayment, r.overpaymentsWithoutAmount, QVariant());
    const qint64 taken = r.verifications.size();
    if (taken > 0) {
        QSqlQuery update
            = m_db.run(QStringLiteral("UPDATE number_series SET next_value = ? WHERE name = ?"),
                       {first + taken, numberSeriesName()});
        if (update.numRowsAffected() != 1)
            m_db.run(QStringLiteral("INSERT INTO number_series (name, next_value) VALUES (?, ?)"),
                     {numberSeriesName(), first + taken});
    }
    work.commit();
    r.dryRun = false;
    return r;
}

Verification BookingRun::writeVerification(Verification v)
{
    if (!v.date.isValid())
        throw LedgerError::refused(Tr::tr("Bokföringsordern saknar datum."));
    if (v.postings.isEmpty())
        throw LedgerError::refused(Tr::tr("Bokföringsordern har inga konteringar."));
    for (const BookingPosting &p : v.postings)
        if (p.account.trimmed().isEmpty())
            throw LedgerError::refused(
                Tr::tr("Bokföringsordern har en kontering utan konto (%1).").arg(p.text));
    if (!v.sum().isZero())
        throw LedgerError::refused(
            Tr::tr("Bokföringsordern för företag %1 balanserar inte: summan är %2. Inget "
                   "bokfördes.")
                .arg(v.company, v.sum().toString()));
    UnitOfWork work(m_db);
    m_db.run(QStringLiteral("UPDATE number_series SET next_value = next_value WHERE name = ?"),
             {numberSeriesName()});
    v.number = nextNumber();
    v.series = series();
    v.user = m_db.user();
    if (v.companyName.isEmpty() || v.orgNr.isEmpty()) {
        const auto company = ReferenceData(m_db).company(v.company);
        if (!company)
            throw LedgerError::refused(Tr::tr("Företag %1 finns inte.").arg(v.company));
        v.companyName = company->name;
        v.orgNr = company->orgNr;
    }
    const QString stamp = m_db.nowStamp();
    v.orderId = m_db.insertReturningId(
        QStringLiteral("INSERT INTO booking_order (company, series, verification_number, "
                       "booked_date, description, created_by, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {v.company, v.series, v.number, dateArg(v.date), v.text, m_db.user(), stamp});
    QSqlQuery posting = m_db.prepare(
        QStringLiteral("INSERT INTO booking_posting (booking_order_id, account, amount_ore, text) "
                       "VALUES (?, ?, ?, ?)"));
    for (const BookingPosting &p : v.postings)
        m_db.exec(posting, {v.orderId, p.account, p.amount.ore(), p.text});
    if (m_db.run(QStringLiteral("UPDATE number_series SET next_value = ? WHERE name = ?"),
                 {v.number + 1, numberSeriesName()})
            .numRowsAffected()
        != 1)
        m_db.run(QStringLiteral("INSERT INTO number_series (name, next_value) VALUES (?, ?)"),
                 {numberSeriesName(), v.number + 1});
    AuditLog(m_db).recordInsert(QStringLiteral("booking_order"),
                                QStringLiteral("%1/%2/%3").arg(v.company, v.series).arg(v.number),
                                Tr::tr("Bokföringsorder %1: %2 kr").arg(v.number).arg(v.debitTotal().toString()),
                                v.text);
    work.commit();
    return v;
}

} // namespace rsk
