// Every tr() string in ui/, app/ and core/ must be in both committed .ts files
// with a finished translation: Swedish is the source language (sv = source),
// English must be complete and really English (UI.md "Look").
//
// lupdate is run on the source tree into a temporary file, so a string added
// without updating the .ts files fails here with the command that fixes it.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const char kFixCommand[] =
    "Fix: run scripts/update-translations.sh, then translate what is left unfinished in "
    "translations/reskontra_en.ts (linguist translations/reskontra_en.ts, or by hand).";

// The folders scripts/update-translations.sh scans.
const char *const kSourceFolders[] = {"ui", "app", "core", "render"};

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString describe() const
    {
        QString text = source;
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        return QStringLiteral("%1 | \"%2\"").arg(context, text);
    }
};

// Text of the current element, with lupdate's <byte value="xd"/> escapes
// turned back into characters. Ends on the element's end tag.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"byte") {
                const QStringView value = xml.attributes().value(QLatin1String("value"));
                const bool hex = value.startsWith(u'x');
                text += QChar(char16_t(value.mid(hex ? 1 : 0).toUInt(nullptr, hex ? 16 : 10)));
            }
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.numerus) {
        message.translations = {readText(xml)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.translations << readText(xml);
        else
            xml.skipCurrentElement();
    }
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source")
                    message.source = readText(xml);
                else if (xml.name() == u"comment")
                    message.comment = readText(xml);
                else if (xml.name() == u"translation")
                    readTranslation(xml, message);
                else
                    xml.skipCurrentElement();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString findLupdate()
{
    const QStringList candidates{
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
        QStringLiteral("/usr/lib/qt6/bin/lupdate"),
        QStandardPaths::findExecutable(QStringLiteral("lupdate-qt6")),
        QStandardPaths::findExecutable(QStringLiteral("lupdate")),
    };
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

QString tsPath(const QString &language)
{
    return QStringLiteral(RESKONTRA_SOURCE_DIR "/translations/reskontra_%1.ts").arg(language);
}

QString report(const QString &title, const QStringList &problems)
{
    constexpr int shown = 60;
    QString text = QStringLiteral("%1 (%2):\n  ").arg(title).arg(problems.size());
    text += problems.mid(0, shown).join(QLatin1String("\n  "));
    if (problems.size() > shown)
        text += QStringLiteral("\n  … and %1 more").arg(problems.size() - shown);
    return text + QLatin1Char('\n') + QLatin1String(kFixCommand);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void swedishTranslationIsTheSource();
    void englishIsNotACopyOfTheSwedish();
    void translationsAreBuiltIntoTheProgram();

private:
    QList<TsMessage> m_found; // what lupdate finds in the sources today
};

void TestTranslations::initTestCase()
{
    const QString lupdate = findLupdate();
    QVERIFY2(!lupdate.isEmpty(), "lupdate (Qt 6) not found; install qt6-l10n-tools");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString found = dir.filePath(QStringLiteral("found.ts"));
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                          QStringLiteral("-locations"), QStringLiteral("none")};
    for (const char *folder : kSourceFolders)
        arguments << QStringLiteral(RESKONTRA_SOURCE_DIR "/") + QLatin1String(folder);
    arguments << QStringLiteral("-ts") << found;

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("%1 %2 failed:\n%3")
                            .arg(lupdate, arguments.join(QLatin1Char(' ')),
                                 QString::fromLocal8Bit(process.readAll()))));

    QString error;
    m_found = readTs(found, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_found.size() > 50, "lupdate found suspiciously few messages");
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("sv") << QStringLiteral("sv");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> committed = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, TsMessage> byKey;
    QStringList problems;
    for (const TsMessage &message : committed) {
        byKey.insert(message.key(), message);
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1  [type=\"%2\"]").arg(message.describe(), message.type);
    }
    for (const TsMessage &message : std::as_const(m_found)) {
        const auto it = byKey.constFind(message.key());
        if (it == byKey.constEnd()) {
            problems << message.describe() + QStringLiteral("  [missing]");
            continue;
        }
        const bool empty = it->translations.isEmpty()
            || std::any_of(it->translations.cbegin(), it->translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); });
        if (empty && !message.source.trimmed().isEmpty())
            problems << message.describe() + QStringLiteral("  [no translation]");
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("translations/reskontra_%1.ts is not complete")
                                   .arg(language),
                               problems)));
}

void TestTranslations::swedishTranslationIsTheSource()
{
    QString error;
    const QList<TsMessage> swedish = readTs(tsPath(QStringLiteral("sv")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const TsMessage &message : swedish) {
        // Plural forms may legitimately differ from the source ("%n rad"/"%n rader").
        if (!message.numerus && message.translations.value(0) != message.source)
            problems << QStringLiteral("%1  [sv: \"%2\"]")
                            .arg(message.describe(), message.translations.value(0));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(report(QStringLiteral("Swedish translations that differ from the source"),
                               problems)));
}

void TestTranslations::englishIsNotACopyOfTheSwedish()
{
    QString error;
    const QList<TsMessage> english = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!english.isEmpty());
    QStringList copies;
    for (const TsMessage &message : english) {
        if (message.translations.contains(message.source))
            copies << message.describe();
    }
    // A few are the same in both languages (Bankgiro, OCR, "%1 %2"); most must not be.
    const double share = double(copies.size()) / double(english.size());
    QVERIFY2(share <= 0.10,
             qPrintable(report(QStringLiteral("Too many English translations equal the Swedish "
                                              "source (%1 %)")
                                   .arg(qRound(share * 100)),
                               copies)));
}

void TestTranslations::translationsAreBuiltIntoTheProgram()
{
    for (const char *language : {"sv", "en"}) {
        QTranslator translator;
        const QString qm = QStringLiteral(":/i18n/reskontra_%1.qm").arg(QLatin1String(language));
        QVERIFY2(translator.load(qm), qPrintable(qm));
    }
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/reskontra_en.qm")));
    QCOMPARE(english.translate("rsk::ui::Menus", "&Inbetalningar"), QStringLiteral("&Payments"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
