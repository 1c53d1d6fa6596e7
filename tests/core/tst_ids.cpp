#include "ids/luhn.h"
#include "ids/swedishid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using rsk::SwedishId;
using Kind = rsk::SwedishId::Kind;

Q_DECLARE_METATYPE(rsk::SwedishId::Kind)

namespace {

const QString idsDir = QStringLiteral(RESKONTRA_TESTDATA_DIR "/ids");

// What one third-party file did to us: rows read, rows checked, rows skipped by
// design (with the reason), and problems (any problem fails the test).
struct FileResult
{
    int rows = 0;
    int checked = 0;
    int skipped = 0;
    // 10-digit forms without separator whose row is a person aged 100+: the
    // century is resolved against the reference date (they get the later one),
    // so validity, kind and sex are checked but not the 12-digit form.
    int centuryNotCompared = 0;
    QStringList skipReasons;
    QStringList problems;

    void skip(const QString &why)
    {
        ++skipped;
        if (!skipReasons.contains(why))
            skipReasons << why;
    }
    QString summary(const QString &file) const
    {
        return QStringLiteral("%1: %2 rows, %3 checked, %4 skipped (%5); %6 ten-digit forms "
                              "without a century comparison")
            .arg(file)
            .arg(rows)
            .arg(checked)
            .arg(skipped)
            .arg(skipReasons.isEmpty() ? QStringLiteral("none") : skipReasons.join(u"; "))
            .arg(centuryNotCompared);
    }
};

// The files under shared/testdata/ids we know, with the date each list was
// committed (testdata/README.md). That date is the reference date: the lists
// were generated then, and their '+'/'-' forms say who was 100 or older then.
struct KnownFile
{
    const char *name;
    QDate reference;
    int expectedSkips;
};

const KnownFile personnummerMetaFiles[] = {
    {"personnummer-meta-list-07ecddc.json", QDate(2023, 11, 10), 0},
    {"personnummer-meta-list-80b8dcc.json", QDate(2020, 6, 15), 0},
    // 13 interim rows (a letter in the birth number), 12 flagged valid: skipped.
    {"personnummer-meta-3.1-list-c10e272.json", QDate(2023, 3, 6), 12},
    {"personnummer-meta-structured-07ecddc.json", QDate(2023, 11, 10), 0},
    {"personnummer-meta-orgnumber.json", QDate(2023, 11, 10), 0},
};
const KnownFile organisationsnummerMetaFile = {"organisationsnummer-meta-list.json",
                                               QDate(2024, 2, 20), 0};

bool isPlainTenDigits(const QString &s)
{
    if (s.size() != 10)
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Personnummer:
        return QStringLiteral("Personnummer");
    case Kind::Samordningsnummer:
        return QStringLiteral("Samordningsnummer");
    case Kind::Organisationsnummer:
        return QStringLiteral("Organisationsnummer");
    }
    return QString();
}

std::optional<QJsonDocument> readJson(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = pe.errorString();
        return std::nullopt;
    }
    return doc;
}

// Every form must be rejected, with a reason.
void expectRejected(const QStringList &forms, const QDate &ref, FileResult &r)
{
    for (const QString &form : forms) {
        QString error;
        if (SwedishId::parse(form, ref, &error))
            r.problems << QStringLiteral("%1: accepted, the file says invalid").arg(form);
        else if (error.isEmpty())
            r.problems << QStringLiteral("%1: rejected without a reason").arg(form);
    }
}

// personnummer/meta list rows: type ssn, con or interim, each in up to five forms.
void checkPersonRow(const QJsonObject &row, const QDate &ref, FileResult &r)
{
    const QString type = row.value(u"type").toString();
    const bool valid = row.value(u"valid").toBool();
    if (type == QLatin1String("interim") && valid) {
        // Interim numbers (a letter in the birth number) are not issued by
        // Skatteverket; personnummer/meta accepts them only behind the
        // allowInterimNumber option and later moved them out of list.json. The
        // ledger identifies debtors by personnummer, samordningsnummer or
        // organisationsnummer only, so we reject them (tested in reject()).
        r.skip(QStringLiteral("interim numbers flagged valid: rejected by design"));
        return;
    }
    ++r.checked;
    QStringList forms;
    // "integer" is 0 where the row has no integer form (interim, blank-separated).
    if (const qint64 integer = row.value(u"integer").toInteger(); integer != 0)
        forms << QString::number(integer);
    for (const char16_t *key : {u"long_format", u"short_format", u"separated_format",
                                u"separated_long"})
        forms << row.value(QStringView(key)).toString();
    if (!valid) {
        expectRejected(forms, ref, r);
        return;
    }
    const Kind kind = type == QLatin1String("con") ? Kind::Samordningsnummer : Kind::Personnummer;
    const QString separated = row.value(u"separated_format").toString();
    // The file's YYYYMMDD+NNNN form; our display() always uses '-' (brief:
    // display is YYYYMMDD-NNNC, the '+' belongs only to the 10-digit form).
    QString separatedLong = row.value(u"separated_long").toString();
    separatedLong.replace(QLatin1Char('+'), QLatin1Char('-'));
    for (const QString &form : std::as_const(forms)) {
        QString error;
        const auto id = SwedishId::parse(form, ref, &error);
        if (!id) {
            r.problems << QStringLiteral("%1: rejected (%2), the file says valid")
                              .arg(form, error);
            continue;
        }
        if (id->kind() != kind)
            r.problems << QStringLiteral("%1: kind %2, the file says %3")
                              .arg(form, kindName(id->kind()), type);
        if (id->isMale() != row.value(u"isMale").toBool())
            r.problems << QStringLiteral("%1: isMale %2").arg(form).arg(id->isMale());
        if (isPlainTenDigits(form) && separated.contains(QLatin1Char('+'))) {
            ++r.centuryNotCompared;
            continue;
        }
        if (id->normalized() != row.value(u"long_format").toString())
            r.problems << QStringLiteral("%1: normalized %2").arg(form, id->normalized());
        if (id->tenDigit(ref) != separated)
            r.problems << QStringLiteral("%1: tenDigit %2").arg(form, id->tenDigit(ref));
        if (id->display() != separatedLong)
            r.problems << QStringLiteral("%1: display %2").arg(form, id->display());
    }
}

// personnummer-meta-orgnumber.json: "valid: false" means "not a personnummer";
// the comment says each is a valid organisationsnummer, which is what we expect.
void checkOrgRowOfPersonnummerMeta(const QJsonObject &row, const QDate &ref, FileResult &r)
{
    ++r.checked;
    const QString shortForm = row.value(u"short_format").toString();
    const QString separated = row.value(u"separated_format").toString();
    const QStringList forms{QString::number(row.value(u"integer").toInteger()), shortForm,
                            separated};
    for (const QString &form : forms) {
        QString error;
        const auto id = SwedishId::parse(form, ref, &error);
        if (!id) {
            r.problems << QStringLiteral("%1: rejected (%2), the comment says a valid "
                                         "organisationsnummer")
                              .arg(form, error);
        } else if (id->kind() != Kind::Organisationsnummer || id->normalized() != shortForm
                   || id->display() != separated) {
            r.problems << QStringLiteral("%1: %2 %3, expected an organisationsnummer %4")
                              .arg(form, kindName(id->kind()), id->display(), separated);
        }
    }
}

// personnummer-meta-structured: {ssn|con: {integer|string: {valid|invalid: [...]}}}.
void checkStructured(const QJsonObject &doc, const QDate &ref, FileResult &r)
{
    for (const QString &type : {QStringLiteral("ssn"), QStringLiteral("con")}) {
        const Kind kind = type == QLatin1String("con") ? Kind::Samordningsnummer
                                                       : Kind::Personnummer;
        const QJsonObject byType = doc.value(type).toObject();
        for (const QString &repr : {QStringLiteral("integer"), QStringLiteral("string")}) {
            const QJsonObject lists = byType.value(repr).toObject();
            for (const QString &verdict : {QStringLiteral("valid"), QStringLiteral("invalid")}) {
                const QJsonArray values = lists.value(verdict).toArray();
                for (const QJsonValue &v : values) {
                    ++r.rows;
                    ++r.checked;
                    const QString form = v.isString() ? v.toString()
                                                      : QString::number(v.toInteger());
                    if (verdict == QLatin1String("invalid")) {
                        expectRejected({form}, ref, r);
                        continue;
                    }
                    QString error;
                    const auto id = SwedishId::parse(form, ref, &error);
                    if (!id)
                        r.problems << QStringLiteral("%1: rejected (%2)").arg(form, error);
                    else if (id->kind() != kind)
                        r.problems << QStringLiteral("%1: kind %2")
                                          .arg(form, kindName(id->kind()));
                }
            }
        }
    }
}

FileResult checkPersonnummerMetaFile(const QString &path, const QDate &ref)
{
    FileResult r;
    QString error;
    const auto doc = readJson(path, &error);
    if (!doc) {
        r.problems << QStringLiteral("%1: %2").arg(path, error);
        return r;
    }
    if (doc->isObject()) {
        checkStructured(doc->object(), ref, r);
        return r;
    }
    const QJsonArray rows = doc->array();
    for (const QJsonValue &v : rows) {
        ++r.rows;
        const QJsonObject row = v.toObject();
        if (row.value(u"type").toString() == QLatin1String("org"))
            checkOrgRowOfPersonnummerMeta(row, ref, r);
        else
            checkPersonRow(row, ref, r);
    }
    return r;
}

// organisationsnummer/meta list.json: Aktiebolag (10 digits or 16-prefixed) and
// Enskild firma (the owner's 12-digit personnummer/samordningsnummer).
FileResult checkOrganisationsnummerMetaFile(const QString &path, const QDate &ref)
{
    FileResult r;
    QString error;
    const auto doc = readJson(path, &error);
    if (!doc) {
        r.problems << QStringLiteral("%1: %2").arg(path, error);
        return r;
    }
    const QJsonArray rows = doc->array();
    for (const QJsonValue &v : rows) {
        ++r.rows;
        ++r.checked;
        const QJsonObject row = v.toObject();
        const QString input = row.value(u"input").toString();
        const QString longForm = row.value(u"long_format").toString();
        const QString shortForm = row.value(u"short_format").toString();
        const QStringList forms{input, longForm, shortForm};
        if (!row.value(u"valid").toBool()) {
            expectRejected(forms, ref, r);
            continue;
        }
        const bool company = row.value(u"type").toString() == QLatin1String("Aktiebolag");
        for (const QString &form : forms) {
            const auto id = SwedishId::parse(form, ref, &error);
            if (!id) {
                r.problems << QStringLiteral("%1: rejected (%2)").arg(form, error);
                continue;
            }
            if (company) {
                if (id->kind() != Kind::Organisationsnummer || id->normalized() != shortForm
                    || id->display() != longForm)
                    r.problems << QStringLiteral("%1: %2 %3").arg(form, kindName(id->kind()),
                                                                  id->display());
                continue;
            }
            // Enskild firma: long_format is the owner's 10-digit form as of the
            // list's date, '+' for 100+; input is the 12-digit form.
            if (!id->isPerson()) {
                r.problems << QStringLiteral("%1: not a person").arg(form);
                continue;
            }
            if (isPlainTenDigits(form) && longForm.contains(QLatin1Char('+'))) {
                ++r.centuryNotCompared;
                continue;
            }
            if (id->normalized() != input || id->tenDigit(ref) != longForm)
                r.problems << QStringLiteral("%1: %2 / %3").arg(form, id->normalized(),
                                                                id->tenDigit(ref));
        }
    }
    return r;
}

} // namespace

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void luhnValid_data();
    void luhnValid();
    void parse_data();
    void parse();
    void reject_data();
    void reject();
    void tenDigitPlusFromTheYearOfTurning100_data();
    void tenDigitPlusFromTheYearOfTurning100();
    void looksLikeOrganisation_data();
    void looksLikeOrganisation();
    void nullAndEquality();

    void thirdPartyFilesAreAllKnown();
    void personnummerMeta_data();
    void personnummerMeta();
    void organisationsnummerMeta();
    void thirdPartyCoverage();
};

void TestIds::luhnCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("check");
    // FACTS-SE §7 worked examples.
    QTest::newRow("811218-987X -> 6 (FACTS worked example)") << "811218987" << 6;
    QTest::newRow("samordningsnummer 701063-239X -> 1") << "701063239" << 1;
    QTest::newRow("Stockholms stad 212000-014X -> 2") << "212000014" << 2;
    QTest::newRow("organisationsnummer 556036-079X -> 3") << "556036079" << 3;
    QTest::newRow("bankgiro 5805-620X -> 1") << "5805620" << 1;
    QTest::newRow("one digit") << "1" << 8;
    QTest::newRow("zeros give 0") << "0000" << 0;
    QTest::newRow("empty is not a number") << "" << -1;
    QTest::newRow("letter is not a digit") << "12a4" << -1;
    QTest::newRow("hyphen is not a digit") << "811218-987" << -1;
    QTest::newRow("non-ASCII digit") << QString::fromUtf8("12\u0663") << -1;
}

void TestIds::luhnCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, check);
    QCOMPARE(rsk::luhnCheckDigit(digits), check);
}

void TestIds::luhnValid_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8112189876") << "8112189876" << true;
    QTest::newRow("7010632391") << "7010632391" << true;
    QTest::newRow("2120000142") << "2120000142" << true;
    QTest::newRow("5560360793") << "5560360793" << true;
    QTest::newRow("plusgiro 58056201") << "58056201" << true;
    QTest::newRow("last digit off by one") << "8112189875" << false;
    QTest::newRow("two digits 18") << "18" << true;
    QTest::newRow("one digit is too short") << "0" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("letter as check digit") << "811218987X" << false;
}

void TestIds::luhnValid()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(rsk::luhnValid(digits), valid);
}

void TestIds::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("tenDigit"); // as of the reference date
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("male");

    const QDate ref(2024, 6, 1);
    const QDate noDate;
    // FACTS-SE §7 worked examples.
    QTest::newRow("FACTS personnummer 811218-9876")
        << "811218-9876" << ref << Kind::Personnummer << "198112189876" << "19811218-9876"
        << "811218-9876" << QDate(1981, 12, 18) << true;
    QTest::newRow("FACTS samordningsnummer 701063-2391 (born 1970-10-03, number 239)")
        << "701063-2391" << ref << Kind::Samordningsnummer << "197010632391" << "19701063-2391"
        << "701063-2391" << QDate(1970, 10, 3) << true;
    QTest::newRow("FACTS Stockholms stad 212000-0142")
        << "212000-0142" << ref << Kind::Organisationsnummer << "2120000142" << "212000-0142"
        << "212000-0142" << noDate << false;
    QTest::newRow("FACTS AB 556036-0793")
        << "556036-0793" << ref << Kind::Organisationsnummer << "5560360793" << "556036-0793"
        << "556036-0793" << noDate << false;

    // Forms and blanks.
    QTest::newRow("personnummer without hyphen")
        << "8112189876" << ref << Kind::Personnummer << "198112189876" << "19811218-9876"
        << "811218-9876" << QDate(1981, 12, 18) << true;
    QTest::newRow("12 digits") << "198112189876" << ref << Kind::Personnummer << "198112189876"
                               << "19811218-9876" << "811218-9876" << QDate(1981, 12, 18) << true;
    QTest::newRow("12 digits with hyphen")
        << "19811218-9876" << ref << Kind::Personnummer << "198112189876" << "19811218-9876"
        << "811218-9876" << QDate(1981, 12, 18) << true;
    QTest::newRow("blanks around") << "  811218-9876\t" << ref << Kind::Personnummer
                                   << "198112189876" << "19811218-9876" << "811218-9876"
                                   << QDate(1981, 12, 18) << true;
    QTest::newRow("en dash pasted from a letter")
        << QString::fromUtf8("811218\u20139876") << ref << Kind::Personnummer << "198112189876"
        << "19811218-9876" << "811218-9876" << QDate(1981, 12, 18) << true;
    QTest::newRow("woman: even birth number 986")
        << "811218-9868" << ref << Kind::Personnummer << "198112189868" << "19811218-9868"
        << "811218-9868" << QDate(1981, 12, 18) << false;

    // Century of a 10-digit number against the reference date 2024-06-01.
    QTest::newRow("hyphen, birthday today: this century")
        << "240601-1235" << ref << Kind::Personnummer << "202406011235" << "20240601-1235"
        << "240601-1235" << QDate(2024, 6, 1) << true;
    QTest::newRow("hyphen, birthday tomorrow: last century")
        << "240602-1234" << ref << Kind::Personnummer << "192406021234" << "19240602-1234"
        << "240602+1234" << QDate(1924, 6, 2) << true;
    QTest::newRow("no separator, 1999: last century")
        << "9912189876" << ref << Kind::Personnummer << "199912189876" << "19991218-9876"
        << "991218-9876" << QDate(1999, 12, 18) << true;
    QTest::newRow("plus, turned 100 today")
        << "240601+1235" << ref << Kind::Personnummer << "192406011235" << "19240601-1235"
        << "240601+1235" << QDate(1924, 6, 1) << true;
    // FACTS-SE §7: '+' from the year the person turns 100, not the birthday.
    QTest::newRow("plus, turns 100 later this year: 1924")
        << "241231+1231" << ref << Kind::Personnummer << "192412311231" << "19241231-1231"
        << "241231+1231" << QDate(1924, 12, 31) << true;
    QTest::newRow("plus, 1925 is under 100 in 2024: 1825")
        << "250101+1239" << ref << Kind::Personnummer << "182501011239" << "18250101-1239"
        << "250101+1239" << QDate(1825, 1, 1) << true;
    QTest::newRow("hyphen, 29 Feb 2000 seen from 2100: no 2100-02-29, so 2000")
        << "000229-2381" << QDate(2100, 3, 1) << Kind::Personnummer << "200002292381"
        << "20000229-2381" << "000229+2381" << QDate(2000, 2, 29) << false;
    QTest::newRow("hyphen, 29 Feb 04 seen from 2003: 1904")
        << "040229-2387" << QDate(2003, 6, 1) << Kind::Personnummer << "190402292387"
        << "19040229-2387" << "040229-2387" << QDate(1904, 2, 29) << false;
    QTest::newRow("12 digits carry their century: 1909 with hyphen")
        << "19090527-1474" << QDate(2023, 11, 10) << Kind::Personnummer << "190905271474"
        << "19090527-1474" << "090527+1474" << QDate(1909, 5, 27) << true;
    QTest::newRow("12 digits with plus, 100+")
        << "19090527+1474" << QDate(2023, 11, 10) << Kind::Personnummer << "190905271474"
        << "19090527-1474" << "090527+1474" << QDate(1909, 5, 27) << true;

    // Samordningsnummer: day + 60; month 00 and day 60 (day 00) allowed.
    QTest::newRow("samordningsnummer day 91 (31st)")
        << "197302889931" << ref << Kind::Samordningsnummer << "197302889931" << "19730288-9931"
        << "730288-9931" << QDate(1973, 2, 28) << true;
    QTest::newRow("samordningsnummer month 00")
        << "700063-2393" << ref << Kind::Samordningsnummer << "197000632393" << "19700063-2393"
        << "700063-2393" << noDate << true;
    QTest::newRow("samordningsnummer day 60 (day 00)")
        << "701060-2394" << ref << Kind::Samordningsnummer << "197010602394" << "19701060-2394"
        << "701060-2394" << noDate << true;

    // Organisationsnummer in 12 digits: 16 or 00 prefix (FACTS-SE §7: accept both).
    QTest::newRow("org 16 prefix") << "165560360793" << ref << Kind::Organisationsnummer
                                   << "5560360793" << "556036-0793" << "556036-0793" << noDate
                                   << false;
    QTest::newRow("org 00 prefix (BgMax TK29)")
        << "005560360793" << ref << Kind::Organisationsnummer << "5560360793" << "556036-0793"
        << "556036-0793" << noDate << false;
    QTest::newRow("org 16 prefix with hyphen")
        << "16556036-0793" << ref << Kind::Organisationsnummer << "5560360793" << "556036-0793"
        << "556036-0793" << noDate << false;
    QTest::newRow("org without hyphen") << "5560360793" << ref << Kind::Organisationsnummer
                                        << "5560360793" << "556036-0793" << "556036-0793"
                                        << noDate << false;
    QTest::newRow("org third digit exactly 2 (AP fund 802005-1952)")
        << "802005-1952" << ref << Kind::Organisationsnummer << "8020051952" << "802005-1952"
        << "802005-1952" << noDate << false;
}

void TestIds::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(Kind, kind);
    QFETCH(QString, normalized);
    QFETCH(QString, display);
    QFETCH(QString, tenDigit);
    QFETCH(QDate, birthDate);
    QFETCH(bool, male);
    QString error;
    const auto id = SwedishId::parse(text, reference, &error);
    QVERIFY2(id.has_value(), qPrintable(error));
    QCOMPARE(id->kind(), kind);
    QCOMPARE(id->normalized(), normalized);
    QCOMPARE(id->display(), display);
    QCOMPARE(id->tenDigit(reference), tenDigit);
    QCOMPARE(id->birthDate(), birthDate);
    QCOMPARE(id->isMale(), male);
    QCOMPARE(id->isPerson(), kind != Kind::Organisationsnummer);
    // The canonical forms parse back to the same id.
    QCOMPARE(SwedishId::parse(id->normalized(), reference), id);
    QCOMPARE(SwedishId::parse(id->display(), reference), id);
    QCOMPARE(SwedishId::parse(id->tenDigit(reference), reference), id);
}

void TestIds::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("wrong check digit") << "811218-9875" << "kontrollsiffran ska vara 6";
    QTest::newRow("wrong check digit, 12 digits") << "198112189870"
                                                  << "kontrollsiffran ska vara 6";
    QTest::newRow("samordningsnummer wrong check digit") << "701063-2390"
                                                         << "kontrollsiffran ska vara 1";
    QTest::newRow("org wrong check digit") << "556036-0790" << "kontrollsiffran ska vara 3";
    QTest::newRow("org 16 prefix wrong check digit") << "165560360794"
                                                     << "kontrollsiffran ska vara 3";
    QTest::newRow("30 February") << "810230-1234" << "1981-02-30 finns inte";
    QTest::newRow("29 February 1900 (not a leap year)") << "19000229-2382"
                                                        << "1900-02-29 finns inte";
    QTest::newRow("29 February in neither century") << "010229-2387" << "02-29 finns inte";
    QTest::newRow("samordningsnummer 30 February (day 90)") << "810290-1231"
                                                            << "1981-02-30 finns inte";
    QTest::newRow("month 13") << "811318-9876" << "Månaden 13";
    QTest::newRow("day 00") << "811200-9876" << "Dagen 00";
    QTest::newRow("day 45, between dates and samordning") << "811245-9876" << "Dagen 45";
    QTest::newRow("day 92") << "811292-9876" << "Dagen 92";
    QTest::newRow("month 00 in a personnummer") << "810018-9876" << "bara i samordningsnummer";
    QTest::newRow("birth number 000 (SCB: 001-999)") << "150916-0006" << "Födelsenumret 000";
    QTest::newRow("plus on a 12-digit number under 100") << "19811218+9876" << "100 år";
    QTest::newRow("12-digit birth date after the reference date") << "20991218-9876"
                                                                    << "ligger efter";
    QTest::newRow("org number with century 19: month 60") << "195560360793"
                                                               << "Månaden 60";
    QTest::newRow("third digit rule: 16 prefix on a personnummer") << "168112189876"
                                                                   << "Tredje siffran";
    QTest::newRow("third digit rule: 00 prefix, third digit 1") << "005510360793"
                                                                << "Tredje siffran";
    QTest::newRow("org with plus") << "556036+0793" << "inte plustecken";
    QTest::newRow("12 digits, century 17") << "178112189876" << "börjar med 17";
    QTest::newRow("8 digits") << "81121898" << "har 8 siffror";
    QTest::newRow("11 digits") << "81121898765" << "10 eller 12 siffror";
    QTest::newRow("13 digits") << "1981121898760" << "10 eller 12 siffror";
    QTest::newRow("letter") << "81121A-9876" << "otillåtet tecken \"A\"";
    QTest::newRow("interim number (letter in birth number)") << "000101-P220"
                                                             << "otillåtet tecken \"P\"";
    QTest::newRow("VAT number") << "SE556036079301" << "otillåtet tecken \"S\"";
    QTest::newRow("space inside") << "811218 9876" << "mellanslag";
    QTest::newRow("two hyphens") << "811218--9876" << "mer än ett skiljetecken";
    QTest::newRow("hyphen in the wrong place") << "8112-189876" << "fyra sista";
    QTest::newRow("empty") << "" << "saknas";
    QTest::newRow("only blanks") << "   " << "saknas";
}

void TestIds::reject()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    QString error;
    QVERIFY(!SwedishId::parse(text, QDate(2024, 6, 1), &error).has_value());
    QVERIFY2(error.contains(reasonContains), qPrintable(error));
}

void TestIds::tenDigitPlusFromTheYearOfTurning100_data()
{
    QTest::addColumn<QDate>("at");
    QTest::addColumn<QString>("tenDigit");
    // Born 1924-06-02; FACTS-SE §7: '+' from the year the person turns 100.
    QTest::newRow("2023-12-31, 99") << QDate(2023, 12, 31) << "240602-1234";
    QTest::newRow("2024-01-01, turns 100 this year") << QDate(2024, 1, 1) << "240602+1234";
    QTest::newRow("2030-06-01, 106") << QDate(2030, 6, 1) << "240602+1234";
}

void TestIds::tenDigitPlusFromTheYearOfTurning100()
{
    QFETCH(QDate, at);
    QFETCH(QString, tenDigit);
    const auto id = SwedishId::parse("192406021234", QDate(2024, 6, 1));
    QVERIFY(id);
    QCOMPARE(id->tenDigit(at), tenDigit);
    // And it parses back to the same person on that date.
    QCOMPARE(SwedishId::parse(tenDigit, at), id);
}

void TestIds::looksLikeOrganisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("org");
    QTest::newRow("556036-0793") << "556036-0793" << true;
    QTest::newRow("16 prefix") << "165560360793" << true;
    QTest::newRow("00 prefix") << "005560360793" << true;
    QTest::newRow("wrong check digit still looks like one") << "556036-0790" << true;
    QTest::newRow("personnummer") << "811218-9876" << false;
    QTest::newRow("12-digit personnummer") << "198112189876" << false;
    QTest::newRow("16 prefix, third digit 1") << "168112189876" << false;
    QTest::newRow("letters") << "SE556036079301" << false;
    QTest::newRow("too short") << "55603607" << false;
}

void TestIds::looksLikeOrganisation()
{
    QFETCH(QString, text);
    QFETCH(bool, org);
    QCOMPARE(SwedishId::looksLikeOrganisation(text), org);
}

void TestIds::nullAndEquality()
{
    const SwedishId none;
    QVERIFY(none.isNull());
    QVERIFY(!none.isPerson());
    QCOMPARE(none.display(), QString());
    const QDate ref(2024, 6, 1);
    QCOMPARE(SwedishId::parse("811218-9876", ref), SwedishId::parse("198112189876", ref));
    QVERIFY(*SwedishId::parse("811218-9876", ref) != *SwedishId::parse("811218-9868", ref));
    QVERIFY(*SwedishId::parse("165560360793", ref) == *SwedishId::parse("556036-0793", ref));
    // The error pointer is optional.
    QVERIFY(!SwedishId::parse("x", ref).has_value());
}

void TestIds::thirdPartyFilesAreAllKnown()
{
    // A file added to shared/testdata/ids must get a reference date above, not
    // be silently left out.
    const QDir dir(idsDir);
    if (!dir.exists())
        QSKIP(qPrintable(idsDir + " not found: the shared test data lives beside the repo "
                                  "(shared/testdata, see its README.md)."));
    QStringList known{QString::fromLatin1(organisationsnummerMetaFile.name)};
    for (const KnownFile &f : personnummerMetaFiles)
        known << QString::fromLatin1(f.name);
    const QStringList found = dir.entryList({QStringLiteral("personnummer-meta-*.json"),
                                             QStringLiteral("organisationsnummer-meta-*.json")},
                                            QDir::Files);
    for (const QString &name : found)
        QVERIFY2(known.contains(name), qPrintable(name + " is not checked by tst_ids"));
}

void TestIds::personnummerMeta_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<int>("expectedSkips");
    for (const KnownFile &f : personnummerMetaFiles)
        QTest::newRow(f.name) << QString::fromLatin1(f.name) << f.reference << f.expectedSkips;
}

void TestIds::personnummerMeta()
{
    QFETCH(QString, file);
    QFETCH(QDate, reference);
    QFETCH(int, expectedSkips);
    const QString path = idsDir + QLatin1Char('/') + file;
    if (!QFile::exists(path))
        QSKIP(qPrintable(path + " not found: the shared test data lives beside the repo "
                                "(shared/testdata, see its README.md)."));
    const FileResult r = checkPersonnummerMetaFile(path, reference);
    qInfo().noquote() << r.summary(file);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u"\n")));
    QVERIFY(r.rows > 0);
    QCOMPARE(r.skipped, expectedSkips);
    QCOMPARE(r.checked + r.skipped, r.rows);
}

void TestIds::organisationsnummerMeta()
{
    const QString file = QString::fromLatin1(organisationsnummerMetaFile.name);
    const QString path = idsDir + QLatin1Char('/') + file;
    if (!QFile::exists(path))
        QSKIP(qPrintable(path + " not found: the shared test data lives beside the repo "
                                "(shared/testdata, see its README.md)."));
    const FileResult r =
        checkOrganisationsnummerMetaFile(path, organisationsnummerMetaFile.reference);
    qInfo().noquote() << r.summary(file);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u"\n")));
    QCOMPARE(r.rows, 24);
    QCOMPARE(r.checked, r.rows);
}

void TestIds::thirdPartyCoverage()
{
    // Over all identity lists together at least 90 % of the rows must have been
    // checked, so a rule change that starts skipping rows cannot pass quietly.
    int rows = 0;
    int checked = 0;
    for (const KnownFile &f : personnummerMetaFiles) {
        const QString path = idsDir + QLatin1Char('/') + QString::fromLatin1(f.name);
        if (!QFile::exists(path))
            continue;
        const FileResult r = checkPersonnummerMetaFile(path, f.reference);
        rows += r.rows;
        checked += r.checked;
    }
    const QString orgPath = idsDir + QLatin1Char('/')
        + QString::fromLatin1(organisationsnummerMetaFile.name);
    if (QFile::exists(orgPath)) {
        const FileResult r = checkOrganisationsnummerMetaFile(
            orgPath, organisationsnummerMetaFile.reference);
        rows += r.rows;
        checked += r.checked;
    }
    if (rows == 0)
        QSKIP(qPrintable(idsDir + " has none of the identity lists: the shared test data "
                                  "lives beside the repo (shared/testdata, see its README.md)."));
    qInfo("identity lists: %d of %d rows checked", checked, rows);
    QVERIFY2(checked * 10 >= rows * 9,
             qPrintable(QStringLiteral("only %1 of %2 rows checked").arg(checked).arg(rows)));
}

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
