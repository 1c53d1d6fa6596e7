// Users and permissions (issue 7, core/users): password hashes, login,
// the Users service's refusals, set-up mode, and the access checks of the
// core services for a clerk without company 002 and for the read role.
#include "testledger.h"

#include "ledger/claimnotes.h"
#include "ledger/claimoverview.h"
#include "ledger/invoicechange.h"
#include "ledger/invoicerepository.h"
#include "ledger/invoicesearch.h"
#include "ledger/posting.h"
#include "payments/paymentregistration.h"
#include "reports/saldolista.h"
#include "users/passwordhash.h"
#include "users/users.h"

#include <QtTest>

using namespace rsk;
using namespace rsk::test;

namespace {

const QString kGood = QStringLiteral("rätt-häst-batteri");
const QString kClaim001 = QStringLiteral("010000001");
const QString kClaim002 = QStringLiteral("010000002");

Access clerk001()
{
    return Access(QStringLiteral("kalle"), Role::Clerk, {QStringLiteral("001")});
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void hashFormatAndVerify_data();
    void hashFormatAndVerify();
    void loginRefusedAlike_data();
    void loginRefusedAlike();
    void loginGivesRoleAndCompanies();
    void passwordRules_data();
    void passwordRules();
    void lastAdministratorProtected_data();
    void lastAdministratorProtected();
    void administratorNeedsPasswordFirst();
    void setupMode();
    void onlyAdministratorsManageUsers();
    void changesAreAudited();
    void searchShowsVisibleCompaniesOnly_data();
    void searchShowsVisibleCompaniesOnly();
    void claimOfHiddenCompanyRefused_data();
    void claimOfHiddenCompanyRefused();
    void companyRangesChecked_data();
    void companyRangesChecked();
    void readRoleChangesNothing_data();
    void readRoleChangesNothing();

private:
    // A ledger with 001 and 002 and one claim in each.
    std::unique_ptr<TestLedger> ledgerWithTwoCompanies();
};

std::unique_ptr<TestLedger> TestUsers::ledgerWithTwoCompanies()
{
    auto t = std::make_unique<TestLedger>();
    t->addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    InvoiceDraft other = TestLedger::draft(kClaim002, Money::fromKronor(500),
                                           QStringLiteral("Andersson, Bertil"),
                                           QStringLiteral("750101-1238"));
    other.company = QStringLiteral("002");
    t->registerInvoices({TestLedger::draft(kClaim001, Money::fromKronor(1000)), other});
    return t;
}

void TestUsers::hashFormatAndVerify_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery");
    QTest::newRow("swedish letters") << QStringLiteral("Åsa-Öberg-på-ängen");
    QTest::newRow("100 characters") << QString(100, QLatin1Char('x'));
}

void TestUsers::hashFormatAndVerify()
{
    QFETCH(QString, password);
    const QString hash = passwordhash::hash(password);
    // argon2id, libsodium's INTERACTIVE limits: 64 MiB (m=65536 KiB), 2 passes.
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
    QVERIFY(!hash.contains(password));
    QVERIFY(passwordhash::verify(hash, password));
    QVERIFY(!passwordhash::verify(hash, password + QLatin1Char('!')));
    QVERIFY(!passwordhash::verify(hash, password.left(password.size() - 1)));
    // A fresh salt each time: the same password never gives the same string.
    QVERIFY(passwordhash::hash(password) != hash);
}

void TestUsers::loginRefusedAlike_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << "kalle" << "fel-lösenord-1";
    QTest::newRow("empty password") << "kalle" << "";
    QTest::newRow("unknown user") << "okand" << kGood;
    QTest::newRow("invalid user name") << "Kalle Anka!" << kGood;
    QTest::newRow("deactivated user") << "lisa" << kGood;
    QTest::newRow("user without password") << "nils" << kGood;
}

void TestUsers::loginRefusedAlike()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    for (const char *name : {"kalle", "lisa", "nils"})
        users.create(QLatin1String(name), QString(), Role::Clerk, {QStringLiteral("001")});
    users.setPassword(QStringLiteral("kalle"), kGood);
    users.setPassword(QStringLiteral("lisa"), kGood);
    users.deactivate(QStringLiteral("lisa"));
    try {
        users.login(login, password);
        QFAIL("logged in");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        // The same words whatever was wrong: nothing says whether the user exists.
        QCOMPARE(e.message(), Users::loginFailedMessage());
    }
}

void TestUsers::loginGivesRoleAndCompanies()
{
    TestLedger t;
    t.addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    t.addCompany(QStringLiteral("003"), QStringLiteral("Hamnen AB"));
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    users.create(QStringLiteral("Kalle"), QStringLiteral("Kalle Anka"), Role::Supervisor,
                 {QStringLiteral("3"), QStringLiteral("001")});
    users.setPassword(QStringLiteral("kalle"), kGood);
    // The login is kept in lower case; " KALLE " is the same user.
    const Access a = users.login(QStringLiteral(" KALLE "), kGood);
    QCOMPARE(a.user(), QStringLiteral("kalle"));
    QCOMPARE(a.role(), Role::Supervisor);
    QCOMPARE(a.companies(), (QStringList{QStringLiteral("001"), QStringLiteral("003")}));
    QVERIFY(a.canSee(QStringLiteral("003")));
    QVERIFY(!a.canSee(QStringLiteral("002")));
    QVERIFY(!a.setupMode());
    // An administrator sees every company, whatever user_company says.
    const Access admin = users.login(QStringLiteral("admin"), kGood);
    QVERIFY(admin.allCompanies());
    QVERIFY(admin.canSee(QStringLiteral("002")));
}

void TestUsers::passwordRules_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("empty") << "admin" << "" << "Lösenordet är tomt.";
    QTest::newRow("only blanks") << "admin" << "            " << "Lösenordet är tomt.";
    QTest::newRow("9 characters, one short")
        << "admin" << "123456789" << "Lösenordet är för kort: minst 10 tecken (är 9).";
    QTest::newRow("unknown user") << "okand" << kGood << "Användaren \"okand\" finns inte.";
    QTest::newRow("10 characters") << "admin" << "1234567890" << "";
}

void TestUsers::passwordRules()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, refusal);
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    try {
        users.setPassword(login, password);
        QVERIFY2(refusal.isEmpty(), "accepted");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), refusal);
    }
    QCOMPARE(users.require(QStringLiteral("admin")).hasPassword, refusal.isEmpty());
}

void TestUsers::lastAdministratorProtected_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("secondAdministrator");
    QTest::newRow("deactivate the only one") << "deactivate" << false;
    QTest::newRow("demote the only one to supervisor") << "supervisor" << false;
    QTest::newRow("demote the only one to read") << "read" << false;
    QTest::newRow("deactivate one of two") << "deactivate" << true;
    QTest::newRow("demote one of two") << "supervisor" << true;
}

void TestUsers::lastAdministratorProtected()
{
    QFETCH(QString, change);
    QFETCH(bool, secondAdministrator);
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    if (secondAdministrator) {
        users.create(QStringLiteral("bodil"), QString(), Role::Administrator);
        users.setPassword(QStringLiteral("bodil"), kGood);
    }
    const qint64 auditBefore = t.count(QStringLiteral("audit_log"));
    try {
        if (change == QLatin1String("deactivate"))
            users.deactivate(QStringLiteral("admin"));
        else
            users.setRole(QStringLiteral("admin"), *roleFromKey(change));
        QVERIFY2(secondAdministrator, "the last administrator was changed");
    } catch (const LedgerError &e) {
        QVERIFY2(!secondAdministrator, qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(QStringLiteral("admin är den sista aktiva administratören")),
                 qPrintable(e.message()));
        // Nothing half-changed: still an active administrator, nothing audited.
        const UserAccount admin = users.require(QStringLiteral("admin"));
        QCOMPARE(admin.role, Role::Administrator);
        QVERIFY(admin.active);
        QCOMPARE(t.count(QStringLiteral("audit_log")), auditBefore);
    }
}

void TestUsers::administratorNeedsPasswordFirst()
{
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.create(QStringLiteral("kalle"), QString(), Role::Clerk, {QStringLiteral("001")});
    // A clerk's password first would end set-up mode with no administrator
    // able to log in.
    QVERIFY_THROWS_EXCEPTION(LedgerError, users.setPassword(QStringLiteral("kalle"), kGood));
    QVERIFY(!users.require(QStringLiteral("kalle")).hasPassword);
    QVERIFY(users.setupMode());
    users.setPassword(QStringLiteral("admin"), kGood);
    users.setPassword(QStringLiteral("kalle"), kGood);
    // …and the administrator's password cannot then go with its role.
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             users.setRole(QStringLiteral("admin"), Role::Clerk));
}

void TestUsers::setupMode()
{
    TestLedger t;
    Users users(*t.db);
    // No users at all: set-up mode, the OS user as an administrator.
    QVERIFY(users.setupMode());
    QVERIFY(users.bootstrapAdministrator());
    QVERIFY(!users.bootstrapAdministrator()); // only once
    const UserAccount admin = users.require(QStringLiteral("admin"));
    QCOMPARE(admin.role, Role::Administrator);
    QVERIFY(!admin.hasPassword);
    QVERIFY(users.setupMode());
    const Access setup = users.setupAccess(QStringLiteral("osuser"));
    QVERIFY(setup.setupMode());
    QCOMPARE(setup.role(), Role::Administrator);
    QCOMPARE(setup.user(), QStringLiteral("osuser"));
    // The first password ends it: from now on everybody logs in.
    users.setPassword(QStringLiteral("admin"), kGood);
    QVERIFY(!users.setupMode());
    QVERIFY_THROWS_EXCEPTION(LedgerError, users.setupAccess(QStringLiteral("osuser")));
    QCOMPARE(users.login(QStringLiteral("admin"), kGood).role(), Role::Administrator);
}

void TestUsers::onlyAdministratorsManageUsers()
{
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    users.create(QStringLiteral("kalle"), QString(), Role::Supervisor, {QStringLiteral("001")});
    t.db->setAccess(Access(QStringLiteral("kalle"), Role::Supervisor, {QStringLiteral("001")}));
    QVERIFY_THROWS_EXCEPTION(LedgerError, users.list());
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             users.create(QStringLiteral("nisse"), QString(), Role::Read));
    QVERIFY_THROWS_EXCEPTION(LedgerError,
                             users.setRole(QStringLiteral("kalle"), Role::Administrator));
    QVERIFY_THROWS_EXCEPTION(LedgerError, users.setPassword(QStringLiteral("admin"), kGood));
    // Their own password they may set.
    users.setPassword(QStringLiteral("kalle"), kGood);
    t.db->setAccess(Access::unrestricted());
    QVERIFY(users.require(QStringLiteral("kalle")).hasPassword);
    QCOMPARE(users.require(QStringLiteral("kalle")).role, Role::Supervisor);
}

void TestUsers::changesAreAudited()
{
    TestLedger t;
    Users users(*t.db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.create(QStringLiteral("kalle"), QStringLiteral("Kalle Anka"), Role::Clerk,
                 {QStringLiteral("001")});
    users.setPassword(QStringLiteral("admin"), kGood);
    users.setRole(QStringLiteral("kalle"), Role::Supervisor);
    t.addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    users.setCompanies(QStringLiteral("kalle"), {QStringLiteral("002"), QStringLiteral("001")});
    users.deactivate(QStringLiteral("kalle"));
    QList<QStringList> rows;
    QSqlQuery q = t.db->run(QStringLiteral("SELECT row_key, action, field, old_value, new_value "
                                           "FROM audit_log WHERE table_name = 'app_user' "
                                           "ORDER BY id"));
    while (q.next())
        rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()};
    const QList<QStringList> expected{
        {"admin", "insert", "", "", "admin, administratör"},
        {"kalle", "insert", "", "", "Kalle Anka, handläggare, företag 001"},
        {"admin", "update", "password", "(inget)", "(nytt)"},
        {"kalle", "update", "role", "clerk", "supervisor"},
        {"kalle", "update", "companies", "001", "001,002"},
        {"kalle", "update", "active", "1", "0"},
    };
    QCOMPARE(rows, expected);
    // The hash itself is in app_user only, never in the log.
    const QString hash = t.db->scalar(QStringLiteral("SELECT password_hash FROM app_user "
                                                     "WHERE login = 'admin'"))
                             .toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QCOMPARE(t.db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value = ? "
                                         "OR old_value = ?"),
                          {hash, hash})
                 .toInt(),
             0);
}

void TestUsers::searchShowsVisibleCompaniesOnly_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("administrator"); // rows an administrator finds
    QTest::addColumn<int>("expected"); // rows the clerk finds: only 001's claim, never 002's
    QTest::newRow("every company") << "" << "" << 2 << 1;
    QTest::newRow("001-002") << "001" << "002" << 2 << 1;
    QTest::newRow("002 only") << "002" << "002" << 1 << 0;
    QTest::newRow("001 only") << "001" << "001" << 1 << 1;
}

void TestUsers::searchShowsVisibleCompaniesOnly()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, administrator);
    QFETCH(int, expected);
    auto t = ledgerWithTwoCompanies();
    InvoiceSearch s;
    s.field = InvoiceSearch::Field::Name;
    s.text = QStringLiteral("Andersson");
    s.companyFrom = from;
    s.companyTo = to;
    QCOMPARE(int(InvoiceSearchQuery(*t->db).search(s).size()), administrator);
    t->db->setAccess(clerk001());
    const QList<InvoiceSearchRow> rows = InvoiceSearchQuery(*t->db).search(s);
    QCOMPARE(int(rows.size()), expected);
    for (const InvoiceSearchRow &r : rows)
        QCOMPARE(r.company, QStringLiteral("001"));
    QCOMPARE(InvoiceSearchQuery(*t->db).count(s), qint64(expected));
    // The newest-first list (no search field) too.
    s.field = InvoiceSearch::Field::Newest;
    s.text.clear();
    QCOMPARE(int(InvoiceSearchQuery(*t->db).search(s).size()), expected);
}

void TestUsers::claimOfHiddenCompanyRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("claim overview (claim screen)") << "overview";
    QTest::newRow("repository require (invoice show)") << "require";
    QTest::newRow("change mode save") << "change";
    QTest::newRow("note") << "note";
    QTest::newRow("payment posting") << "posting";
    QTest::newRow("payment batch") << "batch";
}

void TestUsers::claimOfHiddenCompanyRefused()
{
    QFETCH(QString, action);
    auto t = ledgerWithTwoCompanies();
    const Invoice before = InvoiceRepository(*t->db).require(QStringLiteral("002"), kClaim002);
    const qint64 auditBefore = t->count(QStringLiteral("audit_log"));
    t->db->setAccess(clerk001());
    const QString company = QStringLiteral("002");
    try {
        if (action == QLatin1String("overview")) {
            ClaimOverview(*t->db).find(QStringLiteral("2"), kClaim002);
        } else if (action == QLatin1String("require")) {
            InvoiceRepository(*t->db).require(company, kClaim002);
        } else if (action == QLatin1String("change")) {
            InvoiceChange change = InvoiceChange::of(before);
            change.watchText = QStringLiteral("ändrad");
            InvoiceChangeService(*t->db).save(company, kClaim002, before.version, change);
        } else if (action == QLatin1String("note")) {
            ClaimNotes(*t->db).add(company, kClaim002, QStringLiteral("Ringt kunden"));
        } else if (action == QLatin1String("posting")) {
            PostingRequest r;
            r.company = company;
            r.invoiceNumber = kClaim002;
            r.method = QStringLiteral("1");
            r.amount = Money::fromKronor(100);
            r.transactionDate = t->db->today();
            PostingService(*t->db).post(r);
        } else {
            PaymentRegistration(*t->db).createBatch(company, QString());
        }
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(), QStringLiteral("Du har inte behörighet till företag 002."));
    }
    // Nothing seen, nothing changed.
    QVERIFY(!InvoiceRepository(*t->db).find(company, kClaim002));
    t->db->setAccess(Access::unrestricted());
    const Invoice after = InvoiceRepository(*t->db).require(company, kClaim002);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(t->count(QStringLiteral("audit_log")), auditBefore);
    // The same clerk's own company works.
    t->db->setAccess(clerk001());
    QVERIFY(ClaimOverview(*t->db).find(QStringLiteral("001"), kClaim001));
}

void TestUsers::companyRangesChecked_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    QTest::newRow("own company") << "001" << "001" << "";
    QTest::newRow("other company") << "002" << "002" << "Du har inte behörighet till företag 002.";
    QTest::newRow("range over it")
        << "001" << "003"
        << "Du har inte behörighet till företag 002, som ingår i urvalet 001–003. Ange bara "
           "dina företag (001).";
    QTest::newRow("every company")
        << "" << ""
        << "Du har inte behörighet till företag 002, och urvalet gäller alla företag. Ange "
           "bara dina företag (001).";
}

void TestUsers::companyRangesChecked()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, refusal);
    auto t = ledgerWithTwoCompanies();
    t->db->setAccess(clerk001());
    // Saldolista (6.4) stands for the reports and runs that take a range.
    SaldolistaCriteria c;
    c.companyFrom = from;
    c.companyTo = to;
    try {
        SaldolistaQuery query(*t->db, c);
        QVERIFY2(refusal.isEmpty(), "not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.message(), refusal);
    }
}

void TestUsers::readRoleChangesNothing_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("change mode save") << "change";
    QTest::newRow("note") << "note";
    QTest::newRow("payment posting") << "posting";
}

void TestUsers::readRoleChangesNothing()
{
    QFETCH(QString, action);
    auto t = ledgerWithTwoCompanies();
    const QString company = QStringLiteral("001");
    const Invoice before = InvoiceRepository(*t->db).require(company, kClaim001);
    const qint64 auditBefore = t->count(QStringLiteral("audit_log"));
    const qint64 transactionsBefore = t->count(QStringLiteral("ledger_transaction"));
    t->db->setAccess(Access(QStringLiteral("lasse"), Role::Read, {company}));
    // Reading works …
    QVERIFY(ClaimOverview(*t->db).find(company, kClaim001));
    // … changing does not.
    try {
        if (action == QLatin1String("change")) {
            InvoiceChange change = InvoiceChange::of(before);
            change.watchText = QStringLiteral("ändrad");
            InvoiceChangeService(*t->db).save(company, kClaim001, before.version, change);
        } else if (action == QLatin1String("note")) {
            ClaimNotes(*t->db).add(company, kClaim001, QStringLiteral("Ringt kunden"));
        } else {
            PostingRequest r;
            r.company = company;
            r.invoiceNumber = kClaim001;
            r.method = QStringLiteral("1");
            r.amount = Money::fromKronor(100);
            r.transactionDate = t->db->today();
            PostingService(*t->db).post(r);
        }
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().startsWith(QStringLiteral("Du har bara läsbehörighet")),
                 qPrintable(e.message()));
    }
    t->db->setAccess(Access::unrestricted());
    const Invoice after = InvoiceRepository(*t->db).require(company, kClaim001);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.watchText, before.watchText);
    QCOMPARE(t->count(QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(t->count(QStringLiteral("ledger_transaction")), transactionsBefore);
    QCOMPARE(t->count(QStringLiteral("invoice_note")), qint64(0));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
