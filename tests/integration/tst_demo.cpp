// The demo ledger (core/demo): counts, determinism, the invariants of every
// generated claim, the outcome mix and the routines per company.
#include "testledger.h"

#include "demo/demogenerator.h"
#include "ids/giro.h"
#include "ids/ocr.h"
#include "ids/swedishid.h"
#include "ledger/invoicesearch.h"
#include "ledger/posting.h"
#include "ledger/searchkey.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace rsk;

namespace {

const QDate kToday(2026, 11, 26);

// A new, empty ledger: the generator initialises it.
struct EmptyLedger
{
    EmptyLedger()
    {
        path = test::newLedgerLocation(dir, QStringLiteral("demo"));
        db = Database::open(path, Database::OpenMode::CreateIfMissing);
        db->setUser(QStringLiteral("testare"));
        db->setToday(kToday);
    }
    DemoResult generate(qint64 invoices, quint64 seed = 1)
    {
        DemoOptions o;
        o.invoices = invoices;
        o.seed = seed;
        return generateDemo(*db, o);
    }
    qint64 count(const QString &sql) { return db->scalar(sql).toLongLong(); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

// A checksum over every row and column of a table, in id order.
QByteArray tableChecksum(Database &db, const QString &table, const QStringList &skip = {})
{
    QSqlQuery q = db.run(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
    const QSqlRecord record = q.record();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < record.count(); ++i) {
            if (skip.contains(record.fieldName(i)))
                continue;
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArrayView("\x01NULL")
                                    : QByteArrayView(v.toString().toUtf8()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return hash.result().toHex();
}

QByteArray ledgerChecksum(Database &db)
{
    QByteArray all;
    // company.changed_at is the wall-clock time saveCompany ran.
    all += tableChecksum(db, QStringLiteral("company"), {QStringLiteral("changed_at")});
    for (const char *table : {"customer", "batch", "invoice", "invoice_line", "ledger_transaction"})
        all += tableChecksum(db, QLatin1String(table));
    return all;
}

QList<QPair<QString, QString>> indexDefinitions(Database &db)
{
    QSqlQuery q = db.run(db.engine() == Engine::PostgreSQL
                             ? QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE "
                                              "schemaname = 'public' ORDER BY indexname")
                             : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                              "'index' ORDER BY name"));
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void exactInvoiceCount_data();
    void exactInvoiceCount();
    void countsAndOneAuditRow();
    void sameSeedSameLedger();
    void otherSeedOtherLedger();
    void everyClaimKeepsTheInvariants();
    void transactionsAreWhatSettleWouldPost();
    void receiversAreValidAndSearchable();
    void companies();
    void routinesPerCompany_data();
    void routinesPerCompany();
    void billingRhythm_data();
    void billingRhythm();
    void outcomeMix();
    void searchFindsDemoClaims_data();
    void searchFindsDemoClaims();
    void indexesAndSettingsAreRestored();
    void cancelRollsEverythingBack();
    void fillsAnExistingLedger();
    void refusesZeroInvoices();
    void todayFarBackGivesAdultsBornBefore();

private:
    // A 2 000-invoice ledger and a 20 000-invoice one, shared by the
    // read-only checks.
    EmptyLedger &shared();
    EmptyLedger &big();
    std::unique_ptr<EmptyLedger> m_shared;
    std::unique_ptr<EmptyLedger> m_big;
    DemoResult m_sharedResult;
};

EmptyLedger &TestDemo::shared()
{
    if (!m_shared) {
        m_shared = std::make_unique<EmptyLedger>();
        m_sharedResult = m_shared->generate(2000, 42);
    }
    return *m_shared;
}

EmptyLedger &TestDemo::big()
{
    if (!m_big) {
        m_big = std::make_unique<EmptyLedger>();
        m_big->generate(20000, 5);
    }
    return *m_big;
}

void TestDemo::exactInvoiceCount_data()
{
    QTest::addColumn<qint64>("invoices");
    QTest::newRow("one invoice") << qint64(1);
    QTest::newRow("seven: the first household cut short") << qint64(7);
    QTest::newRow("333") << qint64(333);
}

void TestDemo::exactInvoiceCount()
{
    QFETCH(qint64, invoices);
    EmptyLedger l;
    const DemoResult r = l.generate(invoices);
    QCOMPARE(r.invoices, invoices);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), invoices);
}

void TestDemo::countsAndOneAuditRow()
{
    EmptyLedger &l = shared();
    const DemoResult &r = m_sharedResult;
    QCOMPARE(r.invoices, 2000);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), r.invoices);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM invoice_line")), r.lines);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM ledger_transaction")), r.transactions);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM customer")), r.customers);
    QVERIFY2(r.lines >= r.invoices && r.lines <= 3 * r.invoices,
             qPrintable(QString::number(r.lines)));
    // Most claims are due and paid: about one transaction per claim.
    QVERIFY2(r.transactions > r.invoices * 8 / 10, qPrintable(QString::number(r.transactions)));
    // Households: a few dozen invoices each over 24 months.
    QVERIFY2(r.customers > 40 && r.customers < 200, qPrintable(QString::number(r.customers)));
    // One audit row for the run, none per invoice or transaction.
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE context = 'demo'")), 1);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name IN "
                                    "('invoice', 'ledger_transaction', 'customer')")),
             0);
    const QString summary =
        l.db->scalar(QStringLiteral("SELECT new_value FROM audit_log WHERE context = 'demo'"))
            .toString();
    QVERIFY2(summary.contains(QStringLiteral("2000 fakturor")), qPrintable(summary));
    // The customer series goes on after the demo's customers.
    QCOMPARE(
        l.count(QStringLiteral("SELECT next_value FROM number_series WHERE name = 'customer'")),
        r.customers + 1);
}

void TestDemo::sameSeedSameLedger()
{
    EmptyLedger a;
    EmptyLedger b;
    a.generate(1500, 7);
    b.generate(1500, 7);
    QCOMPARE(ledgerChecksum(*a.db), ledgerChecksum(*b.db));
}

void TestDemo::otherSeedOtherLedger()
{
    EmptyLedger a;
    EmptyLedger b;
    a.generate(1500, 7);
    b.generate(1500, 8);
    QVERIFY(tableChecksum(*a.db, QStringLiteral("invoice"))
            != tableChecksum(*b.db, QStringLiteral("invoice")));
    QVERIFY(tableChecksum(*a.db, QStringLiteral("customer"))
            != tableChecksum(*b.db, QStringLiteral("customer")));
}

void TestDemo::everyClaimKeepsTheInvariants()
{
    EmptyLedger &l = shared();
    QHash<qint64, qint64> lineSums;
    QHash<qint64, int> lineCounts;
    QSqlQuery lines = l.db->run(QStringLiteral(
        "SELECT invoice_id, line_no, amount_ore, text, account FROM invoice_line ORDER BY id"));
    while (lines.next()) {
        const qint64 id = lines.value(0).toLongLong();
        QCOMPARE(lines.value(1).toInt(), ++lineCounts[id]);
        lineSums[id] += lines.value(2).toLongLong();
        QVERIFY(!lines.value(3).toString().isEmpty());
        QCOMPARE(lines.value(4).toString().size(), 4);
    }
    struct Tx
    {
        qint64 effect = 0;
        qint64 credits = 0;
        qint64 capital = 0;
        int count = 0;
        QDate last;
    };
    QHash<qint64, Tx> txs;
    QSqlQuery t = l.db->run(QStringLiteral(
        "SELECT invoice_id, effect_ore, capital_part_ore, transaction_date, registered_date, "
        "booked_date, method, amount_ore, source, reminder_fee_part_ore + "
        "collection_fee_part_ore + interest_part_ore FROM ledger_transaction ORDER BY id"));
    while (t.next()) {
        Tx &x = txs[t.value(0).toLongLong()];
        const qint64 effect = t.value(1).toLongLong();
        x.effect += effect;
        x.credits += effect < 0 ? -effect : 0;
        x.capital += t.value(2).toLongLong();
        ++x.count;
        const QDate date = toDate(t.value(3));
        QVERIFY(!x.last.isValid() || x.last <= date);
        x.last = date;
        QVERIFY(date <= kToday);
        QCOMPARE(toDate(t.value(4)), date);
        QCOMPARE(toDate(t.value(5)), date < kToday ? date : QDate());
        QVERIFY(QStringList({QStringLiteral("B"), QStringLiteral("5")})
                    .contains(t.value(6).toString()));
        QVERIFY(t.value(7).toLongLong() > 0);
        QCOMPARE(t.value(8).toString(), QStringLiteral("demo"));
        QCOMPARE(t.value(9).toLongLong(), 0); // no fees on demo claims
    }

    const QDate windowStart = kToday.addMonths(-24);
    QSqlQuery q = l.db->run(QStringLiteral(
        "SELECT id, invoice_number, routine, amount_ore, capital_open_ore, reminder_fee_open_ore, "
        "collection_fee_open_ore, interest_open_ore, balance_ore, paid_ore, final_paid_date, "
        "invoice_date, due_date, ocr, version, company FROM invoice ORDER BY id"));
    int checked = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString number = q.value(1).toString();
        const qint64 amount = q.value(3).toLongLong();
        const qint64 capitalOpen = q.value(4).toLongLong();
        const qint64 balance = q.value(8).toLongLong();
        const QDate finalPaid = toDate(q.value(10));
        const QDate invoiceDate = toDate(q.value(11));
        const QDate dueDate = toDate(q.value(12));
        const Tx x = txs.value(id);
        const QByteArray what = number.toLatin1();
        QVERIFY2(number.size() == 9 && number.startsWith(q.value(2).toString()), what);
        QVERIFY2(amount != 0, what);
        QCOMPARE(balance, capitalOpen + q.value(5).toLongLong() + q.value(6).toLongLong()
                              + q.value(7).toLongLong());
        QCOMPARE(balance, amount + x.effect);
        QCOMPARE(q.value(9).toLongLong(), x.credits);
        QCOMPARE(capitalOpen - amount, x.capital);
        // Final-paid iff the balance is 0, on the day it got there.
        QVERIFY2(finalPaid.isValid() == (balance == 0), what);
        if (finalPaid.isValid()) {
            QCOMPARE(finalPaid, x.last);
            QVERIFY2(finalPaid <= kToday, what);
        }
        // A claim is never overpaid: payments stop at 0.
        QVERIFY2(amount > 0 ? (balance >= 0 && balance <= amount)
                            : (balance <= 0 && balance >= amount),
                 what);
        QVERIFY2(invoiceDate > windowStart && invoiceDate <= kToday, what);
        QVERIFY2(dueDate >= invoiceDate.addDays(30) && dueDate <= invoiceDate.addDays(36), what);
        QString why;
        QVERIFY2(Ocr::validateOcr(q.value(13).toString(), Ocr::OcrCheck::LengthAndCheckDigit, &why),
                 qPrintable(why));
        QCOMPARE(q.value(13).toString(), Ocr::ocrForInvoice(number));
        QCOMPARE(q.value(14).toInt(), 1 + x.count);
        QCOMPARE(lineSums.value(id), amount);
        QVERIFY2(lineCounts.value(id) >= 1 && lineCounts.value(id) <= 3, what);
        ++checked;
    }
    QCOMPARE(checked, 2000);
}

void TestDemo::transactionsAreWhatSettleWouldPost()
{
    // Replays every claim's transactions through posting.h settle(): the
    // generator must have split them exactly as the engine would.
    EmptyLedger &l = shared();
    ReferenceData ref(*l.db);
    QHash<QString, PaymentMethod> methods;
    for (const PaymentMethod &m : ref.paymentMethods())
        methods.insert(m.code, m);
    QSqlQuery q = l.db->run(QStringLiteral(
        "SELECT i.id, i.amount_ore, t.method, t.amount_ore, t.effect_ore, t.capital_part_ore, "
        "t.reminder_fee_part_ore, t.collection_fee_part_ore, t.interest_part_ore, t.no_interest "
        "FROM ledger_transaction t JOIN invoice i ON i.id = t.invoice_id ORDER BY i.id, t.id"));
    Invoice claim;
    int replayed = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (claim.id != id) {
            claim = Invoice();
            claim.id = id;
            claim.amount = claim.capitalOpen = claim.balance =
                Money::fromOre(q.value(1).toLongLong());
        }
        const PaymentMethod &m = methods[q.value(2).toString()];
        const Settlement s = settle(claim, m, Money::fromOre(q.value(3).toLongLong()));
        QCOMPARE(q.value(4).toLongLong(), s.effect().ore());
        QCOMPARE(q.value(5).toLongLong(), s.capital.ore());
        QCOMPARE(q.value(6).toLongLong(), s.reminderFee.ore());
        QCOMPARE(q.value(7).toLongLong(), s.collectionFee.ore());
        QCOMPARE(q.value(8).toLongLong(), s.interest.ore());
        QCOMPARE(q.value(9).toBool(), m.noInterestInvoicing);
        claim.capitalOpen += s.capital;
        claim.balance += s.effect();
        ++replayed;
    }
    QVERIFY(replayed > 1000);
}

void TestDemo::receiversAreValidAndSearchable()
{
    EmptyLedger &l = shared();
    QSqlQuery q = l.db->run(QStringLiteral(
        "SELECT i.id_number, i.id_search, i.id_number2, i.id_search2, i.name, i.name_key, i.name2, "
        "i.name2_key, i.address, i.address_key, i.customer_number, c.customer_number, c.company, "
        "i.company, c.id_number, c.id_kind, i.postal_code, i.city, i.co, i.description, "
        "i.handler, i.register_id, i.department FROM invoice i JOIN customer c ON "
        "c.id = i.customer_id"));
    int rows = 0;
    QSet<QString> kinds;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QString why;
        const auto parsed = SwedishId::parse(id, kToday, &why);
        QVERIFY2(parsed, qPrintable(id + QLatin1String(": ") + why));
        QCOMPARE(parsed->normalized(), id);
        QCOMPARE(q.value(1).toString(), idSearchKey(id));
        const QString id2 = q.value(2).toString();
        if (!id2.isEmpty()) {
            const auto parsed2 = SwedishId::parse(id2, kToday, &why);
            QVERIFY2(parsed2 && parsed2->isPerson(), qPrintable(id2 + QLatin1String(": ") + why));
            QVERIFY(!q.value(6).toString().isEmpty());
        }
        QCOMPARE(q.value(3).toString(), idSearchKey(id2));
        QCOMPARE(q.value(5).toString(), searchKey(q.value(4).toString()));
        QCOMPARE(q.value(7).toString(), searchKey(q.value(6).toString()));
        QCOMPARE(q.value(9).toString(), searchKey(q.value(8).toString()));
        QCOMPARE(q.value(10).toString(), q.value(11).toString());
        QCOMPARE(q.value(12).toString(), q.value(13).toString());
        QCOMPARE(q.value(14).toString(), id);
        kinds.insert(q.value(15).toString());
        QCOMPARE(q.value(15).toString(), parsed->kind() == SwedishId::Kind::Organisationsnummer
                                             ? QStringLiteral("O")
                                             : (parsed->kind() == SwedishId::Kind::Samordningsnummer
                                                    ? QStringLiteral("S")
                                                    : QStringLiteral("P")));
        if (parsed->isPerson()) {
            QVERIFY2(parsed->birthDate().year() >= 1930 && parsed->birthDate().year() <= 2005,
                     qPrintable(id));
            // Persons are listed surname first: "Andersson, Anna".
            QVERIFY2(q.value(4).toString().contains(QStringLiteral(", ")),
                     qPrintable(q.value(4).toString()));
        }
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{3} \\d{2}$"))
                     .match(q.value(16).toString())
                     .hasMatch(),
                 qPrintable(q.value(16).toString()));
        // Field limits of the handbook (types.h limits).
        QVERIFY(q.value(4).toString().size() <= limits::Name);
        QVERIFY(q.value(6).toString().size() <= limits::Name);
        QVERIFY(q.value(8).toString().size() <= limits::Address);
        QVERIFY(q.value(17).toString().size() <= limits::City && !q.value(17).toString().isEmpty());
        QVERIFY(q.value(18).toString().size() <= limits::Co);
        QVERIFY(q.value(19).toString().size() <= limits::Description);
        QVERIFY(q.value(20).toString().size() <= limits::Handler);
        QVERIFY(q.value(21).toString().size() <= limits::RegisterId);
        QVERIFY(q.value(22).toString().size() <= limits::Department);
        ++rows;
    }
    QCOMPARE(rows, 2000); // every claim has its customer
    QVERIFY(kinds.contains(QStringLiteral("P")));
    QVERIFY(kinds.contains(QStringLiteral("O")));
}

void TestDemo::companies()
{
    EmptyLedger &l = shared();
    const auto kommun = ReferenceData(*l.db).company(QStringLiteral("001"));
    const auto housing = ReferenceData(*l.db).company(QStringLiteral("002"));
    QVERIFY(kommun && housing);
    QVERIFY2(kommun->name.endsWith(QStringLiteral(" kommun")), qPrintable(kommun->name));
    QVERIFY2(housing->name.endsWith(QStringLiteral(" Bostäder AB")), qPrintable(housing->name));
    QString why;
    const auto kommunId = SwedishId::parse(kommun->orgNr, kToday, &why);
    QVERIFY2(kommunId && kommunId->kind() == SwedishId::Kind::Organisationsnummer, qPrintable(why));
    QVERIFY2(kommun->orgNr.startsWith(QStringLiteral("212000-")), qPrintable(kommun->orgNr));
    const auto housingId = SwedishId::parse(housing->orgNr, kToday, &why);
    QVERIFY2(housingId && housing->orgNr.startsWith(QStringLiteral("556")),
             qPrintable(housing->orgNr));
    QVERIFY2(Bankgiro::parse(kommun->bankgiro, &why), qPrintable(why));
    QVERIFY2(Plusgiro::parse(kommun->plusgiro, &why), qPrintable(why));
    QVERIFY2(Bankgiro::parse(housing->bankgiro, &why), qPrintable(why));
    QVERIFY(!kommun->address.isEmpty() && !kommun->postalCode.isEmpty() && !kommun->city.isEmpty());
}

void TestDemo::routinesPerCompany_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QString>("company");
    QTest::addColumn<qint64>("minKronor");
    QTest::addColumn<qint64>("maxKronor");
    QTest::newRow("01 diverse, kommunen, 100-20 000 kr") << "01"
                                                         << "001" << 100LL << 20000LL;
    QTest::newRow("02 hemtjänst, kommunen, 200-2 500 kr") << "02"
                                                          << "001" << 200LL << 2500LL;
    QTest::newRow("03 barnomsorg, kommunen, 400-1 600 kr") << "03"
                                                           << "001" << 400LL << 1600LL;
    QTest::newRow("04 vatten, kommunen, 800-3 000 kr") << "04"
                                                       << "001" << 800LL << 3000LL;
    QTest::newRow("24 renhållning, kommunen, 500-1 500 kr") << "24"
                                                            << "001" << 500LL << 1500LL;
    QTest::newRow("07 hyror, bostadsbolaget, 5 000-12 000 kr") << "07"
                                                               << "002" << 5000LL << 12000LL;
}

void TestDemo::routinesPerCompany()
{
    QFETCH(QString, routine);
    QFETCH(QString, company);
    QFETCH(qint64, minKronor);
    QFETCH(qint64, maxKronor);
    EmptyLedger &l = shared();
    QSqlQuery q =
        l.db->run(QStringLiteral("SELECT company, COUNT(*), MIN(amount_ore), MAX(amount_ore) "
                                 "FROM invoice WHERE routine = ? AND amount_ore > 0 "
                                 "GROUP BY company"),
                  {routine});
    QVERIFY2(q.next(), "the routine has invoices");
    QCOMPARE(q.value(0).toString(), company);
    QVERIFY(q.value(1).toInt() > 0);
    QVERIFY2(q.value(2).toLongLong() >= minKronor * 100, qPrintable(q.value(2).toString()));
    QVERIFY2(q.value(3).toLongLong() <= maxKronor * 100, qPrintable(q.value(3).toString()));
    QVERIFY2(!q.next(), "only in its own company");
}

void TestDemo::billingRhythm_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<int>("perYear");
    QTest::newRow("02 hemtjänst monthly") << "02" << 12;
    QTest::newRow("03 barnomsorg monthly") << "03" << 12;
    QTest::newRow("07 hyror monthly") << "07" << 12;
    QTest::newRow("04 vatten every other month (some quarterly)") << "04" << 6;
    QTest::newRow("24 renhållning quarterly") << "24" << 4;
}

void TestDemo::billingRhythm()
{
    QFETCH(QString, routine);
    QFETCH(int, perYear);
    // Per customer over the 24 months: never more than the rhythm allows, and
    // a customer there all the time gets exactly that many.
    EmptyLedger &l = big();
    QSqlQuery q = l.db->run(QStringLiteral("SELECT customer_id, COUNT(*) FROM invoice WHERE "
                                           "routine = ? AND amount_ore > 0 GROUP BY customer_id"),
                            {routine});
    QHash<int, int> histogram;
    while (q.next())
        ++histogram[q.value(1).toInt()];
    QVERIFY(!histogram.isEmpty());
    int mostCommon = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        QVERIFY2(it.key() <= 2 * perYear, qPrintable(QString::number(it.key())));
        if (histogram.value(mostCommon) < it.value())
            mostCommon = it.key();
    }
    QCOMPARE(mostCommon, 2 * perYear);
}

void TestDemo::outcomeMix()
{
    // Of the ordinary claims whose due date passed long enough ago for late
    // payers to have paid: ~80 % paid on time, ~8 % late, ~4 % partly,
    // ~5 % not at all; ~2 % of all claims are credit invoices.
    EmptyLedger &l = big();
    const QString old = kToday.addDays(-160).toString(Qt::ISODate);
    auto share = [&](const QString &where) {
        const double n = l.count(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE amount_ore > 0 "
                                                "AND due_date < '%1' AND %2")
                                     .arg(old, where));
        const double all =
            l.count(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE amount_ore > 0 "
                                   "AND due_date < '%1'")
                        .arg(old));
        return 100.0 * n / all;
    };
    const double onTime = share(QStringLiteral("balance_ore = 0 AND final_paid_date <= due_date"));
    const double late = share(QStringLiteral("balance_ore = 0 AND final_paid_date > due_date"));
    const double partly = share(QStringLiteral("paid_ore > 0 AND balance_ore > 0"));
    const double unpaid = share(QStringLiteral("paid_ore = 0"));
    const double credits =
        100.0 * l.count(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE amount_ore < 0"))
        / 20000.0;
    const QByteArray mix =
        QStringLiteral("on time %1 %, late %2 %, partly %3 %, unpaid %4 %, credits %5 %")
            .arg(onTime)
            .arg(late)
            .arg(partly)
            .arg(unpaid)
            .arg(credits)
            .toLatin1();
    QVERIFY2(onTime > 78 && onTime < 86, mix);
    QVERIFY2(late > 6.5 && late < 12, mix);
    QVERIFY2(partly > 2.5 && partly < 6, mix);
    QVERIFY2(unpaid > 3.5 && unpaid < 7, mix);
    QVERIFY2(credits > 1.2 && credits < 3, mix);
    // Credits: most refunded (final-paid), some still open (negative balance).
    QVERIFY(l.count(QStringLiteral(
                "SELECT COUNT(*) FROM invoice WHERE amount_ore < 0 AND balance_ore = 0"))
            > 0);
    QVERIFY(l.count(QStringLiteral(
                "SELECT COUNT(*) FROM invoice WHERE amount_ore < 0 AND balance_ore < 0"))
            > 0);
    // Not yet due: open or paid early, never late.
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE due_date >= '%1' AND "
                                    "final_paid_date > due_date")
                         .arg(kToday.toString(Qt::ISODate))),
             0);
    QVERIFY(l.count(QStringLiteral(
                        "SELECT COUNT(*) FROM invoice WHERE due_date >= '%1' AND balance_ore > 0")
                        .arg(kToday.toString(Qt::ISODate)))
            > 0);
}

void TestDemo::searchFindsDemoClaims_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("name And") << int(InvoiceSearch::Field::Name) << "And";
    QTest::newRow("name lars (Larsson)") << int(InvoiceSearch::Field::Name) << "lars";
    QTest::newRow("name Ö (after Z)") << int(InvoiceSearch::Field::Name) << "Ö";
    QTest::newRow("person number 4 (born in the 1940s)")
        << int(InvoiceSearch::Field::IdNumber) << "4";
    QTest::newRow("customer number 1") << int(InvoiceSearch::Field::CustomerNumber) << "1";
    QTest::newRow("address S") << int(InvoiceSearch::Field::Address) << "S";
}

void TestDemo::searchFindsDemoClaims()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    EmptyLedger &l = big();
    InvoiceSearch s;
    s.field = InvoiceSearch::Field(field);
    s.text = text;
    const auto rows = InvoiceSearchQuery(*l.db).search(s);
    QVERIFY2(!rows.isEmpty(), qPrintable(text));
    const QString key = searchKey(text);
    for (const InvoiceSearchRow &r : rows) {
        if (s.field == InvoiceSearch::Field::Name)
            QVERIFY2(searchKey(r.name).startsWith(key) || searchKey(r.name2).startsWith(key),
                     qPrintable(r.name));
        if (s.field == InvoiceSearch::Field::Address)
            QVERIFY2(searchKey(r.address).startsWith(key), qPrintable(r.address));
        if (s.field == InvoiceSearch::Field::CustomerNumber)
            QVERIFY(r.customerNumber.startsWith(text));
    }
}

void TestDemo::indexesAndSettingsAreRestored()
{
    if (test::onPostgres())
        QSKIP("SQLite only: the generator drops and remakes indexes and pragmas there");
    EmptyLedger fresh;
    const auto expected = indexDefinitions(*fresh.db);
    QVERIFY(expected.size() > 15);
    EmptyLedger &l = shared();
    QCOMPARE(indexDefinitions(*l.db), expected);
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA synchronous")).toInt(),
             fresh.db->scalar(QStringLiteral("PRAGMA synchronous")).toInt());
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA cache_size")).toInt(),
             fresh.db->scalar(QStringLiteral("PRAGMA cache_size")).toInt());
    QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
}

void TestDemo::cancelRollsEverythingBack()
{
    EmptyLedger l;
    DemoOptions o;
    o.invoices = 25000;
    QList<qint64> seen;
    auto progress = [&seen](qint64 done, qint64 total) {
        seen.append(done);
        return done < 10000 || total != 25000; // cancel at the first 10 000
    };
    try {
        generateDemo(*l.db, o, progress);
        QFAIL("a cancelled run returned");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
    }
    QCOMPARE(seen, (QList<qint64>{0, 10000}));
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM invoice")), 0);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM routine")), 0);
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM company")), 0);
    EmptyLedger fresh;
    QCOMPARE(indexDefinitions(*l.db), indexDefinitions(*fresh.db));
    if (!test::onPostgres())
        QCOMPARE(l.db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));

    // Uncancelled, the callback sees every 10 000 and the end.
    seen.clear();
    EmptyLedger full;
    generateDemo(*full.db, o, [&seen](qint64 done, qint64) {
        seen.append(done);
        return true;
    });
    QCOMPARE(seen, (QList<qint64>{0, 10000, 20000, 25000}));
}

void TestDemo::fillsAnExistingLedger()
{
    // An initialised ledger keeps its company 001; the housing company is
    // added; a second run goes on with the number series.
    test::TestLedger l(kToday);
    l.registerInvoices(
        {test::TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(100))});
    DemoOptions o;
    o.invoices = 800;
    generateDemo(*l.db, o);
    o.seed = 2;
    generateDemo(*l.db, o);
    QCOMPARE(l.count(QStringLiteral("invoice")), 1601);
    QCOMPARE(ReferenceData(*l.db).company(QStringLiteral("001"))->name,
             QStringLiteral("Testkommunen"));
    QVERIFY(ReferenceData(*l.db).company(QStringLiteral("002")));
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT COUNT(DISTINCT customer_number) FROM customer"))
                 .toInt(),
             l.db->scalar(QStringLiteral("SELECT COUNT(*) FROM customer")).toInt());
    EmptyLedger fresh;
    QCOMPARE(indexDefinitions(*l.db), indexDefinitions(*fresh.db));
}

void TestDemo::refusesZeroInvoices()
{
    EmptyLedger l;
    QVERIFY_THROWS_EXCEPTION(LedgerError, l.generate(0));
    QCOMPARE(l.count(QStringLiteral("SELECT COUNT(*) FROM routine")), 0);
}

void TestDemo::todayFarBackGivesAdultsBornBefore()
{
    // --today 1995-03-01: the 24 months end there and every debtor is an
    // adult born before it, so each person number is valid as of that day.
    const QDate today(1995, 3, 1);
    EmptyLedger l;
    l.db->setToday(today);
    l.generate(1500);
    QSqlQuery q =
        l.db->run(QStringLiteral("SELECT id_number, id_number2, invoice_date FROM invoice"));
    while (q.next()) {
        QVERIFY(toDate(q.value(2)) <= today);
        for (int i = 0; i < 2; ++i) {
            const QString id = q.value(i).toString();
            if (id.isEmpty())
                continue;
            QString why;
            const auto parsed = SwedishId::parse(id, today, &why);
            QVERIFY2(parsed, qPrintable(id + QLatin1String(": ") + why));
            if (parsed->isPerson())
                QVERIFY2(parsed->birthDate().addYears(18) <= today.addYears(1), qPrintable(id));
        }
    }
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
