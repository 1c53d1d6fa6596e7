#include "dunning/agencytransfer.h"

#include "audit/auditlog.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningplanner.h"
#include "ids/swedishid.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"
#include "ledger/searchkey.h"
#include "storage/database.h"
#include "storage/runlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgencyTransfer)
};

const char kColumns[] =
    "i.id, i.version, i.company, i.invoice_number, i.routine, i.department, i.ocr, "
    "i.customer_number, i.id_number, i.name, i.name2, i.co, i.address, i.postal_code, i.city, "
    "i.country, i.description, i.invoice_date, i.due_date, i.reminder1_date, i.reminder2_date, "
    "i.collection_date, i.amount_ore, i.capital_open_ore, i.reminder_fee_open_ore, "
    "i.collection_fee_open_ore, i.interest_open_ore, i.paid_ore, i.balance_ore, "
    "i.payment_plan_date, COALESCE(i.dunning_code, 0), i.dunning_code_until, "
    "COALESCE(c.protected_identity, 0)";

// A claim as the candidate query reads it.
struct Candidate
{
    AgencyItem item;
    QDate paymentPlanDate;
    int dunningCode = 0;
    QDate dunningCodeUntil;
    bool protectedIdentity = false;
};

Candidate candidateFrom(const QSqlQuery &q)
{
    Candidate c;
    AgencyItem &v = c.item;
    int i = 0;
    auto next = [&q, &i] { return q.value(i++); };
    auto text = [&next] { return next().toString(); };
    auto money = [&next] { return Money::fromOre(next().toLongLong()); };
    auto date = [&next] { return toDate(next()); };
    v.invoiceId = next().toLongLong();
    v.version = next().toInt();
    v.company = text();
    v.invoiceNumber = text();
    v.routine = text();
    v.department = text();
    v.ocr = text();
    v.customerNumber = text();
    v.idNumber = text();
    v.name = text();
    v.name2 = text();
    v.co = text();
    v.address = text();
    v.postalCode = text();
    v.city = text();
    v.country = text();
    v.description = text();
    v.invoiceDate = date();
    v.dueDate = date();
    v.reminder1Date = date();
    v.reminder2Date = date();
    v.collectionDate = date();
    v.amount = money();
    v.capital = money();
    v.reminderFee = money();
    v.collectionFee = money();
    v.interest = money();
    v.paid = money();
    v.balance = money();
    c.paymentPlanDate = date();
    c.dunningCode = next().toInt();
    c.dunningCodeUntil = date();
    c.protectedIdentity = next().toInt() != 0;
    return c;
}

QDate basisDate(const AgencyItem &v, AgencyBasis basis)
{
    switch (basis) {
    case AgencyBasis::DueDate: return v.dueDate;
    case AgencyBasis::Reminder1: return v.reminder1Date;
    case AgencyBasis::Reminder2: return v.reminder2Date;
    case AgencyBasis::Collection: return v.collectionDate;
    }
    return {};
}

QString key(const QString &company, const QString &routine)
{
    return company + QLatin1Char('/') + routine;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The claim's money parts, for the pure settlement rules.
Invoice moneyOf(const AgencyItem &v)
{
    Invoice c;
    c.capitalOpen = v.capital;
    c.reminderFeeOpen = v.reminderFee;
    c.collectionFeeOpen = v.collectionFee;
    c.interestOpen = v.interest;
    c.balance = v.balance;
    c.paid = v.paid;
    return c;
}

// handbook 7.20: the collection fee (K) and debited interest (D) are written
// off with their methods, the rest (capital and reminder fees) is paid with
// the capital method to the agency receivable; "vid uttag utifrån
// påminnelse 2 tas inga avgifter bort från fakturan".
QList<AgencyZeroing> zeroingOf(const AgencyItem &v, const AgencySettings &s,
                               const QHash<QString, PaymentMethod> &methods)
{
    QList<AgencyZeroing> out;
    Invoice claim = moneyOf(v);
    const auto take = [&](AgencyZeroing::Part part, const QString &code, Money amount) {
        if (code.isEmpty() || !amount.isPositive())
            return;
        const PaymentMethod &m = methods[code];
        AgencyZeroing z{part, code, amount, settle(claim, m, amount)};
        claim = applySettlement(claim, m, z.settlement, QDate());
        out.append(z);
    };
    if (s.basis != AgencyBasis::Reminder2)
        take(AgencyZeroing::Part::CollectionFee, s.feeMethod, claim.collectionFeeOpen);
    take(AgencyZeroing::Part::Interest, s.interestMethod, claim.interestOpen);
    take(AgencyZeroing::Part::Capital, s.capitalMethod, claim.balance);
    if (!claim.balance.isZero())
        throw LedgerError::refused(
            Tr::tr("Faktura %1/%2 blir inte noll med inbetalningssätten (saldo kvar %3 kr).")
                .arg(v.company, v.invoiceNumber, claim.balance.toString()));
    return out;
}

QJsonObject selectionJson(const AgencySelection &s)
{
    return {{QStringLiteral("transfer_date"), dateText(s.transferDate)},
            {QStringLiteral("company_from"), s.companyFrom},
            {QStringLiteral("company_to"), s.companyTo},
            {QStringLiteral("routine_from"), s.routineFrom},
            {QStringLiteral("routine_to"), s.routineTo},
            {QStringLiteral("invoice_from"), s.invoiceFrom},
            {QStringLiteral("invoice_to"), s.invoiceTo},
            {QStringLiteral("department_from"), s.departmentFrom},
            {QStringLiteral("department_to"), s.departmentTo},
            {QStringLiteral("id_number"), s.idNumber},
            {QStringLiteral("zero"), s.zero}};
}

QString summaryOf(const AgencySelection &s)
{
    QStringList parts{Tr::tr("företag %1–%2").arg(s.companyFrom, s.companyTo),
                      Tr::tr("rutin %1–%2").arg(s.routineFrom, s.routineTo)};
    if (s.invoiceFrom != QLatin1String("000000000") || s.invoiceTo != QLatin1String("999999999"))
        parts << Tr::tr("faktura %1–%2").arg(s.invoiceFrom, s.invoiceTo);
    if (!s.departmentFrom.isEmpty() || !s.departmentTo.isEmpty())
        parts << Tr::tr("avdelning %1–%2").arg(s.departmentFrom, s.departmentTo);
    if (!s.idNumber.isEmpty())
        parts << Tr::tr("personnummer %1").arg(s.idNumber);
    parts << (s.zero ? Tr::tr("nollställs") : Tr::tr("nollställs inte"));
    return parts.join(QStringLiteral(", "));
}

AgencySelection checked(const AgencySelection &in, const QDate &today)
{
    if (!in.transferDate.isValid())
        throw LedgerError::refused(Tr::tr("Överföringsdatum saknas eller är ogiltigt."));
    // The range rules of the dunning run (7.11), with the same messages.
    DunningSelection d;
    d.runDate = in.transferDate;
    d.companyFrom = in.companyFrom;
    d.companyTo = in.companyTo;
    d.routineFrom = in.routineFrom;
    d.routineTo = in.routineTo;
    d.invoiceFrom = in.invoiceFrom;
    d.invoiceTo = in.invoiceTo;
    d.departmentFrom = in.departmentFrom;
    d.departmentTo = in.departmentTo;
    d = DunningPlanner::checked(d);
    AgencySelection s = in;
    s.companyFrom = d.companyFrom;
    s.companyTo = d.companyTo;
    s.routineFrom = d.routineFrom;
    s.routineTo = d.routineTo;
    s.invoiceFrom = d.invoiceFrom;
    s.invoiceTo = d.invoiceTo;
    s.departmentFrom = d.departmentFrom;
    s.departmentTo = d.departmentTo;
    s.idNumber = s.idNumber.trimmed();
    if (!s.idNumber.isEmpty()) {
        QString why;
        const auto id = SwedishId::parse(s.idNumber, today, &why);
        if (!id)
            throw LedgerError::refused(Tr::tr("Personnummer \"%1\": %2").arg(s.idNumber, why));
        s.idNumber = id->normalized();
    }
    return s;
}

// Plans every claim of the selection: what plan() shows and run() does.
AgencyTransferResult planAll(Database &db, const AgencySelection &selection)
{
    AgencyTransferResult r;
    r.selection = checked(selection, db.today());
    db.access().requireCompanies(db, r.selection.companyFrom, r.selection.companyTo);
    const AgencySelection &s = r.selection;
    AgencySettingsRegister registry(db);

    // handbook 7.19: "Kontroll sker av att samtliga företag och rutiner är
    // upplagda här när överföring begärs": every row used must be valid.
    QHash<QString, AgencySettings> settings;
    for (const AgencySettings &a : registry.all()) {
        if (a.company < s.companyFrom || a.company > s.companyTo || a.routine < s.routineFrom
            || a.routine > s.routineTo)
            continue;
        const QStringList why = registry.problems(a);
        if (!why.isEmpty())
            throw LedgerError::refused(why.join(QLatin1Char('\n')));
        settings.insert(key(a.company, a.routine), a);
    }
    if (settings.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Inställningar för inkasso saknas för företag %1–%2, rutin %3–%4 "
                   "(Extern inkassohantering).")
                .arg(s.companyFrom, s.companyTo, s.routineFrom, s.routineTo));

    ReferenceData ref(db);
    QHash<QString, PaymentMethod> methods;
    for (const PaymentMethod &m : ref.paymentMethods())
        methods.insert(m.code, m);
    QMap<int, DunningCode> codes;
    for (const DunningCode &c : ref.dunningCodes())
        codes.insert(c.code, c);

    QString sql = QStringLiteral(
        "SELECT %1 FROM invoice i JOIN agency_settings a ON a.company = i.company AND "
        "a.routine = i.routine LEFT JOIN customer c ON c.id = i.customer_id "
        "WHERE i.balance_ore > 0 AND i.due_date <= ? AND i.agency_transfer_date IS NULL "
        "AND i.company >= ? AND i.company <= ? AND i.routine >= ? AND i.routine <= ? "
        "AND i.invoice_number >= ? AND i.invoice_number <= ?")
                      .arg(QLatin1String(kColumns));
    QVariantList args{dateArg(s.transferDate), s.companyFrom, s.companyTo, s.routineFrom,
                      s.routineTo, s.invoiceFrom, s.invoiceTo};
    if (!s.departmentFrom.isEmpty()) {
        sql += QStringLiteral(" AND i.department >= ?");
        args << s.departmentFrom;
    }
    if (!s.departmentTo.isEmpty()) {
        sql += QStringLiteral(" AND i.department <= ?");
        args << s.departmentTo;
    }
    if (!s.idNumber.isEmpty()) {
        sql += QStringLiteral(" AND i.id_search = ?");
        args << idSearchKey(s.idNumber);
    }
    QList<Candidate> candidates;
    QSqlQuery q = db.run(sql, args);
    while (q.next())
        candidates.append(candidateFrom(q));
    q.finish();

    for (Candidate &c : candidates) {
        AgencyItem &v = c.item;
        const AgencySettings &a = settings[key(v.company, v.routine)];
        v.basis = a.basis;
        v.basisDate = basisDate(v, a.basis);
        if (!v.basisDate.isValid() || v.basisDate.daysTo(s.transferDate) < a.days)
            continue; // not due for the agency (yet)
        v.daysSince = int(v.basisDate.daysTo(s.transferDate));
        const auto skip = [&](const QString &reason) {
            r.skipped.append({v.invoiceId, v.company, v.invoiceNumber, v.name, reason});
        };
        if (c.paymentPlanDate.isValid()) {
            skip(Tr::tr("amorteringsplan %1").arg(dateText(c.paymentPlanDate)));
            continue;
        }
        if (a.skipWithoutIdNumber && v.idNumber.trimmed().isEmpty()) {
            skip(Tr::tr("saknar personnummer"));
            continue;
        }
        if (c.dunningCode != 0 && codes.contains(c.dunningCode)
            && DunningCodeAssignment::suppresses(codes[c.dunningCode], c.dunningCodeUntil,
                                                 DunningAction::Collection, s.transferDate)) {
            const DunningCode &code = codes[c.dunningCode];
            skip(c.dunningCodeUntil.isValid()
                     ? Tr::tr("kravkod %1 %2 t.o.m. %3")
                           .arg(code.code)
                           .arg(code.text, dateText(c.dunningCodeUntil))
                     : Tr::tr("kravkod %1 %2").arg(code.code).arg(code.text));
            continue;
        }
        if (c.protectedIdentity) {
            skip(Tr::tr("skyddad identitet – hanteras manuellt"));
            continue;
        }
        v.category = DebtCategory::of(a.debtCategory);
        v.dunningCode = a.dunningCode;
        v.watchText = a.watchText;
        if (s.zero && !a.capitalMethod.isEmpty())
            v.zeroing = zeroingOf(v, a, methods);
        r.items.append(v);
    }
    auto byNumber = [](const auto &x, const auto &y) {
        return x.company != y.company ? x.company < y.company : x.invoiceNumber < y.invoiceNumber;
    };
    std::sort(r.items.begin(), r.items.end(), byNumber);
    std::sort(r.skipped.begin(), r.skipped.end(), byNumber);

    // One agency a run (handbook 7.19: "Organisationsnummer måste vara lika
    // för alla företag i intervallet"): one file goes to one agency.
    QSet<QString> companies;
    for (const AgencyItem &v : r.items)
        companies.insert(v.company);
    QStringList sorted = companies.values();
    std::sort(sorted.begin(), sorted.end());
    bool first = true;
    for (const QString &company : sorted) {
        const auto agency = registry.agency(company);
        if (!agency)
            throw LedgerError::refused(
                Tr::tr("Företag %1: inkassobolag saknas (Extern inkassohantering, Inkassobolag).")
                    .arg(company));
        if (first) {
            r.agency = *agency;
            if (r.agency.senderName.isEmpty()) // "Företagsnamn": normally the municipality's
                r.agency.senderName = ReferenceData(db).company(company).value_or(Company()).name;
            first = false;
        } else if (agency->name != r.agency.name
                   || agency->customerNumber != r.agency.customerNumber
                   || agency->kind != r.agency.kind) {
            throw LedgerError::refused(
                Tr::tr("Företag %1 och %2 har olika inkassobolag (%3, %4); överför dem var för "
                       "sig.")
                    .arg(r.agency.company, company, r.agency.name, agency->name));
        }
    }
    for (AgencyItem &v : r.items)
        v.categoryCode = r.agency.categoryCode(v.category);
    return r;
}

} // namespace

Money AgencyItem::zeroed() const
{
    Money sum;
    for (const AgencyZeroing &z : zeroing)
        sum += z.amount;
    return sum;
}

Money AgencyItem::writtenOff() const
{
    Money sum;
    for (const AgencyZeroing &z : zeroing)
        if (z.part != AgencyZeroing::Part::Capital)
            sum += z.amount;
    return sum;
}

Money AgencyTransferResult::writtenOffTotal() const
{
    Money sum;
    for (const AgencyItem &v : items)
        sum += v.writtenOff();
    return sum;
}

Money AgencyTransferResult::balanceTotal() const
{
    Money sum;
    for (const AgencyItem &v : items)
        sum += v.balance;
    return sum;
}

Money AgencyTransferResult::zeroedTotal() const
{
    Money sum;
    for (const AgencyItem &v : items)
        sum += v.zeroed();
    return sum;
}

int AgencyTransferResult::zeroedCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(),
                             [](const AgencyItem &v) { return !v.zeroing.isEmpty(); }));
}

AgencyTransferResult AgencyTransfer::plan(const AgencySelection &selection)
{
    return planAll(m_db, selection);
}

AgencyTransferResult AgencyTransfer::run(const AgencySelection &selection, ReportWriter &file,
                                         const QString &fileName)
{
    const AgencySelection range = checked(selection, m_db.today());
    const RunLock lock(m_db, RunLock::CompanyRange{range.companyFrom, range.companyTo},
                       RunKind::AgencyTransfer, summaryOf(range));
    UnitOfWork work(m_db);
    AgencyTransferResult r = planAll(m_db, selection);
    r.dryRun = false;
    r.fileName = fileName;
    const AgencySelection &s = r.selection;
    if (r.items.isEmpty())
        throw LedgerError::refused(
            Tr::tr("Inga fordringar ska överföras till inkasso den %1 med detta urval; ingen fil "
                   "skrevs.")
                .arg(dateText(s.transferDate)));
    const QString stamp = m_db.nowStamp();
    const QString user = m_db.user();
    r.transferId = m_db.insertReturningId(
        QStringLiteral("INSERT INTO agency_transfer (transfer_date, selection, summary, "
                       "agency_name, agency_customer_number, file_name, zeroed, created_by, "
                       "created_at) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"),
        {dateArg(s.transferDate),
         QString::fromUtf8(QJsonDocument(selectionJson(s)).toJson(QJsonDocument::Compact)),
         summaryOf(s), r.agency.name, r.agency.customerNumber, fileName, int(s.zero), user,
         stamp});
    const QString source = QStringLiteral("agency:%1").arg(r.transferId);
    const QString remark = Tr::tr("Till inkasso %1").arg(r.agency.name).left(limits::Remark);

    PostingService posting(m_db);
    AuditLog audit(m_db);
    QSqlQuery insertItem = m_db.prepare(QStringLiteral(
        "INSERT INTO agency_transfer_item (transfer_id, invoice_id, balance_ore, zeroed_ore, "
        "debt_category, transaction_ids, last_transaction_id) VALUES (?,?,?,?,?,?,?)"));
    for (const AgencyItem &v : r.items) {
        int version = v.version;
        QStringList transactionIds;
        for (const AgencyZeroing &z : v.zeroing) {
            PostingRequest p;
            p.company = v.company;
            p.invoiceNumber = v.invoiceNumber;
            p.method = z.method;
            p.amount = z.amount;
            p.transactionDate = s.transferDate;
            p.remark = remark;
            p.source = source;
            p.expectedVersion = version++;
            transactionIds << QString::number(posting.post(p).id);
        }
        const Invoice was = InvoiceRepository(m_db).require(v.company, v.invoiceNumber);
        QSqlQuery update = m_db.run(
            QStringLiteral("UPDATE invoice SET agency_transfer_date = ?, dunning_code = ?, "
                           "dunning_code_until = NULL, watch_text = ?, changed_by = ?, "
                           "changed_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {dateArg(s.transferDate), v.dunningCode, v.watchText, user, stamp, v.invoiceId,
             version});
        if (was.version != version || update.numRowsAffected() != 1)
            throw LedgerError::conflict(
                Tr::tr("Faktura %1/%2 ändrades av någon annan under överföringen. Inget "
                       "ändrades; gör om överföringen.")
                    .arg(v.company, v.invoiceNumber));
        audit.recordDiff(QStringLiteral("invoice"), v.company + QLatin1Char('/') + v.invoiceNumber,
                         {{QStringLiteral("agency_transfer_date"), QVariant()},
                          {QStringLiteral("dunning_code"), was.dunningCode},
                          {QStringLiteral("dunning_code_until"), dateText(was.dunningCodeUntil)},
                          {QStringLiteral("watch_text"), was.watchText}},
                         {{QStringLiteral("agency_transfer_date"), dateText(s.transferDate)},
                          {QStringLiteral("dunning_code"), v.dunningCode},
                          {QStringLiteral("dunning_code_until"), QString()},
                          {QStringLiteral("watch_text"), v.watchText}},
                         QStringLiteral("agency transfer %1").arg(r.transferId));
        const qint64 last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM "
                                                       "ledger_transaction WHERE invoice_id = ?"),
                                        {v.invoiceId})
                                .toLongLong();
        m_db.exec(insertItem, {r.transferId, v.invoiceId, v.balance.ore(), v.zeroed().ore(),
                               v.category.code, transactionIds.join(QLatin1Char(',')), last});
    }

    QStringList orderIds;
    if (r.zeroedCount() > 0) {
        BookingSelection b;
        b.date = s.transferDate;
        b.source = source;
        b.text = Tr::tr("Kundreskontra, överföring till inkasso %1 den %2")
                     .arg(r.transferId)
                     .arg(dateText(s.transferDate));
        r.bookingOrders = BookingRun(m_db).run(b).verifications;
        for (const Verification &v : r.bookingOrders)
            orderIds << QString::number(v.orderId);
    }
    m_db.run(QStringLiteral("UPDATE agency_transfer SET claim_count = ?, balance_ore = ?, "
                            "zeroed_ore = ?, booking_order_ids = ? WHERE id = ?"),
             {int(r.items.size()), r.balanceTotal().ore(), r.zeroedTotal().ore(),
              orderIds.join(QLatin1Char(',')), r.transferId});
    audit.recordInsert(QStringLiteral("agency_transfer"), QString::number(r.transferId),
                       Tr::tr("Överföring till inkasso %1 (%2): %3 fordringar, %4 kr, "
                              "nollställt %5 kr, fil %6")
                           .arg(dateText(s.transferDate), r.agency.name)
                           .arg(r.items.size())
                           .arg(r.balanceTotal().toString(), r.zeroedTotal().toString(), fileName),
                       summaryOf(s));
    // The file last: if it cannot be written, nothing above is kept
    // (handbook 7.20: "det sista som sker är att kundreskontran uppdateras").
    fileTable(r).writeTo(file);
    work.commit();
    return r;
}

ReportLayout AgencyTransfer::fileLayout()
{
    using K = ReportColumn::Kind;
    ReportLayout l;
    l.title = Tr::tr("Fordringar till inkasso");
    l.columns = {
        {QStringLiteral("agency_customer_number"), Tr::tr("Kundnr hos inkassobolaget"), K::Text},
        {QStringLiteral("creditor"), Tr::tr("Borgenär"), K::Text, 30},
        {QStringLiteral("company"), Tr::tr("Företag"), K::Text},
        {QStringLiteral("invoice_number"), Tr::tr("Fakturanummer"), K::Text},
        {QStringLiteral("ocr"), Tr::tr("OCR"), K::Text},
        {QStringLiteral("routine"), Tr::tr("Rutin"), K::Text},
        {QStringLiteral("department"), Tr::tr("Förvaltning/avdelning"), K::Text},
        {QStringLiteral("customer_number"), Tr::tr("Kundnummer"), K::Text},
        {QStringLiteral("id_number"), Tr::tr("Person-/organisationsnummer"), K::Text},
        {QStringLiteral("name"), Tr::tr("Namn"), K::Text, 30},
        {QStringLiteral("name2"), Tr::tr("Namn 2"), K::Text, 30},
        {QStringLiteral("co"), Tr::tr("c/o"), K::Text, 30},
        {QStringLiteral("address"), Tr::tr("Adress"), K::Text, 30},
        {QStringLiteral("postal_code"), Tr::tr("Postnummer"), K::Text},
        {QStringLiteral("city"), Tr::tr("Ort"), K::Text, 20},
        {QStringLiteral("country"), Tr::tr("Land"), K::Text},
        {QStringLiteral("description"), Tr::tr("Avser"), K::Text, 30},
        {QStringLiteral("invoice_date"), Tr::tr("Fakturadatum"), K::Date},
        {QStringLiteral("due_date"), Tr::tr("Förfallodag"), K::Date},
        {QStringLiteral("reminder1_date"), Tr::tr("Påminnelse 1"), K::Date},
        {QStringLiteral("reminder2_date"), Tr::tr("Påminnelse 2"), K::Date},
        {QStringLiteral("collection_date"), Tr::tr("Inkassokrav"), K::Date},
        {QStringLiteral("amount"), Tr::tr("Fakturabelopp"), K::Money},
        {QStringLiteral("paid"), Tr::tr("Inbetalt"), K::Money},
        {QStringLiteral("capital"), Tr::tr("Kapital"), K::Money},
        {QStringLiteral("reminder_fee"), Tr::tr("Påminnelseavgift"), K::Money},
        {QStringLiteral("collection_fee"), Tr::tr("Kravavgift"), K::Money},
        {QStringLiteral("interest"), Tr::tr("Uppdebiterad ränta"), K::Money},
        {QStringLiteral("balance"), Tr::tr("Saldo"), K::Money},
        {QStringLiteral("written_off"), Tr::tr("Avskrivet vid överföring"), K::Money},
        {QStringLiteral("to_collect"), Tr::tr("Överlämnat belopp"), K::Money},
        {QStringLiteral("debt_category"), Tr::tr("SFI-kategori"), K::Text},
        {QStringLiteral("debt_category_code"), Tr::tr("Skuldkod"), K::Text},
        {QStringLiteral("transfer_date"), Tr::tr("Överförd"), K::Date}};
    return l;
}

ReportTable AgencyTransfer::fileTable(const AgencyTransferResult &r)
{
    ReportLayout layout = fileLayout();
    layout.selection << Tr::tr("Inkassobolag %1 (%2), kundnummer %3")
                            .arg(r.agency.name, Agency::kindName(r.agency.kind),
                                 r.agency.customerNumber)
                     << Tr::tr("Överföringsdatum %1").arg(dateText(r.selection.transferDate))
                     << summaryOf(r.selection);
    ReportTable table(layout);
    const QString creditor = r.agency.senderName;
    for (const AgencyItem &v : r.items) {
        ReportRow row;
        row.cells = {r.agency.customerNumber, creditor, v.company, v.invoiceNumber, v.ocr,
                     v.routine, v.department, v.customerNumber, v.idNumber, v.name, v.name2,
                     v.co, v.address, v.postalCode, v.city, v.country, v.description,
                     v.invoiceDate, v.dueDate, v.reminder1Date, v.reminder2Date,
                     v.collectionDate, v.amount.ore(), v.paid.ore(), v.capital.ore(),
                     v.reminderFee.ore(), v.collectionFee.ore(), v.interest.ore(),
                     v.balance.ore(), v.writtenOff().ore(), v.toCollect().ore(),
                     v.category.name, v.categoryCode, r.selection.transferDate};
        table.rows().append(row);
    }
    return table;
}

QList<AgencyTransferInfo> AgencyTransfer::transfers()
{
    QList<AgencyTransferInfo> out;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT id, transfer_date, agency_name, file_name, zeroed, claim_count, balance_ore, "
        "zeroed_ore, created_by, created_at, summary FROM agency_transfer ORDER BY id DESC"));
    while (q.next()) {
        AgencyTransferInfo i;
        i.id = q.value(0).toLongLong();
        i.transferDate = toDate(q.value(1));
        i.agencyName = q.value(2).toString();
        i.fileName = q.value(3).toString();
        i.zeroed = q.value(4).toInt() != 0;
        i.claims = q.value(5).toInt();
        i.balance = Money::fromOre(q.value(6).toLongLong());
        i.zeroedAmount = Money::fromOre(q.value(7).toLongLong());
        i.createdBy = q.value(8).toString();
        i.createdAt = q.value(9).toString();
        i.summary = q.value(10).toString();
        out.append(i);
    }
    return out;
}

} // namespace rsk
