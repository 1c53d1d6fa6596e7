// Ersättningsfaktura on paper (handbook 6.3): written to a PDF, its text read
// back with pdftotext and compared with a golden file. The invoice as issued,
// each transaction since with its text and amount (only the amount when the
// text is empty), what is left to pay on the page and the slip, the claim's
// current due date; a withheld address never printed; many transactions going
// on to a second page with the slip on the last; no words overlapping.
#include "golden.h"
#include "pdftext.h"
#include "replacementinvoicedocument.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::pdfOverlaps;
using rsk::test::pdfText;

namespace {

// 1 200,00 invoiced 2026-01-01 in two lines; the due date since moved to
// 2026-12-15 on the claim. Since then: 400,00 paid ("Delbetalning mars"),
// 100,00 credited with no text, a reminder fee of 60,00 debited:
// 1 200,00 − 400,00 − 100,00 + 60,00 = 760,00 to pay.
ReplacementInvoice partlyPaid()
{
    ReplacementInvoice r;
    r.sender.number = QStringLiteral("001");
    r.sender.name = QStringLiteral("Testkommunen");
    r.sender.address = QStringLiteral("Box 100");
    r.sender.postalCode = QStringLiteral("123 45");
    r.sender.city = QStringLiteral("Småstad");
    r.sender.orgNr = QStringLiteral("212000-0142");
    r.sender.bankgiro = QStringLiteral("5805-6201");
    r.company = QStringLiteral("001");
    r.invoiceNumber = QStringLiteral("010000001");
    r.customerNumber = QStringLiteral("1001");
    r.ocr = QStringLiteral("01000000115");
    r.originalDate = QDate(2026, 1, 1);
    r.invoiceDate = QDate(2026, 11, 26);
    r.dueDate = QDate(2026, 12, 15);
    r.handler = QStringLiteral("Eva Ek 0123-456");
    r.description = QStringLiteral("Lokalhyra januari");
    r.debtorName = QStringLiteral("Andersson, Anna");
    r.co = QStringLiteral("Berg");
    r.address = QStringLiteral("Storgatan 1");
    r.postalCode = QStringLiteral("123 45");
    r.city = QStringLiteral("Småstad");
    r.lines = {{1, QStringLiteral("Lokalhyra"), Money::fromOre(100000), QString()},
               {2, QStringLiteral("Städning"), Money::fromOre(20000), QString()}};
    r.amount = Money::fromOre(120000);
    r.rows = {{1, QStringLiteral("Delbetalning mars"), Money::fromOre(-40000)},
              {2, QString(), Money::fromOre(-10000)},
              {3, QStringLiteral("Påminnelseavgift"), Money::fromOre(6000)}};
    r.toPay = Money::fromOre(76000);
    r.today = QDate(2026, 11, 26);
    return r;
}

} // namespace

class TestReplacementInvoiceDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void partlyPaidMatchesGolden();
    void emptyTextPrintsOnlyTheAmount();
    void withoutTransactionsNoPaymentHeading();
    void withheldAddressIsNeverPrinted();
    void manyTransactionsGoOnToASecondPage();

private:
    QString writePdf(const ReplacementInvoice &invoice, const QString &name);
    QTemporaryDir m_dir;
};

void TestReplacementInvoiceDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!rsk::test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

QString TestReplacementInvoiceDocument::writePdf(const ReplacementInvoice &invoice,
                                                 const QString &name)
{
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!ReplacementInvoiceDocument(invoice).writePdf(pdf, &error))
        return QStringLiteral("error: ") + error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    return pdf;
}

void TestReplacementInvoiceDocument::partlyPaidMatchesGolden()
{
    const QString pdf = writePdf(partlyPaid(), QStringLiteral("ersattningsfaktura"));
    const QString text = pdfText(pdf);
    const QString firstLine = text.section(QLatin1Char('\n'), 1, 1);
    QVERIFY2(firstLine.contains(QStringLiteral("ERSÄTTNINGSFAKTURA")), qPrintable(firstLine));
    QVERIFY(!text.contains(QStringLiteral("KOPIA")));
    // Today's date on it (not the original), the claim's current due date.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Fakturadatum +2026-11-26"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Förfallodag +2026-12-15"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Delbetalning mars +-400,00\n"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Påminnelseavgift +60,00\n"))),
             qPrintable(text));
    // 1 200,00 − 400,00 − 100,00 + 60,00 = 760,00, on the page and on the slip.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Att betala +760,00\n"))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("01000000115 +760 00 +2026-12-15"))),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ersätter faktura 010000001 av 2026-01-01")),
             qPrintable(text));
    rsk::test::compareGolden(QStringLiteral("replacement/ersattningsfaktura.txt"), text.toUtf8());
    QCOMPARE(pdfOverlaps(pdf), QStringList());
}

void TestReplacementInvoiceDocument::emptyTextPrintsOnlyTheAmount()
{
    // handbook 6.3 "Om man inte anger någon text så skrivs endast beloppet ut".
    const QString text = pdfText(writePdf(partlyPaid(), QStringLiteral("tomtext")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\n +-100,00\n"))), qPrintable(text));
}

void TestReplacementInvoiceDocument::withoutTransactionsNoPaymentHeading()
{
    ReplacementInvoice r = partlyPaid();
    r.rows.clear();
    r.toPay = r.amount;
    const QString text = pdfText(writePdf(r, QStringLiteral("orord")));
    QVERIFY(!text.contains(QStringLiteral("Inbetalt, krediterat")));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Att betala +1 200,00\n"))),
             qPrintable(text));
}

void TestReplacementInvoiceDocument::withheldAddressIsNeverPrinted()
{
    ReplacementInvoice r = partlyPaid();
    r.addressWithheld = true;
    r.address = QStringLiteral("Hemliga vägen 7");
    const QString text = pdfText(writePdf(r, QStringLiteral("skyddad")));
    QVERIFY(!text.contains(QStringLiteral("Hemliga")));
    QVERIFY(!text.contains(QStringLiteral("c/o Berg")));
    QVERIFY(text.contains(QStringLiteral("Adress skyddad")));
}

void TestReplacementInvoiceDocument::manyTransactionsGoOnToASecondPage()
{
    ReplacementInvoice r = partlyPaid();
    r.rows.clear();
    // 30 payments of 10,00: 1 200,00 − 300,00 = 900,00 to pay.
    for (int n = 1; n <= 30; ++n)
        r.rows << ReplacementInvoice::Row{n, QStringLiteral("Betalning %1").arg(n),
                                          Money::fromOre(-1000)};
    r.toPay = Money::fromOre(90000);
    const QString pdf = writePdf(r, QStringLiteral("manga"));
    const QString text = pdfText(pdf);
    QCOMPARE(ReplacementInvoiceDocument(r).pageCount(), 2);
    QVERIFY2(text.contains(QStringLiteral("----- sida 2 -----")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("----- sida 3 -----")));
    for (int n = 1; n <= 30; ++n)
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\bBetalning %1\\b").arg(n))), 1);
    const QString last = text.section(QStringLiteral("----- sida 2 -----"), 1);
    QVERIFY(last.contains(QRegularExpression(QStringLiteral("Att betala +900,00\n"))));
    QVERIFY(last.contains(QStringLiteral("900 00")));
    QCOMPARE(pdfOverlaps(pdf), QStringList());
}

QTEST_MAIN(TestReplacementInvoiceDocument)
#include "tst_replacementinvoicedocument.moc"
