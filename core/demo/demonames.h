#pragma once

#include "demo/demorandom.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rsk::demo {

// The name lists of resources/demo (through core.qrc), parsed once.
struct NameLists
{
    enum Era : quint8 { Old = 1, Mid = 2, Young = 4 }; // born <1955, 1955-84, 1985-

    struct FirstName
    {
        QString name;
        bool female = false;
        quint8 eras = 0;
    };
    struct Street
    {
        QString name;
        char kind = 'B'; // C centre, V villa area, B both
    };
    struct Town
    {
        char kind = 'E'; // S seat candidate, V village, E elsewhere
        QString code;    // S/E: 3-digit prefix; V: the 2 last digits
        QString name;
    };
    struct Organisation
    {
        QString pattern; // may hold {ort}
        char groupDigit = '5';
    };
    struct DiverseItem
    {
        QString text;
        int minKronor = 0;
        int maxKronor = 0;
        QString account;
        char who = 'B'; // P persons, O organisations, B both
        QString department;
    };

    QList<FirstName> firstNames;
    QList<QString> surnames;
    WeightedPick surnameWeights;
    QList<Street> streets;
    QList<Town> towns;
    QList<Organisation> organisations;
    QList<DiverseItem> diverse;

    // Throws LedgerError(Storage) if a list is missing from the program.
    static const NameLists &instance();

    QString firstName(Random &r, bool female, Era era) const;
    QString surname(Random &r) const { return surnames.at(surnameWeights.pick(r)); }
    // A street of kind C or V (streets marked B serve both).
    QString street(Random &r, char kind) const;
    QList<Town> townsOfKind(char kind) const;
};

NameLists::Era eraOf(int birthYear);

// Fictitious identity and account numbers, each with a valid check digit
// (FACTS-SE §7). Person numbers come back normalised (YYYYMMDDNNNC), org
// numbers as 10 digits.
QString makePersonNumber(Random &r, const QDate &birth, bool female, bool coordination = false);
// `prefix`: the first digits (e.g. "556", "2120009"); the rest is drawn.
QString makeOrganisationNumber(Random &r, const QString &prefix);
// 8-digit bankgiro / 7-digit plusgiro, digits only.
QString makeBankgiro(Random &r);
QString makePlusgiro(Random &r);

} // namespace rsk::demo
