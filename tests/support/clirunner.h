#pragma once

// The real reskontra-cli (RESKONTRA_CLI_PATH) run as a process, as scripts
// run it: `--db LEDGER --today D --user U` before the test's own arguments,
// LC_ALL=C.UTF-8 and no $RESKONTRA_DB in its environment, stdin a pipe that
// is closed after CliOptions::input (never a terminal: no prompts); the exit
// code (-1 when it crashed or timed out), stdout and stderr collected.
// startCli() serves tests that start and watch the process themselves
// (tst_crash kills it mid-run).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rsk::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
    // stdout as the JSON object of --format json.
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct CliOptions
{
    QString user = QStringLiteral("testare"); // --user; empty: none ($RESKONTRA_USER, $USER)
    QString today = QStringLiteral("2026-11-26"); // --today; empty: none (the real date)
    QProcessEnvironment environment; // entries set on top of the test's own
    QStringList unset; // variables removed (RESKONTRA_DB always is)
    QByteArray input; // written to stdin before it is closed
    int timeoutMs = 60000;
    bool discardOutput = false; // stdout to the null device (runs that print a lot)
};

inline QProcessEnvironment cliEnvironment(const CliOptions &options = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RESKONTRA_DB"));
    for (const QString &name : options.unset)
        env.remove(name);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &name : options.environment.keys())
        env.insert(name, options.environment.value(name));
    return env;
}

// `--db ledger` (none when empty), --today and --user as `options` say, then
// `args`.
inline QStringList cliArguments(const QString &ledger, const QStringList &args,
                                const CliOptions &options = {})
{
    QStringList all;
    if (!ledger.isEmpty())
        all << QStringLiteral("--db") << ledger;
    if (!options.today.isEmpty())
        all << QStringLiteral("--today") << options.today;
    if (!options.user.isEmpty())
        all << QStringLiteral("--user") << options.user;
    return all + args;
}

// Starts the CLI in `process` as runCli() does, for a test that watches it
// run (or kills it) itself; stdin is left open.
inline void startCli(QProcess &process, const QString &ledger, const QStringList &args,
                     const CliOptions &options = {})
{
    process.setProcessEnvironment(cliEnvironment(options));
    if (options.discardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(RESKONTRA_CLI_PATH), cliArguments(ledger, args, options));
}

inline CliRun runCli(const QString &ledger, const QStringList &args,
                     const CliOptions &options = {})
{
    QProcess process;
    startCli(process, ledger, args, options);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.err = QStringLiteral("cannot start " RESKONTRA_CLI_PATH ": ") + process.errorString();
        return run;
    }
    process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out after %1 s: reskontra-cli %2")
                      .arg(options.timeoutMs / 1000)
                      .arg(cliArguments(ledger, args, options).join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace rsk::test
