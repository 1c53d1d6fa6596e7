#pragma once

#include "dunning/paymentorder.h"

#include <QByteArray>
#include <QString>

namespace rsk {

// A betalningsföreläggande as an XML file (UTF-8). It follows the public
// description of Kronofogden's bulk-filing service "Beslut om
// betalningsföreläggande" (digitala filtjänster, version 2.0) only as far as
// FACTS-SE §6 documents it: an XML application whose claims are partial
// claims (delkrav) of type Kapital, collection costs as delkrav of type
// Inkasso, and the claim's basis in AnsokanGrundText. Every other element name
// is ours. The file says so in a comment and in attributes of the root
// element; it is NOT validated against Kronofogden's schema and must be
// checked against the current specification before it is filed.
//
// Amounts are decimal kronor with a point ("1234.50"), dates ISO, person
// and organisation numbers digits only.
class PaymentOrderXml
{
public:
    static QByteArray write(const PaymentOrder &order);
    // Writes the file; false with *error set when it cannot be written.
    static bool writeFile(const PaymentOrder &order, const QString &path, QString *error = nullptr);
};

} // namespace rsk
