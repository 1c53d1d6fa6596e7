// reskontra-cli: the batch interface (CLI.md). Only wiring lives here: global
// options, finding the command in the registry, exit codes. The commands are
// in cli_*.cpp; the work is done by core.
#include "context.h"

#include "dates/dateparse.h"
#include "storage/defaultledger.h"
#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <exception>
#include <memory>

#ifndef RESKONTRA_VERSION
#define RESKONTRA_VERSION "0.1.0" // keep in step with project() in CMakeLists.txt
#endif

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

QList<OptionSpec> globalOptions()
{
    return {
        {QStringLiteral("db"), QStringLiteral("LEDGER"), QString()},
        {QStringLiteral("user"), QStringLiteral("NAME"), QString()},
        {QStringLiteral("today"), QStringLiteral("D"), QString()},
        {QStringLiteral("format"), QStringLiteral("F"), QString()},
        {QStringLiteral("help"), QString(), QString()},
    };
}

QString generalHelp(const QList<CommandSpec> &commands)
{
    QString out = Tr::tr("Användning: reskontra-cli [--db LEDGER] [--user NAME] [--today D] "
                         "[--format table|csv|json] KOMMANDO ...")
                  + QLatin1String("\n\n")
                  + Tr::tr("Reskontra, kundreskontran, för schemalagda körningar.")
                  + QLatin1String("\n\n") + Tr::tr("Kommandon:") + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const CommandSpec &c : commands)
        rows.append({QStringLiteral("  ") + c.name(), c.summary});
    out += alignColumns(rows, {false, false}, false);
    out += QLatin1Char('\n')
           + Tr::tr("Reskontran: --db, annars $RESKONTRA_DB, annars %1.").arg(defaultLedgerPath())
           + QLatin1Char('\n') + Tr::tr("Användare: --user, annars $RESKONTRA_USER, annars $USER.")
           + QLatin1Char('\n')
           + Tr::tr("Lösenord (när någon användare har ett): $RESKONTRA_PASSWORD, annars frågas "
                    "det på terminalen.")
           + QLatin1Char('\n')
           + Tr::tr("Slutkoder: 0 klart, 1 vägrat eller misslyckat (reskontran oförändrad), "
                    "2 felaktigt anrop, 3 felaktig indatafil.")
           + QLatin1Char('\n') + Tr::tr("Mer om ett kommando: reskontra-cli KOMMANDO --help")
           + QLatin1Char('\n');
    return out;
}

int usageError(const QString &message, const CommandSpec *command)
{
    QString text = QStringLiteral("reskontra-cli: %1\n").arg(message);
    if (command)
        text += Tr::tr("Användning: %1").arg(command->usageLine()) + QLatin1Char('\n')
                + Tr::tr("Mer hjälp: reskontra-cli %1 --help").arg(command->name())
                + QLatin1Char('\n');
    else
        text += Tr::tr("Användning: reskontra-cli [GLOBALA FLAGGOR] KOMMANDO ...")
                + QLatin1Char('\n') + Tr::tr("Mer hjälp: reskontra-cli --help") + QLatin1Char('\n');
    writeErr(text);
    return ExitUsage;
}

// The longest command whose words start `words`, or null.
const CommandSpec *findCommand(const QList<CommandSpec> &commands, const QStringList &words)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &c : commands) {
        if (c.words.size() > words.size() || (best && best->words.size() >= c.words.size()))
            continue;
        if (words.mid(0, c.words.size()) == c.words)
            best = &c;
    }
    return best;
}

// Applies --db/--user/--today/--format from `args` (later ones win).
void applyGlobals(Context &ctx, const ParsedArgs &args)
{
    if (args.isSet(QStringLiteral("db")))
        ctx.ledger = args.value(QStringLiteral("db"));
    if (args.isSet(QStringLiteral("user")))
        ctx.user = args.value(QStringLiteral("user"));
    if (args.isSet(QStringLiteral("today")))
        ctx.fixedToday = dateOption(args, QStringLiteral("today"), QDate::currentDate());
    if (args.isSet(QStringLiteral("format"))) {
        const QString f = args.value(QStringLiteral("format"));
        if (f == QLatin1String("table"))
            ctx.format = Format::Table;
        else if (f == QLatin1String("csv"))
            ctx.format = Format::Csv;
        else if (f == QLatin1String("json"))
            ctx.format = Format::Json;
        else
            throw UsageError(Tr::tr("--format: \"%1\" ska vara table, csv eller json").arg(f));
    }
}

int run(const QStringList &args)
{
    const QList<CommandSpec> commands = allCommands();
    const QList<OptionSpec> globals = globalOptions();

    // Global options before the command word.
    int start = 0;
    while (start < args.size() && args.at(start).startsWith(QLatin1Char('-'))) {
        const QString &a = args.at(start);
        if (a == QLatin1String("--version")) {
            writeOut(
                QStringLiteral("reskontra-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return ExitDone;
        }
        ++start;
        const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
        for (const OptionSpec &o : globals)
            if (a.startsWith(QLatin1String("--")) && o.name == name && o.takesValue()
                && !a.contains(QLatin1Char('=')))
                ++start;
    }

    Context ctx;
    ctx.ledger = qEnvironmentVariable("RESKONTRA_DB");
    if (ctx.ledger.isEmpty())
        ctx.ledger = defaultLedgerPath();
    ctx.user = qEnvironmentVariable("RESKONTRA_USER");
    if (ctx.user.isEmpty())
        ctx.user = qEnvironmentVariable("USER", QStringLiteral("okänd"));

    const CommandSpec *command = nullptr;
    try {
        const ParsedArgs before
            = parseArgs(args.mid(0, std::min(start, int(args.size()))), globals);
        if (before.isSet(QStringLiteral("help"))) {
            writeOut(generalHelp(commands));
            return ExitDone;
        }
        const QStringList rest = args.mid(start);
        if (rest.isEmpty())
            throw UsageError(Tr::tr("kommando saknas"));
        command = findCommand(commands, rest);
        if (!command) {
            QStringList known;
            for (const CommandSpec &c : commands)
                if (c.words.size() > 1 && c.words.first() == rest.first())
                    known << c.words.at(1);
            if (!known.isEmpty())
                throw UsageError(Tr::tr("\"%1\" behöver ett underkommando: %2")
                                     .arg(rest.first(), known.join(QLatin1Char('|'))));
            throw UsageError(Tr::tr("okänt kommando \"%1\"").arg(rest.first()));
        }
        ctx.command = command;
        const ParsedArgs parsed
            = parseArgs(rest.mid(command->words.size()), command->options + globals);
        if (parsed.isSet(QStringLiteral("help"))) {
            writeOut(command->help());
            return ExitDone;
        }
        const QStringList &positional = parsed.positional();
        if (positional.size() < command->positionals.size())
            throw UsageError(Tr::tr("%1 saknas").arg(command->positionals.at(positional.size())));
        if (positional.size() > command->positionals.size())
            throw UsageError(
                Tr::tr("oväntat argument \"%1\"").arg(positional.at(command->positionals.size())));
        applyGlobals(ctx, before);
        applyGlobals(ctx, parsed);
        ctx.args = &parsed;
        return command->run(ctx, parsed);
    } catch (const UsageError &e) {
        return usageError(e.message(), command);
    } catch (const LedgerError &e) {
        writeErr(QStringLiteral("reskontra-cli: %1\n").arg(e.message()));
        return ExitFailed;
    } catch (const std::exception &e) {
        writeErr(QStringLiteral("reskontra-cli: %1\n").arg(QString::fromLocal8Bit(e.what())));
        return ExitFailed;
    }
}

} // namespace

} // namespace rsk::cli

// A command that writes a PDF (--pdf FILE) lays out text: that needs fonts
// and a paint device, i.e. a QGuiApplication; on a server without a display
// it runs on the offscreen platform. Every other command stays QtCore-only.
static bool rendersPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (rendersPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Reskontra"));
    QCoreApplication::setApplicationName(QStringLiteral("reskontra-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RESKONTRA_VERSION));
    return rsk::cli::run(QCoreApplication::arguments().mid(1));
}
