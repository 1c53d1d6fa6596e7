// Ansökan om betalningsföreläggande on paper (handbook 7.17): an application
// computed by PaymentOrderService on a test ledger is written as a PDF, its
// text read back with pdftotext and compared with a golden file (STYLE.md 7).
// Amounts by hand: see tests/integration/tst_paymentorder.cpp (12,00 % in
// 2024: 44,38 on 1 000,00 for 135 days, 61,64 on 2 500,00 for 75 days).
#include "golden.h"
#include "testledger.h"

#include "dunning/paymentorder.h"
#include "paymentorderdocument.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(p.readAllStandardError());
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (QString &l : lines) {
        l.remove(QLatin1Char('\f'));
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestPaymentOrderDocument : public QObject
{
    Q_OBJECT
private slots:
    void pdfMatchesGolden_data();
    void pdfMatchesGolden();
};

void TestPaymentOrderDocument::pdfMatchesGolden_data()
{
    QTest::addColumn<bool>("printed");
    QTest::addColumn<QString>("golden");
    // Printed: alternative 1, an agent, costs in the case and collection costs.
    QTest::newRow("printed application, alternative 1") << true << "paymentorder/application.txt";
    // Draft: alternative 2 at 15 %, protected identity, a cost over its
    // maximum with the clerk's reason, the fee enclosed.
    QTest::newRow("draft, alternative 2, protected identity") << false << "paymentorder/draft.txt";
}

void TestPaymentOrderDocument::pdfMatchesGolden()
{
    QFETCH(bool, printed);
    QFETCH(QString, golden);
    TestLedger ledger(QDate(2024, 6, 14));
    InvoiceDraft first = TestLedger::draft(QStringLiteral("040000001"), Money::fromOre(100000));
    first.invoiceDate = QDate(2024, 1, 1);
    first.dueDate = QDate(2024, 1, 31);
    first.description = QStringLiteral("Vatten och avlopp kvartal 1");
    InvoiceDraft second = TestLedger::draft(QStringLiteral("040000002"), Money::fromOre(250000));
    second.invoiceDate = QDate(2024, 3, 1);
    second.dueDate = QDate(2024, 3, 31);
    ledger.registerInvoices({first, second});
    Database &db = *ledger.db;
    db.run(QStringLiteral("UPDATE invoice SET collection_date = '2024-04-20'"));

    PaymentOrderApplication a;
    a.applicationDate = QDate(2024, 6, 14);
    a.claims = {{QStringLiteral("001"), QStringLiteral("040000001"), QString()},
                {QStringLiteral("001"), QStringLiteral("040000002"),
                 QStringLiteral("Vatten och avlopp kvartal 2, Storgatan 1")}};
    PaymentOrderApplicant &s = a.applicant;
    s.company = QStringLiteral("001");
    s.applicant = {QStringLiteral("Testkommunen"), QStringLiteral("Kommunstyrelsen"),
                   QStringLiteral("Box 100"), QStringLiteral("123 45  Småstad")};
    s.applicantOrgNr = QStringLiteral("212000-0142");
    s.office = {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")};
    a.costs.demand = Money::fromKronor(360); // two collection demands à 180
    if (printed) {
        s.agent = {QStringLiteral("Eva Ek, ekonomiavdelningen"), QStringLiteral("0123-456 78")};
        s.feePlusgiro = QStringLiteral("5805620-1");
        s.assistance = true;
        s.enforcement = PaymentOrderEnforcement::Limited;
        a.costs.ownWork = Money::fromKronor(380);
        a.costs.registrationCertificate = Money::fromKronor(150);
        a.costs.otherCollection = Money::fromKronor(50);
        a.costs.otherCollectionName = QStringLiteral("Adressutredning");
    } else {
        db.run(QStringLiteral("UPDATE customer SET protected_identity = 1"));
        s.feeEnclosed = true;
        s.enforcement = PaymentOrderEnforcement::Full;
        s.realEstate = true;
        s.pledge = true;
        a.interest = PaymentOrderInterest::OtherRate;
        a.otherRateHundredths = 1500;
        a.interestGround = QStringLiteral("Avtalad ränta enligt avtal 2023-12-01");
        a.specialInformation = QStringLiteral("Gäldenären har bestritt fordran muntligen");
        a.costs.ownWork = Money::fromKronor(500);
        a.costs.overrideReason = QStringLiteral("Ombud anlitat, arvode enligt bilaga");
    }
    PaymentOrderService service(db);
    const PaymentOrder order = printed ? service.print(a) : service.compute(a);

    const QString pdf = ledger.dir.filePath(QStringLiteral("ansokan.pdf"));
    QString error;
    QVERIFY2(PaymentOrderDocument(order).writePdf(pdf, &error), qPrintable(error));
    if (const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(dir))
                             .filePath(QFileInfo(golden).completeBaseName() + QStringLiteral(".pdf")));
    rsk::test::compareGolden(golden, pdfText(pdf));
}

QTEST_MAIN(TestPaymentOrderDocument)
#include "tst_paymentorderdocument.moc"
