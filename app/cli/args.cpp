#include "args.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};
} // namespace

ParsedArgs parseArgs(const QStringList &args, const QList<OptionSpec> &specs)
{
    auto find = [&specs](const QString &name) -> const OptionSpec * {
        for (const OptionSpec &s : specs)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            parsed.addPositional(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h") && find(QStringLiteral("help"))) {
            parsed.set(QStringLiteral("help"), QString());
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            throw UsageError(Tr::tr("okänd flagga \"%1\"").arg(arg));
        QString name = arg.mid(2);
        QString inlineValue;
        const int eq = int(name.indexOf(QLatin1Char('=')));
        const bool hasInline = eq >= 0;
        if (hasInline) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        const OptionSpec *spec = find(name);
        if (!spec)
            throw UsageError(Tr::tr("okänd flagga \"--%1\"").arg(name));
        if (!spec->takesValue()) {
            if (hasInline)
                throw UsageError(Tr::tr("flaggan --%1 tar inget värde").arg(name));
            parsed.set(name, QString());
            continue;
        }
        if (hasInline) {
            parsed.set(name, inlineValue);
        } else {
            if (i + 1 >= args.size())
                throw UsageError(
                    Tr::tr("flaggan --%1 behöver ett värde (%2)").arg(name, spec->valueName));
            parsed.set(name, args.at(++i));
        }
    }
    if (!parsed.isSet(QStringLiteral("help")))
        for (const OptionSpec &s : specs)
            if (s.required && !parsed.isSet(s.name))
                throw UsageError(Tr::tr("--%1 saknas").arg(s.name));
    return parsed;
}

} // namespace rsk::cli
