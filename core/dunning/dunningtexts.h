#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rsk {

class Database;

// The four text registers of the dunning letters (handbook 7.4 påminnelser,
// 7.5 inkassokrav, 7.6 restkrav, 7.9 hot om betalningsföreläggande).
enum class DunningTextKind { Reminder, Collection, Residual, Threat };

// One text 1–9 of a kind. formType 'D' = datapost (A5 landscape), 'F' =
// invoice form (A4). Residual demands are printed on the invoice form only
// (7.6) and threats on A4 portrait (7.9): both are always 'F'.
struct DunningText
{
    DunningTextKind kind = DunningTextKind::Reminder;
    int number = 0;
    QChar formType = QLatin1Char('D');
    QStringList lines;
};

// Loads and saves the texts with the editor's line limits (DOMAIN.md
// "Letters", handbook 7.4–7.6, 7.9). Saving is audited, in one unit of work.
class DunningTexts
{
public:
    explicit DunningTexts(Database &db) : m_db(db) {}

    // 15 lines, except residual demands: 11 (7.6: room for payment lines).
    static int maxLines(DunningTextKind kind);
    // 77 datapost / 53 invoice form for reminders and collection demands,
    // 53 residual demands, 70 threats.
    static int maxWidth(DunningTextKind kind, QChar formType);
    // The text's problem in Swedish ("rad 3 är 78 tecken, högst 77"), or
    // nullopt. Trailing spaces and trailing empty lines do not count.
    static std::optional<QString> problem(const DunningText &text);
    // Trailing spaces and trailing empty lines removed; residual/threat → 'F'.
    static DunningText normalized(DunningText text);

    static QString kindCode(DunningTextKind kind);   // "reminder" …
    static QString kindName(DunningTextKind kind);   // "påminnelsetext" …
    static std::optional<DunningTextKind> kindFromCode(const QString &code);

    QList<DunningText> texts(DunningTextKind kind);
    std::optional<DunningText> text(DunningTextKind kind, int number);
    bool exists(DunningTextKind kind, int number);
    // Refuses (LedgerError::Refused, nothing saved) a text over the limits.
    void save(const DunningText &text);
    // Refuses a text a routine's settings still use (7.7 needs it).
    void remove(DunningTextKind kind, int number);

    // The texts a new ledger gets: reminder 1–2, collection 1 (meeting the
    // inkassokrav content rules of FACTS-SE §5), residual 1, threat 1.
    static QList<DunningText> defaults();

private:
    Database &m_db;
};

} // namespace rsk
