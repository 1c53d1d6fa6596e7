#include "context.h"

#include "dates/dateparse.h"
#include "ledger/invoicerepository.h"
#include "ledger/referencedata.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};
} // namespace

void Context::print(const QString &jsonName, const Table &table) const
{
    switch (format) {
    case Format::Json:
        print(Json::object().add(jsonName, table.asJson()).serialize());
        break;
    case Format::Csv:
        print(table.asCsv());
        break;
    case Format::Table:
        print(table.asTable());
        break;
    }
}

bool Context::isSqlite() const
{
    return !ledger.startsWith(QLatin1String("postgresql://"))
           && !ledger.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<Database> Context::open(Database::OpenMode mode) const
{
    auto db = Database::open(ledger, mode);
    db->setUser(user);
    if (fixedToday.isValid())
        db->setToday(fixedToday);
    authorize(*db);
    return db;
}

QString CommandSpec::usageLine() const
{
    QString line = QStringLiteral("reskontra-cli ") + name();
    if (!synopsis.isEmpty())
        line += QLatin1Char(' ') + synopsis;
    return line;
}

QString CommandSpec::help() const
{
    QString out = Tr::tr("Användning: %1").arg(usageLine()) + QLatin1String("\n\n") + summary
                  + QLatin1Char('\n');
    if (!description.isEmpty())
        out += QLatin1Char('\n') + description + QLatin1Char('\n');
    QList<QStringList> rows;
    for (const OptionSpec &o : options) {
        QString left = QStringLiteral("  --") + o.name;
        if (o.takesValue())
            left += QLatin1Char(' ') + o.valueName;
        rows.append({left, o.help + (o.required ? Tr::tr(" (krävs)") : QString())});
    }
    if (!rows.isEmpty())
        out += QLatin1Char('\n') + Tr::tr("Flaggor:") + QLatin1Char('\n')
               + alignColumns(rows, {false, false}, false);
    out += QLatin1Char('\n') + Tr::tr("Gemensamma flaggor:") + QLatin1Char('\n')
           + alignColumns({{QStringLiteral("  --db LEDGER"),
                            Tr::tr("reskontrans fil eller postgresql://-adress")},
                           {QStringLiteral("  --user NAME"),
                            Tr::tr("användare (loggas; inloggning när reskontran har lösenord)")},
                           {QStringLiteral("  --today D"), Tr::tr("dagens datum (för körningar "
                                                                  "som ska kunna upprepas)")},
                           {QStringLiteral("  --format F"), QStringLiteral("table | csv | json")},
                           {QStringLiteral("  --help"), Tr::tr("den här texten")}},
                          {false, false}, false);
    return out;
}

OptionSpec dryRunOption()
{
    return {QStringLiteral("dry-run"), QString(),
            Tr::tr("visa vad som skulle hända, ändra ingenting")};
}

Money moneyOption(const ParsedArgs &args, const QString &name)
{
    QString why;
    const auto amount = Money::parse(args.value(name), &why);
    if (!amount)
        throw UsageError(QStringLiteral("--%1: %2").arg(name, why));
    return *amount;
}

QDate dateOption(const ParsedArgs &args, const QString &name, const QDate &referenceDate)
{
    QString why;
    const auto date = parseDate(args.value(name), referenceDate, &why);
    if (!date)
        throw UsageError(QStringLiteral("--%1: %2").arg(name, why));
    return *date;
}

QString companyOption(const ParsedArgs &args, const QString &name)
{
    const auto number = ReferenceData::normalizeCompanyNumber(args.value(name));
    if (!number)
        throw UsageError(
            Tr::tr("--%1: företagsnumret \"%2\" ska vara 1–3 siffror").arg(name, args.value(name)));
    return *number;
}

QPair<QString, QString> companyRangeOption(const ParsedArgs &args, const QString &name)
{
    const QString text = args.value(name).trimmed();
    const QStringList parts = text.split(QLatin1Char('-'));
    std::optional<QString> from = ReferenceData::normalizeCompanyNumber(parts.value(0));
    std::optional<QString> to
        = parts.size() == 2 ? ReferenceData::normalizeCompanyNumber(parts.value(1)) : from;
    if (parts.size() > 2 || !from || !to || *to < *from)
        throw UsageError(Tr::tr("--%1: \"%2\" ska vara ett företag (001) eller ett intervall "
                                "(001-003)")
                             .arg(name, text));
    return {*from, *to};
}

QString invoiceNumberArgument(const QString &text, const QString &what)
{
    const auto number = InvoiceRepository::normalizeInvoiceNumber(text);
    if (!number)
        throw UsageError(Tr::tr("%1: fakturanumret \"%2\" ska vara 1–9 siffror").arg(what, text));
    return *number;
}

qint64 integerOption(const ParsedArgs &args, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = args.value(name).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw UsageError(Tr::tr("--%1: \"%2\" ska vara ett heltal %3–%4")
                             .arg(name, args.value(name))
                             .arg(min)
                             .arg(max));
    return value;
}

QList<CommandSpec> bookkeepingCommands(); // bookkeeping run (cli_bookkeeping.cpp)
QList<CommandSpec> reportCommands(); // report inbetalningslista/-prognos/inbetalningar (cli_reports.cpp)
QList<CommandSpec> paymentImportCommands(); // import bgmax/totalin, registers (cli_payments_import.cpp)
QList<CommandSpec> interestCommands(); // interest, rate list/set (cli_interest.cpp)
QList<CommandSpec> dunningSetupCommands(); // dunning settings, dunning-code … (cli_dunning_setup.cpp)
QList<CommandSpec> unbilledCommands(); // report ej-debiterade (cli_unbilled.cpp)
QList<CommandSpec> dunningRunCommands(); // dunning run/runs/undo/copies (cli_dunning_run.cpp)
QList<CommandSpec> interestInvoicingCommands(); // interest-invoicing run, interest-transfer (cli_interest_invoicing.cpp)
QList<CommandSpec> paymentOrderCommands(); // payment-order … (cli_payment_order.cpp)
QList<CommandSpec> paymentPlanCommands(); // payment-plan, list, show (cli_payment_plan.cpp)

QList<CommandSpec> agencyCommands(); // agency transfer/corrections/settings/details (cli_agency.cpp)
QList<CommandSpec> threatCommands(); // threat run (cli_threat.cpp)
QList<CommandSpec> saldolistaCommands(); // report saldolista/kundfordringar (cli_saldolista.cpp)
QList<CommandSpec> backupCommands(); // backup, restore (cli_backup.cpp)
QList<CommandSpec> purgeCommands(); // purge paid (cli_purge.cpp)

QList<CommandSpec> allCommands()
{
    QList<CommandSpec> all = ledgerCommands() + importCommands() + paymentCommands() + invoiceCommands()
           + validateCommands() + bookkeepingCommands() + reportCommands()
           + paymentImportCommands() + interestCommands() + dunningSetupCommands()
           + unbilledCommands()
           + paymentOrderCommands()
           + paymentPlanCommands()
           + dunningRunCommands()
           + interestInvoicingCommands()
           + agencyCommands()
           + threatCommands()
           + saldolistaCommands()
           + backupCommands()
           + purgeCommands()
           + userCommands();
    applyRoleTable(all);
    return all;
}

} // namespace rsk::cli
