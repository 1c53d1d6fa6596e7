#pragma once

#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

class Database;

// The Sök faktura search (handbook 6.1). Each field lists in the handbook's
// order and is a range lookup on its own index (migration 001):
// - invoice number: ascending from the typed (partial) number;
// - person number (1–10 digits, name2's number too): by number, then the
//   highest invoice number first;
// - customer number: by number, then the highest invoice number first;
// - name (1–30 chars, name2 too) and address: alphabetical, company, then
//   the highest invoice number first;
// - register id: by id, then the latest invoice first;
// - invoice amount >= / balance >=: by amount, then the latest first;
// - none: the newest invoice first (invoice date, then number, descending).
struct InvoiceSearch
{
    enum class Field { Newest, InvoiceNumber, IdNumber, CustomerNumber, Name, Address,
                       RegisterId, MinAmount, MinBalance };
    Field field = Field::Newest;
    QString text;   // the prefix typed
    Money amount;   // for MinAmount / MinBalance
    QString companyFrom; // empty = all (only those the acting user may see: Database::access())
    QString companyTo;
    int limit = 50;
    int offset = 0;
    // Handbook 6.1: "Finns inte det valda objektet visas listan med det värde
    // som ligger närmast": when true, list from the prefix onwards instead of
    // only the rows that start with it.
    bool positionOnly = false;
};

struct InvoiceSearchRow
{
    qint64 id = 0;
    QString company;
    QString invoiceNumber;
    QString routine;
    QString idNumber;
    QString idNumber2;
    QString customerNumber;
    QString name;
    QString name2;
    QString address;
    QString postalCode;
    QString city;
    QString registerId;
    QDate invoiceDate;
    QDate dueDate;
    Money amount;
    Money balance;
    Money paid;
    QString watchText;
    QDate finalPaidDate;
    // Name and person-number searches: the row was found through name2 /
    // person number 2, not the first name or number.
    bool foundBySecond = false;
    // The customer has a protected identity: address, postal code and city
    // are empty here, and the row is never found by its address.
    bool addressWithheld = false;
};

class InvoiceSearchQuery
{
public:
    explicit InvoiceSearchQuery(Database &db) : m_db(db) {}
    QList<InvoiceSearchRow> search(const InvoiceSearch &criteria);
    // How many rows the search lists in all (limit and offset ignored): a
    // count over the same index range, for lists that page through it.
    qint64 count(const InvoiceSearch &criteria);
    // Throws Refused when the text does not fit the field (e.g. letters in a
    // person-number search, more than 30 characters of name).
    static void validate(const InvoiceSearch &criteria);

private:
    Database &m_db;
};

} // namespace rsk
