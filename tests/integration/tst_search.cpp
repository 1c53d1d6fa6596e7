// Sök faktura (handbook 6.1): each field's prefix search and sort order.
#include "testledger.h"

#include "ledger/invoicesearch.h"

using namespace rsk;
using rsk::test::TestLedger;

namespace {

QStringList numbers(const QList<InvoiceSearchRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.company + QLatin1Char('/') + r.invoiceNumber;
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void search_data();
    void search();
    void foundBySecond();
    void refusesBadText_data();
    void refusesBadText();

private:
    std::unique_ptr<TestLedger> m_ledger;
};

void TestSearch::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>();
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bostäder AB"));
    auto d = [](const char *company, const char *number, qint64 kronor, const char *name,
                const char *id, const char *address, const QDate &date) {
        InvoiceDraft x = TestLedger::draft(QString::fromLatin1(number), Money::fromKronor(kronor),
                                           QString::fromUtf8(name), QString::fromLatin1(id));
        x.company = QString::fromLatin1(company);
        x.address = QString::fromUtf8(address);
        x.invoiceDate = date;
        x.dueDate = date.addDays(30);
        return x;
    };
    QList<InvoiceDraft> drafts{
        d("001", "030000001", 800, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 1, 1)),
        d("001", "030000002", 900, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 2, 1)),
        d("001", "040000001", 2500, "Åberg, Åsa", "701063-2391", "Ängsvägen 3", QDate(2026, 3, 1)),
        d("001", "040000002", 1200, "Öberg, Örjan", "194107086995", "Östra vägen 9", QDate(2026, 4, 1)),
        d("001", "040000003", 400, "Ärlig, Ärla", "19121212-1212", "Ågatan 2", QDate(2026, 4, 1)),
        d("001", "010000001", 15000, "Zetterberg, Zack", "556036-0793", "Zebravägen 1", QDate(2025, 6, 1)),
        d("002", "070000001", 7000, "Andersson, Anna", "811218-9876", "Storgatan 1", QDate(2026, 3, 15)),
    };
    drafts[1].name2 = QStringLiteral("Bengtsson, Bo");
    m_ledger->registerInvoices(drafts);
}

void TestSearch::search_data()
{
    using F = InvoiceSearch::Field;
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("amountOre");
    QTest::addColumn<QString>("companies");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("newest first (menu), both companies")
        << int(F::Newest) << "" << 0LL << ""
        << QStringList{"001/040000003", "001/040000002", "002/070000001", "001/040000001",
                       "001/030000002", "001/030000001", "001/010000001"};
    QTest::newRow("newest first in company 001 only")
        << int(F::Newest) << "" << 0LL << "001"
        << QStringList{"001/040000003", "001/040000002", "001/040000001", "001/030000002",
                       "001/030000001", "001/010000001"};
    QTest::newRow("invoice number prefix 0400 ascending")
        << int(F::InvoiceNumber) << "0400" << 0LL << ""
        << QStringList{"001/040000001", "001/040000002", "001/040000003"};
    QTest::newRow("person number 8112, highest invoice number first")
        << int(F::IdNumber) << "8112" << 0LL << ""
        << QStringList{"002/070000001", "001/030000002", "001/030000001"};
    QTest::newRow("person number with hyphen 811218-98")
        << int(F::IdNumber) << "811218-98" << 0LL << "001"
        << QStringList{"001/030000002", "001/030000001"};
    QTest::newRow("name Anders: alphabetical, company, highest number first")
        << int(F::Name) << "anders" << 0LL << ""
        << QStringList{"001/030000002", "001/030000001", "002/070000001"};
    QTest::newRow("name2 is searched too: Bengtsson")
        << int(F::Name) << "Bengt" << 0LL << "" << QStringList{"001/030000002"};
    QTest::newRow("Swedish order Å < Ä < Ö after Z (position from Z)")
        << int(F::Name) << "Z" << 0LL << "" << QStringList{"001/010000001"};
    QTest::newRow("Å prefix")
        << int(F::Name) << QString::fromUtf8("å") << 0LL << "" << QStringList{"001/040000001"};
    QTest::newRow("address Ö prefix")
        << int(F::Address) << QString::fromUtf8("Östra") << 0LL << "" << QStringList{"001/040000002"};
    QTest::newRow("customer number 2")
        << int(F::CustomerNumber) << "2" << 0LL << "001" << QStringList{"001/040000001"};
    QTest::newRow("invoice amount >= 2 500, by amount then newest")
        << int(F::MinAmount) << "" << 250000LL << ""
        << QStringList{"001/040000001", "002/070000001", "001/010000001"};
    QTest::newRow("balance >= 9 000 in 001-002")
        << int(F::MinBalance) << "" << 900000LL << "001-002" << QStringList{"001/010000001"};
}

void TestSearch::search()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(qint64, amountOre);
    QFETCH(QString, companies);
    QFETCH(QStringList, expected);
    InvoiceSearch c;
    c.field = InvoiceSearch::Field(field);
    c.text = text;
    c.amount = Money::fromOre(amountOre);
    if (!companies.isEmpty()) {
        c.companyFrom = companies.section(QLatin1Char('-'), 0, 0);
        c.companyTo = companies.section(QLatin1Char('-'), -1);
    }
    InvoiceSearchQuery query(*m_ledger->db);
    QCOMPARE(numbers(query.search(c)), expected);
    // count() goes over the same range: as many as the rows listed.
    QCOMPARE(query.count(c), qint64(expected.size()));
    // Pages of two rows (limit/offset, as a list reads them) put together
    // are the same list.
    QStringList paged;
    c.limit = 2;
    for (c.offset = 0; c.offset < expected.size() + 2; c.offset += 2)
        paged << numbers(query.search(c));
    QCOMPARE(paged, expected);
}

void TestSearch::foundBySecond()
{
    // 030000002 is Andersson, Anna with name2 Bengtsson, Bo: found by its
    // first name on "anders", by name2 on "bengt"; a plain field never says
    // second.
    InvoiceSearch c;
    c.field = InvoiceSearch::Field::Name;
    c.text = QStringLiteral("bengt");
    InvoiceSearchQuery query(*m_ledger->db);
    QList<InvoiceSearchRow> rows = query.search(c);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().foundBySecond);
    c.text = QStringLiteral("anders");
    rows = query.search(c);
    QCOMPARE(rows.size(), 3);
    for (const InvoiceSearchRow &r : rows)
        QVERIFY(!r.foundBySecond);
    c.field = InvoiceSearch::Field::Address;
    c.text = QStringLiteral("Stor");
    rows = query.search(c);
    QCOMPARE(rows.size(), 3);
    QVERIFY(!rows.first().foundBySecond);
}

void TestSearch::refusesBadText_data()
{
    using F = InvoiceSearch::Field;
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("letters in person number") << int(F::IdNumber) << "81a" << "1–10 siffror";
    QTest::newRow("eleven-digit person number") << int(F::IdNumber) << "19811218987" << "1–10 siffror";
    QTest::newRow("31-character name") << int(F::Name) << QString(31, QLatin1Char('a')) << "1–30 tecken";
    QTest::newRow("empty name") << int(F::Name) << "" << "1–30 tecken";
    QTest::newRow("ten-digit invoice number") << int(F::InvoiceNumber) << "0300000011" << "1–9 siffror";
}

void TestSearch::refusesBadText()
{
    QFETCH(int, field);
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    InvoiceSearch c;
    c.field = InvoiceSearch::Field(field);
    c.text = text;
    try {
        InvoiceSearchQuery(*m_ledger->db).search(c);
        QFAIL("search accepted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(reasonContains), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
