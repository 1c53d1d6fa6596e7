// validate id|bankgiro|plusgiro|ocr VALUE and ocr make BASE (FACTS-SE §7).
// No ledger is opened.
#include "context.h"

#include "ids/giro.h"
#include "ids/ocr.h"
#include "ids/swedishid.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// A failed check: the reason on stderr, exit 1 (CLI.md "validate").
int invalid(const QString &reason)
{
    writeErr(QStringLiteral("reskontra-cli: %1\n").arg(reason));
    return ExitFailed;
}

// Table format prints the value alone on one line, so that a script can take
// it as it is; CSV and JSON add what was found out about it.
void printValidated(const Context &ctx, const Record &record)
{
    if (ctx.format == Format::Table)
        ctx.print(record.first().value.forTable() + QLatin1Char('\n'));
    else
        ctx.print(record);
}

QString kindName(SwedishId::Kind kind)
{
    switch (kind) {
    case SwedishId::Kind::Personnummer:
        return QStringLiteral("personnummer");
    case SwedishId::Kind::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case SwedishId::Kind::Organisationsnummer:
        return QStringLiteral("organisationsnummer");
    }
    return {};
}

// The normalised form printed is SwedishId::display(): persons with the
// century, YYYYMMDD-NNNC (never ambiguous, unlike the 10-digit form whose
// '+'/'-' depends on the date), organisations NNNNNN-NNNC.
int runValidateId(Context &ctx, const ParsedArgs &args)
{
    QString why;
    const auto id = SwedishId::parse(args.positional().at(0), ctx.today(), &why);
    if (!id)
        return invalid(why);
    printValidated(
        ctx,
        {
            {QStringLiteral("value"), Tr::tr("Nummer"), Value::text(id->display())},
            {QStringLiteral("kind"), Tr::tr("Slag"), Value::text(kindName(id->kind()))},
            {QStringLiteral("digits"), Tr::tr("Siffror"), Value::text(id->normalized())},
            {QStringLiteral("ten_digit"), Tr::tr("Tio siffror"),
             Value::text(id->tenDigit(ctx.today()))},
            {QStringLiteral("birth_date"), Tr::tr("Födelsedatum"), Value::date(id->birthDate())},
        });
    return ExitDone;
}

int runValidateBankgiro(Context &ctx, const ParsedArgs &args)
{
    QString why;
    const auto bg = Bankgiro::parse(args.positional().at(0), &why);
    if (!bg)
        return invalid(why);
    printValidated(ctx,
                   {
                       {QStringLiteral("value"), Tr::tr("Bankgiro"), Value::text(bg->display())},
                       {QStringLiteral("digits"), Tr::tr("Siffror"), Value::text(bg->number())},
                   });
    return ExitDone;
}

int runValidatePlusgiro(Context &ctx, const ParsedArgs &args)
{
    QString why;
    const auto pg = Plusgiro::parse(args.positional().at(0), &why);
    if (!pg)
        return invalid(why);
    printValidated(ctx,
                   {
                       {QStringLiteral("value"), Tr::tr("Plusgiro"), Value::text(pg->display())},
                       {QStringLiteral("digits"), Tr::tr("Siffror"), Value::text(pg->number())},
                   });
    return ExitDone;
}

// Any reference with a right check digit passes (Bankgirot OCR 1/2); the
// output says whether its length digit is right too (OCR 3).
int runValidateOcr(Context &ctx, const ParsedArgs &args)
{
    QString why;
    const QString ref = args.positional().at(0).trimmed();
    if (!Ocr::validateOcr(ref, Ocr::OcrCheck::CheckDigitOnly, &why))
        return invalid(why);
    const bool lengthOk = Ocr::validateOcr(ref, Ocr::OcrCheck::LengthAndCheckDigit);
    printValidated(ctx, {
                            {QStringLiteral("value"), Tr::tr("OCR-nummer"), Value::text(ref)},
                            {QStringLiteral("length_digit"), Tr::tr("Rätt längdsiffra"),
                             Value::boolean(lengthOk)},
                        });
    return ExitDone;
}

int runOcrMake(Context &ctx, const ParsedArgs &args)
{
    QString why;
    const QString base = args.positional().at(0).trimmed();
    const bool withLength = !args.isSet(QStringLiteral("check-digit-only"));
    const QString ocr = Ocr::makeOcr(base, withLength, &why);
    if (ocr.isEmpty())
        throw UsageError(QStringLiteral("BASE: %1").arg(why));
    printValidated(ctx, {
                            {QStringLiteral("value"), Tr::tr("OCR-nummer"), Value::text(ocr)},
                            {QStringLiteral("base"), Tr::tr("Underlag"), Value::text(base)},
                            {QStringLiteral("length_digit"), Tr::tr("Med längdsiffra"),
                             Value::boolean(withLength)},
                        });
    return ExitDone;
}

CommandSpec validateCommand(const char *what, const QString &summary,
                            std::function<int(Context &, const ParsedArgs &)> run)
{
    CommandSpec c;
    c.words = {QStringLiteral("validate"), QString::fromLatin1(what)};
    c.synopsis = QStringLiteral("VALUE");
    c.summary = summary;
    c.description = Tr::tr("Skriver det normaliserade värdet (med --format csv/json även mer "
                           "om det), eller orsaken på standard fel med slutkod 1.");
    c.positionals = {QStringLiteral("VALUE")};
    c.run = std::move(run);
    return c;
}

} // namespace

QList<CommandSpec> validateCommands()
{
    CommandSpec id = validateCommand(
        "id", Tr::tr("kontrollera ett person-, samordnings- eller organisationsnummer"),
        runValidateId);
    id.description = Tr::tr("Skriver personer som ÅÅÅÅMMDD-NNNK och organisationer som "
                            "NNNNNN-NNNK, eller orsaken på standard fel med slutkod 1. Ett "
                            "tiosiffrigt personnummer får sitt århundrade från --today.");
    CommandSpec make;
    make.words = {QStringLiteral("ocr"), QStringLiteral("make")};
    make.synopsis = QStringLiteral("BASE [--check-digit-only]");
    make.summary = Tr::tr("gör ett OCR-nummer: BASE + längdsiffra + kontrollsiffra");
    make.positionals = {QStringLiteral("BASE")};
    make.options = {{QStringLiteral("check-digit-only"), QString(),
                     Tr::tr("bara kontrollsiffra, ingen längdsiffra")}};
    make.run = runOcrMake;
    return {
        id,
        validateCommand("bankgiro", Tr::tr("kontrollera ett bankgironummer"), runValidateBankgiro),
        validateCommand("plusgiro", Tr::tr("kontrollera ett plusgironummer"), runValidatePlusgiro),
        validateCommand("ocr", Tr::tr("kontrollera ett OCR-nummer (kontrollsiffra)"),
                        runValidateOcr),
        make,
    };
}

} // namespace rsk::cli
