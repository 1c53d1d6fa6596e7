// Importera fakturor driven by the keyboard: Enter checks the file and
// changes nothing; F10 checks again, asks with the count and the sum and
// imports all or nothing; every bad line is listed with its line and field;
// a file read twice is refused line by line; a line of a company the user
// may not change is a bad line; a clerk is refused.
#include "uitestsupport.h"

#include "ledger/invoicerepository.h"
#include "screens/invoiceimportscreen.h"
#include "testledger.h"
#include "users/access.h"
#include "widgets/keylegend.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QByteArray kHeader
    = "company;invoice_number;id_number;name;address;postal_code;city;invoice_date;due_date;"
      "amount\n";

// Two good invoices: 1 234,50 + 500,00 = 1 734,50 kr (173 450 öre).
const QByteArray kGood = kHeader
                         + "001;040000101;811218-9876;Andersson, Anna;Storgatan 1;123 45;Småstad;"
                           "2026-11-01;2026-11-30;1234,50\n"
                           "001;040000102;556036-0793;Bolaget AB;Box 7;123 46;Småstad;"
                           "2026-11-01;2026-12-01;500\n";

} // namespace

class TestInvoiceImportScreen : public ScreenTest<InvoiceImportScreen>
{
    Q_OBJECT

private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void keyLegend();
    void enterChecksAndChangesNothing();
    void f10AsksAndImportsAll();
    void cancelledImportChangesNothing();
    void fileReadTwiceIsRefusedLineByLine();
    void badLinesAreListed_data();
    void badLinesAreListed();
    void companyWithoutAccessIsABadLine();
    void clerkIsRefused();
    void missingFileIsNamed();
    void screenshots();

private:
    InvoiceImportScreen *open()
    {
        return showScreen({QLatin1String(InvoiceImportScreen::kId),
                           QStringLiteral("&Importera fakturor"), QString(), Role::Supervisor},
                          shellOver(m_ledger->db.get(),
                                    {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                     {QStringLiteral("002"), QStringLiteral("Bolaget")}}),
                          QSize(1100, 600), QStringLiteral("001"));
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    void enterFile(const QString &path)
    {
        auto *file = child<QLineEdit>("fileEdit");
        file->setFocus();
        file->selectAll();
        type(path);
    }
    QStringList errors() const
    {
        QStringList out;
        auto *list = child<QListWidget>("errorList");
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }
    QString status() const { return m_screen->statusText(); }
    bool exists(const QString &company, const QString &number)
    {
        return InvoiceRepository(*m_ledger->db).exists(company, number);
    }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_dir;
};

void TestInvoiceImportScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 11, 26));
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Bolaget"));
}

void TestInvoiceImportScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestInvoiceImportScreen::keyLegend()
{
    open();
    QCOMPARE(m_screen->keyLegend()->text(),
             QStringLiteral("F3=Bakåt  F4=Välj fil  F10=Importera"));
}

void TestInvoiceImportScreen::enterChecksAndChangesNothing()
{
    open();
    const qint64 before = m_ledger->count(QStringLiteral("invoice"));
    enterFile(write(QStringLiteral("good.csv"), kGood));
    press(Qt::Key_Return);

    auto *table = child<QTableWidget>("invoiceTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, InvoiceImportScreen::Line)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, InvoiceImportScreen::Invoice)->text(), QStringLiteral("040000101"));
    QCOMPARE(table->item(1, InvoiceImportScreen::Name)->text(), QStringLiteral("Bolaget AB"));
    QCOMPARE(table->item(1, InvoiceImportScreen::DueDate)->text(), QStringLiteral("2026-12-01"));
    QCOMPARE(table->item(0, InvoiceImportScreen::Amount)->text(),
             Money::fromOre(123450).toString());
    QVERIFY2(status().contains(QStringLiteral("2 fakturor på sammanlagt %1 kr")
                                   .arg(Money::fromOre(173450).toString())),
             qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("Ingenting har ändrats")), qPrintable(status()));
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), before);
    QVERIFY(!exists(QStringLiteral("001"), QStringLiteral("040000101")));
}

void TestInvoiceImportScreen::f10AsksAndImportsAll()
{
    open();
    const qint64 before = m_ledger->count(QStringLiteral("invoice"));
    enterFile(write(QStringLiteral("good.csv"), kGood));
    answerNextQuestion(Qt::Key_I); // &Importera
    press(Qt::Key_F10);
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), before + 2);
    QVERIFY(exists(QStringLiteral("001"), QStringLiteral("040000101")));
    QVERIFY(exists(QStringLiteral("001"), QStringLiteral("040000102")));
    QVERIFY2(status().contains(QStringLiteral("good.csv: 2 fakturor på sammanlagt %1 kr är "
                                              "importerade.")
                                   .arg(Money::fromOre(173450).toString())),
             qPrintable(status()));
    // One approved batch named after the file.
    QCOMPARE(m_ledger->db
                 ->scalar(QStringLiteral("SELECT description FROM batch WHERE status = "
                                         "'approved' ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("Import från good.csv"));
}

void TestInvoiceImportScreen::cancelledImportChangesNothing()
{
    open();
    const qint64 before = m_ledger->count(QStringLiteral("invoice"));
    enterFile(write(QStringLiteral("good.csv"), kGood));
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), before);
    QCOMPARE(status(), QStringLiteral("Ingenting har importerats."));
}

void TestInvoiceImportScreen::fileReadTwiceIsRefusedLineByLine()
{
    open();
    const QString path = write(QStringLiteral("good.csv"), kGood);
    enterFile(path);
    answerNextQuestion(Qt::Key_I);
    press(Qt::Key_F10);
    const qint64 after = m_ledger->count(QStringLiteral("invoice"));

    // The same file again: both lines are duplicates; F10 does not even ask.
    enterFile(path);
    press(Qt::Key_F10);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), after);
    QCOMPARE(errors(),
             QStringList({QStringLiteral("rad 2: invoice_number: faktura 040000101 finns redan i "
                                         "företag 001"),
                          QStringLiteral("rad 3: invoice_number: faktura 040000102 finns redan i "
                                         "företag 001")}));
    QVERIFY2(status().startsWith(QStringLiteral("good.csv har 2 fel på 2 rader; ingen faktura "
                                                "har importerats.")),
             qPrintable(status()));
}

void TestInvoiceImportScreen::badLinesAreListed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // "rad 3: field: …" — the start of the one error

    const QByteArray ok = "Gatan 1;123 45;Småstad;2026-11-01;2026-11-30;";
    QTest::newRow("wrong check digit in the person number")
        << "001;040000201;811218-9875;Fel Pnr;" + ok + "100\n"
        << QStringLiteral("rad 3: id_number: person-/organisationsnummer");
    QTest::newRow("amount of 11 digits")
        << "001;040000202;811218-9876;För Mycket;" + ok + "12345678901\n"
        << QStringLiteral("rad 3: amount: ");
    QTest::newRow("name of 31 characters")
        << "001;040000203;811218-9876;Abcdefghijabcdefghijabcdefghij1;" + ok + "100\n"
        << QStringLiteral("rad 3: name: ");
    QTest::newRow("due date before the invoice date")
        << QByteArray("001;040000204;811218-9876;Tidig;Gatan 1;123 45;Småstad;2026-11-30;"
                      "2026-11-01;100\n")
        << QStringLiteral("rad 3: due_date: ");
    QTest::newRow("unknown company")
        << "009;040000205;811218-9876;Inget Företag;" + ok + "100\n"
        << QStringLiteral("rad 3: company: företag \"009\" finns inte");
    QTest::newRow("unknown routine")
        << "001;990000206;811218-9876;Ingen Rutin;" + ok + "100\n"
        << QStringLiteral("rad 3: routine: rutin 99 finns inte");
}

void TestInvoiceImportScreen::badLinesAreListed()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    open();
    const qint64 before = m_ledger->count(QStringLiteral("invoice"));
    // Line 2 is good, line 3 is the bad one: nothing is imported, not even line 2.
    const QByteArray file = kHeader
                            + "001;040000200;811218-9876;Bra Rad;Gatan 1;123 45;Småstad;"
                              "2026-11-01;2026-11-30;100\n"
                            + line;
    enterFile(write(QStringLiteral("bad.csv"), file));
    press(Qt::Key_F10);
    QVERIFY(!QApplication::activeModalWidget());
    const QStringList list = errors();
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().startsWith(expected), qPrintable(list.first()));
    QCOMPARE(child<QTableWidget>("invoiceTable")->rowCount(), 0);
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), before);
    QVERIFY(!exists(QStringLiteral("001"), QStringLiteral("040000200")));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("fileEdit"));
}

void TestInvoiceImportScreen::companyWithoutAccessIsABadLine()
{
    // A supervisor of 001 only: the line of 002 is named, nothing is imported.
    m_ledger->db->setAccess(
        Access(QStringLiteral("kalle"), Role::Supervisor, {QStringLiteral("001")}));
    open();
    const QByteArray file = kGood
                            + "002;040000103;811218-9876;Annat Bolag;Gatan 1;123 45;Småstad;"
                              "2026-11-01;2026-11-30;100\n";
    enterFile(write(QStringLiteral("two.csv"), file));
    press(Qt::Key_F10);
    QCOMPARE(errors(), QStringList(QStringLiteral(
                           "rad 4: company: du har inte behörighet att registrera fakturor i "
                           "företag 002")));
    QVERIFY(!exists(QStringLiteral("001"), QStringLiteral("040000101")));
    QVERIFY(!exists(QStringLiteral("002"), QStringLiteral("040000103")));
}

void TestInvoiceImportScreen::clerkIsRefused()
{
    m_ledger->db->setAccess(Access(QStringLiteral("kalle"), Role::Clerk, {QStringLiteral("001")}));
    open();
    const qint64 before = m_ledger->count(QStringLiteral("invoice"));
    enterFile(write(QStringLiteral("good.csv"), kGood));
    press(Qt::Key_Return);
    QVERIFY2(status().contains(QStringLiteral("Importera fakturor")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("arbetsledare")), qPrintable(status()));
    QCOMPARE(m_ledger->count(QStringLiteral("invoice")), before);
}

void TestInvoiceImportScreen::missingFileIsNamed()
{
    open();
    press(Qt::Key_Return);
    QCOMPARE(status(), QStringLiteral("Skriv filens namn eller välj den med F4."));
    const QString path = m_dir.filePath(QStringLiteral("finns-inte.csv"));
    enterFile(path);
    press(Qt::Key_Return);
    QVERIFY2(status().startsWith(QStringLiteral("Kan inte läsa filen \"%1\": ").arg(path)),
             qPrintable(status()));
}

void TestInvoiceImportScreen::screenshots()
{
    open();
    enterFile(write(QStringLiteral("good.csv"), kGood));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("invoice-import-checked.png"));
    const QByteArray bad = kHeader
                           + "001;040000301;811218-9875;Fel Pnr;Gatan 1;123 45;Småstad;"
                             "2026-11-01;2026-11-30;100\n"
                             "009;040000302;811218-9876;Inget Företag;Gatan 1;123 45;Småstad;"
                             "2026-11-30;2026-11-01;12345678901\n";
    enterFile(write(QStringLiteral("bad.csv"), bad));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("invoice-import-errors.png"));
}

QTEST_MAIN(TestInvoiceImportScreen)
#include "tst_invoiceimportscreen.moc"
