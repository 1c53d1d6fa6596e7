#pragma once

#include <QString>

namespace rsk {

enum class Engine { SQLite, PostgreSQL };

// Every difference between the SQL of SQLite and PostgreSQL lives here
// (STYLE.md practice 4): column types in migrations and connection set-up.
class SqlDialect
{
public:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}
    Engine engine() const { return m_engine; }
    QString engineName() const;
    QString driverName() const;
    // Fills {{ID}}, {{DATE}}, {{TIMESTAMP}}, {{MONEY}}, {{BLOB}} (bytes: a
    // saved print's PDF, migration 020) in migration text and
    // drops the statements marked "-- only: <other engine>".
    QString expandMigration(QString sql) const;
    // "YYYY-MM" of a date column, for grouping per month.
    QString monthOf(const QString &column) const;
    // Statements run after every connect (pragmas, session settings).
    QStringList connectStatements() const;
    // Whether Database::prepare() makes forward-only queries. QPSQL streams
    // those row by row, and any other statement on the connection before the
    // last row is read drops the rest: core often runs statements while it
    // reads, so on PostgreSQL only the callers that say so stream.
    bool forwardOnlyByDefault() const { return m_engine == Engine::SQLite; }

private:
    Engine m_engine;
};

} // namespace rsk
