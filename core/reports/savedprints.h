#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rsk {

class Database;

// What kind of printout a saved print is. The keys are stored
// (saved_print.kind, saved_print_setting.kind, migration 020) and typed in
// the selection: never change one.
enum class SavedPrintKind {
    BookingOrder, // "bokforingsorder": Uppdatera bokföring (handbook 4.6)
    PurgeReceipt, // "rensning": kvittenslistan of Rensning betalda fakturor (8.4)
};

namespace savedprintkind {
QString key(SavedPrintKind kind);
std::optional<SavedPrintKind> fromKey(const QString &key);
// For the clerk: "Bokföringsorder", "Kvittenslista rensning".
QString name(SavedPrintKind kind);
// The name of a stored key (the key itself if unknown).
QString nameOf(const QString &key);
QList<SavedPrintKind> all();
} // namespace savedprintkind

// One saved print as listed: everything but the PDF itself.
struct SavedPrintInfo
{
    qint64 id = 0;
    QString company;
    QString kind; // savedprintkind::key
    QString title;
    QString createdAt; // ISO, UTC ("2026-11-26T14:05:00Z")
    QString createdBy;
    int pages = 0;
    QDate keepUntil;

    QString kindName() const { return savedprintkind::nameOf(kind); }
};

// The selection of the list; empty fields select everything the user may see.
struct SavedPrintFilter
{
    QString company;                    // one company, or "" = every visible one
    std::optional<SavedPrintKind> kind; // nullopt = every kind
    QDate from;                         // saved on or after (local date)
    QDate to;                           // saved on or before
    int limit = 1000;                   // the newest this many
};

struct SavedPrintSetting
{
    SavedPrintKind kind = SavedPrintKind::BookingOrder;
    int days = 0; // 0 = not saved
};

// Sparade utskrifter (handbook 9.1, Visa > Sparade utskrifter: "utskrifter
// kan i efterhand tas ut vid valfritt tillfälle, så länge som de ligger kvar
// sparade"). The update runs save the PDF they printed; the clerk lists the
// prints of the companies he may see and prints one again. How many days a
// kind is kept is a setting (saved_print_setting); a print is kept to
// keep_until = the day it was saved + the days then set, and the next save
// after that removes it.
class SavedPrints
{
public:
    static constexpr int MaxDays = 3650;

    explicit SavedPrints(Database &db) : m_db(db) {}

    // Saves `pdf` (`pages` pages, of `company`) in the caller's unit of work,
    // so a run that rolls back keeps nothing; first removes what has expired
    // (purgeExpired). Returns the new id, or 0 when the kind is set to 0
    // days (nothing saved). Refuses an empty PDF, no pages, or a company the
    // user may not see.
    qint64 save(SavedPrintKind kind, const QString &company, const QString &title, int pages,
                const QByteArray &pdf);

    // Newest first, without the PDFs. A company the user may not see is
    // refused; without a company only the visible companies' prints.
    QList<SavedPrintInfo> list(const SavedPrintFilter &filter);
    // The stored PDF, byte for byte. NotFound when it is gone; refused for a
    // company the user may not see.
    QByteArray pdf(qint64 id);
    // Removes one print: a supervisor's, of a company he may see; audited.
    void remove(qint64 id);
    // Removes every print kept until before `today`; the count removed.
    int purgeExpired(const QDate &today);

    // Every kind with its days (a kind without a row: 0, not saved).
    QList<SavedPrintSetting> settings();
    int days(SavedPrintKind kind);
    // An administrator's; 0..MaxDays; audited. Applies to prints saved from
    // now on (a saved print keeps its keep_until).
    void setDays(SavedPrintKind kind, int days);

private:
    SavedPrintInfo find(qint64 id);
    Database &m_db;
};

} // namespace rsk
