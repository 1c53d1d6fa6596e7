#include "dunning/threatrun.h"

#include "audit/auditlog.h"
#include "dates/bankingdays.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningplanner.h"
#include "dunning/dunningsettings.h"
#include "dunning/dunningtexts.h"
#include "interest/interestservice.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ThreatRun)
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

// A claim the run takes: the claim as read (with its transactions), its
// item, and the interest computed when it is printed.
struct ThreatRun::Planned
{
    Invoice invoice;
    bool protectedIdentity = false;
    ThreatItem item;
    InterestResult interest;
};

// What every letter of a run shares, read once.
struct ThreatRun::LetterParts
{
    explicit LetterParts(Database &db, int textNumber) : countries(db)
    {
        ReferenceData ref(db);
        for (const Company &c : ref.companies())
            companies.insert(c.number, c);
        for (const PaymentMethod &m : ref.paymentMethods())
            methodTexts.insert(m.code, m.text);
        for (const DunningSettings &st : DunningSettingsRegister(db).all())
            handlers.insert(st.routine, st.collection.handler);
        slipFormType = DunningParametersRegister(db).parameters().formType;
        if (const auto text = DunningTexts(db).text(DunningTextKind::Threat, textNumber))
            textLines = text->lines;
    }
    QHash<QString, Company> companies;
    QHash<QString, QString> methodTexts;
    QHash<QString, QString> handlers; // routine -> the collection demand's handler
    QString slipFormType;
    QStringList textLines;
    CountryNames countries; // the letters' country line (8.2)
};

int ThreatRunResult::heldCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const ThreatItem &i) { return i.held; }));
}

Money ThreatRunResult::totalBalance() const
{
    Money sum;
    for (const ThreatItem &i : items)
        sum += i.balance;
    return sum;
}

Money ThreatRunResult::totalInterest() const
{
    Money sum;
    for (const ThreatItem &i : items)
        sum += i.interest;
    return sum;
}

QString ThreatRun::heading()
{
    return Tr::tr("HOT OM BETALNINGSFÖRELÄGGANDE");
}

ThreatSelection ThreatRun::checked(const ThreatSelection &in)
{
    // The ranges and the run date as the dunning run checks them (7.11 and
    // 7.16 share the fields and their messages).
    DunningSelection d;
    d.runDate = in.runDate;
    d.companyFrom = in.companyFrom;
    d.companyTo = in.companyTo;
    d.routineFrom = in.routineFrom;
    d.routineTo = in.routineTo;
    d.invoiceFrom = in.invoiceFrom;
    d.invoiceTo = in.invoiceTo;
    d.departmentFrom = in.departmentFrom;
    d.departmentTo = in.departmentTo;
    d = DunningPlanner::checked(d);
    ThreatSelection s = in;
    s.runDate = d.runDate;
    s.companyFrom = d.companyFrom;
    s.companyTo = d.companyTo;
    s.routineFrom = d.routineFrom;
    s.routineTo = d.routineTo;
    s.invoiceFrom = d.invoiceFrom;
    s.invoiceTo = d.invoiceTo;
    s.departmentFrom = d.departmentFrom;
    s.departmentTo = d.departmentTo;
    // 7.16: "Uppgiften är obligatorisk" for both.
    if (s.daysSinceCollection < 1 || s.daysSinceCollection > ThreatSelection::MaxDays)
        throw LedgerError::refused(
            Tr::tr("Antal dagar sedan inkassokrav: ange 1–%1 dagar (obligatorisk uppgift).")
                .arg(ThreatSelection::MaxDays));
    if (s.textNumber < 1 || s.textNumber > 9)
        throw LedgerError::refused(
            Tr::tr("Textnummer: ange texten 1–9 som ska skrivas på hoten (obligatorisk uppgift)."));
    if (!DunningTexts(m_db).exists(DunningTextKind::Threat, s.textNumber))
        throw LedgerError::refused(
            Tr::tr("Textnummer: text %1 för hot om betalningsföreläggande finns inte; lägg upp "
                   "den under Systemunderhåll → Texter.")
                .arg(s.textNumber));
    return s;
}

QList<ThreatRun::Planned> ThreatRun::planAll(const ThreatSelection &s, ThreatRunResult &result,
                                             bool keepClaims)
{
    QMap<int, DunningCode> codes;
    for (const DunningCode &c : ReferenceData(m_db).dunningCodes())
        codes.insert(c.code, c);
    const int payDays = DunningParametersRegister(m_db).parameters().collectionPayDays;
    const QDate payBy = nextBankingDay(s.runDate.addDays(payDays));
    const QDate latestCollection = s.runDate.addDays(-s.daysSinceCollection);

    // Claims with a collection demand old enough and no later step.
    QString sql = QStringLiteral(
        "SELECT i.id, COALESCE(c.protected_identity, 0) FROM invoice i LEFT JOIN customer c "
        "ON c.id = i.customer_id WHERE i.balance_ore > 0 AND i.collection_date IS NOT NULL "
        "AND i.collection_date <= ? AND i.threat_date IS NULL AND i.payment_order_date IS NULL "
        "AND i.payment_plan_date IS NULL AND i.agency_transfer_date IS NULL "
        "AND i.company >= ? AND i.company <= ? AND i.routine >= ? AND i.routine <= ? "
        "AND i.invoice_number >= ? AND i.invoice_number <= ?");
    QVariantList args{dateArg(latestCollection), s.companyFrom, s.companyTo, s.routineFrom,
                      s.routineTo, s.invoiceFrom, s.invoiceTo};
    if (!s.departmentFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.department >= ?");
        args << s.departmentFrom;
    }
    if (!s.departmentTo.isEmpty()) {
        sql += QStringLiteral(" AND i.department <= ?");
        args << s.departmentTo;
    }
    sql += QStringLiteral(" ORDER BY i.company, i.invoice_number");
    QList<QPair<qint64, bool>> ids;
    {
        QSqlQuery q = m_db.run(sql, args);
        while (q.next())
            ids.append({q.value(0).toLongLong(), q.value(1).toBool()});
    }

    std::optional<InterestCalculator> calculator;
    if (s.printInterest)
        calculator = InterestService(m_db).calculator();
    InvoiceRepository repository(m_db);
    QList<Planned> out;
    for (const auto &[id, protectedIdentity] : std::as_const(ids)) {
        const auto claim = repository.findById(
            id, s.printInterest || keepClaims ? InvoiceRepository::Detail::WithLinesAndTransactions
                                              : InvoiceRepository::Detail::Header);
        if (!claim)
            continue;
        const Invoice &v = *claim;
        if (v.dunningCode > 0) {
            const auto code = codes.constFind(v.dunningCode);
            if (code != codes.constEnd()
                && DunningCodeAssignment::suppresses(*code, v.dunningCodeUntil,
                                                     DunningAction::Threat, s.runDate)) {
                result.skipped.append(
                    {v.id, v.company, v.invoiceNumber, v.name,
                     v.dunningCodeUntil.isValid()
                         ? Tr::tr("kravkod %1 %2 t.o.m. %3")
                               .arg(code->code)
                               .arg(code->text, dateText(v.dunningCodeUntil))
                         : Tr::tr("kravkod %1 %2").arg(code->code).arg(code->text)});
                continue;
            }
        }
        Planned p;
        p.protectedIdentity = protectedIdentity;
        ThreatItem &item = p.item;
        item.invoiceId = v.id;
        item.company = v.company;
        item.invoiceNumber = v.invoiceNumber;
        item.routine = v.routine;
        item.department = v.department;
        item.name = v.name;
        item.dueDate = v.dueDate;
        item.collectionDate = v.collectionDate;
        item.balance = v.balance;
        item.payBy = payBy;
        item.held = protectedIdentity;
        if (calculator) {
            // Accrued to the run date, less what is already debited on the
            // claim (the collection demand may have debited it).
            try {
                p.interest =
                    calculator->compute(InterestService(m_db).claimTimeline(v), s.runDate);
            } catch (const LedgerError &e) {
                throw LedgerError(e.kind(), Tr::tr("Faktura %1/%2: %3")
                                                .arg(v.company, v.invoiceNumber, e.message()));
            }
            const Money open = p.interest.interest - v.interestDebited;
            item.interest = open.isPositive() ? open : Money();
        }
        result.items.append(item);
        if (keepClaims) {
            p.invoice = v;
            out.append(std::move(p));
        }
    }
    return out;
}

DunningLetter ThreatRun::letter(const Planned &p, const ThreatSelection &s,
                                const LetterParts &parts)
{
    const Invoice &v = p.invoice;
    DunningLetter l;
    l.step = DunningStep::Collection;
    l.heading = heading();
    l.formType = QLatin1Char('F'); // 7.9: A4 portrait
    l.slipFormType = parts.slipFormType;
    l.letterDate = s.runDate;
    l.sender = parts.companies.value(v.company);
    // The collection demand's handler (7.7), else the claim's own.
    const QString handler = parts.handlers.value(v.routine);
    l.handler = handler.isEmpty() ? v.handler : handler;
    l.customerNumber = v.customerNumber;
    l.debtorName = v.name;
    l.debtorName2 = v.name2;
    l.addressWithheld = p.protectedIdentity;
    if (!l.addressWithheld) {
        l.co = v.co;
        l.address = v.address;
        l.postalCode = v.postalCode;
        l.city = v.city;
        l.country = parts.countries.printed(v.country);
    }
    l.invoiceNumber = v.invoiceNumber;
    l.invoiceDate = v.invoiceDate;
    l.originalDueDate = v.dueDate;
    l.description = v.description;
    l.capital = v.amount;
    l.capitalOpen = v.capitalOpen;
    l.reminderFees = v.reminderFeeOpen;
    l.collectionFees = v.collectionFeeOpen;
    l.interestDebited = v.interestOpen;
    l.printInterest = s.printInterest;
    if (s.printInterest) {
        l.accruedInterest = p.item.interest;
        for (const InterestPeriod &period : p.interest.periods)
            l.interestLines.append({period.from, period.to, period.days, period.rateHundredths,
                                    period.base, period.interest});
    }
    // What was paid after the collection demand (that letter showed the rest).
    for (const Transaction &t : v.transactions)
        if (t.transactionDate > v.collectionDate && t.effect.isNegative())
            l.paymentsSince.append(
                {t.transactionDate, parts.methodTexts.value(t.method), -t.effect});
    l.totalToPay = v.balance;
    l.payBy = p.item.payBy;
    l.textLines = parts.textLines;
    l.ocr = v.ocr;
    l.bankgiro = l.sender.bankgiro;
    l.plusgiro = l.sender.plusgiro;
    return l;
}

ThreatRunResult ThreatRun::plan(const ThreatSelection &selection)
{
    ThreatRunResult result;
    result.selection = checked(selection);
    m_db.access().requireCompanies(m_db, result.selection.companyFrom, result.selection.companyTo);
    planAll(result.selection, result, false);
    return result;
}

QList<DunningLetter> ThreatRun::previewLetters(const ThreatRunResult &plan)
{
    ThreatRunResult again;
    again.selection = checked(plan.selection);
    const LetterParts parts(m_db, again.selection.textNumber);
    QList<DunningLetter> out;
    for (const Planned &p : planAll(again.selection, again, true))
        if (!p.item.held)
            out.append(letter(p, again.selection, parts));
    return out;
}

ThreatRunResult ThreatRun::run(const ThreatSelection &selection, const Delivery &deliver)
{
    ThreatRunResult result;
    result.dryRun = false;
    const ThreatSelection range = checked(selection);
    const RunLock lock(m_db, RunLock::CompanyRange{range.companyFrom, range.companyTo},
                       RunKind::Threat,
                       Tr::tr("företag %1–%2, körningsdatum %3")
                           .arg(range.companyFrom, range.companyTo, dateText(range.runDate)));
    UnitOfWork work(m_db);
    result.selection = checked(selection);
    m_db.access().requireCompanies(m_db, result.selection.companyFrom, result.selection.companyTo);
    const ThreatSelection &s = result.selection;
    // Read everything first: the claims are not changed under an open cursor.
    const QList<Planned> planned = planAll(s, result, true);
    const LetterParts parts(m_db, s.textNumber);
    const QString user = m_db.user();
    const QString stamp = m_db.nowStamp();
    const QString context = QStringLiteral("threat run %1, text %2")
                                .arg(dateText(s.runDate))
                                .arg(s.textNumber);
    AuditLog audit(m_db);
    QSqlQuery update = m_db.prepare(
        QStringLiteral("UPDATE invoice SET threat_date = ?, changed_by = ?, changed_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ? "
                       "AND threat_date IS NULL"));
    for (const Planned &p : planned) {
        const Invoice &v = p.invoice;
        m_db.exec(update, {dateArg(s.runDate), user, stamp, v.id, v.version});
        if (update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan under körningen. Inget ändrades; "
                       "kör igen.")
                    .arg(v.company, v.invoiceNumber));
        audit.recordChange(QStringLiteral("invoice"),
                           v.company + QLatin1Char('/') + v.invoiceNumber,
                           QStringLiteral("threat_date"), QVariant(), dateText(s.runDate),
                           context);
        if (!p.item.held)
            result.letters.append(letter(p, s, parts));
    }
    if (deliver)
        deliver(result);
    work.commit();
    return result;
}

} // namespace rsk
