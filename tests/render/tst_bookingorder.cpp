// The printed booking order (handbook 4.6): a PDF per run, its text read back
// with pdftotext and compared with a golden file; pages counted with pdfinfo.
#include "bookingorderdocument.h"
#include "golden.h"

#include "storage/ledgererror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;

namespace {

BookingPosting posting(const char *account, const char *name, qint64 ore, const char *text)
{
    return {QString::fromLatin1(account), QString::fromUtf8(name), Money::fromOre(ore),
            QString::fromUtf8(text)};
}

// Company 001: B 400,00 and 1 234,50 paid, 100,00 credited (method 2):
// receivable credits 400 + 1 234,50 + 100 = 1 734,50 = debits 1 634,50 (bank)
// + 100,00 (3790). Company 002: one refund of 150,00 (debit 1510, credit 1931).
BookingResult sampleRun(bool dryRun)
{
    BookingResult r;
    r.dryRun = dryRun;
    r.selection.date = QDate(2026, 11, 26);
    Verification a;
    a.company = QStringLiteral("001");
    a.companyName = QStringLiteral("Åre kommun");
    a.orgNr = QStringLiteral("212000-0142");
    a.series = QStringLiteral("A");
    a.number = 17;
    a.date = r.selection.date;
    a.user = QStringLiteral("testare");
    a.text = QStringLiteral("Kundreskontra, inbetalningar t.o.m. 2026-11-26");
    a.transactionIds = {1, 2, 3};
    a.postings = {posting("1510", "Kundfordringar", -40000, "040000001 Bankgiro 2026-11-20"),
                  posting("1510", "Kundfordringar", -123450, "070000001 Inbetalning 2026-11-21"),
                  posting("1510", "Kundfordringar", -10000, "070000001 Kreditfaktura 2026-11-21"),
                  posting("1930", "Företagskonto/checkkonto/affärskonto", 163450,
                          "Bankgiro, Inbetalning, 2 st"),
                  posting("3790", "Övriga intäktskorrigeringar", 10000, "Kreditfaktura, 1 st")};
    Verification b = a;
    b.company = QStringLiteral("002");
    b.companyName = QStringLiteral("Kommunalförbundet <Väst> & Co");
    b.orgNr.clear();
    b.number = 18;
    b.transactionIds = {4};
    b.postings = {posting("1510", "Kundfordringar", 15000, "040000001 Återbetalning 2026-11-22"),
                  posting("1931", "Konto 1931", -15000, "Återbetalning, 1 st")};
    r.verifications = {a, b};
    return r;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    QStringList lines
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
              .split(QLatin1Char('\n'));
    // Trailing blanks and the form feed at the page end are layout noise.
    for (QString &l : lines) {
        l.remove(QLatin1Char('\f'));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int pdfPages(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

} // namespace

class TestBookingOrder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfMatchesGolden_data();
    void pdfMatchesGolden();
    void htmlHasTotalsAndEscapes();
    void unwritablePathIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestBookingOrder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
}

void TestBookingOrder::pdfMatchesGolden_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("empty");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("golden");
    QTest::newRow("two companies: one page each")
        << false << false << 2 << "BOKFÖRINGSORDER" << "bookingorder.txt";
    QTest::newRow("kontrollista: headed as such")
        << true << false << 2 << "KONTROLLISTA BOKFÖRINGSORDER" << "kontrollista.txt";
    QTest::newRow("nothing to book: one page that says so")
        << false << true << 1 << "BOKFÖRINGSORDER" << "empty.txt";
}

void TestBookingOrder::pdfMatchesGolden()
{
    QFETCH(bool, dryRun);
    QFETCH(bool, empty);
    QFETCH(int, pages);
    QFETCH(QString, heading);
    QFETCH(QString, golden);
    BookingResult r = sampleRun(dryRun);
    if (empty)
        r.verifications.clear();
    const QString pdf = m_dir.filePath(QFileInfo(golden).baseName() + QStringLiteral(".pdf"));
    BookingOrderDocument(r).writePdf(pdf);
    QCOMPARE(pdfPages(pdf), pages);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(heading), qPrintable(text));
    if (!empty) {
        // The essentials, independent of the golden file.
        QVERIFY(text.contains(QStringLiteral("001 Åre kommun")));
        QVERIFY(text.contains(QStringLiteral("212000-0142")));
        QVERIFY(text.contains(QStringLiteral("A 17")));
        QVERIFY(text.contains(QStringLiteral("testare")));
        QVERIFY(text.contains(QStringLiteral("1 634,50")));
        QVERIFY(text.contains(QStringLiteral("1 734,50"))); // both totals
        QVERIFY(text.contains(QStringLiteral("Kommunalförbundet <Väst> & Co")));
    } else {
        QVERIFY(text.contains(QStringLiteral("inga obokförda händelser t.o.m. 2026-11-26")));
    }
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(QFileInfo(pdf).fileName()));
    // STYLE.md 7: a missing golden file fails with the command that makes it.
    rsk::test::compareGolden(QStringLiteral("booking/") + golden, text);
}

void TestBookingOrder::htmlHasTotalsAndEscapes()
{
    const QString html = BookingOrderDocument(sampleRun(false)).html();
    QVERIFY(html.contains(QStringLiteral("Kommunalförbundet &lt;Väst&gt; &amp; Co")));
    QVERIFY(html.contains(QStringLiteral("1&nbsp;734,50")));
    QVERIFY(html.contains(QStringLiteral("page-break-before: always"))); // page 2 = company 002
    QVERIFY(!html.contains(QStringLiteral("KONTROLLISTA")));
    QVERIFY(BookingOrderDocument(sampleRun(true)).html().contains(QStringLiteral("KONTROLLISTA")));
}

void TestBookingOrder::unwritablePathIsRefused()
{
    try {
        BookingOrderDocument(sampleRun(false))
            .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QFAIL("not refused");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("PDF-filen")), qPrintable(e.message()));
    }
}

QTEST_MAIN(TestBookingOrder)
#include "tst_bookingorder.moc"
