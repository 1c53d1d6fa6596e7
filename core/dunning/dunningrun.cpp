#include "dunning/dunningrun.h"

#include "audit/auditlog.h"
#include "dunning/dunningplanner.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningRun)
};

// The claim columns a run changes, as they were: undo writes them back.
const QStringList kRestored = {
    QStringLiteral("reminder_fee_ore"),        QStringLiteral("collection_fee_ore"),
    QStringLiteral("interest_debited_ore"),    QStringLiteral("capital_open_ore"),
    QStringLiteral("reminder_fee_open_ore"),   QStringLiteral("collection_fee_open_ore"),
    QStringLiteral("interest_open_ore"),       QStringLiteral("balance_ore"),
    QStringLiteral("paid_ore"),                QStringLiteral("reminder_fee_undebited_ore"),
    QStringLiteral("collection_fee_undebited_ore"), QStringLiteral("final_paid_date"),
    QStringLiteral("changed_by"),              QStringLiteral("changed_at"),
    QStringLiteral("version")};

QString dateOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject beforeState(const Invoice &v, DunningStep step)
{
    return {{QStringLiteral("reminder_fee_ore"), QString::number(v.reminderFee.ore())},
            {QStringLiteral("collection_fee_ore"), QString::number(v.collectionFee.ore())},
            {QStringLiteral("interest_debited_ore"), QString::number(v.interestDebited.ore())},
            {QStringLiteral("capital_open_ore"), QString::number(v.capitalOpen.ore())},
            {QStringLiteral("reminder_fee_open_ore"), QString::number(v.reminderFeeOpen.ore())},
            {QStringLiteral("collection_fee_open_ore"),
             QString::number(v.collectionFeeOpen.ore())},
            {QStringLiteral("interest_open_ore"), QString::number(v.interestOpen.ore())},
            {QStringLiteral("balance_ore"), QString::number(v.balance.ore())},
            {QStringLiteral("paid_ore"), QString::number(v.paid.ore())},
            {QStringLiteral("reminder_fee_undebited_ore"),
             QString::number(v.reminderFeeUndebited.ore())},
            {QStringLiteral("collection_fee_undebited_ore"),
             QString::number(v.collectionFeeUndebited.ore())},
            {QStringLiteral("final_paid_date"), dateOrEmpty(v.finalPaidDate)},
            {QStringLiteral("changed_by"), v.changedBy},
            {QStringLiteral("changed_at"), v.changedAt},
            {QStringLiteral("version"), QString::number(v.version)},
            {QStringLiteral("step_column"), DunningPlanner::dateColumn(step)}};
}

QJsonObject selectionJson(const DunningSelection &s)
{
    return {{QStringLiteral("run_date"), dateOrEmpty(s.runDate)},
            {QStringLiteral("company_from"), s.companyFrom},
            {QStringLiteral("company_to"), s.companyTo},
            {QStringLiteral("routine_from"), s.routineFrom},
            {QStringLiteral("routine_to"), s.routineTo},
            {QStringLiteral("invoice_from"), s.invoiceFrom},
            {QStringLiteral("invoice_to"), s.invoiceTo},
            {QStringLiteral("department_from"), s.departmentFrom},
            {QStringLiteral("department_to"), s.departmentTo},
            {QStringLiteral("no_fee_below_ore"), QString::number(s.noFeeBelow.ore())}};
}

QString summaryOf(const DunningSelection &s)
{
    QStringList parts{Tr::tr("företag %1–%2").arg(s.companyFrom, s.companyTo),
                      Tr::tr("rutin %1–%2").arg(s.routineFrom, s.routineTo)};
    if (s.invoiceFrom != QLatin1String("000000000") || s.invoiceTo != QLatin1String("999999999"))
        parts << Tr::tr("faktura %1–%2").arg(s.invoiceFrom, s.invoiceTo);
    if (!s.departmentFrom.isEmpty() || !s.departmentTo.isEmpty())
        parts << Tr::tr("avdelning %1–%2").arg(s.departmentFrom, s.departmentTo);
    if (s.noFeeBelow.isPositive())
        parts << Tr::tr("ingen avgift under %1 kr").arg(s.noFeeBelow.toString());
    return parts.join(QStringLiteral(", "));
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

QList<qint64> idsFrom(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.toLongLong();
    return out;
}

DunningRunInfo infoFrom(const QSqlQuery &q)
{
    DunningRunInfo r;
    r.id = q.value(0).toLongLong();
    r.runDate = toDate(q.value(1));
    r.createdBy = q.value(2).toString();
    r.createdAt = toStamp(q.value(3));
    r.letters = q.value(4).toInt();
    r.held = q.value(5).toInt();
    r.feesDebited = Money::fromOre(q.value(6).toLongLong());
    r.interestDebited = Money::fromOre(q.value(7).toLongLong());
    r.outputPath = q.value(8).toString();
    r.undoneBy = q.value(9).toString();
    r.undoneAt = toStamp(q.value(10));
    r.summary = q.value(11).toString();
    return r;
}

const char kInfoColumns[] = "id, run_date, created_by, created_at, letter_count, held_count, "
                            "fee_debited_ore, interest_debited_ore, output_path, "
                            "COALESCE(undone_by, ''), undone_at, summary";

// What plan() and run() share: every claim's step, with the claim as read.
struct Planned
{
    DunningCandidate candidate;
    PlannedStep step;
};

// keep = false (the kontrollista): only the items, nothing else kept.
QList<Planned> planAll(DunningPlanner &planner, const DunningSelection &s,
                       DunningRunResult &result, bool keep = true)
{
    QList<Planned> out;
    planner.forEachCandidate(s, [&](const DunningCandidate &c) {
        DunningSkip skip;
        if (auto p = planner.plan(c, s, &skip)) {
            result.items.append(p->item);
            if (keep)
                out.append({c, std::move(*p)});
        } else if (skip.invoiceId != 0) {
            result.skipped.append(skip);
        }
    });
    // Company and invoice-number order, as the lists and letters go out.
    auto byNumber = [](const auto &a, const auto &b) {
        return a.company != b.company ? a.company < b.company : a.invoiceNumber < b.invoiceNumber;
    };
    std::sort(result.items.begin(), result.items.end(), byNumber);
    std::sort(result.skipped.begin(), result.skipped.end(), byNumber);
    std::sort(out.begin(), out.end(), [&byNumber](const Planned &a, const Planned &b) {
        return byNumber(a.step.item, b.step.item);
    });
    return out;
}

} // namespace

int DunningRunResult::count(DunningStep step) const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [step](const DunningItem &i) { return i.step == step; }));
}

int DunningRunResult::heldCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const DunningItem &i) { return i.held; }));
}

Money DunningRunResult::feesDebited() const
{
    Money sum;
    for (const DunningItem &i : items)
        if (i.feeDebited)
            sum += i.fee;
    return sum;
}

Money DunningRunResult::feesPrintedOnly() const
{
    Money sum;
    for (const DunningItem &i : items)
        if (!i.feeDebited)
            sum += i.fee;
    return sum;
}

Money DunningRunResult::interestDebited() const
{
    Money sum;
    for (const DunningItem &i : items)
        sum += i.interestDebit;
    return sum;
}

DunningRunResult DunningRun::plan(const DunningSelection &selection)
{
    DunningRunResult result;
    result.selection = DunningPlanner::checked(selection);
    m_db.access().requireCompanies(m_db, result.selection.companyFrom, result.selection.companyTo);
    DunningPlanner planner(m_db);
    planAll(planner, result.selection, result, false);
    return result;
}

QList<DunningLetter> DunningRun::previewLetters(const DunningRunResult &plan)
{
    DunningPlanner planner(m_db);
    DunningRunResult again;
    const QList<Planned> planned = planAll(planner, plan.selection, again);
    QList<DunningLetter> out;
    for (const Planned &p : planned)
        if (!p.step.item.held)
            out.append(planner.letter(p.candidate, p.step, plan.selection));
    return out;
}

DunningRunResult DunningRun::run(const DunningSelection &selection)
{
    DunningRunResult result;
    result.selection = DunningPlanner::checked(selection);
    m_db.access().requireCompanies(m_db, result.selection.companyFrom, result.selection.companyTo);
    result.dryRun = false;
    const RunLock lock(m_db, RunLock::CompanyRange{result.selection.companyFrom,
                                                   result.selection.companyTo},
                       RunKind::Dunning, summaryOf(result.selection));
    UnitOfWork work(m_db);
    DunningPlanner planner(m_db);
    // Read everything first: the claims are not changed under an open cursor.
    const QList<Planned> planned = planAll(planner, result.selection, result);
    const DunningSelection &s = result.selection;
    const QString stamp = m_db.nowStamp();
    const QString user = m_db.user();

    result.runId = m_db.insertReturningId(
        QStringLiteral("INSERT INTO dunning_run (run_date, selection, summary, created_by, "
                       "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {dateArg(s.runDate),
         QString::fromUtf8(QJsonDocument(selectionJson(s)).toJson(QJsonDocument::Compact)),
         summaryOf(s), user, stamp});
    const QString source = QStringLiteral("dunning:%1").arg(result.runId);

    QSqlQuery insertTransaction = m_db.prepare(QStringLiteral(
        "INSERT INTO ledger_transaction (invoice_id, transaction_date, registered_date, method, "
        "amount_ore, effect_ore, reminder_fee_part_ore, collection_fee_part_ore, "
        "interest_part_ore, capital_part_ore, no_interest, remark, account, source, created_by, "
        "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,0,?,'',?,?,?) RETURNING id"));
    QSqlQuery insertLetter = m_db.prepare(QStringLiteral(
        "INSERT INTO dunning_letter (run_id, invoice_id, step, fee_ore, fee_debited, "
        "interest_ore, interest_debit_ore, to_pay_ore, pay_by, held, transaction_ids, "
        "before_state, version_after, letter) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    AuditLog audit(m_db);
    const QDate today = m_db.today();

    for (const Planned &p : planned) {
        const Invoice &before = p.candidate.invoice;
        const Invoice &after = p.step.after;
        const DunningItem &item = p.step.item;
        QList<qint64> transactionIds;
        for (const PlannedStep::Debit &d : p.step.debits) {
            const Settlement &st = d.settlement;
            m_db.exec(insertTransaction,
                      {before.id, dateArg(s.runDate), dateArg(today), d.method.code,
                       d.amount.ore(), st.effect().ore(), st.reminderFee.ore(),
                       st.collectionFee.ore(), st.interest.ore(), st.capital.ore(), d.remark,
                       source, user, stamp});
            if (!insertTransaction.next())
                throw LedgerError(LedgerError::Kind::Storage,
                                  Tr::tr("Transaktionen för faktura %1 kunde inte sparas.")
                                      .arg(before.invoiceNumber));
            transactionIds << insertTransaction.value(0).toLongLong();
            insertTransaction.finish();
        }

        const QString column = DunningPlanner::dateColumn(item.step);
        QSqlQuery update = m_db.run(
            QStringLiteral("UPDATE invoice SET reminder_fee_ore=?, collection_fee_ore=?, "
                           "interest_debited_ore=?, capital_open_ore=?, reminder_fee_open_ore=?, "
                           "collection_fee_open_ore=?, interest_open_ore=?, balance_ore=?, "
                           "paid_ore=?, reminder_fee_undebited_ore=?, "
                           "collection_fee_undebited_ore=?, final_paid_date=?, %1=?, "
                           "changed_by=?, changed_at=?, version=version+1 "
                           "WHERE id=? AND version=?")
                .arg(column),
            {after.reminderFee.ore(), after.collectionFee.ore(), after.interestDebited.ore(),
             after.capitalOpen.ore(), after.reminderFeeOpen.ore(), after.collectionFeeOpen.ore(),
             after.interestOpen.ore(), after.balance.ore(), after.paid.ore(),
             after.reminderFeeUndebited.ore(), after.collectionFeeUndebited.ore(),
             dateArg(after.finalPaidDate), dateArg(s.runDate), user, stamp, before.id,
             before.version});
        if (update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; "
                       "kör igen.")
                    .arg(before.company, before.invoiceNumber));

        const QString key = before.company + QLatin1Char('/') + before.invoiceNumber;
        QVariantMap was = InvoiceRepository::stateMap(before);
        QVariantMap is = InvoiceRepository::stateMap(after);
        was.insert(column, QVariant());
        is.insert(column, dateOrEmpty(s.runDate));
        was.insert(QStringLiteral("reminder_fee_undebited_ore"), before.reminderFeeUndebited.ore());
        is.insert(QStringLiteral("reminder_fee_undebited_ore"), after.reminderFeeUndebited.ore());
        was.insert(QStringLiteral("collection_fee_undebited_ore"),
                   before.collectionFeeUndebited.ore());
        is.insert(QStringLiteral("collection_fee_undebited_ore"),
                  after.collectionFeeUndebited.ore());
        audit.recordDiff(QStringLiteral("invoice"), key, was, is,
                         QStringLiteral("dunning run %1").arg(result.runId));

        DunningLetter letter = planner.letter(p.candidate, p.step, s);
        letter.runId = result.runId;
        QVariant letterJson;
        if (planner.parameters().saveLetters)
            letterJson = QString::fromUtf8(
                QJsonDocument(letter.toJson()).toJson(QJsonDocument::Compact));
        m_db.exec(insertLetter,
                  {result.runId, before.id, dunningStepCode(item.step), item.fee.ore(),
                   int(item.feeDebited), item.interest.ore(), item.interestDebit.ore(),
                   item.toPay.ore(), dateArg(item.payBy), int(item.held), idList(transactionIds),
                   QString::fromUtf8(QJsonDocument(beforeState(before, item.step))
                                         .toJson(QJsonDocument::Compact)),
                   before.version + 1, letterJson});
        insertLetter.next();
        letter.letterId = insertLetter.value(0).toLongLong();
        insertLetter.finish();
        if (!item.held)
            result.letters.append(letter);
    }

    // The booking order for what was debited (handbook 7.11 point 3).
    QList<qint64> orderIds;
    if (result.feesDebited().isPositive() || result.interestDebited().isPositive()) {
        BookingSelection b;
        b.date = s.runDate;
        b.source = source;
        b.text = Tr::tr("Kundreskontra, kravkörning %1 den %2")
                     .arg(result.runId)
                     .arg(s.runDate.toString(Qt::ISODate));
        result.bookingOrders = BookingRun(m_db).run(b).verifications;
        for (const Verification &v : result.bookingOrders)
            orderIds << v.orderId;
    }
    m_db.run(QStringLiteral("UPDATE dunning_run SET letter_count = ?, held_count = ?, "
                            "fee_debited_ore = ?, interest_debited_ore = ?, "
                            "booking_order_ids = ? WHERE id = ?"),
             {int(result.items.size()), result.heldCount(), result.feesDebited().ore(),
              result.interestDebited().ore(), idList(orderIds), result.runId});
    audit.recordInsert(QStringLiteral("dunning_run"), QString::number(result.runId),
                       Tr::tr("Kravkörning %1: %2 brev, avgifter %3 kr, ränta %4 kr")
                           .arg(s.runDate.toString(Qt::ISODate))
                           .arg(result.items.size())
                           .arg(result.feesDebited().toString(),
                                result.interestDebited().toString()),
                       summaryOf(s));
    work.commit();
    return result;
}

QList<DunningRunInfo> DunningRun::runs()
{
    QList<DunningRunInfo> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_run ORDER BY id DESC")
                               .arg(QLatin1String(kInfoColumns)));
    while (q.next())
        out.append(infoFrom(q));
    return out;
}

std::optional<DunningRunInfo> DunningRun::info(qint64 runId)
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT %1 FROM dunning_run WHERE id = ?")
                               .arg(QLatin1String(kInfoColumns)),
                           {runId});
    if (!q.next())
        return std::nullopt;
    return infoFrom(q);
}

void DunningRun::recordOutput(qint64 runId, const QString &path)
{
    UnitOfWork work(m_db);
    if (m_db.run(QStringLiteral("UPDATE dunning_run SET output_path = ? WHERE id = ?"),
                 {path, runId})
            .numRowsAffected()
        != 1)
        throw LedgerError::notFound(Tr::tr("Kravkörning %1 finns inte.").arg(runId));
    work.commit();
}

QList<DunningLetter> DunningRun::copies(const DunningCopySelection &c)
{
    QString sql = QStringLiteral(
        "SELECT l.id, l.run_id, l.step, l.letter FROM dunning_letter l "
        "JOIN dunning_run r ON r.id = l.run_id JOIN invoice i ON i.id = l.invoice_id "
        "WHERE r.undone_at IS NULL AND l.letter IS NOT NULL");
    QVariantList args;
    if (c.runId > 0) {
        sql += QStringLiteral(" AND l.run_id = ?");
        args << c.runId;
    }
    if (!c.company.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND i.company = ?");
        args << ReferenceData::normalizeCompanyNumber(c.company).value_or(c.company);
    }
    if (!c.invoiceFrom.trimmed().isEmpty() || !c.invoiceTo.trimmed().isEmpty()) {
        DunningSelection bounds;
        bounds.runDate = QDate(2000, 1, 1);
        bounds.invoiceFrom = c.invoiceFrom;
        bounds.invoiceTo = c.invoiceTo;
        bounds = DunningPlanner::checked(bounds);
        sql += QStringLiteral(" AND i.invoice_number >= ? AND i.invoice_number <= ?");
        args << bounds.invoiceFrom << bounds.invoiceTo;
    }
    if (c.letterDate.isValid()) {
        sql += QStringLiteral(" AND r.run_date = ?");
        args << dateArg(c.letterDate);
    }
    QStringList steps;
    if (c.reminders)
        steps << QStringLiteral("'reminder1'") << QStringLiteral("'reminder2'");
    if (c.collection)
        steps << QStringLiteral("'collection'");
    if (c.residual)
        steps << QStringLiteral("'residual'");
    if (steps.isEmpty())
        return {};
    sql += QStringLiteral(" AND l.step IN (%1) ORDER BY l.run_id, i.company, i.invoice_number")
               .arg(steps.join(QLatin1Char(',')));
    if (c.newHandler.size() > limits::Handler)
        throw LedgerError::refused(Tr::tr("Ny handläggare är %1 tecken, högst %2 är tillåtet.")
                                       .arg(c.newHandler.size())
                                       .arg(limits::Handler));
    QList<DunningLetter> out;
    QSqlQuery q = m_db.run(sql, args);
    const QDate today = m_db.today();
    while (q.next()) {
        DunningLetter l = DunningLetter::fromJson(
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        l.letterId = q.value(0).toLongLong();
        l.runId = q.value(1).toLongLong();
        l.copy = c.markCopy;
        if (!c.originalDate)
            l.letterDate = today;
        if (!c.newHandler.trimmed().isEmpty())
            l.handler = c.newHandler.trimmed();
        out.append(l);
    }
    return out;
}

std::optional<QString> DunningRun::undoProblem(qint64 runId)
{
    const auto run = info(runId);
    if (!run)
        return Tr::tr("Kravkörning %1 finns inte.").arg(runId);
    if (!run->undoneBy.isEmpty())
        return Tr::tr("Kravkörning %1 är redan ångrad (av %2, %3).")
            .arg(runId)
            .arg(run->undoneBy, run->undoneAt);
    // A purge of paid invoices (8.4) removes the letters of purged claims; the
    // run's booking orders are then in the general ledger for claims that no
    // longer exist, so the run can no longer be undone as a whole.
    const qint64 letters
        = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM dunning_letter WHERE run_id = ?"),
                      {runId})
              .toLongLong();
    if (letters < run->letters)
        return Tr::tr("Kravkörning %1 kan inte ångras: %2 av dess %3 fakturor har rensats "
                      "(Rensning betalda fakturor).")
            .arg(runId)
            .arg(run->letters - letters)
            .arg(run->letters);
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT i.company, i.invoice_number, i.changed_by, i.changed_at FROM "
                       "dunning_letter l JOIN invoice i ON i.id = l.invoice_id WHERE l.run_id = ? "
                       "AND i.version <> l.version_after ORDER BY i.company, i.invoice_number"),
        {runId});
    QStringList changed;
    while (q.next() && changed.size() < 5)
        changed << Tr::tr("%1/%2 (ändrad av %3, %4)")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString());
    if (!changed.isEmpty())
        return Tr::tr("Kravkörning %1 kan inte ångras: fakturor har ändrats sedan körningen: %2.")
            .arg(runId)
            .arg(changed.join(QStringLiteral(", ")));
    return std::nullopt;
}

void DunningRun::undo(qint64 runId)
{
    UnitOfWork work(m_db);
    if (const auto problem = undoProblem(runId))
        throw LedgerError::refused(*problem);
    const DunningRunInfo run = *info(runId);
    AuditLog audit(m_db);
    struct Row
    {
        qint64 invoiceId;
        QString transactionIds;
        QJsonObject before;
        int versionAfter;
    };
    QList<Row> rows;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT invoice_id, transaction_ids, before_state, "
                                          "version_after FROM dunning_letter WHERE run_id = ? "
                                          "ORDER BY id"),
                           {runId});
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                     QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                     q.value(3).toInt()});
    q.finish();

    QSqlQuery deleteTransaction
        = m_db.prepare(QStringLiteral("DELETE FROM ledger_transaction WHERE id = ? AND source = ?"));
    const QString source = QStringLiteral("dunning:%1").arg(runId);
    for (const Row &r : rows) {
        QStringList sets;
        QVariantList args;
        for (const QString &column : kRestored) {
            sets << column + QStringLiteral(" = ?");
            const QString value = r.before.value(column).toString();
            if (column.endsWith(QLatin1String("_ore")) || column == QLatin1String("version"))
                args << value.toLongLong();
            else if (column == QLatin1String("final_paid_date"))
                args << (value.isEmpty() ? QVariant() : dateArg(QDate::fromString(value, Qt::ISODate)));
            else
                args << value;
        }
        const QString stepColumn = r.before.value(QStringLiteral("step_column")).toString();
        if (!kRestored.contains(stepColumn) && stepColumn.endsWith(QLatin1String("_date")))
            sets << stepColumn + QStringLiteral(" = NULL");
        args << r.invoiceId << r.versionAfter;
        QSqlQuery update = m_db.run(QStringLiteral("UPDATE invoice SET %1 WHERE id = ? AND "
                                                   "version = ?")
                                        .arg(sets.join(QStringLiteral(", "))),
                                    args);
        if (update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("En faktura i kravkörning %1 ändrades under ångringen. Inget ändrades.")
                    .arg(runId));
        for (qint64 id : idsFrom(r.transactionIds)) {
            m_db.exec(deleteTransaction, {id, source});
            if (deleteTransaction.numRowsAffected() != 1)
                throw LedgerError::conflict(
                    Tr::tr("Transaktion %1 i kravkörning %2 finns inte längre. Inget ändrades.")
                        .arg(id)
                        .arg(runId));
        }
        audit.recordChange(QStringLiteral("invoice"), QString::number(r.invoiceId), stepColumn,
                           run.runDate.toString(Qt::ISODate), QVariant(),
                           QStringLiteral("undo dunning run %1").arg(runId));
    }

    // Its booking orders go too; the verification numbers are given back
    // when nothing was numbered after them.
    const QString orders = m_db.scalar(QStringLiteral("SELECT booking_order_ids FROM dunning_run "
                                                      "WHERE id = ?"),
                                       {runId})
                               .toString();
    const QList<qint64> orderIds = idsFrom(orders);
    qint64 lowest = 0;
    qint64 highest = 0;
    for (qint64 id : orderIds) {
        const qint64 number = m_db.scalar(QStringLiteral("SELECT verification_number FROM "
                                                         "booking_order WHERE id = ?"),
                                          {id})
                                  .toLongLong();
        lowest = lowest == 0 ? number : std::min(lowest, number);
        highest = std::max(highest, number);
        m_db.run(QStringLiteral("DELETE FROM booking_posting WHERE booking_order_id = ?"), {id});
        m_db.run(QStringLiteral("DELETE FROM booking_order WHERE id = ?"), {id});
        audit.recordDelete(QStringLiteral("booking_order"), QString::number(id),
                           Tr::tr("Bokföringsorder %1 för kravkörning %2 togs bort vid ångring")
                               .arg(number)
                               .arg(runId));
    }
    if (lowest > 0)
        m_db.run(QStringLiteral("UPDATE number_series SET next_value = ? WHERE name = ? AND "
                                "next_value = ?"),
                 {lowest, BookingRun::numberSeriesName(), highest + 1});
    m_db.run(QStringLiteral("UPDATE dunning_run SET undone_by = ?, undone_at = ? WHERE id = ?"),
             {m_db.user(), m_db.nowStamp(), runId});
    audit.recordChange(QStringLiteral("dunning_run"), QString::number(runId),
                       QStringLiteral("undone_by"), QVariant(), m_db.user());
    work.commit();
}

} // namespace rsk
