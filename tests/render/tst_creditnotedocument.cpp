// The credit invoice / annulment notice on paper (handbook 4.5): a PDF is
// written, its text read back with pdftotext and compared with a golden file
// per document kind (STYLE.md 7).
#include "creditnotedocument.h"
#include "golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;

namespace {

// A claim of 1 000,00 (Vatten 600,00 on 3011, Avlopp 400,00 on 3012) of which
// Vatten is credited: total -600,00, new balance 1 000,00 - 600,00 = 400,00.
CreditDocument sampleDocument(CreditDocumentKind kind)
{
    CreditDocument d;
    d.kind = kind;
    d.heading = CreditNoteService::heading(kind);
    d.sender.number = QStringLiteral("001");
    d.sender.name = QStringLiteral("Testkommunen");
    d.sender.address = QStringLiteral("Box 100");
    d.sender.postalCode = QStringLiteral("123 45");
    d.sender.city = QStringLiteral("Småstad");
    d.sender.orgNr = QStringLiteral("212000-0142");
    d.sender.bankgiro = QStringLiteral("5805-6201");
    d.sender.phone = QStringLiteral("0123-45 67 89");
    d.debtorName = QStringLiteral("Åberg, Örjan");
    d.debtorName2 = QStringLiteral("Dödsbo");
    d.co = QStringLiteral("Berg");
    d.address = QStringLiteral("Storgatan 1");
    d.postalCode = QStringLiteral("123 45");
    d.city = QStringLiteral("Småstad");
    d.customerNumber = QStringLiteral("1001");
    d.invoiceNumber = QStringLiteral("040000001");
    d.invoiceDate = QDate(2026, 1, 1);
    d.date = QDate(2026, 3, 10);
    d.lines = {{1, QStringLiteral("Vatten kvartal 1"), Money::fromOre(-60000), QStringLiteral("3011")},
               {2, QStringLiteral("Avlopp kvartal 1 (krediteras ej)"), Money(),
                QStringLiteral("3012")}};
    d.total = Money::fromOre(-60000);
    d.newBalance = Money::fromOre(40000);
    d.remark = QStringLiteral("Felaktig mätaravläsning");
    d.handler = QStringLiteral("Eva Ek 0123-456");
    return d;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Trailing blanks and the form feed at the page end are layout noise.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        l.remove(QLatin1Char('\f'));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestCreditNoteDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfMatchesGolden_data();
    void pdfMatchesGolden();
    void htmlEscapesAndWithholdsProtectedAddress();
    void unwritablePathIsReported();

private:
    QTemporaryDir m_dir;
};

void TestCreditNoteDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

void TestCreditNoteDocument::pdfMatchesGolden_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("golden");
    QTest::newRow("kreditfaktura") << int(CreditDocumentKind::CreditInvoice)
                                   << QStringLiteral("kreditfaktura.txt");
    QTest::newRow("annulleringsbesked") << int(CreditDocumentKind::AnnulmentNotice)
                                        << QStringLiteral("annulleringsbesked.txt");
}

void TestCreditNoteDocument::pdfMatchesGolden()
{
    QFETCH(int, kind);
    QFETCH(QString, golden);
    const QString pdf = m_dir.filePath(QFileInfo(golden).baseName() + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(CreditNoteDocument(sampleDocument(CreditDocumentKind(kind))).writePdf(pdf, &error),
             qPrintable(error));
    const QString text = pdfText(pdf);
    // The essentials, independent of the golden file.
    const QString heading = kind == int(CreditDocumentKind::CreditInvoice)
        ? QStringLiteral("KREDITFAKTURA")
        : QStringLiteral("ANNULLERINGSBESKED");
    QVERIFY2(text.contains(heading), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Åberg, Örjan")));
    QVERIFY(text.contains(QStringLiteral("c/o Berg")));
    QVERIFY(text.contains(QStringLiteral("-600,00")));
    QVERIFY(text.contains(QStringLiteral("400,00")));
    QVERIFY(text.contains(QStringLiteral("Bankgiro 5805-6201")));
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    // STYLE.md 7: a missing golden file fails with the command that makes it.
    rsk::test::compareGolden(QStringLiteral("credit/") + golden, text);
}

void TestCreditNoteDocument::htmlEscapesAndWithholdsProtectedAddress()
{
    CreditDocument d = sampleDocument(CreditDocumentKind::CreditInvoice);
    d.lines[0].text = QStringLiteral("Vatten <kvartal> & avlopp");
    d.addressWithheld = true;
    d.co.clear(); // core leaves the address out; the page must not invent "c/o"
    d.address.clear();
    d.postalCode.clear();
    d.city.clear();
    const QString html = CreditNoteDocument(d).html();
    QVERIFY(html.contains(QStringLiteral("Vatten &lt;kvartal&gt; &amp; avlopp")));
    QVERIFY(!html.contains(QStringLiteral("c/o")));
    QVERIFY(!html.contains(QStringLiteral("Storgatan")));
    QVERIFY(html.contains(QStringLiteral("Åberg, Örjan")));
}

void TestCreditNoteDocument::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!CreditNoteDocument(sampleDocument(CreditDocumentKind::CreditInvoice))
                 .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Kan inte skriva")), qPrintable(error));
}

QTEST_MAIN(TestCreditNoteDocument)
#include "tst_creditnotedocument.moc"
