// Kreditfakturor/annulleringar (handbook 4.5): the proposal with reversed
// signs, crediting the chosen total on the capital, the refusals that change
// nothing, and the document's data. Expected numbers are worked out by hand
// in the row names and comments.
#include "testledger.h"

#include "audit/auditlog.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "payments/creditnote.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kInvoice = QStringLiteral("010000001");
const QDate kCreditDate(2026, 3, 10);

using Amounts = QList<qint64>;

// A claim of 1 000,00 in the lines given (öre), "Vatten"/"Avlopp"/… on
// accounts 3011, 3012, …
InvoiceDraft claimDraft(const Amounts &lines)
{
    InvoiceDraft d = TestLedger::draft(kInvoice, Money());
    qint64 sum = 0;
    const QStringList texts{QStringLiteral("Vatten"), QStringLiteral("Avlopp"),
                            QStringLiteral("Dagvatten")};
    for (int i = 0; i < lines.size(); ++i) {
        d.lines.append({i + 1, texts.value(i, QStringLiteral("Rad")), Money::fromOre(lines.at(i)),
                        QStringLiteral("30%1").arg(11 + i)});
        sum += lines.at(i);
    }
    d.amount = Money::fromOre(sum);
    d.co = QStringLiteral("Berg");
    d.name2 = QStringLiteral("Dödsbo");
    return d;
}

void post(Database &db, const QString &method, qint64 ore, const QDate &date)
{
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = kInvoice;
    r.method = method;
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    PostingService(db).post(r);
}

void addReminderFeeDebit(Database &db)
{
    PaymentMethod x;
    x.code = QStringLiteral("X");
    x.debit = true;
    x.text = QStringLiteral("Påm.avg");
    x.feeType = PaymentMethod::FeeType::ReminderFee;
    ReferenceData(db).savePaymentMethod(x);
}

CreditHeader header(const QString &method = QStringLiteral("2"),
                    const QString &remark = QStringLiteral("Felaktig mätaravläsning"))
{
    CreditHeader h;
    h.company = QStringLiteral("1");
    h.invoiceNumber = QStringLiteral("10000001"); // as typed, without the leading 0
    h.method = method;
    h.transactionDate = kCreditDate;
    h.remark = remark;
    return h;
}

QList<InvoiceLine> withAmounts(QList<InvoiceLine> lines, const Amounts &amounts)
{
    for (int i = 0; i < lines.size() && i < amounts.size(); ++i)
        lines[i].amount = Money::fromOre(amounts.at(i));
    return lines;
}

// What "nothing changed" compares: the claim's money and version, and the
// number of transactions and audit rows.
struct LedgerState
{
    qint64 balance = 0;
    qint64 capitalOpen = 0;
    int version = 0;
    qint64 transactions = 0;
    qint64 auditRows = 0;
    bool operator==(const LedgerState &o) const
    {
        return balance == o.balance && capitalOpen == o.capitalOpen && version == o.version
            && transactions == o.transactions && auditRows == o.auditRows;
    }
};

LedgerState state(TestLedger &l)
{
    const Invoice v = InvoiceRepository(*l.db).require(kCompany, kInvoice);
    return {v.balance.ore(), v.capitalOpen.ore(), v.version, l.count("ledger_transaction"),
            l.count("audit_log")};
}

} // namespace

class TestCreditNote : public QObject
{
    Q_OBJECT
private slots:
    void proposalReversesSigns();
    void execute_data();
    void execute();
    void refusals_data();
    void refusals();
    void headerProblemsNameTheirFields();
    void creditMethodsAreThoseThatLowerCapitalOnly();
    void transactionAccount_data();
    void transactionAccount();
    void documentContents();
    void protectedIdentityAddressIsNotPrinted();
    void staleProposalIsAConflict();
};

void TestCreditNote::proposalReversesSigns()
{
    TestLedger l;
    l.registerInvoices({claimDraft({60000, 40000})});
    const CreditProposal p = CreditNoteService(*l.db).propose(header());
    QCOMPARE(p.header.company, kCompany);
    QCOMPARE(p.header.invoiceNumber, kInvoice);
    QCOMPARE(p.claim.capitalOpen.ore(), 100000);
    QCOMPARE(p.lines.size(), 2);
    QCOMPARE(p.lines.at(0).text, QStringLiteral("Vatten"));
    QCOMPARE(p.lines.at(0).amount.ore(), -60000);
    QCOMPARE(p.lines.at(0).account, QStringLiteral("3011"));
    QCOMPARE(p.lines.at(1).text, QStringLiteral("Avlopp"));
    QCOMPARE(p.lines.at(1).amount.ore(), -40000);
    QCOMPARE(p.lines.at(1).account, QStringLiteral("3012"));
    QCOMPARE(CreditNoteService::total(p.lines).ore(), -100000);
}

void TestCreditNote::execute_data()
{
    QTest::addColumn<Amounts>("claimLines");
    QTest::addColumn<qint64>("reminderFee"); // debited before the credit
    QTest::addColumn<qint64>("paid");        // paid with method 1 before the credit
    QTest::addColumn<Amounts>("edited");     // empty: the proposal as it is
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("credited");
    QTest::addColumn<qint64>("capitalOpen");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<bool>("finalPaid");

    const int none = int(CreditDocumentKind::None);
    const int invoice = int(CreditDocumentKind::CreditInvoice);
    const int notice = int(CreditDocumentKind::AnnulmentNotice);
    // 600 + 400 = 1 000 reversed: credit 1 000 -> capital 0, balance 0, final-paid
    QTest::newRow("full annulment 600+400 with method 3 and a notice")
        << Amounts{60000, 40000} << 0LL << 0LL << Amounts{} << "3" << notice << 100000LL << 0LL
        << 0LL << true;
    // -150 + -50 = -200 credited: 1 000 - 200 = 800
    QTest::newRow("partial credit, amounts edited to -150 and -50 -> 800 left")
        << Amounts{60000, 40000} << 0LL << 0LL << Amounts{-15000, -5000} << "2" << invoice
        << 20000LL << 80000LL << 80000LL << false;
    // an edited line may add back: -700 + 100 = -600 credited -> 400
    QTest::newRow("edited lines -700 and +100 credit 600 -> 400 left")
        << Amounts{60000, 40000} << 0LL << 0LL << Amounts{-70000, 10000} << "2" << none
        << 60000LL << 40000LL << 40000LL << false;
    // capital 1 000 credited whole; the 60,00 fee stays: balance 60, not final-paid
    QTest::newRow("credit invoice of the whole capital leaves a debited fee of 60")
        << Amounts{100000} << 6000LL << 0LL << Amounts{} << "2" << invoice << 100000LL << 0LL
        << 6000LL << false;
    // 1 000 paid 300 -> 700 open; credit exactly 700 -> 0 and final-paid on the credit date
    QTest::newRow("credit zeroing the rest after a payment of 300 -> final-paid")
        << Amounts{100000} << 0LL << 30000LL << Amounts{-70000} << "2" << none << 70000LL << 0LL
        << 0LL << true;
    // öre: 1 234,56 - 0,01 credited -> 1 234,55
    QTest::newRow("one öre credited of 1 234,56 -> 1 234,55")
        << Amounts{123456} << 0LL << 0LL << Amounts{-1} << "3" << none << 1LL << 123455LL
        << 123455LL << false;
}

void TestCreditNote::execute()
{
    QFETCH(Amounts, claimLines);
    QFETCH(qint64, reminderFee);
    QFETCH(qint64, paid);
    QFETCH(Amounts, edited);
    QFETCH(QString, method);
    QFETCH(int, kind);
    QFETCH(qint64, credited);
    QFETCH(qint64, capitalOpen);
    QFETCH(qint64, balance);
    QFETCH(bool, finalPaid);

    TestLedger l;
    addReminderFeeDebit(*l.db);
    l.registerInvoices({claimDraft(claimLines)});
    if (reminderFee)
        post(*l.db, QStringLiteral("X"), reminderFee, QDate(2026, 2, 15));
    if (paid)
        post(*l.db, QStringLiteral("1"), paid, QDate(2026, 2, 20));

    CreditNoteService service(*l.db);
    const CreditProposal p = service.propose(header(method));
    CreditRequest r;
    r.header = p.header;
    r.lines = edited.isEmpty() ? p.lines : withAmounts(p.lines, edited);
    r.document = CreditDocumentKind(kind);
    r.handler = QStringLiteral("Eva Ek 0123-456");
    r.expectedVersion = p.claim.version;
    const qint64 transactionsBefore = l.count("ledger_transaction");
    const CreditResult result = service.execute(r);

    QCOMPARE(result.credited.ore(), credited);
    QCOMPARE(result.kind, CreditDocumentKind(kind));
    QCOMPARE(result.document.has_value(), kind != int(CreditDocumentKind::None));
    QCOMPARE(l.count("ledger_transaction"), transactionsBefore + 1);
    QCOMPARE(result.transaction.method, method);
    QCOMPARE(result.transaction.amount.ore(), credited);
    QCOMPARE(result.transaction.effect.ore(), -credited);
    QCOMPARE(result.transaction.capitalPart.ore(), -credited); // capital only
    QCOMPARE(result.transaction.reminderFeePart.ore(), 0);
    QVERIFY(result.transaction.noInterest);
    QCOMPARE(result.transaction.transactionDate, kCreditDate);
    QCOMPARE(result.transaction.source, CreditNoteService::sourceTag(CreditDocumentKind(kind)));
    QCOMPARE(result.transaction.remark, QStringLiteral("Felaktig mätaravläsning"));

    const Invoice after = InvoiceRepository(*l.db).require(kCompany, kInvoice);
    QCOMPARE(after.capitalOpen.ore(), capitalOpen);
    QCOMPARE(after.balance.ore(), balance);
    QCOMPARE(after.reminderFeeOpen.ore(), reminderFee);
    QCOMPARE(after.finalPaidDate, finalPaid ? kCreditDate : QDate());
    QCOMPARE(result.claim.balance.ore(), balance);
    if (result.document)
        QCOMPARE(result.document->newBalance.ore(), balance);

    // audited: the credit with its kind, and the claim's before/after
    const auto entries = AuditLog(*l.db).entriesFor(QStringLiteral("credit_note"),
                                                    kCompany + QStringLiteral("/") + kInvoice);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().newValue.contains(Money::fromOre(credited).toString()),
             qPrintable(entries.first().newValue));
    QVERIFY(!AuditLog(*l.db)
                 .entriesFor(QStringLiteral("invoice"), kCompany + QStringLiteral("/") + kInvoice)
                 .isEmpty());
}

void TestCreditNote::refusals_data()
{
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("remark");
    QTest::addColumn<Amounts>("edited");
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("invoiceNumber");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");

    const QString fine = QStringLiteral("Kreditering");
    const QString claim = QStringLiteral("10000001");
    // claim: 1 000,00 in one line; the proposal credits -1 000,00
    QTest::newRow("credit 1 000,01 above the open capital 1 000,00")
        << 0LL << "2" << fine << Amounts{-100001} << "" << claim << kCreditDate
        << "Krediteringen 1 000,01 överstiger fakturans öppna kapital 1 000,00";
    QTest::newRow("whole 1 000,00 after a payment of 300 exceeds the open 700,00")
        << 30000LL << "2" << fine << Amounts{} << "" << claim << kCreditDate
        << "Krediteringen 1 000,00 överstiger fakturans öppna kapital 700,00";
    QTest::newRow("unknown method Q") << 0LL << "Q" << fine << Amounts{} << "" << claim
                                      << kCreditDate << "Inbetalningssätt \"Q\" finns inte.";
    QTest::newRow("no method") << 0LL << "" << fine << Amounts{} << "" << claim << kCreditDate
                               << "Inbetalningssätt saknas";
    QTest::newRow("debit method 6 Felregistrering")
        << 0LL << "6" << fine << Amounts{} << "" << claim << kCreditDate << "är ett debetsätt";
    QTest::newRow("ordinary payment method 1 would settle costs first")
        << 0LL << "1" << fine << Amounts{} << "" << claim << kCreditDate
        << "fördelar beloppet på avgifter och ränta först";
    QTest::newRow("text-only method T") << 0LL << "T" << fine << Amounts{} << "" << claim
                                        << kCreditDate << "är endast för text";
    QTest::newRow("fee method P") << 0LL << "P" << fine << Amounts{} << "" << claim << kCreditDate
                                  << "avser avgifter eller ränta";
    QTest::newRow("remark of 41 characters")
        << 0LL << "2" << QString(41, QLatin1Char('x')) << Amounts{} << "" << claim << kCreditDate
        << "Anmärkningen är 41 tecken, högst 40 är tillåtet.";
    QTest::newRow("lines summing to 0") << 0LL << "2" << fine << Amounts{0} << "" << claim
                                        << kCreditDate << "Raderna summerar till 0,00";
    QTest::newRow("lines summing to +50,00 (a debit)")
        << 0LL << "2" << fine << Amounts{5000} << "" << claim << kCreditDate
        << "Raderna summerar till 50,00";
    QTest::newRow("handler of 31 characters")
        << 0LL << "2" << fine << Amounts{} << QString(31, QLatin1Char('h')) << claim
        << kCreditDate << "Handläggaren är 31 tecken, högst 30.";
    QTest::newRow("unknown invoice 010000099")
        << 0LL << "2" << fine << Amounts{} << "" << "10000099" << kCreditDate
        << "Faktura 010000099 finns inte i företag 001.";
    QTest::newRow("no transaction date") << 0LL << "2" << fine << Amounts{} << "" << claim
                                         << QDate() << "Transaktionsdatum saknas";
    // paid 1 000 of 1 000: nothing open to credit
    QTest::newRow("fully paid claim has no open capital")
        << 100000LL << "2" << fine << Amounts{-100} << "" << claim << kCreditDate
        << "har inget öppet kapital att kreditera (kapital kvar 0,00)";
}

void TestCreditNote::refusals()
{
    QFETCH(qint64, paid);
    QFETCH(QString, method);
    QFETCH(QString, remark);
    QFETCH(Amounts, edited);
    QFETCH(QString, handler);
    QFETCH(QString, invoiceNumber);
    QFETCH(QDate, date);
    QFETCH(QString, reason);

    TestLedger l;
    l.registerInvoices({claimDraft({100000})});
    if (paid)
        post(*l.db, QStringLiteral("1"), paid, QDate(2026, 2, 20));

    CreditRequest r;
    r.header = header(method, remark);
    r.header.invoiceNumber = invoiceNumber;
    r.header.transactionDate = date;
    r.lines = {InvoiceLine{1, QStringLiteral("Vatten"), Money::fromOre(-100000),
                           QStringLiteral("3011")}};
    if (!edited.isEmpty())
        r.lines = withAmounts(r.lines, edited);
    r.document = CreditDocumentKind::CreditInvoice;
    r.handler = handler;

    const LedgerState before = state(l);
    try {
        CreditNoteService(*l.db).execute(r);
        QFAIL("the credit was not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
    QVERIFY(state(l) == before); // nothing changed
}

void TestCreditNote::headerProblemsNameTheirFields()
{
    TestLedger l;
    l.registerInvoices({claimDraft({100000})});
    CreditHeader h;
    h.company = QStringLiteral("001");
    h.invoiceNumber = QStringLiteral("12345678901"); // 11 digits
    h.method = QStringLiteral("Q");
    h.remark = QString(41, QLatin1Char('r'));
    const auto problems = CreditNoteService(*l.db).checkHeader(h);
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0).field, CreditField::TransactionDate);
    QCOMPARE(problems.at(1).field, CreditField::Method);
    QCOMPARE(problems.at(2).field, CreditField::InvoiceNumber);
    QCOMPARE(problems.at(3).field, CreditField::Remark);
    QVERIFY(CreditNoteService(*l.db).checkHeader(header()).isEmpty());
}

void TestCreditNote::creditMethodsAreThoseThatLowerCapitalOnly()
{
    TestLedger l;
    QStringList codes;
    for (const PaymentMethod &m : CreditNoteService(*l.db).creditMethods())
        codes << m.code;
    // defaults (ledgersetup.cpp): 2 Kreditfaktura, 3 Annullering, N Ej dröjsm.ränta
    QCOMPARE(codes, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("N")}));
}

void TestCreditNote::transactionAccount_data()
{
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both lines on 3011 -> 3011") << QStringList{"3011", "3011"} << "3011";
    QTest::newRow("3011 and 3012 -> the method's account (none)")
        << QStringList{"3011", "3012"} << "";
    QTest::newRow("3011 and blank -> 3011") << QStringList{"3011", ""} << "3011";
}

void TestCreditNote::transactionAccount()
{
    QFETCH(QStringList, accounts);
    QFETCH(QString, expected);
    TestLedger l;
    l.registerInvoices({claimDraft({60000, 40000})});
    CreditNoteService service(*l.db);
    CreditRequest r;
    r.header = header();
    r.lines = service.propose(r.header).lines;
    for (int i = 0; i < r.lines.size(); ++i)
        r.lines[i].account = accounts.at(i);
    QCOMPARE(service.execute(r).transaction.account, expected);
}

void TestCreditNote::documentContents()
{
    TestLedger l;
    l.registerInvoices({claimDraft({60000, 40000})});
    CreditNoteService service(*l.db);
    CreditRequest r;
    r.header = header(QStringLiteral("2"));
    r.lines = withAmounts(service.propose(r.header).lines, {-60000, 0});
    r.lines[1].text = QStringLiteral("Avlopp (ingen kreditering)");
    r.document = CreditDocumentKind::CreditInvoice;
    r.handler = QStringLiteral("Eva Ek 0123-456");
    const CreditResult result = service.execute(r);
    QVERIFY(result.document);
    const CreditDocument &d = *result.document;
    QCOMPARE(d.kind, CreditDocumentKind::CreditInvoice);
    QCOMPARE(d.heading, QStringLiteral("Kreditfaktura"));
    QCOMPARE(d.sender.number, kCompany);
    QCOMPARE(d.sender.name, QStringLiteral("Testkommunen"));
    QCOMPARE(d.sender.bankgiro, QStringLiteral("5805-6201"));
    QCOMPARE(d.debtorName, QStringLiteral("Andersson, Anna"));
    QCOMPARE(d.debtorName2, QStringLiteral("Dödsbo"));
    QCOMPARE(d.co, QStringLiteral("Berg"));
    QCOMPARE(d.address, QStringLiteral("Storgatan 1"));
    QCOMPARE(d.postalCode, QStringLiteral("123 45"));
    QCOMPARE(d.city, QStringLiteral("Småstad"));
    QVERIFY(!d.addressWithheld);
    QCOMPARE(d.invoiceNumber, kInvoice);
    QCOMPARE(d.invoiceDate, QDate(2026, 1, 1));
    QCOMPARE(d.date, kCreditDate);
    QCOMPARE(d.lines.size(), 2);
    QCOMPARE(d.lines.at(0).amount.ore(), -60000);
    QCOMPARE(d.lines.at(1).text, QStringLiteral("Avlopp (ingen kreditering)"));
    QCOMPARE(d.total.ore(), -60000);
    QCOMPARE(d.newBalance.ore(), 40000); // 1 000 - 600
    QCOMPARE(d.remark, QStringLiteral("Felaktig mätaravläsning"));
    QCOMPARE(d.handler, QStringLiteral("Eva Ek 0123-456"));
    QCOMPARE(CreditNoteService::heading(CreditDocumentKind::AnnulmentNotice),
             QStringLiteral("Annulleringsbesked"));
}

void TestCreditNote::protectedIdentityAddressIsNotPrinted()
{
    TestLedger l;
    l.registerInvoices({claimDraft({100000})});
    l.db->run(QStringLiteral("UPDATE customer SET protected_identity = 1"));
    CreditNoteService service(*l.db);
    CreditRequest r;
    r.header = header(QStringLiteral("3"));
    r.lines = service.propose(r.header).lines;
    r.document = CreditDocumentKind::AnnulmentNotice;
    const CreditResult result = service.execute(r);
    QVERIFY(result.document->addressWithheld);
    QCOMPARE(result.document->debtorName, QStringLiteral("Andersson, Anna"));
    QVERIFY(result.document->address.isEmpty());
    QVERIFY(result.document->co.isEmpty());
    QVERIFY(result.document->city.isEmpty());
}

void TestCreditNote::staleProposalIsAConflict()
{
    TestLedger l;
    l.registerInvoices({claimDraft({100000})});
    CreditNoteService service(*l.db);
    CreditRequest r;
    r.header = header();
    const CreditProposal p = service.propose(r.header);
    r.lines = withAmounts(p.lines, {-10000});
    r.expectedVersion = p.claim.version;
    post(*l.db, QStringLiteral("1"), 5000, QDate(2026, 3, 1)); // someone pays meanwhile
    const LedgerState before = state(l);
    try {
        service.execute(r);
        QFAIL("a stale proposal was credited");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
    }
    QVERIFY(state(l) == before);
}

QTEST_GUILESS_MAIN(TestCreditNote)
#include "tst_creditnote.moc"
