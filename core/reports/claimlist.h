#pragma once

#include "money/money.h"
#include "reports/reporttable.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>

class QSqlQuery;

namespace rsk {

class Database;

// What the lists of claims share (Saldolista 6.4, Kundfordringar 6.5,
// Särredovisad kundfordran 5.4): one row per claim, selected, sorted and
// summed in SQL, with subtotals per routine and per company and a grand
// total. A subclass gives the SQL parts and the row layout; this class pages,
// streams and sums.
//
// - rowCount() runs one light pass (id, company, routine and the money that
//   is summed) in list order and keeps the claim ids (8 bytes a claim) and
//   the few sum rows: the screens then read any page by id, at any depth,
//   without OFFSET scans, and no claim row is held.
// - writeAll() streams the full rows in one forward-only query; memory stays
//   flat for any size.
// Both apply the same grouping rules, so the screen and the exports agree.
class ClaimListQuery : public ReportPager
{
public:
    ~ClaimListQuery() override;

    qint64 rowCount() override;
    QList<ReportRow> rows(qint64 first, int count) override;
    void writeAll(ReportWriter &writer) override;

    // Claims in the list (detail rows), and the list's sums in the order of
    // sumColumns(); both from the counting pass.
    qint64 claimCount();
    QList<Money> totals();

protected:
    // Handbook 6.4: "Om listan tas för flera företag, erhålls en
    // totalsummering per företag samt summa för hela listan. Om listan tas
    // för flera rutiner görs en delsummering per rutin." A routine subtotal
    // follows each (company, routine) group when the list holds more than
    // one such group; a company subtotal follows each company when it holds
    // more than one company; the total always ends the list. With
    // onlyTotals the claims are left out ("Endast totalrader").
    struct Grouping
    {
        bool perRoutine = false;
        bool perCompany = false;
        bool onlyTotals = false;
    };

    explicit ClaimListQuery(Database &db);
    Database &db() const { return m_db; }

    // The SQL parts, over `invoice i`. Constant text with '?' placeholders;
    // each appends its values to `args` in the order its text uses them.
    // detailColumns: the first three must be i.id, i.company, i.routine.
    virtual QString detailColumns(QVariantList &args) const = 0;
    // " AND …" conditions of the selection.
    virtual QString filters(QVariantList &args) const = 0;
    // Must start with i.company (and i.routine / i.invoice_number when
    // grouping per routine), so that groups are contiguous.
    virtual QString orderBy(QVariantList &args) const = 0;
    // The counting pass: the columns after i.id, i.company, i.routine, and
    // how they give the sums (one per sumColumns()).
    virtual QString scanColumns(QVariantList &args) const = 0;
    virtual void scanSums(const QSqlQuery &q, int firstColumn, qint64 *sums) const = 0;
    // Layout columns that sum rows fill.
    virtual QList<int> sumColumns() const = 0;
    virtual Grouping grouping() const = 0;
    // A detail row from a detailColumns() query.
    virtual ReportRow detailRow(const QSqlQuery &q) const = 0;

    // Helpers for subclasses.
    static QDate readDate(const QVariant &value); // fast on SQLite's ISO text
    static QString idDisplay(const QString &stored); // "19811218-9876", "212000-0142"
    // A text cell; an empty text is an empty cell (no cell in the XLSX).
    static QVariant textCell(const QString &text)
    {
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    int columnCount() const { return int(layout().columns.size()); }
    QString companyText(const QString &number) const;
    QString routineText(const QString &code) const;

private:
    class Grouper;
    QString listSql(const QString &columns, QVariantList &args) const;
    void scan();
    void emitSums(Grouper &grouper, const std::function<void(const ReportRow &)> &out) const;
    ReportRow sumRow(ReportRow::Type type, int level, const QString &label, qint64 count,
                     const QVector<qint64> &sums) const;
    QHash<qint64, ReportRow> fetch(const QVector<qint64> &ids) const;

    Database &m_db;
    bool m_scanned = false;
    // List order: a claim id (> 0), or -(k + 1) for m_sumRows[k].
    QVector<qint64> m_entries;
    QList<ReportRow> m_sumRows;
    qint64 m_claims = 0;
    QList<Money> m_totals;
    QHash<QString, QString> m_companyNames;
    QHash<QString, QString> m_routineNames;
};

// Selection helpers the claim lists share (constant SQL, values bound).
namespace claimlist {

// A routine typed as 1–2 digits as its 2-digit code ("4" → "04"); empty
// stays empty; throws Refused for anything else.
QString routineBound(const QString &typed);
// "04" from → 040000000, "04" to → 049999999 (as the Inbetalningslista,
// handbook 5.2); throws Refused naming `label` for anything but 1–9 digits.
QString invoiceLowerBound(const QString &typed, const QString &label);
QString invoiceUpperBound(const QString &typed, const QString &label);
// A person/org number prefix as the 10-digit search form (YYMMDDNNNC):
// "811218" from → 8112180000, to → 8112189999; 12 digits lose the century.
QString idLowerBound(const QString &typed, const QString &label);
QString idUpperBound(const QString &typed, const QString &label);
// Adds `column` from–tom for free text (register id, department): from
// inclusive, and everything that starts with `to` is still inside.
void addTextRange(QString &sql, QVariantList &args, const char *column, const QString &from,
                  const QString &to);
// Adds `column` from–tom for numbers kept as text without leading zeros
// (customer numbers): "900" < "1000" as numbers, not as text.
void addNumberTextRange(QString &sql, QVariantList &args, const char *column,
                        const QString &from, const QString &to);
// Throws Refused ("<label>: tom … ligger före from …") for a reversed range.
void checkDateRange(const QDate &from, const QDate &to, const QString &label);
void checkTextRange(const QString &from, const QString &to, const QString &label);
// "Företag: 001–002" style selection lines for the printed heading.
QString rangeLine(const QString &label, const QString &from, const QString &to);

} // namespace claimlist

} // namespace rsk
