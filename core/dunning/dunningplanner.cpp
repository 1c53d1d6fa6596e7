#include "dunning/dunningplanner.h"

#include "dates/bankingdays.h"
#include "interest/interestservice.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DunningRun)
};

// The claim columns a step decision needs, in the order candidateFrom()
// takes them; the address and the other letter-only fields are read per
// letter (letterFields), so the kontrollista stays light.
const char kColumns[]
    = "i.id, i.company, i.invoice_number, i.routine, i.name, i.invoice_date, i.due_date, "
      "i.department, i.handler, i.amount_ore, i.reminder_fee_ore, "
      "i.collection_fee_ore, i.interest_debited_ore, i.capital_open_ore, "
      "i.reminder_fee_open_ore, i.collection_fee_open_ore, i.interest_open_ore, i.balance_ore, "
      "i.paid_ore, i.reminder_fee_undebited_ore, i.collection_fee_undebited_ore, "
      "i.reminder1_date, i.reminder2_date, i.collection_date, i.residual_date, "
      "i.dunning_code, i.dunning_code_until, i.final_paid_date, i.changed_by, i.changed_at, "
      "i.version, COALESCE(c.protected_identity, 0), EXISTS (SELECT 1 FROM ledger_transaction "
      "t WHERE t.invoice_id = i.id AND t.capital_part_ore <> 0), "
      "COALESCE(c.reminder_stop, 0), COALESCE(c.collection_stop, 0)";

QString textKey(DunningTextKind kind, int number)
{
    return DunningTexts::kindCode(kind) + QLatin1Char('/') + QString::number(number);
}

// A range end typed by the clerk: "" = open; a 1–7 digit invoice number is a
// prefix (from "04" → 040000000, to "04" → 049999999); 8–9 digits a number.
QString invoiceBound(const QString &text, bool upper)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return upper ? QStringLiteral("999999999") : QStringLiteral("000000000");
    for (QChar ch : t)
        if (!ch.isDigit())
            throw LedgerError::refused(
                Tr::tr("Fakturanummer \"%1\" får bara innehålla siffror.").arg(text));
    if (t.size() >= 8) {
        const auto n = InvoiceRepository::normalizeInvoiceNumber(t);
        if (!n)
            throw LedgerError::refused(
                Tr::tr("Fakturanummer \"%1\" ska ha högst 9 siffror.").arg(text));
        return *n;
    }
    return t + QString(9 - t.size(), upper ? QLatin1Char('9') : QLatin1Char('0'));
}

QString routineBound(const QString &text, bool upper)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return upper ? QStringLiteral("99") : QStringLiteral("00");
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 99 || t.size() > 2)
        throw LedgerError::refused(Tr::tr("Rutin \"%1\" ska vara två siffror.").arg(text));
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

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

DunningAction actionFor(DunningStep step)
{
    switch (step) {
    case DunningStep::Reminder1: return DunningAction::Reminder1;
    case DunningStep::Reminder2: return DunningAction::Reminder2;
    case DunningStep::Collection: return DunningAction::Collection;
    case DunningStep::Residual: return DunningAction::Residual;
    }
    return DunningAction::Reminder1;
}

} // namespace

DunningPlanner::DunningPlanner(Database &db)
    : m_db(db), m_countries(db), m_calculator(InterestService(db).calculator())
{
    for (const DunningSettings &s : DunningSettingsRegister(db).all())
        m_settings.insert(s.routine, s);
    ReferenceData ref(db);
    for (const DunningCode &c : ref.dunningCodes())
        m_codes.insert(c.code, c);
    DunningTexts texts(db);
    for (DunningTextKind kind : {DunningTextKind::Reminder, DunningTextKind::Collection,
                                 DunningTextKind::Residual})
        for (const DunningText &t : texts.texts(kind))
            m_texts.insert(textKey(kind, t.number), t);
    for (const Company &c : ref.companies())
        m_companies.insert(c.number, c);
    m_parameters = DunningParametersRegister(db).parameters();
    m_reminderHeadings[0] = Tr::tr("BETALNINGSPÅMINNELSE");
    m_reminderHeadings[1] = Tr::tr("BETALNINGSPÅMINNELSE 2");
    for (PaymentMethod::FeeType type : {PaymentMethod::FeeType::ReminderFee,
                                        PaymentMethod::FeeType::CollectionFee,
                                        PaymentMethod::FeeType::Interest}) {
        PaymentMethod found;
        for (const PaymentMethod &m : ref.paymentMethods()) {
            m_methodTexts.insert(m.code, m.text);
            if (found.code.isEmpty() && m.debit && m.feeType == type && !m.textOnly
                && !m.notBooked)
                found = m;
        }
        m_debitMethods.append(found);
    }
}

DunningSelection DunningPlanner::checked(const DunningSelection &in)
{
    DunningSelection s = in;
    if (!s.runDate.isValid())
        throw LedgerError::refused(Tr::tr("Körningsdatum saknas eller är ogiltigt."));
    s.companyFrom = companyBound(s.companyFrom, false);
    s.companyTo = companyBound(s.companyTo, true);
    s.routineFrom = routineBound(s.routineFrom, false);
    s.routineTo = routineBound(s.routineTo, true);
    s.invoiceFrom = invoiceBound(s.invoiceFrom, false);
    s.invoiceTo = invoiceBound(s.invoiceTo, true);
    s.departmentFrom = s.departmentFrom.trimmed();
    s.departmentTo = s.departmentTo.trimmed();
    if (s.companyTo < s.companyFrom)
        throw LedgerError::refused(Tr::tr("Företag t.o.m. %1 ligger före företag fr.o.m. %2.")
                                       .arg(s.companyTo, s.companyFrom));
    if (s.routineTo < s.routineFrom)
        throw LedgerError::refused(
            Tr::tr("Rutin t.o.m. %1 ligger före rutin fr.o.m. %2.").arg(s.routineTo, s.routineFrom));
    if (s.invoiceTo < s.invoiceFrom)
        throw LedgerError::refused(Tr::tr("Fakturanummer t.o.m. %1 ligger före fr.o.m. %2.")
                                       .arg(s.invoiceTo, s.invoiceFrom));
    if (!s.departmentTo.isEmpty() && s.departmentTo < s.departmentFrom)
        throw LedgerError::refused(Tr::tr("Förvaltning/avdelning t.o.m. %1 ligger före fr.o.m. %2.")
                                       .arg(s.departmentTo, s.departmentFrom));
    // Handbook 7.11: "maximalt 3 siffror för heltal kronor".
    if (s.noFeeBelow.isNegative() || !s.noFeeBelow.isWholeKronor()
        || s.noFeeBelow > Money::fromKronor(999))
        throw LedgerError::refused(
            Tr::tr("\"Inte på fordringar under\" ska vara hela kronor, högst 999 kr (nu %1).")
                .arg(s.noFeeBelow.toString()));
    return s;
}

QString DunningPlanner::dateColumn(DunningStep step)
{
    switch (step) {
    case DunningStep::Reminder1: return QStringLiteral("reminder1_date");
    case DunningStep::Reminder2: return QStringLiteral("reminder2_date");
    case DunningStep::Collection: return QStringLiteral("collection_date");
    case DunningStep::Residual: return QStringLiteral("residual_date");
    }
    return {};
}

QSqlQuery DunningPlanner::candidateQuery(const DunningSelection &s)
{
    // Open claims past their due date with a step still to come, through the
    // partial index on open claims by due date.
    QString sql = QStringLiteral("SELECT %1 FROM invoice i LEFT JOIN customer c ON c.id = "
                                 "i.customer_id WHERE i.balance_ore > 0 AND i.due_date < ? "
                                 "AND i.residual_date IS NULL AND i.payment_plan_date IS NULL "
                                 "AND i.agency_transfer_date IS NULL "
                                 "AND i.company >= ? AND i.company <= ? "
                                 "AND i.routine >= ? AND i.routine <= ? "
                                 "AND i.invoice_number >= ? AND i.invoice_number <= ?")
                      .arg(QLatin1String(kColumns));
    QVariantList args{dateArg(s.runDate), s.companyFrom, s.companyTo, s.routineFrom,
                      s.routineTo, s.invoiceFrom, s.invoiceTo};
    if (!s.departmentFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.department >= ?");
        args << s.departmentFrom;
    }
    if (!s.departmentTo.isEmpty()) {
        sql += QStringLiteral(" AND i.department <= ?");
        args << s.departmentTo;
    }
    // No ORDER BY: sorting here would make SQLite walk the whole ledger in
    // company/number order instead of the open claims by due date; the
    // caller sorts what it keeps.
    return m_db.run(sql, args);
}

DunningCandidate DunningPlanner::candidateFrom(const QSqlQuery &q)
{
    DunningCandidate c;
    Invoice &v = c.invoice;
    int i = 0;
    auto next = [&q, &i] { return q.value(i++); };
    auto money = [&next] { return Money::fromOre(next().toLongLong()); };
    v.id = next().toLongLong();
    v.company = next().toString();
    v.invoiceNumber = next().toString();
    v.routine = next().toString();
    v.name = next().toString();
    v.invoiceDate = toDate(next());
    v.dueDate = toDate(next());
    v.department = next().toString();
    v.handler = next().toString();
    v.amount = money();
    v.reminderFee = money();
    v.collectionFee = money();
    v.interestDebited = money();
    v.capitalOpen = money();
    v.reminderFeeOpen = money();
    v.collectionFeeOpen = money();
    v.interestOpen = money();
    v.balance = money();
    v.paid = money();
    v.reminderFeeUndebited = money();
    v.collectionFeeUndebited = money();
    v.reminder1Date = toDate(next());
    v.reminder2Date = toDate(next());
    v.collectionDate = toDate(next());
    v.residualDate = toDate(next());
    v.dunningCode = next().toInt();
    v.dunningCodeUntil = toDate(next());
    v.finalPaidDate = toDate(next());
    v.changedBy = next().toString();
    v.changedAt = next().toString();
    v.version = next().toInt();
    c.protectedIdentity = next().toBool();
    c.capitalChanged = next().toBool();
    c.reminderStop = next().toBool();
    c.collectionStop = next().toBool();
    return c;
}

const PaymentMethod &DunningPlanner::debitMethod(PaymentMethod::FeeType type) const
{
    const int index = type == PaymentMethod::FeeType::ReminderFee     ? 0
                      : type == PaymentMethod::FeeType::CollectionFee ? 1
                                                                      : 2;
    const PaymentMethod &m = m_debitMethods.at(index);
    if (m.code.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Det finns inget inbetalningssätt att uppdebitera %1 med (debet, avgiftstyp "
                   "%2). Lägg upp ett under Inbetalningssätt.")
                .arg(index == 0   ? Tr::tr("påminnelseavgift")
                     : index == 1 ? Tr::tr("kravavgift")
                                  : Tr::tr("dröjsmålsränta"))
                .arg(PaymentMethod::feeTypeCode(type)));
    return m;
}

const DunningText &DunningPlanner::text(DunningTextKind kind, int number)
{
    const auto it = m_texts.constFind(textKey(kind, number));
    if (it == m_texts.constEnd())
        throw LedgerError::refused(Tr::tr("%1 %2 finns inte; lägg upp den under Texter eller "
                                          "ändra Inställningar påminnelser/krav.")
                                       .arg(DunningTexts::kindName(kind))
                                       .arg(number));
    return *it;
}

InterestClaim DunningPlanner::timeline(const DunningCandidate &candidate)
{
    const Invoice &invoice = candidate.invoice;
    InterestClaim claim;
    claim.capital = invoice.amount;
    claim.invoiceDate = invoice.invoiceDate;
    claim.dueDate = invoice.dueDate;
    claim.finalPaidDate = invoice.finalPaidDate;
    if (!candidate.capitalChanged) {
        // Most overdue claims have no payment yet: no query for them.
    } else {
    if (!m_changes)
        m_changes = m_db.prepare(
            QStringLiteral("SELECT transaction_date, capital_part_ore, no_interest FROM "
                           "ledger_transaction WHERE invoice_id = ? AND capital_part_ore <> 0 "
                           "ORDER BY transaction_date, id"));
    m_db.exec(*m_changes, {invoice.id});
    while (m_changes->next())
        claim.changes.append({toDate(m_changes->value(0)),
                              Money::fromOre(m_changes->value(1).toLongLong()),
                              m_changes->value(2).toBool()});
    m_changes->finish();
    }
    if (invoice.dunningCode > 0 && m_codes.contains(invoice.dunningCode)) {
        claim.dunningCode = m_codes.value(invoice.dunningCode);
        claim.dunningCodeUntil = invoice.dunningCodeUntil;
    }
    return claim;
}

std::optional<PlannedStep> DunningPlanner::plan(const DunningCandidate &c,
                                                const DunningSelection &s, DunningSkip *skip)
{
    const Invoice &v = c.invoice;
    const auto settingsIt = m_settings.constFind(v.routine);
    if (settingsIt == m_settings.constEnd() || !v.balance.isPositive() || s.runDate <= v.dueDate)
        return std::nullopt;
    const DunningSettings &st = *settingsIt;

    // The step after the last one taken, and the day it falls due.
    auto after = [](const QDate &d, const std::optional<int> &days) { return d.addDays(*days); };
    auto collectionDay = [&]() -> QDate {
        switch (st.collectionBasis) {
        case CollectionBasis::Reminder1:
            return v.reminder1Date.isValid() ? after(v.reminder1Date, st.collection.days) : QDate();
        case CollectionBasis::Reminder2:
            return v.reminder2Date.isValid() ? after(v.reminder2Date, st.collection.days) : QDate();
        case CollectionBasis::DueDate: return after(v.dueDate, st.collection.days);
        case CollectionBasis::None: break;
        }
        return {};
    };
    std::optional<DunningStep> step;
    QDate day;
    QDate last;
    if (v.collectionDate.isValid()) {
        last = v.collectionDate;
        if (st.residual.used()) {
            step = DunningStep::Residual;
            day = after(v.collectionDate, st.residual.days);
        }
    } else if (v.reminder2Date.isValid() || v.reminder1Date.isValid()) {
        last = v.reminder2Date.isValid() ? v.reminder2Date : v.reminder1Date;
        if (!v.reminder2Date.isValid() && st.reminder2.used()) {
            step = DunningStep::Reminder2;
            day = after(v.reminder1Date, st.reminder2.days);
        } else if (st.collection.used()) {
            step = DunningStep::Collection;
            day = collectionDay();
        }
    } else if (st.reminder1.used()) {
        step = DunningStep::Reminder1;
        day = after(v.dueDate, st.reminder1.days);
    } else if (st.collection.used()) {
        step = DunningStep::Collection;
        day = collectionDay(); // basis 9; without a reminder 1 the others never fall due
    }
    // One step per claim and day: never on the day of the previous one.
    if (!step || !day.isValid() || s.runDate < day || (last.isValid() && s.runDate <= last))
        return std::nullopt;

    if (v.dunningCode > 0) {
        const auto code = m_codes.constFind(v.dunningCode);
        if (code != m_codes.constEnd()
            && DunningCodeAssignment::suppresses(*code, v.dunningCodeUntil, actionFor(*step),
                                                 s.runDate)) {
            if (skip) {
                skip->invoiceId = v.id;
                skip->company = v.company;
                skip->invoiceNumber = v.invoiceNumber;
                skip->step = *step;
                skip->reason = v.dunningCodeUntil.isValid()
                                   ? Tr::tr("kravkod %1 %2 t.o.m. %3")
                                         .arg(code->code)
                                         .arg(code->text, v.dunningCodeUntil.toString(Qt::ISODate))
                                   : Tr::tr("kravkod %1 %2").arg(code->code).arg(code->text);
            }
            return std::nullopt;
        }
    }

    // The customer's stop: Påminnelsespärr holds reminders 1 and 2,
    // Inkassospärr the collection demand and the residual demand after it.
    const bool reminderStep = *step == DunningStep::Reminder1 || *step == DunningStep::Reminder2;
    if (reminderStep ? c.reminderStop : c.collectionStop) {
        if (skip) {
            skip->invoiceId = v.id;
            skip->company = v.company;
            skip->invoiceNumber = v.invoiceNumber;
            skip->step = *step;
            skip->reason = reminderStep ? Tr::tr("kunden har påminnelsestopp")
                                        : Tr::tr("kunden har inkassostopp");
        }
        return std::nullopt;
    }

    PlannedStep p;
    const DunningStepSettings &ss = *step == DunningStep::Reminder1   ? st.reminder1
                                    : *step == DunningStep::Reminder2 ? st.reminder2
                                    : *step == DunningStep::Collection ? st.collection
                                                                       : st.residual;
    p.settings = &ss;
    DunningItem &item = p.item;
    item.invoiceId = v.id;
    item.company = v.company;
    item.invoiceNumber = v.invoiceNumber;
    item.routine = v.routine;
    item.department = v.department;
    item.name = v.name;
    item.dueDate = v.dueDate;
    item.step = *step;
    item.textNumber = ss.textNumber;
    item.handler = ss.handler.isEmpty() ? v.handler : ss.handler;
    item.heading = *step == DunningStep::Reminder1   ? m_reminderHeadings[0]
                   : *step == DunningStep::Reminder2 ? m_reminderHeadings[1]
                   : *step == DunningStep::Collection ? st.collectionHeading()
                                                      : st.residualHeading;
    item.balanceBefore = v.balance;
    item.held = c.protectedIdentity;

    // Fees: a residual demand has none; a reminder fee only where agreed in
    // advance (lag 1981:739 2 §); none under the selection's limit (7.11).
    const bool reminder = *step == DunningStep::Reminder1 || *step == DunningStep::Reminder2;
    Money fee = *step == DunningStep::Residual || (reminder && !st.reminderFeeAgreed) ? Money()
                                                                                       : ss.fee;
    if (fee.isPositive() && v.balance < s.noFeeBelow) {
        item.note = Tr::tr("ingen avgift: saldot är under %1 kr").arg(s.noFeeBelow.toString());
        fee = Money();
    }
    item.fee = fee;
    item.feeDebited = fee.isPositive() && ss.debit;

    Invoice now = v;
    if (item.feeDebited) {
        const PaymentMethod &m = debitMethod(reminder ? PaymentMethod::FeeType::ReminderFee
                                                      : PaymentMethod::FeeType::CollectionFee);
        const Settlement st = settle(now, m, fee);
        now = applySettlement(now, m, st, s.runDate);
        p.debits.append({m, fee, st, dunningStepName(*step)});
    } else if (fee.isPositive()) {
        (reminder ? now.reminderFeeUndebited : now.collectionFeeUndebited) += fee;
    }

    // Interest to the run date (7.7: "från förfallodag till körningsdagen").
    const bool debitInterest = *step == DunningStep::Collection && st.collectionDebitInterest;
    if (ss.printInterest || debitInterest) {
        p.interest = m_calculator.compute(timeline(c), s.runDate);
        p.interestComputed = true;
        item.interest = p.interest.interest;
        if (debitInterest && p.interest.interest > v.interestDebited) {
            item.interestDebit = p.interest.interest - v.interestDebited;
            const PaymentMethod &m = debitMethod(PaymentMethod::FeeType::Interest);
            const Settlement st = settle(now, m, item.interestDebit);
            now = applySettlement(now, m, st, s.runDate);
            p.debits.append({m, item.interestDebit, st,
                             Tr::tr("Upplupen ränta t.o.m. %1").arg(s.runDate.toString(Qt::ISODate))});
        }
    }
    item.toPay = now.balance + (item.feeDebited ? Money() : fee);

    const int payDays = *step == DunningStep::Collection ? m_parameters.collectionPayDays
                        : *step == DunningStep::Residual ? m_parameters.residualPayDays
                                                          : m_parameters.reminderPayDays;
    if (m_payByFor != s.runDate) {
        m_payByFor = s.runDate;
        m_payBy.clear();
    }
    auto payBy = m_payBy.constFind(payDays);
    if (payBy == m_payBy.constEnd())
        payBy = m_payBy.insert(payDays, nextBankingDay(s.runDate.addDays(payDays)));
    item.payBy = *payBy;

    switch (*step) {
    case DunningStep::Reminder1: now.reminder1Date = s.runDate; break;
    case DunningStep::Reminder2: now.reminder2Date = s.runDate; break;
    case DunningStep::Collection: now.collectionDate = s.runDate; break;
    case DunningStep::Residual: now.residualDate = s.runDate; break;
    }
    // The text must exist now, not only when the letter is printed.
    const int checkedKey = int(*step) * 10 + ss.textNumber;
    if (!m_textsChecked.contains(checkedKey)) {
        text(*step == DunningStep::Collection ? DunningTextKind::Collection
             : *step == DunningStep::Residual ? DunningTextKind::Residual
                                              : DunningTextKind::Reminder,
             ss.textNumber);
        m_textsChecked.insert(checkedKey);
    }
    p.after = now;
    return p;
}

QList<LetterPayment> DunningPlanner::paymentsSince(const Invoice &invoice, const QDate &since)
{
    QList<LetterPayment> out;
    if (!since.isValid())
        return out;
    // Payments after the day of the collection demand: the demand already
    // showed those made up to it.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT transaction_date, method, effect_ore FROM "
                                          "ledger_transaction WHERE invoice_id = ? AND "
                                          "transaction_date > ? AND effect_ore < 0 "
                                          "ORDER BY transaction_date, id"),
                           {invoice.id, dateArg(since)});
    while (q.next())
        out.append({toDate(q.value(0)), m_methodTexts.value(q.value(1).toString()),
                    Money::fromOre(-q.value(2).toLongLong())});
    return out;
}

DunningLetter DunningPlanner::letter(const DunningCandidate &c, const PlannedStep &p,
                                     const DunningSelection &s)
{
    Invoice v = c.invoice;
    if (!m_letterFields)
        m_letterFields = m_db.prepare(QStringLiteral(
            "SELECT customer_number, id_number, name2, co, address, postal_code, city, country, "
            "ocr, description FROM invoice WHERE id = ?"));
    m_db.exec(*m_letterFields, {v.id});
    if (m_letterFields->next()) {
        int i = 0;
        auto next = [this, &i] { return m_letterFields->value(i++).toString(); };
        v.customerNumber = next();
        v.idNumber = next();
        v.name2 = next();
        v.co = next();
        v.address = next();
        v.postalCode = next();
        v.city = next();
        v.country = next();
        v.ocr = next();
        v.description = next();
    }
    m_letterFields->finish();
    const Invoice &a = p.after;
    const DunningItem &item = p.item;
    const DunningTextKind kind = item.step == DunningStep::Collection ? DunningTextKind::Collection
                                 : item.step == DunningStep::Residual ? DunningTextKind::Residual
                                                                      : DunningTextKind::Reminder;
    const DunningText &t = text(kind, item.textNumber);
    DunningLetter l;
    l.step = item.step;
    l.heading = item.heading;
    l.formType = t.formType;
    l.slipFormType = m_parameters.formType;
    l.letterDate = s.runDate;
    l.sender = m_companies.value(v.company);
    l.handler = item.handler;
    l.customerNumber = v.customerNumber;
    l.debtorName = v.name;
    l.debtorName2 = v.name2;
    l.addressWithheld = c.protectedIdentity;
    if (!l.addressWithheld) {
        l.co = v.co;
        l.address = v.address;
        l.postalCode = v.postalCode;
        l.city = v.city;
        // The register's name, resolved now: a saved letter's copy (7.12)
        // prints what was sent, whatever the register says later.
        l.country = m_countries.printed(v.country);
    }
    l.invoiceNumber = v.invoiceNumber;
    l.invoiceDate = v.invoiceDate;
    l.originalDueDate = v.dueDate;
    l.description = v.description;
    l.capital = v.amount;
    l.capitalOpen = a.capitalOpen;
    l.reminderFees = a.reminderFeeOpen;
    l.collectionFees = a.collectionFeeOpen;
    l.interestDebited = a.interestOpen;
    l.letterFee = item.fee;
    l.letterFeeDebited = item.feeDebited;
    l.printInterest = p.settings && p.settings->printInterest && p.interestComputed;
    if (l.printInterest) {
        const Money notDebited = p.interest.interest - a.interestDebited;
        l.accruedInterest = notDebited.isPositive() ? notDebited : Money();
        for (const InterestPeriod &period : p.interest.periods)
            l.interestLines.append({period.from, period.to, period.days, period.rateHundredths,
                                    period.base, period.interest});
    }
    if (item.step == DunningStep::Residual)
        l.paymentsSince = paymentsSince(v, v.collectionDate);
    l.totalToPay = item.toPay;
    l.payBy = item.payBy;
    l.textLines = t.lines;
    l.ocr = v.ocr;
    l.bankgiro = l.sender.bankgiro;
    l.plusgiro = l.sender.plusgiro;
    return l;
}

} // namespace rsk
