#include "dunning/nextinvoicetransfer.h"

#include "audit/auditlog.h"
#include "ids/swedishid.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NextInvoiceTransfer)
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

NextInvoiceTransferResult build(Database &db, const NextInvoiceTransferSelection &selection,
                                bool dryRun)
{
    NextInvoiceTransferResult r;
    r.dryRun = dryRun;
    r.selection = selection.checked();
    UnbilledInterestReport report(db);
    const QList<UnbilledLine> lines = report.lines(r.selection.claims);
    r.warnings = report.warnings();
    // The stored number, not the list's display form: the claim's own.
    QSqlQuery ids = db.prepare(QStringLiteral("SELECT id_number FROM invoice WHERE id = ?"));
    for (const UnbilledLine &line : lines) {
        NextInvoiceTransferLine t;
        t.claim = line;
        db.exec(ids, {line.invoiceId});
        const QString stored = ids.next() ? ids.value(0).toString().trimmed() : QString();
        ids.finish();
        const auto id = stored.isEmpty() ? std::nullopt : SwedishId::parse(stored, db.today());
        if (id) {
            t.personNumber = id->normalized();
            r.lines.append(t);
        } else {
            t.problem = stored.isEmpty()
                            ? Tr::tr("personnummer saknas; nästa faktura kan inte hittas")
                            : Tr::tr("personnummer \"%1\" är inte giltigt; nästa faktura kan "
                                     "inte hittas")
                                  .arg(stored);
            r.refused.append(t);
        }
    }
    std::stable_sort(r.lines.begin(), r.lines.end(),
                     [](const NextInvoiceTransferLine &a, const NextInvoiceTransferLine &b) {
                         if (a.claim.routine != b.claim.routine)
                             return a.claim.routine < b.claim.routine;
                         if (a.personNumber != b.personNumber)
                             return a.personNumber < b.personNumber;
                         if (a.claim.company != b.claim.company)
                             return a.claim.company < b.claim.company;
                         return a.claim.invoiceNumber < b.claim.invoiceNumber;
                     });
    return r;
}

} // namespace

NextInvoiceTransferSelection NextInvoiceTransferSelection::checked() const
{
    if (!transferDate.isValid())
        throw LedgerError::refused(Tr::tr("Överföringsdatum: ange datumet för överföringen."));
    NextInvoiceTransferSelection s = *this;
    s.claims = claims.checked();
    return s;
}

QStringList NextInvoiceTransferResult::routines() const
{
    QStringList out;
    for (const NextInvoiceTransferLine &l : lines)
        if (out.isEmpty() || out.last() != l.claim.routine)
            out << l.claim.routine;
    return out;
}

Money NextInvoiceTransferResult::total() const
{
    Money sum;
    for (const NextInvoiceTransferLine &l : lines)
        sum += l.claim.total();
    return sum;
}

NextInvoiceTransferResult NextInvoiceTransfer::plan(const NextInvoiceTransferSelection &selection)
{
    return build(m_db, selection, true);
}

NextInvoiceTransferResult NextInvoiceTransfer::run(const NextInvoiceTransferSelection &selection,
                                                   const FileWriter &write)
{
    const NextInvoiceTransferSelection range = selection.checked();
    const RunLock lock(m_db,
                       RunLock::CompanyRange{range.claims.companyFrom, range.claims.companyTo},
                       RunKind::NextInvoiceTransfer,
                       Tr::tr("företag %1–%2, överföringsdatum %3")
                           .arg(range.claims.companyFrom, range.claims.companyTo,
                                range.transferDate.toString(Qt::ISODate)));
    UnitOfWork work(m_db);
    NextInvoiceTransferResult r = build(m_db, selection, false);
    if (r.lines.isEmpty()) {
        work.commit(); // nothing written; a caller's unit of work goes on
        return r;
    }
    const QDate date = r.selection.transferDate;
    try {
        for (const QString &routine : r.routines())
            r.files << write(routine, file(r, routine));

        AuditLog audit(m_db);
        const QString stamp = m_db.nowStamp();
        const QString context = QStringLiteral("next invoice transfer %1").arg(iso(date));
        QSqlQuery update = m_db.prepare(
            QStringLiteral("UPDATE invoice SET next_invoice_transfer_date = ?, changed_by = ?, "
                           "changed_at = ?, version = version + 1 WHERE id = ? AND "
                           "next_invoice_transfer_date IS NULL"));
        for (const NextInvoiceTransferLine &l : std::as_const(r.lines)) {
            m_db.exec(update, {dateArg(date), m_db.user(), stamp, l.claim.invoiceId});
            if (update.numRowsAffected() != 1)
                throw LedgerError::conflict(
                    Tr::tr("Faktura %1/%2 ändrades av någon annan under överföringen. Inget "
                           "ändrades; gör om överföringen.")
                        .arg(l.claim.company, l.claim.invoiceNumber));
            audit.recordChange(QStringLiteral("invoice"),
                               l.claim.company + QLatin1Char('/') + l.claim.invoiceNumber,
                               QStringLiteral("next_invoice_transfer_date"), QVariant(), iso(date),
                               context);
        }
        audit.recordInsert(QStringLiteral("next_invoice_transfer"), iso(date),
                           Tr::tr("Överföring till nästa faktura %1: %2 fordringar, %3 kr, "
                                  "%4 utan personnummer")
                               .arg(iso(date))
                               .arg(r.lines.size())
                               .arg(r.total().toString())
                               .arg(r.refused.size()),
                           r.files.join(QStringLiteral(", ")));
        work.commit();
    } catch (...) {
        // Nothing half-done: the claims roll back, the files written go.
        for (const QString &path : std::as_const(r.files))
            QFile::remove(path);
        throw;
    }
    return r;
}

QString NextInvoiceTransfer::fileName(const QString &routine, const QDate &transferDate)
{
    return QStringLiteral("nasta-faktura-%1-%2.csv").arg(routine, iso(transferDate));
}

ReportTable NextInvoiceTransfer::file(const NextInvoiceTransferResult &r, const QString &routine)
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Överföring till nästa faktura, rutin %1, %2")
                  .arg(routine, iso(r.selection.transferDate));
    // The keys are the file's header (a contract with the billing system).
    l.columns = {{QStringLiteral("person_number"), Tr::tr("Personnummer"), K::Text},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                 {QStringLiteral("company"), Tr::tr("Företag"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), K::Text},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), K::Money},
                 {QStringLiteral("reminder_fee"), Tr::tr("Påminnelseavgift"), K::Money},
                 {QStringLiteral("collection_fee"), Tr::tr("Kravavgift"), K::Money},
                 {QStringLiteral("total"), Tr::tr("Summa"), K::Money}};
    ReportTable table(l);
    for (const NextInvoiceTransferLine &t : r.lines) {
        if (t.claim.routine != routine)
            continue;
        const UnbilledLine &c = t.claim;
        ReportRow row;
        row.cells = {t.personNumber,       c.name,
                     c.company,            c.invoiceNumber,
                     c.interest.ore(),     c.reminderFee.ore(),
                     c.collectionFee.ore(), c.total().ore()};
        table.rows().append(row);
    }
    return table;
}

ReportTable NextInvoiceTransfer::list(const NextInvoiceTransferResult &r)
{
    using K = ReportColumn::Kind;
    const UnbilledSelection &s = r.selection.claims;
    ReportLayout l;
    l.title = r.dryRun ? Tr::tr("Kontrollista överföring till nästa faktura")
                       : Tr::tr("Kvittenslista överföring till nästa faktura %1")
                             .arg(iso(r.selection.transferDate));
    l.selection << Tr::tr("Överföringsdatum %1").arg(iso(r.selection.transferDate));
    auto range = [&](const QString &label, const QString &from, const QString &to) {
        if (!from.isEmpty() || !to.isEmpty())
            l.selection << QStringLiteral("%1: %2–%3").arg(label, from, to);
    };
    range(Tr::tr("Företag"), s.companyFrom, s.companyTo);
    range(Tr::tr("Rutin"), s.routineFrom, s.routineTo);
    range(Tr::tr("Fakturanummer"), s.invoiceFrom, s.invoiceTo);
    range(Tr::tr("Slutbetald"), iso(s.paidFrom), iso(s.paidTo));
    if (s.minimumInterest.isPositive() || s.minimumDays > 0)
        l.selection << Tr::tr("Minsta ränta %1 kr, minsta antal dagar %2")
                           .arg(s.minimumInterest.ore() / 100)
                           .arg(s.minimumDays);
    for (const QString &f : r.files)
        l.selection << Tr::tr("Fil: %1").arg(f);
    for (const QString &w : r.warnings)
        l.selection << w;
    l.columns = {{QStringLiteral("routine"), Tr::tr("Rutin"), K::Text},
                 {QStringLiteral("person_number"), Tr::tr("Personnummer"), K::Text, 13},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 24},
                 {QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                 {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), K::Date},
                 {QStringLiteral("days_late"), Tr::tr("Dagar"), K::Integer},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), K::Money},
                 {QStringLiteral("reminder_fee"), Tr::tr("Påminnelseavgift"), K::Money},
                 {QStringLiteral("collection_fee"), Tr::tr("Kravavgift"), K::Money},
                 {QStringLiteral("total"), Tr::tr("Summa"), K::Money},
                 {QStringLiteral("note"), Tr::tr("Anmärkning"), K::Text, 40}};
    ReportTable table(l);
    const int columns = int(l.columns.size());
    auto detail = [&](const NextInvoiceTransferLine &t) {
        const UnbilledLine &c = t.claim;
        ReportRow row;
        row.cells = {c.routine,
                     c.idNumber,
                     c.name,
                     c.company,
                     c.invoiceNumber,
                     c.finalPaidDate,
                     qint64(c.daysLate),
                     c.interest.ore(),
                     c.reminderFee.ore(),
                     c.collectionFee.ore(),
                     c.total().ore(),
                     t.problem.isEmpty() ? QString() : Tr::tr("Överförs inte: %1").arg(t.problem)};
        return row;
    };
    struct Sum
    {
        int count = 0;
        Money interest, reminderFee, collectionFee;
    };
    auto sumRow = [&](ReportRow::Type type, const QString &label, const Sum &sum) {
        ReportRow row;
        row.type = type;
        row.level = type == ReportRow::Type::Subtotal ? 1 : 0;
        row.label = label;
        row.cells = QVariantList(columns);
        row.cells[7] = sum.interest.ore();
        row.cells[8] = sum.reminderFee.ore();
        row.cells[9] = sum.collectionFee.ore();
        row.cells[10] = (sum.interest + sum.reminderFee + sum.collectionFee).ore();
        return row;
    };
    Sum total;
    for (const QString &routine : r.routines()) {
        Sum sum;
        for (const NextInvoiceTransferLine &t : r.lines) {
            if (t.claim.routine != routine)
                continue;
            table.rows().append(detail(t));
            for (Sum *s2 : {&sum, &total}) {
                ++s2->count;
                s2->interest += t.claim.interest;
                s2->reminderFee += t.claim.reminderFee;
                s2->collectionFee += t.claim.collectionFee;
            }
        }
        table.rows().append(sumRow(ReportRow::Type::Subtotal,
                                   Tr::tr("Rutin %1: %2 st").arg(routine).arg(sum.count),
                                   sum));
    }
    for (const NextInvoiceTransferLine &t : r.refused)
        table.rows().append(detail(t));
    QString label = r.dryRun ? Tr::tr("Att överföra: %1 st").arg(total.count)
                             : Tr::tr("Överfört: %1 st").arg(total.count);
    if (!r.refused.isEmpty())
        label += Tr::tr(", %1 utan personnr").arg(r.refused.size());
    table.rows().append(sumRow(ReportRow::Type::Total, label, total));
    return table;
}

} // namespace rsk
