#include "formats/invoicefile.h"

#include <QtTest>

using rsk::InvoiceDraft;
using rsk::InvoiceFile;
using rsk::InvoiceFileReader;

namespace {

const QDate kToday(2026, 11, 26);

// The fields a test looks at, in one string: easy to read in a failure.
QString summary(const InvoiceDraft &d)
{
    QStringList lines;
    for (const rsk::InvoiceLine &l : d.lines)
        lines << QStringLiteral("%1=%2").arg(l.text).arg(l.amount.ore());
    return QStringList{d.company,
                       d.invoiceNumber,
                       d.idNumber,
                       d.customerNumber,
                       d.name,
                       d.address,
                       d.invoiceDate.toString(Qt::ISODate),
                       d.dueDate.toString(Qt::ISODate),
                       QString::number(d.amount.ore()),
                       d.description}
               .join(QLatin1Char('|'))
           + (lines.isEmpty() ? QString() : QLatin1Char('|') + lines.join(QLatin1Char(',')));
}

QString problemList(const InvoiceFile &file)
{
    QStringList out;
    for (const rsk::InvoiceFileProblem &p : file.problems)
        out << QStringLiteral("%1:%2 %3").arg(p.line).arg(p.field, p.message);
    return out.join(QLatin1Char('\n'));
}

const QByteArray kHeader = "company;invoice_number;id_number;name;address;invoice_date;due_date;"
                           "amount;description\n";
const QString kAnna = QStringLiteral("001|040000001|811218-9876||Anna Andersson|Storgatan 1|"
                                     "2026-10-01|2026-10-31|123450|Vatten");

} // namespace

class TestInvoiceFile : public QObject
{
    Q_OBJECT
private slots:
    void readsGoodFiles_data();
    void readsGoodFiles();
    void reportsProblems_data();
    void reportsProblems();
    void keepsDraftsWithFieldProblems();
    void columnsFollowCliMd();
};

void TestInvoiceFile::readsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("lines"); // the line each draft starts on

    const QByteArray anna = "001;040000001;811218-9876;Anna Andersson;Storgatan 1;2026-10-01;"
                            "2026-10-31;1234,50;Vatten\n";
    const QByteArray bo = "001;040000002;701063-2391;Bo Berg;Gatan 2;2026-10-01;2026-10-31;"
                          "10;Vatten\n";

    QTest::newRow("CSV, LF") << kHeader + anna + bo << 2 << kAnna << "2,3";
    QTest::newRow("BOM before the header")
        << QByteArray("\xEF\xBB\xBF") + kHeader + anna << 1 << kAnna << "2";
    QByteArray crlf = kHeader + anna + bo;
    crlf.replace("\n", "\r\n");
    QTest::newRow("CRLF line endings") << crlf << 2 << kAnna << "2,3";
    QTest::newRow("no line ending after the last record")
        << kHeader + anna.chopped(1) << 1 << kAnna << "2";
    QTest::newRow("columns in another order")
        << QByteArray("amount;due_date;invoice_date;name;id_number;invoice_number;company;"
                      "description;address\n"
                      "1234,50;2026-10-31;2026-10-01;Anna Andersson;811218-9876;040000001;001;"
                      "Vatten;Storgatan 1\n")
        << 1 << kAnna << "2";
    QTest::newRow("header names with blanks and capitals")
        << QByteArray(" Company ;INVOICE_NUMBER;id_number;name;address;invoice_date;due_date;"
                      "amount;description\n")
               + anna
        << 1 << kAnna << "2";
    QTest::newRow("quoted fields, ; inside and doubled quotes")
        << kHeader
               + "\"001\";040000001;811218-9876;\"Anna \"\"Annie\"\" Andersson\";"
                 "\"Storgatan 1; lgh 2\";2026-10-01;2026-10-31;\"1 234,50\";Vatten\n"
        << 1
        << "001|040000001|811218-9876||Anna \"Annie\" Andersson|Storgatan 1; lgh 2|2026-10-01|"
           "2026-10-31|123450|Vatten"
        << "2";
    QTest::newRow("quoted field over two lines moves the next record's line")
        << kHeader
               + "001;040000001;811218-9876;Anna Andersson;Storgatan 1;2026-10-01;2026-10-31;"
                 "1234,50;\"Vatten\nkvartal 3\"\n"
               + bo
        << 2
        << "001|040000001|811218-9876||Anna Andersson|Storgatan 1|2026-10-01|2026-10-31|123450|"
           "Vatten\nkvartal 3"
        << "2,4";
    QTest::newRow("blank lines and ;;; rows are skipped")
        << "\n" + kHeader + "\n;;;;;;;;\n" + anna + "   \n" + bo << 2 << kAnna << "5,7";
    QTest::newRow("a spreadsheet's trailing ; is harmless") << kHeader + anna.chopped(1) + ";;\n"
                                                            << 1 << kAnna << "2";
    QTest::newRow("trailing ; on the header and every row")
        << kHeader.chopped(1) + ";\n" + anna.chopped(1) + ";\n"
        << 1 << kAnna << "2";
    QTest::newRow("values are trimmed")
        << kHeader
               + " 001 ; 040000001 ;811218-9876; Anna Andersson ;Storgatan 1 ; 2026-10-01;"
                 "2026-10-31 ; 1234,50 ;Vatten \n"
        << 1 << kAnna << "2";
    QTest::newRow("header only: no invoices, no problem") << kHeader << 0 << QString() << "";
    QTest::newRow("amount with a decimal point")
        << kHeader + "001;040000001;811218-9876;A;B;2026-10-01;2026-10-31;1234.50;X\n"
        << 1 << "001|040000001|811218-9876||A|B|2026-10-01|2026-10-31|123450|X"
        << "2";
    QTest::newRow("credit invoice, negative amount")
        << kHeader + "001;040000001;811218-9876;A;B;2026-10-01;2026-10-31;-50;X\n"
        << 1 << "001|040000001|811218-9876||A|B|2026-10-01|2026-10-31|-5000|X"
        << "2";
    QTest::newRow("dates as YYYYMMDD and YYMMDD")
        << kHeader + "001;040000001;811218-9876;A;B;20261001;261031;10;X\n"
        << 1 << "001|040000001|811218-9876||A|B|2026-10-01|2026-10-31|1000|X"
        << "2";
    QTest::newRow("customer_number instead of id_number")
        << QByteArray("company;invoice_number;customer_number;name;invoice_date;due_date;amount\n"
                      "001;040000001;K-17;Anna;2026-10-01;2026-10-31;10\n")
        << 1 << "001|040000001||K-17|Anna||2026-10-01|2026-10-31|1000|"
        << "2";
    QTest::newRow("UTF-8 letters kept")
        << kHeader
               + "001;040000001;811218-9876;Åsa Öberg;Ängsvägen 3;2026-10-01;2026-10-31;10;"
                 "Fjärrvärme\n"
        << 1
        << "001|040000001|811218-9876||Åsa Öberg|Ängsvägen 3|2026-10-01|2026-10-31|1000|"
           "Fjärrvärme"
        << "2";

    const QByteArray annaJson =
        R"({"company": "001", "invoice_number": "040000001", "id_number": "811218-9876",
    "name": "Anna Andersson", "address": "Storgatan 1", "invoice_date": "2026-10-01",
    "due_date": "2026-10-31", "amount": "1 234,50", "description": "Vatten"})";
    QTest::newRow("JSON array") << "[\n  " + annaJson + "\n]\n" << 1 << kAnna << "2";
    QTest::newRow("JSON {\"invoices\": [...]}")
        << "{\"invoices\": [" + annaJson + ",\n" + annaJson + "]}" << 2 << kAnna << "1,4";
    QTest::newRow("JSON with BOM and blanks first")
        << "\xEF\xBB\xBF\n  [" + annaJson + "]" << 1 << kAnna << "2";
    QTest::newRow("JSON amount_ore as an integer")
        << QByteArray(R"([{"company": "001", "invoice_number": "040000001", "customer_number":
            "K1", "name": "A", "invoice_date": "2026-10-01", "due_date": "2026-10-31",
            "amount_ore": 9999999999}])")
        << 1 << "001|040000001||K1|A||2026-10-01|2026-10-31|9999999999|"
        << "1";
    QTest::newRow("JSON amount_ore as a string of digits")
        << QByteArray(R"([{"company": "001", "invoice_number": "040000001", "customer_number":
            "K1", "name": "A", "invoice_date": "2026-10-01", "due_date": "2026-10-31",
            "amount_ore": "-5000"}])")
        << 1 << "001|040000001||K1|A||2026-10-01|2026-10-31|-5000|"
        << "1";
    QTest::newRow("JSON lines and null fields")
        << QByteArray(R"([{"company": "001", "invoice_number": "070000001", "customer_number":
            "K1", "name": "A", "address": null, "invoice_date": "2026-11-01",
            "due_date": "2026-11-30", "amount_ore": 650000, "lines": [
              {"text": "Hyra", "amount": "6000"}, {"text": "P-plats", "amount_ore": 50000}]}])")
        << 1 << "001|070000001||K1|A||2026-11-01|2026-11-30|650000||Hyra=600000,P-plats=50000"
        << "1";
    QTest::newRow("JSON empty array") << QByteArray("[]") << 0 << QString() << "";
    QTest::newRow("JSON string with brackets does not confuse line numbers")
        << QByteArray("[\n") + R"({"company": "001", "invoice_number": "040000001", "name": "[{,",
            "customer_number": "K", "invoice_date": "2026-10-01", "due_date": "2026-10-31",
            "amount": "1"},)"
               + "\n\n" + annaJson + "]"
        << 2 << "001|040000001||K|[{,||2026-10-01|2026-10-31|100|"
        << "2,6";
}

void TestInvoiceFile::readsGoodFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(int, count);
    QFETCH(QString, first);
    QFETCH(QString, lines);
    const InvoiceFile file = InvoiceFileReader::read(input, kToday);
    QVERIFY2(file.readable, qPrintable(problemList(file)));
    QVERIFY2(!file.hasProblems(), qPrintable(problemList(file)));
    QCOMPARE(file.drafts.size(), count);
    QCOMPARE(file.lines.size(), count);
    if (count > 0)
        QCOMPARE(summary(file.drafts.first()), first);
    QStringList actualLines;
    for (int line : file.lines)
        actualLines << QString::number(line);
    QCOMPARE(actualLines.join(QLatin1Char(',')), lines);
}

void TestInvoiceFile::reportsProblems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QStringList>("expected"); // "LINE:field" per problem, in order

    const QByteArray good = "001;040000001;811218-9876;Anna;Gatan 1;2026-10-01;2026-10-31;10;X\n";
    auto record = [](const char *amount, const char *invoiceDate, const char *dueDate) {
        return QByteArray("001;040000002;811218-9876;Bo;Gatan 2;") + invoiceDate + ';' + dueDate
               + ';' + amount + ";X\n";
    };

    QTest::newRow("empty file") << QByteArray() << false << QStringList{"1:"};
    QTest::newRow("only a BOM and blank lines")
        << QByteArray("\xEF\xBB\xBF\n\n  \n") << false << QStringList{"1:"};
    QTest::newRow("unknown column")
        << QByteArray("company;invoice_number;id_number;name;invoice_date;due_date;amount;colour\n")
        << false << QStringList{"1:colour"};
    QTest::newRow("missing required column amount")
        << QByteArray("company;invoice_number;id_number;name;invoice_date;due_date\n") << false
        << QStringList{"1:amount"};
    QTest::newRow("neither id_number nor customer_number")
        << QByteArray("company;invoice_number;name;invoice_date;due_date;amount\n") << false
        << QStringList{"1:id_number"};
    QTest::newRow("column twice") << QByteArray(
        "company;invoice_number;id_number;name;invoice_date;due_date;amount;name\n")
                                  << false << QStringList{"1:name"};
    QTest::newRow("empty column heading")
        << QByteArray("company;invoice_number;id_number;;name;invoice_date;due_date;amount\n"
                      "001;040000001;811218-9876;A;2026-10-01;2026-10-31;10;x\n")
        << false << QStringList{"1:"};
    QTest::newRow("bad amount 12,345") << kHeader + record("12,345", "2026-10-01", "2026-10-31")
                                       << true << QStringList{"2:amount"};
    QTest::newRow("11-digit amount") << kHeader + record("12345678901", "2026-10-01", "2026-10-31")
                                     << true << QStringList{"2:amount"};
    QTest::newRow("11-digit amount with öre")
        << kHeader + record("123456789,01", "2026-10-01", "2026-10-31") << true
        << QStringList{"2:amount"};
    QTest::newRow("letters in the amount")
        << kHeader + record("10 kr", "2026-10-01", "2026-10-31") << true << QStringList{"2:amount"};
    QTest::newRow("empty amount") << kHeader + record("", "2026-10-01", "2026-10-31") << true
                                  << QStringList{"2:amount"};
    QTest::newRow("30 February") << kHeader + record("10", "2026-02-30", "2026-10-31") << true
                                 << QStringList{"2:invoice_date"};
    QTest::newRow("month 13") << kHeader + record("10", "2026-10-01", "20261301") << true
                              << QStringList{"2:due_date"};
    QTest::newRow("YY-MM-DD is not accepted") << kHeader + record("10", "26-10-01", "2026-10-31")
                                              << true << QStringList{"2:invoice_date"};
    QTest::newRow("date with a slash") << kHeader + record("10", "2026/10/01", "2026-10-31") << true
                                       << QStringList{"2:invoice_date"};
    QTest::newRow("every bad line, good lines not listed")
        << kHeader + good + record("12,345", "2026-10-01", "2026-10-31") + good
               + record("10", "2026-02-30", "x") + good
        << true << QStringList{"3:amount", "5:invoice_date", "5:due_date"};
    QTest::newRow("too few fields") << kHeader + "001;040000001;811218-9876;Anna\n"
                                    << true << QStringList{"2:"};
    QTest::newRow("too many fields") << kHeader + good.chopped(1) + ";extra\n"
                                     << true << QStringList{"2:"};
    QTest::newRow("quote never closed")
        << kHeader + good + "001;040000002;811218-9876;\"Bo;Gatan;2026-10-01\n"
        << true << QStringList{"3:"};
    QTest::newRow("quote inside an unquoted field")
        << kHeader + "001;040000001;811218-9876;Anna \"A\";Gatan 1;2026-10-01;2026-10-31;10;X\n"
        << true << QStringList{"2:"};
    QTest::newRow("text after a closing quote")
        << kHeader + "001;040000001;811218-9876;\"Anna\"x;Gatan 1;2026-10-01;2026-10-31;10;X\n"
        << true << QStringList{"2:"};
    QTest::newRow("Latin-1, not UTF-8")
        << kHeader + good + "001;040000002;811218-9876;\xC5sa;G;2026-10-01;2026-10-31;10;X\n"
        << false << QStringList{"3:"};

    const QByteArray head = R"({"company": "001", "invoice_number": "040000001", "name": "A",
        "customer_number": "K1", "invoice_date": "2026-10-01", "due_date": "2026-10-31")";
    QTest::newRow("JSON syntax error names its line")
        << QByteArray("[\n  {\"company\": \"001\",\n  }\n]") << false << QStringList{"3:"};
    QTest::newRow("JSON unknown key") << "[\n" + head + R"(, "amount": "1", "colour": "red"}])"
                                      << true << QStringList{"2:colour"};
    QTest::newRow("JSON amount as a number")
        << "[" + head + R"(, "amount": 12.5}])" << true << QStringList{"1:amount"};
    QTest::newRow("JSON both amount and amount_ore")
        << "[" + head + R"(, "amount": "1", "amount_ore": 100}])" << true
        << QStringList{"1:amount"};
    QTest::newRow("JSON amount missing") << "[" + head + "}]" << true << QStringList{"1:amount"};
    QTest::newRow("JSON amount_ore with a fraction")
        << "[" + head + R"(, "amount_ore": 100.5}])" << true << QStringList{"1:amount_ore"};
    QTest::newRow("JSON amount_ore over 10 digits")
        << "[" + head + R"(, "amount_ore": 10000000000}])" << true << QStringList{"1:amount_ore"};
    QTest::newRow("JSON text field as a number")
        << QByteArray(R"([{"company": 1, "invoice_number": "040000001", "name": "A",
        "customer_number": "K1", "invoice_date": "2026-10-01", "due_date": "2026-10-31",
        "amount": "1"}])")
        << true << QStringList{"1:company"};
    QTest::newRow("JSON bad date") << QByteArray(R"([{"company": "001", "invoice_number":
        "040000001", "name": "A", "customer_number": "K1", "invoice_date": "2026-02-29",
        "due_date": "2026-10-31", "amount": "1"}])")
                                   << true << QStringList{"1:invoice_date"};
    QTest::newRow("JSON element that is not an object") << "[" + head + R"(, "amount": "1"},
        "040000002"])" << true << QStringList{"3:"};
    QTest::newRow("JSON bad invoice line")
        << "[" + head + R"(, "amount": "1", "lines": [{"text": "A", "amount": "x"}]}])" << true
        << QStringList{"1:lines[0].amount"};
    QTest::newRow("JSON object without invoices")
        << QByteArray(R"({"fakturor": []})") << false << QStringList{"1:"};
}

void TestInvoiceFile::reportsProblems()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, readable);
    QFETCH(QStringList, expected);
    const InvoiceFile file = InvoiceFileReader::read(input, kToday);
    QStringList actual;
    for (const rsk::InvoiceFileProblem &p : file.problems) {
        actual << QStringLiteral("%1:%2").arg(p.line).arg(p.field);
        QVERIFY2(!p.message.isEmpty(), "every problem says why");
    }
    QCOMPARE(file.readable, readable);
    QVERIFY2(actual == expected, qPrintable(problemList(file)));
}

void TestInvoiceFile::keepsDraftsWithFieldProblems()
{
    // The CLI checks the rest of a record against the ledger too, so a record
    // with a bad field is still a draft, with the field left empty.
    const InvoiceFile file = InvoiceFileReader::read(
        kHeader
            + "001;040000001;811218-9876;Anna;Gatan 1;2026-02-30;2026-10-31;12,345;X\n"
              "001;040000002;811218-9876;Bo;Gatan 2;2026-10-01;2026-10-31;10;X\n",
        kToday);
    QVERIFY(file.readable);
    QCOMPARE(file.drafts.size(), 2);
    QCOMPARE(file.lines, (QList<int>{2, 3}));
    QVERIFY(!file.drafts.at(0).invoiceDate.isValid());
    QCOMPARE(file.drafts.at(0).amount.ore(), qint64(0));
    QCOMPARE(file.drafts.at(0).name, QStringLiteral("Anna"));
    QVERIFY(file.hasProblem(2, QStringLiteral("amount")));
    QVERIFY(file.hasProblem(2, QStringLiteral("invoice_date")));
    QVERIFY(!file.hasProblem(2, QStringLiteral("name")));
    QVERIFY(!file.hasProblem(3, QStringLiteral("amount")));
}

void TestInvoiceFile::columnsFollowCliMd()
{
    // CLI.md "Invoice CSV (import invoices)", the contract.
    QCOMPARE(InvoiceFileReader::columns().join(QLatin1Char(';')),
             QStringLiteral("company;invoice_number;routine;customer_number;id_number;name;name2;"
                            "co;address;postal_code;city;country;invoice_date;due_date;amount;ocr;"
                            "register_id;department;handler;description"));
    for (const QString &c : InvoiceFileReader::requiredColumns())
        QVERIFY(InvoiceFileReader::columns().contains(c));
}

QTEST_GUILESS_MAIN(TestInvoiceFile)
#include "tst_invoicefile.moc"
