// Protected identity (DOMAIN.md "People and trust") end to end: a customer
// flagged in the ledger, then every document and export made from the
// ledger by the core services and written as the clerk gets it — PDF read
// back with pdftotext, the payment order XML, the Saldolista and audit log
// CSV — holds none of the address (c/o, street, postal code, city), while
// the same document for an unprotected customer does (so the check can
// fail). The letters of dunning and threat runs are held, not printed
// (integration/tst_dunningrun, tst_threatrun); the agency file leaves the
// claim out (tst_agencytransfer); credit notes and interest invoices carry
// no address (tst_creditnote, tst_interestinvoicing).
#include "testledger.h"

#include "audit/auditlogquery.h"
#include "csvexport.h"
#include "dunning/paymentorder.h"
#include "dunning/paymentorderxml.h"
#include "dunning/paymentplan.h"
#include "invoicecopydocument.h"
#include "ledger/invoicecopy.h"
#include "ledger/protectedidentity.h"
#include "ledger/replacementinvoice.h"
#include "paymentorderdocument.h"
#include "paymentplandocument.h"
#include "replacementinvoicedocument.h"
#include "reports/saldolista.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

// Sara's address: none of it may be printed.
const QStringList kSecret{QStringLiteral("Hemlig"), QStringLiteral("Hemliga vägen 7"),
                          QStringLiteral("987 65"), QStringLiteral("Gömda")};
// Anna's: printed on hers.
const QString kAnnaStreet = QStringLiteral("Storgatan 1");

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ")
            + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The secrets found in `text` (none expected).
QStringList leaks(const QString &text)
{
    QStringList found;
    for (const QString &s : kSecret)
        if (text.contains(s, Qt::CaseInsensitive))
            found << s;
    return found;
}

PaymentOrderApplicant applicant()
{
    PaymentOrderApplicant a;
    a.company = QStringLiteral("001");
    a.applicant = {QStringLiteral("Testkommunen"), QStringLiteral("Kommunstyrelsen"),
                   QStringLiteral("Box 100"), QStringLiteral("123 45  Småstad")};
    a.applicantOrgNr = QStringLiteral("212000-0142");
    a.office = {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")};
    a.agent = {QStringLiteral("Eva Ek, ekonomiavdelningen"), QStringLiteral("0123-456 78")};
    a.applicationFee = Money::fromKronor(300);
    a.feePlusgiro = QStringLiteral("5805620-1");
    a.assistance = true;
    a.enforcement = PaymentOrderEnforcement::Limited;
    return a;
}

} // namespace

class TestProtectedIdentityDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_ledger.reset(); }
    void documents_data();
    void documents();
    void exports_data();
    void exports();

private:
    // The document of `kind` for the claim, as text (PDF through pdftotext,
    // XML as written).
    QString document(const QString &kind, const QString &invoice);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestLedger> m_ledger;
};

// 001/040000001 Andersson, Anna (811218-9876), Storgatan 1, 123 45 Småstad;
// 001/040000003 Skyddad, Sara (640823-3234), c/o Hemlig, Hemliga vägen 7,
// 987 65 Gömda, her customer flagged by ProtectedIdentity::set. Both
// 1 000,00 invoiced 2026-01-01, due 2026-01-31, a collection demand sent
// 2026-04-20 (for the payment order). Today 2026-11-26.
void TestProtectedIdentityDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft sara = TestLedger::draft(QStringLiteral("040000003"), Money::fromKronor(1000),
                                          QStringLiteral("Skyddad, Sara"),
                                          QStringLiteral("640823-3234"));
    sara.co = QStringLiteral("Hemlig");
    sara.address = QStringLiteral("Hemliga vägen 7");
    sara.postalCode = QStringLiteral("987 65");
    sara.city = QStringLiteral("Gömda");
    m_ledger->registerInvoices(
        {TestLedger::draft(QStringLiteral("040000001"), Money::fromKronor(1000)), sara});
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE invoice SET collection_date = ?"), {dateArg(QDate(2026, 4, 20))});
    const QString customer =
        db.scalar(QStringLiteral("SELECT c.customer_number FROM invoice i JOIN customer c ON "
                                 "c.id = i.customer_id WHERE i.invoice_number = '040000003'"))
            .toString();
    QVERIFY(ProtectedIdentity(db).set(QStringLiteral("001"), customer, true));
    // An address change on her claim, as change mode would log it (the
    // audit log export below).
    db.run(QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_key, "
                          "field, old_value, new_value, context) VALUES ('2026-03-01T10:00:00Z', "
                          "'testare', 'update', 'invoice', '001/040000003', 'address', "
                          "'Gamla Hemliga vägen 7', 'Hemliga vägen 7', 'ändring')"));
}

QString TestProtectedIdentityDocuments::document(const QString &kind, const QString &invoice)
{
    Database &db = *m_ledger->db;
    const QString company = QStringLiteral("001");
    const QString pdf = path(kind + invoice + QStringLiteral(".pdf"));
    QString error;
    bool written = false;
    if (kind == QLatin1String("invoice copy")) {
        const InvoiceCopy copy = InvoiceCopies(db).make(company, invoice, InvoiceCopyOptions());
        written = InvoiceCopyDocument(copy).writePdf(pdf, &error);
    } else if (kind == QLatin1String("replacement invoice")) {
        const ReplacementInvoice r =
            ReplacementInvoices(db).make(company, invoice, ReplacementInvoiceOptions());
        written = ReplacementInvoiceDocument(r).writePdf(pdf, &error);
    } else if (kind == QLatin1String("payment plan")) {
        PaymentPlanRequest request;
        request.claims = {{company, invoice}};
        request.terms.firstDate = QDate(2026, 12, 31);
        request.terms.monthly = Money::fromKronor(200);
        request.terms.noInterest = true;
        const PaymentPlan plan = PaymentPlanService(db).plan(request);
        written = PaymentPlanDocument(plan).writePdf(pdf, &error);
    } else if (kind.startsWith(QLatin1String("payment order"))) {
        PaymentOrderApplication a;
        a.applicationDate = QDate(2026, 11, 26);
        a.claims = {{company, invoice, QString()}};
        a.interest = PaymentOrderInterest::None;
        a.applicant = applicant();
        const PaymentOrder order = PaymentOrderService(db).compute(a);
        if (kind.endsWith(QLatin1String("XML")))
            return QString::fromUtf8(PaymentOrderXml::write(order));
        written = PaymentOrderDocument(order).writePdf(pdf, &error);
    }
    if (!written)
        return QStringLiteral("not written: ") + error;
    return pdfText(pdf);
}

void TestProtectedIdentityDocuments::documents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("withheldText"); // what stands instead, "" = nothing
    QTest::newRow("invoice copy") << "invoice copy" << "Adress skyddad";
    QTest::newRow("replacement invoice") << "replacement invoice" << "Adress skyddad";
    QTest::newRow("payment plan") << "payment plan" << "";
    QTest::newRow("payment order application") << "payment order" << "Skyddad identitet";
    QTest::newRow("payment order XML") << "payment order XML" << "SkyddadIdentitet";
}

void TestProtectedIdentityDocuments::documents()
{
    QFETCH(QString, kind);
    QFETCH(QString, withheldText);
    QString sara;
    QString anna;
    try {
        sara = document(kind, QStringLiteral("040000003"));
        anna = document(kind, QStringLiteral("040000001"));
    } catch (const LedgerError &e) {
        QFAIL(qPrintable(e.message()));
    }
    // The document is Sara's (her name is printed), without her address.
    QVERIFY2(sara.contains(QStringLiteral("Skyddad, Sara")), qPrintable(sara));
    QVERIFY2(leaks(sara).isEmpty(), qPrintable(leaks(sara).join(", ") + "\n" + sara));
    if (!withheldText.isEmpty())
        QVERIFY2(sara.contains(withheldText), qPrintable(sara));
    // The same document for Anna prints her address: the check above can fail.
    QVERIFY2(anna.contains(kAnnaStreet), qPrintable(anna));
}

void TestProtectedIdentityDocuments::exports_data()
{
    QTest::addColumn<QString>("report");
    QTest::newRow("Saldolista CSV") << "saldolista";
    QTest::newRow("Granskningslogg CSV") << "auditlog";
}

void TestProtectedIdentityDocuments::exports()
{
    QFETCH(QString, report);
    Database &db = *m_ledger->db;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvExport csv(&buffer);
        if (report == QLatin1String("saldolista")) {
            SaldolistaQuery(db, SaldolistaCriteria()).writeAll(csv);
        } else {
            AuditLogFilter f;
            f.from = QDate(2026, 1, 1);
            AuditLogQuery(db, f).writeAll(csv);
        }
    }
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY2(text.contains(QStringLiteral("Skyddad adress")), qPrintable(text));
    QVERIFY2(leaks(text).isEmpty(), qPrintable(leaks(text).join(", ") + "\n" + text));
    if (report == QLatin1String("saldolista"))
        QVERIFY2(text.contains(kAnnaStreet), qPrintable(text));
}

QTEST_MAIN(TestProtectedIdentityDocuments)
#include "tst_protectedidentitydocuments.moc"
