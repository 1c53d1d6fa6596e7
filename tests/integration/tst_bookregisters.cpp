// Uppdatera bokföring (handbook 4.6) books all money that came in: besides
// the transactions, the unplaced payments (bank → observation account 2990)
// and the overpayments (→ 2420, förskott från kunder) the import leaves in
// its registers (handbook 3.4), so the bank account gets the whole deposit.
// Expected postings worked out by hand, in öre (SIE sign: + debit, − credit):
// claims A 1 000,00 and B 500,00 (one customer), C 300,00 (another); a
// payment of P on a claim with open O takes min(P, O) off the receivable
// 1510, the excess P − O is an overpayment; an unknown reference is
// unplaced; the bank (1930 bankgiro, 1920 plusgiro) gets the file's total.
#include "bgmaxbuilder.h"
#include "paymentimportfixture.h"
#include "totalinbuilder.h"

#include "bookkeeping/bookingrun.h"
#include "payments/overpaymentregister.h"
#include "payments/unplacedregister.h"

#include <QMap>

using namespace rsk;
using rsk::test::BgMaxBuilder;
using rsk::test::PaymentImportFixture;
using rsk::test::TotalInBuilder;

namespace {

const QString kA = QStringLiteral("010000001");
const QString kB = QStringLiteral("010000002");
const QString kC = QStringLiteral("010000003");
const QString kUnknown = QStringLiteral("10000099"); // no such claim: unplaced
const QDate kPaid(2026, 11, 25);
const QDate kBookDate(2026, 11, 26);

using Account = QMap<QString, qint64>; // account → sum of its postings

void claims(PaymentImportFixture &f)
{
    f.claim(kA, 100000);
    f.claim(kB, 50000);
    f.claim(kC, 30000, QString(), QStringLiteral("701063-2391"));
    f.limits(0, 0); // every excess to the overpayment register, none written off
}

// One file of `kind` with a payment per (reference, öre); returns the
// deposit the file says it brought (TK15 / Total-IN 90 total).
qint64 importFile(PaymentImportFixture &f, const QString &kind,
                  const QList<QPair<QString, qint64>> &payments)
{
    qint64 deposit = 0;
    for (const auto &p : payments)
        deposit += p.second;
    if (kind == QLatin1String("totalin")) {
        TotalInBuilder b;
        b.start().account(QStringLiteral("58056201"), kPaid);
        for (const auto &p : payments)
            b.payment(p.second, p.first);
        const ImportSummary s = f.importTotalIn(b.endAccount().end().bytes());
        if (s.amount.ore() != deposit)
            qFatal("Total-IN deposit %lld, expected %lld", s.amount.ore(), deposit);
    } else {
        BgMaxBuilder b;
        b.start().section(QStringLiteral("5805-6201"));
        for (const auto &p : payments)
            b.payment(p.first, p.second, p.first.startsWith(QLatin1Char('H')) ? 3 : 2);
        // TK15 carries the deposit: the builder sums the TK20 amounts into it.
        const ImportSummary s = f.importBgMax(b.endSection(kPaid).end().bytes());
        if (s.amount.ore() != deposit)
            qFatal("BgMax deposit %lld, expected %lld", s.amount.ore(), deposit);
    }
    return deposit;
}

BookingSelection upTo(const QDate &date = kBookDate, const QString &user = QString())
{
    BookingSelection s;
    s.date = date;
    s.user = user;
    return s;
}

Account sums(const BookingResult &r)
{
    Account out;
    for (const Verification &v : r.verifications)
        for (const BookingPosting &p : v.postings)
            out[p.account] += p.amount.ore();
    return out;
}

// What every booking order so far put on each account.
Account ledger(PaymentImportFixture &f)
{
    Account out;
    QSqlQuery q = f.l.db->run(QStringLiteral(
        "SELECT account, SUM(amount_ore) FROM booking_posting GROUP BY account"));
    while (q.next())
        out[q.value(0).toString()] = q.value(1).toLongLong();
    return out;
}

qint64 total(const Account &a)
{
    qint64 s = 0;
    for (qint64 v : a)
        s += v;
    return s;
}

// Accounts with 0 dropped, to compare with a hand-made map.
Account nonZero(Account a)
{
    for (auto it = a.begin(); it != a.end();)
        it = it.value() == 0 ? a.erase(it) : std::next(it);
    return a;
}

QString show(const Account &a)
{
    QStringList parts;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestBookRegisters : public QObject
{
    Q_OBJECT
private slots:
    void bookImport_data();
    void bookImport();
    void selection_data();
    void selection();
    void placeUnplaced_data();
    void placeUnplaced();
    void moveOverpayment_data();
    void moveOverpayment();
};

void TestBookRegisters::bookImport_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("onA");      // paid on A (OCR), 0 = none
    QTest::addColumn<qint64>("unplaced"); // paid to an unknown reference
    QTest::addColumn<qint64>("onB");      // paid on B (open 50000)
    QTest::addColumn<QString>("bank");
    QTest::addColumn<qint64>("receivable"); // −(what the claims took)
    QTest::addColumn<qint64>("overpaid");   // onB − 50000 when above
    // 100000 + 40000 + 70000 = 210000 in; A takes 100000, B 50000: 1510
    // −150000; 40000 to 2990, 70000 − 50000 = 20000 to 2420.
    QTest::newRow("BgMax: matched, unplaced, overpaid")
        << "bgmax" << 100000LL << 40000LL << 70000LL << "1930" << -150000LL << 20000LL;
    QTest::newRow("Total-IN: the same on the plusgiro account")
        << "totalin" << 100000LL << 40000LL << 70000LL << "1920" << -150000LL << 20000LL;
    // Only an unknown reference: 1930 +40000, 2990 −40000, nothing else.
    QTest::newRow("BgMax: only unplaced") << "bgmax" << 0LL << 40000LL << 0LL << "1930" << 0LL
                                          << 0LL;
    // B takes 50000 of 50001: 1 öre overpaid.
    QTest::newRow("BgMax: one öre overpaid") << "bgmax" << 0LL << 0LL << 50001LL << "1930"
                                             << -50000LL << 1LL;
}

void TestBookRegisters::bookImport()
{
    QFETCH(QString, kind);
    QFETCH(qint64, onA);
    QFETCH(qint64, unplaced);
    QFETCH(qint64, onB);
    QFETCH(QString, bank);
    QFETCH(qint64, receivable);
    QFETCH(qint64, overpaid);
    PaymentImportFixture f;
    claims(f);
    QList<QPair<QString, qint64>> payments;
    if (onA > 0)
        payments << qMakePair(f.ocr(kA), onA);
    if (unplaced > 0)
        payments << qMakePair(kind == QLatin1String("totalin") ? kUnknown
                                                               : QStringLiteral("HYRA NOV"),
                              unplaced);
    if (onB > 0)
        payments << qMakePair(f.ocr(kB), onB);
    const qint64 deposit = importFile(f, kind, payments);

    // The kontrollista shows exactly what the run writes, and changes nothing.
    const QString before = f.fingerprint();
    const BookingResult planned = BookingRun(*f.l.db).plan(upTo());
    QCOMPARE(f.fingerprint(), before);

    const BookingResult done = BookingRun(*f.l.db).run(upTo());
    QCOMPARE(done.verifications.size(), 1);
    QCOMPARE(done.verifications.first().sum().ore(), 0LL);
    Account expected{{bank, deposit}, {QStringLiteral("1510"), receivable},
                     {QStringLiteral("2990"), -unplaced}, {QStringLiteral("2420"), -overpaid}};
    QCOMPARE(show(nonZero(sums(done))), show(nonZero(expected)));
    QCOMPARE(show(sums(planned)), show(sums(done)));
    QCOMPARE(planned.registerRowCount(), done.registerRowCount());
    QCOMPARE(done.registerRowCount(), int(unplaced > 0) + int(overpaid > 0));

    // Every register row is stamped with the order; none is left unbooked.
    const qint64 order = done.verifications.first().orderId;
    for (const QString &table : {QStringLiteral("unplaced_payment"), QStringLiteral("overpayment")})
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE booked_date IS NULL OR "
                                         "booking_order_id <> ?")
                              .arg(table),
                          {order}),
                 0LL);

    // Running again books nothing twice.
    const Account afterFirst = ledger(f);
    const BookingResult again = BookingRun(*f.l.db).run(upTo());
    QCOMPARE(again.verifications.size(), 0);
    QCOMPARE(again.registerRowCount(), 0);
    QCOMPARE(show(ledger(f)), show(afterFirst));
}

void TestBookRegisters::selection_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("companyFrom");
    QTest::addColumn<int>("rows"); // register rows booked (the unplaced and the overpaid)
    QTest::newRow("everything up to the payment date") << kPaid << QString() << QString() << 2;
    QTest::newRow("paid after the date: waits") << kPaid.addDays(-1) << QString() << QString()
                                                << 0;
    QTest::newRow("the importing user") << kBookDate << QStringLiteral("testare") << QString()
                                        << 2;
    QTest::newRow("another user: nothing") << kBookDate << QStringLiteral("kassan") << QString()
                                           << 0;
    QTest::newRow("companies from 002: nothing") << kBookDate << QString()
                                                 << QStringLiteral("002") << 0;
}

void TestBookRegisters::selection()
{
    QFETCH(QDate, date);
    QFETCH(QString, user);
    QFETCH(QString, companyFrom);
    QFETCH(int, rows);
    PaymentImportFixture f;
    claims(f);
    importFile(f, QStringLiteral("bgmax"),
               {{QStringLiteral("HYRA NOV"), 40000}, {f.ocr(kB), 70000}});
    BookingSelection s = upTo(date, user);
    s.companyFrom = companyFrom;
    const BookingResult r = BookingRun(*f.l.db).run(s);
    QCOMPARE(r.registerRowCount(), rows);
    QCOMPARE(total(sums(r)), 0LL);
    QCOMPARE(f.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM unplaced_payment WHERE "
                                     "booked_date IS NOT NULL) + (SELECT COUNT(*) FROM "
                                     "overpayment WHERE booked_date IS NOT NULL)")),
             qint64(rows));
}

void TestBookRegisters::placeUnplaced_data()
{
    QTest::addColumn<qint64>("amount");     // the unplaced payment
    QTest::addColumn<QString>("claim");     // placed on
    QTest::addColumn<qint64>("taken");      // what the claim took (1510 credit)
    QTest::addColumn<qint64>("overpaid");   // the rest, to 2420
    QTest::addColumn<bool>("refundFirst");  // a second unplaced payment refunded
    // 40000 on B (open 50000): 2990 +40000, 1510 −40000.
    QTest::newRow("400,00 on B 500,00") << 40000LL << kB << 40000LL << 0LL << false;
    // 70000 on B: B takes 50000; 20000 moves from 2990 to 2420.
    QTest::newRow("700,00 on B 500,00: 200,00 overpaid") << 70000LL << kB << 50000LL << 20000LL
                                                          << false;
    // A refund posts nothing: its 12345 stays on 2990 (paid back outside).
    QTest::newRow("with a refunded one beside it") << 40000LL << kC << 30000LL << 10000LL
                                                   << true;
}

void TestBookRegisters::placeUnplaced()
{
    QFETCH(qint64, amount);
    QFETCH(QString, claim);
    QFETCH(qint64, taken);
    QFETCH(qint64, overpaid);
    QFETCH(bool, refundFirst);
    PaymentImportFixture f;
    claims(f);
    QList<QPair<QString, qint64>> payments{{QStringLiteral("HYRA NOV"), amount}};
    if (refundFirst)
        payments << qMakePair(QStringLiteral("HYRA DEC"), 12345LL);
    const qint64 deposit = importFile(f, QStringLiteral("bgmax"), payments);
    const BookingResult first = BookingRun(*f.l.db).run(upTo());
    QCOMPARE(show(nonZero(sums(first))),
             show(Account{{QStringLiteral("1930"), deposit}, {QStringLiteral("2990"), -deposit}}));

    UnplacedRegister reg(*f.l.db);
    const QList<UnplacedPayment> open = reg.list(QStringLiteral("001"));
    QCOMPARE(open.size(), refundFirst ? 2 : 1);
    if (refundFirst)
        reg.markRefunded(open.last().id, QStringLiteral("tillbaka till betalaren"));
    const auto placed = reg.place(open.first().id, claim);
    QCOMPARE(placed.posted.ore(), taken);
    QCOMPARE(placed.overpaid.ore(), overpaid);

    // The placement moves the money from 2990 to the receivable (and the
    // excess on to 2420); the bank is not touched again.
    const BookingResult second = BookingRun(*f.l.db).run(upTo());
    QCOMPARE(second.verifications.size(), 1);
    QCOMPARE(second.verifications.first().sum().ore(), 0LL);
    QCOMPARE(show(nonZero(sums(second))),
             show(nonZero(Account{{QStringLiteral("2990"), amount},
                                  {QStringLiteral("1510"), -taken},
                                  {QStringLiteral("2420"), -overpaid}})));
    // Over both runs: the bank has the deposit, 2990 only the refunded one.
    QCOMPARE(show(nonZero(ledger(f))),
             show(nonZero(Account{{QStringLiteral("1930"), deposit},
                                  {QStringLiteral("1510"), -taken},
                                  {QStringLiteral("2420"), -overpaid},
                                  {QStringLiteral("2990"), amount - deposit}})));
    QCOMPARE(BookingRun(*f.l.db).run(upTo()).verifications.size(), 0);
}

void TestBookRegisters::moveOverpayment_data()
{
    QTest::addColumn<qint64>("paidOnA"); // A open 100000: the excess is overpaid
    QTest::addColumn<bool>("bookFirst"); // booked between the import and the move
    QTest::addColumn<qint64>("moved");   // what B (open 50000) takes
    QTest::addColumn<qint64>("rest");    // left on A's overpayment
    // 130000 on A: 30000 over; all of it fits on B.
    QTest::newRow("300,00 moved whole, booked between") << 130000LL << true << 30000LL << 0LL;
    // 180000 on A: 80000 over; B takes 50000, 30000 rest stays on 2420.
    QTest::newRow("800,00, 500,00 moved, booked between") << 180000LL << true << 50000LL
                                                          << 30000LL;
    QTest::newRow("800,00, 500,00 moved, one booking after") << 180000LL << false << 50000LL
                                                             << 30000LL;
}

void TestBookRegisters::moveOverpayment()
{
    QFETCH(qint64, paidOnA);
    QFETCH(bool, bookFirst);
    QFETCH(qint64, moved);
    QFETCH(qint64, rest);
    PaymentImportFixture f;
    claims(f);
    importFile(f, QStringLiteral("bgmax"), {{f.ocr(kA), paidOnA}});
    if (bookFirst) {
        const BookingResult first = BookingRun(*f.l.db).run(upTo());
        QCOMPARE(sums(first).value(QStringLiteral("2420")), -(paidOnA - 100000));
    }
    OverpaymentRegister reg(*f.l.db);
    const QList<Overpayment> open = reg.list(QStringLiteral("001"));
    QCOMPARE(open.size(), 1);
    const auto m = reg.move(open.first().id, kB);
    QCOMPARE(m.posted.ore(), moved);
    QCOMPARE(m.rest.ore(), rest);

    const BookingResult last = BookingRun(*f.l.db).run(upTo());
    QCOMPARE(total(sums(last)), 0LL);
    // Over all runs: the bank the whole payment, the receivable both claims'
    // parts, 2420 only what is still open (the rest).
    QCOMPARE(show(nonZero(ledger(f))),
             show(nonZero(Account{{QStringLiteral("1930"), paidOnA},
                                  {QStringLiteral("1510"), -(100000 + moved)},
                                  {QStringLiteral("2420"), -rest}})));
    QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM overpayment WHERE booked_date IS NULL")),
             0LL);
    QCOMPARE(BookingRun(*f.l.db).run(upTo()).verifications.size(), 0);
}

QTEST_GUILESS_MAIN(TestBookRegisters)
#include "tst_bookregisters.moc"
