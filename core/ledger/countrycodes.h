#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// One country of Underhåll Landskoder (handbook 8.2): the ISO 3166-1
// alpha-2 code customers' foreign addresses are registered with, the name
// printed on the invoice, "Avvikande betalningssätt" (a text printed on the
// invoice beside BIC and IBAN for payers in that country) and whether the
// country is an EU member.
struct CountryCode
{
    QString code;        // two letters A–Z, upper case
    QString name;        // <= 30, printed on the invoice
    QString paymentText; // <= 60, may be empty
    bool eu = false;
};

// The register. Migration 016 fills it with the Nordic countries, the EU
// and the rest of Europe; the administrator adds, changes and deletes.
// Saving and deleting are audited, each in one unit of work; a refused
// change (LedgerError::Refused, Swedish, names the field) changes nothing.
class CountryCodes
{
public:
    explicit CountryCodes(Database &db) : m_db(db) {}

    static constexpr int kMaxNameLength = 30;
    static constexpr int kMaxPaymentTextLength = 60;

    // What is wrong with the country ("Landskod: …", "Namn: …"), or nullopt.
    // Surrounding spaces do not count; the code may be in lower case.
    static std::optional<QString> problem(const CountryCode &country);
    // Code upper-cased, code, name and text trimmed.
    static CountryCode normalized(CountryCode country);

    // Every country, by code.
    QList<CountryCode> list();
    // The country of `code` (any case, spaces around), or nullopt.
    std::optional<CountryCode> find(const QString &code);
    // The codes of the register, upper case: for checking many addresses.
    QSet<QString> codes();
    // Adds the country or changes the one with the same code.
    void save(const CountryCode &country);
    // Deletes the country; refused while a customer or a claim's address has
    // the code (the address would point at nothing), NotFound if unknown.
    void remove(const QString &code);
    // How many customers have the code as their country.
    qint64 customersUsing(const QString &code);

private:
    Database &m_db;
};

// The country line of a printed address (8.2: "Den benämning som läggs in
// under namn skrivs ut på fakturan"): the register's names, read once, for
// builders that fill many addresses (letters, interest invoices, copies).
// Machine-readable output (the Kronofogden XML, the agency file, CLI JSON)
// keeps the code instead.
class CountryNames
{
public:
    explicit CountryNames(Database &db);

    // What the address's last line says for the stored `codeOrText` (any
    // case, spaces around): the register's name upper-cased for a known
    // code ("no" -> "NORGE"); "" for Sweden or no country (a Swedish address
    // has no country line: "SE", "", "SVERIGE", "SWEDEN" or the name SE has
    // in the register); otherwise the text itself upper-cased, so an old
    // free-text country or a code since deleted from the register still
    // prints.
    QString printed(const QString &codeOrText) const;

private:
    QHash<QString, QString> m_names; // code -> name upper-cased
};

} // namespace rsk
