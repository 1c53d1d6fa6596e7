#include "dunning/agencycorrections.h"

#include "audit/auditlog.h"
#include "ledger/referencedata.h"
#include "payments/paymentparameters.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgencyCorrections)
};

QString companyBound(const QString &text, bool upper)
{
    if (text.trimmed().isEmpty())
        return upper ? QStringLiteral("999") : QStringLiteral("000");
    const auto n = ReferenceData::normalizeCompanyNumber(text);
    if (!n)
        throw LedgerError::refused(
            Tr::tr("Företagsnummer \"%1\" ska vara högst tre siffror.").arg(text));
    return *n;
}

AgencyCorrectionResult planAll(Database &db, const QString &from, const QString &to)
{
    AgencyCorrectionResult r;
    r.companyFrom = companyBound(from, false);
    r.companyTo = companyBound(to, true);
    if (r.companyTo < r.companyFrom)
        throw LedgerError::refused(Tr::tr("Företag t.o.m. %1 ligger före företag fr.o.m. %2.")
                                       .arg(r.companyTo, r.companyFrom));
    db.access().requireCompanies(db, r.companyFrom, r.companyTo);
    // Transactions after the claim was sent (its newest one then is
    // last_transaction_id) that no correction file has reported.
    QSqlQuery q = db.run(
        QStringLiteral(
            "SELECT t.id, i.id, i.company, i.invoice_number, i.ocr, i.id_number, i.name, "
            "x.agency_customer_number, x.transfer_date, t.transaction_date, t.registered_date, "
            "t.method, COALESCE(m.text, ''), COALESCE(m.no_interest_invoicing, 0), "
            "t.effect_ore, i.balance_ore "
            "FROM agency_transfer_item ti JOIN agency_transfer x ON x.id = ti.transfer_id "
            "JOIN invoice i ON i.id = ti.invoice_id "
            "JOIN ledger_transaction t ON t.invoice_id = ti.invoice_id "
            "AND t.id > ti.last_transaction_id "
            "LEFT JOIN payment_method m ON m.code = t.method "
            "LEFT JOIN agency_correction_item ci ON ci.transaction_id = t.id "
            "WHERE ci.transaction_id IS NULL AND t.effect_ore <> 0 "
            "AND i.company >= ? AND i.company <= ? "
            "ORDER BY i.company, i.invoice_number, t.id"),
        {r.companyFrom, r.companyTo});
    QHash<QString, QString> agencyMethod; // by company
    while (q.next()) {
        AgencyCorrectionItem v;
        int i = 0;
        v.transactionId = q.value(i++).toLongLong();
        v.invoiceId = q.value(i++).toLongLong();
        v.company = q.value(i++).toString();
        v.invoiceNumber = q.value(i++).toString();
        v.ocr = q.value(i++).toString();
        v.idNumber = q.value(i++).toString();
        v.name = q.value(i++).toString();
        v.agencyCustomerNumber = q.value(i++).toString();
        v.transferDate = toDate(q.value(i++));
        v.transactionDate = toDate(q.value(i++));
        v.registeredDate = toDate(q.value(i++));
        v.method = q.value(i++).toString();
        v.methodText = q.value(i++).toString();
        const bool credit = q.value(i++).toInt() != 0;
        const Money effect = Money::fromOre(q.value(i++).toLongLong());
        v.balance = Money::fromOre(q.value(i++).toLongLong());
        v.amount = -effect;
        v.kind = effect.isPositive() ? Tr::tr("rättelse")
                 : credit            ? Tr::tr("kreditering")
                                     : Tr::tr("betalning");
        r.items.append(v);
    }
    q.finish();
    // seed 003: "Betalningar med betalningssättet 'inkasso' kommer inte med
    // här utan förutsätts vara betalningar som kommer från inkassobolaget."
    QList<AgencyCorrectionItem> kept;
    for (const AgencyCorrectionItem &v : std::as_const(r.items)) {
        if (!agencyMethod.contains(v.company))
            agencyMethod.insert(v.company, PaymentParameters::load(db, v.company).agencyMethod);
        if (v.method != agencyMethod.value(v.company))
            kept.append(v);
    }
    r.items = kept;
    return r;
}

} // namespace

Money AgencyCorrectionResult::total() const
{
    Money sum;
    for (const AgencyCorrectionItem &v : items)
        sum += v.amount;
    return sum;
}

AgencyCorrectionResult AgencyCorrections::plan(const QString &companyFrom,
                                               const QString &companyTo)
{
    return planAll(m_db, companyFrom, companyTo);
}

AgencyCorrectionResult AgencyCorrections::run(ReportWriter &file, const QString &fileName,
                                              const QString &companyFrom,
                                              const QString &companyTo)
{
    UnitOfWork work(m_db);
    AgencyCorrectionResult r = planAll(m_db, companyFrom, companyTo);
    r.dryRun = false;
    r.fileName = fileName;
    if (r.items.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Inga betalningar eller krediteringar på överförda fordringar har kommit sedan "
                   "förra saldokorrigeringen; ingen fil skrevs."));
    r.correctionId = m_db.insertReturningId(
        QStringLiteral("INSERT INTO agency_correction (file_name, item_count, amount_ore, "
                       "created_by, created_at) VALUES (?,?,?,?,?) RETURNING id"),
        {fileName, int(r.items.size()), r.total().ore(), m_db.user(), m_db.nowStamp()});
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO agency_correction_item (transaction_id, correction_id, "
                       "invoice_id, amount_ore) VALUES (?,?,?,?)"));
    for (const AgencyCorrectionItem &v : std::as_const(r.items))
        m_db.exec(insert, {v.transactionId, r.correctionId, v.invoiceId, v.amount.ore()});
    AuditLog(m_db).recordInsert(QStringLiteral("agency_correction"),
                                QString::number(r.correctionId),
                                Tr::tr("Saldokorrigering till inkasso: %1 händelser, %2 kr, fil %3")
                                    .arg(r.items.size())
                                    .arg(r.total().toString(), fileName));
    fileTable(r).writeTo(file);
    work.commit();
    return r;
}

ReportLayout AgencyCorrections::fileLayout()
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Saldokorrigeringar till inkasso");
    l.columns = {
        {QStringLiteral("agency_customer_number"), Tr::tr("Kundnr hos inkassobolaget"), K::Text},
        {QStringLiteral("company"), Tr::tr("Företag"), K::Text},
        {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), K::Text},
        {QStringLiteral("ocr"), Tr::tr("OCR"), K::Text},
        {QStringLiteral("id_number"), Tr::tr("Person-/organisationsnummer"), K::Text},
        {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
        {QStringLiteral("transfer_date"), Tr::tr("Överförd"), K::Date},
        {QStringLiteral("transaction_date"), Tr::tr("Transaktionsdatum"), K::Date},
        {QStringLiteral("registered_date"), Tr::tr("Registrerad"), K::Date},
        {QStringLiteral("method"), Tr::tr("Inbetalningssätt"), K::Text},
        {QStringLiteral("method_text"), Tr::tr("Text"), K::Text, 15},
        {QStringLiteral("kind"), Tr::tr("Slag"), K::Text},
        {QStringLiteral("amount"), Tr::tr("Belopp"), K::Money},
        {QStringLiteral("transaction_id"), Tr::tr("Händelse"), K::Integer}};
    return l;
}

ReportTable AgencyCorrections::fileTable(const AgencyCorrectionResult &r)
{
    ReportLayout layout = fileLayout();
    layout.selection << Tr::tr("Företag %1–%2").arg(r.companyFrom, r.companyTo);
    ReportTable table(layout);
    for (const AgencyCorrectionItem &v : r.items) {
        ReportRow row;
        row.cells = {v.agencyCustomerNumber, v.company, v.invoiceNumber, v.ocr, v.idNumber,
                     v.name, v.transferDate, v.transactionDate, v.registeredDate, v.method,
                     v.methodText, v.kind, v.amount.ore(), v.transactionId};
        table.rows().append(row);
    }
    return table;
}

QList<AgencyCorrectionInfo> AgencyCorrections::corrections()
{
    QList<AgencyCorrectionInfo> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, file_name, item_count, amount_ore, "
                                          "created_by, created_at FROM agency_correction "
                                          "ORDER BY id DESC"));
    while (q.next()) {
        AgencyCorrectionInfo i;
        i.id = q.value(0).toLongLong();
        i.fileName = q.value(1).toString();
        i.items = q.value(2).toInt();
        i.amount = Money::fromOre(q.value(3).toLongLong());
        i.createdBy = q.value(4).toString();
        i.createdAt = q.value(5).toString();
        out.append(i);
    }
    return out;
}

} // namespace rsk
