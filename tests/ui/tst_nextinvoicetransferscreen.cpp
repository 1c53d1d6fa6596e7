// Överföring av ej debiterade räntor och avgifter till nästa faktura
// (handbook 7.15) driven by the keyboard: the kontrollista lists the claims
// per routine and those without a person number and changes nothing; F10
// asks, writes one file per routine into the folder, stamps the claims and
// shows the kvittenslista; a second transfer finds nothing; a file already
// there is never overwritten and changes nothing.
#include "uitestsupport.h"

#include "ledger/posting.h"
#include "models/reporttablemodel.h"
#include "screens/nextinvoicetransferscreen.h"
#include "testledger.h"
#include "widgets/keylegend.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

} // namespace

class TestNextInvoiceTransferScreen : public ScreenTest<NextInvoiceTransferScreen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void opensWithTodayAndTheCompany();
    void kontrollistaListsPerRoutine();
    void transferWritesTheFilesAndStamps();
    void existingFileChangesNothing();
    void refusedSelectionShowsTheReason();
    void screenshots();

private:
    NextInvoiceTransferScreen *open();
    void fill(const char *name, const QString &text)
    {
        field(name)->setFocus();
        field(name)->selectAll();
        type(text);
    }
    QString cell(int row, const QString &key) const
    {
        ReportTableModel *m = m_screen->model();
        return m->data(m->index(row, m->layout().columnIndex(key))).toString();
    }
    QLineEdit *field(const char *name) const { return child<QLineEdit>(name); }
    qint64 stamped()
    {
        return m_ledger->db
            ->scalar(QStringLiteral("SELECT COUNT(*) FROM invoice WHERE "
                                    "next_invoice_transfer_date IS NOT NULL"))
            .toLongLong();
    }

    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh folder per test
    QString outPath() const { return m_dir->path(); }
    QString outFile(const QString &name) const { return m_dir->filePath(name); }
};

// Today 2026-12-14. Paid 70 days late (due 2024-01-31, paid 2024-04-10):
// 040000001 10 000,00 to Anna Andersson: 1 000 000×1200×70/3 650 000 = 230,14;
// 070000002 10 000,00 to Bo Berg: 230,14 + reminder fee 60,00 printed = 290,14;
// 070000003  1 000,00 to Öjvind Öberg, customer number only: 23,01 + 60,00.
void TestNextInvoiceTransferScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 12, 14));
    m_dir = std::make_unique<QTemporaryDir>();
    auto claim = [](const QString &number, qint64 kronor, const QString &name, const QString &id) {
        InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(kronor), name, id);
        d.invoiceDate = QDate(2024, 1, 1);
        d.dueDate = QDate(2024, 1, 31);
        if (id.isEmpty())
            d.customerNumber = QStringLiteral("K-77");
        return d;
    };
    m_ledger->registerInvoices(
        {claim(QStringLiteral("040000001"), 10000, QStringLiteral("Andersson, Anna"),
               QStringLiteral("811218-9876")),
         claim(QStringLiteral("070000002"), 10000, QStringLiteral("Berg, Bo"),
               QStringLiteral("750101-1238")),
         claim(QStringLiteral("070000003"), 1000, QStringLiteral("Öberg, Öjvind"), QString())});
    for (const auto &[number, kronor] : {std::pair{"040000001", 10000}, std::pair{"070000002", 10000},
                                         std::pair{"070000003", 1000}}) {
        PostingRequest r;
        r.company = kCompany;
        r.invoiceNumber = QLatin1String(number);
        r.method = QStringLiteral("B");
        r.amount = Money::fromKronor(kronor);
        r.transactionDate = QDate(2024, 4, 10);
        PostingService(*m_ledger->db).post(r);
    }
    m_ledger->db->run(QStringLiteral("UPDATE invoice SET reminder_fee_undebited_ore = 6000 WHERE "
                                     "routine = '07'"));
}

void TestNextInvoiceTransferScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

NextInvoiceTransferScreen *TestNextInvoiceTransferScreen::open()
{
    auto *s = showScreen({QLatin1String(NextInvoiceTransferScreen::kId),
                          QStringLiteral("Överföring till &nästa faktura"), QStringLiteral("7.15")},
                         shellOver(m_ledger->db.get()), QSize(1250, 760), kCompany);
    s->findChild<QLineEdit *>(QStringLiteral("folder"))->setText(outPath());
    return s;
}

void TestNextInvoiceTransferScreen::opensWithTodayAndTheCompany()
{
    open();
    QCOMPARE(field("transferDate")->text(), QStringLiteral("2026-12-14"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
    QCOMPARE(QApplication::focusWidget(), field("transferDate"));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F8=Kontrollista", "F10=Överför"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
}

void TestNextInvoiceTransferScreen::kontrollistaListsPerRoutine()
{
    open();
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    // 04: one claim + subtotal; 07: Bo + subtotal; Öjvind refused; total.
    QCOMPARE(m_screen->model()->rowCount(), 6);
    QCOMPARE(cell(0, QStringLiteral("invoice_number")), QStringLiteral("040000001"));
    QCOMPARE(cell(0, QStringLiteral("person_number")), QStringLiteral("19811218-9876"));
    QCOMPARE(cell(2, QStringLiteral("total")), QStringLiteral("290,14"));
    QCOMPARE(cell(4, QStringLiteral("invoice_number")), QStringLiteral("070000003"));
    QVERIFY(cell(4, QStringLiteral("note")).startsWith(QStringLiteral("Överförs inte: personnummer saknas")));
    // 230,14 + 290,14 = 520,28
    QCOMPARE(cell(5, QStringLiteral("total")), QStringLiteral("520,28"));
    QVERIFY2(m_screen->noteText().startsWith(
                 QStringLiteral("Kontrollista: 2 fordringar att föra över, 520,28 kr; 1 utan")),
             qPrintable(m_screen->noteText()));
    QCOMPARE(stamped(), qint64(0));
    QVERIFY(QDir(outPath()).entryList(QDir::Files).isEmpty());
}

void TestNextInvoiceTransferScreen::transferWritesTheFilesAndStamps()
{
    open();
    QString question;
    onNextModal([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_V); // "Ö&verför"
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    QVERIFY2(question.contains(QStringLiteral("Fordringar: 2, summa 520,28 kr.")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("nasta-faktura-04-2026-12-14.csv, "
                                              "nasta-faktura-07-2026-12-14.csv")),
             qPrintable(question));
    QCOMPARE(QDir(outPath()).entryList(QDir::Files),
             (QStringList{"nasta-faktura-04-2026-12-14.csv", "nasta-faktura-07-2026-12-14.csv"}));
    QCOMPARE(stamped(), qint64(2));
    QCOMPARE(m_screen->model()->layout().title,
             QStringLiteral("Kvittenslista överföring till nästa faktura 2026-12-14"));
    QVERIFY2(m_screen->resultText().contains(QStringLiteral("2 fordringar, 520,28 kr")),
             qPrintable(m_screen->resultText()));
    const QString pdf = outFile(QStringLiteral("kvittens.pdf"));
    QVERIFY(m_screen->printToPdf(pdf));
    // Once only.
    press(Qt::Key_F10);
    QVERIFY2(m_screen->noteText().startsWith(QStringLiteral("Inga fordringar att föra över")),
             qPrintable(m_screen->noteText()));
    QCOMPARE(stamped(), qint64(2));
}

void TestNextInvoiceTransferScreen::existingFileChangesNothing()
{
    open();
    QFile earlier(outFile(QStringLiteral("nasta-faktura-07-2026-12-14.csv")));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.close();
    onNextModal([](QWidget *box) { QTest::keyClick(box, Qt::Key_V); });
    press(Qt::Key_F10);
    QTRY_VERIFY(!m_screen->errorText().isEmpty());
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Filen ")), qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("folder"));
    QCOMPARE(stamped(), qint64(0));
    QCOMPARE(QDir(outPath()).entryList(QDir::Files),
             QStringList{"nasta-faktura-07-2026-12-14.csv"});
    QVERIFY(!m_screen->lastRun());
}

void TestNextInvoiceTransferScreen::refusedSelectionShowsTheReason()
{
    open();
    fill("routineFrom", QStringLiteral("4x"));
    press(Qt::Key_F10);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Rutin")), qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("routineFrom"));
    QCOMPARE(stamped(), qint64(0));
}

void TestNextInvoiceTransferScreen::screenshots()
{
    open();
    press(Qt::Key_F8);
    saveShot(QStringLiteral("nextinvoice-kontrollista.png"));
    onNextModal([](QWidget *box) { QTest::keyClick(box, Qt::Key_V); });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("nextinvoice-kvittens.png"));
}

QTEST_MAIN(TestNextInvoiceTransferScreen)
#include "tst_nextinvoicetransferscreen.moc"
