#pragma once

#include "bookkeeping/bookingrun.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace rsk {

// The identification part of an SIE file (FACTS-SE §3).
struct Sie4Header
{
    QString programName = QStringLiteral("Reskontra");
    QString programVersion;
    QDate generated;     // #GEN date ("today", fixed by --today)
    QString generatedBy; // #GEN sign: the user
    QString company;     // our company number; every verification must be its
    QString companyName; // #FNAMN
    QString orgNr;       // #ORGNR, left out when empty

    static Sie4Header forVerification(const Verification &v, const QString &programVersion,
                                      const QDate &generated, const QString &generatedBy);
};

// Writes booking orders as an SIE 4 file for import into the general ledger
// (FACTS-SE §3; type 4I in practice: verifications, no balances, no #RAR):
//   #FLAGGA 0, #FORMAT PC8, #SIETYP 4, #PROGRAM, #GEN, #FNAMN, #ORGNR,
//   #KONTO for every account used (with its name), then per verification
//   #VER series number date "text" / { / #TRANS account {} amount date "text" / }.
// CRLF line ends; the bytes are CP437 (what "PC8" means); amounts in kronor
// with '.' and two decimals, minus for credit.
// One SIE file of a booking run: where it goes and what it holds.
struct Sie4File
{
    QString path;
    QByteArray bytes;
};

class Sie4Writer
{
public:
    // The files of a booking run written to `path`: one per verification,
    // that is per company (#FNAMN/#ORGNR); with several the company number
    // goes before the suffix, booking.se → booking_001.se. Each is refused
    // as write() refuses. The caller writes them (and says what failed).
    static QList<Sie4File> files(const QList<Verification> &verifications, const QString &path,
                                 const QString &programVersion, const QDate &generated,
                                 const QString &generatedBy);
    static QString pathFor(const QString &path, const QString &company, bool several);

    // Refuses (LedgerError) a verification of another company than the
    // header's, or one whose #TRANS do not sum to 0.
    static QByteArray write(const Sie4Header &header, const QList<Verification> &verifications);

    // Unicode → CP437. Characters CP437 lacks become their base letter when
    // they decompose to one (č → c), typographic quotes and dashes their ASCII
    // form, anything else '?'; *unmappable counts the '?'s.
    static QByteArray toCp437(const QString &text, int *unmappable = nullptr);
    // A quoted SIE string: '"' escaped as \" (FACTS-SE §3), a backslash
    // written as '/' (so no reader can take it for an escape), control
    // characters as spaces.
    static QString quoted(const QString &text);
    // "1234.50", "-0.05", "0.00".
    static QString amount(Money amount);
};

} // namespace rsk
