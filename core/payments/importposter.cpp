#include "payments/importposter.h"

#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaymentImport)
};

// What settle() and the final-paid rule read, and what the registers copy.
const char kClaimColumns[]
    = "id, company, invoice_number, routine, customer_id, customer_number, id_number, name, "
      "ocr, due_date, amount_ore, reminder_fee_ore, collection_fee_ore, interest_debited_ore, "
      "capital_open_ore, reminder_fee_open_ore, collection_fee_open_ore, interest_open_ore, "
      "balance_ore, paid_ore, final_paid_date, watch_text, version";

Invoice readClaim(const QSqlQuery &q)
{
    Invoice c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.company = q.value(i++).toString();
    c.invoiceNumber = q.value(i++).toString();
    c.routine = q.value(i++).toString();
    c.customerId = q.value(i++).toLongLong();
    c.customerNumber = q.value(i++).toString();
    c.idNumber = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.ocr = q.value(i++).toString();
    c.dueDate = toDate(q.value(i++));
    c.amount = Money::fromOre(q.value(i++).toLongLong());
    c.reminderFee = Money::fromOre(q.value(i++).toLongLong());
    c.collectionFee = Money::fromOre(q.value(i++).toLongLong());
    c.interestDebited = Money::fromOre(q.value(i++).toLongLong());
    c.capitalOpen = Money::fromOre(q.value(i++).toLongLong());
    c.reminderFeeOpen = Money::fromOre(q.value(i++).toLongLong());
    c.collectionFeeOpen = Money::fromOre(q.value(i++).toLongLong());
    c.interestOpen = Money::fromOre(q.value(i++).toLongLong());
    c.balance = Money::fromOre(q.value(i++).toLongLong());
    c.paid = Money::fromOre(q.value(i++).toLongLong());
    c.finalPaidDate = toDate(q.value(i++));
    c.watchText = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    return c;
}

constexpr int kAuditColumns = 9;
constexpr int kAuditRowsPerStatement = 200;
constexpr int kKeysPerStatement = 500;

QString placeholders(int count)
{
    QString out;
    out.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

ImportPoster::ImportPoster(Database &db, const QString &source, qint64 importFileId)
    : m_db(db), m_source(source), m_importFileId(importFileId), m_stamp(db.nowStamp())
    , m_returning(db.engine() != Engine::SQLite)
{
    // SQLite hands the new rowid back without a result set to read.
    const QString returning = m_returning ? QStringLiteral(" RETURNING id") : QString();
    const QString columns = QLatin1String(kClaimColumns);
    m_byOcr = db.prepare(QStringLiteral("SELECT %1 FROM invoice WHERE ocr = ? AND company = ? "
                                        "ORDER BY id LIMIT 2")
                             .arg(columns));
    m_byNumber = db.prepare(
        QStringLiteral("SELECT %1 FROM invoice WHERE company = ? AND invoice_number = ?")
            .arg(columns));
    m_update = db.prepare(QStringLiteral(
        "UPDATE invoice SET reminder_fee_ore=?, collection_fee_ore=?, interest_debited_ore=?, "
        "capital_open_ore=?, reminder_fee_open_ore=?, collection_fee_open_ore=?, "
        "interest_open_ore=?, balance_ore=?, paid_ore=?, final_paid_date=?, changed_by=?, "
        "changed_at=?, version=version+1 WHERE id=? AND version=?"));
    m_insertTransaction = db.prepare(QStringLiteral(
        "INSERT INTO ledger_transaction (invoice_id, transaction_date, registered_date, method, "
        "amount_ore, effect_ore, reminder_fee_part_ore, collection_fee_part_ore, "
        "interest_part_ore, capital_part_ore, no_interest, remark, account, source, "
        "import_file_id, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") + returning);
    m_insertUnplaced = db.prepare(QStringLiteral(
        "INSERT INTO unplaced_payment (company, import_file_id, file_line, payment_date, "
        "amount_ore, reference, payer, information, reason, method, payer_account, created_by, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)") + returning);
    m_insertOverpayment = db.prepare(QStringLiteral(
        "INSERT INTO overpayment (company, invoice_id, import_file_id, payment_date, amount_ore, "
        "method, transaction_id, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)") + returning);
    m_insertSignal = db.prepare(QStringLiteral(
        "INSERT INTO signal_entry (invoice_id, transaction_id, watch_text, amount_ore, "
        "created_at) VALUES (?,?,?,?,?)") + returning);
    m_insertCarried = db.prepare(QStringLiteral(
        "INSERT INTO carried_difference (company, customer_id, customer_number, id_number, name, "
        "invoice_id, transaction_id, import_file_id, payment_date, amount_ore, account, "
        "created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)") + returning);
}

qint64 ImportPoster::insertedId(QSqlQuery &q)
{
    qint64 id = 0;
    if (m_returning) {
        id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
    } else {
        id = q.lastInsertId().toLongLong();
    }
    if (id == 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Databasen gav inget id för den nya raden."));
    return id;
}

void ImportPoster::prefetch(const QString &company, const QStringList &references)
{
    QStringList ocrs;
    QStringList numbers;
    for (const QString &ref : references) {
        const QString ocrKey = company + QLatin1Char('/') + ref;
        if (!m_prefetchedOcr.contains(ocrKey)) {
            m_prefetchedOcr.insert(ocrKey);
            ocrs << ref;
        }
        if (const auto number = InvoiceRepository::normalizeInvoiceNumber(ref)) {
            const QString numberKey = company + QLatin1Char('/') + *number;
            if (!m_prefetchedNumber.contains(numberKey)) {
                m_prefetchedNumber.insert(numberKey);
                numbers << *number;
            }
        }
    }
    const QString columns = QLatin1String(kClaimColumns);
    auto load = [&](const QStringList &keys, const char *column) {
        for (qsizetype from = 0; from < keys.size(); from += kKeysPerStatement) {
            const QStringList chunk = keys.mid(from, kKeysPerStatement);
            // No company (nor ORDER BY) in the statement: SQLite would then
            // walk the company's index instead of looking up each key.
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM invoice WHERE %2 IN (%3)")
                                           .arg(columns, QLatin1String(column),
                                                placeholders(int(chunk.size()))));
            QVariantList args;
            for (const QString &k : chunk)
                args << k;
            m_db.exec(q, args);
            while (q.next()) {
                if (q.value(1).toString() != company)
                    continue;
                const qint64 id = q.value(0).toLongLong();
                if (!m_claims.contains(id))
                    m_claims.insert(id, readClaim(q));
                const Invoice &c = m_claims.value(id);
                if (qstrcmp(column, "ocr") == 0) {
                    QList<qint64> &ids = m_byOcrKey[company + QLatin1Char('/') + c.ocr];
                    ids.insert(std::lower_bound(ids.begin(), ids.end(), id), id);
                } else {
                    m_byNumberKey.insert(company + QLatin1Char('/') + c.invoiceNumber, id);
                }
            }
            q.finish();
        }
    };
    m_claims.reserve(m_claims.size() + ocrs.size());
    load(ocrs, "ocr");
    load(numbers, "invoice_number");
}

QList<qint64> ImportPoster::readClaims(QSqlQuery &q)
{
    QList<qint64> ids;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        // A claim this import already changed keeps its changed state.
        if (!m_claims.contains(id))
            m_claims.insert(id, readClaim(q));
        ids.append(id);
    }
    q.finish();
    return ids;
}

QList<qint64> ImportPoster::claimsByOcr(const QString &company, const QString &ocr)
{
    const QString key = company + QLatin1Char('/') + ocr;
    if (m_prefetchedOcr.contains(key))
        return m_byOcrKey.value(key);
    m_db.exec(m_byOcr, {ocr, company});
    return readClaims(m_byOcr);
}

std::optional<qint64> ImportPoster::claimByNumber(const QString &company,
                                                  const QString &invoiceNumber)
{
    const QString key = company + QLatin1Char('/') + invoiceNumber;
    if (m_prefetchedNumber.contains(key)) {
        const auto it = m_byNumberKey.constFind(key);
        return it == m_byNumberKey.constEnd() ? std::nullopt : std::optional<qint64>(it.value());
    }
    m_db.exec(m_byNumber, {company, invoiceNumber});
    const QList<qint64> ids = readClaims(m_byNumber);
    if (ids.isEmpty())
        return std::nullopt;
    return ids.first();
}

const PaymentMethod &ImportPoster::method(const QString &code)
{
    auto it = m_methods.find(code);
    if (it == m_methods.end()) {
        const auto m = ReferenceData(m_db).paymentMethod(code);
        if (!m)
            throw LedgerError::refused(Tr::tr("Inbetalningssätt \"%1\" finns inte.").arg(code));
        it = m_methods.insert(code, *m);
    }
    return it.value();
}

void ImportPoster::audit(const QString &action, const QString &table, const QString &rowKey,
                         const QString &field, const QVariant &oldValue, const QVariant &newValue,
                         const QString &context)
{
    // The same row AuditLog::write makes (values as text, NULL kept),
    // written a few hundred rows per statement.
    auto text = [](const QVariant &v) { return v.isNull() ? QVariant() : QVariant(v.toString()); };
    m_auditRows << m_stamp << m_db.user() << action << table << rowKey << field << text(oldValue)
                << text(newValue) << context;
    if (m_auditRows.size() >= kAuditColumns * kAuditRowsPerStatement)
        flush();
}

void ImportPoster::flush()
{
    if (m_auditRows.isEmpty())
        return;
    const int rows = int(m_auditRows.size() / kAuditColumns);
    const bool full = rows == kAuditRowsPerStatement;
    if (!full || !m_auditPrepared) {
        const QString row = QLatin1Char('(') + placeholders(kAuditColumns) + QLatin1Char(')');
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << row;
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_key, "
                           "field, old_value, new_value, context) VALUES ")
            + values.join(QLatin1Char(',')));
        if (!full) {
            m_db.exec(q, m_auditRows);
            m_auditRows.clear();
            return;
        }
        m_insertAudit = std::move(q); // the full-size statement is used again
        m_auditPrepared = true;
    }
    m_db.exec(m_insertAudit, m_auditRows);
    m_auditRows.clear();
}

qint64 ImportPoster::post(qint64 claimId, const PaymentMethod &m, Money amount,
                          const QDate &date, const QString &remark, const QString &account)
{
    auto it = m_claims.find(claimId);
    Q_ASSERT(it != m_claims.end());
    const Invoice before = it.value();
    // The same money rules as PostingService::post (settle + applySettlement);
    // only the statements are prepared once for the whole file.
    const Settlement s = settle(before, m, amount);
    Invoice after = applySettlement(before, m, s, date);
    const Money effect = s.effect();
    after.version = before.version + 1;

    m_db.exec(m_update,
              {after.reminderFee.ore(), after.collectionFee.ore(), after.interestDebited.ore(),
               after.capitalOpen.ore(), after.reminderFeeOpen.ore(),
               after.collectionFeeOpen.ore(), after.interestOpen.ore(), after.balance.ore(),
               after.paid.ore(), dateArg(after.finalPaidDate), m_db.user(), m_stamp, before.id,
               before.version});
    if (m_update.numRowsAffected() != 1)
        throw LedgerError::conflict(
            Tr::tr("Faktura %1 ändrades av någon annan under inläsningen. Läs in filen igen.")
                .arg(before.invoiceNumber));

    m_db.exec(m_insertTransaction,
              {before.id, dateArg(date), dateArg(m_db.today()), m.code, amount.ore(),
               effect.ore(), s.reminderFee.ore(), s.collectionFee.ore(), s.interest.ore(),
               s.capital.ore(), int(m.noInterestInvoicing), remark,
               account.isEmpty() ? m.account : account, m_source, idOrNull(m_importFileId),
               m_db.user(), m_stamp});
    const qint64 transactionId = insertedId(m_insertTransaction);

    // One audit row per posting (PostingService writes one per changed
    // field): the balance before and after, the transaction in the context.
    // The parts and the final-paid date follow from the transaction row
    // itself; four more rows per payment would double the import's time.
    audit(QStringLiteral("update"), QStringLiteral("invoice"),
          before.company + QLatin1Char('/') + before.invoiceNumber,
          QStringLiteral("balance_ore"), before.balance.ore(), after.balance.ore(),
          QStringLiteral("transaction %1: %2 %3 %4 %5 (%6)")
              .arg(QString::number(transactionId), m.code, amount.toString(),
                   date.toString(Qt::ISODate), remark, m_source));
    it.value() = after;
    return transactionId;
}

qint64 ImportPoster::addUnplaced(const Unplaced &u)
{
    m_db.exec(m_insertUnplaced,
              {u.company, idOrNull(m_importFileId), u.line, dateArg(u.paymentDate),
               u.amount.ore(), u.reference, u.payer, u.information, u.reason, u.method,
               u.payerAccount, m_db.user(), m_stamp});
    const qint64 id = insertedId(m_insertUnplaced);
    audit(QStringLiteral("insert"), QStringLiteral("unplaced_payment"), QString::number(id),
          QString(), QVariant(),
          QStringLiteral("%1 %2 %3").arg(u.amount.toString(), u.reference, u.reason), m_source);
    return id;
}

qint64 ImportPoster::addOverpayment(qint64 claimId, const QDate &paymentDate, Money amount,
                                    const QString &method, qint64 transactionId)
{
    const Invoice &c = claim(claimId);
    m_db.exec(m_insertOverpayment,
              {c.company, c.id, idOrNull(m_importFileId), dateArg(paymentDate), amount.ore(),
               method, idOrNull(transactionId), m_db.user(), m_stamp});
    const qint64 id = insertedId(m_insertOverpayment);
    audit(QStringLiteral("insert"), QStringLiteral("overpayment"), QString::number(id), QString(),
          QVariant(),
          QStringLiteral("%1/%2 %3").arg(c.company, c.invoiceNumber, amount.toString()),
          m_source);
    return id;
}

qint64 ImportPoster::addSignal(qint64 claimId, qint64 transactionId, Money amount)
{
    const Invoice &c = claim(claimId);
    m_db.exec(m_insertSignal, {c.id, idOrNull(transactionId), c.watchText, amount.ore(), m_stamp});
    return insertedId(m_insertSignal);
}

qint64 ImportPoster::addCarried(qint64 claimId, qint64 transactionId, const QDate &paymentDate,
                                Money amount, const QString &account)
{
    const Invoice &c = claim(claimId);
    m_db.exec(m_insertCarried,
              {c.company, idOrNull(c.customerId), c.customerNumber, c.idNumber, c.name, c.id,
               idOrNull(transactionId), idOrNull(m_importFileId), dateArg(paymentDate),
               amount.ore(), account, m_db.user(), m_stamp});
    const qint64 id = insertedId(m_insertCarried);
    audit(QStringLiteral("insert"), QStringLiteral("carried_difference"), QString::number(id),
          QString(), QVariant(),
          QStringLiteral("%1/%2 %3").arg(c.company, c.invoiceNumber, amount.toString()),
          m_source);
    return id;
}

} // namespace rsk
