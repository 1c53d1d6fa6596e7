#include "formats/bgmax.h"

#include "bgmaxbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using rsk::BgMaxParser;
using rsk::IncomingPayment;
using rsk::PaymentFile;
using rsk::test::BgMaxBuilder;
using Status = rsk::IncomingPayment::ReferenceStatus;

Q_DECLARE_METATYPE(rsk::IncomingPayment::ReferenceStatus)

namespace {

const QString bgmaxDir = QStringLiteral(RESKONTRA_TESTDATA_DIR "/bgmax");
const QDate day(2026, 11, 26);

QByteArray readTestFile(const QString &name)
{
    QFile f(bgmaxDir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString describe(const BgMaxParser::Result &r)
{
    QStringList out;
    for (const rsk::FileError &e : r.errors)
        out << e.format(QStringLiteral("fil"));
    return out.join(QLatin1Char('\n'));
}

// "text" or "text=öre" when the reference carries an amount.
QStringList references(const IncomingPayment &p)
{
    QStringList out;
    for (const rsk::PaymentReference &ref : p.references)
        out << (ref.hasAmount ? ref.text + QLatin1Char('=') + QString::number(ref.amount.ore())
                              : ref.text);
    return out;
}

// The small well-formed file most rejection rows start from:
// 1 TK01, 2 TK05, 3 TK20 1 000,00, 4 TK26, 5 TK20 500,00, 6 TK15, 7 TK70.
BgMaxBuilder standardUpToSection()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(QStringLiteral("1234574"), 100000).name(QStringLiteral("Anna Andersson"));
    b.payment(QStringLiteral("2345677"), 50000);
    return b;
}

} // namespace

class TestBgMax : public QObject
{
    Q_OBJECT
private slots:
    void realFilesAccepted_data();
    void realFilesAccepted();
    void realFilesRejected_data();
    void realFilesRejected();
    void officialExampleFields();
    void bgMaxfil4References();
    void fribokInformationInLatin1();
    void everyRecordType();
    void referenceCodes_data();
    void referenceCodes();
    void deductions_data();
    void deductions();
    void multipleSections();
    void latin1Names();
    void lineEnds_data();
    void lineEnds();
    void rejected_data();
    void rejected();
    void collectsEveryError();
    void errorCapStopsReading();
};

// Counts and totals worked out by hand from the records (FACTS-SE §1.3:
// TK15 = ΣTK20 − ΣTK21) and checked against each file's own TK15/TK70 and
// shared/testdata/README.md.
void TestBgMax::realFilesAccepted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<qint64>>("sectionAmounts");
    QTest::addColumn<QList<int>>("sectionCounts");
    QTest::addColumn<QStringList>("currencies");
    QTest::addColumn<int>("payments");
    QTest::addColumn<qint64>("total");

    // S1: 1 000,00 (line 3) − 500,00 (TK21, line 8) + 1 400,00 (line 13);
    // S2: 1 100 + 1 200 + 700 + 5 000 kr (lines 25, 30, 35, 40).
    QTest::newRow("Bankgirot OCR example (checksiffra och längd)")
        << "bankgirot-ocr-checksiffra-langd.normalised.txt" << QList<qint64>{190000, 800000}
        << QList<int>{3, 4} << QStringList{"SEK", "SEK"} << 7 << qint64(990000);
    // 100 + 200 + 300 + 100 + 150 kr, no TK21.
    QTest::newRow("fribok BgMaxTestFile1") << "fribok-BgMaxTestFile1.normalised.txt"
                                           << QList<qint64>{85000} << QList<int>{5}
                                           << QStringList{"SEK"} << 5 << qint64(85000);
    // S1 1 800 + 1 900; S2 2 000 (its TK22s split it 1 700 + 300); S3 500 ×3
    // + 1 400 (split 1 000 + 500 + 400 − 500); EUR 3 000 + 1 000 kr.
    QTest::newRow("Zimpler BgMaxfil4 (two blank lines at the end)")
        << "zimpler-BgMaxfil4.txt" << QList<qint64>{370000, 200000, 290000, 400000}
        << QList<int>{2, 1, 4, 2} << QStringList{"SEK", "SEK", "SEK", "EUR"} << 9
        << qint64(1260000);
}

void TestBgMax::realFilesAccepted()
{
    QFETCH(QString, file);
    QFETCH(QList<qint64>, sectionAmounts);
    QFETCH(QList<int>, sectionCounts);
    QFETCH(QStringList, currencies);
    QFETCH(int, payments);
    QFETCH(qint64, total);
    if (!QDir(bgmaxDir).exists())
        QSKIP("shared/testdata/bgmax is not here");
    const QByteArray bytes = readTestFile(file);
    QVERIFY(!bytes.isEmpty());

    const auto result = BgMaxParser::parse(bytes, file);
    QVERIFY2(result.errors.isEmpty(), qPrintable(describe(result)));
    QVERIFY(result.file);
    const PaymentFile &f = *result.file;
    QCOMPARE(f.sections.size(), sectionAmounts.size());
    for (int i = 0; i < f.sections.size(); ++i) {
        const rsk::PaymentSection &s = f.sections.at(i);
        QCOMPARE(s.depositAmount.ore(), sectionAmounts.at(i));
        QCOMPARE(s.payments.size(), sectionCounts.at(i));
        QCOMPARE(s.currency, currencies.at(i));
        QCOMPARE(s.receivingBankgiro, QStringLiteral("9912346"));
        QCOMPARE(s.depositDate, QDate(2004, 5, 25));
        for (const IncomingPayment &p : s.payments)
            QCOMPARE(p.paymentDate, QDate(2004, 5, 25));
    }
    QCOMPARE(f.paymentCount(), payments);
    QCOMPARE(f.total().ore(), total);
    QCOMPARE(f.fileStamp, QStringLiteral("20040525173035010331"));
    QCOMPARE(f.testFile, false);
    QCOMPARE(f.fileName, file);
    QCOMPARE(f.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void TestBgMax::realFilesRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("reasons");
    // 9 TK22 records (lines 14–17, 41–42, 52–54), TK70 says 10.
    QTest::newRow("fribok BgMaxTestFile3: TK70 counts 10 extra references, file has 9")
        << "fribok-BgMaxTestFile3.txt" << QList<int>{66}
        << QStringList{"TK70 anger 10 extra referensnummerposter (TK22/TK23) men filen har 9"};
    // The README names lines 16 and 17; the TK70 on line 50 lost its trailing
    // blanks too (34 characters), which the same rule refuses.
    QTest::newRow("fabhed hand-edited example: lines 16, 17 and 50 damaged")
        << "fabhed-exempelfil-handedited.txt" << QList<int>{16, 17, 50}
        << QStringList{"posten är 70 tecken lång, ska vara 80",
                       "posten är 60 tecken lång, ska vara 80 (raden innehåller tabbtecken",
                       "posten är 34 tecken lång, ska vara 80"};
}

void TestBgMax::realFilesRejected()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, reasons);
    if (!QDir(bgmaxDir).exists())
        QSKIP("shared/testdata/bgmax is not here");
    const QByteArray bytes = readTestFile(file);
    QVERIFY(!bytes.isEmpty());
    const auto result = BgMaxParser::parse(bytes, file);
    QVERIFY(!result.file);
    QCOMPARE(result.errors.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(result.errors.at(i).line, lines.at(i));
        QVERIFY2(result.errors.at(i).reason.contains(reasons.at(i)),
                 qPrintable(result.errors.at(i).reason));
    }
}

// Bankgirot's "checksiffra och längd" example, record by record.
void TestBgMax::officialExampleFields()
{
    const QString name = QStringLiteral("bankgirot-ocr-checksiffra-langd.normalised.txt");
    if (!QDir(bgmaxDir).exists())
        QSKIP("shared/testdata/bgmax is not here");
    const auto result = BgMaxParser::parse(readTestFile(name), name);
    QVERIFY2(result.file, qPrintable(describe(result)));
    const auto &s0 = result.file->sections.at(0);
    QCOMPARE(s0.line, 2);
    QCOMPARE(s0.receivingPlusgiro, QString());

    const IncomingPayment &ocr = s0.payments.at(0); // line 3: code 2, 1 000,00
    QCOMPARE(ocr.line, 3);
    QCOMPARE(ocr.amount.ore(), 100000);
    QCOMPARE(ocr.referenceCode, 2);
    QCOMPARE(ocr.referenceStatus, Status::VerifiedOcr);
    QCOMPARE(references(ocr), QStringList{"655969"});
    QCOMPARE(ocr.references.at(0).line, 3);
    QCOMPARE(ocr.payerAccount, QStringLiteral("3783511"));
    QCOMPARE(ocr.bankSerial, QStringLiteral("000000000010"));
    QCOMPARE(ocr.payerName, QStringLiteral("Kalles Plåt AB"));
    QCOMPARE(ocr.payerAddress, QStringLiteral("Storgatan 2, 12345 Storåker"));
    QCOMPARE(ocr.payerOrgNr, QStringLiteral("005500001234"));
    QCOMPARE(ocr.deductionCode, QString());

    const IncomingPayment &deduction = s0.payments.at(1); // line 8: TK21
    QCOMPARE(deduction.line, 8);
    QCOMPARE(deduction.amount.ore(), -50000);
    QCOMPARE(deduction.deductionCode, QStringLiteral("0"));
    QCOMPARE(deduction.referenceStatus, Status::Unverified);
    QCOMPARE(references(deduction), QStringList{"89853"});
    QCOMPARE(deduction.bankSerial, QStringLiteral("000230000111"));

    // Line 13: code 3 "657866 658765 657767"; TK22 lines 14–17 repeat three of
    // them (not listed twice) and add 657965 (line 17).
    const IncomingPayment &several = s0.payments.at(2);
    QCOMPARE(several.referenceStatus, Status::Unverified);
    QCOMPARE(references(several), (QStringList{"657866", "658765", "657767", "657965"}));
    QCOMPARE(several.references.at(3).line, 17);
    QCOMPARE(several.information, QStringList{"Betalning med extra refnr 657965"});

    const auto &s1 = result.file->sections.at(1);
    const IncomingPayment &paper = s1.payments.at(1); // line 30: code 1, paper form
    QCOMPARE(paper.referenceStatus, Status::None);
    QCOMPARE(paper.referenceCode, 1);
    QVERIFY(paper.references.isEmpty());
    QCOMPARE(paper.payerName, QStringLiteral("Berits Garn"));
    QCOMPARE(paper.payerAddress, QStringLiteral("Storgatan 10, 12345 Storåker"));
    const IncomingPayment &withExtras = s1.payments.at(3); // line 40 + TK22 41, 42
    QCOMPARE(withExtras.referenceStatus, Status::VerifiedOcr);
    QCOMPARE(references(withExtras), (QStringList{"658260", "658369", "658468"}));
    QCOMPARE(withExtras.information, (QStringList{"Faktura 658369", "Faktura 658468"}));
}

// BgMaxfil4: code 0 with TK22 references (with and without amounts), a code 5
// TK22, a TK23 (negative), "8012577,8013575", an EUR section.
void TestBgMax::bgMaxfil4References()
{
    const QString name = QStringLiteral("zimpler-BgMaxfil4.txt");
    if (!QDir(bgmaxDir).exists())
        QSKIP("shared/testdata/bgmax is not here");
    const auto result = BgMaxParser::parse(readTestFile(name), name);
    QVERIFY2(result.file, qPrintable(describe(result)));
    const auto &sections = result.file->sections;

    const IncomingPayment &ub = sections.at(0).payments.at(0); // line 3, TK22 4–7
    QCOMPARE(ub.referenceStatus, Status::None);
    QCOMPARE(references(ub), (QStringList{"665760", "665869", "665661", "657775"}));
    QCOMPARE(ub.information,
             (QStringList{"Betalning med extra refnr 665869 657775 665661", "665760"}));
    // Line 18: "2900550000432 " (11 digits and a blank in Bankgirot's own file).
    QCOMPARE(sections.at(0).payments.at(1).payerOrgNr, QStringLiteral("00550000432"));

    const IncomingPayment &split = sections.at(1).payments.at(0); // line 21: 2 000,00
    QCOMPARE(references(split), (QStringList{"573964=170000", "573865=30000"}));

    QCOMPARE(sections.at(2).payments.at(2).payerAccount, QString()); // 0000000000
    const IncomingPayment &mixed = sections.at(2).payments.at(3); // line 41, 1 400,00
    QCOMPARE(mixed.amount.ore(), 140000);
    QCOMPARE(references(mixed),
             (QStringList{"7495575=100000", "695668=50000", "8988777=40000", "74450=-50000"}));
    QCOMPARE(mixed.references.at(3).line, 45);

    QCOMPARE(sections.at(3).currency, QStringLiteral("EUR"));
    const IncomingPayment &comma = sections.at(3).payments.at(0); // line 52
    QCOMPARE(comma.referenceStatus, Status::Unverified);
    QCOMPARE(references(comma), (QStringList{"8012577", "8013575", "8014573"}));
}

void TestBgMax::fribokInformationInLatin1()
{
    const QString name = QStringLiteral("fribok-BgMaxTestFile1.normalised.txt");
    if (!QDir(bgmaxDir).exists())
        QSKIP("shared/testdata/bgmax is not here");
    const auto result = BgMaxParser::parse(readTestFile(name), name);
    QVERIFY2(result.file, qPrintable(describe(result)));
    const auto &payments = result.file->sections.at(0).payments;
    QCOMPARE(payments.at(0).information, QStringList{"Här är betalning från mig till dig"});
    QCOMPARE(payments.at(1).payerName, QStringLiteral("Olles färg AB"));
    QCOMPARE(payments.at(2).information, QStringList{"Här är ännu en betalning till dig"});
    QCOMPARE(payments.at(2).bankSerial, QStringLiteral("003300000112"));
    QCOMPARE(payments.at(4).payerAccount, QString());
}

void TestBgMax::everyRecordType()
{
    BgMaxBuilder b;
    b.start(QStringLiteral("20261126120000123456"), 'T');
    b.section(QStringLiteral("5805-6201"), QStringLiteral("9048-0"));
    b.payment(QStringLiteral("1234574 5555"), 100000, 3,
              {QStringLiteral("5050-1055"), '3', QStringLiteral("123456789012"), '1'}); // 3
    b.extraReference(QStringLiteral("5555"));                                         // 4
    b.extraReference(QStringLiteral("7777"));                                         // 5
    b.info(QStringLiteral("Faktura 1 och 2")).info(QStringLiteral("Tack"));           // 6, 7
    b.name(QStringLiteral("Åsa Öberg"), QStringLiteral("c/o Ärlig"));                 // 8
    b.address(QStringLiteral("Storgatan 2"), QStringLiteral("123 45"));               // 9
    b.city(QStringLiteral("Storsäker"), QStringLiteral("Sverige"), QStringLiteral("SE"));
    b.orgNr(QStringLiteral("212000-0142"));                                           // 11
    b.deduction(QStringLiteral("1234574"), 5000, 2, '1');                             // 12
    b.endSection(day).end();                                                          // 13, 14
    const QByteArray bytes = b.bytes();
    for (const QByteArray &line : b.lines())
        QCOMPARE(line.size(), 80);

    const auto result = BgMaxParser::parse(bytes, QStringLiteral("hand.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    const PaymentFile &f = *result.file;
    QCOMPARE(f.kind, PaymentFile::Kind::BgMax);
    QCOMPARE(f.testFile, true);
    QCOMPARE(f.fileStamp, QStringLiteral("20261126120000123456"));
    QCOMPARE(f.sections.size(), 1);
    const rsk::PaymentSection &s = f.sections.at(0);
    QCOMPARE(s.receivingBankgiro, QStringLiteral("58056201"));
    QCOMPARE(s.receivingPlusgiro, QStringLiteral("90480"));
    QCOMPARE(s.currency, QStringLiteral("SEK"));
    QCOMPARE(s.depositDate, day);
    QCOMPARE(s.depositAmount.ore(), 95000); // 1 000,00 − 50,00
    QCOMPARE(s.payments.size(), 2);

    const IncomingPayment &p = s.payments.at(0);
    QCOMPARE(p.line, 3);
    QCOMPARE(p.amount.ore(), 100000);
    QCOMPARE(p.paymentDate, day);
    QCOMPARE(p.referenceStatus, Status::Unverified);
    QCOMPARE(references(p), (QStringList{"1234574", "5555", "7777"}));
    QCOMPARE(p.payerAccount, QStringLiteral("50501055"));
    QCOMPARE(p.bankSerial, QStringLiteral("123456789012"));
    QCOMPARE(p.information, (QStringList{"Faktura 1 och 2", "Tack"}));
    QCOMPARE(p.payerName, QStringLiteral("Åsa Öberg c/o Ärlig"));
    QCOMPARE(p.payerAddress, QStringLiteral("Storgatan 2, 123 45 Storsäker, Sverige"));
    QCOMPARE(p.payerOrgNr, QStringLiteral("002120000142"));

    const IncomingPayment &d = s.payments.at(1);
    QCOMPARE(d.line, 12);
    QCOMPARE(d.amount.ore(), -5000);
    QCOMPARE(d.deductionCode, QStringLiteral("1"));
    QCOMPARE(d.referenceStatus, Status::VerifiedOcr);
    QCOMPARE(d.payerName, QString()); // nothing carried over from the payment before
}

void TestBgMax::referenceCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QList<qint64>>("extraAmounts"); // one TK22/23 per entry
    QTest::addColumn<QStringList>("extraTexts");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QStringList>("expected");

    const QList<qint64> none;
    QTest::newRow("0: blank, no reference") << 0 << "" << none << QStringList() << Status::None
                                            << QStringList();
    // Utökad blankettregistrering: 600 + 500 − 100 = 1 000,00 (the TK20).
    QTest::newRow("0: references only in TK22/TK23 with split amounts")
        << 0 << "" << QList<qint64>{60000, 50000, -10000}
        << QStringList{"1234574", "2345677", "3456780"} << Status::None
        << QStringList{"1234574=60000", "2345677=50000", "3456780=-10000"};
    QTest::newRow("1: blank, no agreement") << 1 << "" << none << QStringList() << Status::None
                                            << QStringList();
    QTest::newRow("2: right-justified OCR") << 2 << "1234574" << none << QStringList()
                                            << Status::VerifiedOcr << QStringList{"1234574"};
    QTest::newRow("2: TK22 adds a second reference, no amount")
        << 2 << "1234574" << QList<qint64>{0} << QStringList{"2345677"} << Status::VerifiedOcr
        << QStringList{"1234574", "2345677"};
    QTest::newRow("3: one wrong reference") << 3 << "1234575" << none << QStringList()
                                            << Status::Unverified << QStringList{"1234575"};
    QTest::newRow("3: comma-separated (BgMaxfil4)")
        << 3 << "8012577,8013575" << none << QStringList() << Status::Unverified
        << QStringList{"8012577", "8013575"};
    QTest::newRow("3: blank-separated") << 3 << "657866 658765 657767" << none << QStringList()
                                        << Status::Unverified
                                        << QStringList{"657866", "658765", "657767"};
    QTest::newRow("3: semicolons and blanks") << 3 << "111; 222 ;333" << none << QStringList()
                                              << Status::Unverified
                                              << QStringList{"111", "222", "333"};
    QTest::newRow("3: TK22 repeats one and adds one")
        << 3 << "657866 658765" << QList<qint64>{0, 0} << QStringList{"657866", "657965"}
        << Status::Unverified << QStringList{"657866", "658765", "657965"};
    QTest::newRow("3: TK22 gives the field's references their amounts")
        << 3 << "111,222" << QList<qint64>{30000, 70000} << QStringList{"111", "222"}
        << Status::Unverified << QStringList{"111=30000", "222=70000"};
    QTest::newRow("4: left-justified UB reference") << 4 << "ABC123" << none << QStringList()
                                                    << Status::VerifiedOcr
                                                    << QStringList{"ABC123"};
    QTest::newRow("5: wrong UB reference") << 5 << "8988777" << none << QStringList()
                                           << Status::Unverified << QStringList{"8988777"};
    QTest::newRow("5: two wrong UB references") << 5 << "8988777;123" << none << QStringList()
                                                << Status::Unverified
                                                << QStringList{"8988777", "123"};
}

void TestBgMax::referenceCodes()
{
    QFETCH(int, code);
    QFETCH(QString, field);
    QFETCH(QList<qint64>, extraAmounts);
    QFETCH(QStringList, extraTexts);
    QFETCH(Status, status);
    QFETCH(QStringList, expected);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(field, 100000, code);
    for (int i = 0; i < extraAmounts.size(); ++i)
        b.extraReference(extraTexts.at(i), extraAmounts.at(i));
    b.endSection(day).end();
    const auto result = BgMaxParser::parse(b.bytes(), QStringLiteral("ref.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    const IncomingPayment &p = result.file->sections.at(0).payments.at(0);
    QCOMPARE(p.referenceCode, code);
    QCOMPARE(p.referenceStatus, status);
    QCOMPARE(references(p), expected);
    QCOMPARE(p.amount.ore(), 100000); // TK22/23 never change the payment's amount
}

void TestBgMax::deductions_data()
{
    QTest::addColumn<char>("deductionCode");
    QTest::newRow("0: whole deduction, no rest") << '0';
    QTest::newRow("1: partial deduction, rest remains") << '1';
    QTest::newRow("2: final partial deduction") << '2';
}

void TestBgMax::deductions()
{
    QFETCH(char, deductionCode);
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(QStringLiteral("1234574"), 100000);
    b.deduction(QStringLiteral("1234574"), 30000, 2, deductionCode);
    b.endSection(day).end();
    const auto result = BgMaxParser::parse(b.bytes(), QStringLiteral("avdrag.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    const auto &s = result.file->sections.at(0);
    QCOMPARE(s.depositAmount.ore(), 70000); // 1 000,00 − 300,00
    QCOMPARE(s.payments.at(1).amount.ore(), -30000);
    QCOMPARE(s.payments.at(1).deductionCode, QString(QLatin1Char(deductionCode)));
    QCOMPARE(result.file->total().ore(), 70000);
}

void TestBgMax::multipleSections()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));                         // 1, 2
    b.payment(QStringLiteral("1234574"), 10000).payment(QStringLiteral("1"), 20000, 3);
    b.endSection(QDate(2026, 11, 24));                                      // 5
    b.section(QStringLiteral("991-2346"));                                  // 6
    b.payment(QStringLiteral("1234574"), 30000);
    b.endSection(QDate(2026, 11, 25));                                      // 8
    b.section(QStringLiteral("5805-6201"), QString(), QStringLiteral("EUR")); // 9
    b.payment(QStringLiteral("1234574"), 40000).deduction(QStringLiteral("9"), 1000, 3);
    b.endSection(QDate(2026, 11, 26)).end();                                // 12, 13
    const auto result = BgMaxParser::parse(b.bytes(), QStringLiteral("tre.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    const auto &s = result.file->sections;
    QCOMPARE(s.size(), 3);
    QCOMPARE((QList<int>{s[0].line, s[1].line, s[2].line}), (QList<int>{2, 6, 9}));
    QCOMPARE(s[0].depositAmount.ore(), 30000);
    QCOMPARE(s[1].depositAmount.ore(), 30000);
    QCOMPARE(s[2].depositAmount.ore(), 39000);
    QCOMPARE(s[1].receivingBankgiro, QStringLiteral("9912346"));
    QCOMPARE(s[2].currency, QStringLiteral("EUR"));
    for (int i = 0; i < 3; ++i)
        for (const IncomingPayment &p : s[i].payments)
            QCOMPARE(p.paymentDate, QDate(2026, 11, 24 + i));
    QCOMPARE(result.file->paymentCount(), 5);
    QCOMPARE(result.file->total().ore(), 99000);
}

void TestBgMax::latin1Names()
{
    const QString name = QStringLiteral("Åke Ärlig-Öst åäö éü");
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(QStringLiteral("1234574"), 100);
    b.name(name).city(QStringLiteral("Ösmo")).endSection(day).end();
    const QByteArray bytes = b.bytes();
    QVERIFY(bytes.contains("\xc5ke \xc4rlig-\xd6st \xe5\xe4\xf6")); // one byte each
    const auto result = BgMaxParser::parse(bytes, QStringLiteral("namn.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    const IncomingPayment &p = result.file->sections.at(0).payments.at(0);
    QCOMPARE(p.payerName, name);
    QCOMPARE(p.payerAddress, QStringLiteral("Ösmo"));
}

void TestBgMax::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    BgMaxBuilder b = standardUpToSection();
    b.endSection(day).end();
    using E = BgMaxBuilder::LineEnd;
    QTest::newRow("CRLF") << b.bytes(E::CrLf);
    QTest::newRow("LF") << b.bytes(E::Lf);
    QTest::newRow("CRLF, no newline after the last record") << b.bytes(E::CrLf, false);
    QTest::newRow("LF, no newline after the last record") << b.bytes(E::Lf, false);
    QTest::newRow("two blank CRLF lines at the end") << b.bytes() + "\r\n\r\n";
    QTest::newRow("blank lines of spaces at the end") << b.bytes(E::Lf) + "   \n\n  ";
    QByteArray mixed = b.bytes(E::Lf);
    mixed.replace(80, 1, "\r\n"); // line 1 ends in CRLF, the rest in LF
    QTest::newRow("CRLF and LF mixed") << mixed;
}

void TestBgMax::lineEnds()
{
    QFETCH(QByteArray, bytes);
    const auto result = BgMaxParser::parse(bytes, QStringLiteral("radslut.txt"));
    QVERIFY2(result.file, qPrintable(describe(result)));
    QCOMPARE(result.file->paymentCount(), 2);
    QCOMPARE(result.file->total().ore(), 150000);
}

void TestBgMax::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("reasons");
    const auto row = [](const char *name, const QByteArray &bytes, QList<int> lines,
                        QStringList reasons) {
        QTest::newRow(name) << bytes << lines << reasons;
    };
    const QString bg = QStringLiteral("5805-6201");
    const QString ocr = QStringLiteral("1234574");
    BgMaxBuilder b;

    row("empty file", QByteArray(), {0}, {"filen är tom"});
    row("only blank lines", "\r\n\r\n", {0}, {"filen är tom"});
    row("not a BgMax file", "Hej, det h\xe4r \xe4r ingen BgMax-fil\r\n", {1},
        {"filen är ingen BgMax-fil: den ska börja med startposten \"01BGMAX\""});

    // The standard file sums to 1 500,00 in 2 payments (lines 3 and 5).
    b = standardUpToSection();
    row("TK15 amount wrong", b.endSection(day, 140000).end().bytes(), {6},
        {"insättningsbeloppet i TK15 är 1 400,00 men betalningarna summerar till 1 500,00 "
         "(TK20 − TK21)"});
    b = standardUpToSection();
    row("TK15 count wrong", b.endSection(day, std::nullopt, 3).end().bytes(), {6},
        {"antalet betalningar i TK15 är 3 men avsnittet har 2 (TK20 + TK21)"});
    b = BgMaxBuilder(); // TK15 wrongly adds the TK22 amounts: 1 000 + 600 + 400
    b.start().section(bg).payment(QString(), 100000, 0);
    b.extraReference(ocr, 60000).extraReference(QStringLiteral("2345677"), 40000);
    row("TK15 amount includes TK22", b.endSection(day, 200000).end().bytes(), {6},
        {"insättningsbeloppet i TK15 är 2 000,00 men betalningarna summerar till 1 000,00"});
    b = standardUpToSection();
    row("TK70 payment count wrong", b.endSection(day).end(3).bytes(), {7},
        {"TK70 anger 3 betalningsposter (TK20) men filen har 2"});
    b = standardUpToSection();
    row("TK70 deduction count wrong", b.endSection(day).end(std::nullopt, 1).bytes(), {7},
        {"TK70 anger 1 avdragsposter (TK21) men filen har 0"});
    b = standardUpToSection();
    row("TK70 extra-reference count wrong",
        b.endSection(day).end(std::nullopt, std::nullopt, 2).bytes(), {7},
        {"TK70 anger 2 extra referensnummerposter (TK22/TK23) men filen har 0"});
    b = standardUpToSection();
    row("TK70 deposit count wrong",
        b.endSection(day).end(std::nullopt, std::nullopt, std::nullopt, 2).bytes(), {7},
        {"TK70 anger 2 insättningsposter (TK15) men filen har 1"});

    const QByteArray name79 = QByteArray("26Anna Andersson").leftJustified(79, ' ');
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).raw(name79).endSection(day).end();
    row("79-character record", b.bytes(), {4}, {"posten är 79 tecken lång, ska vara 80"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).raw(name79 + "xx").endSection(day).end();
    row("81-character record", b.bytes(), {4}, {"posten är 81 tecken lång, ska vara 80"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(QStringLiteral("Åsa"), 100000, 3).endSection(day).end();
    row("saved as UTF-8", b.bytes().replace("\xc5", "\xc3\x85"), {3},
        {"posten är 81 tecken lång, ska vara 80 (filen verkar vara sparad som UTF-8"});
    row("CR-only line ends", b.bytes().replace("\r\n", "\r"), {1, 1},
        {"posten är 404 tecken lång, ska vara 80 (raden innehåller vagnretur",
         "filen slutar utan slutpost (TK70)"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(QStringLiteral("1\t2"), 100000, 3).endSection(day).end();
    row("TAB inside an 80-character record", b.bytes(), {3},
        {"posten har ett styrtecken (kod 9) i position 14"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).raw("").endSection(day).end();
    row("blank line in the middle", b.bytes(), {4}, {"raden är tom"});

    b = BgMaxBuilder();
    b.start().payment(ocr, 100000).section(bg).payment(ocr, 100000).endSection(day).end();
    row("TK20 before TK05", b.bytes(), {2},
        {"betalningsposten (TK20) står utanför ett avsnitt: öppningsposten (TK05) saknas"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).section(bg).payment(ocr, 100);
    row("TK15 missing before the next TK05", b.endSection(day).end().bytes(), {4},
        {"avsnittet från rad 2 har ingen insättningspost (TK15)"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000);
    row("TK15 missing before TK70", b.end().bytes(), {4},
        {"slutposten (TK70) kommer före insättningsposten (TK15) för avsnittet från rad 2"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).endSection(day).endSection(day).end();
    row("TK15 outside a section", b.bytes(), {5},
        {"insättningsposten (TK15) står utanför ett avsnitt"});
    b = BgMaxBuilder();
    b.start().section(bg).endSection(day).section(bg).payment(ocr, 100).endSection(day).end();
    row("section without payments", b.bytes(), {3},
        {"avsnittet från rad 2 har inga betalningsposter"});
    b = BgMaxBuilder();
    b.section(bg).payment(ocr, 100000).endSection(day).end();
    row("TK01 missing", b.bytes(), {1},
        {"filen ska börja med startposten (TK01) men börjar med öppningsposten (TK05)"});
    b = BgMaxBuilder();
    b.start().start().section(bg).payment(ocr, 100000).endSection(day).end();
    row("second TK01", b.bytes(), {2}, {"en andra startpost (TK01); filen har redan en på rad 1"});
    b = standardUpToSection();
    row("TK70 missing", b.endSection(day).bytes(), {6}, {"filen slutar utan slutpost (TK70)"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000);
    row("file ends inside a section", b.bytes(), {3},
        {"filen slutar inne i avsnittet från rad 2: insättningsposten (TK15) och slutposten "
         "(TK70) saknas"});
    b = standardUpToSection();
    row("data after TK70", b.endSection(day).end().payment(ocr, 1).bytes(), {8},
        {"data efter slutposten (TK70 på rad 7)"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).record("99").endSection(day).end();
    row("unknown record type 99", b.bytes(), {4}, {"okänd posttyp \"99\""});
    b = BgMaxBuilder();
    b.start().section(bg).extraReference(ocr).payment(ocr, 100000).endSection(day).end();
    row("TK22 before the first payment", b.bytes(), {3},
        {"extra referensnummerposten (TK22) står före avsnittets första betalningspost"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).name(QStringLiteral("A")).extraReference(ocr);
    row("TK22 after TK26", b.endSection(day).end().bytes(), {5},
        {"extra referensnummerposten (TK22) står i fel ordning efter namnposten (TK26) på rad 4"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).name(QStringLiteral("A")).name(QStringLiteral("B"));
    row("TK26 twice", b.endSection(day).end().bytes(), {5},
        {"namnposten (TK26) står i fel ordning efter namnposten (TK26) på rad 4"});

    b = standardUpToSection();
    b.endSection(day).end().patch(3, 38, "00000000000010000X");
    row("non-numeric amount", b.bytes(), {3},
        {"beloppet (position 38–55) i betalningsposten (TK20) är \"00000000000010000X\"; det "
         "ska vara siffror"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 1000000000000LL).endSection(day).end();
    row("amount above the ledger's limit", b.bytes(), {3},
        {"reskontran tar belopp upp till 99 999 999,99 kr"});
    b = standardUpToSection();
    row("layout name not BGMAX", b.endSection(day).end().patch(1, 3, "BGMAY").bytes(), {1},
        {"layoutnamnet (position 3–22) i startposten (TK01) är \"BGMAY"});
    b = standardUpToSection();
    row("version 02", b.endSection(day).end().patch(1, 23, "02").bytes(), {1},
        {"versionen (position 23–24) i startposten (TK01) är \"02\"; bara version 01"});
    b = BgMaxBuilder();
    b.start(QStringLiteral("20261126120000123456"), 'X').section(bg).payment(ocr, 1);
    row("test mark X", b.endSection(day).end().bytes(), {1}, {"testmarkeringen (position 45)"});
    b = BgMaxBuilder();
    b.start(QStringLiteral("20261332120000123456")).section(bg).payment(ocr, 1);
    row("timestamp month 13", b.endSection(day).end().bytes(), {1}, {"tidsstämpeln"});
    b = BgMaxBuilder();
    b.start().section(QStringLiteral("5805-6202")).payment(ocr, 1).endSection(day).end();
    row("receiving bankgiro check digit wrong", b.bytes(), {2},
        {"mottagarbankgironumret (position 3–12) i öppningsposten (TK05) är \"0058056202\"; "
         "fel kontrollsiffra"});
    b = standardUpToSection();
    row("reference code 7", b.endSection(day).end().patch(3, 56, "7").bytes(), {3},
        {"referenskoden (position 56) i betalningsposten (TK20) är \"7\"; den ska vara 0–5"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(QStringLiteral("12A4574"), 100000, 2).endSection(day).end();
    row("code 2 reference with a letter", b.bytes(), {3},
        {"med referenskod 2 ska den vara ett OCR-nummer"});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).deduction(ocr, 100, 2, '3');
    row("avdragskod 3", b.endSection(day).end().bytes(), {4},
        {"avdragskoden (position 71) i avdragsposten (TK21) är \"3\""});
    b = standardUpToSection();
    b.endSection(day, std::nullopt, std::nullopt, QStringLiteral("EUR")).end();
    row("TK15 currency differs from TK05", b.bytes(), {6},
        {"valutan i TK15 är EUR men avsnittet (TK05 på rad 2) är i SEK"});
    b = standardUpToSection();
    row("TK15 date 2026-11-31", b.endSection(day).end().patch(6, 38, "20261131").bytes(), {6},
        {"betalningsdagen (position 38–45) i insättningsposten (TK15) är \"20261131\""});
    b = standardUpToSection();
    row("TK70 count not numeric", b.endSection(day).end().patch(7, 3, "0000000X").bytes(), {7},
        {"antalet betalningsposter (position 3–10) i slutposten (TK70) är \"0000000X\""});
    b = BgMaxBuilder();
    b.start().section(bg).payment(ocr, 100000).record("29", QStringLiteral("55000X1234"));
    row("org nr with a letter", b.endSection(day).end().bytes(), {4},
        {"organisationsnumret (position 3–14) i organisationsnummerposten (TK29)"});
}

void TestBgMax::rejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, reasons);
    const auto result = BgMaxParser::parse(bytes, QStringLiteral("fel.txt"));
    QVERIFY(!result.file);
    QVERIFY2(result.errors.size() == lines.size(), qPrintable(describe(result)));
    for (int i = 0; i < lines.size(); ++i) {
        QCOMPARE(result.errors.at(i).line, lines.at(i));
        QVERIFY2(result.errors.at(i).reason.contains(reasons.at(i)),
                 qPrintable(result.errors.at(i).reason));
    }
}

// One file, four independent faults: all four are reported, in line order.
void TestBgMax::collectsEveryError()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(QStringLiteral("1234574"), 100000).endSection(day);           // 3, 4
    b.section(QStringLiteral("5805-6201")).payment(QStringLiteral("1"), 500, 3); // 5, 6
    b.record("99").endSection(day, 600).end(std::nullopt, std::nullopt, std::nullopt, 3);
    b.patch(3, 50, "X");
    const auto result = BgMaxParser::parse(b.bytes(), QStringLiteral("fyra.txt"));
    QVERIFY(!result.file);
    QCOMPARE(result.errors.size(), 4);
    QCOMPARE((QList<int>{result.errors[0].line, result.errors[1].line, result.errors[2].line,
                         result.errors[3].line}),
             (QList<int>{3, 7, 8, 9}));
    QVERIFY(result.errors[0].reason.startsWith(QStringLiteral("beloppet")));
    QVERIFY(result.errors[1].reason.startsWith(QStringLiteral("okänd posttyp")));
    QVERIFY(result.errors[2].reason.contains(
        QStringLiteral("6,00 men betalningarna summerar till 5,00")));
    QVERIFY(result.errors[3].reason.contains(QStringLiteral("3 insättningsposter")));
    QCOMPARE(result.errors[1].format(QStringLiteral("fyra.txt")),
             QStringLiteral("fyra.txt:7: okänd posttyp \"99\" (BgMax har posttyperna 01, 05, 15, "
                            "20–23, 25–29 och 70)"));
}

// A file of 1 000 unknown records is not answered with 1 000 errors.
void TestBgMax::errorCapStopsReading()
{
    BgMaxBuilder b;
    b.start();
    for (int i = 0; i < 1000; ++i)
        b.record("99");
    const auto result = BgMaxParser::parse(b.bytes(), QStringLiteral("skräp.txt"));
    QVERIFY(!result.file);
    QCOMPARE(result.errors.size(), 200); // bgmax::ErrorList::Max
    QCOMPARE(result.errors.last().line, 200); // the 199th "99" is on line 200
    QVERIFY(result.errors.last().reason.startsWith(QStringLiteral("för många fel")));
}

QTEST_GUILESS_MAIN(TestBgMax)
#include "tst_bgmax.moc"
