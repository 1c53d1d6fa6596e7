#pragma once

#include <QDate>
#include <QString>

namespace rsk {

// Swedish public holidays (lag (1989:253) om allmänna helgdagar, as it reads
// since 2005 when nationaldagen replaced annandag pingst). The current rules
// are applied to every year, also to years before 2005.
//
// Everything here is pure arithmetic on the date with no allocation and no
// shared mutable state, so it is thread-safe and cheap enough to call for
// every claim in a dunning run.

// Easter Sunday of `year` by the anonymous Gregorian algorithm
// (Meeus/Jones/Butcher); invalid for years before 1583.
QDate easterSunday(int year);

// Nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk,
// första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen,
// midsommardagen, alla helgons dag, juldagen, annandag jul.
bool isSwedishPublicHoliday(const QDate &date);
// The holiday's Swedish name ("långfredagen"); empty if not a public holiday.
QString holidayName(const QDate &date);

// A day Swedish banks settle payments: Monday–Friday, not a public holiday
// and not midsommarafton, julafton or nyårsafton (banks are closed on those
// eves although they are not public holidays). False for an invalid date.
bool isBankingDay(const QDate &date);

// `date` itself if it is a banking day, otherwise the first banking day after
// (a due date on a holiday moves forward).
QDate nextBankingDay(const QDate &date);
// `date` itself if it is a banking day, otherwise the last banking day before.
QDate previousBankingDay(const QDate &date);
// n > 0: the n-th banking day after `date`; n < 0: the |n|-th banking day
// before it; `date` itself is never counted. n == 0: nextBankingDay(date).
QDate addBankingDays(const QDate &date, int n);

} // namespace rsk
