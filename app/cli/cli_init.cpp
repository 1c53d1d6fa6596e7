// init and demo: the two commands that may create a ledger.
#include "context.h"

#include "demo/demogenerator.h"
#include "ids/giro.h"
#include "ids/swedishid.h"
#include "ledger/ledgersetup.h"
#include "ledger/referencedata.h"
#include "users/users.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// The ledger init and demo work on, which they may create. A SQLite file that
// did not exist is removed again when the command fails, so "ledger
// unchanged" holds for them too. A dry run on SQLite works on a scratch
// ledger: in memory when the file does not exist, else on a copy (the demo
// generator tunes SQLite outside any transaction, so it cannot be wrapped in
// one that is rolled back). On PostgreSQL a dry run is one unit of work that
// is never committed (rollbackOnly()).
class TargetLedger
{
public:
    TargetLedger(const Context &ctx, bool dryRun)
        : m_ctx(ctx)
        , m_location(ctx.ledger)
    {
        if (!ctx.isSqlite()) {
            m_rollbackOnly = dryRun;
            return;
        }
        const bool exists = QFileInfo::exists(ctx.ledger);
        if (dryRun && !exists) {
            m_location = QStringLiteral(":memory:");
        } else if (dryRun) {
            if (!m_scratch.isValid())
                throw LedgerError(LedgerError::Kind::Storage,
                                  Tr::tr("Kan inte skapa en tillfällig mapp för provkörningen."));
            m_location = m_scratch.filePath(QStringLiteral("dry-run.sqlite"));
            // The -wal file holds transactions not yet moved into the file.
            for (const char *suffix : {"", "-wal"}) {
                const QString from = ctx.ledger + QLatin1String(suffix);
                if (QFileInfo::exists(from)
                    && !QFile::copy(from, m_location + QLatin1String(suffix)))
                    throw LedgerError(
                        LedgerError::Kind::Storage,
                        Tr::tr("Kan inte kopiera \"%1\" för provkörningen.").arg(from));
            }
        } else if (!exists) {
            m_created = true;
            const QString folder = QFileInfo(ctx.ledger).absolutePath();
            if (!QDir().mkpath(folder))
                throw LedgerError(LedgerError::Kind::Storage,
                                  Tr::tr("Kan inte skapa mappen \"%1\".").arg(folder));
        }
    }
    ~TargetLedger()
    {
        m_db.reset();
        if (m_created && !m_kept)
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(m_ctx.ledger + QLatin1String(suffix));
    }
    Database &open()
    {
        Context ctx = m_ctx;
        ctx.ledger = m_location;
        m_db = ctx.open(Database::OpenMode::CreateIfMissing);
        return *m_db;
    }
    // Runs `change` (one unit of work of its own) so that a dry run leaves
    // the ledger as it was.
    template<typename F>
    auto apply(F change)
    {
        if (!m_rollbackOnly)
            return change();
        UnitOfWork work(*m_db); // never committed: joins and then discards `change`
        return change();
    }
    void keep() { m_kept = true; }

private:
    const Context &m_ctx;
    QString m_location;
    QTemporaryDir m_scratch;
    std::unique_ptr<Database> m_db;
    bool m_rollbackOnly = false;
    bool m_created = false;
    bool m_kept = false;
};

Company companyFromOptions(const Context &ctx, const ParsedArgs &args)
{
    Company company = LedgerSetup::defaultCompany();
    if (args.isSet(QStringLiteral("company")))
        company.number = companyOption(args, QStringLiteral("company"));
    if (args.isSet(QStringLiteral("name"))) {
        company.name = args.value(QStringLiteral("name")).trimmed();
        if (company.name.isEmpty())
            throw UsageError(Tr::tr("--name: företagets namn saknas"));
    }
    // Check the numbers here so that a typing error is a usage error (exit 2)
    // before any ledger is created.
    QString why;
    if (args.isSet(QStringLiteral("orgnr"))) {
        const auto id = SwedishId::parse(args.value(QStringLiteral("orgnr")), ctx.today(), &why);
        if (!id)
            throw UsageError(QStringLiteral("--orgnr: %1").arg(why));
        company.orgNr = id->display();
    }
    if (args.isSet(QStringLiteral("bankgiro"))) {
        const auto bg = Bankgiro::parse(args.value(QStringLiteral("bankgiro")), &why);
        if (!bg)
            throw UsageError(QStringLiteral("--bankgiro: %1").arg(why));
        company.bankgiro = bg->display();
    }
    if (args.isSet(QStringLiteral("plusgiro"))) {
        const auto pg = Plusgiro::parse(args.value(QStringLiteral("plusgiro")), &why);
        if (!pg)
            throw UsageError(QStringLiteral("--plusgiro: %1").arg(why));
        company.plusgiro = pg->display();
    }
    return company;
}

int runInit(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    const Company company = companyFromOptions(ctx, args);
    TargetLedger ledger(ctx, dryRun);
    Database &db = ledger.open();
    // The first administrator, without a password: the ledger stays in
    // set-up mode until someone sets one (core/users/users.h).
    const bool administrator = ledger.apply([&] {
        UnitOfWork work(db);
        LedgerSetup(db).initialize(company);
        const bool created = Users(db).bootstrapAdministrator();
        work.commit();
        return created;
    });
    ledger.keep();
    ctx.print(Record{
        {QStringLiteral("ledger"), Tr::tr("Reskontra"), Value::text(ctx.ledger)},
        {QStringLiteral("company"), Tr::tr("Företag"), Value::text(company.number)},
        {QStringLiteral("name"), Tr::tr("Namn"), Value::text(company.name)},
        {QStringLiteral("orgnr"), Tr::tr("Organisationsnummer"), Value::textOrNull(company.orgNr)},
        {QStringLiteral("bankgiro"), Tr::tr("Bankgiro"), Value::textOrNull(company.bankgiro)},
        {QStringLiteral("plusgiro"), Tr::tr("Plusgiro"), Value::textOrNull(company.plusgiro)},
        {QStringLiteral("routines"), Tr::tr("Rutiner"),
         Value::integer(LedgerSetup::defaultRoutines().size())},
        {QStringLiteral("payment_methods"), Tr::tr("Inbetalningssätt"),
         Value::integer(LedgerSetup::defaultPaymentMethods().size())},
        {QStringLiteral("dunning_codes"), Tr::tr("Bevakningskoder"),
         Value::integer(LedgerSetup::defaultDunningCodes().size())},
        {QStringLiteral("administrator"), Tr::tr("Administratör"),
         Value::textOrNull(administrator ? QLatin1String(Users::kBootstrapLogin) : QString())},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    if (administrator && ctx.format == Format::Table)
        ctx.print(Tr::tr("\nAdministratören %1 har inget lösenord ännu; tills någon har ett "
                         "behövs ingen inloggning. Sätt det med:\n  reskontra-cli user password %1\n")
                      .arg(QLatin1String(Users::kBootstrapLogin)));
    return ExitDone;
}

int runDemo(Context &ctx, const ParsedArgs &args)
{
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    DemoOptions options;
    options.invoices = integerOption(args, QStringLiteral("invoices"), 1, 10'000'000);
    if (args.isSet(QStringLiteral("seed")))
        options.seed = quint64(
            integerOption(args, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max()));
    options.today = ctx.fixedToday;
    TargetLedger ledger(ctx, dryRun);
    Database &db = ledger.open();
    // Progress only for a person watching: never into a log file.
    const bool showProgress = isatty(fileno(stderr));
    qint64 lastPercent = -1;
    auto progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            writeErr(Tr::tr("\rSkapar demodata: %1 %").arg(percent));
        }
        return true;
    };
    const DemoResult result = ledger.apply([&] { return generateDemo(db, options, progress); });
    if (showProgress)
        writeErr(QStringLiteral("\n"));
    ledger.keep();
    ctx.print(Record{
        {QStringLiteral("ledger"), Tr::tr("Reskontra"), Value::text(ctx.ledger)},
        {QStringLiteral("seed"), Tr::tr("Frö"), Value::integer(qint64(options.seed))},
        {QStringLiteral("invoices"), Tr::tr("Fakturor"), Value::integer(result.invoices)},
        {QStringLiteral("customers"), Tr::tr("Kunder"), Value::integer(result.customers)},
        {QStringLiteral("transactions"), Tr::tr("Transaktioner"),
         Value::integer(result.transactions)},
        {QStringLiteral("lines"), Tr::tr("Fakturarader"), Value::integer(result.lines)},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

} // namespace

QList<CommandSpec> ledgerCommands()
{
    CommandSpec init;
    init.words = {QStringLiteral("init")};
    init.synopsis = QStringLiteral("[--company NNN --name N --orgnr N --bankgiro N --plusgiro N] "
                                   "[--dry-run]");
    init.summary = Tr::tr("lägg upp en ny reskontra med rutiner, inbetalningssätt, "
                          "bevakningskoder och referensräntor");
    init.description = Tr::tr("Skapar filen om den saknas. Vägrar (slutkod 1) om reskontran "
                              "redan är upplagd. Utan flaggor blir första företaget 001 "
                              "Kommunen.");
    init.options = {
        {QStringLiteral("company"), QStringLiteral("NNN"), Tr::tr("första företagets nummer")},
        {QStringLiteral("name"), QStringLiteral("N"), Tr::tr("första företagets namn")},
        {QStringLiteral("orgnr"), QStringLiteral("N"), Tr::tr("organisationsnummer")},
        {QStringLiteral("bankgiro"), QStringLiteral("N"), Tr::tr("bankgironummer")},
        {QStringLiteral("plusgiro"), QStringLiteral("N"), Tr::tr("plusgironummer")},
        dryRunOption(),
    };
    init.run = runInit;

    CommandSpec demo;
    demo.words = {QStringLiteral("demo")};
    demo.synopsis = QStringLiteral("--invoices N [--seed S] [--dry-run]");
    demo.summary = Tr::tr("skapa eller fyll en reskontra med realistiska påhittade data");
    demo.description = Tr::tr("Samma frö ger samma data. Reskontran läggs upp först om den är "
                              "tom. Allt eller inget.");
    demo.options = {
        {QStringLiteral("invoices"), QStringLiteral("N"), Tr::tr("antal fakturor"), true},
        {QStringLiteral("seed"), QStringLiteral("S"), Tr::tr("frö (standard 1)")},
        dryRunOption(),
    };
    demo.run = runDemo;
    return {init, demo};
}

} // namespace rsk::cli
