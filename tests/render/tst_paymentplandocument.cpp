// The printed amorteringsplan (handbook 7.18): a PDF is written, its text
// read back with pdftotext and compared with a golden file (STYLE.md 7).
// The plan is the one of tests/integration/tst_paymentplan.cpp
// planAndCommit, its schedule made by the core's pure function.
#include "golden.h"
#include "paymentplandocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;

namespace {

Money kr(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

PaymentPlanClaimLine ledgerClaim(const char *number, const char *capital, const char *fee,
                                 const char *interest, const QDate &due)
{
    PaymentPlanClaimLine l;
    l.invoiceId = 1;
    l.company = QStringLiteral("001");
    l.invoiceNumber = QString::fromLatin1(number);
    l.text = QStringLiteral("Vatten och avlopp");
    l.dueDate = due;
    l.capital = kr(capital);
    l.collectionFee = kr(fee);
    l.interest = kr(interest);
    return l;
}

// Capital 1 800,00, fees 350,00, interest 97,98: debt 2 247,98; 500 kr a
// month on the last day, 25 kr notice fee, 10,00 % (see tst_paymentplan).
PaymentPlan samplePlan(int monthly = 500)
{
    PaymentPlan p;
    p.id = 7;
    p.planDate = QDate(2026, 11, 26);
    p.debtor = {QStringLiteral("Andersson, Anna"), QStringLiteral("198112189876"),
                QStringLiteral("Andersson, Bengt"), QStringLiteral("191212121212"),
                QStringLiteral("Berg"), QStringLiteral("Storgatan 1"), QStringLiteral("123 45"),
                QStringLiteral("Småstad"), false};
    p.creditor = {QStringLiteral("2120000142"), QStringLiteral("Testkommunen"),
                  QStringLiteral("Box 100"), QStringLiteral("123 45"), QStringLiteral("Småstad"),
                  QStringLiteral("0123-45 67 89"), QString(), QStringLiteral("58056201")};
    p.claims << ledgerClaim("040000001", "1000", "180", "81,92", QDate(2026, 1, 31))
             << ledgerClaim("040000002", "500", "0", "3,56", QDate(2026, 10, 31));
    PaymentPlanClaimLine other;
    other.text = QStringLiteral("Skadestånd");
    other.capital = kr("300");
    other.interest = kr("12,50");
    other.interestGiven = true;
    PaymentPlanClaimLine fee;
    fee.text = QStringLiteral("Avgift amorteringsplan");
    fee.otherFee = kr("170");
    p.claims << other << fee;
    p.terms.firstDate = QDate(2026, 12, 31);
    p.terms.lastOfMonth = true;
    p.terms.monthly = Money::fromKronor(monthly);
    p.terms.noticeFee = kr("25");
    p.texts = {QStringLiteral("Enligt överenskommelse per telefon 2026-11-25.")};
    p.marginHundredths = 800;
    const ReferenceRateTable rates({{QDate(2026, 1, 1), 200, true, QStringLiteral("test")},
                                    {QDate(2026, 7, 1), 200, true, QStringLiteral("test")}});
    const PaymentSchedule s = PaymentPlanService::schedule(
        {p.planDate, p.capital(), p.fees(), p.accruedInterest(), p.terms}, InterestSettings(),
        rates);
    p.instalments = s.instalments;
    p.notes = s.notes;
    return p;
}

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

class TestPaymentPlanDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pdfMatchesGolden();
    void longPlanRunsOverPages();
    void protectedAddressIsNotPrinted();
    void unwritablePathIsReported();

private:
    QString writeAndRead(const PaymentPlan &plan, const QString &name);
    QTemporaryDir m_dir;
};

void TestPaymentPlanDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

QString TestPaymentPlanDocument::writeAndRead(const PaymentPlan &plan, const QString &name)
{
    const QString pdf = m_dir.filePath(name);
    QString error;
    if (!PaymentPlanDocument(plan).writePdf(pdf, &error))
        return error;
    if (const QByteArray keep = qgetenv("RESKONTRA_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(name));
    return pdfText(pdf);
}

void TestPaymentPlanDocument::pdfMatchesGolden()
{
    const PaymentPlan plan = samplePlan();
    QCOMPARE(plan.instalments.size(), 5);
    const QString text = writeAndRead(plan, QStringLiteral("amorteringsplan.pdf"));
    // The essentials, independent of the golden file: parties, claims, the
    // total debt, every instalment and the sums (see tst_paymentplan).
    for (const char *expected :
         {"AMORTERINGSPLAN", "Plan nr 7, upprättad 2026-11-26", "Testkommunen",
          "Org.nr 212000-0142", "Bankgiro 5805-6201", "Andersson, Anna", "Personnr 19811218-9876",
          "Andersson, Bengt", "Personnr 19121212-1212", "c/o Berg", "Faktura 001/040000001",
          "Skadestånd", "12,50*", "Avgift amorteringsplan", "2 247,98", "2026-12-31",
          "2027-04-30", "324,20", "2 424,20", "51,22", "8,00 procentenheter",
          "den sista i varje månad", "Enligt överenskommelse", "Gäldenärens underskrift",
          "Sida 1 (1)"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(QString::fromUtf8(expected), text)));
    }
    rsk::test::compareGolden(QStringLiteral("plans/amorteringsplan.txt"), text);
}

// 60 kr a month: over 40 instalments (2 247,98 / 60 = 37,5 without the
// 10 % interest), so the schedule runs onto a second page, each page with
// its footer, and the last instalment is printed.
void TestPaymentPlanDocument::longPlanRunsOverPages()
{
    const PaymentPlan plan = samplePlan(60);
    QVERIFY(plan.instalments.size() > 40);
    QVERIFY(plan.instalments.last().remaining.isZero());
    const QString text = writeAndRead(plan, QStringLiteral("lang.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Sida 1 (2)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sida 2 (2)")));
    QVERIFY(text.contains(plan.instalments.last().date.toString(Qt::ISODate)));
    QVERIFY(text.contains(plan.totalToPay().toString()));
}

void TestPaymentPlanDocument::protectedAddressIsNotPrinted()
{
    PaymentPlan plan = samplePlan();
    plan.debtor.addressWithheld = true;
    const QString html = PaymentPlanDocument(plan).html();
    QVERIFY(html.contains(QStringLiteral("Andersson, Anna")));
    QVERIFY(!html.contains(QStringLiteral("Storgatan")));
    QVERIFY(!html.contains(QStringLiteral("c/o")));
}

void TestPaymentPlanDocument::unwritablePathIsReported()
{
    QString error;
    QVERIFY(!PaymentPlanDocument(samplePlan())
                 .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Kan inte skriva")), qPrintable(error));
}

QTEST_MAIN(TestPaymentPlanDocument)
#include "tst_paymentplandocument.moc"
