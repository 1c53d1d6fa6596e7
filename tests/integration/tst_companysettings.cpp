// Företagsuppgifter (handbook 9): the company's data checked per field, the
// account plan (kontodelarnas längd, benämning, obligatorisk) and what it
// allows as a kontering, the per-routine and per-document settings, the
// booking links that are the very accounts the booking run reads, saving and
// reading back in one audited unit of work (a refused save changes nothing),
// and "Antal dagar till förfallodatum" giving the due date of an imported
// invoice that has none.
#include "ledger/companysettings.h"

#include "audit/auditlog.h"
#include "bookkeeping/accounts.h"
#include "payments/paymentparameters.h"
#include "testledger.h"

#include <QtTest>

using namespace rsk;
using rsk::test::TestLedger;

Q_DECLARE_METATYPE(rsk::Company)
Q_DECLARE_METATYPE(QList<rsk::AccountPart>)

namespace {

Company good()
{
    Company c;
    c.number = QStringLiteral("1");
    c.name = QStringLiteral("Testkommunen");
    c.orgNr = QStringLiteral("2120000142");
    c.bankgiro = QStringLiteral("58056201");
    return c;
}

template <class F> Company with(F change)
{
    Company c = good();
    change(c);
    return c;
}

QList<AccountPart> municipalPlan()
{
    // Konto 4 obligatorisk, Ansvar 3 obligatorisk, Verksamhet 4, Projekt 5:
    // a kontering is 4+3 = 7, 7+4 = 11 or 11+5 = 16 digits.
    return {{QStringLiteral("Konto"), 4, true},
            {QStringLiteral("Ansvar"), 3, true},
            {QStringLiteral("Verksamhet"), 4, false},
            {QStringLiteral("Projekt"), 5, false}};
}

RoutineSetup &routineOf(CompanySetup &s, const QString &code)
{
    for (RoutineSetup &r : s.routines)
        if (r.routine == code)
            return r;
    qFatal("routine %s missing", qPrintable(code));
}

QString fieldOf(const QList<FieldProblem> &problems)
{
    return problems.isEmpty() ? QString() : problems.first().field;
}

} // namespace

class TestCompanySettings : public QObject
{
    Q_OBJECT

private slots:
    void companyFields_data();
    void companyFields();
    void accountParts_data();
    void accountParts();
    void kontering_data();
    void kontering();
    void routineRules_data();
    void routineRules();
    void saveAndReadBack();
    void refusedSaveChangesNothing();
    void linksAreTheBookingRunsAccounts();
    void accountSettingsFollowThePlan();
    void dueDaysGiveTheDueDate_data();
    void dueDaysGiveTheDueDate();
};

void TestCompanySettings::companyFields_data()
{
    QTest::addColumn<Company>("company");
    QTest::addColumn<QString>("field");   // "" = accepted
    QTest::addColumn<QString>("message"); // the problem, or the field's stored value
    QTest::newRow("org.nr and bankgiro as displayed")
        << good() << "" << "212000-0142";
    QTest::newRow("VAT number from spaces and hyphen, SE put first")
        << with([](Company &c) { c.vatNumber = QStringLiteral("212000-0142 01"); }) << ""
        << "SE212000014201";
    QTest::newRow("VAT number of another organisation")
        << with([](Company &c) { c.vatNumber = QStringLiteral("SE556000016701"); })
        << "vat_number" << "hör till 556000-0167, inte till företagets organisationsnummer";
    QTest::newRow("VAT number of 11 digits")
        << with([](Company &c) { c.vatNumber = QStringLiteral("SE21200001420"); })
        << "vat_number" << "ska vara SE och 12 siffror";
    QTest::newRow("name of 31 characters")
        << with([](Company &c) { c.name = QString(31, QLatin1Char('K')); }) << "name"
        << "är 31 tecken, högst 30";
    QTest::newRow("no name") << with([](Company &c) { c.name = QStringLiteral(" "); }) << "name"
                             << "Namn: ange företagets namn";
    QTest::newRow("org.nr with a wrong check digit")
        << with([](Company &c) { c.orgNr = QStringLiteral("2120000143"); }) << "org_nr"
        << "Organisationsnummer:";
    QTest::newRow("bankgiro with a wrong check digit")
        << with([](Company &c) { c.bankgiro = QStringLiteral("58056202"); }) << "bankgiro"
        << "Bankgiro: Fel kontrollsiffra";
    QTest::newRow("phone of 12 digits: 46 8 123 456 789") << with([](Company &c) {
        c.phone = QStringLiteral("+46 8 123 456 789");
    }) << "" << "+46 8 123 456 789";
    QTest::newRow("phone of 13 digits: 46 8 1234 567 890") << with([](Company &c) {
        c.phone = QStringLiteral("+46 8 1234 567 890");
    }) << "phone" << "har 13 siffror, högst 12";
    QTest::newRow("phone with a letter")
        << with([](Company &c) { c.phone = QStringLiteral("08-KOMMUN"); }) << "phone"
        << "får bara ha siffror";
    QTest::newRow("e-mail without @")
        << with([](Company &c) { c.email = QStringLiteral("ekonomi.kommun.se"); }) << "email"
        << "är ingen e-postadress";
    QTest::newRow("e-mail ok")
        << with([](Company &c) { c.email = QStringLiteral("ekonomi@kommun.se"); }) << ""
        << "ekonomi@kommun.se";
    QTest::newRow("web address with a space")
        << with([](Company &c) { c.web = QStringLiteral("www.kommun .se"); }) << "web"
        << "är ingen webbadress";
    QTest::newRow("IBAN and BIC of one Swedish account, IBAN kept electronic")
        << with([](Company &c) {
               c.iban = QStringLiteral("SE45 5000 0000 0583 9825 7466");
               c.bic = QStringLiteral("essesess");
           })
        << "" << "SE4550000000058398257466";
    QTest::newRow("IBAN without BIC") << with([](Company &c) {
        c.iban = QStringLiteral("SE4550000000058398257466");
    }) << "bic" << "ange bankens BIC";
    QTest::newRow("BIC without IBAN")
        << with([](Company &c) { c.bic = QStringLiteral("ESSESESS"); }) << "iban"
        << "ange kontots IBAN";
    QTest::newRow("BIC of another country than the IBAN") << with([](Company &c) {
        c.iban = QStringLiteral("SE4550000000058398257466");
        c.bic = QStringLiteral("DEUTDEFF");
    }) << "bic" << "hör till land DE men IBAN-numret till SE";
    QTest::newRow("IBAN with a wrong check digit") << with([](Company &c) {
        c.iban = QStringLiteral("SE4550000000058398257467");
        c.bic = QStringLiteral("ESSESESS");
    }) << "iban" << "ska de vara 18";
    QTest::newRow("company number of four digits")
        << with([](Company &c) { c.number = QStringLiteral("1001"); }) << "number"
        << "högst tre siffror";
}

void TestCompanySettings::companyFields()
{
    QFETCH(Company, company);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Company c = company;
    const QList<FieldProblem> problems
        = CompanySettings::companyProblems(c, QDate(2026, 11, 26));
    QCOMPARE(fieldOf(problems), field);
    if (!field.isEmpty()) {
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
        // ReferenceData refuses it with the same words and stores nothing.
        TestLedger t;
        const qint64 audit = t.count(QStringLiteral("audit_log"));
        try {
            ReferenceData(*t.db).saveCompany(company);
            QFAIL("saved");
        } catch (const LedgerError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
        QCOMPARE(t.count(QStringLiteral("audit_log")), audit);
        return;
    }
    QCOMPARE(c.number, QStringLiteral("001"));
    const QStringList stored{c.orgNr, c.vatNumber, c.phone, c.email, c.iban};
    QVERIFY2(stored.contains(message), qPrintable(stored.join(QLatin1Char('|'))));
    QCOMPARE(c.bankgiro, QStringLiteral("5805-6201"));
}

void TestCompanySettings::accountParts_data()
{
    QTest::addColumn<QList<AccountPart>>("parts");
    QTest::addColumn<QString>("field"); // "" = accepted
    QTest::addColumn<QString>("message");
    const auto plan = municipalPlan();
    QTest::newRow("Konto 4, Ansvar 3 required; Verksamhet 4, Projekt 5") << plan << "" << "";
    QTest::newRow("no parts: any account") << QList<AccountPart>() << "" << "";
    QTest::newRow("empty rows at the end do not count")
        << (QList<AccountPart>(plan) << AccountPart{} << AccountPart{QStringLiteral(" "), 0, false})
        << "" << "";
    auto p = plan;
    p[1].length = 11;
    QTest::newRow("length 11") << p << "part.2.length" << "Kontodel 2: längden ska vara 1–10";
    p = plan;
    p[2].length = 0;
    QTest::newRow("length 0") << p << "part.3.length" << "längden ska vara 1–10";
    p = plan;
    p[3].name = QStringLiteral("Projektnumr"); // 11 characters
    QTest::newRow("name of 11 characters") << p << "part.4.name"
                                           << "\"Projektnumr\" är 11 tecken, högst 10";
    p = plan;
    p[2].name.clear();
    QTest::newRow("no name") << p << "part.3.name" << "Kontodel 3: ange en benämning";
    p = plan;
    p[3].name = QStringLiteral("ansvar");
    QTest::newRow("the same name twice") << p << "part.4.name" << "har redan kontodel 2";
    p = plan;
    p[0].required = false;
    QTest::newRow("the account not required") << p << "part.1.required"
                                              << "Kontodel 1 är kontot";
    p = plan;
    p[3].required = true;
    QTest::newRow("required after an optional part")
        << p << "part.4.required" << "kommer efter den valfria kontodel 3";
    p = plan;
    p.insert(2, AccountPart{});
    QTest::newRow("a gap between parts") << p << "part.3.name" << "utan luckor";
    QList<AccountPart> wide{{QStringLiteral("Konto"), 10, true},
                            {QStringLiteral("Ansvar"), 6, false},
                            {QStringLiteral("Objekt"), 5, false}};
    QTest::newRow("10 + 6 + 5 = 21 digits") << wide << "part.3.length"
        << "tillsammans 21 siffror; en kontering rymmer högst 20";
    QList<AccountPart> nine;
    for (int i = 1; i <= 9; ++i)
        nine << AccountPart{QStringLiteral("Del%1").arg(i), 1, i == 1};
    QTest::newRow("nine parts") << nine << "part.9.name" << "Högst 8 kontodelar";
}

void TestCompanySettings::accountParts()
{
    QFETCH(QList<AccountPart>, parts);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const auto problems = AccountPlan::problems(parts);
    QCOMPARE(fieldOf(problems), field);
    TestLedger t;
    AccountPlan plan(*t.db);
    if (!field.isEmpty()) {
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
        QVERIFY_THROWS_EXCEPTION(LedgerError, plan.save(QStringLiteral("001"), parts));
        QVERIFY(plan.parts(QStringLiteral("001")).isEmpty());
        return;
    }
    plan.save(QStringLiteral("001"), parts);
    const auto saved = plan.parts(QStringLiteral("001"));
    QCOMPARE(saved.size(), AccountPlan::normalized(parts).size());
    for (int i = 0; i < saved.size(); ++i) {
        QCOMPARE(saved.at(i).name, parts.at(i).name);
        QCOMPARE(saved.at(i).length, parts.at(i).length);
        QCOMPARE(saved.at(i).required, parts.at(i).required);
    }
}

void TestCompanySettings::kontering_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("problem"); // "" = fits the plan
    const QString lengths = QStringLiteral("har 7, 11 eller 16 siffror (obligatoriskt: Konto (4), "
                                           "Ansvar (3))");
    QTest::newRow("Konto + Ansvar: 7") << "1510100" << "";
    QTest::newRow("+ Verksamhet: 11") << "15101002000" << "";
    QTest::newRow("+ Projekt: 16") << "1510100200012345" << "";
    QTest::newRow("the account alone: Ansvar missing")
        << "1510"
        << "Kontot \"1510\" har 4 siffror, men en kontering enligt kontoplanen " + lengths;
    QTest::newRow("Verksamhet cut short: 9") << "151010020" << "har 9 siffror";
    QTest::newRow("17 digits") << "15101002000123456" << "har 17 siffror";
}

void TestCompanySettings::kontering()
{
    QFETCH(QString, account);
    QFETCH(QString, problem);
    const auto plan = municipalPlan();
    QCOMPARE(AccountPlan::validLengths(plan), (QList<int>{7, 11, 16}));
    const auto why = AccountPlan::accountProblem(plan, account);
    if (problem.isEmpty()) {
        QVERIFY2(!why, qPrintable(why.value_or(QString())));
        return;
    }
    QVERIFY(why);
    QVERIFY2(why->contains(problem), qPrintable(*why));
    QVERIFY(!AccountPlan::accountProblem({}, account)); // no plan: anything goes
}

void TestCompanySettings::routineRules_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<QString>("formType");
    QTest::addColumn<int>("dueDays");
    QTest::addColumn<QString>("field"); // "" = accepted
    QTest::addColumn<QString>("message");
    QTest::newRow("01: G2 (bankgiro) and 30 days") << "01" << "g2" << 30 << "" << "";
    QTest::newRow("01: 0 days (due on the invoice date)") << "01" << "" << 0 << "" << "";
    QTest::newRow("02: 99 days") << "02" << "" << 99 << "" << "";
    QTest::newRow("02: 100 days") << "02" << "" << 100 << "routine.02.due_days"
                                  << "Rutin 02 Hemtjänst: dagar till förfallodag ska vara 0–99.";
    QTest::newRow("06 Fasta: no days (handbook 9)") << "06" << "" << 10 << "routine.06.due_days"
                                                    << "fasta debiteringar och hyror";
    QTest::newRow("07 Hyror: no days") << "07" << "" << 10 << "routine.07.due_days"
                                       << "fasta debiteringar och hyror";
    QTest::newRow("51 interest invoices: no days") << "51" << "" << 10 << "routine.51.due_days"
                                                   << "sätts vid räntefaktureringen";
    QTest::newRow("unknown form type") << "01" << "X9" << -1 << "routine.01.form_type"
                                       << "blankettypen \"X9\" finns inte";
    QTest::newRow("plusgiro form without a plusgiro number")
        << "01" << "A2" << -1 << "routine.01.form_type"
        << "A2 är en plusgiroblankett men företaget har inget plusgironummer";
}

void TestCompanySettings::routineRules()
{
    QFETCH(QString, routine);
    QFETCH(QString, formType);
    QFETCH(int, dueDays);
    QFETCH(QString, field);
    QFETCH(QString, message);
    TestLedger t;
    CompanySettings settings(*t.db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    routineOf(s, routine).formType = formType;
    routineOf(s, routine).dueDays = dueDays;
    const auto problems = settings.problems(s);
    QCOMPARE(fieldOf(problems), field);
    if (!field.isEmpty()) {
        QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
        return;
    }
    settings.save(s);
    CompanySetup back = settings.load(QStringLiteral("001"));
    QCOMPARE(routineOf(back, routine).formType, formType.toUpper());
    QCOMPARE(settings.dueDays(QStringLiteral("001"), routine).value_or(-1), dueDays);
}

void TestCompanySettings::saveAndReadBack()
{
    TestLedger t;
    CompanySettings settings(*t.db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    QCOMPARE(s.company.name, QStringLiteral("Testkommunen"));
    QCOMPARE(s.documents.size(), 4);
    QCOMPARE(s.links.size(), AccountSettings::kinds().size());
    const qint64 auditBefore = t.count(QStringLiteral("audit_log"));

    s.company.email = QStringLiteral("ekonomi@testkommunen.se");
    s.company.iban = QStringLiteral("SE45 5000 0000 0583 9825 7466");
    s.company.bic = QStringLiteral("ESSESESS");
    s.company.plusgiro = QStringLiteral("5805620-1");
    s.accountParts = municipalPlan();
    routineOf(s, QStringLiteral("01")).receivableAccount = QStringLiteral("1510100");
    routineOf(s, QStringLiteral("01")).formType = QStringLiteral("G2");
    routineOf(s, QStringLiteral("01")).dueDays = 30;
    routineOf(s, QStringLiteral("01")).printer = QStringLiteral("Fakturaskrivaren");
    s.documents[1].formType = QStringLiteral("A2"); // credit notes on plusgiro
    s.documents[1].printer = QStringLiteral("Kreditskrivaren");
    for (BookingLink &l : s.links)
        if (l.kind == account_kind::Bankgiro)
            l.account = QStringLiteral("1930100");
    settings.save(s);

    CompanySetup back = settings.load(QStringLiteral("001"));
    QCOMPARE(back.company.email, QStringLiteral("ekonomi@testkommunen.se"));
    QCOMPARE(back.company.iban, QStringLiteral("SE4550000000058398257466"));
    QCOMPARE(back.company.bic, QStringLiteral("ESSESESS"));
    QCOMPARE(back.accountParts.size(), 4);
    QCOMPARE(back.accountParts.at(1).name, QStringLiteral("Ansvar"));
    QCOMPARE(routineOf(back, QStringLiteral("01")).receivableAccount, QStringLiteral("1510100"));
    QCOMPARE(routineOf(back, QStringLiteral("01")).dueDays, 30);
    QCOMPARE(routineOf(back, QStringLiteral("01")).printer, QStringLiteral("Fakturaskrivaren"));
    QCOMPARE(routineOf(back, QStringLiteral("02")).dueDays, -1);
    QCOMPARE(back.documents.at(1).document, QStringLiteral("credit_note"));
    QCOMPARE(back.documents.at(1).formType, QStringLiteral("A2"));
    QCOMPARE(back.documents.at(1).printer, QStringLiteral("Kreditskrivaren"));
    // What the print previews ask for: the routine's and the document's printer.
    QCOMPARE(settings.routinePrinter(QStringLiteral("001"), QStringLiteral("01")),
             QStringLiteral("Fakturaskrivaren"));
    QCOMPARE(settings.routinePrinter(QStringLiteral("001"), QStringLiteral("02")), QString());
    QCOMPARE(settings.documentPrinter(QStringLiteral("001"), QStringLiteral("credit_note")),
             QStringLiteral("Kreditskrivaren"));
    QCOMPARE(settings.documentPrinter(QStringLiteral("001"), QStringLiteral("invoice_copy")),
             QString());

    // Audited: 4 company fields (email, iban, bic, plusgiro), 4 parts, the
    // routine's 3 values, the document's 2, 2 accounts.
    AuditLog audit(*t.db);
    // The company's insert at init, then the 4 changes.
    QCOMPARE(audit.entriesFor(QStringLiteral("company"), QStringLiteral("001")).size(), 1 + 4);
    QCOMPARE(audit.entriesFor(QStringLiteral("account_part"), QStringLiteral("001/2")).size(), 1);
    const auto routineRows = audit.entriesFor(QStringLiteral("company_routine"),
                                              QStringLiteral("001/01"));
    QCOMPARE(routineRows.size(), 3);
    QStringList fields;
    for (const auto &e : routineRows)
        fields << e.field + QLatin1Char('=') + e.newValue;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("due_days=30"), QStringLiteral("form_type=G2"),
                                  QStringLiteral("printer=Fakturaskrivaren")}));
    QCOMPARE(audit.entriesFor(QStringLiteral("company_document"), QStringLiteral("001/credit_note"))
                 .size(),
             2);
    QCOMPARE(audit.entriesFor(QStringLiteral("account_setting"),
                              QStringLiteral("001/01/receivable"))
                 .size(),
             1);
    QCOMPARE(t.count(QStringLiteral("audit_log")), auditBefore + 4 + 4 + 3 + 2 + 2);

    // Saving what is there changes nothing and logs nothing.
    settings.save(back);
    QCOMPARE(t.count(QStringLiteral("audit_log")), auditBefore + 15);
}

void TestCompanySettings::refusedSaveChangesNothing()
{
    TestLedger t;
    CompanySettings settings(*t.db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    const qint64 audit = t.count(QStringLiteral("audit_log"));
    s.company.phone = QStringLiteral("08-123 45");         // good
    s.accountParts = municipalPlan();                       // good
    routineOf(s, QStringLiteral("01")).dueDays = 30;          // good
    s.documents[0].formType = QStringLiteral("ZZ");         // bad
    try {
        settings.save(s);
        QFAIL("saved");
    } catch (const LedgerError &e) {
        QCOMPARE(e.kind(), LedgerError::Kind::Refused);
        QVERIFY2(e.message().startsWith(QStringLiteral("Fakturakopior: blankettypen \"ZZ\"")),
                 qPrintable(e.message()));
    }
    QCOMPARE(t.count(QStringLiteral("audit_log")), audit);
    QCOMPARE(ReferenceData(*t.db).company(QStringLiteral("001"))->phone, QString());
    QVERIFY(AccountPlan(*t.db).parts(QStringLiteral("001")).isEmpty());
    QVERIFY(!settings.dueDays(QStringLiteral("001"), QStringLiteral("01")));
}

void TestCompanySettings::linksAreTheBookingRunsAccounts()
{
    // Bokföringskopplingar edit account_setting itself: what the booking run,
    // Kravparametrar and Parametrar maskinella inbetalningar read.
    TestLedger t;
    CompanySettings settings(*t.db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    for (BookingLink &l : s.links) {
        QVERIFY2(l.account.isEmpty(), qPrintable(l.kind)); // defaults, nothing stored
        if (l.kind == account_kind::WriteOff)
            l.account = QStringLiteral("3741");
        if (l.kind == account_kind::InterestIncome)
            l.account = QStringLiteral("8314");
    }
    routineOf(s, QStringLiteral("03")).receivableAccount = QStringLiteral("1513");
    settings.save(s);
    AccountSettings accounts(*t.db);
    const QString c = QStringLiteral("001");
    QCOMPARE(accounts.account(c, account_kind::WriteOff), QStringLiteral("3741"));
    QCOMPARE(PaymentParameters::load(*t.db, c).writeOffAccount, QStringLiteral("3741"));
    QCOMPARE(accounts.account(c, account_kind::InterestIncome, QStringLiteral("01")),
             QStringLiteral("8314"));
    QCOMPARE(accounts.account(c, account_kind::Receivable, QStringLiteral("03")),
             QStringLiteral("1513"));
    QCOMPARE(accounts.account(c, account_kind::Receivable, QStringLiteral("01")),
             QStringLiteral("1510")); // the default for the others

    // Emptied again: back to the default.
    s = settings.load(c);
    for (BookingLink &l : s.links)
        if (l.kind == account_kind::WriteOff)
            l.account.clear();
    settings.save(s);
    QCOMPARE(accounts.account(c, account_kind::WriteOff), QStringLiteral("3740"));
}

void TestCompanySettings::accountSettingsFollowThePlan()
{
    // Once the plan says Konto 4 + Ansvar 3, every new account anywhere must
    // be a kontering of it; accounts stored before stay.
    TestLedger t;
    AccountPlan(*t.db).save(QStringLiteral("001"), municipalPlan());
    AccountSettings accounts(*t.db);
    try {
        accounts.setAccount(QStringLiteral("001"), account_kind::Overpayment,
                            QStringLiteral("2420"));
        QFAIL("saved");
    } catch (const LedgerError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("Kontot \"2420\" har 4 siffror")),
                 qPrintable(e.message()));
    }
    accounts.setAccount(QStringLiteral("001"), account_kind::Overpayment,
                        QStringLiteral("2420100"));
    QCOMPARE(accounts.account(QStringLiteral("001"), account_kind::Overpayment),
             QStringLiteral("2420100"));
    // Another company has no plan: 4 digits are fine there.
    t.addCompany(QStringLiteral("002"), QStringLiteral("Bostadsbolaget"));
    accounts.setAccount(QStringLiteral("002"), account_kind::Overpayment, QStringLiteral("2420"));
}

void TestCompanySettings::dueDaysGiveTheDueDate_data()
{
    QTest::addColumn<int>("days"); // -1 = not set
    QTest::addColumn<QDate>("invoiceDate");
    QTest::addColumn<QDate>("due");  // invalid = refused
    QTest::newRow("30 days from Thursday 2026-01-01: Saturday 01-31 → Monday 02-02")
        << 30 << QDate(2026, 1, 1) << QDate(2026, 2, 2);
    QTest::newRow("30 days from 2026-03-04: långfredagen 04-03 → Tuesday 04-07 after Easter")
        << 30 << QDate(2026, 3, 4) << QDate(2026, 4, 7);
    QTest::newRow("0 days from Thursday 2026-01-15: the same day")
        << 0 << QDate(2026, 1, 15) << QDate(2026, 1, 15);
    QTest::newRow("not set: the due date is missing") << -1 << QDate(2026, 1, 1) << QDate();
}

void TestCompanySettings::dueDaysGiveTheDueDate()
{
    QFETCH(int, days);
    QFETCH(QDate, invoiceDate);
    QFETCH(QDate, due);
    TestLedger t;
    CompanySettings settings(*t.db);
    CompanySetup s = settings.load(QStringLiteral("001"));
    routineOf(s, QStringLiteral("01")).dueDays = days;
    settings.save(s);

    InvoiceDraft d = TestLedger::draft(QStringLiteral("010000017"), Money::fromOre(10000));
    d.invoiceDate = invoiceDate;
    d.dueDate = QDate(); // the file's due_date column is empty
    const auto problems = InvoiceRegistration(*t.db).registerAll({d}, QStringLiteral("import"));
    if (!due.isValid()) {
        QCOMPARE(problems.value(0).value(0).field, QStringLiteral("due_date"));
        return;
    }
    QVERIFY(problems.isEmpty());
    QCOMPARE(toDate(t.db->scalar(QStringLiteral("SELECT due_date FROM invoice WHERE "
                                                "invoice_number = '010000017'"))),
             due);
    // A due date that comes with the invoice is kept.
    InvoiceDraft given = TestLedger::draft(QStringLiteral("010000025"), Money::fromOre(10000));
    QVERIFY(InvoiceRegistration(*t.db).registerAll({given}, QStringLiteral("import")).isEmpty());
    QCOMPARE(toDate(t.db->scalar(QStringLiteral("SELECT due_date FROM invoice WHERE "
                                                "invoice_number = '010000025'"))),
             QDate(2026, 1, 31));
}

QTEST_GUILESS_MAIN(TestCompanySettings)
#include "tst_companysettings.moc"
