// backup FILE and restore FILE: the whole ledger into one file and back
// (issue 7 item 8). The work is done by core/storage/backup.h.
#include "context.h"

#include "storage/backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

QString engineName(Engine engine)
{
    return SqlDialect(engine).engineName();
}

// Backup and restore hand the whole ledger over: administrators only. The
// ledger is opened (and closed again) to know who is asking.
void requireAdministrator(const Context &ctx, const QString &what)
{
    const auto db = ctx.open(Database::OpenMode::OpenExisting);
    db->access().requireRole(Role::Administrator, what);
}

int runBackup(Context &ctx, const ParsedArgs &args)
{
    const QString file = args.positional().at(0);
    const bool force = args.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(file) && !force)
        throw LedgerError::refused(
            Tr::tr("Filen \"%1\" finns redan. Ange --force för att skriva över den.").arg(file));
    requireAdministrator(ctx, Tr::tr("Säkerhetskopiera reskontran"));
    const BackupFacts facts = LedgerBackup(ctx.ledger, ctx.user).backup(file, force);
    ctx.print(Record{
        {QStringLiteral("ledger"), Tr::tr("Reskontra"), Value::text(facts.ledger)},
        {QStringLiteral("engine"), Tr::tr("Databas"), Value::text(engineName(facts.engine))},
        {QStringLiteral("file"), Tr::tr("Säkerhetskopia"), Value::text(facts.file)},
        {QStringLiteral("schema_version"), Tr::tr("Schemaversion"),
         Value::integer(facts.schemaVersion)},
        {QStringLiteral("bytes"), Tr::tr("Storlek (byte)"), Value::integer(facts.bytes)},
    });
    return ExitDone;
}

int runRestore(Context &ctx, const ParsedArgs &args)
{
    const QString file = args.positional().at(0);
    const bool force = args.isSet(QStringLiteral("force"));
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    const LedgerBackup backup(ctx.ledger, ctx.user);
    // The file first: a wrong file is the likelier mistake, and says so
    // whatever the ledger is.
    BackupFacts facts = backup.inspect(file);
    facts.replaced = backup.targetExists();
    if (facts.replaced && !force)
        throw LedgerError::refused(
            Tr::tr("Reskontran \"%1\" finns redan. Ange --force för att ersätta den med "
                   "säkerhetskopian; allt som gjorts i den efter säkerhetskopian försvinner.")
                .arg(facts.ledger));
    if (facts.replaced) {
        try {
            requireAdministrator(ctx, Tr::tr("Återställ reskontran från en säkerhetskopia"));
        } catch (const LedgerError &e) {
            // A ledger too damaged to open has no users to ask: the file
            // system's permissions decide who may replace it.
            if (e.kind() != LedgerError::Kind::Storage)
                throw;
        }
    }
    if (!dryRun)
        facts = backup.restore(file, force);
    ctx.print(Record{
        {QStringLiteral("ledger"), Tr::tr("Reskontra"), Value::text(facts.ledger)},
        {QStringLiteral("engine"), Tr::tr("Databas"), Value::text(engineName(facts.engine))},
        {QStringLiteral("file"), Tr::tr("Säkerhetskopia"), Value::text(facts.file)},
        {QStringLiteral("schema_version"), Tr::tr("Schemaversion"),
         Value::integer(facts.schemaVersion)},
        {QStringLiteral("replaced"), Tr::tr("Ersatte befintlig reskontra"),
         Value::boolean(facts.replaced)},
        {QStringLiteral("invoices"), Tr::tr("Fakturor"),
         facts.invoices >= 0 ? Value::integer(facts.invoices) : Value()},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

} // namespace

QList<CommandSpec> backupCommands()
{
    const OptionSpec force{QStringLiteral("force"), QString(),
                           Tr::tr("skriv över en fil som finns / ersätt en reskontra som finns")};
    CommandSpec backup;
    backup.words = {QStringLiteral("backup")};
    backup.synopsis = QStringLiteral("FILE [--force]");
    backup.summary = Tr::tr("säkerhetskopiera hela reskontran till en fil medan andra arbetar i den");
    backup.description = Tr::tr(
        "SQLite: en sammanhängande ögonblicksbild av det senast sparade (VACUUM INTO); den som\n"
        "arbetar i reskontran under tiden störs inte. PostgreSQL: pg_dump -Fc (paketet\n"
        "postgresql-client), lösenordet går via PGPASSWORD. Filen skrivs under ett tillfälligt\n"
        "namn bredvid och byter namn när den är klar. Endast administratörer.");
    backup.options = {force};
    backup.positionals = {QStringLiteral("FILE")};
    backup.run = runBackup;

    CommandSpec restore;
    restore.words = {QStringLiteral("restore")};
    restore.synopsis = QStringLiteral("FILE [--force] [--dry-run]");
    restore.summary = Tr::tr("återställ reskontran från en säkerhetskopia; allt eller inget");
    restore.description = Tr::tr(
        "Filen ska vara en säkerhetskopia av en reskontra med en schemaversion som programmet\n"
        "känner till (en äldre uppgraderas när den öppnas). En reskontra som finns ersätts\n"
        "bara med --force, och inte medan den är öppen någon annanstans. SQLite: kopian\n"
        "kontrolleras och byter sedan plats med den gamla filen i ett steg. PostgreSQL:\n"
        "pg_restore --clean --if-exists --no-owner, allt i en transaktion. Återställningen\n"
        "skrivs i granskningsloggen.");
    restore.options = {force, dryRunOption()};
    restore.positionals = {QStringLiteral("FILE")};
    restore.run = runRestore;
    return {backup, restore};
}

} // namespace rsk::cli
