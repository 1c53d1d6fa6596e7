// The receipt lists of Rensning betalda fakturor (handbook 8.4): a PDF is
// written from the purge's list of tests/support/purgefixture.h, its text
// read back with pdftotext and compared with a golden file (STYLE.md 7).
// The three list versions with their details, the sums (1 000 + 400 + 100 +
// 150 + 150 = 1 800,00), the claims that stay with the reason, the list-only
// heading, and a path that cannot be written.
#include "golden.h"
#include "purgefixture.h"
#include "purgereceiptdocument.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::PurgeFixture;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (QString &l : lines) {
        l.remove(QLatin1Char('\f'));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

PaidInvoicePurgeSelection allLists()
{
    PaidInvoicePurgeSelection s = PurgeFixture::selection();
    s.lists = {{PurgeReceiptList::Order::InvoiceNumber, true, true},
               {PurgeReceiptList::Order::Name, false, false},
               {PurgeReceiptList::Order::IdNumber, false, true}};
    return s;
}

} // namespace

class TestPurgeReceiptDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void receiptListMatchesGolden();
    void listOnlySaysNothingWasPurged();
    void existingFileIsNotWrittenOver();
    void unwritablePathIsReported();

private:
    QString writeAndRead(const PaidInvoicePurgeResult &result, const QString &name);
    QTemporaryDir m_dir;
};

void TestPurgeReceiptDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

QString TestPurgeReceiptDocument::writeAndRead(const PaidInvoicePurgeResult &result,
                                               const QString &name)
{
    const QString pdf = m_dir.filePath(name);
    QString error;
    if (!PurgeReceiptDocument(result).writePdf(pdf, &error))
        return error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(name));
    return pdfText(pdf);
}

void TestPurgeReceiptDocument::receiptListMatchesGolden()
{
    PurgeFixture f;
    PaidInvoicePurgeResult purged;
    PaidInvoicePurge(f.db()).run(allLists(), [&purged](const PaidInvoicePurgeResult &r) {
        purged = r;
    });
    QCOMPARE(purged.count(), 5);
    const QString text = writeAndRead(purged, QStringLiteral("kvittenslista.pdf"));
    // The essentials, independent of the golden file.
    for (const char *expected :
         {"KVITTENSLISTA – RENSNING BETALDA FAKTUROR", "Listversion: fakturanummerordning, "
          "fakturarader, kravuppgifter", "Listversion: namnordning",
          "Listversion: personnummerordning, kravuppgifter", "Rensad 2026-11-26 av testare",
          "Fakturor med saldo noll och betalda före 2026-06-01", "001/040000001",
          "Andersson, Anna", "19811218-9876", "Öberg, Åsa", "2026-02-10 1 Inbetalning",
          "-1 000,00", "Kravkod 3", "1 800,00", "5 fakturor, 5 transaktioner",
          "Fakturor som inte rensas", "amorteringsplan 1 pågår", "Sida 1 ("}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                .arg(QString::fromUtf8(expected), text)));
    }
    // Each list starts on a page of its own: three headings.
    QCOMPARE(text.count(QStringLiteral("KVITTENSLISTA – RENSNING")), 3);
    rsk::test::compareGolden(QStringLiteral("purge/kvittenslista.txt"), text);
}

void TestPurgeReceiptDocument::listOnlySaysNothingWasPurged()
{
    PurgeFixture f;
    const PaidInvoicePurgeResult plan = PaidInvoicePurge(f.db()).plan(PurgeFixture::selection());
    const QString text = writeAndRead(plan, QStringLiteral("endast-lista.pdf"));
    QVERIFY2(text.contains(QStringLiteral("ENDAST LISTA – RENSNING BETALDA FAKTUROR")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ingenting är rensat.")));
    QVERIFY(!text.contains(QStringLiteral("KVITTENSLISTA")));
    // Invoice order without details: no invoice lines, no dunning data.
    QVERIFY(!text.contains(QStringLiteral("Rad 1")));
    QVERIFY(!text.contains(QStringLiteral("Kravuppgifter")));
}

void TestPurgeReceiptDocument::existingFileIsNotWrittenOver()
{
    const QString path = m_dir.filePath(QStringLiteral("finns.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("gammal kvittenslista");
    old.close();
    try {
        PurgeReceiptDocument::writerTo(path)(PaidInvoicePurgeResult());
        QFAIL("wrote over an existing receipt list");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("Kvittenslistan kunde inte skrivas")),
                 qPrintable(e.message()));
    }
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("gammal kvittenslista"));
}

void TestPurgeReceiptDocument::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!PurgeReceiptDocument(PaidInvoicePurgeResult())
                 .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Kan inte skriva")), qPrintable(error));
}

QTEST_MAIN(TestPurgeReceiptDocument)
#include "tst_purgereceiptdocument.moc"
