#pragma once

#include "ledger/types.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace rsk {

class Database;

// The storage side of a payment-file import: finds claims and writes
// transactions, register rows and audit rows for tens of thousands of
// payments inside the caller's unit of work. Every statement is prepared
// once and run many times (PostingService prepares each statement per call,
// which costs ~0,5 ms a posting: 50 s for the 100 000-payment file the
// ARCHITECTURE.md budget gives 10 s). The money rules are PostingService's
// own: settle() decides how an amount splits over the claim's parts, and the
// final-paid date follow PostingService::post exactly; the audit is one row
// per posting (see post()).
class ImportPoster
{
public:
    // `source`: ledger_transaction.source ("bgmax", "totalin").
    ImportPoster(Database &db, const QString &source, qint64 importFileId);

    // Reads, a few hundred per statement, the claims of `company` whose OCR
    // is one of `references` or whose invoice number is one of them (1–9
    // digits), so that claimsByOcr/claimByNumber need no statement of their
    // own for these references. One statement per payment would be a third
    // of the import's time.
    void prefetch(const QString &company, const QStringList &references);
    // Claims whose OCR column equals `ocr` / whose number is `invoiceNumber`
    // in `company`. A claim read earlier in this import is returned as this
    // import left it.
    QList<qint64> claimsByOcr(const QString &company, const QString &ocr);
    std::optional<qint64> claimByNumber(const QString &company, const QString &invoiceNumber);
    // The claim as it stands now (earlier postings of this import included).
    const Invoice &claim(qint64 id) const { return m_claims.find(id).value(); }

    // Posts one transaction on a claim read through this poster, as
    // PostingService::post would (settle(), parts, balance, final-paid date,
    // the transaction with import_file_id, an audit insert row and the
    // per-field diff). Returns the transaction id.
    qint64 post(qint64 claimId, const PaymentMethod &method, Money amount, const QDate &date,
                const QString &remark, const QString &account = QString());

    struct Unplaced
    {
        QString company;
        int line = 0;
        QDate paymentDate;
        Money amount;
        QString reference;
        QString payer;
        QString payerAccount;
        QString information;
        QString reason;
        QString method;
    };
    qint64 addUnplaced(const Unplaced &u);
    qint64 addOverpayment(qint64 claimId, const QDate &paymentDate, Money amount,
                          const QString &method, qint64 transactionId);
    qint64 addSignal(qint64 claimId, qint64 transactionId, Money amount);
    // Handbook 3.4 "Överföring nästa faktura": signed, + charge, − credit.
    qint64 addCarried(qint64 claimId, qint64 transactionId, const QDate &paymentDate,
                      Money amount, const QString &account);

    const PaymentMethod &method(const QString &code);
    // Writes the audit rows still buffered; call before committing.
    void flush();

private:
    QList<qint64> readClaims(QSqlQuery &query);
    qint64 insertedId(QSqlQuery &query);
    void audit(const QString &action, const QString &table, const QString &rowKey,
               const QString &field, const QVariant &oldValue, const QVariant &newValue,
               const QString &context);

    Database &m_db;
    QString m_source;
    qint64 m_importFileId;
    QString m_stamp;
    QHash<qint64, Invoice> m_claims;
    // company/OCR and company/invoice number → claims, for prefetched keys.
    QHash<QString, QList<qint64>> m_byOcrKey;
    QHash<QString, qint64> m_byNumberKey;
    QSet<QString> m_prefetchedOcr;
    QSet<QString> m_prefetchedNumber;
    QVariantList m_auditRows; // buffered audit_log values, 9 per row
    bool m_auditPrepared = false;
    bool m_returning = true;  // RETURNING id, or the driver's last insert id (SQLite)
    QHash<QString, PaymentMethod> m_methods;
    QSqlQuery m_byOcr;
    QSqlQuery m_byNumber;
    QSqlQuery m_update;
    QSqlQuery m_insertTransaction;
    QSqlQuery m_insertAudit;
    QSqlQuery m_insertUnplaced;
    QSqlQuery m_insertOverpayment;
    QSqlQuery m_insertSignal;
    QSqlQuery m_insertCarried;
};

} // namespace rsk
