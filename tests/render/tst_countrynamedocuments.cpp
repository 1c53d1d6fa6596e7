// The country line of printed addresses (handbook 8.2 "Den benämning som
// läggs in under namn skrivs ut på fakturan") end to end: for every printed
// document with an address, made from the ledger by the core services and
// written as the clerk gets it (PDF read back with pdftotext), a claim with
// a Norwegian address (code "no", Landskoder name "Norge") ends its address
// with the line NORGE under the postal code and city, never the code NO; a
// Swedish one (code SE) has no country line. The Kronofogden XML keeps the
// code (<Land>NO</Land>). A saved reminder's copy (7.12) prints the name the
// letter was sent with, also after the register's name changed.
#include "testledger.h"

#include "creditnotedocument.h"
#include "dunning/dunningparameters.h"
#include "dunning/dunningrun.h"
#include "dunning/dunningsettings.h"
#include "dunning/dunningtexts.h"
#include "dunning/interestinvoicing.h"
#include "dunning/paymentorder.h"
#include "dunning/paymentorderxml.h"
#include "dunning/threatrun.h"
#include "dunningletterdocument.h"
#include "interestinvoicedocument.h"
#include "invoicecopydocument.h"
#include "ledger/countrycodes.h"
#include "ledger/invoicecopy.h"
#include "ledger/posting.h"
#include "ledger/replacementinvoice.h"
#include "payments/creditnote.h"
#include "paymentorderdocument.h"
#include "replacementinvoicedocument.h"
#include "threatletterdocument.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kNorway = QStringLiteral("040000001"); // Nordmann, Ola, 0159 Oslo, "no"
const QString kSweden = QStringLiteral("040000002"); // Andersson, Anna, 123 45 Småstad, "SE"
const QString kOsloPostalCode = QStringLiteral("0159");
const QString kSmastadPostalCode = QStringLiteral("123 45");

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ")
            + QString::fromLocal8Bit(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The address's line after the one with `postalCode` (postal code and
// city), read from the postal code's column: the country line, or what
// follows the address when there is none. "" when the postal code is not
// found.
QString lineAfterPostalCode(const QString &text, const QString &postalCode)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int column = lines.at(i).indexOf(postalCode);
        if (column < 0)
            continue;
        for (int j = i + 1; j < lines.size(); ++j) {
            const QString below = lines.at(j).mid(column).trimmed();
            if (!below.isEmpty())
                return below.section(QStringLiteral("  "), 0, 0).trimmed();
        }
        return QString();
    }
    return QString();
}

// `word` standing alone in the layout (columns are two or more blanks apart).
bool standsAlone(const QString &text, const QString &word)
{
    const QRegularExpression re(QStringLiteral("(^|\\s\\s)%1(\\s\\s|$)").arg(word),
                                QRegularExpression::MultilineOption);
    return re.match(text).hasMatch();
}

InvoiceDraft claim(const QString &number, const QString &name, const QString &id)
{
    InvoiceDraft d = TestLedger::draft(number, Money::fromKronor(1000), name, id);
    d.lines = {{1, QStringLiteral("Vatten"), Money::fromKronor(1000), QStringLiteral("3011")}};
    d.description = QStringLiteral("Vatten 2025");
    return d;
}

PaymentOrderApplicant applicant()
{
    PaymentOrderApplicant a;
    a.company = kCompany;
    a.applicant = {QStringLiteral("Testkommunen"), QStringLiteral("Box 100"),
                   QStringLiteral("123 45  Småstad")};
    a.applicantOrgNr = QStringLiteral("212000-0142");
    a.office = {QStringLiteral("Kronofogden"), QStringLiteral("Box 1050"),
                QStringLiteral("172 21  Sundbyberg")};
    a.agent = {QStringLiteral("Eva Ek, ekonomiavdelningen"), QStringLiteral("0123-456 78")};
    a.applicationFee = Money::fromKronor(300);
    a.feePlusgiro = QStringLiteral("5805620-1");
    a.enforcement = PaymentOrderEnforcement::Limited;
    return a;
}

// Reminder 1 ten days after the due date (2026-01-31 + 10 = 2026-02-10).
void setReminders(Database &db)
{
    DunningSettings s = DunningSettingsRegister::defaults(QStringLiteral("04"));
    s.reminder1.days = 10;
    s.reminder1.printInterest = false;
    DunningSettingsRegister(db).save(s);
}

DunningRunResult remind(Database &db)
{
    setReminders(db);
    DunningSelection s;
    s.runDate = QDate(2026, 2, 10);
    return DunningRun(db).run(s);
}

template <class T, class Key>
QList<T> only(const QList<T> &all, const QString &invoice, Key key)
{
    QList<T> out;
    for (const T &t : all)
        if (key(t) == invoice)
            out << t;
    return out;
}

QList<DunningLetter> lettersOf(const QList<DunningLetter> &all, const QString &invoice)
{
    return only(all, invoice, [](const DunningLetter &l) { return l.invoiceNumber; });
}

} // namespace

class TestCountryNameDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ledger.reset(); }
    void documents_data();
    void documents();
    void paymentOrderXmlKeepsTheCode();
    void copyPrintsWhatWasSent();
    void oldFreeTextCountryStillPrints();

private:
    // The PDFs of `kind` for the Norwegian and the Swedish claim, as text.
    QPair<QString, QString> documents(const QString &kind);
    QString written(const QString &name, bool ok, const QString &error);

    QTemporaryDir m_dir;
    std::unique_ptr<TestLedger> m_ledger;
};

void TestCountryNameDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
}

// Both 1 000,00 (one line Vatten on 3011), invoiced 2026-01-01, due
// 2026-01-31. Ola Nordmann (750101-1238), Karl Johans gate 22, 0159 Oslo,
// country typed "no" (stored NO); Anna Andersson (811218-9876), Storgatan 1,
// 123 45 Småstad, country SE. Today 2026-11-26.
void TestCountryNameDocuments::init()
{
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft ola =
        claim(kNorway, QStringLiteral("Nordmann, Ola"), QStringLiteral("750101-1238"));
    ola.address = QStringLiteral("Karl Johans gate 22");
    ola.postalCode = kOsloPostalCode;
    ola.city = QStringLiteral("Oslo");
    ola.country = QStringLiteral("no");
    InvoiceDraft anna =
        claim(kSweden, QStringLiteral("Andersson, Anna"), QStringLiteral("811218-9876"));
    anna.country = QStringLiteral("SE");
    m_ledger->registerInvoices({ola, anna});
}

QString TestCountryNameDocuments::written(const QString &name, bool ok, const QString &error)
{
    if (!ok)
        return QStringLiteral("not written: ") + error;
    const QString text = pdfText(m_dir.filePath(name));
    // With RESKONTRA_SCREENSHOT_DIR set, the PDF is kept there to be looked at.
    if (const QByteArray keep = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !keep.isEmpty()) {
        const QString target = QDir(QString::fromLocal8Bit(keep)).filePath(name);
        QFile::remove(target);
        QFile::copy(m_dir.filePath(name), target);
    }
    return text;
}

QPair<QString, QString> TestCountryNameDocuments::documents(const QString &kind)
{
    Database &db = *m_ledger->db;
    QString out[2];
    const QString invoices[2] = {kNorway, kSweden};
    QString error;
    auto pdf = [&](int i) {
        return QString(kind).replace(QLatin1Char(' '), QLatin1Char('_')) + QLatin1Char('_')
            + invoices[i] + QStringLiteral(".pdf");
    };
    auto path = [&](int i) { return m_dir.filePath(pdf(i)); };
    if (kind == QLatin1String("reminder")) {
        const DunningRunResult r = remind(db);
        for (int i = 0; i < 2; ++i)
            out[i] = written(pdf(i),
                             DunningLetterDocument(lettersOf(r.letters, invoices[i]))
                                 .writePdf(path(i), &error),
                             error);
    } else if (kind == QLatin1String("threat letter")) {
        db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', "
                              "collection_date = '2026-03-02'"));
        DunningTexts(db).save({DunningTextKind::Threat, 1, QLatin1Char('F'),
                               {QStringLiteral("Betala senast på förfallodagen.")}});
        ThreatSelection s;
        s.runDate = QDate(2026, 3, 16);
        s.daysSinceCollection = 14;
        s.textNumber = 1;
        const ThreatRunResult r = ThreatRun(db).run(s);
        for (int i = 0; i < 2; ++i)
            out[i] = written(pdf(i),
                             ThreatLetterDocument(lettersOf(r.letters, invoices[i]))
                                 .writePdf(path(i), &error),
                             error);
    } else if (kind == QLatin1String("interest invoice")) {
        // Both paid 2026-03-02, 30 days late: interest well over 1 krona.
        for (const QString &invoice : invoices) {
            PostingRequest p;
            p.company = kCompany;
            p.invoiceNumber = invoice;
            p.method = QStringLiteral("B");
            p.amount = Money::fromKronor(1000);
            p.transactionDate = QDate(2026, 3, 2);
            PostingService(db).post(p);
        }
        DunningAccounts a;
        a.interestIncome = QStringLiteral("8314");
        a.interestReceivable = QStringLiteral("1514");
        DunningParametersRegister(db).setAccounts(kCompany, QStringLiteral("04"), a);
        InterestInvoicingSelection s;
        s.runDate = QDate(2026, 11, 26);
        s.companyFrom = QStringLiteral("1");
        s.routineFrom = QStringLiteral("04");
        s.paidFrom = QDate(2026, 1, 1);
        s.paidTo = QDate(2026, 11, 26);
        s.minimumInterest = Money::fromKronor(1);
        s.minimumDays = 1;
        s.handler = QStringLiteral("Eva Ek 0123-456");
        const InterestInvoicingResult r = InterestInvoicing(db).plan(s);
        for (int i = 0; i < 2; ++i) {
            const QList<InterestInvoice> mine =
                only(r.invoices, invoices[i],
                     [](const InterestInvoice &v) { return v.originalInvoiceNumber; });
            out[i] = written(pdf(i), InterestInvoiceDocument(mine).writePdf(path(i), &error),
                             error);
        }
    } else if (kind == QLatin1String("invoice copy")) {
        for (int i = 0; i < 2; ++i)
            out[i] = written(pdf(i),
                             InvoiceCopyDocument(InvoiceCopies(db).make(kCompany, invoices[i],
                                                                        InvoiceCopyOptions()))
                                 .writePdf(path(i), &error),
                             error);
    } else if (kind == QLatin1String("replacement invoice")) {
        for (int i = 0; i < 2; ++i)
            out[i] = written(pdf(i),
                             ReplacementInvoiceDocument(
                                 ReplacementInvoices(db).make(kCompany, invoices[i],
                                                              ReplacementInvoiceOptions()))
                                 .writePdf(path(i), &error),
                             error);
    } else if (kind.startsWith(QLatin1String("credit invoice"))
               || kind.startsWith(QLatin1String("annulment notice"))) {
        CreditNoteService service(db);
        for (int i = 0; i < 2; ++i) {
            CreditHeader h;
            h.company = kCompany;
            h.invoiceNumber = invoices[i];
            h.method = QStringLiteral("2");
            h.transactionDate = QDate(2026, 3, 10);
            h.remark = QStringLiteral("Felaktig mätaravläsning");
            const CreditProposal p = service.propose(h);
            CreditRequest r;
            r.header = p.header;
            r.lines = p.lines;
            r.document = kind.startsWith(QLatin1String("credit"))
                ? CreditDocumentKind::CreditInvoice
                : CreditDocumentKind::AnnulmentNotice;
            r.handler = QStringLiteral("Eva Ek 0123-456");
            r.expectedVersion = p.claim.version;
            const CreditResult done = service.execute(r);
            out[i] = done.document ? written(pdf(i),
                                             CreditNoteDocument(*done.document)
                                                 .writePdf(path(i), &error),
                                             error)
                                   : QStringLiteral("no document");
        }
    } else if (kind == QLatin1String("payment order application")) {
        db.run(QStringLiteral("UPDATE invoice SET collection_date = '2026-04-20'"));
        for (int i = 0; i < 2; ++i) {
            PaymentOrderApplication a;
            a.applicationDate = QDate(2026, 11, 26);
            a.claims = {{kCompany, invoices[i], QString()}};
            a.interest = PaymentOrderInterest::None;
            a.applicant = applicant();
            const PaymentOrder order = PaymentOrderService(db).compute(a);
            out[i] = written(pdf(i), PaymentOrderDocument(order).writePdf(path(i), &error),
                             error);
        }
    }
    return {out[0], out[1]};
}

void TestCountryNameDocuments::documents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("reminder (7.11)") << "reminder";
    QTest::newRow("threat letter (7.16)") << "threat letter";
    QTest::newRow("interest invoice (7.13)") << "interest invoice";
    QTest::newRow("invoice copy (6.2)") << "invoice copy";
    QTest::newRow("replacement invoice (6.3)") << "replacement invoice";
    QTest::newRow("credit invoice (4.5)") << "credit invoice";
    QTest::newRow("annulment notice (4.5)") << "annulment notice";
    QTest::newRow("payment order application (7.17)") << "payment order application";
}

void TestCountryNameDocuments::documents()
{
    QFETCH(QString, kind);
    QPair<QString, QString> texts;
    try {
        texts = documents(kind);
    } catch (const LedgerError &e) {
        QFAIL(qPrintable(e.message()));
    }
    const QString &ola = texts.first;
    const QString &anna = texts.second;
    // Ola's address ends with the register's name under "0159  Oslo".
    QVERIFY2(ola.contains(QStringLiteral("Karl Johans gate 22")), qPrintable(ola));
    QCOMPARE(lineAfterPostalCode(ola, kOsloPostalCode), QStringLiteral("NORGE"));
    QVERIFY2(!standsAlone(ola, QStringLiteral("NO")), qPrintable(ola));
    // Anna's has no country line: no SE, no SVERIGE.
    QVERIFY2(anna.contains(QStringLiteral("Storgatan 1")), qPrintable(anna));
    QVERIFY2(!lineAfterPostalCode(anna, kSmastadPostalCode).isEmpty(), qPrintable(anna));
    QVERIFY2(!standsAlone(anna, QStringLiteral("SE")), qPrintable(anna));
    QVERIFY2(!anna.contains(QStringLiteral("SVERIGE"), Qt::CaseInsensitive), qPrintable(anna));
}

void TestCountryNameDocuments::paymentOrderXmlKeepsTheCode()
{
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE invoice SET collection_date = '2026-04-20'"));
    PaymentOrderApplication a;
    a.applicationDate = QDate(2026, 11, 26);
    a.claims = {{kCompany, kNorway, QString()}};
    a.interest = PaymentOrderInterest::None;
    a.applicant = applicant();
    const PaymentOrder order = PaymentOrderService(db).compute(a);
    QCOMPARE(order.debtor.country, QStringLiteral("NO"));
    QCOMPARE(order.debtor.countryName, QStringLiteral("NORGE"));
    const QString xml = QString::fromUtf8(PaymentOrderXml::write(order));
    QVERIFY2(xml.contains(QStringLiteral("<Land>NO</Land>")), qPrintable(xml));
    QVERIFY2(!xml.contains(QStringLiteral("NORGE")), qPrintable(xml));
    // Saved and read back (the stored application) it prints the same; one
    // saved before the name was kept prints the code it printed then.
    QCOMPARE(PaymentOrder::fromJson(order.toJson()).debtor.countryName, QStringLiteral("NORGE"));
    QJsonObject old = order.toJson();
    QJsonObject debtor = old.value(QStringLiteral("debtor")).toObject();
    debtor.remove(QStringLiteral("country_name"));
    old.insert(QStringLiteral("debtor"), debtor);
    QCOMPARE(PaymentOrder::fromJson(old).debtor.countryName, QStringLiteral("NO"));
}

// The reminder's saved letter (kravparametrar "spara brev") holds the name it
// was printed with: after the register renames NO "Noreg", its copy still
// says NORGE, while a document made now says NOREG.
void TestCountryNameDocuments::copyPrintsWhatWasSent()
{
    Database &db = *m_ledger->db;
    const DunningRunResult r = remind(db);
    QCOMPARE(lettersOf(r.letters, kNorway).size(), 1);
    QCOMPARE(lettersOf(r.letters, kNorway).first().country, QStringLiteral("NORGE"));
    QCOMPARE(lettersOf(r.letters, kSweden).first().country, QString());
    CountryCodes(db).save({QStringLiteral("NO"), QStringLiteral("Noreg"), QString(), false});

    DunningCopySelection c;
    c.invoiceFrom = c.invoiceTo = kNorway;
    const QList<DunningLetter> copies = DunningRun(db).copies(c);
    QCOMPARE(copies.size(), 1);
    QString error;
    const QString copyText =
        written(QStringLiteral("kopia.pdf"),
                DunningLetterDocument(copies).writePdf(m_dir.filePath(QStringLiteral("kopia.pdf")),
                                                       &error),
                error);
    QVERIFY2(copyText.contains(QStringLiteral("KOPIA")), qPrintable(copyText));
    QCOMPARE(lineAfterPostalCode(copyText, kOsloPostalCode), QStringLiteral("NORGE"));

    const QString nowText = written(
        QStringLiteral("fakturakopia.pdf"),
        InvoiceCopyDocument(InvoiceCopies(db).make(kCompany, kNorway, InvoiceCopyOptions()))
            .writePdf(m_dir.filePath(QStringLiteral("fakturakopia.pdf")), &error),
        error);
    QCOMPARE(lineAfterPostalCode(nowText, kOsloPostalCode), QStringLiteral("NOREG"));
}

// A claim from before the register (its country typed as text, not a code)
// prints its text, upper-cased.
void TestCountryNameDocuments::oldFreeTextCountryStillPrints()
{
    Database &db = *m_ledger->db;
    db.run(QStringLiteral("UPDATE invoice SET country = 'Norway' WHERE invoice_number = ?"),
           {kNorway});
    QString error;
    const QString text = written(
        QStringLiteral("fritext.pdf"),
        InvoiceCopyDocument(InvoiceCopies(db).make(kCompany, kNorway, InvoiceCopyOptions()))
            .writePdf(m_dir.filePath(QStringLiteral("fritext.pdf")), &error),
        error);
    QCOMPARE(lineAfterPostalCode(text, kOsloPostalCode), QStringLiteral("NORWAY"));
}

QTEST_MAIN(TestCountryNameDocuments)
#include "tst_countrynamedocuments.moc"
