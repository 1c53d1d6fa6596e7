// Underhåll Landskoder (handbook 8.2): a new ledger has the Nordic countries,
// the EU and the rest of Europe (migration 016); a country is two letters and
// a name of at most 30 characters (printed on the invoice) with an optional
// "Avvikande betalningssätt"; adding, changing and deleting are audited; a
// code customers or claims use cannot be deleted; and an imported invoice or
// a claim changed by hand may only have a code of the register.
#include "ledger/countrycodes.h"

#include "audit/auditlog.h"
#include "ledger/invoicechange.h"
#include "ledger/invoicerepository.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::CountryCode)

class TestCountryCodes : public QObject
{
    Q_OBJECT

private slots:
    void newLedgerHasNordicAndEu();
    void rules_data();
    void rules();
    void addChangeDeleteAudited();
    void deleteRefusedWhileUsed();
    void importedInvoiceNeedsARegisteredCode_data();
    void importedInvoiceNeedsARegisteredCode();
    void changedClaimNeedsARegisteredCode();
};

void TestCountryCodes::newLedgerHasNordicAndEu()
{
    TestLedger t;
    CountryCodes codes(*t.db);
    const QList<CountryCode> all = codes.list();
    int eu = 0;
    for (const CountryCode &c : all)
        eu += c.eu ? 1 : 0;
    // The 27 member states, and Åland (Finland's, inside the EU).
    QCOMPARE(eu, 28);
    for (const char *nordic : {"SE", "NO", "DK", "FI", "IS"})
        QVERIFY2(codes.find(QLatin1String(nordic)), nordic);
    QCOMPARE(codes.find(QStringLiteral("no"))->name, QStringLiteral("Norge"));
    QVERIFY(!codes.find(QStringLiteral("NO"))->eu);
    QVERIFY(codes.find(QStringLiteral("DE"))->eu);
    QVERIFY(!codes.find(QStringLiteral("GB"))->eu);
    QCOMPARE(all.first().code, QStringLiteral("AD")); // by code
}

void TestCountryCodes::rules_data()
{
    QTest::addColumn<CountryCode>("country");
    QTest::addColumn<QString>("problem"); // "" = accepted
    QTest::newRow("Kosovo with a payment text")
        << CountryCode{QStringLiteral("XK"), QStringLiteral("Kosovo"),
                       QStringLiteral("Betala i euro till IBAN nedan"), false}
        << "";
    QTest::newRow("lower case and spaces: upper-cased, trimmed")
        << CountryCode{QStringLiteral(" xk "), QStringLiteral(" Kosovo "), QString(), false} << "";
    QTest::newRow("name of 30 characters")
        << CountryCode{QStringLiteral("XK"), QString(30, QLatin1Char('k')), QString(), false} << "";
    QTest::newRow("no code")
        << CountryCode{QStringLiteral(" "), QStringLiteral("Kosovo"), {}, false}
        << "Landskod: ange två bokstäver, t.ex. NO.";
    QTest::newRow("three letters")
        << CountryCode{QStringLiteral("XKX"), QStringLiteral("Kosovo"), {}, false}
        << "Landskod: \"XKX\" ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.";
    QTest::newRow("a digit")
        << CountryCode{QStringLiteral("X1"), QStringLiteral("Kosovo"), {}, false}
        << "Landskod: \"X1\" ska vara två bokstäver A–Z (ISO 3166), t.ex. NO.";
    QTest::newRow("Å is not A–Z") << CountryCode{QStringLiteral("ÅL"), QStringLiteral("Åland"), {},
                                                 false}
                                  << "Landskod: \"ÅL\" ska vara två bokstäver A–Z (ISO 3166), "
                                     "t.ex. NO.";
    QTest::newRow("no name") << CountryCode{QStringLiteral("XK"), QString(), {}, false}
                             << "Namn: ange landets namn för XK; det skrivs ut på fakturan.";
    QTest::newRow("name of 31 characters")
        << CountryCode{QStringLiteral("XK"), QString(31, QLatin1Char('k')), {}, false}
        << QStringLiteral("Namn: \"%1\" är 31 tecken, högst 30.")
               .arg(QString(31, QLatin1Char('k')));
    QTest::newRow("payment text of 61 characters")
        << CountryCode{QStringLiteral("XK"), QStringLiteral("Kosovo"),
                       QString(61, QLatin1Char('p')), false}
        << "Avvikande betalningssätt: 61 tecken, högst 60.";
}

void TestCountryCodes::rules()
{
    QFETCH(CountryCode, country);
    QFETCH(QString, problem);
    QCOMPARE(CountryCodes::problem(country).value_or(QString()), problem);
    TestLedger t;
    CountryCodes codes(*t.db);
    const int before = int(codes.list().size());
    if (!problem.isEmpty()) {
        QVERIFY_THROWS_EXCEPTION(LedgerError, codes.save(country));
        QCOMPARE(codes.list().size(), before);
        return;
    }
    codes.save(country);
    const auto saved = codes.find(country.code);
    QVERIFY(saved);
    QCOMPARE(saved->code, country.code.trimmed().toUpper());
    QCOMPARE(saved->name, country.name.trimmed());
    QCOMPARE(saved->paymentText, country.paymentText);
    QCOMPARE(codes.list().size(), before + 1);
}

void TestCountryCodes::addChangeDeleteAudited()
{
    TestLedger t;
    CountryCodes codes(*t.db);
    codes.save({QStringLiteral("XK"), QStringLiteral("Kosovo"), QString(), false});
    codes.save({QStringLiteral("XK"), QStringLiteral("Republiken Kosovo"),
                QStringLiteral("Betala i euro"), false});
    QCOMPARE(codes.find(QStringLiteral("XK"))->name, QStringLiteral("Republiken Kosovo"));
    codes.remove(QStringLiteral("xk"));
    QVERIFY(!codes.find(QStringLiteral("XK")));

    const auto entries = AuditLog(*t.db).entriesFor(QStringLiteral("country_code"),
                                                    QStringLiteral("XK"));
    QStringList seen;
    for (const auto &e : entries)
        seen << e.action + QLatin1Char(':') + e.field + QLatin1Char('=') + e.newValue;
    QCOMPARE(seen, (QStringList{QStringLiteral("insert:=Kosovo"),
                                QStringLiteral("update:name=Republiken Kosovo"),
                                QStringLiteral("update:payment_text=Betala i euro"),
                                QStringLiteral("delete:=")}));
    QCOMPARE(entries.first().user, QStringLiteral("testare"));
    QVERIFY_THROWS_EXCEPTION(LedgerError, codes.remove(QStringLiteral("XK"))); // gone
}

void TestCountryCodes::deleteRefusedWhileUsed()
{
    TestLedger t;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000017"), Money::fromOre(10000));
    d.country = QStringLiteral("no");
    d.postalCode = QStringLiteral("0150");
    d.city = QStringLiteral("Oslo");
    t.registerInvoices({d});
    CountryCodes codes(*t.db);
    QCOMPARE(codes.customersUsing(QStringLiteral("NO")), 1);
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    try {
        codes.remove(QStringLiteral("NO"));
        QFAIL("deleted");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QCOMPARE(e.message(),
                 QStringLiteral("Landskod NO (Norge) används av en kund och kan inte tas bort."));
    }
    // The customer moved home, the claim keeps its own address: still refused.
    t.db->run(QStringLiteral("UPDATE customer SET country = ''"));
    try {
        codes.remove(QStringLiteral("NO"));
        QFAIL("deleted");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("finns i adressen på fakturor")),
                 qPrintable(e.message()));
    }
    QVERIFY(codes.find(QStringLiteral("NO")));
    QCOMPARE(t.count(QStringLiteral("audit_log")), audit);
    codes.remove(QStringLiteral("DK")); // nobody uses it
    QVERIFY(!codes.find(QStringLiteral("DK")));
}

void TestCountryCodes::importedInvoiceNeedsARegisteredCode_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("stored"); // "" = refused
    QTest::newRow("NO") << "NO" << "NO";
    QTest::newRow("lower case: upper-cased") << "dk" << "DK";
    QTest::newRow("no code: a Swedish address") << "" << "";
    QTest::newRow("XX: not in the register") << "XX" << "-";
}

void TestCountryCodes::importedInvoiceNeedsARegisteredCode()
{
    QFETCH(QString, country);
    QFETCH(QString, stored);
    TestLedger t;
    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000017"), Money::fromOre(10000));
    d.country = country;
    const auto problems = InvoiceRegistration(*t.db).registerAll({d}, QStringLiteral("import"));
    if (stored == QLatin1String("-")) {
        QCOMPARE(problems.value(0).size(), 1);
        QCOMPARE(problems.value(0).first().field, QStringLiteral("country"));
        QCOMPARE(problems.value(0).first().message,
                 QStringLiteral("landskoden \"XX\" finns inte i registret Landskoder"));
        QCOMPARE(t.count(QStringLiteral("invoice")), 0);
        return;
    }
    QVERIFY(problems.isEmpty());
    QCOMPARE(t.db->scalar(QStringLiteral("SELECT country FROM invoice")).toString(), stored);
}

void TestCountryCodes::changedClaimNeedsARegisteredCode()
{
    TestLedger t;
    t.registerInvoices({TestLedger::draft(QStringLiteral("010000017"), Money::fromOre(10000))});
    const Invoice claim = InvoiceRepository(*t.db).require(QStringLiteral("001"),
                                                           QStringLiteral("010000017"));
    InvoiceChangeService service(*t.db);
    InvoiceChange change = InvoiceChange::of(claim);
    change.country = QStringLiteral("XX");
    change.postalCode = QStringLiteral("1234");
    auto problems = service.validate(claim, change);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message,
             QStringLiteral("Landskoden \"XX\" finns inte i registret Landskoder."));
    change = InvoiceChange::of(claim);
    change.country = QStringLiteral("IS");
    change.postalCode = QStringLiteral("101");
    QVERIFY(service.validate(claim, change).isEmpty());
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
