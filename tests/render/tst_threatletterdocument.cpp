// Hot om betalningsföreläggande on paper (handbook 7.16, 7.9): letters made
// by a real ThreatRun on a test ledger, written to a PDF, read back with
// pdftotext and compared with golden files; A4 portrait, one page per
// letter, a 70-character text line unbroken, no word over another.
#include "threatletterdocument.h"

#include "dunning/dunningtexts.h"
#include "dunning/threatrun.h"
#include "golden.h"
#include "ledger/posting.h"
#include "testledger.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

namespace {

const QString kCompany = QStringLiteral("001");
const QString kInvoice = QStringLiteral("040000001");

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout, pages marked, trailing blanks removed.
QString pdfText(const QString &pdf)
{
    QStringList pages = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf,
                                                          QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QString out;
    for (int i = 0; i < pages.size(); ++i) {
        QStringList lines = pages.at(i).split(QLatin1Char('\n'));
        for (QString &l : lines)
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        out += QStringLiteral("----- sida %1 -----\n%2\n").arg(i + 1).arg(lines.join(QLatin1Char('\n')));
    }
    return out;
}

// Words whose boxes overlap (pdftotext -bbox), as "a / b" per pair.
QStringList overlaps(const QString &pdf)
{
    const QString html = tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf,
                                                            QStringLiteral("-")});
    static const QRegularExpression wordRe(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QStringList problems;
    for (const QString &page : html.split(QStringLiteral("</page>"))) {
        QList<QPair<QRectF, QString>> words;
        for (auto it = wordRe.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            for (const auto &other : std::as_const(words))
                if (other.first.adjusted(0.3, 0.3, -0.3, -0.3).intersects(box))
                    problems << other.second + QStringLiteral(" / ") + m.captured(5);
            words.append({box, m.captured(5)});
        }
    }
    return problems;
}

void setCollection(Database &db)
{
    db.run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', "
                          "collection_date = '2026-03-02'"));
}

// A threat text of the register's full width: 70 characters on line 2.
void saveText(Database &db)
{
    DunningTexts(db).save(
        {DunningTextKind::Threat, 2, QLatin1Char('F'),
         {QStringLiteral("Trots påminnelse och inkassokrav har fordran nedan inte betalats."),
          QStringLiteral("Betalar du inte senast på förfallodagen ansöker vi om betalnings-|end"),
          QStringLiteral("föreläggande hos Kronofogden utan ytterligare varsel."),
          QString(),
          QStringLiteral("Har du frågor, ring handläggaren.")}});
}

} // namespace

class TestThreatLetterDocument : public QObject
{
    Q_OBJECT

private slots:
    void letterMatchesGolden_data();
    void letterMatchesGolden();
    void emptyAndUnwritable();
};

void TestThreatLetterDocument::letterMatchesGolden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("withFeesAndPayment");
    QTest::addColumn<bool>("printInterest");
    // 10 000,00 due 2026-01-31, collection demand 2026-03-02, threat
    // 2026-03-16 (14 days), pay by 2026-03-26 (+ 10 days, a Thursday).
    QTest::newRow("plain") << QStringLiteral("hot") << false << false;
    // The demand debited its fee 180,00 and interest 82,19 (10 000 × 10 % ×
    // 30/365); 100,00 paid 2026-03-05 went to the fee first (costs, then
    // interest, then capital): fee 80,00 and interest 82,19 still open,
    // balance 10 000 + 80 + 82,19 = 10 162,19. Interest on the untouched
    // capital to 2026-03-16: 10 000 × 0,10 × 44/365 = 120,5479 → 120,55, less
    // the 82,19 debited: 38,36 accrued, shown, not added to Att betala.
    QTest::newRow("interest, fees and a payment")
        << QStringLiteral("hot_ranta") << true << true;
}

void TestThreatLetterDocument::letterMatchesGolden()
{
    QFETCH(QString, name);
    QFETCH(bool, withFeesAndPayment);
    QFETCH(bool, printInterest);
    TestLedger t;
    InvoiceDraft d = TestLedger::draft(kInvoice, Money::fromKronor(10000));
    d.description = QStringLiteral("Vatten och avlopp 2025");
    d.customerNumber = QStringLiteral("1001");
    t.registerInvoices({d});
    setCollection(*t.db);
    saveText(*t.db);
    if (withFeesAndPayment) {
        t.db->run(QStringLiteral("UPDATE invoice SET collection_fee_ore = 18000, "
                                 "collection_fee_open_ore = 18000, interest_debited_ore = 8219, "
                                 "interest_open_ore = 8219, balance_ore = 1026219"));
        PostingRequest r;
        r.company = kCompany;
        r.invoiceNumber = kInvoice;
        r.method = QStringLiteral("B");
        r.amount = Money::fromKronor(100);
        r.transactionDate = QDate(2026, 3, 5);
        PostingService(*t.db).post(r);
    }
    ThreatSelection s;
    s.runDate = QDate(2026, 3, 16);
    s.daysSinceCollection = 14;
    s.textNumber = 2;
    s.printInterest = printInterest;
    const ThreatRunResult run = ThreatRun(*t.db).run(s);
    QCOMPARE(run.letters.size(), 1);
    const DunningLetter &l = run.letters.first();
    QCOMPARE(l.totalToPay.ore(), withFeesAndPayment ? qint64(1016219) : qint64(1000000));
    QCOMPARE(l.accruedInterest.ore(), printInterest ? qint64(3836) : qint64(0));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(name + QStringLiteral(".pdf"));
    const ThreatLetterDocument document(run.letters);
    QString error;
    QVERIFY2(document.writePdf(pdf, &error), qPrintable(error));
    QCOMPARE(document.pageCount(), 1);
    // With RESKONTRA_SCREENSHOT_DIR set, the PDF is kept there to be looked at.
    if (const QByteArray keep = qgetenv("RESKONTRA_SCREENSHOT_DIR"); !keep.isEmpty())
        QFile::copy(pdf, QDir(QString::fromLocal8Bit(keep)).filePath(name + QStringLiteral(".pdf")));
    // A4 portrait: 595 × 842 points.
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral(R"re(Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts)re"))),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Title:\\s+Hot om betalningsföreläggande 2026-03-16"))),
             qPrintable(info));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("HOT OM BETALNINGSFÖRELÄGGANDE")), qPrintable(text));
    // The 70-character line stands whole on one line.
    QVERIFY2(text.contains(QStringLiteral("ansöker vi om betalnings-|end")), qPrintable(text));
    const QStringList overlapping = overlaps(pdf);
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join(QStringLiteral("; "))));
    rsk::test::compareGolden(QStringLiteral("letters/") + name + QStringLiteral(".txt"), text);
}

void TestThreatLetterDocument::emptyAndUnwritable()
{
    QString error;
    QVERIFY(!ThreatLetterDocument({}).writePdf(QStringLiteral("/tmp/none.pdf"), &error));
    QCOMPARE(error, QStringLiteral("Inga hotbrev att skriva ut till /tmp/none.pdf."));
    DunningLetter l;
    l.letterDate = QDate(2026, 3, 16);
    QVERIFY(!ThreatLetterDocument({l}).writePdf(QStringLiteral("/no/such/dir/hot.pdf"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Kan inte skriva /no/such/dir/hot.pdf")),
             qPrintable(error));
    // A letter of another form type is printed on A4 all the same.
    l.formType = QLatin1Char('D');
    QCOMPARE(ThreatLetterDocument({l}).letters().first().formType, QLatin1Char('F'));
}

QTEST_MAIN(TestThreatLetterDocument)
#include "tst_threatletterdocument.moc"
