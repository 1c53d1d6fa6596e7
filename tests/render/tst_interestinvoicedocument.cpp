// The interest invoices on paper (handbook 7.13): each is written to a PDF,
// its text read back with pdftotext and compared with a golden file; A4
// portrait pages, a long computation going on to a second page with the
// slip on the last, a withheld address, and words that neither overlap nor
// leave the paper are checked on the PDF itself.
#include "golden.h"
#include "interestinvoicedocument.h"

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

Money kr(qint64 ore)
{
    return Money::fromOre(ore);
}

// DOMAIN.md's example as invoiced on 2026-12-14: 10 000,00 due 2023-11-15,
// paid 2024-08-10, 269 days late:
//   2023-11-16 – 2023-12-31  46 days at 11,50 %: 10 000 × 0,115 × 46/365 = 144,93
//   2024-01-01 – 2024-08-10 223 days at 12,00 %: 10 000 × 0,12 × 223/365 = 733,15
//   one rounding: 10 000 × (5,29 + 26,76)/365 = 878,08.
// Invoice 540000123 (routine 04 + 50), due 2026-12-28 (12-24 julafton and
// the Christmas days moved), OCR 540000123 + length 1 + Luhn check digit.
InterestInvoice workedExample()
{
    InterestInvoice i;
    i.sender.number = QStringLiteral("001");
    i.sender.name = QStringLiteral("Testkommunen");
    i.sender.address = QStringLiteral("Box 100");
    i.sender.postalCode = QStringLiteral("123 45");
    i.sender.city = QStringLiteral("Småstad");
    i.sender.orgNr = QStringLiteral("212000-0142");
    i.sender.phone = QStringLiteral("0123-45 67 89");
    i.bankgiro = QStringLiteral("5805-6201");
    i.handler = QStringLiteral("Eva Ek 0123-456");
    i.message = {QStringLiteral("Räntan avser för sent betalda fakturor."),
                 QStringLiteral("Frågor om räntan besvaras av handläggaren.")};
    i.customerNumber = QStringLiteral("1001");
    i.debtorName = QStringLiteral("Andersson, Anna");
    i.address = QStringLiteral("Storgatan 1");
    i.postalCode = QStringLiteral("123 45");
    i.city = QStringLiteral("Småstad");
    i.invoiceNumber = QStringLiteral("540000123");
    i.invoiceDate = QDate(2026, 12, 14);
    i.dueDate = QDate(2026, 12, 28);
    i.ocr = QStringLiteral("54000012317");
    i.originalInvoiceNumber = QStringLiteral("040000123");
    i.originalInvoiceDate = QDate(2023, 10, 16);
    i.originalDueDate = QDate(2023, 11, 15);
    i.finalPaidDate = QDate(2024, 8, 10);
    i.originalAmount = kr(1000000);
    i.daysLate = 269;
    i.periods = {{QDate(2023, 11, 16), QDate(2023, 12, 31), 46, 1150, kr(1000000), kr(14493)},
                 {QDate(2024, 1, 1), QDate(2024, 8, 10), 223, 1200, kr(1000000), kr(73315)}};
    i.chargeableInterest = kr(87808);
    i.amount = kr(87808);
    i.lineText = QStringLiteral("Dröjsmålsränta faktura 040000123, 269 dagar");
    return i;
}

// 10 000,00 due 2024-01-31 paid 2024-04-10 (70 days at 12,00 %: 230,14), of
// which 100,00 was debited on the collection demand: 130,14 to pay. An
// estate abroad, c/o; no message.
InterestInvoice deductedAbroad()
{
    InterestInvoice i = workedExample();
    i.message.clear();
    i.customerNumber = QStringLiteral("2002");
    i.debtorName = QStringLiteral("Lund, Karin");
    i.debtorName2 = QStringLiteral("Dödsbo");
    i.co = QStringLiteral("Per Lund");
    i.address = QStringLiteral("Fjordveien 3");
    i.postalCode = QStringLiteral("0150");
    i.city = QStringLiteral("Oslo");
    i.country = QStringLiteral("Norge");
    i.invoiceNumber = QStringLiteral("540000126");
    i.ocr = QStringLiteral("54000012614");
    i.originalInvoiceNumber = QStringLiteral("040000126");
    i.originalInvoiceDate = QDate(2024, 1, 1);
    i.originalDueDate = QDate(2024, 1, 31);
    i.finalPaidDate = QDate(2024, 4, 10);
    i.daysLate = 70;
    i.periods = {{QDate(2024, 2, 1), QDate(2024, 4, 10), 70, 1200, kr(1000000), kr(23014)}};
    i.chargeableInterest = kr(23014);
    i.debitedDeducted = kr(10000);
    i.amount = kr(13014);
    i.lineText = QStringLiteral("Dröjsmålsränta faktura 040000126, 70 dagar");
    return i;
}

// A protected identity: the invoice carries an address, the page must not.
InterestInvoice withheld()
{
    InterestInvoice i = workedExample();
    i.addressWithheld = true;
    i.co = QStringLiteral("Ek");
    i.address = QStringLiteral("Hemliga vägen 7");
    i.postalCode = QStringLiteral("987 65");
    i.city = QStringLiteral("Gömstad");
    return i;
}

// Twelve years of half-year periods: more than the first page holds above
// the slip.
InterestInvoice longComputation()
{
    InterestInvoice i = workedExample();
    i.periods.clear();
    for (int n = 0; n < 24; ++n) {
        const QDate from(2000 + n / 2, n % 2 ? 7 : 1, 1);
        const QDate to = n % 2 ? QDate(from.year(), 12, 31) : QDate(from.year(), 6, 30);
        i.periods << LetterInterestLine{from, to, int(from.daysTo(to)) + 1, 1025, kr(9999999999LL),
                                        kr(123456)};
    }
    return i;
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

// pdftotext -layout per page, trailing blanks removed, pages marked.
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
        text += QStringLiteral("----- sida %1 -----\n%2\n").arg(n + 1).arg(lines.join(QLatin1Char('\n')));
    }
    return text;
}

// "A4" per A4 portrait page (595,28 × 841,89 pt within a point), else the size.
QStringList pageSizes(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"),
                             {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                              QStringLiteral("99"), pdf});
    static const QRegularExpression re(QStringLiteral(R"re(Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts)re"));
    QStringList out;
    for (auto it = re.globalMatch(info); it.hasNext();) {
        const auto m = it.next();
        const bool a4 = qAbs(m.captured(1).toDouble() - 595.28) < 1
                        && qAbs(m.captured(2).toDouble() - 841.89) < 1;
        out << (a4 ? QStringLiteral("A4") : m.captured(1) + QLatin1Char('x') + m.captured(2));
    }
    return out;
}

// Words (pdftotext -bbox) that overlap another or come within 3 mm of the edge.
QStringList overlaps(const QString &pdf)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf,
                                                           QStringLiteral("-")});
    static const QRegularExpression wordRe(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
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
                problems << QStringLiteral("page %1: '%2' at the edge").arg(p + 1).arg(m.captured(5));
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

Q_DECLARE_METATYPE(rsk::InterestInvoice)

class TestInterestInvoiceDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void invoiceMatchesGolden_data();
    void invoiceMatchesGolden();
    void withheldAddressIsNeverPrinted();
    void longComputationGoesOnToASecondPage();
    void runPdfHoldsEveryInvoiceInOrder();
    void nothingToWriteIsReported();

private:
    QString writePdf(const QList<InterestInvoice> &invoices, const QString &name);
    QTemporaryDir m_dir;
};

void TestInterestInvoiceDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
}

QString TestInterestInvoiceDocument::writePdf(const QList<InterestInvoice> &invoices,
                                              const QString &name)
{
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!InterestInvoiceDocument(invoices).writePdf(pdf, &error))
        return QStringLiteral("error: ") + error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    return pdf;
}

void TestInterestInvoiceDocument::invoiceMatchesGolden_data()
{
    QTest::addColumn<InterestInvoice>("invoice");
    QTest::addColumn<QString>("golden");
    QTest::newRow("worked example 878,08 with a message") << workedExample() << "rantefaktura";
    QTest::newRow("debited interest deducted, c/o abroad")
        << deductedAbroad() << "rantefaktura_avdrag";
}

void TestInterestInvoiceDocument::invoiceMatchesGolden()
{
    QFETCH(InterestInvoice, invoice);
    QFETCH(QString, golden);
    const QString pdf = writePdf({invoice}, golden);
    QVERIFY2(!pdf.startsWith(QLatin1String("error")), qPrintable(pdf));
    QCOMPARE(pageSizes(pdf), QStringList{QStringLiteral("A4")});
    const QStringList problems = overlaps(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    rsk::test::compareGolden(QStringLiteral("interestinvoices/%1.txt").arg(golden), pdfText(pdf));
}

void TestInterestInvoiceDocument::withheldAddressIsNeverPrinted()
{
    const QString text = pdfText(writePdf({withheld()}, QStringLiteral("skyddad")));
    QVERIFY(text.contains(QStringLiteral("Adress skyddad – hanteras manuellt")));
    for (const char *secret : {"Hemliga", "987 65", "Gömstad", "c/o"})
        QVERIFY2(!text.contains(QString::fromUtf8(secret)), secret);
    QVERIFY(text.contains(QStringLiteral("Andersson, Anna")));
}

void TestInterestInvoiceDocument::longComputationGoesOnToASecondPage()
{
    const InterestInvoice i = longComputation();
    QCOMPARE(InterestInvoiceDocument({i}).pageCount(), 2);
    const QString pdf = writePdf({i}, QStringLiteral("lang"));
    QCOMPARE(pageSizes(pdf), (QStringList{QStringLiteral("A4"), QStringLiteral("A4")}));
    const QStringList problems = overlaps(pdf);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QStringList pages = pdfText(pdf).split(QStringLiteral("----- sida 2 -----"));
    QCOMPARE(pages.size(), 2);
    // Every period and the total once; the slip only on the last page (here
    // a page of its own: the computation fills the first one).
    QCOMPARE(pdfText(pdf).count(QStringLiteral("1 234,56")), 24);
    QCOMPARE(pdfText(pdf).count(QStringLiteral("Att betala")), 1);
    QVERIFY(!pages.at(0).contains(QStringLiteral("INBETALNING/GIRERING AVI")));
    QVERIFY(pages.at(1).contains(QStringLiteral("INBETALNING/GIRERING AVI")));
    QVERIFY(pages.at(0).contains(QStringLiteral("Sida 1 (2)")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Sida 2 (2)")));
}

void TestInterestInvoiceDocument::runPdfHoldsEveryInvoiceInOrder()
{
    const QString pdf = writePdf({workedExample(), deductedAbroad(), withheld()},
                                 QStringLiteral("korning"));
    QCOMPARE(pageSizes(pdf).size(), 3);
    const QString text = pdfText(pdf);
    const int first = text.indexOf(QStringLiteral("540000123"));
    const int second = text.indexOf(QStringLiteral("540000126"));
    QVERIFY(first >= 0 && second > first);
    QVERIFY(text.indexOf(QStringLiteral("Adress skyddad")) > second);
}

void TestInterestInvoiceDocument::nothingToWriteIsReported()
{
    QString error;
    QVERIFY(!InterestInvoiceDocument({}).writePdf(m_dir.filePath(QStringLiteral("tom.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("Inga räntefakturor")));
    QVERIFY(!InterestInvoiceDocument({workedExample()})
                 .writePdf(QStringLiteral("/no/such/folder/x.pdf"), &error));
    QVERIFY(error.contains(QStringLiteral("/no/such/folder/x.pdf")));
}

QTEST_MAIN(TestInterestInvoiceDocument)
#include "tst_interestinvoicedocument.moc"
