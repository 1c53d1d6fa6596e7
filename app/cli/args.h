#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace rsk::cli {

// CLI.md "Exit codes".
enum ExitCode {
    ExitDone = 0,
    ExitFailed = 1,   // refused or failed; the ledger is unchanged
    ExitUsage = 2,    // unknown command/option, missing or bad option value
    ExitBadInput = 3, // invalid input file; every bad line on stderr
};

// A usage error: exit 2 with the message and the command's short usage.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// One --option. An empty valueName makes it a flag.
struct OptionSpec
{
    QString name;      // without the dashes
    QString valueName; // "NNN", "A", "D"…; empty for a flag
    QString help;
    bool required = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

class ParsedArgs
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The last value given, or `fallback`.
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }

    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    void addPositional(const QString &value) { m_positional.append(value); }

private:
    QHash<QString, QString> m_values; // flags map to ""
    QStringList m_positional;
};

// Parses `--name VALUE`, `--name=VALUE`, flags, positional arguments and `--`
// (the rest are positional). A value-taking option always takes the next
// argument, so `--amount -50` works. Throws UsageError for an unknown option,
// a missing value, a value on a flag, or a missing required option (unless
// --help is among `specs` and given).
ParsedArgs parseArgs(const QStringList &args, const QList<OptionSpec> &specs);

} // namespace rsk::cli
