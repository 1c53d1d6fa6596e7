#include "demo/demogenerator.h"

#include "audit/auditlog.h"
#include "demo/demobilling.h"
#include "demo/demolog.h"
#include "demo/demopopulation.h"
#include "demo/demowriter.h"
#include "ledger/ledgersetup.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace rsk {

Q_LOGGING_CATEGORY(lcDemo, "reskontra.demo", QtWarningMsg)

namespace {

using namespace demo;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr int kProgressEvery = 10000;
constexpr qint64 kMaxSerial = 9999999; // 7 digits after the routine

// "020045123": routine + 7-digit serial; its OCR adds the length digit (11
// digits: 1) and the Luhn check digit (FACTS-SE §7, ids/ocr.h ocrForInvoice).
void invoiceNumberAndOcr(const char *routine, qint64 serial, QString &number, QString &ocr)
{
    char digits[11];
    digits[0] = routine[0];
    digits[1] = routine[1];
    for (int i = 8; i >= 2; --i) {
        digits[i] = char('0' + serial % 10);
        serial /= 10;
    }
    digits[9] = '1';
    int sum = 0;
    for (int i = 9, weight = 2; i >= 0; --i, weight = 3 - weight) {
        int p = (digits[i] - '0') * weight;
        sum += p > 9 ? p - 9 : p;
    }
    digits[10] = char('0' + (10 - sum % 10) % 10);
    number = QString::fromLatin1(digits, 9);
    ocr = QString::fromLatin1(digits, 11);
}

QString phone(Random &r, const QString &areaPrefix)
{
    return QStringLiteral("0%1-%2 %3 %4")
        .arg(areaPrefix)
        .arg(r.between(10, 99))
        .arg(r.between(10, 99))
        .arg(r.between(10, 99));
}

// A handler as letters print it: name and phone, at most 30 characters.
QString handler(Random &r, const NameLists &lists, const QString &areaPrefix)
{
    const bool female = r.chance(600);
    const QString first = lists.firstName(r, female, NameLists::Mid);
    const QString last = lists.surname(r);
    const QString tel = phone(r, areaPrefix);
    QString text = first + QLatin1Char(' ') + last + QLatin1Char(' ') + tel;
    if (text.size() > 30)
        text = first.left(1) + QStringLiteral(". ") + last + QLatin1Char(' ') + tel;
    return text.left(30);
}

Company kommunCompany(Random &r, const Municipality &m)
{
    Company c;
    c.number = QStringLiteral("001");
    c.name = m.kommunName;
    c.name2 = QStringLiteral("Ekonomikontoret");
    // Group 2 (kommun), 212000-9xxx: outside the numbers real kommuner have.
    c.orgNr = makeOrganisationNumber(r, QStringLiteral("2120009"));
    c.bankgiro = makeBankgiro(r);
    c.plusgiro = makePlusgiro(r);
    // SE, the org.nr and 01 (not "SE%101": arg() takes "%10" for its placeholder).
    c.vatNumber = QStringLiteral("SE") + c.orgNr + QStringLiteral("01");
    c.phone = QStringLiteral("0%1-100 00").arg(m.seat.code);
    c.address = QStringLiteral("Kommunhuset, Torggatan 2");
    c.postalCode = m.seat.code + QStringLiteral(" 80");
    c.city = m.seat.name;
    return c;
}

Company housingCompany(Random &r, const Municipality &m)
{
    Company c;
    c.number = QStringLiteral("002");
    c.name = m.housingName;
    c.orgNr = makeOrganisationNumber(r, QStringLiteral("556"));
    c.bankgiro = makeBankgiro(r);
    c.vatNumber = QStringLiteral("SE") + c.orgNr + QStringLiteral("01");
    c.phone = QStringLiteral("0%1-150 00").arg(m.seat.code);
    c.address = QStringLiteral("Centralgatan 5");
    c.postalCode = m.seat.code + QStringLiteral(" 81");
    c.city = m.seat.name;
    return c;
}

// Where each routine's series goes on: after the highest number in the
// ledger, or (a new series) somewhere that looks like years of billing.
QList<qint64> firstSerials(Database &db, Random &r)
{
    QList<qint64> serials;
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT MAX(invoice_number) FROM invoice WHERE company = ? AND routine = ?"));
    for (int routine = 0; routine < RoutineCount; ++routine) {
        const RoutineInfo &info = routineInfo(routine);
        const qint64 fresh = 1 + r.between(0, 99) * 1000;
        db.exec(q, {QStringLiteral("00%1").arg(info.company + 1), QLatin1String(info.code)});
        const QVariant max = q.next() ? q.value(0) : QVariant();
        serials.append(max.isNull() ? fresh : max.toString().mid(2).toLongLong() + 1);
    }
    return serials;
}


// A demo ledger dated after the last published reference rate the program
// ships (FACTS-SE §4: 2026-H2 not found) could not compute interest, so no
// dunning run would work in the demo. The demo carries the last known rate
// forward per half-year, UNVERIFIED and saying so, for the clerk to confirm
// or correct under Referensränta; a real ledger never gets such rows.
void carryReferenceRateForward(Database &db, const QDate &today)
{
    QSqlQuery q = db.run(QStringLiteral("SELECT from_date, rate_hundredths FROM reference_rate "
                                        "ORDER BY from_date DESC LIMIT 1"));
    if (!q.next())
        return;
    QDate from = toDate(q.value(0));
    const qint64 rate = q.value(1).toLongLong();
    q.finish();
    for (from = from.addMonths(6); from.isValid() && from <= today; from = from.addMonths(6))
        db.run(QStringLiteral("INSERT INTO reference_rate (from_date, rate_hundredths, verified, "
                              "source) VALUES (?, ?, 0, ?)"),
               {dateArg(from), rate,
                QStringLiteral("demo: senast kända räntan förd vidare, ej verifierad")});
}
} // namespace

DemoResult generateDemo(Database &db, const DemoOptions &options,
                        const std::function<bool(qint64, qint64)> &progress)
{
    if (options.invoices < 1)
        throw LedgerError::refused(Tr::tr("Antalet fakturor ska vara minst 1."));
    const QDate today = options.today.isValid() ? options.today : db.today();
    const int todayDay = int(today.toJulianDay());
    const qint64 total = options.invoices;
    auto report = [&](qint64 done) {
        if (progress && !progress(done, total))
            throw LedgerError::refused(Tr::tr("Demodata avbröts; reskontran är oförändrad."));
    };

    QElapsedTimer phase;
    phase.start();
    const NameLists &lists = NameLists::instance();
    Random companyRandom(options.seed, 0);
    const Municipality municipality = Municipality::choose(companyRandom, lists);
    Population population(today, municipality, lists, options.seed);
    while (population.invoiceCount() < total)
        population.addHousehold();
    population.trimTo(total);
    population.sort();
    std::vector<Household> &households = population.households();
    qCInfo(lcDemo) << "population:" << households.size() << "households,"
                   << population.invoiceCount() << "invoices in" << phase.restart() << "ms";

    const int firstDay = population.firstDay();
    const DayStrings dayStrings(firstDay - 40, todayDay + 400);
    const BankingDays bankingDays(firstDay - 40, todayDay + 400);

    BulkLoadSettings bulk(db); // restored after the unit of work has ended
    UnitOfWork work(db);
    report(0);

    ReferenceData reference(db);
    LedgerSetup setup(db);
    const Company kommun = kommunCompany(companyRandom, municipality);
    const Company housing = housingCompany(companyRandom, municipality);
    // An existing company is the ledger owner's: it is never overwritten.
    if (!setup.isInitialized())
        setup.initialize(kommun);
    else if (!reference.company(kommun.number))
        reference.saveCompany(kommun);
    if (!reference.company(housing.number))
        reference.saveCompany(housing);

    const bool emptyLedger =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM invoice LIMIT 1) AS x"))
            .toInt()
        == 0;
    QList<qint64> serials = firstSerials(db, companyRandom);
    Billing billing(lists, todayDay, bankingDays);
    for (int routine = 0; routine < RoutineCount; ++routine)
        billing.setHandler(routine, handler(companyRandom, lists, municipality.seat.code));

    DemoWriter writer(db, dayStrings, todayDay);
    if (emptyLedger && db.engine() == Engine::SQLite)
        writer.dropIndexes();

    // Customers: one per household and company it has invoices in, numbered
    // from the ledger's customer series.
    const std::vector<quint64> &keys = population.keys();
    std::vector<int> firstInvoiceDay(households.size() * 2, 0);
    for (quint64 key : keys) {
        const int company = routineInfo(InvoiceKey::routine(key)).company;
        int &first = firstInvoiceDay[InvoiceKey::household(key) * 2 + company];
        if (first == 0)
            first = firstDay + InvoiceKey::dayOffset(key);
    }
    const QVariant nextCustomer =
        db.scalar(QStringLiteral("SELECT next_value FROM number_series WHERE name = 'customer'"));
    if (!nextCustomer.isValid())
        db.run(
            QStringLiteral("INSERT INTO number_series (name, next_value) VALUES ('customer', 1)"));
    qint64 customerNumber = nextCustomer.isValid() ? nextCustomer.toLongLong() : 1;
    qint64 customers = 0;
    for (size_t i = 0; i < households.size(); ++i) {
        Household &h = households[i];
        for (int company = 0; company < 2; ++company) {
            const int first = firstInvoiceDay[i * 2 + company];
            if (first == 0)
                continue;
            h.customerNumber[company] = QString::number(customerNumber++);
            h.customerId[company] =
                writer.writeCustomer(h, company, h.customerNumber[company], first);
            ++customers;
        }
    }
    db.run(QStringLiteral("UPDATE number_series SET next_value = ? WHERE name = 'customer'"),
           {customerNumber});
    qCInfo(lcDemo) << "customers:" << customers << "in" << phase.restart() << "ms";

    // Invoices in the order they were made, with their lines and transactions.
    Random billRandom(options.seed, 2);
    Bill bill;
    QString number;
    QString ocr;
    QString credited;
    for (size_t i = 0; i < keys.size(); ++i) {
        const quint64 key = keys[i];
        const int routine = InvoiceKey::routine(key);
        Household &h = households[InvoiceKey::household(key)];
        const int invoiceDay = firstDay + InvoiceKey::dayOffset(key);
        // A credit corrects the household's latest invoice of the routine;
        // when that was cut away (the last household), it is an ordinary one.
        const bool credit = InvoiceKey::credit(key) && h.lastSerial[routine] != 0;
        const char *code = routineInfo(routine).code;
        if (credit)
            invoiceNumberAndOcr(code, h.lastSerial[routine], credited, ocr);
        const qint64 serial = serials[routine]++;
        if (serial > kMaxSerial)
            throw LedgerError::refused(
                Tr::tr("Nummerserien för rutin %1 räcker inte till så många fakturor.")
                    .arg(QLatin1String(code)));
        invoiceNumberAndOcr(code, serial, number, ocr);
        billing.make(billRandom, h, routine, invoiceDay, bill, credit ? credited : QString(),
                     h.lastAmountOre[routine]);
        billing.settle(billRandom, bill);
        if (!credit) {
            h.lastSerial[routine] = quint32(serial);
            h.lastAmountOre[routine] = bill.amountOre;
        }
        writer.writeInvoice(h, number, ocr, bill, writer.batchFor(routine, invoiceDay));
        if ((i + 1) % kProgressEvery == 0)
            report(qint64(i + 1));
    }
    qCInfo(lcDemo) << "invoices:" << keys.size() << "lines:" << writer.lines()
                   << "transactions:" << writer.transactions() << "in" << phase.restart() << "ms";

    writer.recreateIndexes();
    qCInfo(lcDemo) << "indexes in" << phase.restart() << "ms";
    // Statistics for the query planner (SQLite ANALYZE, PostgreSQL ANALYZE):
    // with them a dunning kontrollista reads the open claims by due date
    // instead of walking a million rows in number order.
    db.execConstant(QStringLiteral("ANALYZE"));
    qCInfo(lcDemo) << "statistics in" << phase.restart() << "ms";

    carryReferenceRateForward(db, today);

    DemoResult result;
    result.invoices = qint64(keys.size());
    result.customers = customers;
    result.transactions = writer.transactions();
    result.lines = writer.lines();
    // One audit row for the whole run, not one per row (ARCHITECTURE.md budget).
    AuditLog(db).recordInsert(
        QStringLiteral("ledger"), db.displayName(),
        Tr::tr("Demodata: %1 fakturor, %2 kunder, %3 transaktioner, %4 fakturarader "
               "(frö %5, dag %6)")
            .arg(result.invoices)
            .arg(result.customers)
            .arg(result.transactions)
            .arg(result.lines)
            .arg(options.seed)
            .arg(today.toString(Qt::ISODate)),
        QStringLiteral("demo"));
    report(total);
    writer.finish();
    work.commit();
    qCInfo(lcDemo) << "commit in" << phase.restart() << "ms";
    return result;
}

} // namespace rsk
