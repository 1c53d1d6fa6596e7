// Ersättningsfaktura (handbook 6.3) in core: what goes on it — the invoice as
// issued, every transaction that changed the balance (text-only remarks left
// out) in date order with its text (the remark, a typed text, or none: only
// the amount), what is left to pay — the handler and date choices, the
// refusals, the warning for a passed due date, and what record() keeps: the
// invoice sent and its texts (which the next one starts from), audited, the
// claim itself unchanged; a claim changed since it was read is refused with
// nothing written.
//
// Claim 010000001: 1 000,00 invoiced 2026-01-01, handler Eva Ek; today is
// 2026-11-26 (TestLedger).
#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "ledger/replacementinvoice.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kNumber = QStringLiteral("010000001");

// One transaction to post: method, amount in öre, date, remark.
struct Post
{
    QString method;
    qint64 ore;
    QDate date;
    QString remark;
};

QString rowsText(const QList<ReplacementInvoice::Row> &rows)
{
    QStringList out;
    for (const ReplacementInvoice::Row &r : rows)
        out << QStringLiteral("%1|%2").arg(r.text, r.amount.toString());
    return out.join(QLatin1String("; "));
}

} // namespace

Q_DECLARE_METATYPE(QList<Post>)

class TestReplacementInvoice : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsAndAmountToPay_data();
    void rowsAndAmountToPay();
    void textsHandlerAndDate_data();
    void textsHandlerAndDate();
    void refusals_data();
    void refusals();
    void passedDueDateIsAWarning_data();
    void passedDueDateIsAWarning();
    void recordKeepsTheInvoiceAndItsTexts();
    void recordRefusesAClaimChangedSince();
    void onlyAClerkOfTheCompany_data();
    void onlyAClerkOfTheCompany();

private:
    void registerClaim(const QDate &due = QDate(2026, 12, 31));
    QList<qint64> post(const QList<Post> &posts);
    std::unique_ptr<TestLedger> m_ledger;
};

void TestReplacementInvoice::init()
{
    m_ledger = std::make_unique<TestLedger>();
}

void TestReplacementInvoice::cleanup()
{
    m_ledger.reset();
}

void TestReplacementInvoice::registerClaim(const QDate &due)
{
    InvoiceDraft d = TestLedger::draft(kNumber, Money::fromKronor(1000));
    d.customerNumber = QStringLiteral("1001");
    d.handler = QStringLiteral("Eva Ek");
    d.dueDate = due;
    m_ledger->registerInvoices({d});
}

QList<qint64> TestReplacementInvoice::post(const QList<Post> &posts)
{
    QList<qint64> ids;
    for (const Post &p : posts) {
        PostingRequest r;
        r.company = kCompany;
        r.invoiceNumber = kNumber;
        r.method = p.method;
        r.amount = Money::fromOre(p.ore);
        r.transactionDate = p.date;
        r.remark = p.remark;
        ids << PostingService(*m_ledger->db).post(r).id;
    }
    return ids;
}

void TestReplacementInvoice::rowsAndAmountToPay_data()
{
    QTest::addColumn<QList<Post>>("posts");
    QTest::addColumn<QString>("rows"); // text|amount; …
    QTest::addColumn<QString>("toPay");

    QTest::newRow("nothing happened: the whole amount")
        << QList<Post>{} << QString() << "1 000,00";
    // 1 000,00 − 400,00 = 600,00.
    QTest::newRow("a partial payment with its remark")
        << QList<Post>{{"1", 40000, QDate(2026, 3, 10), "Delbetalning"}}
        << "Delbetalning|-400,00" << "600,00";
    // Registered credit first, but listed by transaction date:
    // 1 000,00 − 200,00 − 150,00 = 650,00.
    QTest::newRow("credit and payment in date order")
        << QList<Post>{{"2", 15000, QDate(2026, 3, 1), "Kredit rad 2"},
                       {"1", 20000, QDate(2026, 2, 15), ""}}
        << "|-200,00; Kredit rad 2|-150,00" << "650,00";
    // A debited reminder fee raises the balance; the payment after it
    // settles the fee first (DOMAIN.md), but the invoice shows what each did
    // to the balance: 1 000,00 + 60,00 − 100,00 = 960,00.
    QTest::newRow("debited reminder fee, then a payment")
        << QList<Post>{{"7", 6000, QDate(2026, 2, 20), "Påminnelseavgift"},
                       {"1", 10000, QDate(2026, 3, 5), "Inbetalning"}}
        << "Påminnelseavgift|60,00; Inbetalning|-100,00" << "960,00";
    // A text-only transaction changes no amount: it is not on the invoice.
    // 1 000,00 − 250,00 = 750,00.
    QTest::newRow("text-only remark left out")
        << QList<Post>{{"T", 0, QDate(2026, 2, 1), "Kunden ringde"},
                       {"B", 25000, QDate(2026, 4, 1), "Bankgiro april"}}
        << "Bankgiro april|-250,00" << "750,00";
}

void TestReplacementInvoice::rowsAndAmountToPay()
{
    QFETCH(QList<Post>, posts);
    QFETCH(QString, rows);
    QFETCH(QString, toPay);
    registerClaim();
    post(posts);
    const ReplacementInvoice r =
        ReplacementInvoices(*m_ledger->db).make(QStringLiteral("1"), QStringLiteral("10000001"), {});
    QCOMPARE(rowsText(r.rows), rows);
    QCOMPARE(r.toPay.toString(), toPay);
    QCOMPARE(r.amount, Money::fromKronor(1000));
    // The invoice reconciles: amount + every row = what is left to pay,
    // which is the claim's balance.
    Money sum = r.amount;
    for (const ReplacementInvoice::Row &row : r.rows)
        sum += row.amount;
    QCOMPARE(sum, r.toPay);
    QCOMPARE(r.toPay, InvoiceRepository(*m_ledger->db).require(kCompany, kNumber).balance);
    QCOMPARE(r.ocr, QStringLiteral("01000000115"));
    QCOMPARE(r.dueDate, QDate(2026, 12, 31));
    QCOMPARE(r.debtorName, QStringLiteral("Andersson, Anna"));
    QCOMPARE(r.address, QStringLiteral("Storgatan 1"));
    QVERIFY(!r.addressWithheld);
    QCOMPARE(r.sender.name, QStringLiteral("Testkommunen"));
}

void TestReplacementInvoice::textsHandlerAndDate_data()
{
    QTest::addColumn<bool>("typeText");     // put a text for the payment in options.texts
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("newHandler");
    QTest::addColumn<bool>("originalDate");
    QTest::addColumn<QString>("text");      // on the invoice
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QDate>("invoiceDate");

    QTest::newRow("defaults: the remark, the claim's handler, today")
        << false << QString() << QString() << false << "Delbetalning" << "Eva Ek"
        << QDate(2026, 11, 26);
    QTest::newRow("typed text replaces the remark")
        << true << "Tack för delbetalningen" << QString() << false << "Tack för delbetalningen"
        << "Eva Ek" << QDate(2026, 11, 26);
    QTest::newRow("empty text: only the amount")
        << true << QString() << QString() << false << QString() << "Eva Ek"
        << QDate(2026, 11, 26);
    QTest::newRow("new handler and the original date")
        << false << QString() << "  Nils Ny 08-123 45  " << true << "Delbetalning"
        << "Nils Ny 08-123 45" << QDate(2026, 1, 1);
}

void TestReplacementInvoice::textsHandlerAndDate()
{
    QFETCH(bool, typeText);
    QFETCH(QString, typed);
    QFETCH(QString, newHandler);
    QFETCH(bool, originalDate);
    QFETCH(QString, text);
    QFETCH(QString, handler);
    QFETCH(QDate, invoiceDate);
    registerClaim();
    const qint64 id = post({{"1", 40000, QDate(2026, 3, 10), "Delbetalning"}}).first();
    ReplacementInvoiceOptions options;
    options.newHandler = newHandler;
    options.originalDate = originalDate;
    if (typeText)
        options.texts.insert(id, typed);
    const ReplacementInvoice r =
        ReplacementInvoices(*m_ledger->db).make(kCompany, kNumber, options);
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows.first().transactionId, id);
    QCOMPARE(r.rows.first().text, text);
    QCOMPARE(r.rows.first().amount, Money::fromKronor(-400));
    QCOMPARE(r.handler, handler);
    QCOMPARE(r.invoiceDate, invoiceDate);
    QCOMPARE(r.originalDate, QDate(2026, 1, 1));
}

void TestReplacementInvoice::refusals_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QList<Post>>("posts");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("text"); // typed for the first transaction
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    const int refused = int(LedgerError::Kind::Refused);
    const QList<Post> part{{"1", 40000, QDate(2026, 3, 10), "Delbetalning"}};
    QTest::newRow("handler of 31 characters")
        << kNumber << part << QString(31, QLatin1Char('H')) << "Delbetalning" << refused
        << "Ny handläggare är 31 tecken, högst 30";
    QTest::newRow("text of 41 characters")
        << kNumber << part << QString() << QString(41, QLatin1Char('t')) << refused
        << "41 tecken, högst 40";
    // 1 000,00 − 1 000,00 = 0: nothing left to pay.
    QTest::newRow("paid in full")
        << kNumber << QList<Post>{{"1", 100000, QDate(2026, 2, 1), ""}} << QString() << QString()
        << refused << "inget kvar att betala (saldo 0,00)";
    // 1 000,00 − 1 200,00 = −200,00: money to the customer.
    QTest::newRow("overpaid")
        << kNumber << QList<Post>{{"1", 120000, QDate(2026, 2, 1), ""}} << QString() << QString()
        << refused << "inget kvar att betala (saldo -200,00)";
    QTest::newRow("no such claim")
        << "010000009" << QList<Post>{} << QString() << QString()
        << int(LedgerError::Kind::NotFound) << "010000009";
}

void TestReplacementInvoice::refusals()
{
    QFETCH(QString, number);
    QFETCH(QList<Post>, posts);
    QFETCH(QString, handler);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, message);
    registerClaim();
    const QList<qint64> ids = post(posts);
    ReplacementInvoiceOptions options;
    options.newHandler = handler;
    if (!ids.isEmpty() && !text.isEmpty())
        options.texts.insert(ids.first(), text);
    try {
        ReplacementInvoices(*m_ledger->db).make(kCompany, number, options);
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("replacement_invoice")), 0);
}

void TestReplacementInvoice::passedDueDateIsAWarning_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("warning");
    QTest::newRow("due 2026-01-31, passed")
        << QDate(2026, 1, 31) << "Förfallodagen 2026-01-31 har passerat";
    QTest::newRow("due today, not passed") << QDate(2026, 11, 26) << QString();
    QTest::newRow("due 2026-12-31, ahead") << QDate(2026, 12, 31) << QString();
}

void TestReplacementInvoice::passedDueDateIsAWarning()
{
    QFETCH(QDate, due);
    QFETCH(QString, warning);
    registerClaim(due);
    const ReplacementInvoice r = ReplacementInvoices(*m_ledger->db).make(kCompany, kNumber, {});
    // A warning, not a refusal: the invoice is made, with the claim's due date.
    QCOMPARE(r.dueDate, due);
    if (warning.isEmpty()) {
        QCOMPARE(r.warnings, QStringList());
    } else {
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings.first().contains(warning), qPrintable(r.warnings.first()));
    }
}

void TestReplacementInvoice::recordKeepsTheInvoiceAndItsTexts()
{
    registerClaim();
    const QList<qint64> ids = post({{"1", 40000, QDate(2026, 3, 10), "Delbetalning"},
                                    {"2", 5000, QDate(2026, 3, 12), "Kredit"}});
    Database &db = *m_ledger->db;
    const Invoice before = InvoiceRepository(db).require(kCompany, kNumber);
    ReplacementInvoiceOptions options;
    options.texts.insert(ids.at(0), QStringLiteral("Tack för delbetalningen"));
    options.newHandler = QStringLiteral("Nils Ny");
    ReplacementInvoices service(db);
    const ReplacementInvoice r = service.make(kCompany, kNumber, options);
    // 1 000,00 − 400,00 − 50,00 = 550,00.
    QCOMPARE(r.toPay, Money::fromKronor(550));
    const qint64 id = service.record(r);
    QVERIFY(id > 0);

    QSqlQuery q = db.run(QStringLiteral("SELECT invoice_date, due_date, to_pay_ore, handler, "
                                        "created_by FROM replacement_invoice WHERE id = ?"),
                         {id});
    QVERIFY(q.next());
    QCOMPARE(toDate(q.value(0)), QDate(2026, 11, 26));
    QCOMPARE(toDate(q.value(1)), QDate(2026, 12, 31));
    QCOMPARE(q.value(2).toLongLong(), 55000);
    QCOMPARE(q.value(3).toString(), QStringLiteral("Nils Ny"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("testare"));
    QSqlQuery texts = db.run(QStringLiteral("SELECT transaction_id, text, amount_ore FROM "
                                            "replacement_invoice_text WHERE replacement_id = ? "
                                            "ORDER BY transaction_id"),
                             {id});
    QStringList stored;
    while (texts.next())
        stored << QStringLiteral("%1|%2|%3")
                      .arg(texts.value(0).toLongLong() == ids.at(0) ? "first" : "second",
                           texts.value(1).toString())
                      .arg(texts.value(2).toLongLong());
    QCOMPARE(stored, QStringList({QStringLiteral("first|Tack för delbetalningen|-40000"),
                                  QStringLiteral("second|Kredit|-5000")}));

    // Audited on the claim's key; the claim itself is not changed.
    const QList<AuditLog::Entry> audit =
        AuditLog(db).entriesFor(QStringLiteral("replacement_invoice"), kCompany + "/" + kNumber);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("insert"));
    QVERIFY2(audit.first().newValue.contains(QStringLiteral("att betala 550,00")),
             qPrintable(audit.first().newValue));
    const Invoice after = InvoiceRepository(db).require(kCompany, kNumber);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.dueDate, before.dueDate);
    QCOMPARE(after.balance, before.balance);

    // The next one starts from the texts printed: "Registrera text".
    const ReplacementInvoiceDraft draft = service.prepare(kCompany, kNumber);
    QCOMPARE(draft.issuedBefore, 1);
    QCOMPARE(draft.lastIssuedBy, QStringLiteral("testare"));
    QCOMPARE(draft.payments.size(), 2);
    QCOMPARE(draft.payments.at(0).text, QStringLiteral("Tack för delbetalningen"));
    QCOMPARE(draft.payments.at(0).remark, QStringLiteral("Delbetalning"));
    QCOMPARE(draft.payments.at(0).methodText, QStringLiteral("Inbetalning"));
    QCOMPARE(draft.payments.at(1).text, QStringLiteral("Kredit"));
    QCOMPARE(draft.payments.at(1).methodText, QStringLiteral("Kreditfaktura"));
}

void TestReplacementInvoice::recordRefusesAClaimChangedSince()
{
    registerClaim();
    post({{"1", 40000, QDate(2026, 3, 10), "Delbetalning"}});
    Database &db = *m_ledger->db;
    ReplacementInvoices service(db);
    const ReplacementInvoice r = service.make(kCompany, kNumber, {});
    // Someone registers a payment while the preview is open.
    post({{"1", 10000, QDate(2026, 11, 26), "Senare"}});
    try {
        service.record(r);
        QFAIL("a changed claim was recorded");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("har ändrats av testare")),
                 qPrintable(e.message()));
    }
    QCOMPARE(m_ledger->count(QStringLiteral("replacement_invoice")), 0);
    QCOMPARE(m_ledger->count(QStringLiteral("replacement_invoice_text")), 0);
    QCOMPARE(AuditLog(db)
                 .entriesFor(QStringLiteral("replacement_invoice"), kCompany + "/" + kNumber)
                 .size(),
             0);
}

void TestReplacementInvoice::onlyAClerkOfTheCompany_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("company");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk of 001") << int(Role::Clerk) << "001" << true;
    QTest::newRow("read-only user of 001") << int(Role::Read) << "001" << false;
    QTest::newRow("clerk of 002 only") << int(Role::Clerk) << "002" << false;
}

void TestReplacementInvoice::onlyAClerkOfTheCompany()
{
    QFETCH(int, role);
    QFETCH(QString, company);
    QFETCH(bool, allowed);
    registerClaim();
    m_ledger->db->setAccess(Access(QStringLiteral("testare"), Role(role), {company}));
    try {
        ReplacementInvoices service(*m_ledger->db);
        service.record(service.make(kCompany, kNumber, {}));
        QVERIFY(allowed);
    } catch (const LedgerError &e) {
        QVERIFY2(!allowed, qPrintable(e.message()));
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
    }
    QCOMPARE(m_ledger->count(QStringLiteral("replacement_invoice")), allowed ? 1 : 0);
}

QTEST_MAIN(TestReplacementInvoice)
#include "tst_replacementinvoice.moc"
