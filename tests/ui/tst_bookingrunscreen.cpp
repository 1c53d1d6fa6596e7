// Uppdatera bokföring (handbook 4.6) driven by the keyboard: Enter shows the
// kontrollista with the sums and changes nothing; F10 asks with the count and
// the sum, books, writes the SIE 4 file and the booking order PDF and shows
// the order; a second run books nothing; a SIE folder that cannot be written
// books nothing; a clerk cannot open the screen nor run it.
#include "uitestsupport.h"

#include "bookingorderdocument.h"
#include "ledger/posting.h"
#include "mainwindow.h"
#include "models/reporttablemodel.h"
#include "screens/bookingrunscreen.h"
#include "testledger.h"
#include "users/access.h"
#include "widgets/keylegend.h"
#include "widgets/shellstatusbar.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

void post(Database &db, const QString &invoice, qint64 ore, const QDate &date,
          const QString &user, const QString &company = kCompany)
{
    PostingRequest r;
    r.company = company;
    r.invoiceNumber = invoice;
    r.method = QStringLiteral("B"); // bankgiro: counter account 1930
    r.amount = Money::fromOre(ore);
    r.transactionDate = date;
    db.setUser(user);
    PostingService(db).post(r);
    db.setUser(QStringLiteral("testare"));
}

// "1930 {} 600.00 …" → öre, without floating point.
qint64 sieOre(const QString &text)
{
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QString digits = negative ? text.mid(1) : text;
    const qint64 v = digits.section(QLatin1Char('.'), 0, 0).toLongLong() * 100
                     + (digits.section(QLatin1Char('.'), 1, 1) + QStringLiteral("00")).left(2).toLongLong();
    return negative ? -v : v;
}

} // namespace

class TestBookingRunScreen : public ScreenTest<BookingRunScreen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void opensWithTodayAndTheCompany();
    void kontrollistaChangesNothing_data();
    void kontrollistaChangesNothing();
    void runBooksOnceAndWritesTheFiles();
    void cancelledRunChangesNothing();
    void unwritableSieFolderBooksNothing();
    void severalCompaniesOneSieFileEach();
    void f4ListsTheCompanies();
    void screenRoles_data();
    void screenRoles();
    void clerkIsRefusedBeforeTheQuestion();
    void screenshots();

private:
    BookingRunScreen *open();
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
    qint64 scalar(const char *sql)
    {
        return m_ledger->db->scalar(QString::fromLatin1(sql)).toLongLong();
    }
    // What a run may change: orders, postings, stamped transactions, the
    // verification series, the audit.
    QList<qint64> state()
    {
        return {scalar("SELECT COUNT(*) FROM booking_order"),
                scalar("SELECT COUNT(*) FROM booking_posting"),
                scalar("SELECT COUNT(*) FROM ledger_transaction WHERE booked_date IS NOT NULL"),
                scalar("SELECT next_value FROM number_series WHERE name = 'verification'"),
                scalar("SELECT COUNT(*) FROM audit_log")};
    }
    QString siePath() const { return m_out.filePath(QStringLiteral("bokforing-20261126.se")); }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
    int m_previews = 0;
    QString m_previewHtml;
};

// Today 2026-11-26. Claims 040000001 1 000,00 and 040000002 500,00 of 001;
// bankgiro payments (B): 400,00 by testare on 11-20, 200,00 by anna on 11-21
// and 100,00 by testare dated 11-27 (after the booking date: waits).
void TestBookingRunScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 11, 26));
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)),
         TestLedger::draft(QStringLiteral("040000002"), Money::fromKronor(500))});
    Database &db = *m_ledger->db;
    post(db, QStringLiteral("040000001"), 40000, QDate(2026, 11, 20), QStringLiteral("testare"));
    post(db, QStringLiteral("040000002"), 20000, QDate(2026, 11, 21), QStringLiteral("anna"));
    post(db, QStringLiteral("040000001"), 10000, QDate(2026, 11, 27), QStringLiteral("testare"));
    m_previews = 0;
    m_previewHtml.clear();
}

void TestBookingRunScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
    for (const QString &f : QDir(m_out.path()).entryList(QDir::Files))
        QFile::remove(m_out.filePath(f));
}

BookingRunScreen *TestBookingRunScreen::open()
{
    auto *s = showScreen({QLatin1String(BookingRunScreen::kId),
                          QStringLiteral("&Uppdatera bokföring"), QStringLiteral("4.6")},
                         shellOver(m_ledger->db.get()), QSize(1100, 760), kCompany);
    s->setOutputDirectory(m_out.path());
    s->setPreviewer([this](const BookingOrderDocument &d) {
        ++m_previews;
        m_previewHtml = d.html();
        return true;
    });
    return s;
}

void TestBookingRunScreen::opensWithTodayAndTheCompany()
{
    open();
    QCOMPARE(field("bookingDate")->text(), QStringLiteral("2026-11-26"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
    QCOMPARE(field("companyTo")->text(), kCompany);
    QCOMPARE(field("user")->text(), QString());
    QCOMPARE(QApplication::focusWidget(), field("companyFrom"));
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F4=Lista", "F8=Kontrollista", "F9=Bokföringsorder", "F10=Kör"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
    QCOMPARE(BookingRunScreen::suggestedSieName(QDate(2026, 11, 26)),
             QStringLiteral("bokforing-20261126.se"));
}

void TestBookingRunScreen::kontrollistaChangesNothing_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("accounts"); // "account debit credit" per posting
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("note");

    // 400 + 200: each payment credits 1510, the bank 1930 gets one
    // compressed debit of 600,00.
    QTest::newRow("everyone's up to today: 400 + 200 = 600,00")
        << "" << ""
        << QStringList{"1510  400,00", "1510  200,00", "1930 600,00 "} << "600,00"
        << "Kontrollista: 2 händelser på 1 verifikationer, debet 600,00 kr = kredit 600,00 kr.";
    QTest::newRow("only anna's: 200,00")
        << "" << "anna" << QStringList{"1510  200,00", "1930 200,00 "} << "200,00"
        << "Kontrollista: 1 händelser på 1 verifikationer, debet 200,00 kr = kredit 200,00 kr.";
    // 261127 (ÅÅMMDD) takes the 100,00 of the 27th too: 700,00.
    QTest::newRow("booking date 261127: the later payment too, 700,00")
        << "261127" << ""
        << QStringList{"1510  400,00", "1510  200,00", "1510  100,00", "1930 700,00 "}
        << "700,00"
        << "Kontrollista: 3 händelser på 1 verifikationer, debet 700,00 kr = kredit 700,00 kr.";
    QTest::newRow("booking date before every payment: nothing")
        << "261119" << "" << QStringList{} << ""
        << "Kontrollista: inget att bokföra t.o.m. 2026-11-19 med detta urval.";
}

void TestBookingRunScreen::kontrollistaChangesNothing()
{
    QFETCH(QString, date);
    QFETCH(QString, user);
    QFETCH(QStringList, accounts);
    QFETCH(QString, total);
    QFETCH(QString, note);
    open();
    if (!date.isEmpty())
        fill("bookingDate", date);
    if (!user.isEmpty())
        fill("user", user);
    const QList<qint64> before = state();
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QStringList shown;
    const int rows = m_screen->model()->rowCount();
    for (int row = 0; row < rows; ++row)
        if (!m_screen->model()->reportRow(row).isSum())
            shown << QStringLiteral("%1 %2 %3").arg(cell(row, QStringLiteral("account")),
                                                 cell(row, QStringLiteral("debit")),
                                                 cell(row, QStringLiteral("credit")));
    QCOMPARE(shown, accounts);
    if (!accounts.isEmpty()) {
        // The verification's sum and the total: debit = credit.
        QCOMPARE(rows, int(accounts.size()) + 2);
        QCOMPARE(cell(0, QStringLiteral("company")), kCompany);
        QCOMPARE(cell(0, QStringLiteral("verification")), QStringLiteral("1"));
        QCOMPARE(cell(0, QStringLiteral("account_name")).isEmpty(), false);
        for (int row : {rows - 2, rows - 1}) {
            QVERIFY(m_screen->model()->reportRow(row).isSum());
            QCOMPARE(cell(row, QStringLiteral("debit")), total);
            QCOMPARE(cell(row, QStringLiteral("credit")), total);
        }
    } else {
        QCOMPARE(rows, 0);
    }
    QVERIFY2(m_screen->noteText().startsWith(note), qPrintable(m_screen->noteText()));
    QCOMPARE(state(), before);
    QVERIFY(!QFile::exists(siePath()));
    // F8 gives the same list.
    press(Qt::Key_F8);
    QCOMPARE(m_screen->model()->rowCount(), rows);
    QCOMPARE(state(), before);
}

void TestBookingRunScreen::runBooksOnceAndWritesTheFiles()
{
    open();
    QString question;
    onNextModal([&question](QWidget *box) {
        question = static_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_K); // &Kör
    });
    press(Qt::Key_F10);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QVERIFY2(question.contains(QStringLiteral("2 händelser på 1 verifikationer, summa 600,00 kr")),
             qPrintable(question));
    QVERIFY(m_screen->lastRun());

    // The two payments up to today are booked, the 27th's waits.
    QCOMPARE(scalar("SELECT COUNT(*) FROM ledger_transaction WHERE booked_date = '2026-11-26'"),
             2LL);
    QCOMPARE(scalar("SELECT COUNT(*) FROM ledger_transaction WHERE booked_date IS NULL "
                    "AND transaction_date = '2026-11-27'"),
             1LL);
    QCOMPARE(scalar("SELECT COUNT(*) FROM booking_order"), 1LL);

    // The SIE file: one #VER, its #TRANS sum to 0 and debit 600,00.
    QCOMPARE(m_screen->lastSieFiles(), QStringList{siePath()});
    QFile sie(siePath());
    QVERIFY(sie.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(sie.readAll());
    QCOMPARE(text.count(QStringLiteral("#VER ")), 1);
    QVERIFY2(text.contains(QStringLiteral("#VER A 1 20261126")), qPrintable(text));
    qint64 sum = 0;
    qint64 debit = 0;
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("#TRANS ")))
            continue;
        const qint64 ore = sieOre(trimmed.section(QLatin1Char(' '), 3, 3));
        sum += ore;
        if (ore > 0)
            debit += ore;
    }
    QCOMPARE(sum, 0LL);
    QCOMPARE(debit, 60000LL);

    // The booking order: a PDF beside it and shown for printing.
    QCOMPARE(m_screen->lastPdfPath(), m_out.filePath(QStringLiteral("bokforing-20261126.pdf")));
    QVERIFY(QFile(m_screen->lastPdfPath()).size() > 1000);
    QCOMPARE(m_previews, 1);
    QVERIFY(m_previewHtml.contains(QStringLiteral("BOKFÖRINGSORDER")));
    QVERIFY(!m_previewHtml.contains(QStringLiteral("KONTROLLISTA")));
    const QString result = m_screen->resultText();
    QVERIFY2(result.startsWith(QStringLiteral(
                 "Bokföringen t.o.m. 2026-11-26 är gjord: 2 händelser, summa 600,00 kr.")),
             qPrintable(result));
    QVERIFY2(result.contains(QStringLiteral("Verifikation A 1, företag 001")), qPrintable(result));
    // The table now shows the run's order (not a kontrollista).
    QCOMPARE(m_screen->model()->layout().title, QStringLiteral("Bokföringsorder"));

    // Again: nothing to book, no question, nothing changed.
    const QList<qint64> after = state();
    bool asked = false;
    onNextModal([&asked](QWidget *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F10);
    QVERIFY(!asked);
    QCOMPARE(m_screen->noteText(),
             QStringLiteral("Inget att bokföra t.o.m. 2026-11-26 med detta urval; ingen körning "
                            "gjordes."));
    QCOMPARE(state(), after);
    qDeleteAll(findChildren<QTimer *>());
    // F9 shows the last run's order again.
    press(Qt::Key_F9);
    QCOMPARE(m_previews, 2);
}

void TestBookingRunScreen::cancelledRunChangesNothing()
{
    open();
    const QList<qint64> before = state();
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QCOMPARE(m_screen->noteText(), QStringLiteral("Ingen körning gjordes."));
    QCOMPARE(state(), before);
    QVERIFY(!QFile::exists(siePath()));
    QVERIFY(!m_screen->lastRun());
    QCOMPARE(m_previews, 0);
}

void TestBookingRunScreen::unwritableSieFolderBooksNothing()
{
    open();
    const QString missing = m_out.filePath(QStringLiteral("saknas"));
    m_screen->setOutputDirectory(missing);
    const QList<qint64> before = state();
    answerNextQuestion(Qt::Key_K);
    press(Qt::Key_F10);
    const QString error = m_screen->errorText();
    QVERIFY2(error.startsWith(QStringLiteral("SIE-filen kunde inte skrivas till ")
                              + QDir::toNativeSeparators(missing)),
             qPrintable(error));
    QCOMPARE(m_screen->noteText(), QStringLiteral("Ingen körning gjordes; ingenting är bokfört."));
    QCOMPARE(state(), before);
    QVERIFY(!m_screen->lastRun());
    QCOMPARE(m_previews, 0);
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files), QStringList());

    // Nothing is left locked or half-done: the same run into a folder that
    // exists books both payments.
    m_screen->setOutputDirectory(m_out.path());
    answerNextQuestion(Qt::Key_K);
    press(Qt::Key_F10);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QCOMPARE(scalar("SELECT COUNT(*) FROM ledger_transaction WHERE booked_date IS NOT NULL"), 2LL);
    QVERIFY(QFile::exists(siePath()));
}

// Company 002 with its own claim and a payment of 300,00: with both company
// fields empty every company is booked, one verification and one SIE file
// each (the company number before the suffix), one booking order PDF.
void TestBookingRunScreen::severalCompaniesOneSieFileEach()
{
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Kommunalförbundet"));
    InvoiceDraft other = TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(800));
    other.company = QStringLiteral("002");
    m_ledger->registerInvoices({other});
    post(*m_ledger->db, QStringLiteral("040000001"), 30000, QDate(2026, 11, 22),
         QStringLiteral("testare"), QStringLiteral("002"));
    open();
    field("companyFrom")->clear();
    field("companyTo")->clear();
    QString question;
    onNextModal([&question](QWidget *box) {
        question = static_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_K);
    });
    press(Qt::Key_F10);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    // 600,00 (001) + 300,00 (002) = 900,00.
    QVERIFY2(question.contains(QStringLiteral("3 händelser på 2 verifikationer, summa 900,00 kr")),
             qPrintable(question));
    const QStringList files{m_out.filePath(QStringLiteral("bokforing-20261126_001.se")),
                            m_out.filePath(QStringLiteral("bokforing-20261126_002.se"))};
    QCOMPARE(m_screen->lastSieFiles(), files);
    for (const QString &f : files)
        QVERIFY2(QFile::exists(f), qPrintable(f));
    QFile second(files.at(1));
    QVERIFY(second.open(QIODevice::ReadOnly));
    const QString text = QString::fromLatin1(second.readAll());
    QVERIFY2(text.contains(QStringLiteral("#VER A 2 20261126")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("300.00")), qPrintable(text));
    QVERIFY(QFile::exists(m_out.filePath(QStringLiteral("bokforing-20261126.pdf"))));
    QCOMPARE(scalar("SELECT COUNT(*) FROM booking_order"), 2LL);
    QCOMPARE(scalar("SELECT COUNT(*) FROM ledger_transaction WHERE booked_date IS NOT NULL"), 3LL);
    // The run's list ends with the total of both.
    const int last = m_screen->model()->rowCount() - 1;
    QCOMPARE(cell(last, QStringLiteral("debit")), QStringLiteral("900,00"));
    QCOMPARE(cell(last, QStringLiteral("credit")), QStringLiteral("900,00"));
}

void TestBookingRunScreen::f4ListsTheCompanies()
{
    m_ledger->addCompany(QStringLiteral("002"), QStringLiteral("Kommunalförbundet"));
    open();
    field("companyTo")->setFocus();
    QStringList listed;
    onNextModal([&listed](QWidget *dialog) {
        for (QListWidget *list : dialog->findChildren<QListWidget *>())
            for (int i = 0; i < list->count(); ++i)
                listed << list->item(i)->text();
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : dialog;
        QTest::keyClick(target, Qt::Key_Down);
        QTest::keyClick(target, Qt::Key_Return);
    });
    press(Qt::Key_F4);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(field("companyTo")->text(), QStringLiteral("002"));
    QCOMPARE(field("companyFrom")->text(), kCompany);
}

void TestBookingRunScreen::screenRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("opens");
    QTest::newRow("read: no") << int(Role::Read) << false;
    QTest::newRow("clerk: no") << int(Role::Clerk) << false;
    QTest::newRow("supervisor: yes") << int(Role::Supervisor) << true;
}

void TestBookingRunScreen::screenRoles()
{
    QFETCH(int, role);
    QFETCH(bool, opens);
    m_ledger->db->setAccess(Access(QStringLiteral("kalle"), Role(role), {kCompany}));
    ShellContext shell = shellOver(m_ledger->db.get());
    shell.user = QStringLiteral("kalle");
    MainWindow window(shell);
    QWidget *opened = window.openScreen(QLatin1String(BookingRunScreen::kId));
    QCOMPARE(qobject_cast<BookingRunScreen *>(opened) != nullptr, opens);
    if (!opens)
        QVERIFY2(window.shellStatusBar()->currentMessage().startsWith(
                     QStringLiteral("Du har inte behörighet att öppna")),
                 qPrintable(window.shellStatusBar()->currentMessage()));
}

// Should the screen be reached some other way, the run itself is refused.
void TestBookingRunScreen::clerkIsRefusedBeforeTheQuestion()
{
    m_ledger->db->setAccess(Access(QStringLiteral("testare"), Role::Clerk, {kCompany}));
    open();
    const QList<qint64> before = state();
    bool asked = false;
    onNextModal([&asked](QWidget *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F10);
    QVERIFY(!asked);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Du har inte behörighet")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(state(), before);
}

void TestBookingRunScreen::screenshots()
{
    open();
    press(Qt::Key_Return);
    saveShot(QStringLiteral("bookingrun-kontrollista.png"));
    answerNextQuestion(Qt::Key_K);
    press(Qt::Key_F10);
    QVERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("bookingrun-done.png"));
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(m_screen->lastPdfPath(),
                    QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("bookingorder.pdf")));
}

QTEST_MAIN(TestBookingRunScreen)
#include "tst_bookingrunscreen.moc"
