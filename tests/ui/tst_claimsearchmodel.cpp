// The Sök faktura list model (ClaimSearchModel): the first page, then the
// count, then only the pages asked for, read on the worker's own connection;
// far pages skipped, older searches' late results dropped. Asserts on what
// was read (pages, rows), never on time.
#include "demo/demogenerator.h"
#include "ledger/invoicesearch.h"
#include "models/claimsearchmodel.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace rsk;
using rsk::ui::ClaimSearchModel;

namespace {

using F = InvoiceSearch::Field;
constexpr int kPage = ClaimSearchModel::kPageSize; // 100

InvoiceSearch criteria(F field, const QString &text = {}, qint64 amountOre = 0,
                       const QString &company = {})
{
    InvoiceSearch c;
    c.field = field;
    c.text = text;
    c.amount = Money::fromOre(amountOre);
    c.companyFrom = company;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(rsk::InvoiceSearch)

class TestClaimSearchModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesAndCount_data();
    void pagesAndCount();
    void smallListNeedsNoCount();
    void keepsAtMostMaxPages();
    void skipsPagesScrolledPast();
    void newerSearchDropsOlderLateResult();
    void nearestWhenNothingStartsWithText();
    void refusedSearchFails();

private:
    // Starts the search and waits until the model has counted it.
    void searchAndWait(ClaimSearchModel &model, const InvoiceSearch &c);
    InvoiceSearchRow direct(InvoiceSearch c, int row);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_invoices = 0;
};

void TestClaimSearchModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ledger.sqlite"));
    m_db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    m_db->setUser(QStringLiteral("testare"));
    m_db->setToday(QDate(2026, 11, 26));
    DemoOptions o;
    o.invoices = 4000;
    o.seed = 7;
    m_invoices = generateDemo(*m_db, o).invoices;
    QCOMPARE(m_invoices, 4000);
}

void TestClaimSearchModel::searchAndWait(ClaimSearchModel &model, const InvoiceSearch &c)
{
    model.search(c);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == ClaimSearchModel::State::Done
                                 || model.state() == ClaimSearchModel::State::Failed,
                             20000);
}

// The row at `row` read straight from the ledger on the test's connection.
InvoiceSearchRow TestClaimSearchModel::direct(InvoiceSearch c, int row)
{
    c.offset = row;
    c.limit = 1;
    const QList<InvoiceSearchRow> rows = InvoiceSearchQuery(*m_db).search(c);
    return rows.value(0);
}

void TestClaimSearchModel::pagesAndCount_data()
{
    QTest::addColumn<InvoiceSearch>("search");
    // Every search here lists more than three pages of the 4 000 demo claims.
    QTest::newRow("newest first, every company") << criteria(F::Newest);
    QTest::newRow("newest first in company 002") << criteria(F::Newest, {}, 0, QStringLiteral("002"));
    QTest::newRow("invoice amount >= 0") << criteria(F::MinAmount, {}, 0);
    QTest::newRow("name from A on (nearest)") << [] {
        InvoiceSearch c = criteria(F::Name, QStringLiteral("A"));
        c.positionOnly = true;
        return c;
    }();
}

void TestClaimSearchModel::pagesAndCount()
{
    QFETCH(InvoiceSearch, search);
    const qint64 expected = InvoiceSearchQuery(*m_db).count(search);
    QVERIFY2(expected > 3 * kPage, qPrintable(QString::number(expected)));

    ClaimSearchModel model(m_path);
    QSignalSpy first(&model, &ClaimSearchModel::firstRowsArrived);
    QSignalSpy finished(&model, &ClaimSearchModel::searchFinished);
    searchAndWait(model, search);
    // The first page (100 rows) first, then the count: all rows, one page read.
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().first().toInt(), kPage);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toLongLong(), expected);
    QCOMPARE(model.rowCount(), int(expected));
    QCOMPARE(model.pagesFetched(), 1);
    QCOMPARE(model.pagesCached(), 1);
    QVERIFY(model.isLoaded(0));
    QVERIFY(model.isLoaded(kPage - 1));
    QVERIFY(!model.isLoaded(kPage));

    // A row in the middle: its page only is read, in the background.
    const int middle = int(expected / 2);
    const int page = middle / kPage;
    QVERIFY(!model.data(model.index(middle, ClaimSearchModel::Name)).isValid());
    QTRY_VERIFY(model.isLoaded(middle));
    QCOMPARE(model.pagesFetched(), 2);
    QVERIFY(model.isLoaded(page * kPage));
    QVERIFY(model.isLoaded(page * kPage + kPage - 1) || page * kPage + kPage > expected);
    QVERIFY(!model.isLoaded(page * kPage - 1));
    // The same claim the query itself puts there: the order is the SQL's.
    const InvoiceSearchRow want = direct(search, middle);
    QCOMPARE(model.claim(middle).company + model.claim(middle).invoiceNumber,
             want.company + want.invoiceNumber);
    QCOMPARE(model.data(model.index(middle, ClaimSearchModel::InvoiceNumber)).toString(),
             want.invoiceNumber);
    // The last row too.
    const int last = int(expected - 1);
    model.data(model.index(last, 0));
    QTRY_VERIFY(model.isLoaded(last));
    QCOMPARE(model.claim(last).invoiceNumber, direct(search, last).invoiceNumber);
    QCOMPARE(model.pagesFetched(), 3);
}

void TestClaimSearchModel::smallListNeedsNoCount()
{
    // One customer's claims fit the first page: the list is whole at once.
    const QString id = m_db->scalar(QStringLiteral("SELECT id_search FROM invoice "
                                                   "WHERE id_search <> '' ORDER BY id LIMIT 1"))
                           .toString();
    const InvoiceSearch c = criteria(F::IdNumber, id);
    const qint64 expected = InvoiceSearchQuery(*m_db).count(c);
    QVERIFY(expected > 0 && expected < kPage);
    ClaimSearchModel model(m_path);
    QSignalSpy first(&model, &ClaimSearchModel::firstRowsArrived);
    searchAndWait(model, c);
    QCOMPARE(first.size(), 1);
    QCOMPARE(model.rowCount(), int(expected));
    QCOMPARE(model.pagesFetched(), 1);
    QVERIFY(!model.positioned());
}

void TestClaimSearchModel::keepsAtMostMaxPages()
{
    // 4 000 rows newest first are 40 pages; reading pages 0..34 in turn
    // keeps the 30 used last (5..34) and has dropped 0..4.
    ClaimSearchModel model(m_path);
    searchAndWait(model, criteria(F::Newest));
    QCOMPARE(model.rowCount(), 4000);
    const int pages = ClaimSearchModel::kMaxPages + 5;
    for (int p = 1; p < pages; ++p) {
        model.data(model.index(p * kPage, 0));
        QTRY_VERIFY(model.isLoaded(p * kPage));
    }
    QCOMPARE(model.pagesFetched(), 35);
    QCOMPARE(model.pagesCached(), ClaimSearchModel::kMaxPages);
    QVERIFY(!model.isLoaded(0));
    QVERIFY(!model.isLoaded(4 * kPage + 99));
    QVERIFY(model.isLoaded(5 * kPage));
    QVERIFY(model.isLoaded(34 * kPage + 99));
}

void TestClaimSearchModel::skipsPagesScrolledPast()
{
    ClaimSearchModel model(m_path);
    searchAndWait(model, criteria(F::Newest));
    QCOMPARE(model.pagesFetched(), 1);
    // The view asks for page 10, and before the worker gets to it for page
    // 25 (the clerk dragged the scroll bar): page 10 is skipped.
    model.setWorkerPaused(true);
    model.data(model.index(10 * kPage, 0));
    QTRY_VERIFY(model.workerWaiting());
    model.data(model.index(25 * kPage + 5, 0));
    model.setWorkerPaused(false);
    QTRY_VERIFY(model.isLoaded(25 * kPage + 5));
    QVERIFY(!model.isLoaded(10 * kPage));
    QCOMPARE(model.pagesFetched(), 2); // the first page and page 25
    // Asked again, page 10 is read now.
    model.data(model.index(10 * kPage, 0));
    QTRY_VERIFY(model.isLoaded(10 * kPage));
    QCOMPARE(model.pagesFetched(), 3);
}

void TestClaimSearchModel::newerSearchDropsOlderLateResult()
{
    ClaimSearchModel model(m_path);
    QSignalSpy first(&model, &ClaimSearchModel::firstRowsArrived);
    // The older search is already past its "am I still wanted" check when
    // the newer one starts: its rows come late and must be dropped.
    model.setWorkerPaused(true);
    const InvoiceSearch older = criteria(F::Newest);
    const InvoiceSearch newer = criteria(F::MinBalance, {}, 1); // balance >= 0,01
    model.search(older);
    QTRY_VERIFY(model.workerWaiting());
    model.search(newer);
    model.setWorkerPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == ClaimSearchModel::State::Done, 20000);
    QCOMPARE(model.staleResultsDropped(), 1); // the older first page; its count never ran
    QCOMPARE(first.size(), 1);                // only the newer search's rows were shown
    QCOMPARE(model.rowCount(), int(InvoiceSearchQuery(*m_db).count(newer)));
    for (int row : {0, 1, 50, kPage - 1})
        QCOMPARE(model.claim(row).invoiceNumber, direct(newer, row).invoiceNumber);
    QVERIFY(model.claim(0).balance >= Money::fromOre(1));
}

void TestClaimSearchModel::nearestWhenNothingStartsWithText()
{
    // No demo name starts with "Zq": the list starts at the nearest name
    // after it (handbook 6.1), as the position-only query lists them.
    InvoiceSearch c = criteria(F::Name, QStringLiteral("Zq"));
    QCOMPARE(InvoiceSearchQuery(*m_db).count(c), 0);
    ClaimSearchModel model(m_path);
    searchAndWait(model, c);
    QVERIFY(model.positioned());
    QVERIFY(model.criteria().positionOnly);
    c.positionOnly = true;
    const qint64 expected = InvoiceSearchQuery(*m_db).count(c);
    QCOMPARE(model.rowCount(), int(expected));
    if (expected > 0)
        QCOMPARE(model.claim(0).invoiceNumber, direct(c, 0).invoiceNumber);

    // A prefix that exists is listed as typed, not positioned.
    const QString name = model.data(model.index(0, ClaimSearchModel::Name)).toString().left(2);
    QVERIFY(!name.isEmpty());
    searchAndWait(model, criteria(F::Name, name));
    QVERIFY(!model.positioned());
    QVERIFY(model.rowCount() > 0);
}

void TestClaimSearchModel::refusedSearchFails()
{
    ClaimSearchModel model(m_path);
    QSignalSpy failed(&model, &ClaimSearchModel::searchFailed);
    searchAndWait(model, criteria(F::IdNumber, QStringLiteral("81a")));
    QCOMPARE(model.state(), ClaimSearchModel::State::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("1–10 siffror")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestClaimSearchModel)
#include "tst_claimsearchmodel.moc"
