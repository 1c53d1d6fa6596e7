// reskontra: the clerk's desktop program. Only wiring lives here (ARCHITECTURE.md
// "Layers"): arguments, language, the shell context, the main window.
#include "idlelogout.h"
#include "mainwindow.h"
#include "shellcontext.h"
#include "widgets/connectiondialog.h"
#include "widgets/logindialog.h"

#include "demo/demogenerator.h"
#include "ledger/referencedata.h"
#include "ledger/workfacts.h"
#include "storage/database.h"
#include "storage/defaultledger.h"
#include "users/users.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

namespace {

struct Options
{
    QString language = QStringLiteral("sv");
    QString database; // empty: $RESKONTRA_DB, else the default ledger file
    QString screenshot; // grab the window into this file and quit
    QStringList openScreens;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reskontra – kundreskontra"));
    parser.addHelpOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Språk: sv (standard) eller en. "
                                                 "Kan också sättas med RESKONTRA_LANG."),
                                  QStringLiteral("sv|en"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Reskontrans databasfil, eller "
                                               "postgresql://användare@server[:port]/databas."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Spara en bild av fönstret i FILE (PNG) och avsluta."),
        QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Öppna bilden SCREEN vid start (kan upprepas), "
                                                 "t.ex. invoices.search."),
                                  QStringLiteral("SCREEN"));
    parser.addOptions({lang, db, screenshot, open});
    parser.process(app);

    Options options;
    const QString envLanguage = qEnvironmentVariable("RESKONTRA_LANG");
    if (parser.isSet(lang))
        options.language = parser.value(lang);
    else if (!envLanguage.isEmpty())
        options.language = envLanguage;
    if (parser.isSet(db))
        options.database = parser.value(db);
    else if (!qEnvironmentVariableIsEmpty("RESKONTRA_DB"))
        options.database = qEnvironmentVariable("RESKONTRA_DB");
    else // the ledger last chosen with Öppna reskontra, if any
        options.database = rsk::ui::ConnectionDialog::rememberedLocation();
    options.screenshot = parser.value(screenshot);
    options.openScreens = parser.values(open);
    return options;
}

void installTranslators(QApplication &app, const QString &language)
{
    const bool english = language.startsWith(QLatin1String("en"));
    auto *own = new QTranslator(&app);
    if (own->load(english ? QStringLiteral(":/i18n/reskontra_en.qm")
                          : QStringLiteral(":/i18n/reskontra_sv.qm")))
        app.installTranslator(own);
    if (!english) {
        // Qt's own dialog buttons (OK/Avbryt) in Swedish, where installed.
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qt_sv"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
    }
}

constexpr qint64 kFirstStartDemoInvoices = 5000;

// Opens the ledger. The first start on the default ledger file (none there
// yet) creates a demo ledger, so a new clerk sees a working system at once.
std::unique_ptr<rsk::Database> openLedger(const QString &requested)
{
    using rsk::Database;
    const bool useDefault = requested.isEmpty();
    const QString location = useDefault ? rsk::defaultLedgerPath() : requested;
    const bool isFile = !location.startsWith(QLatin1String("postgres"));
    if (!(useDefault && isFile && !QFile::exists(location)))
        return Database::open(location, Database::OpenMode::OpenExisting);

    QDir().mkpath(QFileInfo(location).absolutePath());
    auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
    QProgressDialog progress(QCoreApplication::translate("main", "Skapar en demoreskontra…"),
                             QCoreApplication::translate("main", "Avbryt"), 0,
                             int(kFirstStartDemoInvoices));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    rsk::DemoOptions demo;
    demo.invoices = kFirstStartDemoInvoices;
    demo.seed = 1;
    try {
        rsk::generateDemo(*db, demo, [&progress](qint64 done, qint64) {
            progress.setValue(int(done));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (...) {
        // Cancelled or failed: leave no half-made ledger behind, so the next
        // start makes the demo again.
        db.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix);
        throw;
    }
    return db;
}

// Issue 7: the ledger could not be opened (a server that wants a password, a
// file that moved): the connection dialog asks where, with the reason.
std::unique_ptr<rsk::Database> chooseLedgerAtStart(const QString &location, const QString &reason)
{
    std::unique_ptr<rsk::Database> opened;
    rsk::ui::ConnectionDialog dialog(
        [&opened](const QString &l) {
            opened = rsk::Database::open(l, rsk::Database::OpenMode::OpenExisting);
        },
        location.isEmpty() ? rsk::defaultLedgerPath() : location);
    dialog.setError(reason);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    rsk::ui::ConnectionDialog::rememberLocation(dialog.location());
    return opened;
}

// Öppna reskontra (Ctrl+O): the program starts again on the ledger chosen.
// The password goes to libpq in PGPASSWORD, never on the command line.
void switchLedger(rsk::ui::MainWindow &window, const QString &current, const QString &language)
{
    rsk::ui::ConnectionDialog dialog(
        [](const QString &l) { rsk::Database::open(l, rsk::Database::OpenMode::OpenExisting); },
        current, &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rsk::ui::ConnectionDialog::rememberLocation(dialog.location());
    if (!window.close()) // the clerk kept unsaved changes
        return;
    QProcess next;
    next.setProgram(QCoreApplication::applicationFilePath());
    next.setArguments({QStringLiteral("--db"), dialog.location(), QStringLiteral("--lang"), language});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dialog.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), dialog.password());
    next.setProcessEnvironment(env);
    next.startDetached();
}

rsk::ui::ShellContext makeShellContext(rsk::Database &db)
{
    rsk::ui::ShellContext context;
    context.ledger = &db;
    context.ledgerName = db.displayName();
    context.engine = db.dialect().engineName();
    context.user = db.user();
    for (const rsk::Company &c : rsk::ReferenceData(db).companies())
        context.companies.append({c.number, c.name});
    // The Startsida asks each time it is shown; a minute-old answer is fine and
    // keeps switching tabs instant on a big ledger.
    struct Cache
    {
        QString company;
        QDateTime readAt;
        rsk::ui::StartPageFacts facts;
    };
    auto cache = std::make_shared<Cache>();
    context.startPageFacts = [&db, cache](const QString &company) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (cache->company == company && cache->readAt.isValid()
            && cache->readAt.secsTo(now) < 60)
            return cache->facts;
        const rsk::WorkFacts w = rsk::readWorkFacts(db, company, db.today());
        cache->facts.unapprovedBatches = w.unapprovedBatches;
        cache->facts.unplacedPayments = w.unplacedPayments;
        cache->facts.expiringDunningCodes = w.expiringDunningCodes;
        cache->facts.openClaims = w.openClaims;
        cache->facts.newClaimsPerMonth = w.newClaimsPerMonth;
        cache->readAt = now;
        cache->company = company;
        return cache->facts;
    };
    return context;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Reskontra"));
    QApplication::setOrganizationName(QStringLiteral("Reskontra"));
#ifdef RESKONTRA_VERSION
    QApplication::setApplicationVersion(QStringLiteral(RESKONTRA_VERSION));
#endif

    const Options options = parseOptions(app);
    installTranslators(app, options.language);

    std::unique_ptr<rsk::Database> ledger;
    try {
        ledger = openLedger(options.database);
    } catch (const rsk::LedgerError &e) {
        qCritical("%s", qPrintable(e.message()));
        if (!options.screenshot.isEmpty())
            return 1;
        ledger = chooseLedgerAtStart(options.database, e.message());
        if (!ledger)
            return 1;
    }
    const QString user = qEnvironmentVariable("RESKONTRA_USER", qEnvironmentVariable("USER"));
    if (!user.isEmpty())
        ledger->setUser(user);

    // Issue 7: while no user has a password (set-up mode) the desktop user
    // works as an administrator; after that everybody logs in.
    rsk::Users users(*ledger);
    if (users.setupMode()) {
        ledger->setAccess(users.setupAccess(ledger->user()));
    } else {
        rsk::ui::LoginDialog login(rsk::ui::LoginDialog::ledgerLogin(*ledger),
                                   ledger->displayName(), user);
        if (login.exec() != QDialog::Accepted)
            return 0;
        ledger->setAccess(login.access());
        ledger->setUser(login.access().user());
    }

    rsk::ui::MainWindow window(makeShellContext(*ledger));
    rsk::ui::IdleLogout idle(window, rsk::ui::LoginDialog::ledgerLogin(*ledger));
    QObject::connect(&idle, &rsk::ui::IdleLogout::quitRequested, &app, &QApplication::quit);
    if (!ledger->access().setupMode())
        idle.setInterval(std::chrono::minutes(users.idleLogoutMinutes()));
    QObject::connect(&window, &rsk::ui::MainWindow::openLedgerRequested, &window,
                     [&window, &ledger, &options] {
                         switchLedger(window, ledger->location(), options.language);
                     });
    for (const QString &screen : options.openScreens)
        window.openScreen(screen);
    window.show();

    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(200, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshot);
            if (!saved)
                qWarning("Could not save the screenshot to %s", qPrintable(options.screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
