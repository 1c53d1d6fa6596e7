// The payment-import screens by keyboard on the offscreen platform:
// Parametrar maskinella inbetalningar (3.4), Hämtning från bankgiro/plusgiro
// (3.3/3.2) with its summary and the re-read question, Oplacerade
// betalningar and Överbetalningar (place/move by typing an invoice number,
// F5 shows the claim, F6 marks refunded after a question).
#include "bgmaxbuilder.h"
#include "paymentimportfixture.h"
#include "totalinbuilder.h"
#include "uitestsupport.h"

#include "payments/overpaymentregister.h"
#include "payments/unplacedregister.h"
#include "screens/overpaymentsscreen.h"
#include "screens/paymentimportscreen.h"
#include "screens/paymentparametersscreen.h"
#include "screens/unplacedpaymentsscreen.h"
#include "widgets/claimsummarypanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::BgMaxBuilder;
using rsk::test::PaymentImportFixture;
using rsk::test::ScreenTest;

namespace {
const QString kA = QStringLiteral("010000001");
const QString kB = QStringLiteral("010000002");
const QDate kPaid(2026, 11, 25);
} // namespace

class TestPaymentScreens : public ScreenTest<Screen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void parametersSavedByKeyboard();
    void parametersBadAmountShownBesideTheField();
    void parametersBadGiroShownBesideTheField();

    void importShowsTheSummary();
    void importAsksBeforeReadingAgain();
    void importListsFileErrors();
    void importTotalIn();
    void importScreenshot();

    void unplacedPlacedByKeyboard();
    void unplacedRefundedAfterTheQuestion();
    void overpaymentMovedByKeyboard();
    void legendsShowTheKeys();

private:
    template <class S> S *open(const QString &id, const QString &title);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<PaymentImportFixture> m_f;
};

void TestPaymentScreens::initTestCase()
{
    useTemporarySettings();
}

void TestPaymentScreens::init()
{
    m_f = std::make_unique<PaymentImportFixture>();
    m_f->claim(kA, 100000);
    m_f->claim(kB, 50000);
}

void TestPaymentScreens::cleanup()
{
    closeScreen();
    m_f.reset();
}

template <class S>
S *TestPaymentScreens::open(const QString &id, const QString &title)
{
    auto *screen = showScreen<S>({id, title, QString()}, shellOver(m_f->l.db.get()),
                                 QSize(1000, 640), QStringLiteral("001"));
    screen->setFocus();
    return screen;
}

QString TestPaymentScreens::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_f->l.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestPaymentScreens::parametersSavedByKeyboard()
{
    open<PaymentParametersScreen>(QLatin1String(PaymentParametersScreen::kId),
                                  QStringLiteral("Parametrar"));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("overEdit"));
    type(QStringLiteral("5,00"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1,50"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("accountEdit"));
    child<QLineEdit>("accountEdit")->selectAll();
    type(QStringLiteral("3741"));
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // Överföring nästa faktura
    press(Qt::Key_Return);
    const PaymentParameters p = PaymentParameters::load(*m_f->l.db, QStringLiteral("001"));
    QCOMPARE(p.overpaymentLimit.ore(), 500LL);
    QCOMPARE(p.underpaymentLimit.ore(), 150LL);
    QCOMPARE(p.writeOffAccount, QStringLiteral("3741"));
    QVERIFY(p.carryToNextInvoice);
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("sparade")));
    QVERIFY(!m_screen->isModified());
    saveShot(QStringLiteral("paymentparameters.png"));
}

void TestPaymentScreens::parametersBadAmountShownBesideTheField()
{
    open<PaymentParametersScreen>(QLatin1String(PaymentParametersScreen::kId),
                                  QStringLiteral("Parametrar"));
    const QString before = m_f->fingerprint();
    type(QStringLiteral("5 kr"));
    press(Qt::Key_Return);
    QVERIFY(!child<QLabel>("overEditError")->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("overEdit"));
    child<QLineEdit>("overEdit")->clear();
    type(QStringLiteral("2000"));
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("overEditError")->text().contains(QStringLiteral("1 000,00")),
             qPrintable(child<QLabel>("overEditError")->text()));
    QCOMPARE(m_f->fingerprint(), before);
}

void TestPaymentScreens::parametersBadGiroShownBesideTheField()
{
    open<PaymentParametersScreen>(QLatin1String(PaymentParametersScreen::kId),
                                  QStringLiteral("Parametrar"));
    const QString before = m_f->fingerprint();
    child<QLineEdit>("agencyGirosEdit")->setFocus();
    type(QStringLiteral("5050-1056"));
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("agencyGirosEditError")->text().contains(QStringLiteral("5050-1056")),
             qPrintable(child<QLabel>("agencyGirosEditError")->text()));
    QCOMPARE(m_f->fingerprint(), before);
}

namespace {
// A paid, B paid 600,00 (100,00 too much), one unknown reference 75,00.
QByteArray summaryFile(PaymentImportFixture &f)
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201"));
    b.payment(f.ocr(kA), 100000).payment(f.ocr(kB), 60000).payment(QStringLiteral("4711"), 7500, 3);
    return b.endSection(kPaid).end().bytes();
}
} // namespace

void TestPaymentScreens::importShowsTheSummary()
{
    const QString path = writeFile(QStringLiteral("bgmax.txt"), summaryFile(*m_f));
    auto *screen = open<PaymentImportScreen>(QLatin1String(PaymentImportScreen::kBgMaxId),
                                             QStringLiteral("Hämtning från bankgiro"));
    QCOMPARE(screen->kind(), PaymentFile::Kind::BgMax);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("fileEdit"));
    type(path);
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("paymentsValue")->text(), QStringLiteral("3"));
    QCOMPARE(child<QLabel>("amountValue")->text(), QStringLiteral("1 675,00"));
    QCOMPARE(child<QLabel>("matchedValue")->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>("matchedAmountValue")->text(), QStringLiteral("1 500,00"));
    QCOMPARE(child<QLabel>("unplacedAmountValue")->text(), QStringLiteral("75,00"));
    QCOMPARE(child<QLabel>("overpaidAmountValue")->text(), QStringLiteral("100,00"));
    // The two payments that need a look; A's plain payment is only counted.
    auto *table = child<QTableWidget>("outcomeTable");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, PaymentImportScreen::Outcome)->text(), QStringLiteral("Överbetald"));
    QCOMPARE(table->item(0, PaymentImportScreen::Invoice)->text(), kB);
    QCOMPARE(table->item(1, PaymentImportScreen::Outcome)->text(), QStringLiteral("Oplacerad"));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("1 betalning")));
    QCOMPARE(m_f->invoice(kA).balance.ore(), 0LL);
}

void TestPaymentScreens::importAsksBeforeReadingAgain()
{
    const QString path = writeFile(QStringLiteral("bgmax.txt"), summaryFile(*m_f));
    open<PaymentImportScreen>(QLatin1String(PaymentImportScreen::kBgMaxId),
                              QStringLiteral("Hämtning från bankgiro"));
    type(path);
    press(Qt::Key_Return);
    const QString before = m_f->fingerprint();
    // Escape = Avbryt: nothing is read.
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("Ingenting har lästs in")),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QCOMPARE(m_f->fingerprint(), before);
    // L = "Läs in igen": read again, recorded as forced.
    answerNextQuestion(Qt::Key_L);
    press(Qt::Key_Return);
    QVERIFY2(child<QLabel>("statusLabel")->text().contains(QStringLiteral("inläst igen")),
             qPrintable(child<QLabel>("statusLabel")->text()));
    QCOMPARE(m_f->scalar(QStringLiteral("SELECT COUNT(*) FROM import_file WHERE forced = 1")),
             1LL);
}

void TestPaymentScreens::importListsFileErrors()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(m_f->ocr(kA), 100000);
    b.endSection(kPaid, 1).end(); // line 4: a deposit that is not the sum
    const QString path = writeFile(QStringLiteral("bad.txt"), b.bytes());
    open<PaymentImportScreen>(QLatin1String(PaymentImportScreen::kBgMaxId),
                              QStringLiteral("Hämtning från bankgiro"));
    const QString before = m_f->fingerprint();
    type(path);
    press(Qt::Key_Return);
    auto *errors = child<QListWidget>("errorList");
    QVERIFY(errors->isVisible());
    QVERIFY(errors->count() >= 1);
    QVERIFY2(errors->item(0)->text().startsWith(QStringLiteral("bad.txt:4: ")),
             qPrintable(errors->item(0)->text()));
    QCOMPARE(m_f->fingerprint(), before);
}

void TestPaymentScreens::importTotalIn()
{
    const QByteArray file = rsk::test::TotalInBuilder()
                                .start()
                                .account(QStringLiteral("58056201"), kPaid)
                                .payment(50000, m_f->ocr(kB))
                                .endAccount()
                                .end()
                                .bytes();
    const QString path = writeFile(QStringLiteral("totalin.txt"), file);
    auto *screen = open<PaymentImportScreen>(QLatin1String(PaymentImportScreen::kTotalInId),
                                             QStringLiteral("Hämtning från plusgiro"));
    QCOMPARE(screen->kind(), PaymentFile::Kind::TotalIn);
    type(path);
    press(Qt::Key_Return);
    QCOMPARE(child<QLabel>("matchedValue")->text(), QStringLiteral("1"));
    QCOMPARE(m_f->methods(kB), QStringLiteral("G:50000"));
}

void TestPaymentScreens::importScreenshot()
{
    m_f->l.db->run(QStringLiteral("UPDATE invoice SET watch_text = 'Bestriden' WHERE "
                                  "invoice_number = ?"),
                   {kA});
    const QString path = writeFile(QStringLiteral("bgmax.txt"), summaryFile(*m_f));
    open<PaymentImportScreen>(QLatin1String(PaymentImportScreen::kBgMaxId),
                              QStringLiteral("Hämtning från bankgiro"));
    type(path);
    press(Qt::Key_Return);
    saveShot(QStringLiteral("paymentimport.png"));
}

void TestPaymentScreens::unplacedPlacedByKeyboard()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(QStringLiteral("HYRA"), 40000, 3);
    m_f->importBgMax(b.endSection(kPaid).end().bytes());
    open<UnplacedPaymentsScreen>(QLatin1String(UnplacedPaymentsScreen::kId),
                                 QStringLiteral("Oplacerade betalningar"));
    auto *table = child<QTableWidget>("unplacedTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, UnplacedPaymentsScreen::Amount)->text(), QStringLiteral("400,00"));
    QCOMPARE(table->item(0, UnplacedPaymentsScreen::Source)->text(), QStringLiteral("bg.txt:3"));
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("invoiceEdit"));
    type(QStringLiteral("10000001"));
    press(Qt::Key_F5);
    QCOMPARE(child<ClaimSummaryPanel>("claimPanel")->shownInvoiceNumber(), kA);
    saveShot(QStringLiteral("unplacedpayments.png"));
    press(Qt::Key_Return);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(m_f->invoice(kA).balance.ore(), 60000LL); // 1 000,00 − 400,00
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("placerad på")));
}

void TestPaymentScreens::unplacedRefundedAfterTheQuestion()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(QStringLiteral("HYRA"), 40000, 3);
    m_f->importBgMax(b.endSection(kPaid).end().bytes());
    open<UnplacedPaymentsScreen>(QLatin1String(UnplacedPaymentsScreen::kId),
                                 QStringLiteral("Oplacerade betalningar"));
    auto *table = child<QTableWidget>("unplacedTable");
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F6);
    QCOMPARE(table->rowCount(), 1);
    answerNextQuestion(Qt::Key_M); // "Markera återbetald"
    press(Qt::Key_F6);
    QTRY_COMPARE(table->rowCount(), 0);
    press(Qt::Key_F9); // show all: the refunded one is there
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, UnplacedPaymentsScreen::Status)->text(), QStringLiteral("Återbetald"));
}

void TestPaymentScreens::overpaymentMovedByKeyboard()
{
    BgMaxBuilder b;
    b.start().section(QStringLiteral("5805-6201")).payment(m_f->ocr(kA), 120000);
    m_f->importBgMax(b.endSection(kPaid).end().bytes());
    open<OverpaymentsScreen>(QLatin1String(OverpaymentsScreen::kId),
                             QStringLiteral("Överbetalningar"));
    auto *table = child<QTableWidget>("overpaymentTable");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, OverpaymentsScreen::Amount)->text(), QStringLiteral("200,00"));
    press(Qt::Key_F5);
    QCOMPARE(child<ClaimSummaryPanel>("claimPanel")->shownInvoiceNumber(), kA);
    press(Qt::Key_Return);
    type(QStringLiteral("10000002"));
    press(Qt::Key_F5);
    QCOMPARE(child<ClaimSummaryPanel>("claimPanel")->shownInvoiceNumber(), kB);
    press(Qt::Key_Return);
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(m_f->invoice(kB).balance.ore(), 30000LL); // 500,00 − 200,00
}

void TestPaymentScreens::legendsShowTheKeys()
{
    open<UnplacedPaymentsScreen>(QLatin1String(UnplacedPaymentsScreen::kId),
                                 QStringLiteral("Oplacerade betalningar"));
    const QString legend = m_commands->legendText({QLatin1String(UnplacedPaymentsScreen::kId)});
    QVERIFY2(legend.contains(QStringLiteral("F5=Visa fakturan"))
                 && legend.contains(QStringLiteral("F6=Återbetald"))
                 && legend.contains(QStringLiteral("F9=Visa alla")),
             qPrintable(legend));
    QVERIFY2(m_commands->conflicts().isEmpty(), qPrintable(m_commands->conflicts().join('\n')));
}

QTEST_MAIN(TestPaymentScreens)
#include "tst_paymentscreens.moc"
