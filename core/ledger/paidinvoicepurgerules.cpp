#include "ledger/paidinvoicepurgerules.h"

#include "dunning/agencycorrections.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

namespace rsk::purge {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PaidInvoicePurge)
};

constexpr int kChunk = 400;

// A rule: claims of the range (alias i, balance 0) that must stay; the
// query's first column is the claim's id, the optional second a number for
// the reason ("amorteringsplan %1").
struct Rule
{
    const char *sql;
    QString reason;
};

QList<Rule> rules()
{
    return {
        {"SELECT DISTINCT i.id, 0 FROM ledger_transaction t "
         "JOIN invoice i ON i.id = t.invoice_id JOIN payment_method pm ON pm.code = t.method "
         "WHERE %1 AND t.booked_date IS NULL AND t.booking_order_id IS NULL "
         "AND pm.not_booked = 0",
         Tr::tr("transaktioner ej bokförda (kör Uppdatera bokföring först)")},
        {"SELECT DISTINCT i.id, pc.plan_id FROM payment_plan_claim pc "
         "JOIN invoice i ON i.id = pc.invoice_id WHERE %1 AND EXISTS (SELECT 1 FROM "
         "payment_plan_claim p2 JOIN invoice j ON j.id = p2.invoice_id "
         "WHERE p2.plan_id = pc.plan_id AND j.balance_ore <> 0)",
         Tr::tr("amorteringsplan %1 pågår (fordringar i planen har saldo)")},
        {"SELECT DISTINCT i.id, oc.payment_order_id FROM payment_order_claim oc "
         "JOIN invoice i ON i.id = oc.invoice_id WHERE %1 AND EXISTS (SELECT 1 FROM "
         "payment_order_claim o2 JOIN invoice j ON j.id = o2.invoice_id "
         "WHERE o2.payment_order_id = oc.payment_order_id AND j.balance_ore <> 0)",
         Tr::tr("betalningsföreläggande %1 pågår (fordringar i ansökan har saldo)")},
        {"SELECT DISTINCT i.id, 0 FROM overpayment o JOIN invoice i ON i.id = o.invoice_id "
         "WHERE %1 AND (o.status = 'open' OR (o.booked_date IS NULL "
         "AND o.booking_order_id IS NULL))",
         Tr::tr("överbetalning öppen eller ej bokförd")},
        {"SELECT DISTINCT i.id, 0 FROM unplaced_payment u "
         "JOIN invoice i ON i.id = u.placed_invoice_id "
         "WHERE %1 AND u.booked_date IS NULL AND u.booking_order_id IS NULL",
         Tr::tr("betalning placerad från oplacerade ej bokförd")},
        {"SELECT DISTINCT i.id, 0 FROM signal_entry s JOIN invoice i ON i.id = s.invoice_id "
         "WHERE %1 AND s.seen_at IS NULL",
         Tr::tr("signal på signallistan ej kvitterad")},
        {"SELECT DISTINCT i.id, 0 FROM carried_difference c "
         "JOIN invoice i ON i.id = c.invoice_id WHERE %1 AND c.status = 'open'",
         Tr::tr("differens ej överförd till nästa faktura")},
    };
}

// Rows of one claim (the owner) that refer to another claim or its
// transactions: (referenced claim, owner). The referenced claim can only
// go with its owner.
const char *const kCrossReferences[] = {
    "SELECT i.id, o.invoice_id FROM overpayment o JOIN invoice i ON i.id = o.moved_to_invoice_id "
    "WHERE %1 AND o.invoice_id <> i.id",
    "SELECT i.id, o.invoice_id FROM overpayment o "
    "JOIN ledger_transaction t ON t.id = o.transaction_id JOIN invoice i ON i.id = t.invoice_id "
    "WHERE %1 AND o.invoice_id <> i.id",
    "SELECT i.id, s.invoice_id FROM signal_entry s "
    "JOIN ledger_transaction t ON t.id = s.transaction_id JOIN invoice i ON i.id = t.invoice_id "
    "WHERE %1 AND s.invoice_id <> i.id",
    "SELECT i.id, c.invoice_id FROM carried_difference c "
    "JOIN ledger_transaction t ON t.id = c.transaction_id JOIN invoice i ON i.id = t.invoice_id "
    "WHERE %1 AND c.invoice_id <> i.id",
    "SELECT i.id, a.invoice_id FROM agency_correction_item a "
    "JOIN ledger_transaction t ON t.id = a.transaction_id JOIN invoice i ON i.id = t.invoice_id "
    "WHERE %1 AND a.invoice_id <> i.id",
};

QString claimName(Database &db, qint64 id)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT company, invoice_number FROM invoice WHERE id = ?"),
                         {id});
    return q.next() ? q.value(0).toString() + QLatin1Char('/') + q.value(1).toString()
                    : QString::number(id);
}

} // namespace

QString Bounds::where()
{
    return QStringLiteral("i.company >= ? AND i.company <= ? AND i.routine >= ? "
                          "AND i.routine <= ? AND i.invoice_number >= ? "
                          "AND i.invoice_number <= ? AND i.balance_ore = 0");
}

QVariantList Bounds::args() const
{
    return {companyFrom, companyTo, routineFrom, routineTo, invoiceFrom, invoiceTo};
}

QHash<qint64, QStringList> blockers(Database &db, const Bounds &bounds,
                                    const QList<qint64> &candidates)
{
    const QSet<qint64> wanted(candidates.begin(), candidates.end());
    QHash<qint64, QStringList> out;
    if (wanted.isEmpty())
        return out;
    for (const Rule &rule : rules()) {
        QSqlQuery q = db.run(QString::fromLatin1(rule.sql).arg(Bounds::where()), bounds.args());
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!wanted.contains(id))
                continue;
            QString reason = rule.reason;
            if (reason.contains(QLatin1String("%1")))
                reason = reason.arg(q.value(1).toLongLong());
            if (!out[id].contains(reason))
                out[id].append(reason);
        }
    }
    // Payments and corrections on a claim sent to an agency that the agency
    // has not been told of (the next correction file would report them).
    const AgencyCorrectionResult pending
        = AgencyCorrections(db).plan(bounds.companyFrom, bounds.companyTo);
    const QString agency = Tr::tr("överförd till inkasso, betalningar ej rapporterade till "
                                  "inkassobyrån (saldokorrigering)");
    for (const AgencyCorrectionItem &item : pending.items)
        if (wanted.contains(item.invoiceId) && !out[item.invoiceId].contains(agency))
            out[item.invoiceId].append(agency);

    QList<QPair<qint64, qint64>> crossing; // (referenced, owner)
    for (const char *sql : kCrossReferences) {
        QSqlQuery q = db.run(QString::fromLatin1(sql).arg(Bounds::where()), bounds.args());
        while (q.next())
            if (wanted.contains(q.value(0).toLongLong()))
                crossing.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    // A claim goes only with the claims whose rows refer to it.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const auto &[referenced, owner] : std::as_const(crossing)) {
            const bool ownerGoes = wanted.contains(owner) && !out.contains(owner);
            if (ownerGoes || out.contains(referenced))
                continue;
            out[referenced].append(Tr::tr("hör ihop med faktura %1 som inte rensas")
                                       .arg(claimName(db, owner)));
            changed = true;
        }
    }
    // Only the claims that have a reason (operator[] above may not add empty ones).
    for (auto it = out.begin(); it != out.end();)
        it = it.value().isEmpty() ? out.erase(it) : std::next(it);
    return out;
}

QList<QPair<QString, QString>> dependentTables(Database &db)
{
    const QString byInvoice = QStringLiteral("invoice_id IN (%1)");
    const QList<QPair<QString, QString>> all{
        {QStringLiteral("agency_correction_item"), byInvoice},
        {QStringLiteral("signal_entry"), byInvoice},
        {QStringLiteral("carried_difference"), byInvoice},
        {QStringLiteral("overpayment"), byInvoice},
        {QStringLiteral("unplaced_payment"), QStringLiteral("placed_invoice_id IN (%1)")},
        {QStringLiteral("dunning_letter"), byInvoice},
        {QStringLiteral("payment_plan_claim"), byInvoice},
        {QStringLiteral("payment_order_claim"), byInvoice},
        {QStringLiteral("agency_transfer_item"), byInvoice},
        {QStringLiteral("invoice_note"), byInvoice},
        // Ersättningsfakturor sent for the claim (migration 019; its foreign
        // keys cascade, but the rows are counted for the receipt).
        {QStringLiteral("replacement_invoice_text"),
         QStringLiteral("replacement_id IN (SELECT id FROM replacement_invoice WHERE "
                        "invoice_id IN (%1))")},
        {QStringLiteral("replacement_invoice"), byInvoice},
        {QStringLiteral("ledger_transaction"), byInvoice},
        {QStringLiteral("invoice_line"), byInvoice},
    };
    const QStringList present = db.connection().tables();
    QList<QPair<QString, QString>> out;
    for (const auto &table : all)
        if (present.contains(table.first))
            out << table;
    return out;
}

qint64 forChunks(Database &db, const QString &sql, const QList<qint64> &ids, bool count)
{
    qint64 total = 0;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        const QList<qint64> part = ids.mid(first, kChunk);
        QStringList marks;
        QVariantList args;
        for (qint64 id : part) {
            marks << QStringLiteral("?");
            args << id;
        }
        // Only placeholders are put into the statement; the ids are bound.
        QSqlQuery q = db.run(sql.arg(marks.join(QLatin1Char(','))), args);
        if (count)
            total += q.next() ? q.value(0).toLongLong() : 0;
        else
            total += q.numRowsAffected();
    }
    return total;
}

} // namespace rsk::purge
