#pragma once

// Golden-file comparison for tests of documents and exports (STYLE.md 7):
// the text is compared with tests/golden/<relativePath>; with
// RESKONTRA_UPDATE_GOLDEN=1 in the environment it is written there instead,
// and a missing or different file fails with the exact command that
// (re)generates it.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <QtTest>

#include <functional>

namespace rsk::test {

// The command that reruns the current test function (and data row) with the
// update switch on, so a failure message can be pasted into a shell as is.
inline QString goldenUpdateCommand()
{
    QString command = QStringLiteral("RESKONTRA_UPDATE_GOLDEN=1 ");
    // Render and UI tests need a platform; the offscreen one works headless.
    if (QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication"))
        command += QStringLiteral("QT_QPA_PLATFORM=offscreen ");
    command += QCoreApplication::applicationFilePath();
    if (const char *function = QTest::currentTestFunction()) {
        QString which = QString::fromLatin1(function);
        if (const char *tag = QTest::currentDataTag())
            which += QLatin1Char(':') + QString::fromUtf8(tag);
        // Data tags may have spaces and colons: quoted for the shell.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_:.-]+$"));
        if (!plain.match(which).hasMatch())
            which = QLatin1Char('\'') + which.replace(QLatin1Char('\''), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
        command += QLatin1Char(' ') + which;
    }
    return command;
}

// Compares bytes; `showLine` turns a line of the file into readable text for
// the failure message (UTF-8 unless the format says otherwise, e.g. SIE's CP437).
// Like QCOMPARE it returns from this helper on failure, so callers that go on
// after it check QTest::currentTestFailed().
inline void compareGolden(
    const QString &relativePath, const QByteArray &actual,
    const std::function<QString(const QByteArray &)> &showLine =
        [](const QByteArray &line) { return QString::fromUtf8(line); })
{
    const QString path = QStringLiteral(RESKONTRA_GOLDEN_DIR "/") + relativePath;
    QFile file(path);
    if (qEnvironmentVariableIntValue("RESKONTRA_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        file.write(actual);
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    const QString how = goldenUpdateCommand();
    if (!file.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(QStringLiteral("golden file %1 is missing; make it with:\n  %2\n"
                                        "and check it before committing.")
                             .arg(path, how)));
    const QByteArray expected = file.readAll();
    if (expected != actual) {
        const QList<QByteArray> e = expected.split('\n');
        const QList<QByteArray> a = actual.split('\n');
        int line = 0;
        while (line < e.size() && line < a.size() && e.at(line) == a.at(line))
            ++line;
        QFAIL(qPrintable(QStringLiteral("%1 differs from line %2:\n  expected: %3\n  actual:   "
                                        "%4\nIf the change is intended: %5")
                             .arg(path)
                             .arg(line + 1)
                             .arg(showLine(e.value(line)), showLine(a.value(line)), how)));
    }
}

inline void compareGolden(const QString &relativePath, const QString &actual)
{
    compareGolden(relativePath, actual.toUtf8());
}

} // namespace rsk::test
