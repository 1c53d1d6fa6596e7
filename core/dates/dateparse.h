#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace rsk {

// Parses a date as a clerk types it (ARCHITECTURE.md "Money and dates"):
//   "2025-12-31"  ÅÅÅÅ-MM-DD (ISO)
//   "20251231"    ÅÅÅÅMMDD
//   "251231"      ÅÅMMDD, the century taken from `referenceDate` (see below)
// Surrounding blanks are ignored. Anything else is rejected, including
// "25-12-31" (ÅÅ-MM-DD is too easily confused with other layouts), other
// separators, letters and dates that do not exist ("20230229"). On failure
// returns nullopt and sets *error to a Swedish reason that quotes the text.
//
// Century window for ÅÅMMDD: the one date that falls in
// [referenceDate - 80 years, referenceDate + 20 years), compared as
// (year, month, day). With reference 2026-06-15: "251231" is 2025-12-31,
// "991231" is 1999-12-31, "460615" is 1946-06-15, "460614" is 2046-06-14.
// Why lopsided: typed dates (invoice, payment, old claims) lie mostly in the
// past, so "99" must stay 1999 while "30" may already mean 2030.
// An invalid `referenceDate` means today.
std::optional<QDate> parseDate(const QString &text, const QDate &referenceDate,
                               QString *error = nullptr);

// "YYYY-MM-DD"; empty for an invalid date.
QString isoDate(const QDate &date);

} // namespace rsk
