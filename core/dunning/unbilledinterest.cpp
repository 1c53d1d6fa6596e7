#include "dunning/unbilledinterest.h"

#include "ids/swedishid.h"
#include "interest/interestservice.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UnbilledInterest)
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool asciiDigits(const QString &s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

// "from" alone is one value; "tom" alone is "from the first".
void completeRange(QString &from, QString &to)
{
    from = from.trimmed();
    to = to.trimmed();
    if (to.isEmpty())
        to = from;
}

void checkOrder(const QString &from, const QString &to, const QString &field)
{
    if (!from.isEmpty() && !to.isEmpty() && to < from)
        throw LedgerError::refused(
            Tr::tr("%1: tom %2 ligger före from %3.").arg(field, to, from));
}

// A claim as the SQL selection reads it.
struct Candidate
{
    Invoice invoice;
    Money reminderFee;
    Money collectionFee;
    bool interestInvoiced = false;
    bool interestRoutine = false; // a claim of routine 51–94: its capital is interest
};

} // namespace

UnbilledSelection UnbilledSelection::checked() const
{
    UnbilledSelection s = *this;

    completeRange(s.companyFrom, s.companyTo);
    for (QString *c : {&s.companyFrom, &s.companyTo}) {
        if (c->isEmpty())
            continue;
        const auto number = ReferenceData::normalizeCompanyNumber(*c);
        if (!number)
            throw LedgerError::refused(
                Tr::tr("Företag: \"%1\" ska vara 1–3 siffror.").arg(*c));
        *c = *number;
    }
    checkOrder(s.companyFrom, s.companyTo, Tr::tr("Företag"));

    completeRange(s.routineFrom, s.routineTo);
    for (QString *r : {&s.routineFrom, &s.routineTo}) {
        if (r->isEmpty())
            continue;
        if (r->size() > 2 || !asciiDigits(*r))
            throw LedgerError::refused(Tr::tr("Rutin: \"%1\" ska vara två siffror.").arg(*r));
        *r = r->rightJustified(2, QLatin1Char('0'));
    }
    checkOrder(s.routineFrom, s.routineTo, Tr::tr("Rutin"));

    completeRange(s.invoiceFrom, s.invoiceTo);
    for (const QString &n : {s.invoiceFrom, s.invoiceTo})
        if (n.size() > 9 || !asciiDigits(n))
            throw LedgerError::refused(
                Tr::tr("Fakturanummer: \"%1\" ska vara 1–9 siffror.").arg(n));
    if (!s.invoiceFrom.isEmpty())
        s.invoiceFrom = s.invoiceFrom.leftJustified(9, QLatin1Char('0'));
    if (!s.invoiceTo.isEmpty())
        s.invoiceTo = s.invoiceTo.leftJustified(9, QLatin1Char('9'));
    checkOrder(s.invoiceFrom, s.invoiceTo, Tr::tr("Fakturanummer"));

    if (s.paidFrom.isValid() && s.paidTo.isValid() && s.paidTo < s.paidFrom)
        throw LedgerError::refused(Tr::tr("Slutbetald: tom %1 ligger före from %2.")
                                       .arg(iso(s.paidTo), iso(s.paidFrom)));

    completeRange(s.departmentFrom, s.departmentTo);
    for (const QString &d : {s.departmentFrom, s.departmentTo})
        if (d.size() > limits::Department)
            throw LedgerError::refused(
                Tr::tr("Förvaltning/avdelning: \"%1\" är längre än %2 tecken.")
                    .arg(d)
                    .arg(limits::Department));
    checkOrder(s.departmentFrom, s.departmentTo, Tr::tr("Förvaltning/avdelning"));

    // Handbook 7.14: "Beloppet anges i kronor utan ören".
    if (s.minimumInterest.isNegative() || !s.minimumInterest.isWholeKronor()
        || s.minimumInterest > Money::fromKronor(MaxMinimumKronor))
        throw LedgerError::refused(
            Tr::tr("Minsta ränta: \"%1\" ska vara hela kronor, 0–%2.")
                .arg(s.minimumInterest.toString())
                .arg(MaxMinimumKronor));
    if (s.minimumDays < 0 || s.minimumDays > MaxMinimumDays)
        throw LedgerError::refused(Tr::tr("Minsta antal dagar: \"%1\" ska vara 0–%2.")
                                       .arg(s.minimumDays)
                                       .arg(MaxMinimumDays));
    return s;
}

QList<UnbilledLine> UnbilledInterestReport::lines(const UnbilledSelection &selection)
{
    const UnbilledSelection s = selection.checked();
    m_db.access().requireCompanies(m_db, s.companyFrom, s.companyTo);
    m_warnings.clear();

    QString sql = QStringLiteral(
        "SELECT id, company, invoice_number, name, id_number, invoice_date, due_date, "
        "final_paid_date, amount_ore, interest_debited_ore, reminder_fee_undebited_ore, "
        "collection_fee_undebited_ore, interest_invoice_date, dunning_code, dunning_code_until, "
        "routine, EXISTS (SELECT 1 FROM routine r WHERE r.code = invoice.routine "
        "AND r.interest_of IS NOT NULL) "
        "FROM invoice WHERE final_paid_date IS NOT NULL AND amount_ore > 0 "
        // Transferred to the next invoice (7.15): billed there.
        "AND next_invoice_transfer_date IS NULL "
        // An invoiced interest leaves only the fees to list.
        "AND (interest_invoice_date IS NULL OR reminder_fee_undebited_ore > 0 "
        "OR collection_fee_undebited_ore > 0)");
    QVariantList args;
    auto add = [&](const char *clause, const QVariant &value) {
        sql += QLatin1String(clause);
        args << value;
    };
    if (!s.companyFrom.isEmpty())
        add(" AND company >= ?", s.companyFrom);
    if (!s.companyTo.isEmpty())
        add(" AND company <= ?", s.companyTo);
    if (!s.routineFrom.isEmpty())
        add(" AND routine >= ?", s.routineFrom);
    if (!s.routineTo.isEmpty())
        add(" AND routine <= ?", s.routineTo);
    if (!s.invoiceFrom.isEmpty())
        add(" AND invoice_number >= ?", s.invoiceFrom);
    if (!s.invoiceTo.isEmpty())
        add(" AND invoice_number <= ?", s.invoiceTo);
    if (s.paidFrom.isValid())
        add(" AND final_paid_date >= ?", dateArg(s.paidFrom));
    if (s.paidTo.isValid())
        add(" AND final_paid_date <= ?", dateArg(s.paidTo));
    if (!s.departmentFrom.isEmpty())
        add(" AND department >= ?", s.departmentFrom);
    if (!s.departmentTo.isEmpty())
        add(" AND department <= ?", s.departmentTo);
    sql += QStringLiteral(" ORDER BY company, invoice_number");

    // Read the candidates first: each one's transactions are read after.
    QList<Candidate> candidates;
    {
        QSqlQuery q = m_db.run(sql, args);
        while (q.next()) {
            Candidate c;
            Invoice &v = c.invoice;
            v.id = q.value(0).toLongLong();
            v.company = q.value(1).toString();
            v.invoiceNumber = q.value(2).toString();
            v.name = q.value(3).toString();
            v.idNumber = q.value(4).toString();
            v.invoiceDate = toDate(q.value(5));
            v.dueDate = toDate(q.value(6));
            v.finalPaidDate = toDate(q.value(7));
            v.amount = Money::fromOre(q.value(8).toLongLong());
            v.interestDebited = Money::fromOre(q.value(9).toLongLong());
            c.reminderFee = Money::max(Money::fromOre(q.value(10).toLongLong()), Money());
            c.collectionFee = Money::max(Money::fromOre(q.value(11).toLongLong()), Money());
            c.interestInvoiced = !q.value(12).isNull() && toDate(q.value(12)).isValid();
            v.dunningCode = q.value(13).toInt();
            v.dunningCodeUntil = toDate(q.value(14));
            v.routine = q.value(15).toString();
            c.interestRoutine = q.value(16).toBool();
            candidates.append(c);
        }
    }

    InterestService service(m_db);
    const InterestCalculator calculator = service.calculator();
    const int minimumDays = std::max(s.minimumDays, calculator.settings().minimumDaysLate);
    QList<UnbilledLine> out;
    for (const Candidate &c : std::as_const(candidates)) {
        const Invoice &v = c.invoice;
        const int daysLate = int(v.dueDate.daysTo(v.finalPaidDate));
        // Handbook 7.2: fewer days than the minimum: neither interest nor fees.
        if (daysLate < minimumDays)
            continue;
        const InterestClaim claim = service.claimTimeline(v);
        Money neverOwed; // credited with "dröjsmålsfaktureras ej" methods
        for (const CapitalChange &change : claim.changes)
            if (change.noInterest && change.change.isNegative())
                neverOwed -= change.change;
        if (neverOwed >= v.amount)
            continue;

        Money interest;
        Money chargeable;
        Money deducted;
        QList<InterestPeriod> periods;
        if (!c.interestInvoiced && !c.interestRoutine) {
            InterestResult result;
            try {
                result = calculator.compute(claim, v.finalPaidDate);
            } catch (const LedgerError &e) {
                throw LedgerError(e.kind(), Tr::tr("Faktura %1/%2: %3")
                                                .arg(v.company, v.invoiceNumber, e.message()));
            }
            chargeable = calculator.chargeable(result, daysLate);
            deducted = Money::min(Money::max(v.interestDebited, Money()), chargeable);
            interest = chargeable - deducted;
            periods = result.periods;
            if (interest < s.minimumInterest)
                interest = Money();
            // A note on a positive interest is the UNVERIFIED-rate warning.
            if (interest.isPositive() && !result.note.isEmpty()
                && !m_warnings.contains(result.note))
                m_warnings.append(result.note);
        }

        UnbilledLine line;
        line.invoiceId = v.id;
        line.company = v.company;
        line.invoiceNumber = v.invoiceNumber;
        line.routine = v.routine;
        line.name = v.name;
        const auto id = v.idNumber.isEmpty() ? std::nullopt
                                             : SwedishId::parse(v.idNumber, m_db.today());
        line.idNumber = id ? id->display() : v.idNumber;
        line.dueDate = v.dueDate;
        line.finalPaidDate = v.finalPaidDate;
        line.daysLate = daysLate;
        line.interest = interest;
        line.reminderFee = c.reminderFee;
        line.collectionFee = c.collectionFee;
        line.chargeableInterest = chargeable;
        line.debitedDeducted = deducted;
        line.periods = periods;
        if (line.total().isPositive())
            out.append(line);
    }
    return out;
}

ReportLayout UnbilledInterestReport::layout(const UnbilledSelection &s) const
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Ej debiterade räntor och avgifter");
    auto range = [&](const QString &label, const QString &from, const QString &to) {
        if (!from.isEmpty() || !to.isEmpty())
            l.selection << QStringLiteral("%1: %2–%3").arg(label, from, to);
    };
    range(Tr::tr("Företag"), s.companyFrom, s.companyTo);
    range(Tr::tr("Rutin"), s.routineFrom, s.routineTo);
    range(Tr::tr("Fakturanummer"), s.invoiceFrom, s.invoiceTo);
    range(Tr::tr("Slutbetald"), iso(s.paidFrom), iso(s.paidTo));
    range(Tr::tr("Förvaltning/avdelning"), s.departmentFrom, s.departmentTo);
    if (s.minimumInterest.isPositive())
        l.selection << Tr::tr("Minsta ränta: %1 kr").arg(s.minimumInterest.ore() / 100);
    if (s.minimumDays > 0)
        l.selection << Tr::tr("Minsta antal dagar: %1").arg(s.minimumDays);
    l.columns = {{QStringLiteral("company"), Tr::tr("Företag"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), K::Text},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
                 {QStringLiteral("id_number"), Tr::tr("Personnummer"), K::Text, 13},
                 {QStringLiteral("due_date"), Tr::tr("Förfallodag"), K::Date},
                 {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), K::Date},
                 {QStringLiteral("days_late"), Tr::tr("Dagar"), K::Integer},
                 {QStringLiteral("interest"), Tr::tr("Ränta"), K::Money},
                 {QStringLiteral("reminder_fee"), Tr::tr("Påminnelseavgift"), K::Money},
                 {QStringLiteral("collection_fee"), Tr::tr("Kravavgift"), K::Money},
                 {QStringLiteral("total"), Tr::tr("Summa"), K::Money}};
    return l;
}

ReportTable UnbilledInterestReport::build(const UnbilledSelection &selection)
{
    const UnbilledSelection s = selection.checked();
    const QList<UnbilledLine> found = lines(s);
    ReportLayout l = layout(s);
    for (const QString &w : std::as_const(m_warnings))
        l.selection << w;

    QHash<QString, QString> companyNames;
    for (const Company &c : ReferenceData(m_db).companies())
        companyNames.insert(c.number, c.name);

    struct Sum
    {
        qint64 count = 0;
        Money interest, reminderFee, collectionFee;
        void add(const UnbilledLine &line)
        {
            ++count;
            interest += line.interest;
            reminderFee += line.reminderFee;
            collectionFee += line.collectionFee;
        }
    };
    auto sumRow = [](ReportRow::Type type, const QString &label, const Sum &sum) {
        ReportRow row;
        row.type = type;
        row.level = type == ReportRow::Type::Subtotal ? 1 : 0;
        row.label = Tr::tr("%1, %n st", nullptr, int(sum.count)).arg(label);
        for (int i = 0; i < ColumnCount; ++i)
            row.cells << QVariant();
        row.cells[InterestColumn] = sum.interest.ore();
        row.cells[ReminderFeeColumn] = sum.reminderFee.ore();
        row.cells[CollectionFeeColumn] = sum.collectionFee.ore();
        row.cells[TotalColumn] = (sum.interest + sum.reminderFee + sum.collectionFee).ore();
        return row;
    };

    ReportTable table;
    table.begin(l);
    Sum company;
    Sum total;
    QString current;
    auto closeCompany = [&] {
        const QString name = companyNames.value(current);
        ReportRow row = sumRow(ReportRow::Type::Subtotal,
                               name.isEmpty() ? Tr::tr("Summa företag %1").arg(current)
                                              : Tr::tr("Summa företag %1 %2").arg(current, name),
                               company);
        row.cells[CompanyColumn] = current; // for machine readers; writers show the label
        table.addRow(row);
        company = Sum();
    };
    for (const UnbilledLine &line : found) {
        if (!current.isEmpty() && line.company != current)
            closeCompany();
        current = line.company;
        ReportRow row;
        row.cells = {line.company, line.invoiceNumber, line.name, line.idNumber, line.dueDate,
                     line.finalPaidDate, qint64(line.daysLate), line.interest.ore(),
                     line.reminderFee.ore(), line.collectionFee.ore(), line.total().ore()};
        table.addRow(row);
        company.add(line);
        total.add(line);
    }
    if (!current.isEmpty())
        closeCompany();
    table.addRow(sumRow(ReportRow::Type::Total, Tr::tr("Totalt"), total));
    table.finish();
    return table;
}

} // namespace rsk
