// Fakturakopia on paper (handbook 6.2): written to a PDF, its text read back
// with pdftotext and compared with a golden file; KOPIA and the date asked
// for, a withheld address never printed, many lines going on to a second
// page with the slip on the last, A4 portrait and no words overlapping.
#include "golden.h"
#include "invoicecopydocument.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;

namespace {

// 1 200,00 invoiced 2026-01-01 in two lines, due 2026-01-31; 500,00 paid,
// so 700,00 is left to pay on 2026-11-26 and on the slip.
InvoiceCopy partlyPaid()
{
    InvoiceCopy c;
    c.sender.number = QStringLiteral("001");
    c.sender.name = QStringLiteral("Testkommunen");
    c.sender.address = QStringLiteral("Box 100");
    c.sender.postalCode = QStringLiteral("123 45");
    c.sender.city = QStringLiteral("Småstad");
    c.sender.orgNr = QStringLiteral("212000-0142");
    c.sender.bankgiro = QStringLiteral("5805-6201");
    c.invoiceNumber = QStringLiteral("010000001");
    c.customerNumber = QStringLiteral("1001");
    c.ocr = QStringLiteral("01000000115");
    c.invoiceDate = QDate(2026, 1, 1);
    c.dueDate = QDate(2026, 1, 31);
    c.handler = QStringLiteral("Eva Ek 0123-456");
    c.description = QStringLiteral("Lokalhyra januari");
    c.debtorName = QStringLiteral("Andersson, Anna");
    c.co = QStringLiteral("Berg");
    c.address = QStringLiteral("Storgatan 1");
    c.postalCode = QStringLiteral("123 45");
    c.city = QStringLiteral("Småstad");
    c.lines = {{1, QStringLiteral("Lokalhyra"), Money::fromOre(100000), QString()},
               {2, QStringLiteral("Städning"), Money::fromOre(20000), QString()}};
    c.amount = Money::fromOre(120000);
    c.balance = Money::fromOre(70000);
    c.today = QDate(2026, 11, 26);
    c.markCopy = true;
    return c;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout, trailing blanks removed, pages marked.
QString pdfText(const QString &pdf)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QString text;
    for (int n = 0; n < pages.size(); ++n) {
        QStringList lines = pages.at(n).split(QLatin1Char('\n'));
        for (QString &l : lines)
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        text += QStringLiteral("----- sida %1 -----\n%2\n")
                    .arg(n + 1)
                    .arg(lines.join(QLatin1Char('\n')));
    }
    return text;
}

// Words (pdftotext -bbox) overlapping another, or off an A4 page's 3 mm edge.
QStringList overlaps(const QString &pdf)
{
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression wordRe(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" )re"
                       R"re(yMax="([\d.]+)">([^<]*)</word>)re"));
    const QRectF inside = QRectF(0, 0, 595.28, 841.89).adjusted(8.5, 8.5, -8.5, -8.5);
    QStringList problems;
    const QStringList pages = html.split(QStringLiteral("</page>"));
    for (int p = 0; p < pages.size(); ++p) {
        QList<QPair<QRectF, QString>> words;
        for (auto it = wordRe.globalMatch(pages.at(p)); it.hasNext();) {
            const auto m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            if (!inside.contains(box))
                problems << QStringLiteral("page %1: '%2' at the edge")
                                .arg(p + 1)
                                .arg(m.captured(5));
            const QRectF core = box.adjusted(0.5, 0.5, -0.5, -0.5);
            for (const auto &w : std::as_const(words))
                if (w.first.intersects(core))
                    problems << QStringLiteral("page %1: '%2' overlaps '%3'")
                                    .arg(p + 1)
                                    .arg(m.captured(5), w.second);
            words << qMakePair(box, m.captured(5));
        }
    }
    return problems;
}

} // namespace

class TestInvoiceCopyDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void partlyPaidCopyMatchesGolden();
    void withoutCopyMarkOrSlipAmountWhenPaid();
    void withheldAddressIsNeverPrinted();
    void countryLineOnlyAbroad_data();
    void countryLineOnlyAbroad();
    void manyLinesGoOnToASecondPage();
    void severalCopiesEachFromANewPage();

private:
    QString writePdf(const InvoiceCopy &copy, const QString &name);
    QTemporaryDir m_dir;
};

void TestInvoiceCopyDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

QString TestInvoiceCopyDocument::writePdf(const InvoiceCopy &copy, const QString &name)
{
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!InvoiceCopyDocument(copy).writePdf(pdf, &error))
        return QStringLiteral("error: ") + error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    return pdf;
}

void TestInvoiceCopyDocument::partlyPaidCopyMatchesGolden()
{
    const QString pdf = writePdf(partlyPaid(), QStringLiteral("fakturakopia"));
    const QString text = pdfText(pdf);
    // 1 200,00 − 500,00 paid = 700,00 to pay, on the page and on the slip.
    const QString firstLine = text.section(QLatin1Char('\n'), 1, 1);
    QVERIFY2(firstLine.contains(QRegularExpression(QStringLiteral("FAKTURA +KOPIA"))),
             qPrintable(firstLine));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Att betala +700,00\n"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("-500,00")), qPrintable(text));
    // The slip: kronor and öre in boxes of their own.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("01000000115 +700 00 +2026-01-31"))),
             qPrintable(text));
    rsk::test::compareGolden(QStringLiteral("invoicecopy/fakturakopia.txt"), text.toUtf8());
    QCOMPARE(overlaps(pdf), QStringList());
}

void TestInvoiceCopyDocument::withoutCopyMarkOrSlipAmountWhenPaid()
{
    InvoiceCopy c = partlyPaid();
    c.markCopy = false;
    c.balance = Money();
    const QString text = pdfText(writePdf(c, QStringLiteral("betald")));
    QVERIFY(!text.contains(QStringLiteral("KOPIA")));
    QVERIFY2(text.contains(QStringLiteral("Att betala")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("700,00")));
}

void TestInvoiceCopyDocument::withheldAddressIsNeverPrinted()
{
    InvoiceCopy c = partlyPaid();
    c.addressWithheld = true;
    c.address = QStringLiteral("Hemliga vägen 7");
    const QString text = pdfText(writePdf(c, QStringLiteral("skyddad")));
    QVERIFY(!text.contains(QStringLiteral("Hemliga")));
    QVERIFY(!text.contains(QStringLiteral("Berg")));
    QVERIFY(text.contains(QStringLiteral("Adress skyddad")));
}

void TestInvoiceCopyDocument::countryLineOnlyAbroad_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("line"); // the address's last line, "" = none
    QTest::newRow("no country") << QString() << QString();
    QTest::newRow("SE") << QStringLiteral("SE") << QString();
    QTest::newRow("Sverige, any case: as the letters do") << QStringLiteral("Sverige") << QString();
    QTest::newRow("Norway") << QStringLiteral("no") << QStringLiteral("NO");
}

// The invoice form and the letters share one rule (render/paged.h isSweden).
void TestInvoiceCopyDocument::countryLineOnlyAbroad()
{
    QFETCH(QString, country);
    QFETCH(QString, line);
    InvoiceCopy c = partlyPaid();
    c.country = country;
    const QString text = pdfText(writePdf(c, QStringLiteral("land")));
    const QRegularExpression alone(QStringLiteral("(^|\\n)\\s*(NO|SE|SVERIGE)\\s*(\\n|$)"));
    const QRegularExpressionMatch m = alone.match(text);
    QCOMPARE(m.hasMatch() ? m.captured(2) : QString(), line);
}

void TestInvoiceCopyDocument::manyLinesGoOnToASecondPage()
{
    InvoiceCopy c = partlyPaid();
    c.lines.clear();
    for (int n = 1; n <= 40; ++n)
        c.lines << InvoiceLine{n, QStringLiteral("Rad %1").arg(n), Money::fromOre(3000), QString()};
    c.amount = Money::fromOre(120000); // 40 × 30,00
    const QString pdf = writePdf(c, QStringLiteral("lang"));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("----- sida 2 -----")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("----- sida 3 -----")));
    // Every line once; the total and the slip on the last page.
    for (int n = 1; n <= 40; ++n)
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\bRad %1\\b").arg(n))), 1);
    const QString last = text.section(QStringLiteral("----- sida 2 -----"), 1);
    QVERIFY(last.contains(QStringLiteral("Fakturabelopp")));
    QVERIFY(last.contains(QStringLiteral("Sida 2 (2)")));
    QCOMPARE(overlaps(pdf), QStringList());
}

void TestInvoiceCopyDocument::severalCopiesEachFromANewPage()
{
    // Fakturakopior from the menu: three claims, each a page of its own
    // with its own slip (700,00, 1 200,00 unpaid, 0 paid in full).
    InvoiceCopy second = partlyPaid();
    second.invoiceNumber = QStringLiteral("010000002");
    second.balance = second.amount;
    InvoiceCopy third = partlyPaid();
    third.invoiceNumber = QStringLiteral("010000003");
    third.balance = Money();
    const InvoiceCopyDocument document(QList<InvoiceCopy>{partlyPaid(), second, third});
    QCOMPARE(document.pageCount(), 3);
    const QString pdf = m_dir.filePath(QStringLiteral("tre.pdf"));
    QString error;
    QVERIFY2(document.writePdf(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    const QStringList pages = text.split(QRegularExpression(QStringLiteral("----- sida \\d -----\n")),
                                         Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 3);
    const QStringList numbers{QStringLiteral("010000001"), QStringLiteral("010000002"),
                              QStringLiteral("010000003")};
    for (int p = 0; p < 3; ++p) {
        QVERIFY2(pages.at(p).contains(QRegularExpression(
                     QStringLiteral("Fakturanummer +%1").arg(numbers.at(p)))),
                 qPrintable(pages.at(p)));
        QVERIFY(pages.at(p).contains(QStringLiteral("Avskiljes vid betalning")));
    }
    QVERIFY(pages.at(0).contains(QRegularExpression(QStringLiteral("Att betala +700,00"))));
    QVERIFY(pages.at(1).contains(QStringLiteral("1 200 00")));
    QVERIFY(!pages.at(1).contains(QStringLiteral("Att betala")));
    QVERIFY(pages.at(2).contains(QRegularExpression(QStringLiteral("Att betala +0,00"))));
    QVERIFY(!InvoiceCopyDocument(QList<InvoiceCopy>{}).writePdf(pdf, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestInvoiceCopyDocument)
#include "tst_invoicecopydocument.moc"
