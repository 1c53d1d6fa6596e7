// reskontra-cli and users (issue 7): init's administrator and set-up mode,
// login with --user and $RESKONTRA_PASSWORD, the role each command needs,
// a clerk without company 002, and the user commands.
#include "clirunner.h"
#include "testledger.h"

#include "ledger/invoicerepository.h"
#include "users/users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rsk;
using namespace rsk::test;

namespace {

const QString kGood = QStringLiteral("rätt-häst-batteri");
const QString kClaim001 = QStringLiteral("010000001");
const QString kClaim002 = QStringLiteral("010000002");

} // namespace

class TestCliUsers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void initCreatesAdministratorInSetupMode();
    void loginRefusedAlike_data();
    void loginRefusedAlike();
    void roleMatrix_data();
    void roleMatrix();
    void clerkWithoutCompany002_data();
    void clerkWithoutCompany002();
    void supervisorImportsOnlyOwnCompanies();
    void userCommands();

private:
    using Run = CliRun;
    // Runs the CLI on `ledger` as `user` with `password` in
    // $RESKONTRA_PASSWORD (none when null) and `input` on stdin.
    Run cli(const QString &ledger, const QStringList &args, const QString &user = QString(),
            const QString &password = QString(), const QString &input = QString());

    std::unique_ptr<TestLedger> m_ledger; // 001, 002, one claim each; users with passwords
};

TestCliUsers::Run TestCliUsers::cli(const QString &ledger, const QStringList &args,
                                    const QString &user, const QString &password,
                                    const QString &input)
{
    CliOptions options;
    options.user = user;
    options.unset << QStringLiteral("RESKONTRA_PASSWORD");
    options.environment.insert(QStringLiteral("RESKONTRA_USER"), QStringLiteral("osuser"));
    if (!password.isNull())
        options.environment.insert(QStringLiteral("RESKONTRA_PASSWORD"), password);
    options.input = input.toUtf8();
    options.timeoutMs = 120000;
    return runCli(ledger, args, options);
}

void TestCliUsers::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(RESKONTRA_CLI_PATH)), RESKONTRA_CLI_PATH);
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    InvoiceDraft other = TestLedger::draft(kClaim002, Money::fromKronor(500),
                                           QStringLiteral("Andersson, Bertil"),
                                           QStringLiteral("750101-1238"));
    other.company = QStringLiteral("002");
    m_ledger->registerInvoices({TestLedger::draft(kClaim001, Money::fromKronor(1000)), other});
    Users users(*m_ledger->db);
    users.create(QStringLiteral("admin"), QString(), Role::Administrator);
    users.setPassword(QStringLiteral("admin"), kGood);
    const QStringList both{QStringLiteral("001"), QStringLiteral("002")};
    users.create(QStringLiteral("lasse"), QString(), Role::Read, {QStringLiteral("001")});
    users.create(QStringLiteral("kalle"), QString(), Role::Clerk, {QStringLiteral("001")});
    users.create(QStringLiteral("sam"), QString(), Role::Supervisor, both);
    for (const char *login : {"lasse", "kalle", "sam"})
        users.setPassword(QLatin1String(login), kGood);
    m_ledger->db.reset(); // the CLI opens the ledger itself
}

void TestCliUsers::initCreatesAdministratorInSetupMode()
{
    QTemporaryDir dir;
    const QString ledger = newLedgerLocation(dir, QStringLiteral("new"));
    Run run = cli(ledger, {QStringLiteral("init")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(QStringLiteral("reskontra-cli user password admin")),
             qPrintable(run.out));
    // Set-up mode: no login, the OS user works as an administrator.
    run = cli(ledger, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("user"),
                       QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("users"))
                                 .toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("login")).toString(),
             QStringLiteral("admin"));
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("administrator"));
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("has_password")).toBool(), false);
    // The new password from stdin (a script); too short first.
    run = cli(ledger, {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("admin")},
              QString(), QString(), QStringLiteral("kort\n"));
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("för kort")), qPrintable(run.err));
    run = cli(ledger, {QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("admin")},
              QString(), QString(), kGood + QLatin1Char('\n'));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Set-up mode is over: without a password the command is refused …
    run = cli(ledger, {QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QStringLiteral("kräver inloggning")), qPrintable(run.err));
    // … with it, it runs.
    run = cli(ledger, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("admin"),
              kGood);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    if (PgTestServer *pg = PgTestServer::instance())
        pg->drop(ledger);
}

void TestCliUsers::loginRefusedAlike_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << "kalle" << "fel-lösenord-1";
    QTest::newRow("unknown user") << "okand" << kGood;
    QTest::newRow("empty password") << "kalle" << "";
}

void TestCliUsers::loginRefusedAlike()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    const Run run = cli(m_ledger->path,
                        {QStringLiteral("invoice"), QStringLiteral("show"),
                         QStringLiteral("--company"), QStringLiteral("001"), kClaim001},
                        user, password);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("reskontra-cli: %1\n").arg(Users::loginFailedMessage()));
    QVERIFY(run.out.isEmpty());
}

void TestCliUsers::roleMatrix_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // part of stderr when refused
    const QStringList show{"invoice", "show", "--company", "001", kClaim001};
    const QStringList pay{"payment", "add", "--company", "001", "--invoice", kClaim001,
                          "--amount", "100", "--method", "1", "--date", "2026-11-25",
                          "--dry-run"};
    const QStringList dunning{"dunning", "run", "--date", "2026-03-01", "--company", "001",
                              "--dry-run"};
    const QStringList users{"user", "list"};
    QTest::newRow("read: invoice show") << "lasse" << show << 0 << "";
    QTest::newRow("read: payment add")
        << "lasse" << pay << 1
        << "Du har bara läsbehörighet: Kommandot \"payment add\" kräver rollen handläggare.";
    QTest::newRow("clerk: payment add") << "kalle" << pay << 0 << "";
    QTest::newRow("clerk: dunning run")
        << "kalle" << dunning << 1
        << "Kommandot \"dunning run\" kräver rollen arbetsledare (du är handläggare).";
    QTest::newRow("supervisor: dunning run") << "sam" << dunning << 0 << "";
    QTest::newRow("supervisor: user list")
        << "sam" << users << 1
        << "Kommandot \"user list\" kräver rollen administratör (du är arbetsledare).";
    QTest::newRow("administrator: user list") << "admin" << users << 0 << "";
    QTest::newRow("no ledger, no login: validate id")
        << "" << QStringList{"validate", "id", "811218-9876"} << 0 << "";
}

void TestCliUsers::roleMatrix()
{
    QFETCH(QString, user);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(m_ledger->path, args, user, user.isEmpty() ? QString() : kGood);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliUsers::clerkWithoutCompany002_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("invoice show 002")
        << QStringList{"invoice", "show", "--company", "002", kClaim002} << 1
        << "Du har inte behörighet till företag 002.";
    QTest::newRow("invoice search --company 002")
        << QStringList{"invoice", "search", "--name", "Andersson", "--company", "002"} << 1
        << "Du har inte behörighet till företag 002.";
    QTest::newRow("payment add on 002")
        << QStringList{"payment", "add", "--company", "002", "--invoice", kClaim002, "--amount",
                       "100", "--method", "1", "--date", "2026-11-25"}
        << 1 << "Du har inte behörighet till företag 002.";
    QTest::newRow("saldolista over every company")
        << QStringList{"report", "saldolista"} << 1
        << "Du har inte behörighet till företag 002, och urvalet gäller alla företag.";
    QTest::newRow("saldolista 001-002")
        << QStringList{"report", "saldolista", "--company", "001-002"} << 1
        << "Du har inte behörighet till företag 002, som ingår i urvalet 001–002.";
    QTest::newRow("saldolista 001") << QStringList{"report", "saldolista", "--company", "001"}
                                    << 0 << "";
}

void TestCliUsers::clerkWithoutCompany002()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    auto db = Database::open(m_ledger->path, Database::OpenMode::OpenExisting);
    const qint64 version002 = InvoiceRepository(*db).require(QStringLiteral("002"), kClaim002).version;
    const Run run = cli(m_ledger->path, args, QStringLiteral("kalle"), kGood);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    if (!message.isEmpty())
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(InvoiceRepository(*db).require(QStringLiteral("002"), kClaim002).version, version002);

    // The search without a company lists 001's claim and never 002's.
    const Run search = cli(m_ledger->path,
                           {"--format", "json", "invoice", "search", "--name", "Andersson"},
                           QStringLiteral("kalle"), kGood);
    QVERIFY2(search.exitCode == 0, qPrintable(search.describe()));
    QStringList companies;
    for (const QJsonValue &v : QJsonDocument::fromJson(search.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("invoices"))
                                   .toArray())
        companies << v.toObject().value(QStringLiteral("company")).toString();
    QCOMPARE(companies, QStringList{QStringLiteral("001")});
}

void TestCliUsers::supervisorImportsOnlyOwnCompanies()
{
    // "nora" supervises 001 only: a file with a line of 002 is refused line
    // by line, and not even 001's good line is imported.
    {
        auto db = Database::open(m_ledger->path, Database::OpenMode::OpenExisting);
        Users users(*db);
        users.create(QStringLiteral("nora"), QString(), Role::Supervisor, {QStringLiteral("001")});
        users.setPassword(QStringLiteral("nora"), kGood);
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("two.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("company;invoice_number;id_number;name;invoice_date;due_date;amount\n"
            "001;010000050;811218-9876;Ett;2026-11-01;2026-11-30;100\n"
            "002;010000051;811218-9876;Två;2026-11-01;2026-11-30;200\n");
    f.close();
    const Run run = cli(m_ledger->path, {"import", "invoices", file}, QStringLiteral("nora"), kGood);
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(file + QStringLiteral(":3: company: du har inte behörighet att "
                                                    "registrera fakturor i företag 002")),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(file + QStringLiteral(":2:")), qPrintable(run.err));
    auto db = Database::open(m_ledger->path, Database::OpenMode::OpenExisting);
    QVERIFY(!InvoiceRepository(*db).exists(QStringLiteral("001"), QStringLiteral("010000050")));
    QVERIFY(!InvoiceRepository(*db).exists(QStringLiteral("002"), QStringLiteral("010000051")));

    // Without the 002 line the same supervisor imports.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("company;invoice_number;id_number;name;invoice_date;due_date;amount\n"
            "001;010000050;811218-9876;Ett;2026-11-01;2026-11-30;100\n");
    f.close();
    const Run ok = cli(m_ledger->path, {"import", "invoices", file}, QStringLiteral("nora"), kGood);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    QVERIFY(InvoiceRepository(*db).exists(QStringLiteral("001"), QStringLiteral("010000050")));
}

void TestCliUsers::userCommands()
{
    QTemporaryDir dir;
    const QString ledger = newLedgerLocation(dir, QStringLiteral("users"));
    QCOMPARE(cli(ledger, {QStringLiteral("init")}).exitCode, 0);
    const QStringList admin{QStringLiteral("admin"), kGood};
    Run run = cli(ledger, {"user", "password", "admin"}, QString(), QString(), kGood + "\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    auto as = [&](const QStringList &args, const QString &input = QString()) {
        return cli(ledger, args, admin.at(0), admin.at(1), input);
    };
    run = as({"--format", "json", "user", "add", "Nisse", "--role", "clerk", "--name",
              "Nils Nilsson", "--companies", "1"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(o.value("login").toString(), QStringLiteral("nisse"));
    QCOMPARE(o.value("companies").toString(), QStringLiteral("001"));
    QCOMPARE(o.value("has_password").toBool(), false);
    // Unknown role: a usage error; unknown company: refused.
    QCOMPARE(as({"user", "add", "olle", "--role", "chef"}).exitCode, 2);
    run = as({"user", "companies", "nisse", "001,009"});
    QVERIFY2(run.exitCode == 1 && run.err.contains("Företag 009 finns inte."), qPrintable(run.describe()));
    QCOMPARE(as({"user", "role", "nisse", "supervisor"}).exitCode, 0);
    // A dry run changes nothing.
    run = as({"--format", "json", "user", "deactivate", "nisse", "--dry-run"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("active").toBool(), false);
    // The last administrator stays.
    run = as({"user", "role", "admin", "clerk"});
    QVERIFY2(run.exitCode == 1 && run.err.contains("sista aktiva administratören"),
             qPrintable(run.describe()));
    run = as({"user", "password", "nisse"}, QStringLiteral("nisses-lösenord\n"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(cli(ledger, {"invoice", "search"}, "nisse", "nisses-lösenord").exitCode, 0);
    QCOMPARE(as({"user", "deactivate", "nisse"}).exitCode, 0);
    run = cli(ledger, {"invoice", "search"}, "nisse", "nisses-lösenord");
    QCOMPARE(run.err, QStringLiteral("reskontra-cli: %1\n").arg(Users::loginFailedMessage()));
    run = as({"--format", "json", "user", "list"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray users = QJsonDocument::fromJson(run.out.toUtf8()).object().value("users").toArray();
    QStringList rows;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(u.value("login").toString(), u.value("role").toString(),
                         u.value("companies").toString(),
                         u.value("active").toBool() ? "active" : "inactive",
                         u.value("has_password").toBool() ? "password" : "-");
    }
    QCOMPARE(rows, (QStringList{"admin administrator alla active password",
                                "nisse supervisor 001 inactive password"}));
    // The idle log-out setting.
    run = as({"--format", "json", "user", "idle-logout", "--minutes", "15"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value("idle_logout_minutes").toInt(),
             15);
    if (PgTestServer *pg = PgTestServer::instance())
        pg->drop(ledger);
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
