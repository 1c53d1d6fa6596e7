#pragma once

#include "args.h"
#include "output.h"

#include "money/money.h"
#include "storage/database.h"

#include <QDate>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rsk::cli {

struct CommandSpec;

// What every command gets: the global options (CLI.md "Conventions") and the
// ways to open the ledger and write output.
class Context
{
public:
    QString ledger;   // --db, $RESKONTRA_DB or the GUI's default ledger file
    QString user;     // --user, $RESKONTRA_USER or $USER
    QDate fixedToday; // --today; invalid = the real date
    Format format = Format::Table;
    const CommandSpec *command = nullptr;
    const ParsedArgs *args = nullptr; // the command's parsed arguments (for authorize)

    QDate today() const { return fixedToday.isValid() ? fixedToday : QDate::currentDate(); }
    bool isSqlite() const;

    // Opens the ledger with user and today set. OpenExisting refuses a ledger
    // that does not exist (LedgerError, exit 1).
    // Also logs in (cli_login.cpp): set-up mode, or --user with
    // $RESKONTRA_PASSWORD or a prompt; then refuses a command whose role the
    // user lacks or a --company the user may not see (LedgerError, exit 1).
    std::unique_ptr<Database> open(Database::OpenMode mode) const;
    void authorize(Database &db) const;

    void print(const QString &text) const { writeOut(text); }
    void print(const Record &record) const { writeOut(renderRecord(record, format)); }
    // A list: JSON as {"<jsonName>": [...]}, else CSV or an aligned table.
    void print(const QString &jsonName, const Table &table) const;

private:
    mutable std::optional<Access> m_access; // after the first open
};

// One command of the registry: its words, synopsis, options and the function
// that runs it. `run` returns the exit code; it may throw UsageError (exit 2)
// or LedgerError (exit 1).
struct CommandSpec
{
    QStringList words;   // {"payment", "add"}
    QString synopsis;    // what follows the words in the usage line
    QString summary;     // one line for the command list
    QString description; // more text for --help (may be empty)
    QList<OptionSpec> options;
    QStringList positionals; // names of the required positional arguments
    std::function<int(Context &, const ParsedArgs &)> run;
    // The least role that may run it (users/access.h), checked when the
    // command opens the ledger. A new command is for administrators until
    // it says otherwise (or is listed in cli_login.cpp's table).
    Role role = Role::Administrator;

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString usageLine() const;
    QString help() const;
};

// The --dry-run flag every changing command has (CLI.md "Conventions").
OptionSpec dryRunOption();

// Option values, checked the same way everywhere; a bad value is a UsageError.
Money moneyOption(const ParsedArgs &args, const QString &name);
QDate dateOption(const ParsedArgs &args, const QString &name, const QDate &referenceDate);
QString companyOption(const ParsedArgs &args, const QString &name);
// "001" or "001-003": from and to (equal for a single company).
QPair<QString, QString> companyRangeOption(const ParsedArgs &args, const QString &name);
QString invoiceNumberArgument(const QString &text, const QString &what);
qint64 integerOption(const ParsedArgs &args, const QString &name, qint64 min, qint64 max);

// The registry, filled by the command files.
QList<CommandSpec> ledgerCommands();   // init, demo (cli_init.cpp)
QList<CommandSpec> importCommands();   // import invoices (cli_import.cpp)
QList<CommandSpec> paymentCommands();  // payment add (cli_payment.cpp)
QList<CommandSpec> invoiceCommands();  // invoice show, invoice search (cli_invoice.cpp)
QList<CommandSpec> validateCommands(); // validate …, ocr make (cli_validate.cpp)

QList<CommandSpec> allCommands();
QList<CommandSpec> userCommands(); // user add/password/role/companies/list/… (cli_users.cpp)
// Sets CommandSpec::role of the commands listed in cli_login.cpp.
void applyRoleTable(QList<CommandSpec> &commands);
// A new password: asked twice without echo on a terminal, else the first
// line of stdin (scripts). Refuses two different answers.
QString readNewPassword(const QString &login);

} // namespace rsk::cli
