#pragma once

// A test ledger set up for transfers to a collection agency (handbook 7.19,
// 7.20): payment method X "Till inkasso" (K) booking to the agency receivable
// 1515, company 001's agency "Inkassobolaget AB" (Intrum, customer number
// K-4711), and routine 04 sent 30 days after the collection demand, zeroed
// with X, K (collection fee) and R (interest), dunning code 4.

#include "dunning/agencysettings.h"
#include "ledger/posting.h"
#include "testledger.h"

namespace rsk::test {

class AgencyTestLedger : public TestLedger
{
public:
    explicit AgencyTestLedger(const QDate &today = QDate(2026, 11, 26)) : TestLedger(today)
    {
        PaymentMethod x;
        x.code = QStringLiteral("X");
        x.text = QStringLiteral("Till inkasso");
        x.account = QStringLiteral("1515");
        ReferenceData(*db).savePaymentMethod(x);
        Agency a;
        a.company = QStringLiteral("001");
        a.kind = Agency::Kind::Intrum;
        a.name = QStringLiteral("Inkassobolaget AB");
        a.customerNumber = QStringLiteral("K-4711");
        AgencySettingsRegister(*db).saveAgency(a);
        AgencySettingsRegister(*db).save(settings(QStringLiteral("04")));
    }

    static AgencySettings settings(const QString &routine)
    {
        AgencySettings s = AgencySettingsRegister::defaults(QStringLiteral("001"), routine);
        s.basis = AgencyBasis::Collection;
        s.days = 30;
        s.capitalMethod = QStringLiteral("X");
        return s;
    }

    // A claim of company 001 due 2026-01-31 (TestLedger::draft).
    void addClaim(const QString &number, qint64 ore,
                  const QString &id = QStringLiteral("811218-9876"),
                  const QString &name = QStringLiteral("Andersson, Anna"))
    {
        InvoiceDraft d = draft(number, Money::fromOre(ore), name, id);
        if (id.isEmpty())
            d.customerNumber = QStringLiteral("K") + number.right(4);
        registerInvoices({d});
    }

    void setDates(const QString &number, const QDate &r1, const QDate &r2,
                  const QDate &collection)
    {
        db->run(QStringLiteral("UPDATE invoice SET reminder1_date = ?, reminder2_date = ?, "
                               "collection_date = ? WHERE invoice_number = ?"),
                {dateArg(r1), dateArg(r2), dateArg(collection), number});
    }

    Transaction post(const QString &number, const QString &method, qint64 ore, const QDate &date,
                     const QString &company = QStringLiteral("001"))
    {
        PostingRequest r;
        r.company = company;
        r.invoiceNumber = number;
        r.method = method;
        r.amount = Money::fromOre(ore);
        r.transactionDate = date;
        return PostingService(*db).post(r);
    }
};

} // namespace rsk::test
