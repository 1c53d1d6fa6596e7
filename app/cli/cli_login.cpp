// Who runs the command (issue 7): the login, the role each command needs and
// the companies it names, checked in one place when the command opens the
// ledger (Context::open). Commands that never open a ledger (validate, ocr
// make) need no login.
#include "context.h"

#include "users/users.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

// The role each command of the registry needs (CommandSpec::role); a command
// not listed keeps its own (the default: administrator). Reading needs
// read, changing claims clerk, runs/imports/booking supervisor, settings,
// users and whole-ledger tools administrator.
const QHash<QString, Role> &roleTable()
{
    static const QHash<QString, Role> table{
        // Read: looks, lists, reports, reprints of what is saved.
        {QStringLiteral("invoice show"), Role::Read},
        {QStringLiteral("invoice search"), Role::Read},
        {QStringLiteral("report inbetalningslista"), Role::Read},
        {QStringLiteral("report inbetalningsprognos"), Role::Read},
        {QStringLiteral("report inbetalningar"), Role::Read},
        {QStringLiteral("report ej-debiterade"), Role::Read},
        {QStringLiteral("report saldolista"), Role::Read},
        {QStringLiteral("report kundfordringar"), Role::Read},
        {QStringLiteral("validate id"), Role::Read},
        {QStringLiteral("validate bankgiro"), Role::Read},
        {QStringLiteral("validate plusgiro"), Role::Read},
        {QStringLiteral("validate ocr"), Role::Read},
        {QStringLiteral("ocr make"), Role::Read},
        {QStringLiteral("interest"), Role::Read},
        {QStringLiteral("rate list"), Role::Read},
        {QStringLiteral("unplaced list"), Role::Read},
        {QStringLiteral("overpayment list"), Role::Read},
        {QStringLiteral("signals list"), Role::Read},
        {QStringLiteral("carried list"), Role::Read},
        {QStringLiteral("payment-order list"), Role::Read},
        {QStringLiteral("payment-plan list"), Role::Read},
        {QStringLiteral("payment-plan show"), Role::Read},
        {QStringLiteral("dunning runs"), Role::Read},
        {QStringLiteral("dunning copies"), Role::Read},
        // Clerk: changes on single claims.
        {QStringLiteral("payment add"), Role::Clerk},
        {QStringLiteral("unplaced place"), Role::Clerk},
        {QStringLiteral("unplaced refund"), Role::Clerk},
        {QStringLiteral("overpayment move"), Role::Clerk},
        {QStringLiteral("overpayment refund"), Role::Clerk},
        {QStringLiteral("dunning-code set"), Role::Clerk},
        {QStringLiteral("dunning-code clear"), Role::Clerk},
        {QStringLiteral("payment-order"), Role::Clerk},
        {QStringLiteral("payment-order reprint"), Role::Clerk},
        {QStringLiteral("payment-plan"), Role::Clerk},
        // Supervisor: runs, imports, booking.
        {QStringLiteral("import invoices"), Role::Supervisor},
        {QStringLiteral("import bgmax"), Role::Supervisor},
        {QStringLiteral("import totalin"), Role::Supervisor},
        {QStringLiteral("bookkeeping run"), Role::Supervisor},
        {QStringLiteral("dunning run"), Role::Supervisor},
        {QStringLiteral("dunning undo"), Role::Supervisor},
        {QStringLiteral("interest-invoicing run"), Role::Supervisor},
        {QStringLiteral("interest-transfer"), Role::Supervisor},
        {QStringLiteral("agency transfer"), Role::Supervisor},
        {QStringLiteral("agency corrections"), Role::Supervisor},
        {QStringLiteral("threat run"), Role::Supervisor},
        // Administrator: the ledger itself, settings and parameters, users
        // (init, demo, rate set, dunning settings, dunning-code define,
        // payment-parameters, payment-order applicant, agency settings,
        // agency details, user …): the default.
    };
    return table;
}

#ifndef Q_OS_WIN
// Reads one line from the terminal without showing it.
QString readHidden(const QString &prompt)
{
    writeErr(prompt);
    termios old{};
    const bool tty = tcgetattr(fileno(stdin), &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty)
        tcsetattr(fileno(stdin), TCSAFLUSH, &old);
    writeErr(QStringLiteral("\n"));
    return QString::fromStdString(line);
}
#else
QString readHidden(const QString &prompt)
{
    writeErr(prompt);
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line);
}
#endif

bool stdinIsTerminal()
{
    return isatty(fileno(stdin));
}

// The access of the acting user: set-up mode (no password anywhere yet), or
// a login with --user and $RESKONTRA_PASSWORD or a prompt on the terminal.
Access authenticate(Database &db, const QString &user)
{
    Users users(db);
    if (users.setupMode())
        return users.setupAccess(user);
    QString password;
    if (qEnvironmentVariableIsSet("RESKONTRA_PASSWORD"))
        password = qEnvironmentVariable("RESKONTRA_PASSWORD");
    else if (stdinIsTerminal())
        password = readHidden(Tr::tr("Lösenord för %1: ").arg(user));
    else
        throw LedgerError::refused(
            Tr::tr("Reskontran kräver inloggning: ange användaren med --user och lösenordet i "
                   "$RESKONTRA_PASSWORD, eller kör kommandot på en terminal."));
    return users.login(user, password);
}

} // namespace

void applyRoleTable(QList<CommandSpec> &commands)
{
    const QHash<QString, Role> &table = roleTable();
    for (CommandSpec &c : commands) {
        const auto it = table.constFind(c.name());
        if (it != table.constEnd())
            c.role = it.value();
    }
}

void Context::authorize(Database &db) const
{
    if (!m_access)
        m_access = authenticate(db, user);
    db.setAccess(*m_access);
    db.setUser(m_access->setupMode() ? user : m_access->user());
    if (!command)
        return;
    m_access->requireRole(command->role,
                          Tr::tr("Kommandot \"%1\"").arg(command->name()));
    // The companies the command names (--company NNN or NNN-NNN); without
    // --company a command works on every company. Not so for "invoice
    // search" (it lists only the visible ones, InvoiceSearchQuery) and
    // "interest" (then it works on a bare amount).
    static const QStringList withoutCompanyMeansNone{QStringLiteral("invoice search"),
                                                     QStringLiteral("interest")};
    const bool hasCompanyOption
        = std::any_of(command->options.cbegin(), command->options.cend(),
                      [](const OptionSpec &o) { return o.name == QLatin1String("company"); });
    if (!hasCompanyOption || m_access->allCompanies() || !args)
        return;
    if (args->isSet(QStringLiteral("company"))) {
        const auto range = companyRangeOption(*args, QStringLiteral("company"));
        m_access->requireCompanies(db, range.first, range.second);
    } else if (!withoutCompanyMeansNone.contains(command->name())) {
        m_access->requireCompanies(db, QString(), QString());
    }
}

QString readNewPassword(const QString &login)
{
    if (!stdinIsTerminal()) {
        // A script: the first line of stdin.
        std::string line;
        std::getline(std::cin, line);
        return QString::fromStdString(line);
    }
    const QString first = readHidden(Tr::tr("Nytt lösenord för %1: ").arg(login));
    const QString again = readHidden(Tr::tr("Samma lösenord igen: "));
    if (first != again)
        throw LedgerError::refused(Tr::tr("Lösenorden är inte lika; inget är ändrat."));
    return first;
}

} // namespace rsk::cli
