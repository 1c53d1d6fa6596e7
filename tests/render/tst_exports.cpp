// Exports of a report (render/): CSV against a golden file, XLSX opened
// again (unzip + the sheet XML) to check that money and dates are number
// cells, not text, and the printed list as PDF text. The list is the
// Inbetalningslista of tests/support/paymentlistfixture.h.
#include "golden.h"
#include "paymentlistfixture.h"

#include "csvexport.h"
#include "reportprint.h"
#include "reports/paymentlist.h"
#include "xlsxexport.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace rsk;
using rsk::test::PaymentListFixture;

namespace {

struct Cell
{
    QString type;  // the t attribute: "" (number), "inlineStr", "s", "str"
    QString style; // the s attribute
    QString value; // <v> or the inline text
};

// Cells of one sheet by reference ("H2"), read with the unzip tool.
QHash<QString, Cell> readSheet(const QString &xlsx, const QString &member, QString *error,
                               QByteArray *raw = nullptr)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, member});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        *error = QStringLiteral("unzip -p %1 %2 failed: %3")
                     .arg(xlsx, member, QString::fromUtf8(unzip.readAllStandardError()));
        return {};
    }
    const QByteArray xml = unzip.readAllStandardOutput();
    if (raw)
        *raw = xml;
    QHash<QString, Cell> cells;
    QXmlStreamReader r(xml);
    QString ref;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            cells[ref].type = r.attributes().value(QLatin1String("t")).toString();
            cells[ref].style = r.attributes().value(QLatin1String("s")).toString();
        } else if (r.isStartElement()
                   && (r.name() == QLatin1String("v") || r.name() == QLatin1String("t"))) {
            cells[ref].value = r.readElementText();
        }
    }
    if (r.hasError())
        *error = r.errorString();
    return cells;
}

ReportTable kindsTable()
{
    using K = ReportColumn::Kind;
    ReportTable t(ReportLayout{QStringLiteral("Prov"),
                               {},
                               {{QStringLiteral("text"), QStringLiteral("Text"), K::Text},
                                {QStringLiteral("amount"), QStringLiteral("Belopp"), K::Money},
                                {QStringLiteral("date"), QStringLiteral("Datum"), K::Date},
                                {QStringLiteral("count"), QStringLiteral("Antal"), K::Integer}}});
    return t;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvGolden();
    void csvCells_data();
    void csvCells();
    void csvForScripts();
    void xlsxCellsAreNumbersAndDates();
    void xlsxSpillsOverToASecondSheet();
    void xlsxUnwritableFileIsRefused();
    void printedList();

private:
    std::unique_ptr<PaymentListFixture> m_ledger;
    QTemporaryDir m_dir;
};

void TestExports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ledger = std::make_unique<PaymentListFixture>();
}

void TestExports::csvGolden()
{
    PaymentListCriteria c;
    c.withIdAndName = true;
    PaymentListQuery q(*m_ledger->db, c);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExport csv(&buffer);
    q.writeAll(csv);
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF")); // a BOM, for Excel
    QCOMPARE(csv.rowsWritten(), 16);
    // STYLE.md 7: a missing golden file fails with the command that makes it.
    rsk::test::compareGolden(QStringLiteral("exports/inbetalningslista.csv"), buffer.data());
}

void TestExports::csvCells_data()
{
    QTest::addColumn<QVariantList>("cells");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << QVariantList{QStringLiteral("Å"), 123450LL, QDate(2026, 3, 2), 7LL}
                           << "Å;1234,50;2026-03-02;7";
    QTest::newRow("negative öre") << QVariantList{QStringLiteral("x"), -5LL, QDate(), 0LL}
                                  << "x;-0,05;;0";
    QTest::newRow("zero and minus one krona")
        << QVariantList{QString(), 0LL, QVariant(), -1LL} << ";0,00;;-1";
    QTest::newRow("largest amount, 10 digits")
        << QVariantList{QStringLiteral("max"), 9999999999LL, QDate(1999, 12, 31), 1LL}
        << "max;99999999,99;1999-12-31;1";
    QTest::newRow("quotes, semicolons and a line break are quoted")
        << QVariantList{QStringLiteral("a;\"b\"\nc"), 100LL, QVariant(), QVariant()}
        << "\"a;\"\"b\"\"\nc\";1,00;;";
}

void TestExports::csvCells()
{
    QFETCH(QVariantList, cells);
    QFETCH(QString, line);
    ReportTable t = kindsTable();
    ReportRow row;
    row.cells = cells;
    t.addRow(row);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExport::Options o;
    o.byteOrderMark = false;
    CsvExport csv(&buffer, o);
    t.writeTo(csv);
    QCOMPARE(QString::fromUtf8(buffer.data()), QStringLiteral("Text;Belopp;Datum;Antal\n") + line
                                                   + QLatin1Char('\n'));
}

void TestExports::csvForScripts()
{
    // Keys as header, no BOM, no sum rows: what `--format csv` prints.
    ReportTable t = kindsTable();
    ReportRow row;
    row.cells = {QStringLiteral("a"), 100LL, QDate(2026, 1, 2), 1LL};
    t.addRow(row);
    ReportRow sum;
    sum.type = ReportRow::Type::Total;
    sum.label = QStringLiteral("Totalt");
    sum.cells = {QVariant(), 100LL, QVariant(), 1LL};
    t.addRow(sum);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExport::Options o;
    o.byteOrderMark = false;
    o.keyHeader = true;
    o.includeSums = false;
    CsvExport csv(&buffer, o);
    t.writeTo(csv);
    QCOMPARE(buffer.data(), QByteArray("text;amount;date;count\na;1,00;2026-01-02;1\n"));
    // With sums: the label in the first column, only the numeric sums.
    QBuffer withSums;
    withSums.open(QIODevice::WriteOnly);
    o.includeSums = true;
    CsvExport csv2(&withSums, o);
    t.writeTo(csv2);
    QVERIFY(withSums.data().endsWith("Totalt;1,00;;1\n"));
}

void TestExports::xlsxCellsAreNumbersAndDates()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed (apt-get install unzip)");
    const QString path = m_dir.filePath(QStringLiteral("lista.xlsx"));
    PaymentListCriteria c;
    PaymentListQuery q(*m_ledger->db, c);
    {
        XlsxExport xlsx(path);
        q.writeAll(xlsx);
        QCOMPARE(xlsx.rowsWritten(), 16);
    }
    QString error;
    QByteArray raw;
    const QHash<QString, Cell> cells =
        readSheet(path, QStringLiteral("xl/worksheets/sheet1.xml"), &error, &raw);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Header row: text (inline strings) in bold style; frozen below it.
    QCOMPARE(cells.value(QStringLiteral("A1")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Trans.datum"));
    QCOMPARE(cells.value(QStringLiteral("H1")).value, QStringLiteral("Belopp"));
    QVERIFY(raw.contains("state=\"frozen\""));
    QVERIFY(raw.contains("ySplit=\"1\""));
    QVERIFY(raw.contains("<col ")); // column widths
    // Row 2 = T1: 2026-03-02 is Excel day 46083 (days since 1899-12-30),
    // a number cell with a date format; 300,00 kr a number, not text.
    const Cell date = cells.value(QStringLiteral("A2"));
    QCOMPARE(date.type, QString());
    QCOMPARE(date.value, QStringLiteral("46083"));
    QVERIFY(!date.style.isEmpty());
    const Cell amount = cells.value(QStringLiteral("H2"));
    QCOMPARE(amount.type, QString());
    QCOMPARE(amount.value.toDouble(), 300.0);
    QCOMPARE(cells.value(QStringLiteral("B2")).value, QStringLiteral("1"));
    QCOMPARE(cells.value(QStringLiteral("B2")).type, QStringLiteral("inlineStr"));
    QCOMPARE(cells.value(QStringLiteral("D2")).value, QStringLiteral("010000001")); // zeros kept
    // Row 5 = the method subtotal: its label, and 1 600 as a number.
    QCOMPARE(cells.value(QStringLiteral("A5")).value,
             QStringLiteral("Summa 2026-03-02 1 Inbetalning, 3 st"));
    QCOMPARE(cells.value(QStringLiteral("H5")).type, QString());
    QCOMPARE(cells.value(QStringLiteral("H5")).value.toDouble(), 1600.0);
    // T6's refund is negative; the total 3 850 on the last row (17).
    QCOMPARE(cells.value(QStringLiteral("H11")).value.toDouble(), -50.0);
    QCOMPARE(cells.value(QStringLiteral("A17")).value, QStringLiteral("Totalt, 7 st"));
    QCOMPARE(cells.value(QStringLiteral("H17")).value.toDouble(), 3850.0);
    // An empty booked date is no cell at all (G8 = T5, unbooked).
    QVERIFY(!cells.contains(QStringLiteral("G8")));
    // The number formats: money "#,##0.00" (shown "1 234,50" in Swedish
    // Excel) and the date format.
    QProcess styles;
    styles.start(QStringLiteral("unzip"),
                 {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")});
    QVERIFY(styles.waitForFinished(30000));
    const QByteArray stylesXml = styles.readAllStandardOutput();
    QVERIFY(stylesXml.contains("formatCode=\"#,##0.00\""));
    QVERIFY(stylesXml.contains("formatCode=\"yyyy-mm-dd\""));
    // Sheet 2 holds the title and the selection.
    const QHash<QString, Cell> selection =
        readSheet(path, QStringLiteral("xl/worksheets/sheet2.xml"), &error);
    QCOMPARE(selection.value(QStringLiteral("A1")).value, QStringLiteral("Inbetalningslista"));
}

void TestExports::xlsxSpillsOverToASecondSheet()
{
    // Excel holds 1 048 576 rows a sheet; what does not fit goes on in a
    // second list sheet with the header repeated. (Written fast: numbers.)
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    const QString path = m_dir.filePath(QStringLiteral("lang.xlsx"));
    ReportTable layoutOnly = kindsTable();
    XlsxExport xlsx(path);
    xlsx.begin(layoutOnly.layout());
    ReportRow row;
    row.cells = {QVariant(), 100LL, QVariant(), 1LL};
    for (int i = 0; i < 1048576; ++i) // header + 1 048 575 rows fill sheet 1; 1 more
        xlsx.addRow(row);
    xlsx.finish();
    QString error;
    QByteArray raw;
    const QHash<QString, Cell> second =
        readSheet(path, QStringLiteral("xl/worksheets/sheet2.xml"), &error, &raw);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(second.value(QStringLiteral("A1")).value, QStringLiteral("Text"));
    QCOMPARE(second.value(QStringLiteral("B2")).value.toDouble(), 1.0);
    QVERIFY(!second.contains(QStringLiteral("B3")));
}

void TestExports::xlsxUnwritableFileIsRefused()
{
    XlsxExport xlsx(QStringLiteral("/nonexistent-folder/x.xlsx"));
    ReportTable t = kindsTable();
    try {
        t.writeTo(xlsx);
        QFAIL("no error");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("/nonexistent-folder/x.xlsx")),
                 qPrintable(e.message()));
    }
}

void TestExports::printedList()
{
    PaymentListCriteria c;
    c.companyFrom = QStringLiteral("001");
    PaymentListQuery q(*m_ledger->db, c);
    ReportPrint print(QDate(2026, 11, 26));
    q.writeAll(print);
    QVERIFY(print.html().contains(QStringLiteral("<thead>")));
    const QString pdf = qEnvironmentVariableIsSet("RESKONTRA_KEEP_PDF")
                            ? qEnvironmentVariable("RESKONTRA_KEEP_PDF")
                            : m_dir.filePath(QStringLiteral("lista.pdf"));
    print.writePdf(pdf);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const char *expected :
         {"Inbetalningslista", "Utskriven 2026-11-26", "Företag: 001–001", "Summa 2026-03-02, 3 st",
          "Summa 2026-03-03 5 Återbetalning, 1 st", "-50,00", "2 000,00", "Totalt, 6 st",
          "3 050,00", "Trans.datum", "Anmärkning", "del 1"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(
                     QStringLiteral("\"%1\" not in:\n%2").arg(QString::fromUtf8(expected), text)));
    }
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
