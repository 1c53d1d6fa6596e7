#include "dunning/interestinvoicing.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "dates/bankingdays.h"
#include "dunning/dunningparameters.h"
#include "dunning/unbilledinterest.h"
#include "ledger/invoiceregistration.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicerepository.h"
#include "ledger/protectedidentity.h"
#include "ledger/referencedata.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterestInvoicing)
};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// What plan() and run() share: the result, and per item without a problem
// the claim as read and the draft of its interest invoice.
struct Built
{
    InterestInvoicingResult result;
    QList<Invoice> originals;     // parallel to result.invoices
    QList<InvoiceDraft> drafts;   // parallel to result.invoices
};

// The routines carrying interest invoices, by the routine they invoice for.
QHash<QString, QString> interestRoutines(Database &db)
{
    QHash<QString, QString> out;
    QSqlQuery q = db.run(QStringLiteral("SELECT code, interest_of FROM routine WHERE "
                                        "interest_of IS NOT NULL ORDER BY code"));
    while (q.next())
        if (!out.contains(q.value(1).toString()))
            out.insert(q.value(1).toString(), q.value(0).toString());
    return out;
}

void addPosting(QMap<QString, Money> &postings, const QString &account, Money amount)
{
    postings[account] += amount;
}

Built build(Database &db, const InterestInvoicingSelection &selection, bool dryRun)
{
    Built b;
    InterestInvoicingResult &r = b.result;
    r.dryRun = dryRun;
    r.selection = selection.checked();
    const InterestInvoicingSelection &s = r.selection;

    UnbilledInterestReport report(db);
    const QList<UnbilledLine> lines = report.lines(s.claims());
    r.warnings = report.warnings();

    const QHash<QString, QString> routines = interestRoutines(db);
    ReferenceData reference(db);
    QHash<QString, Company> companies;
    for (const Company &c : reference.companies())
        companies.insert(c.number, c);
    DunningParametersRegister parameters(db);
    QHash<QString, DunningAccounts> accounts; // "company/routine"
    InvoiceRepository repository(db);
    InvoiceValidator validator(db);
    const CountryNames countries(db);
    // Per company: account -> amount (debit +, credit −), and the texts.
    QMap<QString, QMap<QString, Money>> postings;
    QHash<QString, QString> postingTexts;

    for (const UnbilledLine &line : lines) {
        if (!line.interest.isPositive())
            continue; // only fees on the list: nothing to invoice here
        const Invoice original = repository.findById(line.invoiceId, InvoiceRepository::Detail::Header)
                                     .value_or(Invoice());
        InterestInvoiceItem item;
        item.invoiceId = line.invoiceId;
        item.company = line.company;
        item.invoiceNumber = line.invoiceNumber;
        item.routine = line.routine;
        item.name = line.name;
        item.dueDate = line.dueDate;
        item.finalPaidDate = line.finalPaidDate;
        item.daysLate = line.daysLate;
        item.capital = original.amount;
        item.chargeableInterest = line.chargeableInterest;
        item.debitedDeducted = line.debitedDeducted;
        item.interest = line.interest;
        item.interestRoutine = routines.value(line.routine);

        QStringList problems;
        if (item.interestRoutine.isEmpty()) {
            problems << Tr::tr("rutin %1 har ingen rutin för räntefakturor (rutin %2 med "
                               "räntefakturor för rutin %1 saknas i rutinregistret)")
                            .arg(line.routine)
                            .arg(line.routine.toInt() + 50);
        } else {
            item.interestInvoiceNumber = item.interestRoutine + line.invoiceNumber.mid(2);
        }
        const QString key = line.company + QLatin1Char('/') + line.routine;
        if (!accounts.contains(key))
            accounts.insert(key, parameters.accounts(line.company, line.routine));
        const DunningAccounts &a = accounts[key];
        if (a.interestIncome.isEmpty())
            problems << Tr::tr("konto för ränteintäkter saknas (företag %1, rutin %2)")
                            .arg(line.company, line.routine);
        if (!item.interestRoutine.isEmpty() && a.interestReceivable.isEmpty())
            problems << Tr::tr("fordringskonto saknas för rutin %1 (företag %2)")
                            .arg(item.interestRoutine, line.company);

        InvoiceDraft d;
        if (problems.isEmpty()) {
            d.company = original.company;
            d.invoiceNumber = item.interestInvoiceNumber;
            d.routine = item.interestRoutine;
            d.customerNumber = original.customerNumber;
            d.idNumber = original.idNumber;
            d.name = original.name;
            d.name2 = original.name2;
            d.co = original.co;
            d.address = original.address;
            d.postalCode = original.postalCode;
            d.city = original.city;
            d.country = original.country;
            d.invoiceDate = s.runDate;
            d.dueDate = s.dueDate;
            d.amount = item.interest;
            d.department = original.department;
            d.handler = s.handler;
            // The claim's own texts, in Swedish whatever the program's
            // language: they are the debtor's invoice.
            d.description = QStringLiteral("Dröjsmålsränta faktura %1").arg(original.invoiceNumber);
            d.lines = {{1,
                        QStringLiteral("Dröjsmålsränta faktura %1, %2 %3")
                            .arg(original.invoiceNumber)
                            .arg(item.daysLate)
                            .arg(item.daysLate == 1 ? QStringLiteral("dag")
                                                    : QStringLiteral("dagar")),
                        item.interest, a.interestIncome}};
            for (const FieldProblem &p : validator.check(d))
                problems << p.message;
        }
        item.problem = problems.join(QStringLiteral("; "));
        r.items.append(item);
        if (!item.problem.isEmpty())
            continue;

        const Company sender = companies.value(original.company);
        InterestInvoice doc;
        doc.sender = sender;
        doc.bankgiro = sender.bankgiro;
        doc.plusgiro = sender.plusgiro;
        doc.handler = s.handler;
        doc.message = s.message;
        doc.customerNumber = original.customerNumber;
        doc.debtorName = original.name;
        doc.debtorName2 = original.name2;
        doc.co = original.co;
        doc.address = original.address;
        doc.postalCode = original.postalCode;
        doc.city = original.city;
        doc.country = countries.printed(original.country); // the claim (d) keeps the code
        doc.addressWithheld = ProtectedIdentity(db).customer(original.customerId);
        doc.invoiceNumber = d.invoiceNumber;
        doc.invoiceDate = d.invoiceDate;
        doc.dueDate = d.dueDate;
        doc.ocr = d.ocr;
        doc.originalInvoiceNumber = original.invoiceNumber;
        doc.originalInvoiceDate = original.invoiceDate;
        doc.originalDueDate = original.dueDate;
        doc.finalPaidDate = original.finalPaidDate;
        doc.originalAmount = original.amount;
        doc.daysLate = item.daysLate;
        for (const InterestPeriod &p : line.periods)
            doc.periods.append({p.from, p.to, p.days, p.rateHundredths, p.base, p.interest});
        doc.chargeableInterest = item.chargeableInterest;
        doc.debitedDeducted = item.debitedDeducted;
        doc.amount = item.interest;
        doc.lineText = d.lines.first().text;
        r.invoices.append(doc);
        b.originals.append(original);
        b.drafts.append(d);

        addPosting(postings[original.company], a.interestReceivable, item.interest);
        addPosting(postings[original.company], a.interestIncome, -item.interest);
        postingTexts.insert(a.interestReceivable,
                            Tr::tr("Räntefakturor rutin %1").arg(item.interestRoutine));
        postingTexts.insert(a.interestIncome, Tr::tr("Dröjsmålsränta"));
    }

    AccountSettings names(db);
    for (auto it = postings.constBegin(); it != postings.constEnd(); ++it) {
        Verification v;
        v.company = it.key();
        v.companyName = companies.value(it.key()).name;
        v.orgNr = companies.value(it.key()).orgNr;
        v.date = s.runDate;
        v.text = Tr::tr("Kundreskontra, räntefakturering %1").arg(iso(s.runDate));
        v.user = db.user();
        v.series = BookingRun::series();
        // Debits first, then credits, each in account order.
        for (const bool debit : {true, false})
            for (auto p = it.value().constBegin(); p != it.value().constEnd(); ++p)
                if (p.value().isPositive() == debit && !p.value().isZero())
                    v.postings.append({p.key(), names.accountName(p.key()), p.value(),
                                       postingTexts.value(p.key())});
        r.bookingOrders.append(v);
    }
    return b;
}

} // namespace

QDate InterestInvoicingSelection::proposedDueDate(const QDate &runDate)
{
    return runDate.isValid() ? nextBankingDay(runDate.addDays(DueDays)) : QDate();
}

UnbilledSelection InterestInvoicingSelection::claims() const
{
    UnbilledSelection u;
    u.companyFrom = companyFrom;
    u.companyTo = companyTo;
    u.routineFrom = routineFrom;
    u.routineTo = routineTo;
    u.invoiceFrom = invoiceFrom;
    u.invoiceTo = invoiceTo;
    u.paidFrom = paidFrom;
    u.paidTo = paidTo;
    u.departmentFrom = departmentFrom;
    u.departmentTo = departmentTo;
    u.minimumInterest = minimumInterest.value_or(Money());
    u.minimumDays = minimumDays;
    return u;
}

InterestInvoicingSelection InterestInvoicingSelection::checked() const
{
    if (!runDate.isValid())
        throw LedgerError::refused(Tr::tr("Fakturadatum: ange dagens datum för räntefakturorna."));
    // Handbook 7.13: "Minsta ränta att fakturera … Obligatorisk uppgift".
    if (!minimumInterest)
        throw LedgerError::refused(
            Tr::tr("Minsta ränta: obligatorisk uppgift, hela kronor 0–%1.").arg(MaxMinimumKronor));
    if (minimumDays < 0 || minimumDays > MaxMinimumDays)
        throw LedgerError::refused(
            Tr::tr("Minsta antal dagar: \"%1\" ska vara en siffra, 0–%2.")
                .arg(minimumDays)
                .arg(MaxMinimumDays));
    const UnbilledSelection u = claims().checked();
    InterestInvoicingSelection s = *this;
    s.companyFrom = u.companyFrom;
    s.companyTo = u.companyTo;
    s.routineFrom = u.routineFrom;
    s.routineTo = u.routineTo;
    s.invoiceFrom = u.invoiceFrom;
    s.invoiceTo = u.invoiceTo;
    s.departmentFrom = u.departmentFrom;
    s.departmentTo = u.departmentTo;

    if (!s.dueDate.isValid())
        s.dueDate = proposedDueDate(s.runDate);
    if (s.dueDate < s.runDate)
        throw LedgerError::refused(Tr::tr("Förfallodag: %1 ligger före fakturadatum %2.")
                                       .arg(iso(s.dueDate), iso(s.runDate)));

    s.handler = s.handler.trimmed();
    if (s.handler.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Handläggare: obligatorisk uppgift (namn och gärna telefonnummer)."));
    if (s.handler.size() > limits::Handler)
        throw LedgerError::refused(Tr::tr("Handläggare: %1 tecken, högst %2 är tillåtet.")
                                       .arg(s.handler.size())
                                       .arg(limits::Handler));

    QStringList message;
    for (const QString &line : std::as_const(s.message)) {
        QString text = line;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        message << text;
    }
    while (!message.isEmpty() && message.last().trimmed().isEmpty())
        message.removeLast();
    if (message.size() > MessageLines)
        throw LedgerError::refused(
            Tr::tr("Meddelande: %1 rader, högst %2 är tillåtet.").arg(message.size()).arg(MessageLines));
    for (int i = 0; i < message.size(); ++i)
        if (message.at(i).size() > MessageWidth)
            throw LedgerError::refused(Tr::tr("Meddelande rad %1: %2 tecken, högst %3 är tillåtet.")
                                           .arg(i + 1)
                                           .arg(message.at(i).size())
                                           .arg(MessageWidth));
    s.message = message;
    return s;
}

Money InterestInvoicingResult::total() const
{
    Money sum;
    for (const InterestInvoiceItem &i : items)
        if (i.problem.isEmpty())
            sum += i.interest;
    return sum;
}

int InterestInvoicingResult::invoiceCount() const
{
    int n = 0;
    for (const InterestInvoiceItem &i : items)
        if (i.problem.isEmpty())
            ++n;
    return n;
}

QStringList InterestInvoicingResult::problems() const
{
    QStringList out;
    for (const InterestInvoiceItem &i : items)
        if (!i.problem.isEmpty())
            out << QStringLiteral("%1/%2: %3").arg(i.company, i.invoiceNumber, i.problem);
    return out;
}

InterestInvoicingResult InterestInvoicing::plan(const InterestInvoicingSelection &selection)
{
    return build(m_db, selection, true).result;
}

InterestInvoicingResult InterestInvoicing::run(const InterestInvoicingSelection &selection)
{
    const InterestInvoicingSelection range = selection.checked();
    const RunLock lock(m_db, RunLock::CompanyRange{range.companyFrom, range.companyTo},
                       RunKind::InterestInvoicing,
                       Tr::tr("företag %1–%2, fakturadatum %3")
                           .arg(range.companyFrom, range.companyTo,
                                range.runDate.toString(Qt::ISODate)));
    UnitOfWork work(m_db);
    Built b = build(m_db, selection, false);
    InterestInvoicingResult &r = b.result;
    if (const QStringList problems = r.problems(); !problems.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Räntefaktureringen kan inte köras; inget ändrades. %1")
                .arg(problems.join(QStringLiteral(". "))));
    if (b.drafts.isEmpty()) {
        work.commit(); // nothing written; a caller's unit of work goes on
        return r;
    }
    const InterestInvoicingSelection &s = r.selection;

    const auto failed = InvoiceRegistration(m_db).registerAll(
        b.drafts, Tr::tr("Räntefakturering %1").arg(iso(s.runDate)));
    if (!failed.isEmpty()) {
        QStringList messages;
        for (auto it = failed.constBegin(); it != failed.constEnd(); ++it)
            for (const FieldProblem &p : it.value())
                messages << QStringLiteral("%1: %2").arg(b.drafts.at(it.key()).invoiceNumber,
                                                         p.message);
        throw LedgerError::refused(Tr::tr("Räntefakturorna kunde inte registreras; inget "
                                          "ändrades. %1")
                                       .arg(messages.join(QStringLiteral("; "))));
    }

    AuditLog audit(m_db);
    const QString stamp = m_db.nowStamp();
    const QString context = QStringLiteral("interest invoicing %1").arg(iso(s.runDate));
    int invoiceIndex = 0;
    for (InterestInvoiceItem &item : r.items) {
        if (!item.problem.isEmpty())
            continue;
        const Invoice &before = b.originals.at(invoiceIndex);
        InterestInvoice &doc = r.invoices[invoiceIndex];
        ++invoiceIndex;
        item.interestInvoiceId = m_db.scalar(QStringLiteral("SELECT id FROM invoice WHERE company "
                                                            "= ? AND invoice_number = ?"),
                                             {item.company, item.interestInvoiceNumber})
                                     .toLongLong();
        doc.invoiceId = item.interestInvoiceId;
        QSqlQuery update = m_db.run(
            QStringLiteral("UPDATE invoice SET interest_invoice_number = ?, "
                           "interest_invoice_ore = ?, interest_invoice_date = ?, changed_by = ?, "
                           "changed_at = ?, version = version + 1 WHERE id = ? AND version = ? "
                           "AND interest_invoice_date IS NULL"),
            {item.interestInvoiceNumber, item.interest.ore(), dateArg(s.runDate), m_db.user(),
             stamp, before.id, before.version});
        if (update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan under räntefaktureringen. Inget "
                       "ändrades; kör igen.")
                    .arg(item.company, item.invoiceNumber));
        audit.recordDiff(QStringLiteral("invoice"), item.company + QLatin1Char('/') + item.invoiceNumber,
                         {{QStringLiteral("interest_invoice_number"), QVariant()},
                          {QStringLiteral("interest_invoice_ore"), QVariant()},
                          {QStringLiteral("interest_invoice_date"), QVariant()}},
                         {{QStringLiteral("interest_invoice_number"), item.interestInvoiceNumber},
                          {QStringLiteral("interest_invoice_ore"), item.interest.ore()},
                          {QStringLiteral("interest_invoice_date"), iso(s.runDate)}},
                         context);
    }

    BookingRun booking(m_db);
    for (Verification &v : r.bookingOrders)
        v = booking.writeVerification(v);

    audit.recordInsert(QStringLiteral("interest_invoicing"), iso(s.runDate),
                       Tr::tr("Räntefakturering %1: %2 fakturor, %3 kr, förfallodag %4")
                           .arg(iso(s.runDate))
                           .arg(r.invoiceCount())
                           .arg(r.total().toString(), iso(s.dueDate)),
                       s.handler);
    work.commit();
    return r;
}

ReportTable InterestInvoicing::list(const InterestInvoicingResult &r)
{
    using K = ReportColumn::Kind;
    const InterestInvoicingSelection &s = r.selection;
    ReportLayout l;
    l.title = r.dryRun ? Tr::tr("Kontrollista räntefakturering")
                       : Tr::tr("Räntefakturor %1").arg(iso(s.runDate));
    auto range = [&](const QString &label, const QString &from, const QString &to) {
        if (!from.isEmpty() || !to.isEmpty())
            l.selection << QStringLiteral("%1: %2–%3").arg(label, from, to);
    };
    l.selection << Tr::tr("Fakturadatum %1, förfallodag %2, handläggare %3")
                       .arg(iso(s.runDate), iso(s.dueDate), s.handler);
    range(Tr::tr("Företag"), s.companyFrom, s.companyTo);
    range(Tr::tr("Rutin"), s.routineFrom, s.routineTo);
    range(Tr::tr("Fakturanummer"), s.invoiceFrom, s.invoiceTo);
    range(Tr::tr("Slutbetald"), iso(s.paidFrom), iso(s.paidTo));
    range(Tr::tr("Förvaltning/avdelning"), s.departmentFrom, s.departmentTo);
    l.selection << Tr::tr("Minsta ränta %1 kr, minsta antal dagar %2")
                       .arg(s.minimumInterest.value_or(Money()).ore() / 100)
                       .arg(s.minimumDays);
    for (const QString &w : r.warnings)
        l.selection << w;
    l.columns = {{QStringLiteral("company"), Tr::tr("Ftg"), K::Text},
                 {QStringLiteral("invoice_number"), Tr::tr("Fakturanr"), K::Text},
                 {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 24},
                 {QStringLiteral("due_date"), Tr::tr("Förfallodag"), K::Date},
                 {QStringLiteral("final_paid_date"), Tr::tr("Slutbetald"), K::Date},
                 {QStringLiteral("days_late"), Tr::tr("Dagar"), K::Integer},
                 {QStringLiteral("capital"), Tr::tr("Belopp"), K::Money},
                 {QStringLiteral("chargeable_interest"), Tr::tr("Ränta"), K::Money},
                 {QStringLiteral("debited_deducted"), Tr::tr("Avgår debiterad"), K::Money},
                 {QStringLiteral("interest"), Tr::tr("Att fakturera"), K::Money},
                 {QStringLiteral("interest_invoice_number"), Tr::tr("Räntefaktura"), K::Text},
                 {QStringLiteral("note"), Tr::tr("Anmärkning"), K::Text, 40}};
    ReportTable table(l);
    for (const InterestInvoiceItem &i : r.items) {
        ReportRow row;
        row.cells = {i.company,
                     i.invoiceNumber,
                     i.name,
                     i.dueDate,
                     i.finalPaidDate,
                     qint64(i.daysLate),
                     i.capital.ore(),
                     i.chargeableInterest.ore(),
                     i.debitedDeducted.isZero() ? QVariant() : QVariant(i.debitedDeducted.ore()),
                     i.problem.isEmpty() ? QVariant(i.interest.ore()) : QVariant(),
                     i.interestInvoiceNumber,
                     i.problem.isEmpty() ? QString() : Tr::tr("Kan inte faktureras: %1").arg(i.problem)};
        table.rows().append(row);
    }
    ReportRow total;
    total.type = ReportRow::Type::Total;
    total.label = Tr::tr("Totalt: %1 st").arg(r.invoiceCount());
    if (!r.problems().isEmpty())
        total.label += Tr::tr(", %1 kan inte faktureras").arg(r.problems().size());
    total.cells = QVariantList(l.columns.size());
    total.cells[l.columnIndex(QStringLiteral("interest"))] = r.total().ore();
    table.rows().append(total);
    return table;
}

} // namespace rsk
