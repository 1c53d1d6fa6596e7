// Ersättningsfaktura (handbook 6.3) driven by the keyboard: the invoice
// number and Enter show the claim and its transactions with their remarks as
// the texts; a text is changed by typing on its row (or emptied: only the
// amount is printed); F16 gives the invoice to the preview and, printed,
// records it (texts kept for the next one); a preview closed without
// printing records nothing; F8 writes the PDF and records it; a paid claim is
// refused; a passed due date is said beside the claim.
//
// 010000001: 1 000,00 due 2026-12-31, handler Eva Ek; 400,00 paid 2026-03-10
// ("Delbetalning"), 100,00 credited 2026-03-12 (no remark), a text-only
// remark (not listed): 1 000,00 − 400,00 − 100,00 = 500,00 to pay.
// 010000002: 2 000,00 due 2026-01-31 (passed; today is 2026-11-26).
// 010000003: 300,00 paid in full.
#include "uitestsupport.h"

#include "ledger/posting.h"
#include "pdftext.h"
#include "replacementinvoicedocument.h"
#include "screens/replacementinvoicescreen.h"
#include "testledger.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
QString rowsText(const QList<ReplacementInvoice::Row> &rows)
{
    QStringList out;
    for (const ReplacementInvoice::Row &r : rows)
        out << QStringLiteral("%1|%2").arg(r.text, r.amount.toString());
    return out.join(QLatin1String("; "));
}
} // namespace

class TestReplacementInvoiceScreen : public ScreenTest<ReplacementInvoiceScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enterShowsTheClaimAndItsPayments();
    void typedTextsArePrintedAndKept_data();
    void typedTextsArePrintedAndKept();
    void previewClosedWithoutPrintingRecordsNothing();
    void f16OpensThePrintPreview();
    void f8WritesThePdfAndRecordsIt();
    void paidClaimIsRefused();
    void passedDueDateIsSaid();
    void screenshot();

private:
    ReplacementInvoiceScreen *open();
    void show(const QString &number);
    QString label(const char *name) const { return child<QLabel>(name)->text(); }
    QString text(int row) const
    {
        return m_screen->paymentsTable()->item(row, ReplacementInvoiceScreen::Text)->text();
    }
    QString focusName() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    qint64 recorded() { return m_ledger->count(QStringLiteral("replacement_invoice")); }

    std::unique_ptr<TestLedger> m_ledger;
    QTemporaryDir m_out;
};

void TestReplacementInvoiceScreen::initTestCase()
{
    useTemporarySettings();
}

void TestReplacementInvoiceScreen::init()
{
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft a = TestLedger::draft(QStringLiteral("010000001"), Money::fromKronor(1000));
    a.dueDate = QDate(2026, 12, 31);
    a.handler = QStringLiteral("Eva Ek");
    InvoiceDraft b = TestLedger::draft(QStringLiteral("010000002"), Money::fromKronor(2000));
    InvoiceDraft c = TestLedger::draft(QStringLiteral("010000003"), Money::fromKronor(300));
    m_ledger->registerInvoices({a, b, c});
    auto post = [this](const char *number, const char *method, qint64 ore, const QDate &date,
                       const char *remark) {
        PostingRequest r;
        r.company = QStringLiteral("001");
        r.invoiceNumber = QLatin1String(number);
        r.method = QLatin1String(method);
        r.amount = Money::fromOre(ore);
        r.transactionDate = date;
        r.remark = QString::fromUtf8(remark);
        PostingService(*m_ledger->db).post(r);
    };
    post("010000001", "1", 40000, QDate(2026, 3, 10), "Delbetalning");
    post("010000001", "2", 10000, QDate(2026, 3, 12), "");
    post("010000001", "T", 0, QDate(2026, 3, 15), "Kunden ringde");
    post("010000003", "1", 30000, QDate(2026, 2, 1), "");
}

void TestReplacementInvoiceScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

ReplacementInvoiceScreen *TestReplacementInvoiceScreen::open()
{
    auto *s = showScreen({QLatin1String(ReplacementInvoiceScreen::kId),
                          QStringLiteral("&Ersättningsfaktura"), QStringLiteral("6.3")},
                         shellOver(m_ledger->db.get()), QSize(1100, 700), QStringLiteral("001"));
    s->setOutputDirectory(m_out.path());
    return s;
}

void TestReplacementInvoiceScreen::show(const QString &number)
{
    QCOMPARE(focusName(), QStringLiteral("invoiceNumberEdit"));
    type(number);
    press(Qt::Key_Return);
}

void TestReplacementInvoiceScreen::enterShowsTheClaimAndItsPayments()
{
    open();
    show(QStringLiteral("10000001"));
    QCOMPARE(m_screen->errorText(), QString());
    QVERIFY(m_screen->shownDraft().has_value());
    QCOMPARE(label("receiverLabel"), QStringLiteral("Andersson, Anna"));
    QVERIFY2(label("factsLabel").contains(QStringLiteral("förfallodag 2026-12-31")),
             qPrintable(label("factsLabel")));
    QVERIFY2(label("factsLabel").contains(QStringLiteral("att betala 500,00")),
             qPrintable(label("factsLabel")));
    QCOMPARE(label("warningLabel"), QString());
    QCOMPARE(label("issuedLabel"), QStringLiteral("Ingen ersättningsfaktura har skrivits ut."));
    // The payment and the credit, not the text-only remark; the remarks as texts.
    QTableWidget *table = m_screen->paymentsTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, ReplacementInvoiceScreen::Method)->text(),
             QStringLiteral("1 Inbetalning"));
    QCOMPARE(table->item(0, ReplacementInvoiceScreen::TransactionDate)->text(),
             QStringLiteral("2026-03-10"));
    QCOMPARE(table->item(0, ReplacementInvoiceScreen::Registered)->text(),
             QStringLiteral("2026-11-26"));
    QCOMPARE(table->item(0, ReplacementInvoiceScreen::Amount)->text(), QStringLiteral("-400,00"));
    QCOMPARE(table->item(1, ReplacementInvoiceScreen::Method)->text(),
             QStringLiteral("2 Kreditfaktura"));
    QCOMPARE(text(0), QStringLiteral("Delbetalning"));
    QCOMPARE(text(1), QString());
    QCOMPARE(focusName(), QStringLiteral("handlerEdit"));
    QVERIFY(!m_screen->isModified());
}

void TestReplacementInvoiceScreen::typedTextsArePrintedAndKept_data()
{
    QTest::addColumn<int>("row");        // the row whose text is typed
    QTest::addColumn<QString>("typed");  // empty: the text is deleted
    QTest::addColumn<QString>("printed"); // text|amount; …

    QTest::newRow("the remarks as they are") << -1 << QString()
                                             << "Delbetalning|-400,00; |-100,00";
    QTest::newRow("a text typed for the credit")
        << 1 << "Kreditering av rad 2" << "Delbetalning|-400,00; Kreditering av rad 2|-100,00";
    QTest::newRow("the remark replaced") << 0 << "Betalt i mars"
                                         << "Betalt i mars|-400,00; |-100,00";
    QTest::newRow("the remark deleted: only the amount") << 0 << QString()
                                                         << "|-400,00; |-100,00";
}

void TestReplacementInvoiceScreen::typedTextsArePrintedAndKept()
{
    QFETCH(int, row);
    QFETCH(QString, typed);
    QFETCH(QString, printed);
    open();
    QList<ReplacementInvoice::Row> rows;
    Money toPay;
    m_screen->setPreviewer([&](const ReplacementInvoiceDocument &d) {
        rows = d.invoice().rows;
        toPay = d.invoice().toPay;
        return true; // printed
    });
    show(QStringLiteral("010000001"));
    if (row >= 0) {
        press(Qt::Key_Tab); // the original date
        press(Qt::Key_Tab); // the list, on the first row's text
        QCOMPARE(focusName(), QStringLiteral("paymentsTable"));
        for (int i = 0; i < row; ++i)
            press(Qt::Key_Down);
        if (typed.isEmpty()) {
            press(Qt::Key_F2);
            press(Qt::Key_A, Qt::ControlModifier);
            press(Qt::Key_Delete);
        } else {
            type(typed); // the first key opens the editor over the old text
        }
        press(Qt::Key_Return);
        QCOMPARE(text(row), typed);
        QVERIFY(m_screen->isModified());
    }
    press(Qt::Key_F16);
    QCOMPARE(m_screen->errorText(), QString());
    QCOMPARE(rowsText(rows), printed);
    QCOMPARE(toPay, Money::fromKronor(500));
    QCOMPARE(recorded(), 1);
    QVERIFY2(m_screen->statusText().contains(QStringLiteral("noterad: att betala 500,00")),
             qPrintable(m_screen->statusText()));
    // Shown again: one sent, and the texts as printed are what the next starts from.
    QVERIFY2(label("issuedLabel").startsWith(QStringLiteral("Utskrivna ersättningsfakturor: 1, senast ")),
             qPrintable(label("issuedLabel")));
    const QStringList parts = printed.split(QStringLiteral("; "));
    QCOMPARE(text(0), parts.at(0).section(QLatin1Char('|'), 0, 0));
    QCOMPARE(text(1), parts.at(1).section(QLatin1Char('|'), 0, 0));
    QVERIFY(!m_screen->isModified());
}

void TestReplacementInvoiceScreen::previewClosedWithoutPrintingRecordsNothing()
{
    open();
    int shown = 0;
    m_screen->setPreviewer([&shown](const ReplacementInvoiceDocument &) {
        ++shown;
        return false;
    });
    show(QStringLiteral("010000001"));
    press(Qt::Key_F16);
    QCOMPARE(shown, 1);
    QCOMPARE(recorded(), 0);
    QCOMPARE(m_screen->statusText(), QStringLiteral("Ersättningsfakturan skrevs inte ut."));
}

void TestReplacementInvoiceScreen::f16OpensThePrintPreview()
{
    open();
    show(QStringLiteral("010000001"));
    QString seen;
    onNextModal([&seen](QWidget *dialog) {
        seen = dialog->objectName();
        dialog->close(); // closed, not printed
    });
    press(Qt::Key_F16);
    QCOMPARE(seen, QStringLiteral("documentPrintPreview"));
    QCOMPARE(recorded(), 0);
}

void TestReplacementInvoiceScreen::f8WritesThePdfAndRecordsIt()
{
    open();
    show(QStringLiteral("010000001"));
    type(QStringLiteral("Nils Ny"));
    press(Qt::Key_F8);
    const QString pdf = m_screen->lastPdfPath();
    QCOMPARE(QFileInfo(pdf).fileName(), QStringLiteral("ersattningsfaktura-010000001.pdf"));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QCOMPARE(recorded(), 1);
    QCOMPARE(m_ledger->db->scalar(QStringLiteral("SELECT handler FROM replacement_invoice"))
                 .toString(),
             QStringLiteral("Nils Ny"));
    if (!rsk::test::havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = rsk::test::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("ERSÄTTNINGSFAKTURA")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Handläggare: Nils Ny")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("500 00")), qPrintable(text));
}

void TestReplacementInvoiceScreen::paidClaimIsRefused()
{
    open();
    bool shown = false;
    m_screen->setPreviewer([&shown](const ReplacementInvoiceDocument &) {
        shown = true;
        return true;
    });
    show(QStringLiteral("010000003"));
    QVERIFY2(label("warningLabel").contains(QStringLiteral("inget kvar att betala")),
             qPrintable(label("warningLabel")));
    press(Qt::Key_F16);
    QVERIFY(!shown);
    QVERIFY2(m_screen->errorText().contains(QStringLiteral("010000003 har inget kvar att betala")),
             qPrintable(m_screen->errorText()));
    QCOMPARE(recorded(), 0);
}

void TestReplacementInvoiceScreen::passedDueDateIsSaid()
{
    open();
    show(QStringLiteral("010000002"));
    QVERIFY2(label("warningLabel").contains(QStringLiteral("Förfallodagen 2026-01-31 har passerat")),
             qPrintable(label("warningLabel")));
    QVERIFY2(label("warningLabel").contains(QStringLiteral("(F5)")),
             qPrintable(label("warningLabel")));
}

void TestReplacementInvoiceScreen::screenshot()
{
    open();
    show(QStringLiteral("010000001"));
    saveShot(QStringLiteral("replacementinvoice.png"));
}

QTEST_MAIN(TestReplacementInvoiceScreen)
#include "tst_replacementinvoicescreen.moc"
