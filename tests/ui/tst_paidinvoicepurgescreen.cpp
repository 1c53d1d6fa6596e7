// Rensning betalda fakturor (handbook 8.4) driven by the keyboard on the
// ledger of tests/support/purgefixture.h: the date is obligatory; F8 lists
// the five claims that would go and the five that stay and changes nothing;
// F10 asks with the number and the sum (1 000 + 400 + 100 + 150 + 150 =
// 1 800,00 kr), writes the receipt list and purges; Escape at the question
// purges nothing; a PDF file that cannot be written purges nothing and puts
// the focus on its field; a clerk is refused before the question; the list
// and detail boxes are ticked with Space.
#include "uitestsupport.h"

#include "models/reporttablemodel.h"
#include "purgefixture.h"
#include "screens/paidinvoicepurgescreen.h"
#include "widgets/keylegend.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::PurgeFixture;
using rsk::test::ScreenTest;

class TestPaidInvoicePurgeScreen : public ScreenTest<PaidInvoicePurgeScreen>
{
    Q_OBJECT
private slots:
    void initTestCase() { useTemporarySettings(); }
    void init();
    void cleanup();

    void opensOnTheDateWithTheCompany();
    void dateIsObligatory();
    void listOnlyChangesNothing();
    void purgeAsksAndRemoves();
    void escapeAtTheQuestionPurgesNothing();
    void unwritablePdfPurgesNothing();
    void clerkIsRefusedBeforeTheQuestion();
    void listBoxesByKeyboard();
    void screenshots();

private:
    PaidInvoicePurgeScreen *open();
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
    qint64 invoices() { return m_fixture->ledger.count(QStringLiteral("invoice")); }

    std::unique_ptr<PurgeFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString pdfPath() const { return m_dir->filePath(QStringLiteral("kvitto.pdf")); }
};

void TestPaidInvoicePurgeScreen::init()
{
    m_fixture = std::make_unique<PurgeFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestPaidInvoicePurgeScreen::cleanup()
{
    closeScreen();
    m_fixture.reset();
}

PaidInvoicePurgeScreen *TestPaidInvoicePurgeScreen::open()
{
    auto *s = showScreen({QLatin1String(PaidInvoicePurgeScreen::kId),
                          QStringLiteral("&Rensning betalda fakturor"), QStringLiteral("8.4")},
                         shellOver(&m_fixture->db(),
                                   {{QStringLiteral("001"), QStringLiteral("Testkommunen")},
                                    {QStringLiteral("002"), QStringLiteral("Andra bolaget")}}),
                         QSize(1250, 800), QStringLiteral("001"));
    s->findChild<QLineEdit *>(QStringLiteral("pdfFile"))->setText(pdfPath());
    return s;
}

void TestPaidInvoicePurgeScreen::opensOnTheDateWithTheCompany()
{
    open();
    QCOMPARE(QApplication::focusWidget(), field("paidBefore"));
    QCOMPARE(field("companyFrom")->text(), QStringLiteral("001"));
    QCOMPARE(field("companyTo")->text(), QStringLiteral("001"));
    QVERIFY(child<QCheckBox>("listInvoice")->isChecked());
    const QString legend = m_screen->keyLegend()->text();
    for (const char *key : {"F8=Endast lista", "F10=Rensa"})
        QVERIFY2(legend.contains(QString::fromUtf8(key)), qPrintable(legend));
}

void TestPaidInvoicePurgeScreen::dateIsObligatory()
{
    open();
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Betalda före")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("paidBefore"));
}

void TestPaidInvoicePurgeScreen::listOnlyChangesNothing()
{
    open();
    const auto before = m_fixture->counts();
    type(QStringLiteral("260601"));
    press(Qt::Key_Return);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    // 5 claims, 5 that stay, the total.
    QCOMPARE(m_screen->model()->rowCount(), 11);
    QCOMPARE(cell(0, QStringLiteral("invoice_number")), QStringLiteral("010000006"));
    QCOMPARE(cell(0, QStringLiteral("note")), QStringLiteral("rensas"));
    QCOMPARE(cell(0, QStringLiteral("id_number")), QStringLiteral("19700101-0029"));
    QCOMPARE(cell(5, QStringLiteral("invoice_number")), QStringLiteral("040000005"));
    QVERIFY(cell(5, QStringLiteral("note")).startsWith(QStringLiteral("rensas inte: "
                                                                       "transaktioner ej bokförda")));
    QCOMPARE(cell(10, QStringLiteral("amount")), QStringLiteral("1 800,00"));
    QVERIFY2(m_screen->noteText().startsWith(
                 QStringLiteral("Endast lista: 5 fakturor skulle rensas, belopp 1 800,00 kr")),
             qPrintable(m_screen->noteText()));
    QCOMPARE(m_fixture->counts(), before);
    QVERIFY(!QFile::exists(pdfPath()));
}

void TestPaidInvoicePurgeScreen::purgeAsksAndRemoves()
{
    open();
    type(QStringLiteral("260601"));
    fill("code1", QStringLiteral("3")); // 040000004 stays: 1 800 − 400 = 1 400,00
    QString question;
    onNextModal([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        QTest::keyClick(box, Qt::Key_R); // "&Rensa"
    });
    const qint64 before = invoices();
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    QVERIFY2(question.startsWith(QStringLiteral("Rensa 4 fakturor betalda före 2026-06-01?")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Summa belopp 1 400,00 kr")), qPrintable(question));
    QCOMPARE(invoices(), before - 4);
    QVERIFY(QFileInfo(pdfPath()).size() > 0);
    QCOMPARE(m_screen->model()->layout().title,
             QStringLiteral("Rensning betalda fakturor – kvittenslista"));
    QVERIFY2(m_screen->resultText().contains(QStringLiteral("4 fakturor, belopp 1 400,00 kr")),
             qPrintable(m_screen->resultText()));
    QCOMPARE(m_fixture->id(QStringLiteral("040000004")) > 0, true);
}

void TestPaidInvoicePurgeScreen::escapeAtTheQuestionPurgesNothing()
{
    open();
    type(QStringLiteral("260601"));
    const auto before = m_fixture->counts();
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F10);
    QTRY_COMPARE(m_screen->noteText(), QStringLiteral("Ingen rensning gjordes."));
    QCOMPARE(m_fixture->counts(), before);
    QVERIFY(!QFile::exists(pdfPath()));
}

void TestPaidInvoicePurgeScreen::unwritablePdfPurgesNothing()
{
    open();
    type(QStringLiteral("260601"));
    fill("pdfFile", m_dir->filePath(QStringLiteral("saknas/kvitto.pdf")));
    const qint64 before = invoices();
    onNextModal([](QWidget *box) { QTest::keyClick(box, Qt::Key_R); });
    press(Qt::Key_F10);
    QTRY_VERIFY(!m_screen->errorText().isEmpty());
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Kvittenslistan kunde inte skrivas")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(QApplication::focusWidget(), field("pdfFile"));
    QCOMPARE(m_screen->noteText(), QStringLiteral("Ingen rensning gjordes; ingenting är ändrat."));
    QCOMPARE(invoices(), before);
    QVERIFY(!m_screen->lastRun());
}

void TestPaidInvoicePurgeScreen::clerkIsRefusedBeforeTheQuestion()
{
    m_fixture->db().setAccess(Access(QStringLiteral("testare"), Role::Clerk, {QStringLiteral("001")}));
    open();
    type(QStringLiteral("260601"));
    const qint64 before = invoices();
    bool asked = false; // a question would be answered "Avbryt" and fail the test
    onNextModal([&asked](QWidget *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape);
    });
    press(Qt::Key_F10);
    QVERIFY(!asked);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Du har inte behörighet")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(invoices(), before);
    // The list itself is fine for a clerk.
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QCOMPARE(m_screen->model()->rowCount(), 11);
}

// Tab from the last code field: fakturanummerordning, its fakturarader and
// kravuppgifter, then namnordning …; Space ticks.
void TestPaidInvoicePurgeScreen::listBoxesByKeyboard()
{
    open();
    type(QStringLiteral("260601"));
    field("code4")->setFocus();
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("listInvoice"));
    press(Qt::Key_Space); // off: no list at all
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().startsWith(QStringLiteral("Listor:")),
             qPrintable(m_screen->errorText()));
    child<QCheckBox>("listInvoice")->setFocus();
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("listName"));
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    press(Qt::Key_Space);
    QVERIFY(child<QCheckBox>("listName")->isChecked());
    QVERIFY(child<QCheckBox>("linesName")->isChecked());
    press(Qt::Key_F8);
    QVERIFY2(m_screen->errorText().isEmpty(), qPrintable(m_screen->errorText()));
    QCOMPARE(m_screen->model()->rowCount(), 11);
}

void TestPaidInvoicePurgeScreen::screenshots()
{
    open();
    type(QStringLiteral("260601"));
    press(Qt::Key_F8);
    saveShot(QStringLiteral("purge-endast-lista.png"));
    onNextModal([this](QWidget *box) {
        if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath("purge-fraga.png"));
        QTest::keyClick(box, Qt::Key_R);
    });
    press(Qt::Key_F10);
    QTRY_VERIFY(m_screen->lastRun());
    saveShot(QStringLiteral("purge-kvittens.png"));
}

QTEST_MAIN(TestPaidInvoicePurgeScreen)
#include "tst_paidinvoicepurgescreen.moc"
