#include "ledger/ledgersetup.h"

#include "audit/auditlog.h"
#include "dunning/dunningdefaults.h"
#include "ledger/referencedata.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace rsk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSetup)
};
} // namespace

bool LedgerSetup::isInitialized()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM routine")).toInt() > 0;
}

Company LedgerSetup::defaultCompany()
{
    Company c;
    c.number = QStringLiteral("001");
    c.name = Tr::tr("Kommunen");
    return c;
}

QList<Routine> LedgerSetup::defaultRoutines()
{
    // DOMAIN.md glossary; interest invoices are routine + 50 (handbook 7.13).
    const QList<Routine> base = {
        {QStringLiteral("01"), Tr::tr("Diverse"), {}},
        {QStringLiteral("02"), Tr::tr("Hemtjänst"), {}},
        {QStringLiteral("03"), Tr::tr("Barnomsorg"), {}},
        {QStringLiteral("04"), Tr::tr("Vatten"), {}},
        {QStringLiteral("05"), Tr::tr("Fjärrvärme"), {}},
        {QStringLiteral("06"), Tr::tr("Fasta"), {}},
        {QStringLiteral("07"), Tr::tr("Hyror"), {}},
        {QStringLiteral("08"), Tr::tr("Bokning"), {}},
        {QStringLiteral("09"), Tr::tr("Fakturaintegration"), {}},
        {QStringLiteral("14"), Tr::tr("El"), {}},
        {QStringLiteral("24"), Tr::tr("Renhållning"), {}},
        {QStringLiteral("34"), Tr::tr("Samdebitering"), {}},
        {QStringLiteral("44"), Tr::tr("Slam"), {}},
    };
    QList<Routine> all = base;
    // 51–58, 64, 74, 84, 94: interest invoices of 01–08, 14, 24, 34, 44.
    for (const Routine &r : base) {
        if (r.code == QLatin1String("09"))
            continue;
        const int code = r.code.toInt() + 50;
        all.append({QString::number(code), Tr::tr("Räntefakturor %1").arg(r.name), r.code});
    }
    return all;
}

QList<PaymentMethod> LedgerSetup::defaultPaymentMethods()
{
    using F = PaymentMethod::FeeType;
    auto m = [](const char *code, bool debit, const QString &text) {
        PaymentMethod p;
        p.code = QString::fromLatin1(code);
        p.debit = debit;
        p.text = text;
        return p;
    };
    QList<PaymentMethod> out;
    out << m("1", false, Tr::tr("Inbetalning"));
    PaymentMethod credit = m("2", false, Tr::tr("Kreditfaktura"));
    credit.noInterestInvoicing = true; // a credited amount was never owed
    out << credit;
    PaymentMethod annul = m("3", false, Tr::tr("Annullering"));
    annul.noInterestInvoicing = true; // an annulled amount was never owed
    out << annul;
    out << m("4", false, Tr::tr("Avskrivning"));
    out << m("5", true, Tr::tr("Återbetalning"));
    out << m("6", true, Tr::tr("Felregistrering"));
    out << m("B", false, Tr::tr("Bankgiro"));
    out << m("G", false, Tr::tr("Plusgiro"));
    out << m("I", false, Tr::tr("Inkasso"));
    PaymentMethod noInterest = m("N", false, Tr::tr("Ej dröjsm.ränta"));
    noInterest.noInterestInvoicing = true;
    out << noInterest;
    PaymentMethod text = m("T", false, Tr::tr("Endast text"));
    text.textOnly = true;
    text.notBooked = true;
    out << text;
    PaymentMethod p = m("P", false, Tr::tr("Avskr påm.avg"));
    p.feeType = F::ReminderFee;
    out << p;
    PaymentMethod k = m("K", false, Tr::tr("Avskr kravavg"));
    k.feeType = F::CollectionFee;
    out << k;
    PaymentMethod d = m("R", false, Tr::tr("Avskr ränta"));
    d.feeType = F::Interest;
    out << d;
    // What the dunning run debits with (handbook 7.11 "Uppdebitering"):
    // D methods of fee type P/K/D raise the debited fee or interest. (A, Ö
    // and D are the payment parameters' write-off and deduction methods.)
    PaymentMethod reminderFee = m("7", true, Tr::tr("Påm.avgift"));
    reminderFee.feeType = F::ReminderFee;
    out << reminderFee;
    PaymentMethod collectionFee = m("8", true, Tr::tr("Kravavgift"));
    collectionFee.feeType = F::CollectionFee;
    out << collectionFee;
    PaymentMethod interest = m("9", true, Tr::tr("Dröjsm.ränta"));
    interest.feeType = F::Interest;
    out << interest;
    return out;
}

QList<DunningCode> LedgerSetup::defaultDunningCodes()
{
    QList<DunningCode> out;
    DunningCode disputed{1, Tr::tr("Bestriden")};
    disputed.noReminder1 = disputed.noReminder2 = disputed.noCollection = true;
    disputed.noThreat = disputed.noResidual = true;
    out << disputed;
    DunningCode respite{2, Tr::tr("Anstånd")};
    respite.noReminder1 = respite.noReminder2 = respite.noCollection = true;
    respite.noThreat = respite.noResidual = respite.noInterestRespite = true;
    out << respite;
    DunningCode plan{3, Tr::tr("Avbetalning")};
    plan.noReminder1 = plan.noReminder2 = plan.noCollection = true;
    plan.noThreat = plan.noResidual = true;
    out << plan;
    DunningCode agency{4, Tr::tr("Inkassobolag")};
    agency.noReminder1 = agency.noReminder2 = agency.noCollection = agency.noInterest = true;
    agency.noThreat = agency.noResidual = true;
    out << agency;
    DunningCode order{5, Tr::tr("Betalningsföre.")};
    order.noReminder1 = order.noReminder2 = order.noCollection = order.noThreat = true;
    order.noResidual = true;
    out << order;
    DunningCode noReminder{6, Tr::tr("Ej påminnelse")};
    noReminder.noReminder1 = noReminder.noReminder2 = true;
    out << noReminder;
    DunningCode noInterest{7, Tr::tr("Ej ränta")};
    noInterest.noInterest = true;
    out << noInterest;
    return out;
}

QList<LedgerSetup::Rate> LedgerSetup::defaultReferenceRates()
{
    // FACTS-SE §4: riksbank.se table through 2024-H2; 2025 onwards from one
    // third-party source, so shipped as unverified until a clerk confirms.
    return {
        {QDate(2019, 1, 1), -50, true, "riksbank.se"},
        {QDate(2019, 7, 1), 0, true, "riksbank.se"},
        {QDate(2020, 1, 1), 0, true, "riksbank.se"},
        {QDate(2020, 7, 1), 0, true, "riksbank.se"},
        {QDate(2021, 1, 1), 0, true, "riksbank.se"},
        {QDate(2021, 7, 1), 0, true, "riksbank.se"},
        {QDate(2022, 1, 1), 0, true, "riksbank.se"},
        {QDate(2022, 7, 1), 50, true, "riksbank.se"},
        {QDate(2023, 1, 1), 250, true, "riksbank.se"},
        {QDate(2023, 7, 1), 350, true, "riksbank.se"},
        {QDate(2024, 1, 1), 400, true, "riksbank.se"},
        {QDate(2024, 7, 1), 400, true, "riksbank.se"},
        {QDate(2025, 1, 1), 300, false, "mystep.se (UNVERIFIED)"},
        {QDate(2025, 7, 1), 200, false, "mystep.se (UNVERIFIED)"},
        {QDate(2026, 1, 1), 200, false, "policy rate 1,75 rounded up (UNVERIFIED)"},
    };
}

void LedgerSetup::initialize(const Company &firstCompany)
{
    if (isInitialized())
        throw LedgerError::refused(
            Tr::tr("Reskontran \"%1\" är redan upplagd.").arg(m_db.displayName()));
    UnitOfWork work(m_db);
    ReferenceData ref(m_db);
    ref.saveCompany(firstCompany);
    for (const Routine &r : defaultRoutines())
        m_db.run(QStringLiteral("INSERT INTO routine (code, name, interest_of) VALUES (?, ?, ?)"),
                 {r.code, r.name,
                  r.interestOf.isEmpty() ? QVariant()
                                         : QVariant(r.interestOf)});
    for (const PaymentMethod &m : defaultPaymentMethods())
        ref.savePaymentMethod(m);
    for (const DunningCode &c : defaultDunningCodes())
        ref.saveDunningCode(c);
    for (const Rate &r : defaultReferenceRates())
        m_db.run(QStringLiteral("INSERT INTO reference_rate (from_date, rate_hundredths, verified, "
                                "source) VALUES (?, ?, ?, ?)"),
                 {dateArg(r.from), r.rateHundredths, int(r.verified), QString::fromLatin1(r.source)});
    // räntelagen 6 §: reference rate + 8 percentage points (kravparametrar 7.2).
    m_db.run(QStringLiteral("INSERT INTO setting (scope, name, value) VALUES "
                            "('dunning', 'interest_margin_hundredths', '800')"));
    // Default texts, per-routine settings and kravparametrar (handbook 7.2–7.9).
    DunningDefaults(m_db).install();
    m_db.run(QStringLiteral("INSERT INTO number_series (name, next_value) VALUES "
                            "('customer', 1), ('verification', 1)"));
    AuditLog(m_db).recordInsert(QStringLiteral("ledger"), m_db.displayName(),
                                Tr::tr("Reskontran upplagd"));
    work.commit();
}

} // namespace rsk
