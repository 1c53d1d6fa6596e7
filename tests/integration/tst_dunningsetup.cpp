// The dunning set-up registers (issue 4 items 2–5): texts with the editor's
// line limits (handbook 7.4–7.6, 7.9), per-routine settings with the legal
// guards (7.7, FACTS-SE §5), kravparametrar (7.2) and kravkoder on claims
// (7.3). Every refusal is checked to leave the ledger unchanged.
#include "clirunner.h"
#include "testledger.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "dunning/dunningcodes.h"
#include "dunning/dunningdefaults.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningsettings.h"
#include "dunning/dunningtexts.h"
#include "ledger/invoicerepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kInvoice = QStringLiteral("010000001");

// Everything the set-up commands may change, as text: equal before and after
// a refusal means nothing was half-changed.
QString dump(Database &db)
{
    QStringList out;
    for (const char *sql :
         {"SELECT * FROM dunning_settings ORDER BY routine", "SELECT * FROM dunning_text ORDER BY "
                                                              "kind, number",
          "SELECT * FROM dunning_fee_override_log ORDER BY id",
          "SELECT * FROM setting ORDER BY scope, name", "SELECT * FROM dunning_code ORDER BY code",
          "SELECT company, invoice_number, dunning_code, dunning_code_until, version FROM invoice "
          "ORDER BY id",
          "SELECT COUNT(*) FROM audit_log"}) {
        QSqlQuery q = db.run(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// The named mutation of a valid default set-up of routine 01.
DunningSettings mutated(const QString &change)
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("01"));
    if (change == QLatin1String("missing text"))
        s.reminder1.textNumber = 5;
    else if (change == QLatin1String("missing collection text"))
        s.collection.textNumber = 4;
    else if (change == QLatin1String("fee in ore"))
        s.collection.fee = Money::fromOre(17050);
    else if (change == QLatin1String("fee of 4 digits")) {
        s.collection.fee = Money::fromKronor(1000);
        s.collection.overrideReason = QStringLiteral("beslut");
    } else if (change == QLatin1String("negative fee"))
        s.collection.fee = Money::fromKronor(-10);
    else if (change == QLatin1String("reminder fee 61 kr")) {
        s.reminderFeeAgreed = true;
        s.reminder1.fee = Money::fromKronor(61);
    } else if (change == QLatin1String("collection fee 181 kr"))
        s.collection.fee = Money::fromKronor(181);
    else if (change == QLatin1String("reminder fee not agreed"))
        s.reminder1.fee = Money::fromKronor(60);
    else if (change == QLatin1String("reminder 2 fee not agreed")) {
        s.reminder2.days = 10;
        s.reminder2.fee = Money::fromKronor(30);
    } else if (change == QLatin1String("basis 2 without reminder 2"))
        s.collectionBasis = CollectionBasis::Reminder2;
    else if (change == QLatin1String("basis 1 without reminder 1")) {
        s.reminder1.days.reset();
    } else if (change == QLatin1String("no basis"))
        s.collectionBasis = CollectionBasis::None;
    else if (change == QLatin1String("residual without collection"))
        s.collection.days.reset(), s.collectionBasis = CollectionBasis::DueDate;
    else if (change == QLatin1String("reminder 2 without reminder 1")) {
        s.reminder1.days.reset();
        s.reminder2.days = 10;
        s.collectionBasis = CollectionBasis::DueDate;
    } else if (change == QLatin1String("handler 31 chars"))
        s.reminder1.handler = QString(31, QLatin1Char('h'));
    else if (change == QLatin1String("residual heading empty"))
        s.residualHeading = QStringLiteral("  ");
    else if (change == QLatin1String("debit interest not printed")) {
        s.collectionDebitInterest = true;
        s.collection.printInterest = false;
    } else if (change == QLatin1String("days 1000"))
        s.reminder1.days = 1000;
    else if (change == QLatin1String("unknown routine"))
        s.routine = QStringLiteral("99");
    return s;
}

} // namespace

class TestDunningSetup : public QObject
{
    Q_OBJECT
private slots:
    void defaultsInstalledAtInit();
    void defaultTextsMeetLimitsAndInkassoContent();
    void lazyDefaultsForOlderLedger();
    void settingsRefused_data();
    void settingsRefused();
    void feesAtTheCapsAccepted();
    void capOverriddenWithLoggedReason();
    void stepTurnedOffAndOn();
    void textLimits_data();
    void textLimits();
    void textInUseCannotBeRemoved();
    void parameters();
    void codeSuppression_data();
    void codeSuppression();
    void codeSetAndClearOnClaim();
    void codeRefusalsChangeNothing();
    void cliSettingsAndCodes();
};

void TestDunningSetup::defaultsInstalledAtInit()
{
    TestLedger l;
    // 5 default texts: reminder 1–2, collection 1, residual 1, threat 1.
    QCOMPARE(l.count(QStringLiteral("dunning_text")), 5);
    // Every routine (13 base + 12 interest routines) gets settings.
    QCOMPARE(l.count(QStringLiteral("dunning_settings")), l.count(QStringLiteral("routine")));
    const auto s = DunningSettingsRegister(*l.db).settings(QStringLiteral("03"));
    QVERIFY(s);
    QCOMPARE(s->reminder1.days, std::optional<int>(10));
    QVERIFY(!s->reminder2.used());
    QCOMPARE(s->collectionBasis, CollectionBasis::Reminder1);
    QCOMPARE(s->collection.fee, Money::fromKronor(180));
    QVERIFY(s->reminder1.fee.isZero()); // no reminder fee without agreement
    QVERIFY(!s->reminderFeeAgreed);
    QCOMPARE(s->collectionHeading(), QStringLiteral("INKASSOKRAV"));
    QCOMPARE(s->residualHeading, QStringLiteral("RESTKRAV"));
    QVERIFY(DunningSettingsRegister(*l.db).problems(*s).isEmpty());
    const DunningParameters p = DunningParametersRegister(*l.db).parameters();
    QCOMPARE(p.formType, QStringLiteral("G2"));
    QCOMPARE(p.paymentOrderCode, 5);
    QCOMPARE(p.paymentPlanCode, 3);
    QVERIFY(p.saveLetters);
}

void TestDunningSetup::defaultTextsMeetLimitsAndInkassoContent()
{
    for (const DunningText &t : DunningTexts::defaults()) {
        const auto why = DunningTexts::problem(t);
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
    }
    DunningText collection;
    for (const DunningText &t : DunningTexts::defaults())
        if (t.kind == DunningTextKind::Collection && t.number == 1)
            collection = t;
    QCOMPARE(collection.kind, DunningTextKind::Collection);
    const QString text = collection.lines.join(QLatin1Char(' '));
    // FACTS-SE §5 (IMY): creditor, basis, capital/interest(how)/costs
    // separately, time to pay or dispute (>= 8 days), what happens otherwise.
    for (const char *needle : {"Fordringsägare", "grundar sig på", "Kapitalbelopp",
                               "dröjsmålsränta", "avgifter", "var för sig", "räntesats",
                               "minst åtta dagar", "bestrida", "Kronofogden"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
}

void TestDunningSetup::lazyDefaultsForOlderLedger()
{
    TestLedger l;
    // A ledger from before migration 005: nothing of the set-up, no flag.
    l.db->run(QStringLiteral("DELETE FROM dunning_settings"));
    l.db->run(QStringLiteral("DELETE FROM dunning_text"));
    l.db->run(QStringLiteral("DELETE FROM setting WHERE scope IN ('dunning_setup', "
                             "'dunning_parameters')"));
    QVERIFY(DunningSettingsRegister(*l.db).settings(QStringLiteral("01")).has_value());
    QCOMPARE(l.count(QStringLiteral("dunning_text")), 5);
    QCOMPARE(l.count(QStringLiteral("dunning_settings")), l.count(QStringLiteral("routine")));
    // Installed once: a clerk's later deletion is not undone on next load.
    l.db->run(QStringLiteral("DELETE FROM dunning_settings WHERE routine = '02'"));
    QVERIFY(!DunningSettingsRegister(*l.db).settings(QStringLiteral("02")).has_value());
}

void TestDunningSetup::settingsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason"); // a part of the Swedish message
    QTest::newRow("text must exist") << "missing text" << "påminnelsetext 5 finns inte";
    QTest::newRow("collection text must exist") << "missing collection text"
                                                << "inkassotext 4 finns inte";
    QTest::newRow("fee whole kronor") << "fee in ore" << "hela kronor";
    QTest::newRow("fee at most 3 digits") << "fee of 4 digits" << "högst 3 siffror";
    QTest::newRow("fee not negative") << "negative fee" << "hela kronor";
    QTest::newRow("reminder cap 60 kr") << "reminder fee 61 kr" << "lagens tak 60,00 kr";
    QTest::newRow("collection cap 180 kr") << "collection fee 181 kr" << "lagens tak 180,00 kr";
    QTest::newRow("reminder fee needs agreement") << "reminder fee not agreed"
                                                  << "avtalats i förväg";
    QTest::newRow("reminder 2 fee needs agreement") << "reminder 2 fee not agreed"
                                                    << "Påminnelse 2: påminnelseavgift";
    QTest::newRow("basis 2 needs reminder 2") << "basis 2 without reminder 2"
                                              << "påminnelse 2 (2), som inte används";
    QTest::newRow("basis 1 needs reminder 1") << "basis 1 without reminder 1"
                                              << "påminnelse 1 (1), som inte används";
    QTest::newRow("collection needs a basis") << "no basis" << "utgångspunkt ska vara 1";
    QTest::newRow("residual needs collection") << "residual without collection"
                                               << "Restkrav: kan bara tas ut efter inkassokrav";
    QTest::newRow("reminder 2 needs reminder 1") << "reminder 2 without reminder 1"
                                                 << "räknas från påminnelse 1";
    QTest::newRow("handler at most 30") << "handler 31 chars" << "handläggaren är 31 tecken";
    QTest::newRow("residual heading required") << "residual heading empty" << "rubrik";
    QTest::newRow("debited interest is printed") << "debit interest not printed"
                                                 << "också skrivs ut";
    QTest::newRow("days at most 999") << "days 1000" << "antal dagar 1000";
    QTest::newRow("routine must exist") << "unknown routine" << "Rutin \"99\" finns inte";
}

void TestDunningSetup::settingsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    TestLedger l;
    const QString before = dump(*l.db);
    try {
        DunningSettingsRegister(*l.db).save(mutated(change));
        QFAIL("saved");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
    }
    QCOMPARE(dump(*l.db), before);
}

void TestDunningSetup::feesAtTheCapsAccepted()
{
    TestLedger l;
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("01"));
    s.reminderFeeAgreed = true;
    s.reminder1.fee = Money::fromKronor(60); // exactly the 4 § cap
    s.reminder2.days = 10;
    s.reminder2.fee = Money::fromKronor(60);
    s.collectionBasis = CollectionBasis::Reminder2;
    s.collection.fee = Money::fromKronor(180);
    DunningSettingsRegister reg(*l.db);
    reg.save(s);
    const auto back = reg.settings(QStringLiteral("01"));
    QCOMPARE(back->reminder2.fee, Money::fromKronor(60));
    QCOMPARE(back->collectionBasis, CollectionBasis::Reminder2);
    QCOMPARE(l.count(QStringLiteral("dunning_fee_override_log")), 0);
}

void TestDunningSetup::capOverriddenWithLoggedReason()
{
    TestLedger l;
    DunningSettingsRegister reg(*l.db);
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("07"));
    s.collection.fee = Money::fromKronor(250);
    s.collection.overrideReason = QStringLiteral("Särskilda skäl: avtal hyresgäst");
    reg.save(s);
    QCOMPARE(reg.settings(QStringLiteral("07"))->collection.fee, Money::fromKronor(250));
    QCOMPARE(reg.settings(QStringLiteral("07"))->collection.overrideReason,
             QStringLiteral("Särskilda skäl: avtal hyresgäst"));
    QCOMPARE(l.count(QStringLiteral("dunning_fee_override_log")), 1);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT fee_ore FROM dunning_fee_override_log")).toLongLong(),
             25000);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT cap_ore FROM dunning_fee_override_log")).toLongLong(),
             18000);
    QCOMPARE(l.db->scalar(QStringLiteral("SELECT user_name FROM dunning_fee_override_log")).toString(),
             QStringLiteral("testare"));
    bool audited = false;
    for (const AuditLog::Entry &e :
         AuditLog(*l.db).entriesFor(QStringLiteral("dunning_settings"), QStringLiteral("07")))
        audited |= e.field == QLatin1String("collection_fee_override")
                   && e.context.contains(QStringLiteral("avtal hyresgäst"));
    QVERIFY(audited);
    QVERIFY(reg.overrideLog(QStringLiteral("07")).first().contains(QStringLiteral("250,00")));

    // Changing something else keeps the override without a new reason or log row.
    DunningSettings again = *reg.settings(QStringLiteral("07"));
    again.collection.overrideReason.clear();
    again.collection.handler = QStringLiteral("Eva 0123-456");
    reg.save(again);
    QCOMPARE(l.count(QStringLiteral("dunning_fee_override_log")), 1);
    // A new fee above the cap needs its own reason.
    again = *reg.settings(QStringLiteral("07"));
    again.collection.overrideReason.clear();
    again.collection.fee = Money::fromKronor(260);
    const QString before = dump(*l.db);
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.save(again));
    QCOMPARE(dump(*l.db), before);
    // Back within the cap: the reason is dropped.
    again.collection.fee = Money::fromKronor(180);
    reg.save(again);
    QVERIFY(reg.settings(QStringLiteral("07"))->collection.overrideReason.isEmpty());
}

void TestDunningSetup::stepTurnedOffAndOn()
{
    TestLedger l;
    DunningSettingsRegister reg(*l.db);
    DunningSettings s = *reg.settings(QStringLiteral("01"));
    s.residual.days.reset(); // "lämnas fältet blankt": no residual demands
    reg.save(s);
    QVERIFY(!reg.settings(QStringLiteral("01"))->residual.used());
    QVERIFY(l.db->scalar(QStringLiteral("SELECT residual_days FROM dunning_settings WHERE "
                                        "routine = '01'"))
                .isNull());
    s.residual.days = 0; // 0 days is a used step, not a blank one
    reg.save(s);
    QCOMPARE(reg.settings(QStringLiteral("01"))->residual.days, std::optional<int>(0));
}

void TestDunningSetup::textLimits_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<int>("width"); // the last line's length
    QTest::addColumn<QString>("refusal"); // empty = accepted
    QTest::newRow("reminder D 77 ok") << "reminder" << "D" << 15 << 77 << "";
    QTest::newRow("reminder D 78 refused") << "reminder" << "D" << 3 << 78
                                           << "rad 3 är 78 tecken, högst 77";
    QTest::newRow("reminder F 53 ok") << "reminder" << "F" << 15 << 53 << "";
    QTest::newRow("reminder F 54 refused") << "reminder" << "F" << 2 << 54
                                           << "rad 2 är 54 tecken, högst 53";
    QTest::newRow("reminder 16 lines refused") << "reminder" << "D" << 16 << 10
                                               << "16 rader, högst 15";
    QTest::newRow("collection D 77 ok") << "collection" << "D" << 15 << 77 << "";
    QTest::newRow("collection D 78 refused") << "collection" << "D" << 1 << 78
                                             << "rad 1 är 78 tecken";
    QTest::newRow("collection F 54 refused") << "collection" << "F" << 4 << 54
                                             << "rad 4 är 54 tecken, högst 53";
    QTest::newRow("collection 16 lines refused") << "collection" << "F" << 16 << 5
                                                 << "16 rader, högst 15";
    QTest::newRow("residual 11 x 53 ok") << "residual" << "F" << 11 << 53 << "";
    QTest::newRow("residual 12 lines refused") << "residual" << "F" << 12 << 20
                                               << "12 rader, högst 11";
    // Residual demands are always on the invoice form: D does not widen them.
    QTest::newRow("residual 54 refused as D") << "residual" << "D" << 1 << 54
                                              << "rad 1 är 54 tecken, högst 53";
    QTest::newRow("threat 70 ok") << "threat" << "F" << 15 << 70 << "";
    QTest::newRow("threat 71 refused") << "threat" << "F" << 5 << 71
                                       << "rad 5 är 71 tecken, högst 70";
    QTest::newRow("threat 16 lines refused") << "threat" << "F" << 16 << 70
                                             << "16 rader, högst 15";
}

void TestDunningSetup::textLimits()
{
    QFETCH(QString, kind);
    QFETCH(QString, form);
    QFETCH(int, lineCount);
    QFETCH(int, width);
    QFETCH(QString, refusal);
    TestLedger l;
    DunningText t;
    t.kind = *DunningTexts::kindFromCode(kind);
    t.number = 7;
    t.formType = form.at(0);
    for (int i = 1; i < lineCount; ++i)
        t.lines << QStringLiteral("Rad %1").arg(i);
    // Trailing spaces do not count toward the width.
    t.lines << QString(width, QChar(0x00e5)) + QStringLiteral("   ");
    const QString before = dump(*l.db);
    DunningTexts texts(*l.db);
    if (refusal.isEmpty()) {
        texts.save(t);
        const auto back = texts.text(t.kind, 7);
        QVERIFY(back);
        QCOMPARE(back->lines.size(), lineCount);
        QCOMPARE(back->lines.constLast().size(), width);
        return;
    }
    try {
        texts.save(t);
        QFAIL("saved");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(refusal), qPrintable(e.message()));
    }
    QCOMPARE(dump(*l.db), before);
}

void TestDunningSetup::textInUseCannotBeRemoved()
{
    TestLedger l;
    DunningTexts texts(*l.db);
    const QString before = dump(*l.db);
    try {
        texts.remove(DunningTextKind::Collection, 1);
        QFAIL("removed");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("används i inställningarna för rutin 01")),
                 qPrintable(e.message()));
    }
    QCOMPARE(dump(*l.db), before);
    texts.remove(DunningTextKind::Threat, 1); // no setting uses threat texts
    QVERIFY(!texts.exists(DunningTextKind::Threat, 1));
}

void TestDunningSetup::parameters()
{
    TestLedger l;
    DunningParametersRegister reg(*l.db);
    DunningParameters p = reg.parameters();
    const QString before = dump(*l.db);
    p.formType = QStringLiteral("X9");
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.save(p));
    p.formType = QStringLiteral("E1");
    p.paymentPlanCode = 8; // not among the default codes 1–7
    QVERIFY_THROWS_EXCEPTION(LedgerError, reg.save(p));
    QCOMPARE(dump(*l.db), before);
    p.paymentPlanCode = 0;
    p.saveLetters = false;
    reg.save(p);
    QCOMPARE(reg.parameters().formType, QStringLiteral("E1"));
    QCOMPARE(reg.parameters().paymentPlanCode, 0);
    QVERIFY(!reg.parameters().saveLetters);

    // Accounts come from AccountSettings; interest receivable is the
    // receivable of the interest routine 51 of routine 01.
    QCOMPARE(reg.interestRoutine(QStringLiteral("01")), QStringLiteral("51"));
    DunningAccounts a;
    a.reminderFeeIncome = QStringLiteral("3591");
    a.interestReceivable = QStringLiteral("1519");
    reg.setAccounts(QStringLiteral("001"), QStringLiteral("01"), a);
    const DunningAccounts back = reg.accounts(QStringLiteral("001"), QStringLiteral("01"));
    QCOMPARE(back.reminderFeeIncome, QStringLiteral("3591"));
    QCOMPARE(back.interestReceivable, QStringLiteral("1519"));
    QCOMPARE(back.collectionFeeIncome,
             AccountSettings::defaultAccount(account_kind::CollectionFeeIncome));
}

void TestDunningSetup::codeSuppression_data()
{
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("onDate");
    QTest::addColumn<bool>("reminder1");
    QTest::addColumn<bool>("collection");
    QTest::addColumn<bool>("interest");
    // Code "Anstånd" (default 2): no reminders, no collection, no interest
    // during respite; "no interest" itself not set.
    QTest::newRow("before valid-to") << QDate(2026, 3, 31) << QDate(2026, 3, 30) << true << true
                                     << false;
    QTest::newRow("on valid-to (inclusive)") << QDate(2026, 3, 31) << QDate(2026, 3, 31) << true
                                             << true << false;
    QTest::newRow("day after valid-to") << QDate(2026, 3, 31) << QDate(2026, 4, 1) << false
                                        << false << false;
    QTest::newRow("no valid-to") << QDate() << QDate(2030, 1, 1) << true << true << false;
}

void TestDunningSetup::codeSuppression()
{
    QFETCH(QDate, until);
    QFETCH(QDate, onDate);
    QFETCH(bool, reminder1);
    QFETCH(bool, collection);
    QFETCH(bool, interest);
    TestLedger l;
    const DunningCode respite = *ReferenceData(*l.db).dunningCode(2);
    using A = DunningAction;
    QCOMPARE(DunningCodeAssignment::suppresses(respite, until, A::Reminder1, onDate), reminder1);
    QCOMPARE(DunningCodeAssignment::suppresses(respite, until, A::Reminder2, onDate), reminder1);
    QCOMPARE(DunningCodeAssignment::suppresses(respite, until, A::Collection, onDate), collection);
    QCOMPARE(DunningCodeAssignment::suppresses(respite, until, A::Interest, onDate), interest);
    QCOMPARE(DunningCodeAssignment::suppresses(respite, until, A::InterestRespite, onDate),
             reminder1);
    QVERIFY(!DunningCodeAssignment::suppresses(DunningCode(), until, A::Reminder1, onDate));
}

void TestDunningSetup::codeSetAndClearOnClaim()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(500))});
    DunningCodeAssignment assign(*l.db);
    InvoiceRepository repo(*l.db);
    const int v0 = repo.require(QStringLiteral("001"), kInvoice).version;
    Invoice after = assign.set(QStringLiteral("1"), QStringLiteral("10000001"), 2,
                               QDate(2026, 12, 31), v0);
    QCOMPARE(after.dunningCode, 2);
    QCOMPARE(after.dunningCodeUntil, QDate(2026, 12, 31));
    QCOMPARE(after.version, v0 + 1);
    QCOMPARE(after.changedBy, QStringLiteral("testare"));
    const auto entries = AuditLog(*l.db).entriesFor(QStringLiteral("invoice"),
                                                    QStringLiteral("001/") + kInvoice);
    bool logged = false;
    for (const auto &e : entries)
        logged |= e.field == QLatin1String("dunning_code") && e.newValue == QLatin1String("2");
    QVERIFY(logged);
    // A stale version is a conflict, and changes nothing.
    const QString before = dump(*l.db);
    try {
        assign.clear(QStringLiteral("001"), kInvoice, v0);
        QFAIL("cleared");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Conflict);
    }
    QCOMPARE(dump(*l.db), before);
    after = assign.clear(QStringLiteral("001"), kInvoice, v0 + 1);
    QCOMPARE(after.dunningCode, 0);
    QVERIFY(!after.dunningCodeUntil.isValid());
}

void TestDunningSetup::codeRefusalsChangeNothing()
{
    TestLedger l;
    l.registerInvoices({TestLedger::draft(kInvoice, Money::fromKronor(500))});
    DunningCodeAssignment assign(*l.db);
    const QString before = dump(*l.db);
    try {
        assign.set(QStringLiteral("001"), kInvoice, 9);
        QFAIL("set");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Kravkod 9 finns inte")),
                 qPrintable(e.message()));
    }
    try {
        assign.set(QStringLiteral("001"), QStringLiteral("010000099"), 2);
        QFAIL("set");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::NotFound);
    }
    QCOMPARE(dump(*l.db), before);
}

void TestDunningSetup::cliSettingsAndCodes()
{
    QTemporaryDir dir;
    const QString ledger = rsk::test::newLedgerLocation(dir, QStringLiteral("cli"));
    // No --today, no --user: the real date and $USER.
    rsk::test::CliOptions options;
    options.today.clear();
    options.user.clear();
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"),
                               dir.filePath(QStringLiteral("xdg")));
    auto cli = [&](const QStringList &args, int expectedExit) {
        const rsk::test::CliRun r = rsk::test::runCli(ledger, args, options);
        const QString out = r.out + r.err;
        if (r.exitCode != expectedExit)
            qWarning("%s -> %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                     qPrintable(out));
        return QPair<int, QString>(r.exitCode, out);
    };
    QCOMPARE(cli({QStringLiteral("init")}, 0).first, 0);

    auto json = [&](const QStringList &args) {
        const auto r = cli(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, 0);
        return QJsonDocument::fromJson(r.second.toUtf8()).object();
    };
    QJsonObject o = json({QStringLiteral("dunning"), QStringLiteral("settings"),
                          QStringLiteral("--routine"), QStringLiteral("01")});
    QCOMPARE(o.value(QStringLiteral("collection_fee_ore")).toInt(), 18000);
    QCOMPARE(o.value(QStringLiteral("reminder1_days")).toInt(), 10);
    QVERIFY(o.value(QStringLiteral("reminder2_days")).isNull());

    // A reminder fee without agreement: exit 1, the message, nothing saved.
    auto r = cli({QStringLiteral("dunning"), QStringLiteral("settings"), QStringLiteral("--routine"),
                  QStringLiteral("01"), QStringLiteral("--reminder1-fee"), QStringLiteral("50")},
                 1);
    QCOMPARE(r.first, 1);
    QVERIFY2(r.second.contains(QStringLiteral("avtalats i förväg")), qPrintable(r.second));
    // Over the cap without a reason: refused; with one: saved.
    const QStringList over = {QStringLiteral("dunning"), QStringLiteral("settings"),
                              QStringLiteral("--routine"), QStringLiteral("01"),
                              QStringLiteral("--reminder-fee-agreed"), QStringLiteral("yes"),
                              QStringLiteral("--reminder1-fee"), QStringLiteral("75"),
                              QStringLiteral("--reminder2-days"), QStringLiteral("12"),
                              QStringLiteral("--collection-basis"), QStringLiteral("2")};
    QCOMPARE(cli(over, 1).first, 1);
    o = json({QStringLiteral("dunning"), QStringLiteral("settings"), QStringLiteral("--routine"),
              QStringLiteral("01")});
    QCOMPARE(o.value(QStringLiteral("reminder1_fee_ore")).toInt(), 0);
    o = json(over + QStringList{QStringLiteral("--override-reason"), QStringLiteral("KF-beslut 2025")});
    QCOMPARE(o.value(QStringLiteral("reminder1_fee_ore")).toInt(), 7500);
    QCOMPARE(o.value(QStringLiteral("reminder1_override_reason")).toString(),
             QStringLiteral("KF-beslut 2025"));
    QCOMPARE(o.value(QStringLiteral("collection_basis")).toInt(), 2);
    // none turns a step off; the settings stay valid (residual still used).
    o = json({QStringLiteral("dunning"), QStringLiteral("settings"), QStringLiteral("--routine"),
              QStringLiteral("01"), QStringLiteral("--residual-days"), QStringLiteral("none")});
    QVERIFY(o.value(QStringLiteral("residual_days")).isNull());
    QCOMPARE(cli({QStringLiteral("dunning"), QStringLiteral("settings"), QStringLiteral("--routine"),
                  QStringLiteral("01"), QStringLiteral("--reminder1-debit"), QStringLiteral("kanske")},
                 2)
                 .first,
             2);

    o = json({QStringLiteral("dunning-code"), QStringLiteral("define"), QStringLiteral("8"),
              QStringLiteral("--text"), QStringLiteral("Utredning"), QStringLiteral("--no-reminder1"),
              QStringLiteral("--no-collection")});
    QCOMPARE(o.value(QStringLiteral("no_reminder1")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("no_reminder2")).toBool(), false);
    r = cli({QStringLiteral("dunning-code"), QStringLiteral("define"), QStringLiteral("8"),
             QStringLiteral("--text"), QStringLiteral("Sexton tecken xx")},
            1);
    QVERIFY2(r.second.contains(QStringLiteral("16 tecken, högst 15")), qPrintable(r.second));

    // A claim to put the code on.
    {
        auto db = Database::open(ledger, Database::OpenMode::OpenExisting);
        QVERIFY(InvoiceRegistration(*db)
                    .registerAll({TestLedger::draft(kInvoice, Money::fromKronor(100))},
                                 QStringLiteral("test"))
                    .isEmpty());
    }
    o = json({QStringLiteral("dunning-code"), QStringLiteral("set"), QStringLiteral("--company"),
              QStringLiteral("001"), QStringLiteral("--invoice"), kInvoice, QStringLiteral("--code"),
              QStringLiteral("8"), QStringLiteral("--until"), QStringLiteral("2026-06-30")});
    QCOMPARE(o.value(QStringLiteral("dunning_code")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("dunning_code_until")).toString(), QStringLiteral("2026-06-30"));
    o = json({QStringLiteral("dunning-code"), QStringLiteral("clear"), QStringLiteral("--company"),
              QStringLiteral("001"), QStringLiteral("--invoice"), kInvoice});
    QVERIFY(o.value(QStringLiteral("dunning_code")).isNull());
}

QTEST_GUILESS_MAIN(TestDunningSetup)
#include "tst_dunningsetup.moc"
