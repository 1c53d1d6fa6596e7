// Visa > Sparade utskrifter driven by the keyboard, after a booking run made
// on the Uppdatera bokföring screen (F10): the run's booking order is listed
// (newest first, with its pages and how long it is kept); Enter and F16 show
// it in a print preview with its page; F9 writes the stored PDF byte for
// byte; F6 removes it after a question for a supervisor and is refused for
// a read-only user without a question; F8 changes the days for an
// administrator only.
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "bookingorderdocument.h"
#include "ledger/posting.h"
#include "reports/savedprints.h"
#include "purgefixture.h"
#include "screens/bookingrunscreen.h"
#include "screens/paidinvoicepurgescreen.h"
#include "screens/savedprintsscreen.h"
#include "testledger.h"
#include "users/access.h"
#include "widgets/keylegend.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSavedPrintsScreen : public ScreenTest<Screen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void theRunsOrderIsListed();
    void enterAndF16ShowThePreview_data();
    void enterAndF16ShowThePreview();
    void f9SavesTheSameBytes();
    void aPrintGoneMeanwhileIsNamedAndTheListReadAgain_data();
    void aPrintGoneMeanwhileIsNamedAndTheListReadAgain();
    void f6SupervisorRemovesAfterTheQuestion();
    void f6ReadOnlyUserIsRefused();
    void f8ChangesTheDays_data();
    void f8ChangesTheDays();
    void aPurgeOnItsScreenIsListed();
    void screenshot();

private:
    SavedPrintsScreen *open();
    SavedPrintsScreen *screen() const { return static_cast<SavedPrintsScreen *>(m_screen.get()); }
    QTableWidget *table() const { return child<QTableWidget>("printTable"); }
    QString cell(int row, int column) const
    {
        const QTableWidgetItem *item = table()->item(row, column);
        return item ? item->text() : QString();
    }
    qint64 savedCount()
    {
        return m_ledger->db->scalar(QStringLiteral("SELECT COUNT(*) FROM saved_print"))
            .toLongLong();
    }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
    QString m_orderPdf;
};

// Today 2026-11-26; 040000001 1 000,00 of 001 paid 400,00 by bankgiro on
// 11-20; the booking run of today on Uppdatera bokföring books it (F10,
// "Kör") and writes bokforing-20261126.pdf, which it keeps as a saved print.
void TestSavedPrintsScreen::init()
{
    m_ledger = std::make_unique<TestLedger>(QDate(2026, 11, 26));
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000))});
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = QStringLiteral("040000001");
    r.method = QStringLiteral("B");
    r.amount = Money::fromKronor(400);
    r.transactionDate = QDate(2026, 11, 20);
    PostingService(*m_ledger->db).post(r);

    auto *booking = showScreen<BookingRunScreen>(
        {QLatin1String(BookingRunScreen::kId), QStringLiteral("&Uppdatera bokföring"),
         QStringLiteral("4.6")},
        shellOver(m_ledger->db.get()), QSize(1000, 700), kCompany);
    booking->setOutputDirectory(m_out.path());
    booking->setPreviewer([](const BookingOrderDocument &) { return true; });
    answerNextQuestion(Qt::Key_K); // &Kör
    press(Qt::Key_F10);
    QVERIFY2(booking->errorText().isEmpty(), qPrintable(booking->errorText()));
    m_orderPdf = booking->lastPdfPath();
    QVERIFY(QFile::exists(m_orderPdf));
    closeScreen();
}

void TestSavedPrintsScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
    for (const QString &f : QDir(m_out.path()).entryList(QDir::Files))
        QFile::remove(m_out.filePath(f));
}

SavedPrintsScreen *TestSavedPrintsScreen::open()
{
    auto *s = showScreen<SavedPrintsScreen>(
        {QLatin1String(SavedPrintsScreen::kId), QStringLiteral("&Sparade utskrifter"),
         QStringLiteral("9.1")},
        shellOver(m_ledger->db.get()), QSize(1100, 640), kCompany);
    s->setOutputDirectory(m_out.path());
    return s;
}

void TestSavedPrintsScreen::theRunsOrderIsListed()
{
    open();
    QCOMPARE(child<QLineEdit>("company")->text(), kCompany);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(cell(0, SavedPrintsScreen::Kind), QStringLiteral("Bokföringsorder"));
    QCOMPARE(cell(0, SavedPrintsScreen::Company), kCompany);
    QCOMPARE(cell(0, SavedPrintsScreen::Title),
             QStringLiteral("Bokföringsorder A 1, bokföringsdatum 2026-11-26"));
    QCOMPARE(cell(0, SavedPrintsScreen::Pages), QStringLiteral("1"));
    QCOMPARE(cell(0, SavedPrintsScreen::By), QStringLiteral("testare"));
    // 2026-11-26 + 2557 days (7 * 365 + the leap days of 2028 and 2032).
    QCOMPARE(cell(0, SavedPrintsScreen::KeepUntil), QStringLiteral("2033-11-26"));
    QCOMPARE(QApplication::focusWidget(), table());
    QCOMPARE(table()->currentRow(), 0);
    // The days of each kind, under the list.
    auto *settings = child<QTableWidget>("settingsTable");
    QCOMPARE(settings->rowCount(), 2);
    QCOMPARE(settings->item(0, 1)->text(), QStringLiteral("2557 dagar"));
    QCOMPARE(settings->item(1, 1)->text(), QStringLiteral("90 dagar"));
    const QString legend = screen()->keyLegend()->text();
    for (const char *key : {"F4=Lista", "F5=Uppdatera", "F6=Ta bort", "F8=Inställningar",
                            "F9=Spara som", "F16=Skriv ut"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));

    // Another kind selected: none; back to every kind: the order again.
    child<QLineEdit>("kind")->setFocus();
    type(QStringLiteral("rensning"));
    press(Qt::Key_Return);
    QCOMPARE(table()->rowCount(), 0);
    QCOMPARE(screen()->statusText(), QStringLiteral("Inga sparade utskrifter med detta urval."));
    child<QLineEdit>("kind")->selectAll();
    press(Qt::Key_Backspace);
    press(Qt::Key_Return);
    QCOMPARE(table()->rowCount(), 1);
}

void TestSavedPrintsScreen::enterAndF16ShowThePreview_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Enter on the row") << int(Qt::Key_Return);
    QTest::newRow("F16 (Shift+F4)") << int(Qt::Key_F16);
}

void TestSavedPrintsScreen::enterAndF16ShowThePreview()
{
    QFETCH(int, key);
    open();
    table()->setFocus();
    QString name;
    int pages = -1;
    bool topLevel = false;
    QImage shown;
    onNextModal([&](QWidget *dialog) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog);
        if (preview) {
            name = preview->objectName();
            topLevel = preview->isWindow();
            if (auto *widget = preview->findChild<QPrintPreviewWidget *>()) {
                pages = widget->pageCount();
                widget->fitInView();
                QCoreApplication::processEvents();
                shown = widget->grab().toImage();
            }
        }
        dialog->close();
    });
    press(Qt::Key(key));
    QCOMPARE(name, QStringLiteral("savedPrintPreview"));
    QVERIFY(topLevel);
    // The stored PDF's one page, drawn into the preview: white paper with
    // text, not a black sheet (QtPdf leaves the paper transparent).
    QCOMPARE(pages, 1);
    QVERIFY(!shown.isNull());
    int white = 0;
    int black = 0;
    for (int y = 0; y < shown.height(); y += 2)
        for (int x = 0; x < shown.width(); x += 2) {
            const int g = qGray(shown.pixel(x, y));
            white += g > 245;
            black += g < 10;
        }
    const int sampled = ((shown.height() + 1) / 2) * ((shown.width() + 1) / 2);
    QVERIFY2(white > sampled / 5 && black < sampled / 20,
             qPrintable(QStringLiteral("white %1, black %2 of %3")
                            .arg(white)
                            .arg(black)
                            .arg(sampled)));
    QVERIFY2(screen()->errorText().isEmpty(), qPrintable(screen()->errorText()));
    QCOMPARE(screen()->statusText(),
             QStringLiteral("\"Bokföringsorder A 1, bokföringsdatum 2026-11-26\" visades (1 sidor) "
                            "men skrevs inte ut."));
}

void TestSavedPrintsScreen::f9SavesTheSameBytes()
{
    open();
    press(Qt::Key_F9);
    QVERIFY2(screen()->errorText().isEmpty(), qPrintable(screen()->errorText()));
    const SavedPrintInfo p = screen()->shown().first();
    QCOMPARE(screen()->lastSavedPath(),
             m_out.filePath(QStringLiteral("bokforingsorder-001-%1-%2.pdf")
                                .arg(QDateTime::fromString(p.createdAt, Qt::ISODate)
                                         .toString(QStringLiteral("yyyyMMdd")))
                                .arg(p.id)));
    const QByteArray written = readFile(screen()->lastSavedPath());
    QVERIFY(written.startsWith("%PDF"));
    QVERIFY(written == readFile(m_orderPdf)); // the run's own file
    QVERIFY(written == SavedPrints(*m_ledger->db).pdf(p.id));
}

void TestSavedPrintsScreen::aPrintGoneMeanwhileIsNamedAndTheListReadAgain_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("F9 save as") << int(Qt::Key_F9);
    QTest::newRow("Enter preview") << int(Qt::Key_Return);
}

void TestSavedPrintsScreen::aPrintGoneMeanwhileIsNamedAndTheListReadAgain()
{
    // Another desk removes the print while it is listed here: no file, no
    // preview, the reason is shown and the row is gone.
    QFETCH(int, key);
    open();
    QCOMPARE(table()->rowCount(), 1);
    m_ledger->db->run(QStringLiteral("DELETE FROM saved_print"));
    table()->setFocus();
    press(Qt::Key(key));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY2(screen()->errorText().contains(QStringLiteral("finns inte längre")),
             qPrintable(screen()->errorText()));
    QCOMPARE(table()->rowCount(), 0);
    QVERIFY(screen()->lastSavedPath().isEmpty());
}

void TestSavedPrintsScreen::f6SupervisorRemovesAfterTheQuestion()
{
    m_ledger->db->setAccess(Access(QStringLiteral("berit"), Role::Supervisor, {kCompany}));
    open();
    const qint64 id = screen()->shown().first().id;
    QString question;
    onNextModal([&question](QWidget *box) {
        question = static_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F6);
    QVERIFY2(question.contains(QStringLiteral("Bokföringsorder A 1, bokföringsdatum 2026-11-26")),
             qPrintable(question));
    QCOMPARE(screen()->statusText(), QStringLiteral("Ingenting togs bort."));
    QCOMPARE(savedCount(), 1LL);

    answerNextQuestion(Qt::Key_T); // &Ta bort
    press(Qt::Key_F6);
    QVERIFY2(screen()->errorText().isEmpty(), qPrintable(screen()->errorText()));
    QCOMPARE(savedCount(), 0LL);
    QCOMPARE(table()->rowCount(), 0);
    QCOMPARE(screen()->statusText(),
             QStringLiteral("\"Bokföringsorder A 1, bokföringsdatum 2026-11-26\" (företag 001) är "
                            "borttagen."));
    QCOMPARE(AuditLog(*m_ledger->db)
                 .entriesFor(QStringLiteral("saved_print"), QString::number(id))
                 .size(),
             1);
}

void TestSavedPrintsScreen::f6ReadOnlyUserIsRefused()
{
    m_ledger->db->setAccess(Access(QStringLiteral("lisa"), Role::Read, {kCompany}));
    open();
    QCOMPARE(table()->rowCount(), 1);
    bool asked = false;
    onNextModal([&asked](QWidget *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F6);
    QVERIFY(!asked);
    QCOMPARE(screen()->errorText(),
             QStringLiteral("Du har bara läsbehörighet: Att ta bort en sparad utskrift kräver "
                            "rollen arbetsledare."));
    QCOMPARE(savedCount(), 1LL);
    QCOMPARE(table()->rowCount(), 1);
    qDeleteAll(findChildren<QTimer *>());
}

void TestSavedPrintsScreen::f8ChangesTheDays_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("error"); // empty: the dialog opens
    QTest::newRow("administrator") << int(Role::Administrator) << QString();
    QTest::newRow("supervisor")
        << int(Role::Supervisor)
        << "Du har inte behörighet: Att ändra hur länge utskrifter sparas kräver rollen "
           "administratör (du är arbetsledare).";
}

void TestSavedPrintsScreen::f8ChangesTheDays()
{
    QFETCH(int, role);
    QFETCH(QString, error);
    m_ledger->db->setAccess(Access(QStringLiteral("adam"), Role(role), {kCompany}));
    open();
    bool opened = false;
    onNextModal([&opened](QWidget *dialog) {
        opened = dialog->objectName() == QLatin1String("savedPrintSettings");
        // The booking order's days (the first field, selected): 3650, Enter saves.
        QWidget *field = QApplication::focusWidget();
        QTest::keyClicks(field, QStringLiteral("3650"));
        QTest::keyClick(field, Qt::Key_Return);
    });
    press(Qt::Key_F8);
    const int days = SavedPrints(*m_ledger->db).days(SavedPrintKind::BookingOrder);
    if (error.isEmpty()) {
        QVERIFY(opened);
        QVERIFY2(screen()->errorText().isEmpty(), qPrintable(screen()->errorText()));
        QCOMPARE(days, 3650);
        QCOMPARE(screen()->statusText(), QStringLiteral("Sparas nu: Bokföringsorder 3650 dagar."));
        QCOMPARE(child<QTableWidget>("settingsTable")->item(0, 1)->text(),
                 QStringLiteral("3650 dagar"));
    } else {
        QVERIFY(!opened);
        QCOMPARE(screen()->errorText(), error);
        QCOMPARE(days, 2557);
        qDeleteAll(findChildren<QTimer *>());
    }
}

// Rensning betalda fakturor (8.4) of 001 before 2026-06-01 on its screen
// (F10, "Rensa"): its receipt list is the one print of that ledger, the
// same bytes as the file it wrote, kept 90 days (2026-11-26 + 90 =
// 2027-02-24: 4 + 31 + 31 + 24).
void TestSavedPrintsScreen::aPurgeOnItsScreenIsListed()
{
    rsk::test::PurgeFixture fixture;
    const QString pdf = m_out.filePath(QStringLiteral("kvitto.pdf"));
    const ShellContext shell = shellOver(&fixture.db());
    auto *purge = showScreen<PaidInvoicePurgeScreen>(
        {QLatin1String(PaidInvoicePurgeScreen::kId), QStringLiteral("&Rensning betalda fakturor"),
         QStringLiteral("8.4")},
        shell, QSize(1200, 760), kCompany);
    purge->findChild<QLineEdit *>(QStringLiteral("pdfFile"))->setText(pdf);
    type(QStringLiteral("260601"));
    answerNextQuestion(Qt::Key_R); // &Rensa
    press(Qt::Key_F10);
    QTRY_VERIFY(purge->lastRun());
    closeScreen();

    auto *s = showScreen<SavedPrintsScreen>(
        {QLatin1String(SavedPrintsScreen::kId), QStringLiteral("&Sparade utskrifter"),
         QStringLiteral("9.1")},
        shell, QSize(1100, 640), kCompany);
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(cell(0, SavedPrintsScreen::Kind), QStringLiteral("Kvittenslista rensning"));
    QCOMPARE(cell(0, SavedPrintsScreen::KeepUntil), QStringLiteral("2027-02-24"));
    QVERIFY(SavedPrints(fixture.db()).pdf(s->shown().first().id) == readFile(pdf));
    closeScreen();
}

// With RESKONTRA_SCREENSHOT_DIR: the list, and the preview of the order.
void TestSavedPrintsScreen::screenshot()
{
    open();
    saveShot(QStringLiteral("savedprints.png"));
    const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR");
    onNextModal([dir](QWidget *dialog) {
        dialog->resize(900, 900);
        QCoreApplication::processEvents();
        if (!dir.isEmpty())
            dialog->grab().save(QDir(QString::fromLocal8Bit(dir))
                                    .filePath(QStringLiteral("savedprints-preview.png")));
        dialog->close();
    });
    press(Qt::Key_Return);
}

QTEST_MAIN(TestSavedPrintsScreen)
#include "tst_savedprintsscreen.moc"
