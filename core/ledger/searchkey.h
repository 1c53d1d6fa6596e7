#pragma once

#include <QString>

namespace rsk {

// The indexed search key of a name or address: upper case, blanks collapsed,
// and Å/Ä/Ö mapped after Z in Swedish order (Å < Ä < Ö), so that an ordinary
// binary index sorts Swedish names right and a prefix is a range lookup.
QString searchKey(const QString &text);

// The exclusive upper bound of all keys starting with `prefixKey`.
QString prefixUpperBound(const QString &prefixKey);

// Person/org number search form: the 10 digits YYMMDDNNNC (handbook 6.1:
// "mellan 1 till 10 siffror"); other id strings are kept as digits only.
QString idSearchKey(const QString &normalizedId);

} // namespace rsk
