// A tour through the clerk's main screens on a generated demo ledger, in the
// real main window (1280 × 800), keyboard only: Startsida with its chart, Sök
// faktura, a claim's four tabs (with F15's interest), its change mode, the
// customer, Saldolista, Statistik, Fakturakopior and Ersättningsfaktura. Each
// stop checks that the screen shows what it should; with
// RESKONTRA_SCREENSHOT_DIR set the window is saved there as PNG at each stop
// (scripts/screenshots.sh, docs/screenshots/). RESKONTRA_TOUR_INVOICES sets
// the demo's size (2 000 by default; the script uses 20 000).
#include "ledger/claimnotes.h"
#include "ledger/referencedata.h"
#include "ledger/workfacts.h"

#include "demo/demogenerator.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "mainwindow.h"
#include "models/claimsearchmodel.h"
#include "models/reporttablemodel.h"
#include "screens/claimscreen.h"
#include "screens/customerscreen.h"
#include "screens/invoicesearchscreen.h"
#include "screens/replacementinvoicescreen.h"
#include "screens/saldolistascreen.h"
#include "screens/statisticsscreen.h"
#include "shellcontext.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rsk;
using namespace rsk::ui;

class TestScreenTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tour();

private:
    void settle();
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    void tabTo(const QString &objectName);
    void shot(const QString &name);
    QString pickClaim();
    template <class S> S *screen(const char *id) const
    {
        return qobject_cast<S *>(m_window->screenWidget(QLatin1String(id)));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_shots;
};

void TestScreenTour::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")),
                          Database::OpenMode::CreateIfMissing);
    m_db->setUser(QStringLiteral("eva.ek"));
    m_db->setToday(QDate(2026, 11, 26));
    DemoOptions demo;
    demo.invoices = qEnvironmentVariableIntValue("RESKONTRA_TOUR_INVOICES");
    if (demo.invoices <= 0)
        demo.invoices = 2000;
    demo.seed = 1;
    generateDemo(*m_db, demo);

    ShellContext shell;
    shell.ledgerName = QStringLiteral("demo.sqlite");
    shell.engine = QStringLiteral("SQLite");
    shell.user = m_db->user();
    for (const Company &c : ReferenceData(*m_db).companies())
        shell.companies.append({c.number, c.name});
    shell.ledger = m_db.get();
    Database *db = m_db.get();
    shell.startPageFacts = [db](const QString &company) {
        const WorkFacts w = readWorkFacts(*db, company, db->today());
        StartPageFacts f;
        f.unapprovedBatches = w.unapprovedBatches;
        f.unplacedPayments = w.unplacedPayments;
        f.expiringDunningCodes = w.expiringDunningCodes;
        f.openClaims = w.openClaims;
        f.newClaimsPerMonth = w.newClaimsPerMonth;
        return f;
    };
    m_window = std::make_unique<MainWindow>(shell);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The offscreen platform widens the window when it is shown; the
    // geometry set once it is up is what it keeps.
    m_window->setGeometry(0, 0, 1280, 800);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(1280, 800));
}

void TestScreenTour::cleanupTestCase()
{
    while (QWidget *modal = QApplication::activeModalWidget())
        delete modal;
    m_window.reset();
    m_db.reset();
}

void TestScreenTour::settle()
{
    QCoreApplication::processEvents();
    if (!QApplication::activeModalWidget() && !QApplication::activePopupWidget()
        && QApplication::activeWindow() != m_window.get())
        QApplication::setActiveWindow(m_window.get());
}

void TestScreenTour::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    settle();
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window.get(), key, modifiers);
    settle();
}

void TestScreenTour::type(const QString &text)
{
    for (const QChar c : text) {
        settle();
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : m_window.get(), c.toLatin1());
    }
    settle();
}

void TestScreenTour::tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == objectName)
            return;
        press(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 in the tab order").arg(objectName)));
}

void TestScreenTour::shot(const QString &name)
{
    settle();
    QTest::qWait(50); // charts and item views finish their layout
    const QPixmap picture = m_window->grab();
    QCOMPARE(picture.size(), QSize(1280, 800));
    m_shots << name;
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(picture.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

// A claim of company 001 worth showing: partly paid, overdue, still open;
// then reminded with a 60 kr fee debited (a dunning run on it alone, its
// routine set to remind 10 days after the due date), so that every tab has
// something to show.
QString TestScreenTour::pickClaim()
{
    const QVariant found = m_db->scalar(
        QStringLiteral("SELECT invoice_number FROM invoice WHERE company = '001' AND "
                       "balance_ore > 0 AND paid_ore > 0 AND due_date <= ? "
                       "ORDER BY due_date DESC, invoice_number LIMIT 1"),
        {dateArg(QDate(2026, 11, 1))});
    if (!found.isValid())
        return QString();
    const QString number = found.toString();
    DunningSettings settings = DunningSettingsRegister::defaults(number.left(2));
    settings.reminderFeeAgreed = true;
    settings.reminder1.days = 10;
    settings.reminder1.fee = Money::fromKronor(60);
    settings.reminder1.debit = true;
    DunningSettingsRegister(*m_db).save(settings);
    DunningSelection run;
    run.runDate = QDate(2026, 11, 20);
    run.companyFrom = run.companyTo = QStringLiteral("001");
    run.invoiceFrom = run.invoiceTo = number;
    DunningRun(*m_db).run(run);
    return number;
}

void TestScreenTour::tour()
{
    // Startsida: today's work and the chosen chart (new claims per month).
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("start"));
    auto *openClaims = m_window->findChild<QLabel *>(QStringLiteral("openClaims"));
    if (openClaims)
        QVERIFY2(!openClaims->text().isEmpty() && openClaims->text() != QLatin1String("0"),
                 qPrintable(openClaims->text()));
    shot(QStringLiteral("01-startsida.png"));

    // Sök faktura: the newest claims first.
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    auto *search = screen<InvoiceSearchScreen>(InvoiceSearchScreen::kId);
    QVERIFY(search);
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->state() == ClaimSearchModel::State::Done, 20000);
    QVERIFY(search->model()->totalRows() > 100);
    shot(QStringLiteral("02-sok-faktura.png"));

    // A whole invoice number opens the claim directly; a note on it first.
    const QString number = pickClaim();
    QVERIFY(!number.isEmpty());
    ClaimNotes(*m_db).add(QStringLiteral("001"), number,
                          QStringLiteral("Kunden ringde och lovade betala resten i december."));
    tabTo(QStringLiteral("invoiceNumber"));
    type(number);
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(ClaimScreen::kId));
    auto *claim = screen<ClaimScreen>(ClaimScreen::kId);
    QTRY_VERIFY(claim->shownClaim().has_value());
    QCOMPARE(claim->shownClaim()->invoiceNumber, number);
    auto *tabs = claim->findChild<QTabWidget *>(QStringLiteral("claimTabs"));
    QVERIFY(tabs);
    press(Qt::Key_F11);
    QCOMPARE(tabs->currentIndex(), int(ClaimScreen::InvoiceTab));
    shot(QStringLiteral("03-kundfaktura-fakturauppgifter.png"));
    press(Qt::Key_F14);
    press(Qt::Key_F15); // interest to today
    QCOMPARE(tabs->currentIndex(), int(ClaimScreen::DunningTab));
    QVERIFY(!claim->findChild<QLabel *>(QStringLiteral("interestResult"))->text().isEmpty());
    shot(QStringLiteral("04-kundfaktura-kravuppgifter.png"));
    press(Qt::Key_F13);
    QCOMPARE(tabs->currentIndex(), int(ClaimScreen::TransactionsTab));
    shot(QStringLiteral("05-kundfaktura-transaktioner.png"));
    press(Qt::Key_F17);
    QCOMPARE(tabs->currentIndex(), int(ClaimScreen::NotesTab));
    QVERIFY(tabs->tabText(ClaimScreen::NotesTab).contains(QStringLiteral("(1)")));
    shot(QStringLiteral("06-kundfaktura-anteckningar.png"));
    press(Qt::Key_F5);
    QVERIFY(claim->inChangeMode());
    shot(QStringLiteral("07-kundfaktura-andring.png"));
    press(Qt::Key_F7);
    QVERIFY(!claim->inChangeMode());

    // F8: the claim's customer.
    press(Qt::Key_F8);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(CustomerScreen::kId));
    auto *customer = screen<CustomerScreen>(CustomerScreen::kId);
    QVERIFY(customer->shownCustomer().has_value());
    QCOMPARE(customer->shownCustomer()->customerNumber, claim->shownClaim()->customerNumber);
    QVERIFY(customer->claimsModel()->rowCount() > 0);
    shot(QStringLiteral("08-kunduppgifter.png"));

    // Saldolista of the company's unpaid claims (Ctrl+Shift+L, Enter).
    press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentScreenId(), QLatin1String(SaldolistaScreen::kId));
    auto *saldolista = screen<SaldolistaScreen>(SaldolistaScreen::kId);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(saldolista->model()->rowCount() > 0, 20000);
    QVERIFY2(saldolista->totalsText().contains(QStringLiteral("fakturor")),
             qPrintable(saldolista->totalsText()));
    shot(QStringLiteral("09-saldolista.png"));

    // Statistik: active claims by age.
    m_window->openScreen(QLatin1String(StatisticsScreen::kId));
    auto *statistics = screen<StatisticsScreen>(StatisticsScreen::kId);
    QVERIFY(statistics);
    QTRY_VERIFY_WITH_TIMEOUT(!statistics->isLoading(), 20000);
    for (int i = 0; i < 3; ++i)
        press(Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!statistics->isLoading(), 20000);
    shot(QStringLiteral("10-statistik.png"));

    // Fakturakopior for the claim, and its Ersättningsfaktura (F20 on the claim).
    QWidget *copies = m_window->openScreen(QStringLiteral("invoices.copies"));
    QVERIFY(copies);
    QMetaObject::invokeMethod(copies, "showClaim", Q_ARG(QString, QStringLiteral("001")),
                              Q_ARG(QString, number));
    shot(QStringLiteral("11-fakturakopior.png"));
    m_window->openScreen(QLatin1String(ClaimScreen::kId));
    press(Qt::Key_F20);
    QTRY_COMPARE(m_window->currentScreenId(), QLatin1String(ReplacementInvoiceScreen::kId));
    auto *replacement = screen<ReplacementInvoiceScreen>(ReplacementInvoiceScreen::kId);
    QVERIFY(replacement->shownDraft().has_value());
    QCOMPARE(replacement->shownDraft()->claim.invoiceNumber, number);
    shot(QStringLiteral("12-ersattningsfaktura.png"));
    QCOMPARE(m_shots.size(), 12);
}

QTEST_MAIN(TestScreenTour)
#include "tst_screentour.moc"
