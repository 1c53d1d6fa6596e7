#pragma once

#include <QString>
#include <QStringList>

namespace rsk {

class Database;

// Protected identity (skyddade personuppgifter, DOMAIN.md "People and
// trust"): a flag on the customer that hides the address on every screen
// and keeps it off every letter, list and export. The one place that says
// what is withheld and how it reads instead, so that screens, documents and
// reports ask here rather than test the flag their own way.
//
// The claim's receiver fields are the claim's own copy of the address, so a
// claim is protected when its customer is (invoice.customer_id); a claim
// without a customer has no flag to carry.
class ProtectedIdentity
{
public:
    explicit ProtectedIdentity(Database &db) : m_db(db) {}

    // What a screen shows instead of the address: "Skyddad adress".
    static QString withheldText();
    // The columns that make up an address (audit rows of these fields are
    // withheld too): co, address, address_key, postal_code, city, country.
    static bool isAddressField(const QString &column);
    // The address as lines to show or print: "c/o …", the street, "postal
    // code city", the country when it is not Sweden; empty parts left out.
    // Withheld: the one line withheldText().
    static QStringList addressLines(bool withheld, const QString &co, const QString &address,
                                    const QString &postalCode, const QString &city,
                                    const QString &country);
    // An SQL condition, true when the customer whose id is in
    // `customerIdColumn` ("i.customer_id") has a protected identity. Works on
    // both engines; a NULL customer id is not protected.
    static QString sqlIsProtected(const QString &customerIdColumn);
    // An SQL query of the ids of every claim whose customer is protected, for
    // "invoice.id NOT IN (…)": read once per statement from the partial index
    // customer_protected (migration 018) and the claims' customer index, and
    // tested against an index's row id, so a range over an index of invoice
    // stays an index-only read.
    static QString sqlProtectedClaimIds();

    bool customer(qint64 customerId);
    bool customer(const QString &company, const QString &customerNumber);
    bool claim(qint64 invoiceId);
    bool claim(const QString &company, const QString &invoiceNumber);
    // Whether the address values of an audit row (table, row key) must be
    // withheld: the row's claim ("company/number", or its id in the invoice
    // table) or customer ("company/number") has a protected identity — or
    // has left the ledger, so that it can no longer be told.
    bool auditRowWithheld(const QString &table, const QString &rowKey);

    // Sets or clears the flag on a customer (a supervisor's command in the
    // customer screen), in one unit of work with its audit row
    // (customer/protected_identity, old → new, `reason` as context). Only a
    // supervisor or administrator with the company may (Database::access()).
    // Returns false when the flag already was so (nothing written). Throws
    // LedgerError: NotFound for no such customer, Refused without the right.
    bool set(const QString &company, const QString &customerNumber, bool on,
             const QString &reason = {});

private:
    Database &m_db;
};

} // namespace rsk
