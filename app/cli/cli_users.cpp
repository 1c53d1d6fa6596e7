// user add/password/role/companies/list/deactivate/activate/idle-logout:
// the users of the ledger and what they may do (issue 7, core/users).
#include "context.h"

#include "ledger/referencedata.h"
#include "users/users.h"

#include <QCoreApplication>

namespace rsk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReskontraCli)
};

Role roleArgument(const QString &text, const QString &what)
{
    const auto role = roleFromKey(text);
    if (!role)
        throw UsageError(
            Tr::tr("%1: \"%2\" ska vara read, clerk, supervisor eller administrator").arg(what, text));
    return *role;
}

// "001,3" → {"001", "003"}; "none" → {}.
QStringList companiesArgument(const QString &text, const QString &what)
{
    QStringList out;
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto number = ReferenceData::normalizeCompanyNumber(part);
        if (!number)
            throw UsageError(Tr::tr("%1: företagsnumret \"%2\" ska vara 1–3 siffror")
                                 .arg(what, part.trimmed()));
        out << *number;
    }
    return out;
}

Record userRecord(const UserAccount &u)
{
    return {
        {QStringLiteral("login"), Tr::tr("Användare"), Value::text(u.login)},
        {QStringLiteral("name"), Tr::tr("Namn"), Value::text(u.fullName)},
        {QStringLiteral("role"), Tr::tr("Roll"), Value::text(roleKey(u.role))},
        {QStringLiteral("role_name"), Tr::tr("Behörighet"), Value::text(roleName(u.role))},
        {QStringLiteral("companies"), Tr::tr("Företag"),
         Value::text(u.role == Role::Administrator ? Tr::tr("alla")
                                                   : u.companies.join(QLatin1Char(',')))},
        {QStringLiteral("active"), Tr::tr("Aktiv"), Value::boolean(u.active)},
        {QStringLiteral("has_password"), Tr::tr("Har lösenord"), Value::boolean(u.hasPassword)},
        {QStringLiteral("changed_by"), Tr::tr("Ändrad av"), Value::text(u.changedBy)},
        {QStringLiteral("changed_at"), Tr::tr("Ändrad"), Value::text(u.changedAt)},
    };
}

// Runs `change` on the ledger and prints the user after it; a dry run is one
// unit of work that is never committed.
template<typename F>
int changeUser(Context &ctx, const ParsedArgs &args, const QString &login, F change)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    UnitOfWork work(*db);
    Users users(*db);
    change(users);
    const UserAccount after = users.require(login);
    if (!args.isSet(QStringLiteral("dry-run")))
        work.commit();
    Record record = userRecord(after);
    record.append({QStringLiteral("dry_run"), Tr::tr("Provkörning"),
                   Value::boolean(args.isSet(QStringLiteral("dry-run")))});
    ctx.print(record);
    return ExitDone;
}

int runAdd(Context &ctx, const ParsedArgs &args)
{
    const QString login = args.positional().at(0);
    const Role role = roleArgument(args.value(QStringLiteral("role")), QStringLiteral("--role"));
    const QStringList companies
        = args.isSet(QStringLiteral("companies"))
              ? companiesArgument(args.value(QStringLiteral("companies")), QStringLiteral("--companies"))
              : QStringList();
    const QString key = Users::normalizeLogin(login).value_or(login);
    return changeUser(ctx, args, key, [&](Users &users) {
        users.create(login, args.value(QStringLiteral("name")), role, companies);
    });
}

int runPassword(Context &ctx, const ParsedArgs &args)
{
    const QString login = args.positional().at(0);
    const QString key = Users::normalizeLogin(login).value_or(login);
    // Log in (and check the role) before asking for the new password.
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    db.reset();
    const QString password = readNewPassword(key);
    return changeUser(ctx, args, key, [&](Users &users) { users.setPassword(key, password); });
}

int runRole(Context &ctx, const ParsedArgs &args)
{
    const QString login = args.positional().at(0);
    const Role role = roleArgument(args.positional().at(1), QStringLiteral("ROLE"));
    const QString key = Users::normalizeLogin(login).value_or(login);
    return changeUser(ctx, args, key, [&](Users &users) { users.setRole(key, role); });
}

int runCompanies(Context &ctx, const ParsedArgs &args)
{
    const QString login = args.positional().at(0);
    const QStringList companies = companiesArgument(args.positional().at(1), QStringLiteral("FTG"));
    const QString key = Users::normalizeLogin(login).value_or(login);
    return changeUser(ctx, args, key, [&](Users &users) { users.setCompanies(key, companies); });
}

int runDeactivate(Context &ctx, const ParsedArgs &args)
{
    const QString key = Users::normalizeLogin(args.positional().at(0)).value_or(args.positional().at(0));
    return changeUser(ctx, args, key, [&](Users &users) { users.deactivate(key); });
}

int runActivate(Context &ctx, const ParsedArgs &args)
{
    const QString key = Users::normalizeLogin(args.positional().at(0)).value_or(args.positional().at(0));
    return changeUser(ctx, args, key, [&](Users &users) { users.activate(key); });
}

int runList(Context &ctx, const ParsedArgs &)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Table table({
        {QStringLiteral("login"), Tr::tr("Användare")},
        {QStringLiteral("name"), Tr::tr("Namn")},
        {QStringLiteral("role"), Tr::tr("Roll")},
        {QStringLiteral("companies"), Tr::tr("Företag")},
        {QStringLiteral("active"), Tr::tr("Aktiv")},
        {QStringLiteral("has_password"), Tr::tr("Lösenord")},
        {QStringLiteral("changed_by"), Tr::tr("Ändrad av"), Column::NotInTable},
        {QStringLiteral("changed_at"), Tr::tr("Ändrad"), Column::NotInTable},
    });
    for (const UserAccount &u : Users(*db).list())
        table.addRow({Value::text(u.login), Value::text(u.fullName), Value::text(roleKey(u.role)),
                      Value::text(u.role == Role::Administrator ? Tr::tr("alla")
                                                                : u.companies.join(QLatin1Char(','))),
                      Value::boolean(u.active), Value::boolean(u.hasPassword),
                      Value::text(u.changedBy), Value::text(u.changedAt)});
    ctx.print(QStringLiteral("users"), table);
    return ExitDone;
}

int runIdleLogout(Context &ctx, const ParsedArgs &args)
{
    auto db = ctx.open(Database::OpenMode::OpenExisting);
    Users users(*db);
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    if (args.isSet(QStringLiteral("minutes"))) {
        const int minutes = int(integerOption(args, QStringLiteral("minutes"), 0, 24 * 60));
        UnitOfWork work(*db);
        users.setIdleLogoutMinutes(minutes);
        if (!dryRun)
            work.commit();
    }
    ctx.print(Record{
        {QStringLiteral("idle_logout_minutes"), Tr::tr("Automatisk utloggning (minuter, 0 = aldrig)"),
         Value::integer(users.idleLogoutMinutes())},
        {QStringLiteral("dry_run"), Tr::tr("Provkörning"), Value::boolean(dryRun)},
    });
    return ExitDone;
}

CommandSpec command(const QString &sub, const QString &synopsis, const QString &summary,
                    const QStringList &positionals,
                    std::function<int(Context &, const ParsedArgs &)> run)
{
    CommandSpec c;
    c.words = {QStringLiteral("user"), sub};
    c.synopsis = synopsis;
    c.summary = summary;
    c.positionals = positionals;
    c.run = std::move(run);
    c.role = Role::Administrator;
    return c;
}

} // namespace

QList<CommandSpec> userCommands()
{
    const QString login = QStringLiteral("LOGIN");
    CommandSpec add = command(
        QStringLiteral("add"),
        QStringLiteral("LOGIN --role read|clerk|supervisor|administrator [--name N] "
                       "[--companies NNN,NNN] [--dry-run]"),
        Tr::tr("lägg upp en användare (utan lösenord)"), {login}, runAdd);
    add.description = Tr::tr("Rollerna: read = läsbehörighet, clerk = handläggare, supervisor = "
                             "arbetsledare, administrator = administratör (ser alla företag). "
                             "Sätt sedan lösenordet med \"user password LOGIN\".");
    add.options = {
        {QStringLiteral("role"), QStringLiteral("R"), Tr::tr("roll"), true},
        {QStringLiteral("name"), QStringLiteral("N"), Tr::tr("fullständigt namn")},
        {QStringLiteral("companies"), QStringLiteral("NNN,NNN"),
         Tr::tr("företag användaren får se och ändra")},
        dryRunOption(),
    };

    CommandSpec password = command(QStringLiteral("password"), QStringLiteral("LOGIN [--dry-run]"),
                                   Tr::tr("sätt eller byt lösenord (två gånger på terminalen, "
                                          "annars första raden på stdin)"),
                                   {login}, runPassword);
    password.description = Tr::tr("Minst %1 tecken. När någon har lösenord måste alla logga in: "
                                  "--user NAMN och lösenordet i $RESKONTRA_PASSWORD eller på "
                                  "terminalen. Den egna användarens lösenord får alla byta.")
                               .arg(Users::MinPasswordLength);
    password.options = {dryRunOption()};
    // Anyone may change their own password (Users::setPassword checks the
    // rest), except read users: every change of theirs is refused.
    password.role = Role::Clerk;

    CommandSpec role = command(QStringLiteral("role"), QStringLiteral("LOGIN ROLL [--dry-run]"),
                               Tr::tr("ändra användarens roll"), {login, QStringLiteral("ROLL")},
                               runRole);
    role.options = {dryRunOption()};

    CommandSpec companies = command(
        QStringLiteral("companies"), QStringLiteral("LOGIN NNN,NNN|none [--dry-run]"),
        Tr::tr("ange vilka företag användaren får se och ändra"), {login, QStringLiteral("FTG")},
        runCompanies);
    companies.options = {dryRunOption()};

    CommandSpec list = command(QStringLiteral("list"), QString(),
                               Tr::tr("användarna med roll och företag"), {}, runList);

    CommandSpec deactivate = command(QStringLiteral("deactivate"), QStringLiteral("LOGIN [--dry-run]"),
                                     Tr::tr("stäng av en användare (kan inte logga in)"), {login},
                                     runDeactivate);
    deactivate.options = {dryRunOption()};
    CommandSpec activate = command(QStringLiteral("activate"), QStringLiteral("LOGIN [--dry-run]"),
                                   Tr::tr("släpp på en avstängd användare igen"), {login},
                                   runActivate);
    activate.options = {dryRunOption()};

    CommandSpec idle = command(QStringLiteral("idle-logout"), QStringLiteral("[--minutes N] [--dry-run]"),
                               Tr::tr("visa eller ändra tiden till automatisk utloggning i "
                                      "programmet"),
                               {}, runIdleLogout);
    idle.options = {{QStringLiteral("minutes"), QStringLiteral("N"),
                     Tr::tr("minuter utan tangentbord eller mus, 0 = aldrig (standard 30)")},
                    dryRunOption()};
    return {add, password, role, companies, list, deactivate, activate, idle};
}

} // namespace rsk::cli
