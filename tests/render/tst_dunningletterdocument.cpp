// The dunning letters on paper (handbook 7.11, DOMAIN.md "Dunning", FACTS-SE
// 5): each kind is written to a PDF, its text read back with pdftotext and
// compared with a golden file; page sizes, page counts, the order of the
// letters in one run's PDF, a withheld address and word overlap are checked
// on the PDF itself.
#include "dunningletterdocument.h"
#include "golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;

namespace {

Money kr(qint64 ore)
{
    return Money::fromOre(ore);
}

DunningLetter baseLetter()
{
    DunningLetter l;
    l.sender.number = QStringLiteral("001");
    l.sender.name = QStringLiteral("Testkommunen");
    l.sender.address = QStringLiteral("Box 100");
    l.sender.postalCode = QStringLiteral("123 45");
    l.sender.city = QStringLiteral("Småstad");
    l.sender.orgNr = QStringLiteral("212000-0142");
    l.sender.phone = QStringLiteral("0123-45 67 89");
    l.handler = QStringLiteral("Eva Ek 0123-456");
    l.bankgiro = QStringLiteral("5805-6201");
    l.slipFormType = QStringLiteral("G2");
    l.customerNumber = QStringLiteral("1001");
    l.debtorName = QStringLiteral("Åberg, Örjan");
    l.address = QStringLiteral("Storgatan 1");
    l.postalCode = QStringLiteral("123 45");
    l.city = QStringLiteral("Småstad");
    return l;
}

// Reminder 1 on datapost (A5 landscape). Capital 1 000,00 unpaid since the
// due date 2025-11-30; interest printed, not debited, in two periods:
//   2025-12-01 – 2025-12-31: 31 days at 10,00 %: 1 000 × 0,10 × 31/365 = 8,4932 -> 8,49
//   2026-01-01 – 2026-03-10: 31 + 28 + 10 = 69 days at 10,25 %:
//                            1 000 × 0,1025 × 69/365 = 19,3767 -> 19,38
//   accrued (one rounding): 1 000 × (3,10 + 7,0725)/365 = 27,8699 -> 27,87
// The 60,00 fee is printed but not debited (no prior agreement), so
// Att betala = 1 000,00 + 60,00 = 1 060,00; the interest is not in it.
DunningLetter reminder1()
{
    DunningLetter l = baseLetter();
    l.step = DunningStep::Reminder1;
    l.heading = QStringLiteral("PÅMINNELSE");
    l.formType = QLatin1Char('D');
    l.letterDate = QDate(2026, 3, 10);
    l.invoiceNumber = QStringLiteral("040000001");
    l.invoiceDate = QDate(2025, 11, 1);
    l.originalDueDate = QDate(2025, 11, 30);
    l.description = QStringLiteral("Vatten och avlopp kvartal 4");
    l.capital = kr(100000);
    l.capitalOpen = kr(100000);
    l.letterFee = kr(6000);
    l.letterFeeDebited = false;
    l.printInterest = true;
    l.accruedInterest = kr(2787);
    l.interestLines = {{QDate(2025, 12, 1), QDate(2025, 12, 31), 31, 1000, kr(100000), kr(849)},
                       {QDate(2026, 1, 1), QDate(2026, 3, 10), 69, 1025, kr(100000), kr(1938)}};
    l.totalToPay = kr(106000);
    l.payBy = QDate(2026, 3, 24);
    l.ocr = QStringLiteral("4000000193");
    l.textLines = {
        QStringLiteral("Enligt våra noteringar har fakturan nedan inte blivit betald. Vi ber dig"),
        QStringLiteral("betala beloppet under Att betala senast den dag som står under Betala senast."),
        QStringLiteral("Har du redan betalat kan du bortse från denna påminnelse."),
        QString(),
        QStringLiteral("Dröjsmålsränta räknas enligt räntelagen från förfallodagen tills du betalar."),
        QStringLiteral("Frågor om fakturan besvaras av handläggaren, telefon 0123-45 67 89.")};
    return l;
}

// Collection demand on the A4 form. Capital 2 400,00 of which 400,00 paid:
// 2 000,00 open; reminder fee 60,00 debited earlier; this letter's 180,00
// debited (collection fees 180,00); interest debited now,
//   2026-02-15 – 2026-04-15: 14 + 31 + 15 = 60 days at 10,00 % on 2 000,00:
//   2 000 × 0,10 × 60/365 = 32,8767 -> 32,88.
// Att betala = 2 000,00 + 60,00 + 180,00 + 32,88 = 2 272,88.
DunningLetter collection()
{
    DunningLetter l = baseLetter();
    l.step = DunningStep::Collection;
    l.heading = QStringLiteral("INKASSOKRAV");
    l.formType = QLatin1Char('F');
    l.letterDate = QDate(2026, 4, 15);
    l.invoiceNumber = QStringLiteral("040000002");
    l.invoiceDate = QDate(2026, 1, 15);
    l.originalDueDate = QDate(2026, 2, 14);
    l.description = QStringLiteral("Barnomsorgsavgift februari");
    l.capital = kr(240000);
    l.capitalOpen = kr(200000);
    l.reminderFees = kr(6000);
    l.collectionFees = kr(18000);
    l.interestDebited = kr(3288);
    l.letterFee = kr(18000);
    l.letterFeeDebited = true;
    l.interestLines = {{QDate(2026, 2, 15), QDate(2026, 4, 15), 60, 1000, kr(200000), kr(3288)}};
    l.totalToPay = kr(227288);
    l.payBy = QDate(2026, 4, 27); // 12 days: at least 8 (god inkassosed), a Monday
    l.ocr = QStringLiteral("4000000292");
    l.textLines = {QStringLiteral("Trots påminnelse har vi inte fått betalt för fakturan"),
                   QStringLiteral("nedan. Betala beloppet under Att betala senast den"),
                   QStringLiteral("dag som står under Betala senast."),
                   QString(),
                   QStringLiteral("Betalar du inte, eller bestrider du inte kravet"),
                   QStringLiteral("skriftligt före den dagen, kan vi ansöka om"),
                   QStringLiteral("betalningsföreläggande hos Kronofogden. Det kan leda"),
                   QStringLiteral("till en betalningsanmärkning.")};
    return l;
}

// Residual demand after the collection demand above (Att betala 2 272,88):
// paid 500,00 + 272,88 = 772,88, set off against fees 60,00 + 180,00 and
// interest 32,88 (= 272,88) first, the rest 500,00 against capital:
// 2 000,00 - 500,00 = 1 500,00 left, no fee on this letter.
DunningLetter residual()
{
    DunningLetter l = collection();
    l.step = DunningStep::Residual;
    l.heading = QStringLiteral("RESTKRAV");
    l.letterDate = QDate(2026, 5, 20);
    l.capitalOpen = kr(150000);
    l.reminderFees = Money();
    l.collectionFees = Money();
    l.interestDebited = Money();
    l.letterFee = Money();
    l.letterFeeDebited = false;
    l.interestLines.clear();
    l.paymentsSince = {{QDate(2026, 4, 30), QStringLiteral("Bankgiro"), kr(50000)},
                       {QDate(2026, 5, 11), QStringLiteral("Kontant"), kr(27288)}};
    l.totalToPay = kr(150000);
    l.payBy = QDate(2026, 6, 1);
    l.textLines = {QStringLiteral("Vi har fått delbetalningar på inkassokravet men det"),
                   QStringLiteral("finns fortfarande ett belopp kvar att betala."),
                   QStringLiteral("Inbetalningarna nedan är avräknade på avgifter och"),
                   QStringLiteral("ränta först och därefter på kapitalet."),
                   QString(),
                   QStringLiteral("Betala återstoden senast den dag som står under"),
                   QStringLiteral("Betala senast. Betalar du inte, eller bestrider du"),
                   QStringLiteral("inte kravet skriftligt före den dagen, kan vi ansöka"),
                   QStringLiteral("om betalningsföreläggande hos Kronofogden."),
                   QString(),
                   QStringLiteral("Handläggare: Eva Ek, telefon 0123-45 67 89.")};
    return l;
}

// Reminder 1 again, printed as a copy (7.12).
DunningLetter copyOfReminder()
{
    DunningLetter l = reminder1();
    l.copy = true;
    return l;
}

// Protected identity: the letter carries an address, the page must not.
DunningLetter withheld()
{
    DunningLetter l = reminder1();
    l.formType = QLatin1Char('F');
    l.textLines = collection().textLines.mid(0, 3);
    l.addressWithheld = true;
    l.co = QStringLiteral("Ek");
    l.address = QStringLiteral("Hemliga vägen 7");
    l.postalCode = QStringLiteral("987 65");
    l.city = QStringLiteral("Gömstad");
    l.ocr = QStringLiteral("4000000391");
    return l;
}

// Reminder 2 to an estate with c/o abroad, on the A4 form. Capital 850,00
// open; reminder fees 60,00 (reminder 1) + 60,00 (this one, debited) =
// 120,00; Att betala = 850,00 + 120,00 = 970,00.
DunningLetter careOf()
{
    DunningLetter l = baseLetter();
    l.step = DunningStep::Reminder2;
    l.heading = QStringLiteral("PÅMINNELSE 2");
    l.formType = QLatin1Char('F');
    l.letterDate = QDate(2026, 3, 10);
    l.customerNumber = QStringLiteral("2002");
    l.debtorName = QStringLiteral("Lund, Karin");
    l.debtorName2 = QStringLiteral("Dödsbo");
    l.co = QStringLiteral("Per Lund");
    l.address = QStringLiteral("Fjordveien 3");
    l.postalCode = QStringLiteral("0150");
    l.city = QStringLiteral("Oslo");
    l.country = QStringLiteral("Norge");
    l.invoiceNumber = QStringLiteral("040000003");
    l.invoiceDate = QDate(2026, 1, 1);
    l.originalDueDate = QDate(2026, 1, 31);
    l.description = QStringLiteral("Renhållning 2026, första halvåret");
    l.capital = kr(85000);
    l.capitalOpen = kr(85000);
    l.reminderFees = kr(12000);
    l.letterFee = kr(6000);
    l.letterFeeDebited = true;
    l.totalToPay = kr(97000);
    l.payBy = QDate(2026, 3, 24);
    l.ocr = QStringLiteral("4000000490");
    l.textLines = collection().textLines.mid(0, 3);
    return l;
}

// The fullest letter a form can get: every text line at the form's limit
// (ending in '|' so a cut-off shows), six interest periods, five payments.
DunningLetter crowded(QChar form)
{
    DunningLetter l = residual();
    l.formType = form;
    l.heading = QStringLiteral("RESTKRAV/ERINRAN"); // too wide beside KOPIA at full size
    l.copy = true;
    const int width = form == QLatin1Char('D') ? 77 : 53;
    l.textLines.clear();
    for (int i = 1; i <= 15; ++i) {
        QString line = QStringLiteral("%1 Rad med text ända ut till formulärets gräns ")
                           .arg(i, 2, 10, QLatin1Char('0'));
        while (line.size() < width - 1)
            line += QStringLiteral("xyzåäö ");
        l.textLines << line.left(width - 1) + QLatin1Char('|');
    }
    l.printInterest = true;
    l.accruedInterest = kr(123456);
    for (int i = 0; i < 6; ++i)
        l.interestLines << LetterInterestLine{QDate(2020 + i, 1, 1), QDate(2020 + i, 6, 30), 181,
                                              1025, kr(9999999999LL), kr(2057)};
    l.paymentsSince.clear();
    for (int i = 0; i < 5; ++i)
        l.paymentsSince << LetterPayment{QDate(2026, 5, 1 + i), QStringLiteral("Bankgiro"),
                                         kr(12345678)};
    l.totalToPay = kr(987654321);
    return l;
}

struct Page
{
    int number = 0;
    qreal width = 0; // points
    qreal height = 0;
};

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program,
                                                    QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout, one string per page, trailing blanks removed.
QStringList pdfPages(const QString &pdf)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages) {
        QStringList lines = page.split(QLatin1Char('\n'));
        for (QString &l : lines) {
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
        }
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        page = lines.join(QLatin1Char('\n'));
    }
    return pages;
}

QString pdfText(const QString &pdf)
{
    const QStringList pages = pdfPages(pdf);
    QString text;
    for (int i = 0; i < pages.size(); ++i)
        text += QStringLiteral("----- sida %1 -----\n%2\n").arg(i + 1).arg(pages.at(i));
    return text;
}

QList<Page> pdfPageSizes(const QString &pdf, int pages)
{
    const QString info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                         QStringLiteral("-l"), QString::number(pages),
                                                         pdf});
    static const QRegularExpression re(QStringLiteral(R"re(Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts)re"));
    QList<Page> result;
    for (auto it = re.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        result << Page{m.captured(1).toInt(), m.captured(2).toDouble(), m.captured(3).toDouble()};
    }
    return result;
}

// Every word's box (pdftotext -bbox), per page: none may overlap another or
// come closer than 3 mm to the paper's edge.
QString overlapProblems(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf,
                                                           QStringLiteral("-")});
    static const QRegularExpression pageRe(QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)">)re"));
    static const QRegularExpression wordRe(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QStringList problems;
    const QStringList pages = html.split(QStringLiteral("</page>"));
    const qreal edge = 3 / 25.4 * 72;
    for (int p = 0; p < pages.size(); ++p) {
        const auto pm = pageRe.match(pages.at(p));
        if (!pm.hasMatch())
            continue;
        const QRectF paper(0, 0, pm.captured(1).toDouble(), pm.captured(2).toDouble());
        QList<QPair<QRectF, QString>> words;
        for (auto it = wordRe.globalMatch(pages.at(p)); it.hasNext();) {
            const auto m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            if (!paper.adjusted(edge, edge, -edge, -edge).contains(box))
                problems << QStringLiteral("page %1: '%2' at the edge").arg(p + 1).arg(m.captured(5));
            // Glyph boxes of neighbouring lines may touch: 0,5 pt of slack.
            const QRectF core = box.adjusted(0.5, 0.5, -0.5, -0.5);
            for (const auto &w : std::as_const(words)) {
                if (w.first.intersects(core))
                    problems << QStringLiteral("page %1: '%2' overlaps '%3'")
                                    .arg(p + 1)
                                    .arg(m.captured(5), w.second);
            }
            words << qMakePair(box, m.captured(5));
        }
    }
    return problems.join(QLatin1Char('\n'));
}

bool isA5Landscape(const Page &p)
{
    return qAbs(p.width - 595.28) < 1 && qAbs(p.height - 419.53) < 1;
}

bool isA4Portrait(const Page &p)
{
    return qAbs(p.width - 595.28) < 1 && qAbs(p.height - 841.89) < 1;
}

} // namespace

Q_DECLARE_METATYPE(rsk::DunningLetter)

class TestDunningLetterDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void letterMatchesGolden_data();
    void letterMatchesGolden();
    void withheldAddressIsNeverPrinted();
    void crowdedLetterIsNotClipped_data();
    void crowdedLetterIsNotClipped();
    void runPdfHoldsEveryLetterInOrder();
    void unwritablePathIsReported();

private:
    QString writePdf(const QList<DunningLetter> &letters, const QString &name);
    QTemporaryDir m_dir;
};

void TestDunningLetterDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
}

QString TestDunningLetterDocument::writePdf(const QList<DunningLetter> &letters,
                                            const QString &name)
{
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!DunningLetterDocument(letters).writePdf(pdf, &error))
        return QStringLiteral("error: ") + error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    return pdf;
}

void TestDunningLetterDocument::letterMatchesGolden_data()
{
    QTest::addColumn<DunningLetter>("letter");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("lineLimit");  // the form's text width (DOMAIN.md)
    QTest::addColumn<QStringList>("expected"); // essentials, independent of the golden file
    QTest::newRow("reminder 1 on datapost, interest printed, fee not debited")
        << reminder1() << QStringLiteral("paminnelse1") << 77
        << QStringList{QStringLiteral("PÅMINNELSE"), QStringLiteral("Avgift för detta brev (ej uppdebiterad)"),
                       QStringLiteral("2025-12-01 – 2025-12-31"), QStringLiteral("31 dagar"),
                       QStringLiteral("10,25 %"), QStringLiteral("= 19,38"), QStringLiteral("27,87"),
                       QStringLiteral("1 060,00"), QStringLiteral("4000000193")};
    QTest::newRow("collection demand on the A4 form, fee and interest debited")
        << collection() << QStringLiteral("inkassokrav") << 53
        << QStringList{QStringLiteral("INKASSOKRAV"), QStringLiteral("Debiterad dröjsmålsränta"),
                       QStringLiteral("varav avgift för detta brev"), QStringLiteral("180,00"),
                       QStringLiteral("60 dagar"), QStringLiteral("på 2 000,00"),
                       QStringLiteral("2 272,88"), QStringLiteral("Kronofogden")};
    QTest::newRow("residual demand with two payments since")
        << residual() << QStringLiteral("restkrav") << 53
        << QStringList{QStringLiteral("RESTKRAV"), QStringLiteral("2026-04-30"),
                       QStringLiteral("500,00"), QStringLiteral("272,88"),
                       QStringLiteral("Summa avräknade inbetalningar"), QStringLiteral("772,88"),
                       QStringLiteral("1 500,00")};
    QTest::newRow("copy of reminder 1") << copyOfReminder() << QStringLiteral("kopia") << 77
                                        << QStringList{QStringLiteral("KOPIA")};
    QTest::newRow("withheld address") << withheld() << QStringLiteral("skyddad_adress") << 53
                                      << QStringList{QStringLiteral("Adress skyddad – hanteras manuellt")};
    QTest::newRow("reminder 2 with c/o abroad")
        << careOf() << QStringLiteral("paminnelse2_co") << 53
        << QStringList{QStringLiteral("PÅMINNELSE 2"), QStringLiteral("Dödsbo"),
                       QStringLiteral("c/o Per Lund"), QStringLiteral("0150 Oslo"),
                       QStringLiteral("NORGE"), QStringLiteral("970,00")};
}

void TestDunningLetterDocument::letterMatchesGolden()
{
    QFETCH(DunningLetter, letter);
    QFETCH(QString, name);
    QFETCH(int, lineLimit);
    QFETCH(QStringList, expected);
    for (const QString &line : std::as_const(letter.textLines))
        QVERIFY2(line.size() <= lineLimit, qPrintable(line)); // the fixture keeps the limits
    const QString pdf = writePdf({letter}, name);
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const QString text = pdfText(pdf);
    // Common to every letter: sender, debtor, the text, slip and amounts.
    expected << QStringLiteral("Testkommunen") << QStringLiteral("Org.nr 212000-0142")
             << QStringLiteral("Handläggare: Eva Ek 0123-456") << letter.debtorName
             << QStringLiteral("5805-6201") << letter.invoiceNumber << letter.ocr
             << letter.totalToPay.toString() << letter.payBy.toString(Qt::ISODate)
             << QStringLiteral("Att betala") << QStringLiteral("Betala senast")
             << QStringLiteral("Specifikation"); // no "fi" ligature: the PDF searches as typed
    for (const QString &line : std::as_const(letter.textLines))
        expected << line.trimmed();
    for (const QString &e : std::as_const(expected))
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("'%1' missing in:\n%2").arg(e, text)));
    QCOMPARE(text.contains(QStringLiteral("KOPIA")), letter.copy);

    // Datapost is A5 landscape, the invoice form A4 portrait; as many pages
    // as pageCount() says.
    const DunningLetterDocument doc({letter});
    const QList<Page> pages = pdfPageSizes(pdf, doc.pageCount());
    QCOMPARE(pages.size(), doc.pageCount());
    QCOMPARE(pdfPages(pdf).size(), doc.pageCount());
    for (const Page &p : pages)
        QVERIFY2(letter.formType == QLatin1Char('D') ? isA5Landscape(p) : isA4Portrait(p),
                 qPrintable(QStringLiteral("page %1: %2 x %3").arg(p.number).arg(p.width).arg(p.height)));
    const QString overlaps = overlapProblems(pdf);
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps));

    rsk::test::compareGolden(QStringLiteral("letters/") + name + QStringLiteral(".txt"), text);
}

void TestDunningLetterDocument::withheldAddressIsNeverPrinted()
{
    const QString pdf = writePdf({withheld()}, QStringLiteral("withheld_only"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Åberg, Örjan")));
    QVERIFY(text.contains(QStringLiteral("Adress skyddad – hanteras manuellt")));
    for (const QString &secret : {QStringLiteral("Hemliga"), QStringLiteral("987 65"),
                                  QStringLiteral("Gömstad"), QStringLiteral("c/o")})
        QVERIFY2(!text.contains(secret), qPrintable(secret + QStringLiteral(" printed:\n") + text));
    // The same debtor with the address not withheld does print it: the
    // check above can fail.
    DunningLetter open = withheld();
    open.addressWithheld = false;
    const QString openText = pdfText(writePdf({open}, QStringLiteral("withheld_open")));
    QVERIFY(openText.contains(QStringLiteral("Hemliga vägen 7")));
    QVERIFY(openText.contains(QStringLiteral("c/o Ek")));
    QVERIFY(!openText.contains(QStringLiteral("Adress skyddad")));
}

void TestDunningLetterDocument::crowdedLetterIsNotClipped_data()
{
    QTest::addColumn<QChar>("form");
    QTest::addColumn<int>("minPages");
    // 15 × 77 characters, six interest periods and five payments cannot
    // share an A5 page with the slip; on A4 they overflow onto a second page.
    QTest::newRow("datapost A5 landscape") << QChar(QLatin1Char('D')) << 2;
    QTest::newRow("invoice form A4") << QChar(QLatin1Char('F')) << 2;
}

void TestDunningLetterDocument::crowdedLetterIsNotClipped()
{
    QFETCH(QChar, form);
    QFETCH(int, minPages);
    const DunningLetter letter = crowded(form);
    const QString name = form == QLatin1Char('D') ? QStringLiteral("crowded_a5")
                                                  : QStringLiteral("crowded_a4");
    const QString pdf = writePdf({letter}, name);
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const QString text = pdfText(pdf);
    for (const QString &line : letter.textLines)
        QVERIFY2(text.contains(line), qPrintable(QStringLiteral("'%1' cut in:\n%2").arg(line, text)));
    QCOMPARE(text.count(QStringLiteral("= 20,57")), 6);
    QCOMPARE(text.count(QStringLiteral("123 456,78")), 5);
    QVERIFY(text.contains(QStringLiteral("617 283,90"))); // 5 × 123 456,78
    QCOMPARE(text.count(QStringLiteral("på 99 999 999,99")), 6);
    QVERIFY(text.contains(QStringLiteral("9 876 543,21")));
    const int pages = DunningLetterDocument({letter}).pageCount();
    QVERIFY2(pages >= minPages, qPrintable(QString::number(pages)));
    QCOMPARE(pdfPages(pdf).size(), pages);
    // "Sida n (N)" on every page; the slip only once, on the last.
    QVERIFY(text.contains(QStringLiteral("Sida %1 (%1)").arg(pages)));
    QCOMPARE(text.count(QStringLiteral("INBETALNING/GIRERING AVI")), 1);
    QVERIFY(pdfPages(pdf).last().contains(QStringLiteral("INBETALNING/GIRERING AVI")));
    const QString overlaps = overlapProblems(pdf);
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps));
    rsk::test::compareGolden(QStringLiteral("letters/") + name + QStringLiteral(".txt"), text);
}

void TestDunningLetterDocument::runPdfHoldsEveryLetterInOrder()
{
    // A run mixes forms: the page size changes from letter to letter.
    const QList<DunningLetter> letters{reminder1(), collection(), careOf(), residual(),
                                       copyOfReminder(), withheld()};
    const DunningLetterDocument doc(letters);
    QList<bool> a5; // per page, from the layout
    int total = 0;
    for (int i = 0; i < letters.size(); ++i) {
        const int n = doc.pageCount(i);
        QVERIFY(n >= 1);
        total += n;
        for (int p = 0; p < n; ++p)
            a5 << (letters.at(i).formType == QLatin1Char('D'));
    }
    QCOMPARE(doc.pageCount(), total);
    const QString pdf = writePdf(letters, QStringLiteral("run"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    const QList<Page> sizes = pdfPageSizes(pdf, total);
    QCOMPARE(sizes.size(), total);
    for (int p = 0; p < total; ++p)
        QVERIFY2(a5.at(p) ? isA5Landscape(sizes.at(p)) : isA4Portrait(sizes.at(p)),
                 qPrintable(QStringLiteral("page %1").arg(p + 1)));
    // Each letter's first page starts with its own sender, heading, invoice
    // and date, in the order given.
    const QStringList pages = pdfPages(pdf);
    QCOMPARE(pages.size(), total);
    int page = 0;
    for (const DunningLetter &l : letters) {
        const QString &first = pages.at(page);
        QVERIFY2(first.contains(l.heading) && first.contains(l.invoiceNumber)
                     && first.contains(l.letterDate.toString(Qt::ISODate)),
                 qPrintable(QStringLiteral("page %1:\n%2").arg(page + 1).arg(first)));
        QCOMPARE(first.contains(QStringLiteral("KOPIA")), l.copy);
        page += DunningLetterDocument({l}).pageCount();
        QVERIFY(pages.at(page - 1).contains(l.ocr)); // its slip on its last page
    }
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("Hemliga")));
}

void TestDunningLetterDocument::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!DunningLetterDocument({reminder1()})
                 .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Kan inte skriva")), qPrintable(error));
    error.clear();
    QVERIFY(!DunningLetterDocument({}).writePdf(m_dir.filePath(QStringLiteral("empty.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Inga brev")), qPrintable(error));
}

QTEST_MAIN(TestDunningLetterDocument)
#include "tst_dunningletterdocument.moc"
