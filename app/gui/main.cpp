// reskontra: the clerk's desktop program. Only wiring lives here (ARCHITECTURE.md
// "Layers"): arguments, language, the shell context, the main window.
#include "mainwindow.h"
#include "shellcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

namespace {

struct Options
{
    QString language = QStringLiteral("sv");
    QString database = QStringLiteral("demo.sqlite");
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
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Reskontrans databasfil."),
                                QStringLiteral("PATH"));
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

// Placeholder wiring until the real ledger is opened here (the lead replaces
// this function): the facts provider returns zeros.
rsk::ui::ShellContext makeShellContext(const Options &options)
{
    rsk::ui::ShellContext context;
    context.ledgerName = QFileInfo(options.database).fileName();
    context.engine = QStringLiteral("SQLite");
    context.user = qEnvironmentVariable("USER");
    if (context.user.isEmpty())
        context.user = QCoreApplication::translate("main", "okänd");
    context.companies = {{QStringLiteral("001"), QStringLiteral("Exempel kommun")}};
    context.startPageFacts = [] { return rsk::ui::StartPageFacts{}; };
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

    rsk::ui::MainWindow window(makeShellContext(options));
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
